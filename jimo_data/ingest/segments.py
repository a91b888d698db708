"""The durable per-file cache: rows of parsed pages in Parquet, keyed by content hash.

    <store>/seg-<id>/<table>.parquet      (CACHED_COLUMNS of `jimo_data.tables`)
    <store>/seg-<id>/checksums.json       the seal (integrity.py), written last

Any folder holding the same files reuses these rows. Each load that parses new files
adds one segment, written to a temporary folder and renamed into place, so a crash
never leaves half a segment; the smallest segments are merged into one when there are
many. A segment whose files do not match their seal, or do not hold the expected
columns, is deleted (and noted): its pages are then parsed again like new ones.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..tables import CACHED_COLUMNS
from .frames import concat_frames, empty_frames
from .integrity import check_sealed, remove_abandoned, seal

MAX_SEGMENTS = 16
# A rebuild reads a segment a row group at a time (CachedRows.parts). This is pyarrow's own
# default, named so that the tests can make the groups small.
ROW_GROUP_ROWS = 2**20


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
        return self.rows(segments).every_table()

    def rows(self, segments: list[Path] | None = None, extra: dict[str, pd.DataFrame] | None = None) -> CachedRows:
        """The cached rows of these segments (all by default), each table read when it
        is taken, and `extra` rows. Every segment is checked against its seal and its
        columns first: a damaged one is deleted (and noted) before any table is read."""
        sound = [seg for seg in (self.segments() if segments is None else segments) if self._is_sound(seg)]
        return CachedRows(sound, extra)

    def _is_sound(self, seg: Path) -> bool:
        problem = check_sealed(seg) or _wrong_columns(seg)
        if problem:
            self.note("segment", f"{seg.name}: {problem}; its pages are parsed again")
            shutil.rmtree(seg, ignore_errors=True)
        return not problem

    def write(self, tables: dict[str, pd.DataFrame]) -> None:
        """A new segment of these rows. Merging segments is the caller's to ask for
        (`merge_if_many`): a reload asks once its tables are served, in the background."""
        self._write_segment(tables)

    def merge_if_many(self) -> None:
        if len(self.segments()) > MAX_SEGMENTS:
            self.compact()

    def compact(self) -> None:
        """Merge the smallest segments into one, down to half of MAX_SEGMENTS: the few
        pages added each day are merged with each other, not into the large segments of
        an archive's first ingest, which every merge would otherwise rewrite (seconds, in
        the middle of a dashboard's reload)."""
        segments = sorted(self.segments(), key=_pages_size)
        small = segments[: len(segments) - MAX_SEGMENTS // 2 + 1]
        self._write_segment(self.read(small))
        for seg in small:
            shutil.rmtree(seg, ignore_errors=True)

    def _write_segment(self, tables: dict[str, pd.DataFrame]) -> None:
        """Raises OSError when the cache cannot be written (the caller says so)."""
        name = f"seg-{uuid.uuid4().hex}"
        tmp = self.folder / f".tmp-{name}"
        tmp.mkdir(parents=True)
        remove_abandoned(self.folder)
        for table in CACHED_COLUMNS:
            tables[table].to_parquet(tmp / f"{table}.parquet", index=False, row_group_size=ROW_GROUP_ROWS)
        seal(tmp)
        tmp.rename(self.folder / name)


class CachedRows:
    """The rows of sound segments, read one table at a time (a rebuild then holds one
    table's cached rows, not all of them), and `extra` rows held in memory (parsed
    but not saved). A page parsed into two segments counts once (the first)."""

    def __init__(self, segments: list[Path], extra: dict[str, pd.DataFrame] | None = None):
        self.segments = segments
        self.extra = extra
        self.fresh: list[set[str] | None] = []  # per segment: its pages not in an earlier one (None: all of them)
        self.hashes: set[str] = set()  # of every page held
        for seg in segments:
            hashes = set(pq.read_table(seg / "pages.parquet", columns=["content_hash"]).column(0).to_pylist())
            self.fresh.append(None if not hashes & self.hashes else hashes - self.hashes)
            self.hashes |= hashes
        if extra:
            self.hashes |= set(extra["pages"]["content_hash"])

    def take(self, table: str) -> pd.DataFrame:
        return concat_frames(list(self.parts(table)))

    def every_table(self) -> dict[str, pd.DataFrame]:
        return {table: self.take(table) for table in CACHED_COLUMNS}

    def parts(self, table: str) -> Iterator[pd.DataFrame]:
        """The table's rows, a frame per row group of each segment (the terms of an
        archive's first segments are many millions of rows) and one of the rows held;
        one empty frame when there are none."""
        empty = True
        for seg, fresh in zip(self.segments, self.fresh):
            stored = pq.ParquetFile(seg / f"{table}.parquet")
            for group in range(stored.num_row_groups):
                frame = stored.read_row_group(group).to_pandas()
                yield frame if fresh is None else frame[frame["content_hash"].isin(fresh)]
                del frame  # the caller may free the part before it asks for the next
                empty = False
        if self.extra:
            yield self.extra[table]
        elif empty:
            yield empty_frames({table: CACHED_COLUMNS[table]})[table]

    def plus(self, extra: dict[str, pd.DataFrame]) -> CachedRows:
        """These rows and more held in memory."""
        held = extra if not self.extra else {table: concat_frames([self.extra[table], extra[table]]) for table in CACHED_COLUMNS}
        return CachedRows(self.segments, held)


def _wrong_columns(seg: Path) -> str:
    """ "" when every table of the segment has the contract's columns (read from the
    Parquet footers, not the data), else the problem in words."""
    try:
        wrong = [table for table, names in CACHED_COLUMNS.items() if pq.read_schema(seg / f"{table}.parquet").names != names]
    except (OSError, pa.ArrowException) as error:
        return f"cannot be read ({error})"
    return f"{', '.join(wrong)} has other columns than expected" if wrong else ""


def _pages_size(seg: Path) -> int:
    try:
        return (seg / "pages.parquet").stat().st_size
    except OSError:
        return -1  # damaged: merged (and so checked) with the small ones
