"""A Parquet cache of parsed pages, keyed by each file's content hash.

Layout under the cache directory (default: the user's cache dir; `JIMO_CACHE_DIR`
overrides; never inside the corpus folder):

    parser-<version>/seg-<id>/<table>.parquet   rows of parsed pages, by content_hash
    manifests/<corpus-id>.json                  path -> (size, mtime_ns, content_hash)
    snapshots/<corpus-id>-<version>/            the corpus's assembled tables, as Arrow
                                                IPC (Feather) files read memory-mapped
                                                (their `pages` names the file hashes
                                                they were built from)

The Parquet segments are the durable, per-file cache: any folder holding the same
files reuses them. The snapshot is a derived copy for one folder, so that reopening an
unchanged archive of thousands of pages is a memory-mapped read, not a re-assembly.
The snapshot is written by a background thread, so a load returns as soon as its
tables are ready; the process still finishes the write before it exits.

Each load that parses new files adds one segment, written to a temporary folder and
renamed into place, so a crash never leaves half a segment. Many small segments are
merged into one. `<version>` is a hash of the parser's own source and data files: a
changed parser starts a fresh cache instead of serving stale rows.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import logging
import os
import shutil
import threading
import uuid
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import platformdirs
import pyarrow as pa
import pyarrow.feather as feather

from . import tables as T

# What a segment stores per table: the parse's own fields, keyed by content_hash.
CACHED_COLUMNS = {
    "pages": [c for c in T.columns("pages") if c not in ("page_id", "content_hash", "duplicate_of")],
    "articles": ["seq", "kind", "kicker", "headline", "subheadline", "body", "n_chars", "continued"],
    "bylines": ["seq", "name", "role", "duty", "outlet"],
    "officials": ["seq", "name", "title", "office", "n_mentions"],
    "projects": ["seq", "name", "status", "sentence"],
    "terms": ["seq", "term", "count"],
}
CACHED_TABLES = tuple(CACHED_COLUMNS)
SNAPSHOT_TABLES = T.TABLES
_snapshot_writer: threading.Thread | None = None


def return_freed_memory() -> None:
    """Hand memory that was freed back to the operating system. Arrow's allocator
    (mimalloc) and glibc's malloc keep freed pages for reuse, which a long-running
    dashboard never gets to after one large load."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc (macOS, musl): nothing to trim


def wait_for_snapshot() -> None:
    """Until the last snapshot write this process started has finished."""
    if _snapshot_writer is not None:
        _snapshot_writer.join()


MAX_SEGMENTS = 16
_PARSER_FILES = ("bylines.py", "dates.py", "decode.py", "layout.py", "masthead.py", "officials.py", "parse.py", "projects.py", "terms.py", "text.py")


def parser_version() -> str:
    digest = hashlib.sha256()
    package = resources.files("jimo_data")
    for name in _PARSER_FILES:
        digest.update(package.joinpath(name).read_bytes())
    for entry in sorted(package.joinpath("data").iterdir(), key=lambda p: p.name):
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    return Path(os.environ.get("JIMO_CACHE_DIR") or platformdirs.user_cache_dir("jimo_data"))


