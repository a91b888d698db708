"""Load a folder of newspaper pages into tables, through the Parquet cache.

    files -> parse_page (per file, pure, cached by content hash) -> tables

Every file under the folder is accounted for: each `*.txt` becomes a row of `pages`
(status ok, warning or error, with the problem in words); every other file is listed
in `Corpus.ignored`. A page identical to one read before is kept as a `warning` row
naming that page, and its articles are not counted twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from . import tables as T
from .cache import CACHED_COLUMNS, CACHED_TABLES, ParseCache
from .parse import ERROR, WARNING, ParsedPage, content_hash, parse_page
from .terms import tokens

Progress = Callable[[int, int], None]
PARALLEL_FROM = 64  # pages to parse before it pays to start worker processes

_ITEM_TABLES = ("articles", "bylines", "officials", "projects", "terms")


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
    texts: dict[str, str] = field(default_factory=dict, repr=False)  # content_hash -> page text
    n_parsed: int = 0  # pages parsed by this load (the rest came from the cache)

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def page_text(self, page_id: str) -> str:
        """The page's decoded text as it was extracted."""
        match = self.pages.loc[self.pages["page_id"] == page_id, "content_hash"]
        return self.texts.get(match.iloc[0], "") if len(match) else ""

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

    Pages already in the cache are not parsed again; new or changed files are, in
    `workers` processes (default: all cores when there are many pages).
    """
    root, files, ignored = discover(Path(source))
    cache = ParseCache(cache_dir, root)
    hashes, paths_by_hash, blobs, manifest, unreadable = _hash_files(files, cache.read_manifest())
    cached = cache.read()
    missing = sorted(set(paths_by_hash) - set(cached["pages"]["content_hash"]))
    to_parse = [blobs.get(h) or paths_by_hash[h].read_bytes() for h in missing]
    parsed = list(parse_many(to_parse, workers, progress))
    if parsed:
        fresh = _frames(parsed)
        cache.write(fresh)
        cached = {t: pd.concat([cached[t], fresh[t]], ignore_index=True) if len(cached[t]) else fresh[t] for t in CACHED_TABLES}
    cache.write_manifest(manifest)
    corpus = assemble(root, hashes, cached, unreadable)
    corpus.ignored, corpus.n_parsed = ignored, len(parsed)
    return corpus


def discover(source: Path) -> tuple[Path, list[tuple[str, Path]], list[str]]:
    """(root, [(page_id, path)], ignored relative paths). A file is its own corpus."""
    source = source.expanduser()
    if not source.exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    if source.is_file():
        return source.parent.resolve(), [(source.name, source)], []
    root = source.resolve()
    pages, ignored = [], []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        (pages if path.suffix.lower() == ".txt" else ignored).append((rel, path) if path.suffix.lower() == ".txt" else rel)
    return root, pages, ignored


def _hash_files(files, manifest):
    """Content hashes, reading a file only when its size or mtime changed since last time."""
    hashes, paths_by_hash, blobs, new_manifest, unreadable = {}, {}, {}, {}, {}
    for page_id, path in files:
        try:
            stat = path.stat()
            known = manifest.get(page_id)
            if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
                digest = known[2]
            else:
                data = path.read_bytes()
                digest = content_hash(data)
                blobs[digest] = data
        except OSError as error:
            unreadable[page_id] = f"cannot read the file: {error.strerror or error}"
            continue
        hashes[page_id] = digest
        paths_by_hash.setdefault(digest, path)
        new_manifest[page_id] = [stat.st_size, stat.st_mtime_ns, digest]
    return hashes, paths_by_hash, blobs, new_manifest, unreadable


def parse_many(blobs: list[bytes], workers: int | None = None, progress: Progress | None = None) -> Iterable[ParsedPage]:
    total = len(blobs)
    if workers is None:
        workers = os.cpu_count() or 1 if total >= PARALLEL_FROM else 1
    if workers <= 1 or total < 2:
        results: Iterable[ParsedPage] = map(parse_page, blobs)
    else:
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        results = pool.map(parse_page, blobs, chunksize=max(1, min(64, total // (workers * 8) or 1)))
    try:
        for done, result in enumerate(results, start=1):
            if progress:
                progress(done, total)
            yield result
    finally:
        if workers > 1 and total >= 2:
            pool.shutdown()


def _frames(parsed: list[ParsedPage]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {table: [] for table in CACHED_TABLES}
    for page in parsed:
        rows["pages"].append({"content_hash": page.content_hash, **page.page})
        rows["texts"].append({"content_hash": page.content_hash, "text": page.text})
        for table in _ITEM_TABLES:
            rows[table].extend({"content_hash": page.content_hash, **row} for row in getattr(page, table))
    return {table: pd.DataFrame(records, columns=["content_hash", *CACHED_COLUMNS[table]]).convert_dtypes() for table, records in rows.items()}


def assemble(root: Path, hashes: dict[str, str], cached: dict[str, pd.DataFrame], unreadable: dict[str, str]) -> Corpus:
    """Join cached rows to the corpus's files: page ids, duplicates, dates."""
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
    tables = {"pages": pages}
    for table in _ITEM_TABLES:
        rows = cached[table].merge(canonical, on="content_hash", how="inner") if len(cached[table]) else pd.DataFrame()
        if len(rows):
            rows["article_id"] = rows["page_id"] + "#" + rows["seq"].astype("string")
            rows = rows.sort_values(["page_id", "seq"], kind="stable")
        tables[table] = T.conform(table, rows)
    texts = dict(zip(cached["texts"]["content_hash"], cached["texts"]["text"])) if len(cached["texts"]) else {}
    return Corpus(root=root, texts=texts, **tables)
