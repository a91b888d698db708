"""Load a folder of newspaper pages into tables, through the Parquet cache.

    files -> parse_page (per file, pure, cached by content hash) -> tables

Every file under the folder is accounted for: each `*.txt` becomes a row of `pages`
(status ok, warning or error, with the problem in words); every other file is listed
in `Corpus.ignored`. A page identical to one read before is kept as a `warning` row
naming that page, and its articles are not counted twice.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import pandas as pd

from . import tables as T
from .cache import CACHED_COLUMNS, CACHED_TABLES, ParseCache, concat_frames, return_freed_memory
from .decode import decode_bytes
from .parse import ERROR, WARNING, ParsedPage, content_hash, parse_page
from .terms import tokenizer, tokens

Progress = Callable[[int, int], None]
PARALLEL_FROM = 64  # pages to parse before it pays to start worker processes
BATCH_PAGES = 50  # pages a worker parses into one set of frames



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
    ignored: list[str] = field(default_factory=list)  # non-.txt files, relative paths
    n_parsed: int = 0  # pages parsed by this load (the rest came from the cache)
    _memo: dict = field(default_factory=dict, repr=False)  # derived tables, computed once

    def memo(self, key: str, compute: Callable[[], object]):
        """A value derived from the (never mutated) tables, computed on first use."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def page_text(self, page_id: str) -> str:
        """The page's text as extracted, decoded from its file ("" when it cannot be read).
        Read on demand: a whole archive's text need not sit in memory."""
        path = self.root / page_id
        if page_id not in set(self.pages["page_id"]) or not path.is_file():
            return ""
        try:
            return decode_bytes(path.read_bytes()).text
        except OSError:
            return ""

    def tokens(self, article_id: str) -> list[str]:
        """The article's jieba tokens (headline, then body), for n-grams and concordances."""
        row = self.articles.loc[self.articles["article_id"] == article_id]
        if row.empty:
            return []
        first = row.iloc[0]
        return tokens("\n".join(part for part in (first["kicker"], first["headline"], first["subheadline"], first["body"]) if part))


