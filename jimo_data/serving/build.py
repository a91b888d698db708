"""The serving database: a store's parse assembled into the tables of the data model,
in SQL, with the same rules as `jimo_data/ingest/assemble.py`, plus the bigram index
(`bigrams.py`). Built once per set of done batches into one DuckDB file (a new file,
then a rename: a reader never sees half of one); DuckDB spills to disk under its memory
limit, so building needs no more memory than serving.

Every article gets `akey`, its position in the pandas path's order (page_id, seq):
item rows, terms and the index refer to articles by it, an integer join.
"""

from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from .. import tables
from .bigrams import build_index
from .layout import PARSED_TABLES, StoreLayout

SQL_TYPES = {tables.STR: "VARCHAR", tables.INT: "BIGINT", tables.DATE: "TIMESTAMP", tables.CAT: "VARCHAR", tables.INT32: "INTEGER"}
ITEM_TABLES = ("bylines", "officials", "projects")
log = logging.getLogger("jimo_data.serving")


def connect(path: Path | str, memory_limit: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection bounded by `memory_limit`, spilling beside the database."""
    con = duckdb.connect(str(path), read_only=read_only)
    spill = Path(str(path) + ".spill")
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = {_quoted(str(spill))}")
    con.execute("SET preserve_insertion_order = true")
    con.execute(f"SET threads = {os.cpu_count() or 1}")
    return con


def build_database(layout: StoreLayout, path: Path, memory_limit: str) -> None:
    """Write the serving database of this store to `path` (atomically)."""
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    tmp.unlink(missing_ok=True)
    con = connect(tmp, memory_limit)
    steps = [("pages", PAGES_SQL), ("articles", ARTICLES_SQL), *((table, _items_sql(table)) for table in ITEM_TABLES), ("terms", TERMS_SQL)]
    try:
        if not layout.is_local:  # DuckDB reads the store's URLs through the store's own fsspec filesystem
            con.register_filesystem(layout.fs)
        _parsed_views(con, layout)
        for name, sql in steps:
            with _timed(name):
                con.execute(sql)
        with _timed("bigrams"):
            build_index(con)
        _drop_sources(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp.rename(path)


@contextmanager
def _timed(step: str):
    start = time.perf_counter()
    yield
    log.info("serving database: %s built in %.1f s", step, time.perf_counter() - start)


def _column_type(table: str, column: str) -> str:
    dtypes = {name: dtype for name, dtype, _ in tables.SCHEMAS[table]}
    return SQL_TYPES[dtypes[column]] if column in dtypes else "BIGINT"  # seq, which only the parse keys by


def _parsed_views(con, layout: StoreLayout) -> None:
    """`parsed_<table>` over each table's Parquet files (empty, typed, when a table has
    none), with each row's file and row number: the order the parse wrote rows in. A
    content hash in two done batches (two ingests at once) keeps the rows of the first
    batch (by id), as the store's own reader does; `store_files` keeps each page's
    latest row (a file edited between two runs has one per content)."""
    for table in PARSED_TABLES:
        files = layout.parsed(table)
        if files:
            source = (
                f"read_parquet({_list(files)}, union_by_name = true, hive_partitioning = false, filename = true, file_row_number = true)"
            )
            con.execute(f"CREATE VIEW raw_{table} AS SELECT *, regexp_extract(filename, '([^/]+)[.]parquet$', 1) AS batch FROM {source}")
        else:
            typed = ", ".join(f'CAST(NULL AS {_column_type(table, c)}) AS "{c}"' for c in tables.CACHED_COLUMNS[table])
            con.execute(f"CREATE VIEW raw_{table} AS SELECT {typed}, '' AS filename, 0::BIGINT AS file_row_number, '' AS batch WHERE false")
    con.execute("CREATE TABLE first_batch AS SELECT content_hash, min(batch) AS batch FROM raw_pages GROUP BY content_hash")
    for table in PARSED_TABLES:
        con.execute(
            f"CREATE VIEW parsed_{table} AS SELECT r.* FROM raw_{table} r JOIN first_batch f ON r.content_hash = f.content_hash AND r.batch = f.batch"
        )
    files = layout.file_lists()
    if files:
        con.execute(
            f"""CREATE VIEW store_files AS SELECT page_id, content_hash, status, problem FROM read_parquet({_list(files)}, union_by_name = true)
            QUALIFY row_number() OVER (PARTITION BY page_id ORDER BY seen DESC) = 1"""
        )
    else:
        con.execute(
            "CREATE VIEW store_files AS SELECT ''::VARCHAR AS page_id, ''::VARCHAR AS content_hash, ''::VARCHAR AS status, ''::VARCHAR AS problem WHERE false"
        )


def _drop_sources(con) -> None:
    """The views over the store's files: served tables never read the store again."""
    for table in PARSED_TABLES:
        con.execute(f"DROP VIEW parsed_{table}")
        con.execute(f"DROP VIEW raw_{table}")
    con.execute("DROP VIEW store_files")
    con.execute("DROP TABLE first_batch")


