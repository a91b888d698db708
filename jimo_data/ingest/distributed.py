"""`jimo ingest SOURCE --store DEST`: the per-file parse on Dask into a Parquet store.

The client walks and hashes SOURCE, plans batches of the content hashes no done batch
of DEST holds, and maps `ingest_batch` over them on a `dask.distributed` cluster. A
task parses its files with the local loader's pure parse (`batches.parse_batch`) and
writes its Parquet files, partitioned by publication and year, then its done marker.
The layout and why: docs/store.md. Workers must see SOURCE at the same path (a shared
mount); DEST is a path or an fsspec URL.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

import fsspec
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster, WorkerPlugin, wait
from dask.distributed import progress as progress_bar

from ..parsing import content_hash, parser_version
from ..parsing.terms import use_dictionary_cache
from ..tables import CACHED_COLUMNS, CAT, DATE, INT, INT32, SCHEMAS, STR
from .assemble import assemble
from .batches import parse_batch
from .files import Found, NotReadable, discover, read_page
from .store import default_cache_dir

STORE_FORMAT = 1
BATCH_FILES = 300  # files per task at most: a task's frames stay small, its overhead paid rarely
TASKS_PER_WORKER = 4  # at least this many tasks per worker when there are few files, so none idles at the end
RETRIES = 2  # attempts after a task raised (a worker that died is retried by Dask on its own)
FILE_COLUMNS = {"page_id": pa.string(), "content_hash": pa.string(), "size": pa.int64(), "status": pa.string(), "problem": pa.string()}
FILE_SCHEMA = pa.schema({**FILE_COLUMNS, "seen": pa.timestamp("us", tz="UTC")})


class StaleFile(Exception):
    """A file no longer holds the bytes it was hashed with: its batch fails, a rerun takes it."""


@dataclass(frozen=True)
class Batch:
    """One task: the files to parse (content hash -> a path holding it) and the files
    rows it records. Everything in it is fixed by the client, so a retry writes the
    same bytes under the same names."""

    batch_id: str
    paths: dict[str, str]
    files: pd.DataFrame


@dataclass
class Summary:
    files: int = 0  # .txt files found
    new: int = 0  # files whose content this run parsed
    skipped: int = 0  # files whose content a done batch already held
    errors: int = 0  # files not read, and files of batches that failed
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)  # one line per failed batch

    def line(self) -> str:
        return f"files: {self.files}, new: {self.new}, skipped: {self.skipped}, not read: {self.errors}, seconds: {self.seconds:.1f}"


# -- the client's side -------------------------------------------------------------


def ingest(
    source,
    dest: str,
    *,
    client=None,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool = False,
    batch_files: int = BATCH_FILES,
) -> Summary:
    """Parse SOURCE's files that DEST does not hold into DEST, on `client`, or on the
    cluster at `scheduler`, or on a LocalCluster of `workers` processes."""
    started = time.perf_counter()
    if not str(dest).strip():
        raise ValueError("the store DEST is empty: give a folder or an fsspec URL")
    fs, root = fsspec.core.url_to_fs(dest)
    _check_store(fs, root)
    _, found, _ = discover(source)
    current = _files_now(found)
    held = _latest_files(fs, root, _done(fs, root))
    summary = Summary(files=len(current))
    summary.skipped = int(current["content_hash"].isin(set(held["content_hash"]) - {""}).sum())
    summary.errors = int((current["status"] == "error").sum())
    with _connected(client, scheduler, workers) as dask_client:
        batches = plan(current, held, _paths(found, current), _worker_count(dask_client) * TASKS_PER_WORKER, batch_files)
        _run(dask_client, dest, batches, progress, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _check_store(fs, root: str) -> None:
    """Create the store, or check that it was made by this parser: rows of another
    parser version would mix two parses of the same bytes."""
    path = f"{root}/store.json"
    if fs.exists(path):
        try:
            made = json.loads(fs.cat_file(path))
        except ValueError as error:
            raise ValueError(f"{path} does not describe a store ({error}): ingest into a new store") from error
        if not isinstance(made, dict) or made.get("parser_version") != parser_version():
            version = made.get("parser_version") if isinstance(made, dict) else None
            raise ValueError(
                f"{root} holds the parse of parser version {version}, this jimo_data parses with {parser_version()}"
                " (its rules or word lists changed): ingest into a new store, which parses every page again"
            )
        return
    fs.makedirs(root, exist_ok=True)
    fs.pipe_file(path, json.dumps({"format": STORE_FORMAT, "parser_version": parser_version()}).encode())


def _files_now(found: list[Found]) -> pd.DataFrame:
    """A files row per `.txt` file, read and hashed here (its bytes dropped at once:
    an archive need not fit in the client's memory)."""
    rows = []
    for page_id, path, stat, problem in found:
        digest = ""
        if not problem:
            try:
                digest = content_hash(read_page(path))
            except NotReadable as error:
                problem = str(error)
        size = stat.st_size if stat is not None and not problem else 0
        rows.append((page_id, digest, size, "error" if problem else "ok", problem))
    return pd.DataFrame(rows, columns=list(FILE_COLUMNS)).astype({"size": "int64"})


def _paths(found: list[Found], current: pd.DataFrame) -> dict[str, str]:
    """content hash -> the path of the first file holding it."""
    path_of = {f.page_id: f.path for f in found}
    paths: dict[str, str] = {}
    for page_id, digest in zip(current["page_id"], current["content_hash"]):
        if digest:
            paths.setdefault(digest, path_of[page_id])
    return paths


def plan(current: pd.DataFrame, held: pd.DataFrame, paths: dict[str, str], tasks: int, batch_files: int) -> list[Batch]:
    """The batches that bring the store up to SOURCE: the content hashes no done batch
    holds, in batches of at most `batch_files` (fewer when that makes fewer than `tasks`
    tasks), each with the files rows of its hashes; and one batch without a parse for
    the files rows that changed but whose content is held (a new name for held text, a
    file now unreadable). Nothing when the store is current."""
    seen = pd.Timestamp.now(tz="UTC").floor("us")
    changed = current.merge(held, how="left", on=["page_id", "content_hash", "size", "status", "problem"], indicator=True)
    changed = changed.loc[changed["_merge"] == "left_only", list(FILE_COLUMNS)]
    # In the order of their paths: an archive's folders group a paper's days, so a batch
    # touches few partitions (sorted by hash, each would write a file into most of them).
    held_hashes = set(held["content_hash"]) | {""}
    fresh = [digest for digest in changed.sort_values("page_id")["content_hash"].drop_duplicates() if digest not in held_hashes]
    size = max(1, min(batch_files, math.ceil(len(fresh) / max(1, tasks))))
    batches = []
    for start in range(0, len(fresh), size):
        digests = fresh[start : start + size]
        rows = changed[changed["content_hash"].isin(set(digests))]
        batches.append(Batch(_batch_id(sorted(digests)), {d: paths[d] for d in digests}, rows.assign(seen=seen)))
    rest = changed[~changed["content_hash"].isin(set(fresh))]
    if len(rest):
        rows = rest.sort_values("page_id").assign(seen=seen)
        batches.append(Batch(_batch_id(["files", *(repr(row) for row in rows.itertuples(index=False))]), {}, rows))
    return batches


def _batch_id(parts: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


@contextmanager
def _connected(client, scheduler: str | None, workers: int | None) -> Iterator:
    """The caller's client, or one to `scheduler`, or one to a LocalCluster of its own
    (closed on exit)."""
    if client is not None:
        yield client
        return
    with ExitStack() as stack:
        if not scheduler:
            scheduler = stack.enter_context(
                # A free port for the scheduler's HTTP server: it binds one even with no
                # dashboard, and 8787 by default, which another cluster may hold.
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", host="127.0.0.1")
            )
        yield stack.enter_context(Client(scheduler))


def _worker_count(client) -> int:
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))


