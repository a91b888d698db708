"""The assembled tables of one folder, kept as Arrow IPC files read memory-mapped, and
brought up to date when a few files changed.

Reopening an unchanged archive is then a memory map, not a re-assembly. The snapshot's
own `pages` table names the content hashes it was built from (`built_from`). It is
written by a background thread, so a load returns as soon as its tables are ready; the
process still finishes the write before it exits.

A snapshot is sealed with its checksums (integrity.py) and checked against them, and
against the column contract, before a byte of it is mapped: a damaged snapshot could
otherwise give wrong tables, or crash the process through a categorical code out of
range. A damaged snapshot is deleted and noted; the load then assembles the tables again.
Our writes never change a file in place (a new folder, then a rename), so a process
that has the old snapshot mapped keeps reading it whole.
"""

from __future__ import annotations

import bisect
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather

from ..tables import CACHED_COLUMNS, STORED_TABLES, columns
from .assemble import assemble
from .files import FileState
from .frames import concat_frames, empty_frames
from .integrity import read_sealed, remove_abandoned, seal

_writer: threading.Thread | None = None
MAX_CHANGED_PAGES = 200  # beyond this many changed pages, a rebuild costs no more
MAX_RUNS = 100  # rows kept as more runs than this are copied, not joined as slices
_CODES = "codes:"  # prefix of a stored column that holds a categorical column's codes


def wait_for_snapshot() -> None:
    """Until the last snapshot write this process started has finished."""
    if _writer is not None:
        _writer.join()


class SnapshotStore:
    def __init__(self, path: Path, note: Callable[[str, str], None]):
        self.path = path  # <snapshots>/<corpus-id>-<parser version>
        self.note = note  # CacheStore.note: how a damaged or unwritable snapshot is reported

    def read(self) -> dict[str, pd.DataFrame] | None:
        """The assembled tables, memory-mapped; None when there is no sound snapshot."""
        wait_for_snapshot()  # a write this process started may be the one to read
        if not self.path.is_dir():
            return None
        expected = {table: columns(table) for table in STORED_TABLES}
        tables, problem = read_sealed(self.path, lambda table: _read_arrow(self.path / f"{table}.arrow"), expected)
        if tables is not None:
            return tables
        self.note("snapshot", f"{problem}; the tables are assembled again from the pages")
        shutil.rmtree(self.path, ignore_errors=True)
        return None

    def write(self, tables: dict[str, pd.DataFrame], then: Callable[[], None] | None = None) -> None:
        """Replace the snapshot in the background (one write at a time), then do `then`
        (more upkeep of the cache that the load need not wait for)."""
        global _writer
        wait_for_snapshot()
        every = [(table, tables[table]) for table in STORED_TABLES]
        _writer = threading.Thread(target=self._replace_then, args=(every, then), name="jimo-snapshot")
        _writer.start()

    def _replace_then(self, tables: list[tuple[str, pd.DataFrame]], then: Callable[[], None] | None) -> None:
        self._replace(tables)
        if then is not None:
            then()

    def write_each(self, tables: Iterable[tuple[str, pd.DataFrame]]) -> bool:
        """Replace the snapshot with these tables, here and now, each written as it
        comes: a rebuild makes them one by one and need not hold them all. Whether it
        was written."""
        wait_for_snapshot()
        return self._replace(tables)

    def _replace(self, tables: Iterable[tuple[str, pd.DataFrame]]) -> bool:
        """Write a new folder, then swap it in: readers see the old or the new, whole.
        Snapshots of this folder by other parser versions are removed (they are stale)."""
        tmp = self.path.with_name(f".tmp-{uuid.uuid4().hex}")
        try:
            tmp.mkdir(parents=True)
            remove_abandoned(self.path.parent)
            for table, frame in tables:
                _write_arrow(frame, tmp / f"{table}.arrow")
                del frame  # written: a rebuild's table is freed before the next is made
            seal(tmp)
            old = self.path.with_name(f".old-{uuid.uuid4().hex}")
            if self.path.exists():
                self.path.rename(old)
            tmp.rename(self.path)
        except OSError as error:  # a full or read-only disk costs speed on the next load, nothing else
            shutil.rmtree(tmp, ignore_errors=True)
            self.note(
                "unwritable",
                f"the snapshot {self.path} cannot be written ({error.strerror or error}); the next load assembles the tables again",
            )
            return False
        shutil.rmtree(old, ignore_errors=True)
        corpus_id = self.path.name.split("-")[0]
        for stale in self.path.parent.glob(f"{corpus_id}-*"):
            if stale != self.path:
                shutil.rmtree(stale, ignore_errors=True)
        return True