def load_corpus(
    source: str | os.PathLike,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Parse a folder (every `*.txt` below it) or one file into a `Corpus`.

    Three speeds: an unchanged folder is read back from its snapshot; a few added or
    changed pages are parsed and appended to the snapshot; anything else is assembled
    from the per-file cache, parsing only files it does not hold, in `workers`
    processes (default: all cores when there are many pages).
    """
    root, files, ignored = discover(Path(source))
    cache = ParseCache(cache_dir, root)
    state = _hash_files(files, cache.read_manifest())
    # Loading jieba's dictionary takes most of a second; when there is anything new to
    # parse, it loads while the snapshot is read (Arrow reads release the GIL).
    if state.blobs:
        threading.Thread(target=tokenizer, name="jimo-jieba", daemon=True).start()
    snapshot = cache.read_snapshot()
    built_from = _signature(snapshot["pages"]) if snapshot is not None else None
    if built_from == state.signature:
        tables, n_parsed = snapshot, 0
    else:
        extended = _extend(snapshot, built_from, state, cache, workers, progress) if snapshot is not None else None
        tables, n_parsed = extended or _rebuild(state, cache, workers, progress)
        cache.write_snapshot(tables)
        if extended is None:
            tables = _mapped(cache, state, tables)
    cache.write_manifest(state.manifest)
    return Corpus(root=root, ignored=ignored, n_parsed=n_parsed, **tables)


def _mapped(cache: ParseCache, state: FileState, built: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """After a rebuild, the same tables read back memory-mapped from the snapshot, and
    the memory that building them took handed back to the system: a process that
    parsed 13,600 pages would otherwise keep 1.40 GB instead of 0.57 GB (allocators
    keep freed memory for reuse). The built tables stay if the snapshot could not be
    written."""
    mapped = cache.read_snapshot()  # waits for the write just started
    if mapped is None or _signature(mapped["pages"]) != state.signature:
        return built
    built.clear()  # the caller's only reference: its frames are freed here
    return_freed_memory()
    return mapped


@dataclass
class FileState:
    """What the files of a corpus hold now, by content hash."""

    hashes: dict[str, str] = field(default_factory=dict)  # page_id -> content hash
    unreadable: dict[str, str] = field(default_factory=dict)  # page_id -> problem
    paths_by_hash: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)  # bytes read while hashing
    manifest: dict[str, list] = field(default_factory=dict)  # page_id -> [size, mtime_ns, hash]

    @property
    def signature(self) -> dict:
        return {"hashes": self.hashes, "unreadable": self.unreadable}

    def read(self, digest: str) -> bytes:
        if digest in self.blobs:
            return self.blobs[digest]
        with open(self.paths_by_hash[digest], "rb") as file:
            return file.read()


def _signature(pages: pd.DataFrame) -> dict:
    """What `FileState.signature` was for the files these pages were built from."""
    hashes, unreadable = {}, {}
    for page_id, digest, problems in zip(pages["page_id"].tolist(), pages["content_hash"].tolist(), pages["problems"].tolist()):
        if digest:
            hashes[page_id] = digest
        else:
            unreadable[page_id] = problems
    return {"hashes": hashes, "unreadable": unreadable}


def _rebuild(state: FileState, cache: ParseCache, workers, progress) -> tuple[dict[str, pd.DataFrame], int]:
    """All tables from the per-file cache, parsing the files it does not hold."""
    cached = cache.read()
    missing = sorted(set(state.paths_by_hash) - set(cached["pages"]["content_hash"]))
    fresh = _parse(missing, state, cache, workers, progress)
    if fresh:
        cached = {t: concat_frames([cached[t], fresh[t]]) if len(cached[t]) else fresh[t] for t in CACHED_TABLES}
    return assemble(state.hashes, cached, state.unreadable), len(missing)


MAX_EXTEND_PAGES = 200  # beyond this many changed pages, a rebuild costs no more
SORT_KEYS = {"pages": ["page_id"], "articles": ["page_id", "seq"], "bylines": ["page_id"], "officials": ["page_id"], "projects": ["page_id"]}


def _extend(snapshot: dict[str, pd.DataFrame], built_from: dict, state: FileState, cache: ParseCache, workers, progress) -> tuple[dict[str, pd.DataFrame], int] | None:
    """The snapshot with a few pages added, changed or removed; None when duplicates are
    involved (which page is the canonical copy may change) or too much changed."""
    old, new = built_from["hashes"], state.hashes
    if built_from["unreadable"] != state.unreadable:
        return None
    changed = [page_id for page_id in new if old.get(page_id) != new[page_id]]
    removed = {page_id for page_id in old if new.get(page_id) != old[page_id]}
    old_counts = Counter(old.values())
    kept = {digest for page_id, digest in old.items() if page_id not in removed}
    added = [new[page_id] for page_id in changed]
    if (
        len(changed) > MAX_EXTEND_PAGES
        or any(old_counts[old[page_id]] > 1 for page_id in removed)
        or len(set(added)) != len(added)
        or kept.intersection(added)
    ):
        return None
    fresh = _parse(added, state, cache, workers, progress) or {t: pd.DataFrame(columns=["content_hash", *CACHED_COLUMNS[t]]) for t in CACHED_TABLES}
    delta = assemble({page_id: new[page_id] for page_id in changed}, fresh, {})
    tables = {}
    appended_in_order = not removed and (not old or min(changed, default="") > max(old))
    old_articles = snapshot["articles"]
    removed_articles = set(old_articles.loc[old_articles["page_id"].isin(removed), "article_id"])
    for table, frame in snapshot.items():
        if table == "terms":  # grouped by article, in no particular order: append
            gone = frame["article_id"].isin(removed_articles).to_numpy()
            tables[table] = concat_frames([_without_rows(frame, gone) if removed else frame, delta[table]])
            continue
        merged = concat_frames([frame, delta[table]])  # Arrow strings: chunks, not copies
        if appended_in_order:  # new issues, after every old page: nothing to drop or sort
            tables[table] = merged
            continue
        rows = np.flatnonzero(np.r_[~frame["page_id"].isin(removed).to_numpy(), np.ones(len(delta[table]), dtype=bool)])
        keys = merged[SORT_KEYS[table]].take(rows).reset_index(drop=True)
        tables[table] = _take_in_runs(merged, rows[keys.sort_values(SORT_KEYS[table], kind="stable").index.to_numpy()])
    return tables, len(added)


def _without_rows(frame: pd.DataFrame, gone: np.ndarray) -> pd.DataFrame:
    """The frame without these rows, column by column in numpy: pandas' own boolean
    indexing of twelve million categorical term rows takes a second."""
    keep, kept = ~gone, {}
    for name in frame.columns:
        values = frame[name].array
        if isinstance(values, pd.Categorical):
            kept[name] = pd.Categorical.from_codes(values.codes[keep], dtype=values.dtype, validate=False)
        else:
            kept[name] = frame[name].to_numpy()[keep]
    return pd.DataFrame(kept, copy=False)


def _take_in_runs(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """`frame.take(rows)`, as slices when the rows are a few runs of consecutive
    positions (a page edited or inserted mid-archive): slices of Arrow strings are views,
    so an archive's 150 MB of article bodies is not copied."""
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    if len(rows) == 0 or len(breaks) > 100:
        return frame.take(rows).reset_index(drop=True)
    starts, ends = rows[np.r_[0, breaks]], rows[np.r_[breaks - 1, len(rows) - 1]] + 1
    return pd.concat([frame.iloc[start:end] for start, end in zip(starts, ends)], ignore_index=True)


def _parse(digests: list[str], state: FileState, cache: ParseCache, workers, progress) -> dict[str, pd.DataFrame] | None:
    """Parse these files into the per-file cache; their frames, or None when none."""
    if not digests:
        return None
    batches = list(parse_batches([state.read(digest) for digest in digests], workers, progress))
    fresh = {t: concat_frames([batch[t] for batch in batches]) for t in CACHED_TABLES}
    cache.write(fresh)
    return fresh


def _article_keys(rows: pd.DataFrame, hash_index: pd.Index) -> np.ndarray:
    """(position of the row's content hash among canonical pages) * 10,000 + seq;
    negative for rows of pages that are not canonical (duplicates)."""
    hashes = rows["content_hash"]
    if isinstance(hashes.dtype, pd.CategoricalDtype):
        position = hash_index.get_indexer(hashes.cat.categories.astype(str))[hashes.array.codes]
    else:
        position = hash_index.get_indexer(hashes.astype(str))
    return np.where(position >= 0, position.astype(np.int64) * 10_000 + rows["seq"].to_numpy(dtype=np.int64), -1)


def discover(source: Path) -> tuple[Path, list[tuple[str, str]], list[str]]:
    """(root, [(page_id, path)], ignored relative paths). A file is its own corpus.
    Paths stay strings: an archive has tens of thousands of them to walk on every load."""
    source = source.expanduser()
    if not source.exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    if source.is_file():
        return source.parent.resolve(), [(source.name, str(source))], []
    root = source.resolve()
    pages, ignored = [], []
    for folder, _, names in os.walk(root):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in names:
            if name.lower().endswith(".txt"):
                pages.append((prefix + name, os.path.join(folder, name)))
            else:
                ignored.append(prefix + name)
    return root, sorted(pages), sorted(ignored)


def folder_fingerprint(source: str | os.PathLike) -> int:
    """A hash of the names, sizes and mtimes of every file `load_corpus` would read or
    list as ignored: it changes when any of them does, without reading a byte."""
    root, files, ignored = discover(Path(source))
    entries = []
    for name, path in [*files, *((rel, os.path.join(root, rel)) for rel in ignored)]:
        try:
            stat = os.stat(path)
            entries.append((name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            entries.append((name, -1, -1))  # unreadable: the loader reports it
    return hash(tuple(entries))


def _hash_files(files: list[tuple[str, str]], manifest: dict[str, list]) -> FileState:
    """Content hashes, reading a file only when its size or mtime changed since last time."""
    state = FileState()
    for page_id, path in files:
        try:
            stat = os.stat(path)
            known = manifest.get(page_id)
            if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
                digest = known[2]
            else:
                with open(path, "rb") as file:
                    data = file.read()
                digest = content_hash(data)
                state.blobs[digest] = data
        except OSError as error:
            state.unreadable[page_id] = f"cannot read the file: {error.strerror or error}"
            continue
        state.hashes[page_id] = digest
        state.paths_by_hash.setdefault(digest, path)
        state.manifest[page_id] = [stat.st_size, stat.st_mtime_ns, digest]
    return state


def parse_batches(blobs: list[bytes], workers: int | None = None, progress: Progress | None = None) -> Iterable[dict[str, pd.DataFrame]]:
    """Parse pages into cache frames, a batch at a time, in `workers` processes when
    there are many pages (workers build the frames too, so the parent only collects).
    If worker processes cannot run (a script read from stdin cannot be re-imported by
    them), the batches not yet parsed are parsed here."""
    total = len(blobs)
    if workers is None:
        workers = (os.cpu_count() or 1) if total >= PARALLEL_FROM else 1
    size = max(1, min(BATCH_PAGES, total // (workers * 4) or 1))
    batches = [blobs[i : i + size] for i in range(0, total, size)]
    done = 0
    if workers > 1 and len(batches) > 1:
        try:
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                for frames in pool.map(parse_batch, batches):
                    done += 1
                    _report(progress, done, batches, total)
                    yield frames
        except BrokenProcessPool:
            pass
    for batch in batches[done:]:
        done += 1
        _report(progress, done, batches, total)
        yield parse_batch(batch)


def _report(progress: Progress | None, done_batches: int, batches: list[list[bytes]], total: int) -> None:
    if progress:
        progress(min(total, sum(len(b) for b in batches[:done_batches])), total)


def parse_batch(blobs: list[bytes]) -> dict[str, pd.DataFrame]:
    return _frames([parse_page(blob) for blob in blobs])


def _frames(parsed: list[ParsedPage]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {table: [] for table in ("pages", "articles", "bylines", "officials", "projects")}
    terms: dict[str, list] = {"content_hash": [], "seq": [], "term": [], "count": []}
    for page in parsed:
        rows["pages"].append({"content_hash": page.content_hash, **page.page})
        for table in ("articles", "bylines", "officials", "projects"):
            rows[table].extend({"content_hash": page.content_hash, **row} for row in getattr(page, table))
        terms["content_hash"].extend([page.content_hash] * len(page.terms["seq"]))
        for column in ("seq", "term", "count"):
            terms[column].extend(page.terms[column])
    frames = {table: pd.DataFrame(records, columns=["content_hash", *CACHED_COLUMNS[table]]).convert_dtypes() for table, records in rows.items()}
    # Millions of term rows repeat a few thousand hashes and terms: categorical codes keep
    # them small in memory and in Parquet.
    frames["terms"] = pd.DataFrame(
        {
            "content_hash": pd.Categorical(terms["content_hash"]),
            "seq": np.asarray(terms["seq"], dtype=np.int64),
            "term": pd.Categorical(terms["term"]),
            "count": np.asarray(terms["count"], dtype=np.int32),
        }
    )
    for table in ("bylines", "officials", "projects"):
        frames[table]["content_hash"] = frames[table]["content_hash"].astype("category")
    return frames


def assemble(hashes: dict[str, str], cached: dict[str, pd.DataFrame], unreadable: dict[str, str]) -> dict[str, pd.DataFrame]:
    """The tables of these files from cached rows: page ids, duplicates, dates."""
    mapping = pd.DataFrame({"page_id": list(hashes), "content_hash": list(hashes.values())}, dtype="string").sort_values("page_id")
    first_of = mapping.drop_duplicates("content_hash").set_index("content_hash")["page_id"]
    mapping["duplicate_of"] = mapping["content_hash"].map(first_of)
    mapping.loc[mapping["duplicate_of"] == mapping["page_id"], "duplicate_of"] = ""
    pages = mapping.merge(cached["pages"], on="content_hash", how="left")
    duplicate = (pages["duplicate_of"] != "") & (pages["status"] != ERROR)
    pages.loc[duplicate, "status"] = WARNING
    pages.loc[duplicate, "problems"] = "identical to " + pages.loc[duplicate, "duplicate_of"] + " (its articles are counted there)"
    pages.loc[duplicate, "n_articles"] = 0
    pages.loc[pages["duplicate_of"] != "", "duplicate_of"] = pages["duplicate_of"].where(duplicate, "")
    if unreadable:
        pages = pd.concat([pages, pd.DataFrame({"page_id": list(unreadable), "status": ERROR, "problems": list(unreadable.values()), "date_source": "unknown"})])
    pages = T.conform("pages", pages.sort_values("page_id"))

    canonical = pages.loc[(pages["duplicate_of"] == "") & (pages["content_hash"] != ""), ["page_id", "content_hash", "date", "publication"]]
    hash_index = pd.Index(canonical["content_hash"].astype(str))
    articles = cached["articles"].astype({"content_hash": str}).merge(canonical.astype({"content_hash": str}), on="content_hash", how="inner")
    articles = articles.sort_values(["page_id", "seq"], kind="stable", ignore_index=True)
    articles["article_id"] = articles["page_id"] + "#" + articles["seq"].astype("string")
    tables = {"pages": pages, "articles": T.conform("articles", articles)}
    # Item rows find their article by an integer key (hash position, seq): the terms
    # table has millions of rows, too many to join on strings.
    article_keys = pd.Index(_article_keys(articles, hash_index))
    for table in ("bylines", "officials", "projects", "terms"):
        rows = cached[table]
        position = article_keys.get_indexer(_article_keys(rows, hash_index)) if len(rows) else np.array([], dtype=int)
        found = position >= 0
        rows, position = rows.loc[found].reset_index(drop=True), position[found]
        if table == "terms":
            # Millions of rows: only the columns of the contract, built from codes.
            article_id = pd.Categorical.from_codes(position, categories=articles["article_id"].astype(str))
            tables[table] = T.conform(table, pd.DataFrame({"article_id": article_id, "term": rows["term"].array, "count": rows["count"].to_numpy()}))
            continue
        order = np.argsort(position, kind="stable")
        rows, position = rows.take(order).reset_index(drop=True), position[order]
        for column in ("article_id", "page_id", "date"):
            rows[column] = articles[column].take(position).reset_index(drop=True)
        tables[table] = T.conform(table, rows)
    return tables
