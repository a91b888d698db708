"""The durable per-file cache: rows of parsed pages in Parquet, keyed by content hash.

    <store>/seg-<id>/<table>.parquet      (CACHED_COLUMNS of `jimo_data.tables`)

Any folder holding the same files reuses these rows. Each load that parses new files
adds one segment, written to a temporary folder and renamed into place, so a crash
never leaves half a segment; many small segments are merged into one.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pandas as pd

from ..tables import CACHED_COLUMNS
from .frames import concat_frames, empty_frames

MAX_SEGMENTS = 16


class SegmentStore:
    def __init__(self, folder: Path):
        self.folder = folder

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
            frames = {table: pd.read_parquet(seg / f"{table}.parquet") for table in CACHED_COLUMNS}
            fresh = set(frames["pages"]["content_hash"]) - seen
            seen |= fresh
            for table, frame in frames.items():
                parts[table].append(frame if len(fresh) == len(frames["pages"]) else frame[frame["content_hash"].isin(fresh)])
        empty = empty_frames(CACHED_COLUMNS)
        return {table: concat_frames(frames) if frames else empty[table] for table, frames in parts.items()}

    def write(self, tables: dict[str, pd.DataFrame]) -> None:
        self._write_segment(tables)
        if len(self.segments()) > MAX_SEGMENTS:
            self.compact()

    def compact(self) -> None:
        """Merge every segment but the largest: a whole archive's first ingest is one
        large segment that a day's few new pages should not have to rewrite."""
        segments = self.segments()
        largest = max(segments, key=lambda seg: (seg / "pages.parquet").stat().st_size)
        small = [seg for seg in segments if seg != largest]
        self._write_segment(self.read(small))
        for seg in small:
            shutil.rmtree(seg, ignore_errors=True)

    def _write_segment(self, tables: dict[str, pd.DataFrame]) -> None:
        name = f"seg-{uuid.uuid4().hex}"
        tmp = self.folder / f".tmp-{name}"
        tmp.mkdir(parents=True)
        for table in CACHED_COLUMNS:
            tables[table].to_parquet(tmp / f"{table}.parquet", index=False)
        tmp.rename(self.folder / name)