def built_from(pages: pd.DataFrame) -> dict:
    """What `FileState.signature` was for the files these pages were built from."""
    hashes, unreadable = {}, {}
    for page_id, digest, problems in zip(pages["page_id"].tolist(), pages["content_hash"].tolist(), pages["problems"].tolist()):
        if digest:
            hashes[page_id] = digest
        else:
            unreadable[page_id] = problems
    return {"hashes": hashes, "unreadable": unreadable}


ParseFiles = Callable[[list[str]], dict[str, pd.DataFrame] | None]


def apply_changes(snapshot: dict[str, pd.DataFrame], previous: dict, state: FileState, parse: ParseFiles) -> dict[str, pd.DataFrame] | None:
    """The snapshot (built from the files `previous` describes) with a few pages added,
    changed or removed, parsing only those (`parse` takes content hashes); None when
    duplicates are involved (which page is the canonical copy may change) or too much
    changed: then the caller rebuilds (from the cache, which the parse has filled)."""
    old, new = previous["hashes"], state.hashes
    if previous["unreadable"] != state.unreadable:
        return None
    changed = [page_id for page_id in new if old.get(page_id) != new[page_id]]
    removed = {page_id for page_id in old if new.get(page_id) != old[page_id]}
    gone_rows = {table: _rows_of_pages(frame, removed) for table, frame in snapshot.items() if table != "terms"}
    gone = gone_rows["pages"]
    texts = snapshot["pages"]["text_hash"]
    shared_text = texts.duplicated(keep=False).to_numpy() & (texts != "").to_numpy()
    added = [new[page_id] for page_id in changed]
    if len(changed) > MAX_CHANGED_PAGES or (shared_text & gone).any():
        return None
    fresh = parse(added) or empty_frames(CACHED_COLUMNS)
    added_texts = [t for t in fresh["pages"]["text_hash"] if t]
    if len(added_texts) != len(set(added_texts)) or texts[~gone].isin(added_texts).any() or len(set(added)) != len(added):
        return None
    delta = assemble({page_id: new[page_id] for page_id in changed}, fresh, {})
    removed_articles = set(snapshot["articles"]["article_id"].take(np.flatnonzero(gone_rows["articles"])))
    updated = {}
    for table, frame in snapshot.items():
        if table == "terms":  # grouped by article, in no particular order: append
            kept = _without_rows(frame, frame["article_id"].isin(removed_articles).to_numpy()) if removed else [frame]
            updated[table] = concat_frames([*kept, delta[table]], room=True)  # the next page's rows go after these
        else:  # in page order: each changed page's rows go where its page id sorts
            kept = _without_rows(frame, gone_rows[table]) if removed else [frame]
            updated[table] = _inserted(concat_frames(kept), delta[table])
    return updated


def _rows_of_pages(frame: pd.DataFrame, page_ids: set[str]) -> np.ndarray:
    """Which rows of a table in page order belong to these pages, found by binary
    search: a reload then reads a few of the archive's page ids, not all of them (which
    the system may have to read back from disk)."""
    rows = np.zeros(len(frame), dtype=bool)
    ordered = pa.array(frame["page_id"].array)
    for page_id in page_ids:
        start = _position(ordered, page_id)
        rows[start : _position(ordered, page_id, after=True, lo=start)] = True
    return rows


def _position(ordered: pa.Array, page_id: str, after: bool = False, lo: int = 0) -> int:
    """Where a page id sorts among these sorted page ids: before its first row, or
    after its last (`after`)."""
    find = bisect.bisect_right if after else bisect.bisect_left
    return find(range(len(ordered)), page_id, lo=lo, key=lambda row: ordered[row].as_py())