def _run(client, dest: str, batches: list[Batch], progress: bool, summary: Summary) -> None:
    if not batches:
        return
    client.register_plugin(DictionaryCache(), name="jimo-dictionary")
    futures = [client.submit(ingest_batch, dest, batch, key=f"jimo-batch-{batch.batch_id}", retries=RETRIES) for batch in batches]
    if progress:
        progress_bar(futures)
    wait(futures)
    for batch, future in zip(batches, futures):
        if future.status == "finished":
            summary.new += future.result()
        else:
            summary.errors += int((batch.files["status"] == "ok").sum())  # the unreadable ones are counted already
            summary.failures.append(f"batch {batch.batch_id} ({len(batch.files)} files): {future.exception()!r}")


class DictionaryCache(WorkerPlugin):
    """A Dask worker plugin: jieba's dictionary, once per worker process, from a fast
    copy in the worker's own cache folder (as the local loader's workers do)."""

    def setup(self, worker=None) -> None:
        use_dictionary_cache(default_cache_dir())


# -- the worker's side ---------------------------------------------------------------


def ingest_batch(dest: str, batch: Batch) -> int:
    """Parse and write one batch; its done marker last. Returns the files it parsed."""
    fs, root = fsspec.core.url_to_fs(dest)
    frames = parse_batch([_read(path, digest) for digest, path in batch.paths.items()])
    for table, frame in frames.items():
        for (publication, year), part in _partitions(frame, frames["pages"]):
            _write(fs, f"{root}/parsed/{table}/publication={publication}/year={year}/{batch.batch_id}.parquet", _arrow(table, part))
    _write(fs, f"{root}/files/batch={batch.batch_id}.parquet", pa.Table.from_pandas(batch.files, FILE_SCHEMA, preserve_index=False))
    fs.makedirs(f"{root}/done", exist_ok=True)
    fs.pipe_file(f"{root}/done/{batch.batch_id}", json.dumps({"files": len(batch.files), "parsed": len(batch.paths)}).encode())
    return len(batch.files) if batch.paths else 0