class ParseCache:
    def __init__(self, cache_dir: Path | str | None, corpus_root: Path):
        self.root = Path(cache_dir) if cache_dir else default_cache_dir()
        self.root = self.root.expanduser().resolve()
        if self.root == corpus_root or corpus_root in self.root.parents:
            raise ValueError(f"the cache directory {self.root} is inside the corpus folder {corpus_root}; choose another (JIMO_CACHE_DIR)")
        self.store = self.root / f"parser-{parser_version()}"
        corpus_id = hashlib.sha1(str(corpus_root).encode()).hexdigest()[:16]
        self.manifest_path = self.root / "manifests" / f"{corpus_id}.json"
        self.snapshot_path = self.root / "snapshots" / f"{corpus_id}-{parser_version()}"

    # -- file hashes -------------------------------------------------------
    def read_manifest(self) -> dict[str, list]:
        try:
            return json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def write_manifest(self, manifest: dict[str, list]) -> None:
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.manifest_path.with_suffix(f".{uuid.uuid4().hex}.tmp")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        tmp.replace(self.manifest_path)

    # -- the assembled corpus ------------------------------------------------
    def read_snapshot(self) -> dict[str, pd.DataFrame] | None:
        """The assembled tables, memory-mapped; None when there is no (whole) snapshot."""
        wait_for_snapshot()  # a write this process started may be the one to read
        try:
            return {table: _read_arrow(self.snapshot_path / f"{table}.arrow") for table in SNAPSHOT_TABLES}
        except (OSError, ValueError, KeyError):
            return None

    def write_snapshot(self, tables: dict[str, pd.DataFrame]) -> None:
        """Replace the snapshot in the background (one write at a time)."""
        global _snapshot_writer
        wait_for_snapshot()
        _snapshot_writer = threading.Thread(target=self._write_snapshot, args=(tables,), name="jimo-snapshot")
        _snapshot_writer.start()

    def _write_snapshot(self, tables: dict[str, pd.DataFrame]) -> None:
        """Write a new folder, then swap it in: readers see the old or the new, whole.
        Snapshots of this folder by other parser versions are removed (they are stale)."""
        tmp = self.snapshot_path.with_name(f".tmp-{uuid.uuid4().hex}")
        try:
            tmp.mkdir(parents=True)
            for table in SNAPSHOT_TABLES:
                _write_arrow(tables[table], tmp / f"{table}.arrow")
        except OSError as error:  # a full disk costs speed on the next load, nothing else
            logging.getLogger(__name__).warning("could not write the snapshot %s: %s", self.snapshot_path, error)
            shutil.rmtree(tmp, ignore_errors=True)
            return
        old = self.snapshot_path.with_name(f".old-{uuid.uuid4().hex}")
        if self.snapshot_path.exists():
            self.snapshot_path.rename(old)
        tmp.rename(self.snapshot_path)
        shutil.rmtree(old, ignore_errors=True)
        corpus_id = self.snapshot_path.name.split("-")[0]
        for stale in self.snapshot_path.parent.glob(f"{corpus_id}-*"):
            if stale != self.snapshot_path:
                shutil.rmtree(stale, ignore_errors=True)

    # -- parsed rows -------------------------------------------------------
    def segments(self) -> list[Path]:
        if not self.store.is_dir():
            return []
        return sorted(p for p in self.store.iterdir() if p.is_dir() and p.name.startswith("seg-"))

    def read(self, segments: list[Path] | None = None) -> dict[str, pd.DataFrame]:
        """All cached rows (of these segments); a page parsed into two segments counts
        once (the first)."""
        parts: dict[str, list[pd.DataFrame]] = {table: [] for table in CACHED_TABLES}
        seen: set[str] = set()
        for seg in self.segments() if segments is None else segments:
            frames = {table: pd.read_parquet(seg / f"{table}.parquet") for table in CACHED_TABLES}
            fresh = set(frames["pages"]["content_hash"]) - seen
            seen |= fresh
            for table, frame in frames.items():
                parts[table].append(frame if len(fresh) == len(frames["pages"]) else frame[frame["content_hash"].isin(fresh)])
        return {
            table: concat_frames(frames) if frames else pd.DataFrame(columns=["content_hash", *CACHED_COLUMNS[table]])
            for table, frames in parts.items()
        }

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
        tmp = self.store / f".tmp-{name}"
        tmp.mkdir(parents=True)
        for table in CACHED_TABLES:
            tables[table].to_parquet(tmp / f"{table}.parquet", index=False)
        tmp.rename(self.store / name)


_CODES = "codes:"  # prefix of a stored column that holds a categorical column's codes


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
            values = values.cat.codes.astype("int32")
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


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate frames whose categorical columns may have different categories,
    keeping them categorical (pd.concat alone would turn them into Python strings)."""
    frames = [f for f in frames if len(f.columns)]
    if len(frames) == 1:
        return frames[0]
    columns = {}
    for column in frames[0].columns:
        parts = [f[column] for f in frames]
        if all(isinstance(part.dtype, pd.CategoricalDtype) for part in parts):
            columns[column] = concat_categoricals([part.array for part in parts])
        else:
            columns[column] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns, copy=False)


def concat_categoricals(parts: list[pd.Categorical]) -> pd.Categorical:
    """Categories in order of first appearance, so the first part (usually the large
    one: an archive's twelve million term rows) keeps its codes and only the others are
    recoded."""
    categories = parts[0].categories.append([part.categories for part in parts[1:]]).unique()
    codes = [parts[0].codes]
    for part in parts[1:]:
        recode = categories.get_indexer(part.categories)
        codes.append(np.where(part.codes >= 0, recode[part.codes], -1))
    # int32 whenever pandas would use it, so the millions of codes are copied once
    codes_type = np.int32 if len(categories) >= 2**15 else None
    return pd.Categorical.from_codes(np.concatenate(codes, dtype=codes_type), dtype=pd.CategoricalDtype(categories), validate=False)