def _list(files: list[str]) -> str:
    return "[" + ", ".join(map(_quoted, files)) + "]"


def _quoted(text: str) -> str:
    """A SQL string literal (DuckDB takes no parameters for file lists and settings)."""
    return "'" + text.replace("'", "''") + "'"


def _strings(table: str, columns: list[str], source: str = "") -> str:
    """The select list of `columns`, strings never NULL (the contract's empty string)."""
    dtypes = {name: dtype for name, dtype, _ in tables.SCHEMAS[table]}
    prefix = f"{source}." if source else ""
    return ", ".join(f'coalesce({prefix}"{c}", \'\') AS "{c}"' if dtypes.get(c) == tables.STR else f'{prefix}"{c}"' for c in columns)


_PARSED_PAGE_COLUMNS = tables.PARSED_COLUMNS["pages"]

# Of the files with the same text the first path is canonical, the others duplicates
# (assemble._pages); a file that could not be read is an error row naming why.
PAGES_SQL = f"""
CREATE TABLE pages AS
WITH files AS (
    SELECT page_id, coalesce(content_hash, '') AS content_hash, status = 'error' AS unreadable, problem FROM store_files
), parsed AS (
    SELECT f.page_id, f.content_hash, {", ".join(f'p."{c}"' for c in _PARSED_PAGE_COLUMNS)}
    FROM files f LEFT JOIN parsed_pages p ON p.content_hash = f.content_hash
    WHERE NOT f.unreadable
), marked AS (
    SELECT *, first_value(page_id) OVER (PARTITION BY text_hash ORDER BY page_id) AS first_of FROM parsed
), decided AS (
    SELECT * EXCLUDE (status, problems, n_articles),
        first_of <> page_id AND coalesce(status, '') <> 'error' AS duplicate,
        CASE WHEN duplicate THEN first_of ELSE '' END AS duplicate_of,
        CASE WHEN duplicate THEN 'warning' ELSE status END AS status,
        CASE WHEN duplicate THEN 'the same text as ' || first_of || ' (its articles are counted there)' ELSE problems END AS problems,
        CASE WHEN duplicate THEN 0 ELSE n_articles END AS n_articles
    FROM marked
), unreadable AS (
    SELECT page_id, '' AS content_hash, 'error' AS status, problem AS problems, 'unknown' AS date_source FROM files WHERE unreadable
)
SELECT {_strings("pages", [c for c in tables.columns("pages") if c != "corrected"])}, '' AS corrected
FROM (SELECT * EXCLUDE (duplicate, first_of) FROM decided UNION ALL BY NAME SELECT * FROM unreadable)
ORDER BY page_id
"""

_ARTICLE_TEXT = ("kicker", "headline", "subheadline", "body")

# One row per article of a canonical page, in (page_id, seq) order; `text_chars` is the
# characters of its text parts, the denominator of hit rates (`article_chars`).
ARTICLES_SQL = f"""
CREATE TABLE articles AS
WITH canonical AS (
    SELECT page_id, content_hash, date, publication FROM pages
    WHERE duplicate_of = '' AND content_hash <> ''
    QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY page_id) = 1
), joined AS (
    SELECT c.page_id, c.page_id || '#' || a.seq AS article_id, a.* EXCLUDE (content_hash, filename, file_row_number),
        c.date, c.publication, a.content_hash
    FROM parsed_articles a JOIN canonical c ON a.content_hash = c.content_hash
)
SELECT (row_number() OVER (ORDER BY page_id, seq) - 1)::INTEGER AS akey,
    {_strings("articles", [c for c in tables.columns("articles") if c != "corrected"])}, '' AS corrected,
    content_hash, ({" + ".join(f"length(coalesce({p}, ''))" for p in _ARTICLE_TEXT)})::BIGINT AS text_chars
FROM joined ORDER BY akey
"""


def _items_sql(table: str) -> str:
    """Byline, official or project rows in article order (within an article, as parsed),
    with their article's ids and date (assemble._items)."""
    parsed = tables.PARSED_COLUMNS[table]
    own = [c for c in tables.columns(table) if c not in ("article_id", "page_id", "date") and c in parsed]
    applied = [f"'' AS {c}" for c in tables.APPLIED_COLUMNS if c in tables.columns(table)]  # set by corrections only
    select = ", ".join(["a.akey", "a.article_id", "a.page_id", _strings(table, own, "r"), "a.date", *applied])
    return f"""
    CREATE TABLE {table} AS
    SELECT {select}, (row_number() OVER (ORDER BY a.akey, r.filename, r.file_row_number) - 1)::BIGINT AS ord
    FROM parsed_{table} r JOIN articles a ON a.content_hash = r.content_hash AND a.seq = r.seq
    ORDER BY ord
    """


TERMS_SQL = """
CREATE TABLE terms AS
SELECT a.akey, r.term, r.count::INTEGER AS count
FROM parsed_terms r JOIN articles a ON a.content_hash = r.content_hash AND a.seq = r.seq
ORDER BY a.akey
"""