def _read(path: str, digest: str) -> bytes:
    data = read_page(path)
    if content_hash(data) != digest:
        raise StaleFile(f"{path} changed since it was hashed")
    return data


def _partitions(frame: pd.DataFrame, pages: pd.DataFrame):
    """(publication, year) folder names and the rows of this frame in each."""
    publication = pages["publication"].fillna("").astype(str).map(lambda p: _PATH_UNSAFE.sub(_percent, p) or "unknown")
    year = pd.to_datetime(pages["date"]).dt.year.map(lambda y: "undated" if pd.isna(y) else str(int(y)))
    part = dict(zip(pages["content_hash"].astype(str), zip(publication, year)))
    keys = frame["content_hash"].astype(str).map(part)
    return frame.groupby(keys, sort=True, observed=True) if len(frame) else []


# What cannot stand in a folder name; escaped as a URL does, which readers of hive
# partitions (pyarrow, DuckDB) decode. Chinese names stay readable.
_PATH_UNSAFE = re.compile(r"[%/\\=\x00-\x1f\x7f]")


def _percent(match: re.Match) -> str:
    return f"%{ord(match.group()):02X}"


def _write(fs, path: str, table: pa.Table) -> None:
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    with fs.open(path, "wb") as out:
        pq.write_table(table, out)


_ARROW_TYPES = {STR: pa.string(), INT: pa.int64(), DATE: pa.timestamp("us"), CAT: pa.string(), INT32: pa.int32()}


def arrow_schema(table: str) -> pa.Schema:
    """The Parquet columns of a parsed table: CACHED_COLUMNS with the contract's types
    (categories as plain strings: Parquet dictionary-encodes them on disk anyway)."""
    contract = {name: dtype for name, dtype, _ in SCHEMAS[table]}
    return pa.schema({c: pa.int64() if c == "seq" else _ARROW_TYPES[contract.get(c, STR)] for c in CACHED_COLUMNS[table]})


def _arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    schema = arrow_schema(table)
    columns = {column: _plain(frame[column].reset_index(drop=True), schema.field(column).type) for column in schema.names}
    return pa.Table.from_pandas(pd.DataFrame(columns), schema, preserve_index=False)


def _plain(values: pd.Series, kind: pa.DataType) -> pd.Series:
    """A column as pyarrow converts it to `kind`: the parse gives dates as `datetime.date`."""
    if pa.types.is_timestamp(kind):
        return pd.to_datetime(values)
    return values.astype(str) if isinstance(values.dtype, pd.CategoricalDtype) else values


