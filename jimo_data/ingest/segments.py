"""The durable per-file cache: rows of parsed pages in Parquet, keyed by content hash.

    <store>/seg-<id>/<table>.parquet      (CACHED_COLUMNS of `jimo_data.tables`)
    <store>/seg-<id>/checksums.json       the seal (integrity.py), written last

Any folder holding the same files reuses these rows. Each load that parses new files
adds one segment, written to a temporary folder and renamed into place, so a crash
never leaves half a segment; many small segments are merged into one. A segment whose
files do not match their seal, or do not hold the expected columns, is deleted (and
noted): its pages are then parsed again like new ones.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..tables import CACHED_COLUMNS
from .frames import concat_frames, empty_frames
from .integrity import read_sealed, seal

MAX_SEGMENTS = 16


class SegmentStore:
    def __init__(self, folder: Path, note: Callable[[str, str], None]):
        self.folder = folder
        self.note = note  # CacheStore.note: how a damaged segment is reported

    def segments(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.is_dir() and p.name.startswith("seg-"))

    def read(self, segments: list[Path] | None = None) -> dict[str, pd.DataFrame]:
        """All cached rows (of these segments); a page parsed into two segments counts
        once (the first)."""
        parts: dict[str, list[pd.DataFrame]] = {table: [] for table in CACHED_COLUMNS}
        seen: set[str] = set()
        for seg in self.segments() if segments is None else segments:
            frames = self._read_segment(seg)
            if frames is None:
                continue
            fresh = set(frames["pages"]["content_hash"]) - seen
            seen |= fresh
            for table, frame in frames.items():
                parts[table].append(frame if len(fresh) == len(frames["pages"]) else frame[frame["content_hash"].isin(fresh)])
        empty = empty_frames(CACHED_COLUMNS)
        return {table: concat_frames(frames) if frames else empty[table] for table, frames in parts.items()}

    def _read_segment(self, seg: Path) -> dict[str, pd.DataFrame] | None:
        """A segment's frames, or None (and the segment deleted) when it is damaged."""
        frames, problem = read_sealed(seg, lambda table: pd.read_parquet(seg / f"{table}.parquet"), CACHED_COLUMNS)
        if frames is not None:
            return frames
        self.note("segment", f"{seg.name}: {problem}; its pages are parsed again")
        shutil.rmtree(seg, ignore_errors=True)
        return None

    def write(self, tables: dict[str, pd.DataFrame]) -> None:
        self._write_segment(tables)
        if len(self.segments()) > MAX_SEGMENTS:
            self.compact()

    def compact(self) -> None:
        """Merge every segment but the largest: a whole archive's first ingest is one
        large segment that a day's few new pages should not have to rewrite."""
        segments = self.segments()
        largest = max(segments, key=_pages_size)
        small = [seg for seg in segments if seg != largest]
        self._write_segment(self.read(small))
        for seg in small:
            shutil.rmtree(seg, ignore_errors=True)

    def _write_segment(self, tables: dict[str, pd.DataFrame]) -> None:
        """Raises OSError when the cache cannot be written (the caller says so)."""
        name = f"seg-{uuid.uuid4().hex}"
        tmp = self.folder / f".tmp-{name}"
        tmp.mkdir(parents=True)
        for table in CACHED_COLUMNS:
            tables[table].to_parquet(tmp / f"{table}.parquet", index=False)
        seal(tmp)
        tmp.rename(self.folder / name)


def _pages_size(seg: Path) -> int:
    try:
        return (seg / "pages.parquet").stat().st_size
    except OSError:
        return -1  # damaged: merged (and so checked) with the small ones