def _without_rows(frame: pd.DataFrame, gone: np.ndarray) -> list[pd.DataFrame]:
    """The frame without these rows, as the slices between them (views: the millions of
    term rows are copied once, when the slices are joined), or as one frame copied
    column by column when the rows are scattered (pandas' own boolean indexing of
    millions of categorical rows is many times slower)."""
    edges = np.flatnonzero(np.diff(np.r_[False, gone, False]))  # where runs of gone rows start and end
    if len(edges) <= 2 * MAX_RUNS:
        bounds = np.r_[0, edges, len(gone)]
        return [frame.iloc[start:end] for start, end in zip(bounds[::2], bounds[1::2]) if end > start] or [frame.iloc[:0]]
    keep, kept = ~gone, {}
    for name in frame.columns:
        values = frame[name].array
        if isinstance(values, pd.Categorical):
            kept[name] = pd.Categorical.from_codes(values.codes[keep], dtype=values.dtype, validate=False)
        else:
            kept[name] = values[keep]
    return [pd.DataFrame(kept, copy=False)]


def _inserted(kept: pd.DataFrame, delta: pd.DataFrame) -> pd.DataFrame:
    """The kept rows (in page order) with the delta's rows (in page order, of pages not
    among the kept) put before the first kept row of a later page: a merge of two sorted
    tables, found by binary search on the page ids, the rows joined as slices (of Arrow
    strings: views) rather than sorted again."""
    if delta.empty:
        return kept.reset_index(drop=True)
    ordered = pa.array(kept["page_id"].array)
    delta_pages = delta["page_id"].to_numpy(dtype=object)
    starts = np.r_[0, np.flatnonzero(delta_pages[1:] != delta_pages[:-1]) + 1]
    ends = np.r_[starts[1:], len(delta)]
    pieces, done = [], 0
    for start, end in zip(starts, ends):
        position = _position(ordered, delta_pages[start])
        pieces += [kept.iloc[done:position], delta.iloc[start:end]]
        done = position
    return concat_frames([*pieces, kept.iloc[done:]]).reset_index(drop=True)


def _write_arrow(frame: pd.DataFrame, path: Path) -> None:
    """One Arrow IPC file, one record batch, categorical columns stored as their int32
    codes with the categories in `<column>.categories` files beside it, so that reading
    back is a memory map, not a conversion of millions of dictionary-encoded values."""
    columns = {}
    for name in frame.columns:
        values = frame[name]
        if isinstance(values.dtype, pd.CategoricalDtype):
            categories = pa.table({"category": pa.array(values.cat.categories.astype(str), pa.string())})
            feather.write_feather(categories, path.with_suffix(f".{name}.categories"), compression="uncompressed")
            values = values.array.codes.astype(np.int32, copy=False)  # `.cat.codes` would build a Series of them first
            name = f"{_CODES}{name}"
        columns[name] = values
    # One thread: this may run while the interpreter shuts down, when pyarrow's own
    # thread pool no longer takes work.
    arrow = pa.Table.from_pandas(pd.DataFrame(columns, copy=False), preserve_index=False, nthreads=1)
    feather.write_feather(arrow, path, compression="uncompressed", chunksize=max(1, len(frame)))


def _read_arrow(path: Path) -> pd.DataFrame:
    arrow = feather.read_table(path, memory_map=True)
    coded = [name for name in arrow.column_names if name.startswith(_CODES)]
    frame = arrow.drop_columns(coded).to_pandas()
    for stored_name in coded:
        name = stored_name.removeprefix(_CODES)
        stored = arrow.column(stored_name)
        # A view of the mapped file: no copy, no page read until the codes are used.
        codes = stored.chunk(0).to_numpy(zero_copy_only=True) if stored.num_chunks == 1 else stored.to_numpy().astype(np.int32)
        categories = feather.read_table(path.with_suffix(f".{name}.categories")).column("category").to_pandas()
        frame[name] = pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(pd.Index(categories)), validate=False)
    return frame[[name.removeprefix(_CODES) for name in arrow.column_names]]