# -- reading the store -----------------------------------------------------------------


@dataclass
class StoreParse:
    """What a store's done batches hold: the cached rows (CACHED_COLUMNS) and, per
    file, its content hash or why it could not be read."""

    cached: dict[str, pd.DataFrame]
    hashes: dict[str, str]  # page_id -> content hash
    unreadable: dict[str, str]  # page_id -> problem

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables of the data model, as `load_corpus` builds them (before corrections)."""
        return assemble(self.hashes, self.cached, self.unreadable)


def read_store_parse(dest: str) -> StoreParse:
    fs, root = fsspec.core.url_to_fs(dest)
    done = sorted(_done(fs, root))
    files = _latest_files(fs, root, set(done))
    parsed = {table: _read_parsed(fs, root, table, done) for table in CACHED_COLUMNS}
    first = _first_batches(parsed["pages"])
    cached = {table: _frame(table, _held_once(data, first)) for table, data in parsed.items()}
    read = files[files["status"] != "error"]
    failed = files[files["status"] == "error"]
    return StoreParse(cached, dict(zip(read["page_id"], read["content_hash"])), dict(zip(failed["page_id"], failed["problem"])))


def _read_parsed(fs, root: str, table: str, done: list[str]) -> pa.Table:
    """The table's rows of the done batches, each with its batch's position in `done`."""
    position = {batch: i for i, batch in enumerate(done)}
    parts = [arrow_schema(table).empty_table().append_column("batch", pa.array([], pa.int32()))]
    for path in sorted(p for p in fs.glob(f"{root}/parsed/{table}/*/*/*.parquet") if _stem(p) in position):
        part = _read_parquet(fs, [path], arrow_schema(table))
        parts.append(part.append_column("batch", pa.array(np.full(len(part), position[_stem(path)], np.int32))))
    return pa.concat_tables(parts)


def _first_batches(pages: pa.Table) -> pa.Table | None:
    """content_hash -> the first done batch holding it, when some hash is in two (two
    ingests at once into one store can both parse a file); None when none is."""
    if pc.count_distinct(pages["content_hash"]).as_py() == len(pages):
        return None
    return pages.group_by("content_hash").aggregate([("batch", "min")])


def _held_once(data: pa.Table, first: pa.Table | None) -> pa.Table:
    """The rows of the batch that holds their content hash first, as the local cache
    counts a page parsed into two segments once."""
    if first is not None:
        owner = pc.take(first["batch_min"], pc.index_in(data["content_hash"], value_set=first["content_hash"]))
        data = data.filter(pc.equal(data["batch"], owner))
    return data.drop_columns(["batch"])


def _frame(table: str, data: pa.Table) -> pd.DataFrame:
    if table == "terms":  # millions of rows repeating a few thousand strings: categorical, as the local cache
        for column in ("content_hash", "term"):
            data = data.set_column(data.schema.get_field_index(column), column, data[column].dictionary_encode())
        return data.to_pandas()
    return data.to_pandas(types_mapper={pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}.get)


def _done(fs, root: str) -> set[str]:
    if not fs.exists(f"{root}/done"):
        return set()
    return {path.rsplit("/", 1)[-1] for path in fs.ls(f"{root}/done", detail=False)}


def _latest_files(fs, root: str, done: set[str]) -> pd.DataFrame:
    """The files rows of the done batches, the latest per page_id (a file that changed
    has a row per content it had)."""
    paths = [p for p in fs.glob(f"{root}/files/batch=*.parquet") if _stem(p).removeprefix("batch=") in done]
    if not paths:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "size" else object) for c in FILE_COLUMNS})
    files = _read_parquet(fs, paths, FILE_SCHEMA).to_pandas()
    return files.sort_values("seen", kind="stable").drop_duplicates("page_id", keep="last")[list(FILE_COLUMNS)].reset_index(drop=True)


def _read_parquet(fs, paths: list[str], schema: pa.Schema) -> pa.Table:
    parts = []
    for path in sorted(paths):
        with fs.open(path, "rb") as source:
            parts.append(pq.read_table(source, schema=schema))
    return pa.concat_tables(parts)


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".parquet")
