"""A folder of newspaper pages as tables: `load_corpus` and the `Corpus` it returns.

    files -> parse (per file, pure, cached by content hash) -> assemble -> snapshot

Every file under the folder is accounted for: each `*.txt` becomes a row of `pages`
(status ok, warning or error, with the problem in words); every other file is listed
in `Corpus.ignored`. A page with the same text as one read before (whatever its bytes)
is kept as a `warning` row naming that page, and its articles are not counted twice.
The steps live in `jimo_data.ingest`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from .corrections import Corrections, apply_corrections, not_read_as_corrections, read_rules
from .ingest import derived
from .ingest.assemble import assemble, assembled
from .ingest.batches import Progress, parse_batches, worker_count
from .ingest.files import FileState, Listing, NotReadable, StaleManifest, discover, hash_files, read_inside
from .ingest.frames import concat_frames, return_freed_memory
from .ingest.integrity import Repair
from .ingest.segments import CachedRows
from .ingest.snapshot import apply_changes, built_from
from .ingest.store import CacheStore
from .parsing import ARTICLE_TEXT_PARTS, article_text
from .parsing.decode import decode_bytes
from .parsing.terms import dictionary_repairs, tokenizer, tokens, use_dictionary_cache
from .tables import CACHED_COLUMNS, conform

SAVE_EVERY_PAGES = 1_000  # a killed ingest loses at most this many pages' work (or half of what was done)


@dataclass(frozen=True)
class Basis:
    """What a load leaves for the next load of the same folder in this process, so that
    a reload (the dashboard's, when a page is added) reads neither the snapshot nor the
    manifest again."""

    tables: dict[str, pd.DataFrame]  # before corrections: what the snapshot holds
    built_from: dict  # the `FileState.signature` of the files the tables were built from
    manifest: dict  # the file stamps and content hashes known after the load


@dataclass
class Corpus:
    """The tables of a corpus. Columns: see `jimo_data.tables.SCHEMAS` / docs/data-model.md."""

    root: Path
    pages: pd.DataFrame
    articles: pd.DataFrame
    bylines: pd.DataFrame
    officials: pd.DataFrame
    projects: pd.DataFrame
    terms: pd.DataFrame
    notes: pd.DataFrame = field(default_factory=lambda: conform("notes", None))  # from corrections.toml
    corrections: Corrections = field(default_factory=Corrections)  # the rules in force, applied counts, stale ones
    ignored: list[str] = field(default_factory=list)  # relative paths; `path (reason)` for anything not read
    n_parsed: int = 0  # pages parsed by this load (the rest came from the cache)
    repairs: list[Repair] = field(default_factory=list)  # cache files found damaged or unwritable, and what was done
    basis: Basis | None = field(default=None, repr=False)  # what a reload of the folder starts from
    derived_cache: Path | None = field(default=None, repr=False)  # where `kept` tables are kept (ingest/derived.py)
    _memo: dict = field(default_factory=dict, repr=False)  # derived tables, computed once

    def memo(self, key: str, compute: Callable[[], object]):
        """A value derived from the (never mutated) tables, computed on first use."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def kept(self, key: str, source: pd.DataFrame, derive: Callable[[pd.DataFrame], pd.DataFrame], columns: list[str]) -> pd.DataFrame:
        """`memo` of `derive(source)` (a table of these `columns`), which is also kept in the
        cache folder for the next process when the corpus was loaded with a cache that can
        be written."""
        if self.derived_cache is None:
            return self.memo(key, lambda: derive(source))
        return self.memo(key, lambda: derived.kept(self.derived_cache, key, source, derive, columns))

    def remembers(self, key: str) -> bool:
        """Whether `memo(key, …)` has been computed (and costs nothing now)."""
        return key in self._memo

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @property
    def page_ids(self) -> set[str]:
        return self.memo("page_ids", lambda: set(self.pages["page_id"]))

    def page_text(self, page_id: str) -> str:
        """The page's text as extracted, decoded from its file ("" when it cannot be read).
        Read on demand: a whole archive's text need not sit in memory. Read as the walk
        reads: inside the corpus folder, a regular file, at most `MAX_FILE_BYTES`."""
        if page_id not in self.page_ids:
            return ""
        try:
            return decode_bytes(read_inside(self.root, page_id)).text
        except NotReadable:
            return ""

    def tokens(self, article_id: str) -> list[str]:
        """The article's jieba tokens, in order, for n-grams and concordances."""
        row = self.articles.loc[self.articles["article_id"] == article_id]
        if row.empty:
            return []
        return tokens(article_text(*row.iloc[0][list(ARTICLE_TEXT_PARTS)]))


def load_corpus(
    source: str | os.PathLike,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    previous: Corpus | None = None,
    listing: Listing | None = None,
) -> Corpus:
    """Parse a folder (every `*.txt` below it) or one file into a `Corpus`.

    Three speeds: an unchanged folder is read back from its snapshot; a few added or
    changed pages are parsed and applied to the snapshot; anything else is assembled
    from the per-file cache, parsing only files it does not hold, in `workers`
    processes (default: all cores when there are many pages). Parsing saves to the cache
    as it goes, so a killed load resumes; a second process loading the same folder
    waits for the first and reads what it wrote. Damaged cache files are rebuilt and
    listed in `Corpus.repairs`.

    A process that reloads a folder (the dashboard, when a page is added) passes the
    corpus it loaded last as `previous`: its `basis` stands in for the snapshot and the
    manifest, which are then not read; and the `listing` it has just taken with
    `discover(source)`, so the folder is not walked twice.
    """
    root, files, ignored = listing or discover(source)
    store = CacheStore(cache_dir, root)
    use_dictionary_cache(store.root)
    basis = previous.basis if previous is not None and previous.root == root else None
    known = basis.manifest if basis else store.read_manifest()
    state = hash_files(files, known)
    tables, built = (basis.tables, basis.built_from) if basis else _read_snapshot(store)
    parsed: list[str] = []  # content hashes this load parsed
    if built != state.signature:
        with store.lock() as waited:
            if waited:  # the other process may have built just what this load needs
                tables, built = _read_snapshot(store)
            if built != state.signature:
                tables, state = _build(store, files, state, tables, built, workers, progress, parsed)
    if state.manifest != known and store.writable:  # unchanged: a read-only cache serves too
        store.write_manifest(state.manifest)
    while dictionary_repairs:  # found by this process's tokenizer (workers report in their log)
        store.note("dictionary", dictionary_repairs.pop(0))
    corrections = read_rules(root) if root.is_dir() else Corrections()  # after the cache: it stays a pure function of the pages
    ignored = not_read_as_corrections(ignored)
    corrected, corrections.applied, corrections.stale = apply_corrections(tables, corrections.rules)
    return Corpus(
        root=root,
        ignored=ignored,
        n_parsed=len(set(parsed)),
        repairs=store.repairs,
        corrections=corrections,
        basis=Basis(tables, state.signature, state.manifest),
        derived_cache=store.derived if store.writable else None,
        **corrected,
    )


def _read_snapshot(store: CacheStore) -> tuple[dict[str, pd.DataFrame] | None, dict | None]:
    """The snapshot's tables and the signature of the files they were built from."""
    tables = store.snapshot.read()
    return tables, built_from(tables["pages"]) if tables is not None else None


def _build(store: CacheStore, files, state: FileState, snapshot, built: dict | None, workers, progress, parsed: list[str]):
    """(tables, the file state they are of). A whole rebuild hashes every file again
    rather than trust the manifest (reading the files costs little beside assembling
    them), and so does an update that finds the manifest wrong about a file."""
    if snapshot is None and len(state.blobs) < len(state.hashes):
        state = hash_files(files, {})
    try:
        return _update(store, state, snapshot, built, workers, progress, parsed), state
    except StaleManifest as stale:
        store.note("manifest", f"{stale}; every file is hashed again")
        state = hash_files(files, {})
        return _update(store, state, None, None, workers, progress, parsed), state


def _update(
    store: CacheStore, state: FileState, snapshot, built: dict | None, workers, progress, parsed: list[str]
) -> dict[str, pd.DataFrame]:
    """The tables of these files from the snapshot and the per-file cache, parsing what
    neither holds; the new snapshot written when the cache can be (in the background
    after a few changed pages)."""
    if state.blobs and worker_count(len(state.blobs), workers) == 1:  # parsed here: jieba's dictionary loads while the cache is read
        threading.Thread(target=tokenizer, name="jimo-jieba", daemon=True).start()
    parse = partial(_parse_into_segments, store=store, state=state, workers=workers, progress=progress, parsed=parsed)
    changed = apply_changes(snapshot, built, state, parse) if snapshot is not None else None
    if changed is None:
        return _rebuild(store, state, parse)
    if store.writable:
        store.snapshot.write(changed, then=partial(_merge_segments, store))
    return changed


def _parse_into_segments(
    digests: list[str], store: CacheStore, state: FileState, workers, progress, parsed: list[str], keep: bool = True
) -> dict[str, pd.DataFrame] | None:
    """Parse these files (by content hash) into the per-file cache, noting them in
    `parsed`; their frames, or None when there are none. Batches are saved as they come
    (at least `SAVE_EVERY_PAGES` at a time, and at least half of what is done, so that
    an archive makes a few segments, not hundreds). Without `keep`, a saved batch is
    dropped (the caller reads the cache back) and only rows the cache could not take are
    returned: a whole archive's rows are then never held twice, as batches and joined."""
    if not digests:
        return None
    blobs = [state.take(digest) for digest in digests]
    done, pending, held = 0, [], []
    for frames in parse_batches(blobs, workers, progress, str(store.root)):
        pending.append(frames)
        done += len(frames["pages"])
        if sum(len(f["pages"]) for f in pending) >= max(SAVE_EVERY_PAGES, done // 2):
            held.append(_save(store, pending, keep))
            pending = []
    if pending:
        held.append(_save(store, pending, keep))
    parsed += digests
    held = [frames for frames in held if frames is not None]
    return {table: concat_frames([frames[table] for frames in held]) for table in CACHED_COLUMNS} if held else None


def _save(store: CacheStore, batches: list[dict[str, pd.DataFrame]], keep: bool) -> dict[str, pd.DataFrame] | None:
    """The batches as one segment; their frames, or None when they were saved and
    `keep` is false."""
    frames = {table: concat_frames([batch[table] for batch in batches]) for table in CACHED_COLUMNS}
    batches.clear()  # the caller's list: the batches' own frames are freed with it
    if store.writable:
        try:
            store.segments.write(frames)
        except OSError as error:
            store.cannot_write(error)
        else:
            if not keep:
                return None
    return frames


def _rebuild(store: CacheStore, state: FileState, parse) -> dict[str, pd.DataFrame]:
    """All tables from the per-file cache, parsing the files it does not hold. When the
    cache can be written, each table goes to the snapshot as it is assembled and the
    tables are then read back from it memory-mapped: a whole archive's tables are never
    all in memory, and the memory that building one took is handed back to the system
    before the next (allocators keep freed memory for reuse). Else they are held."""
    rows = _cached_rows(store, state, parse)
    if store.writable and store.snapshot.write_each(_released(assembled(state.hashes, rows.parts, state.unreadable))):
        mapped = store.snapshot.read()
        if mapped is not None and built_from(mapped["pages"]) == state.signature:
            return mapped
    return assemble(state.hashes, rows.every_table(), state.unreadable, release=True)


def _cached_rows(store: CacheStore, state: FileState, parse) -> CachedRows:
    """The cached rows of every file, parsing those the cache does not hold; what the
    parse saves is read back with the rest, one table at a time, and only rows the
    cache could not take are held."""
    rows = store.segments.rows()
    missing = _missing(state, rows.hashes)
    if not missing:
        return rows
    unsaved = parse(missing, keep=False)
    _merge_segments(store)
    return_freed_memory()  # the parse's batches: the allocator would keep them beside the rows read back
    rows = store.segments.rows(extra=unsaved)
    again = parse(_missing(state, rows.hashes))  # a segment found damaged meanwhile: normally none
    return rows.plus(again) if again else rows


def _merge_segments(store: CacheStore) -> None:
    """Merge the cache's segments when there are many (`SegmentStore.merge_if_many`)."""
    try:
        store.segments.merge_if_many()
    except OSError as error:
        store.cannot_write(error)


def _released(tables: Iterator[tuple[str, pd.DataFrame]]) -> Iterator[tuple[str, pd.DataFrame]]:
    """The tables, the memory of each handed back once the next is asked for (written)."""
    for table, frame in tables:
        yield table, frame
        del frame
        return_freed_memory(collect=False)


def _missing(state: FileState, cached_hashes: set[str]) -> list[str]:
    return sorted(set(state.paths_by_hash) - cached_hashes)
