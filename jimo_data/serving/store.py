"""A store served through DuckDB: filters, counts, trends, rankings and search over
the serving database (`build.py`), with bounded memory.

    from jimo_data.serving import open_store
    store = open_store("DEST")
    store.summary(filters); store.trend(["项目"], "month", filters); store.ranking("officials", filters)
    store.search("项目 开工", filters)

Answers are those of the pandas path on the same pages (tests/test_serving.py): the
same assembly rules, the same filters (`where.py`), the one definition of a hit
(`analysis/search.py`), found through the bigram index (`bigrams.py`) and verified.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .. import tables
from ..analysis.articles import untitled_label
from ..analysis.projects import STAGES
from ..analysis.query import FIELD_PARTS, Query, Term, parse_query
from ..filters import UNKNOWN
from ..ingest.store import default_cache_dir
from . import bigrams, build, where
from .layout import StoreLayout, read_layout

MEMORY_LIMIT = "1GB"  # DuckDB's own buffers; it spills to disk past this
SCAN_SHARE = 0.25  # a word with candidates in more than this share of the articles is counted by a scan (cheaper than the join)
REMEMBERED_WORDS = 32  # words whose hits per article a store keeps (at most one int pair per article each)
REMEMBERED_QUERIES = 16  # queries whose articles a store keeps (at most one int per article each)
_FREQ = {"month": ("month", "MS"), "week": ("week", "W-MON")}  # DuckDB date_trunc part, pandas frequency
# What `Store.search_page` gives of each result besides a column of hits per term looked for.
RESULT_COLUMNS = ("article_id", "date", "publication", "page_id", "kind", "headline")

_RANKINGS = {  # over `rows`, the filtered articles' rows of the table
    "officials": "SELECT name, sum(n_mentions)::BIGINT AS mentions, count(DISTINCT akey) AS articles, min(date) AS first_date, max(date) AS last_date FROM rows GROUP BY name",
    # Most project names are named once or twice: grouping by (name, article) first spares
    # a distinct count over as many groups as rows.
    "projects": """SELECT name, sum(n)::BIGINT AS mentions, count(*) AS articles, min(first) AS first_date, max(last) AS last_date
                   FROM (SELECT name, akey, count(*) AS n, min(date) AS first, max(date) AS last FROM rows GROUP BY name, akey) GROUP BY name""",
    "bylines": "SELECT name, count(DISTINCT akey) AS articles, min(date) AS first_date, max(date) AS last_date FROM rows GROUP BY name",
}


# A project's stages reached, each once, in lifecycle order (the projects page's `stages`).
_STAGES_REACHED = f""",
    stages AS (SELECT name, string_agg(status, '、' ORDER BY list_position({list(STAGES)}, status)) AS stages
               FROM (SELECT DISTINCT name, status FROM rows WHERE status <> '') GROUP BY name)
    SELECT name, mentions, articles, coalesce(stages, '') AS stages, first_date, last_date
    FROM ranked LEFT JOIN stages USING (name)"""


# A person's roles and outlets, each once, in the order the bylines table first gives them.
_FIRST_SEEN = """,
    roles AS (SELECT name, string_agg(role, '、' ORDER BY first_at) AS roles
              FROM (SELECT name, role, min(ord) AS first_at FROM rows GROUP BY name, role) GROUP BY name),
    outlets AS (SELECT name, string_agg(outlet, '、' ORDER BY first_at) FILTER (outlet <> '') AS outlets
                FROM (SELECT name, outlet, min(ord) AS first_at FROM rows GROUP BY name, outlet) GROUP BY name)
    SELECT name, roles, coalesce(outlets, '') AS outlets, articles, first_date, last_date
    FROM ranked JOIN roles USING (name) JOIN outlets USING (name)"""
_AFTER_RANKING = {"bylines": _FIRST_SEEN, "projects": _STAGES_REACHED}  # what a ranking adds to its rows


def serving_version() -> str:
    """A hash of the code that builds the database and of the column contract: a
    changed rule builds a new database instead of serving a stale one."""
    digest = hashlib.sha256(tables.CONTRACT_VERSION.encode())
    for module in (build, bigrams):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:12]


def open_store(dest: str | os.PathLike, cache_dir: str | os.PathLike | None = None, memory_limit: str = MEMORY_LIMIT) -> Store:
    """The store at `dest`, its serving database built first when this set of batches
    has none (under the cache folder, like the snapshots of `load_corpus`)."""
    layout = read_layout(dest)
    folder = (Path(cache_dir) if cache_dir else default_cache_dir()) / "serving"
    folder.mkdir(parents=True, exist_ok=True)
    store_id = hashlib.sha1(str(layout.root).encode()).hexdigest()[:16]
    path = folder / f"{store_id}-{layout.signature}-{serving_version()}.duckdb"
    if not path.exists():
        build.build_database(layout, path, memory_limit)
        for older in folder.glob(f"{store_id}-*.duckdb"):  # a process serving one keeps reading it (unlinked, not gone)
            if older != path:
                older.unlink(missing_ok=True)
    return Store(layout, path, memory_limit)


def _hits_sql(parts: tuple[str, ...]) -> str:
    """Hits of `$word` in an article's parts: `string_split` cuts at non-overlapping
    occurrences from the left, exactly the occurrences a hit counts (`哈哈` once in
    `哈哈哈`), so the pieces are one more than the hits."""
    return " + ".join(f"len(string_split(coalesce({p}, ''), $word)) - 1" for p in parts)


class Store:
    def __init__(self, layout: StoreLayout, path: Path, memory_limit: str):
        self.layout, self.path = layout, path
        self.con = build.connect(path, memory_limit, read_only=True)
        self.n_articles = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        self._memo: dict = {}
        self._counted: dict[tuple[str, tuple[str, ...]], pd.DataFrame] = {}  # word, parts -> (akey, hits), oldest first
        self._queries: dict[Query, np.ndarray] = {}  # query -> its sorted akeys, oldest first

    def close(self) -> None:
        self.con.close()

    def sql(self, query: str, params: dict | None = None, arrow: dict[str, pa.Table] | None = None) -> pd.DataFrame:
        """A query's result, on a cursor of its own (so threads can share the store)."""
        cursor = self.con.cursor()
        try:
            for name, table in (arrow or {}).items():
                cursor.register(name, table)
            return cursor.execute(query, params or {}).df()
        finally:
            cursor.close()

    # -- tables ---------------------------------------------------------------------
    def table(self, name: str, filters=None) -> pd.DataFrame:
        """A whole assembled table with the contract's columns (terms: `article_id`,
        `term`, `count`), restricted to the filtered articles (pages: those holding
        one); in memory, so for exports and tests, not for a whole province."""
        if name == "notes":  # notes come from corrections.toml, which a store does not apply
            return tables.conform("notes", None)
        selected, params, arrow = self._selected(filters)
        kept = "true" if filters is None or not filters.active else "akey IN (SELECT akey FROM sel)"
        if name == "terms":
            query = f"SELECT a.article_id, t.term, t.count FROM (SELECT * FROM terms WHERE {kept}) t JOIN articles a USING (akey) ORDER BY t.akey"
        elif name == "pages":
            pages = "true" if kept == "true" else f"page_id IN (SELECT page_id FROM articles WHERE {kept})"
            query = f"SELECT * FROM pages WHERE {pages} ORDER BY page_id"
        else:
            query = f"SELECT * FROM {name} WHERE {kept} ORDER BY {'akey, ord' if name in build.ITEM_TABLES else 'akey'}"
        return tables.conform(name, self.sql(f"WITH sel AS ({selected}) {query}", params, arrow))  # the contract's columns only

    def memo(self, key: str, compute):
        """A value computed once (the filter registry's choices: `parse_params(params, store)`)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def select(self, filters) -> StoreSelection:
        return StoreSelection(self, filters)

    # -- selections -----------------------------------------------------------------
    def _selected(self, filters, columns: str = "a.akey", also: str = "") -> tuple[str, dict, dict]:
        """`SELECT columns FROM articles a WHERE …` for the filters (and the predicate
        `also`), its parameters and the Arrow tables it reads."""
        found = where.clauses(filters, self) if filters is not None else []
        predicates = [c.sql for c in found] + ([also] if also else [])
        sql = f"SELECT {columns} FROM articles a" + (" WHERE " + " AND ".join(predicates) if predicates else "")
        params = {k: v for c in found for k, v in c.params.items()}
        arrow = {k: v for c in found for k, v in c.tables.items()}
        return sql, params, arrow

    def summary(self, filters=None) -> dict:
        """The figures of `analysis.summary_figures` for the filtered articles (the
        pages are those holding one of them; all pages when nothing is filtered)."""
        selected, params, arrow = self._selected(filters, "a.akey, a.page_id, a.kind")
        pages = "pages" if filters is None or not filters.active else "(SELECT * FROM pages WHERE page_id IN (SELECT page_id FROM sel))"
        figures = self.sql(
            f"""
            WITH sel AS ({selected}), p AS (SELECT * FROM {pages}),
            issues AS (SELECT max(issue_no) AS issue_no FROM p WHERE date IS NOT NULL
                       GROUP BY publication, date, CASE WHEN publication = '' THEN page_id ELSE '' END),
            b AS (SELECT * FROM bylines WHERE akey IN (SELECT akey FROM sel)),
            o AS (SELECT * FROM officials WHERE akey IN (SELECT akey FROM sel)),
            j AS (SELECT * FROM projects WHERE akey IN (SELECT akey FROM sel))
            SELECT
                (SELECT count(*) FROM p) AS pages,
                (SELECT count(*) FROM p WHERE date IS NULL) AS undated_pages,
                (SELECT count(*) FROM p WHERE publication = '') AS unknown_pub_pages,
                (SELECT count(*) FROM issues) AS issues,
                (SELECT count(issue_no) FROM issues) AS numbered_issues,
                (SELECT min(date) FROM p) AS first_date,
                (SELECT max(date) FROM p) AS last_date,
                (SELECT count(*) FILTER (kind = 'article') FROM sel) AS articles,
                (SELECT count(*) FILTER (kind = 'caption') FROM sel) AS captions,
                (SELECT count(*) FROM b) AS credits,
                (SELECT count(DISTINCT name) FROM b) AS people_credited,
                (SELECT count(DISTINCT name) FILTER (role = 'reporter') FROM b) AS reporters,
                (SELECT count(*) FROM o) AS official_mentions,
                (SELECT count(DISTINCT name) FROM o) AS officials,
                (SELECT count(*) FROM j) AS project_mentions,
                (SELECT count(DISTINCT name) FROM j) AS projects
            """,
            params,
            arrow,
        ).iloc[0]
        return {k: (v if k.endswith("_date") else int(v)) for k, v in figures.items()}

    def ranking(self, what: str, filters=None, n: int | None = None, reached: tuple[str, ...] = ()) -> pd.DataFrame:
        """Officials, bylines or projects of the filtered articles by articles (then
        name); terms by occurrences (then term). Bylines carry their roles and outlets
        in order of first appearance, as `analysis.byline_ranking`; projects the stages
        their mentions report, in lifecycle order, and with `reached` only those a mention
        reports at one of those stages (the projects page's `status`)."""
        selected, params, arrow = self._selected(filters)
        limit = f" LIMIT {int(n)}" if n else ""
        if what == "terms":
            query = f"""WITH sel AS ({selected})
                SELECT term, sum(count)::BIGINT AS count FROM terms WHERE akey IN (SELECT akey FROM sel)
                GROUP BY term ORDER BY count DESC, term{limit}"""
        else:
            reached = reached if what == "projects" else ()
            narrowed = " WHERE name IN (SELECT name FROM rows WHERE list_contains($reached, status))" if reached else ""
            params = {**params, "reached": list(reached)} if reached else params
            query = f"""WITH sel AS ({selected}), rows AS (SELECT * FROM {what} WHERE akey IN (SELECT akey FROM sel)),
                ranked AS ({_RANKINGS[what]}){_AFTER_RANKING.get(what, "SELECT * FROM ranked")}{narrowed}
                ORDER BY articles DESC, name{limit}"""
        return self.sql(query, params, arrow)

    # -- the dashboard's questions (docs/store.md, "The dashboard over a store") -------
    def choices(self, table: str, column: str, ranked: bool, unknown_choice: bool) -> list[str]:
        """A filter's choices as `filters.KnownValues.choices` gives them, counted in
        SQL: ranked by rows (ties by value) or sorted; `unknown_choice` adds UNKNOWN
        when some row's value is empty. A table the store lacks (notes) offers none."""
        if table not in build.ITEM_TABLES + ("pages", "articles"):
            return []
        order = "count(*) DESC, value" if ranked else "value"
        rows = self.sql(f"SELECT {column} AS value, count(*) AS n FROM {table} GROUP BY value ORDER BY {order}")
        named = [v for v in rows["value"] if v]
        return named + [UNKNOWN] if unknown_choice and (rows["value"] == "").any() else named

    def described(self, table: str, column: str, described_by: str) -> dict[str, str]:
        """Each value with its `described_by` values beside it (`孙杰（即墨区）`), as
        `filters.KnownValues.shown`."""
        rows = self.sql(
            f"""SELECT {column} AS value, string_agg({described_by}, '、' ORDER BY {described_by}) AS described
                FROM (SELECT DISTINCT {column}, {described_by} FROM {table} WHERE {column} <> '' AND {described_by} <> '')
                GROUP BY value"""
        )
        return {value: f"{value}（{described}）" for value, described in zip(rows["value"], rows["described"])}

    def undated(self, filters) -> int:
        """How many articles without a date the date bounds decide about (those every
        other filter keeps), as `filters.undated_count`."""
        if filters.undated == "only" or not (filters.date_from or filters.date_to):
            return 0
        selected, params, arrow = self._selected(dataclasses.replace(filters, undated="only"))
        return int(self.sql(f"SELECT count(*) AS n FROM ({selected})", params, arrow)["n"].iloc[0])

    def per_month(self, filters=None) -> pd.DataFrame:
        """Articles per month of the filtered dated articles (captions are none, as in the
        summary's figure): month, articles."""
        selected, params, arrow = self._selected(
            filters, "date_trunc('month', a.date) AS month", "a.date IS NOT NULL AND a.kind = 'article'"
        )
        return self.sql(f"SELECT month, count(*) AS articles FROM ({selected}) GROUP BY month ORDER BY month", params, arrow)

    def search_page(self, query: str, filters=None, offset: int = 0, limit: int = 50) -> tuple[int, pd.DataFrame]:
        """How many filtered articles the query keeps, and `limit` of them from
        `offset`, newest first, with the hits of each term looked for counted on
        those rows only: counting every result's hits reads every result's text."""
        parsed = parse_query(query)
        keys = self.query_keys(parsed)
        columns = ", ".join(f"a.{column}" for column in ("akey", *RESULT_COLUMNS))
        selected, params, arrow = self._selected(filters, columns, "a.akey IN (SELECT akey FROM found)" if keys is not None else "")
        if keys is not None:
            arrow = {**arrow, "found": pa.table({"akey": keys.astype(np.int32)})}
        total = int(self.sql(f"SELECT count(*) AS n FROM ({selected})", params, arrow)["n"].iloc[0])
        shown = self.sql(
            f"SELECT * FROM ({selected}) ORDER BY date DESC NULLS LAST, akey LIMIT {int(limit)} OFFSET {int(offset)}", params, arrow
        )
        for term in parsed.terms:
            shown[term.label] = self._term_hits(term, shown["akey"].to_numpy(), self._counted_on)
        return total, self._titled(shown).drop(columns=["akey"])

    def _titled(self, shown: pd.DataFrame) -> pd.DataFrame:
        """The rows with an untitled item (a caption) listed by its first words, as the folder's reader lists it."""
        untitled = shown["headline"] == ""
        if not untitled.any():
            return shown
        keys = shown.loc[untitled, "akey"].to_numpy()
        bodies = self.sql(
            "SELECT akey, body FROM articles WHERE akey IN (SELECT akey FROM untitled)",
            {},
            {"untitled": pa.table({"akey": keys.astype(np.int32)})},
        )
        labels = untitled_label(bodies.set_index("akey")["body"])
        return shown.assign(headline=shown["headline"].mask(untitled, shown["akey"].map(labels)))

    def _counted_on(self, word: str, parts: tuple[str, ...], keys: np.ndarray) -> pd.DataFrame:
        """(akey, hits) of the word counted on these articles' text only: a page of
        results, not every article holding the word."""
        return self.sql(
            f"SELECT akey, ({_hits_sql(parts)})::BIGINT AS hits FROM articles WHERE akey IN (SELECT akey FROM shown)",
            {"word": word},
            {"shown": pa.table({"akey": keys.astype(np.int32)})},
        )

    def article(self, article_id: str) -> dict | None:
        """One article's row of `articles` (its whole text) with its page's fields and
        its bylines and officials, each a frame; None for an id the store lacks."""
        found = self.sql(
            """SELECT a.*, p.section, p.page_no, p.issue_no FROM articles a JOIN pages p USING (page_id)
               WHERE a.article_id = $id""",
            {"id": article_id},
        )
        if found.empty:
            return None
        row = found.iloc[0].to_dict()
        for table in ("bylines", "officials"):
            row[table] = self.sql(f"SELECT * FROM {table} WHERE akey = $akey ORDER BY ord", {"akey": int(row["akey"])})
        return row

    # -- hits -----------------------------------------------------------------------
    def word_keys(self, word: str, parts: tuple[str, ...]) -> np.ndarray:
        """The sorted akeys of the articles with a hit of the word in these parts. A
        two-character word in the whole text is its own bigram, so the index alone
        answers; any other word is counted on its candidates (`counted`)."""
        if len(word) == 2 and set(parts) == set(bigrams.TEXT_PARTS):
            return self._candidates(word)
        return self.counted(word, parts)["akey"].to_numpy(dtype=np.int64)

    def _candidates(self, word: str) -> np.ndarray | None:
        cursor = self.con.cursor()
        try:
            return bigrams.candidates(cursor, word)
        finally:
            cursor.close()

    def counted(self, word: str, parts: tuple[str, ...] = bigrams.TEXT_PARTS) -> pd.DataFrame:
        """(akey, hits) of every article with a hit of the word in these parts, in akey
        order: counted on the bigram index's candidates (every article for a word of
        one character, which has no bigram). The last few words asked are remembered,
        so a filter change regroups them without reading text again."""
        key = (word, parts)
        if key not in self._counted:
            found = self._candidates(word)
            few = found is not None and len(found) < self.n_articles * SCAN_SHARE
            scope = "akey IN (SELECT akey FROM cand)" if few else "true"
            arrow = {"cand": pa.table({"akey": found.astype(np.int32)})} if few else {}
            self._counted[key] = self.sql(
                f"""SELECT akey, hits FROM (SELECT akey, ({_hits_sql(parts)})::BIGINT AS hits FROM articles WHERE {scope})
                    WHERE hits > 0 ORDER BY akey""",
                {"word": word},
                arrow,
            )
            while len(self._counted) > REMEMBERED_WORDS:
                self._counted.pop(next(iter(self._counted)))
        return self._counted[key]

    def _keys(self, query: str, params: dict | None = None, arrow: dict | None = None) -> np.ndarray:
        return self.sql(query, params, arrow)["akey"].to_numpy(dtype=np.int64)

    def term_keys(self, term: Term) -> np.ndarray:
        if term.field == "byline":
            return self._keys("SELECT DISTINCT akey FROM bylines WHERE name = $word ORDER BY akey", {"word": term.text})
        return self.word_keys(term.text, FIELD_PARTS[term.field])

    def query_keys(self, query: str | Query) -> np.ndarray | None:
        """The sorted akeys of the articles a query (search syntax) keeps; None for an
        empty query. The same structure as `analysis.query.query_mask`."""
        query = parse_query(query) if isinstance(query, str) else query
        if not query:
            return None
        if query not in self._queries:  # every page of a dashboard run asks for the same query's articles
            self._queries[query] = self._query_keys(query)
            while len(self._queries) > REMEMBERED_QUERIES:
                self._queries.pop(next(iter(self._queries)))
        return self._queries[query]

    def _query_keys(self, query: Query) -> np.ndarray:
        kept = np.arange(self.n_articles, dtype=np.int64)
        for clause in query.clauses:
            either = self.term_keys(clause[0])
            for term in clause[1:]:
                either = np.union1d(either, self.term_keys(term))
            kept = np.intersect1d(kept, either, assume_unique=True)
        for term in query.excluded:
            kept = np.setdiff1d(kept, self.term_keys(term), assume_unique=True)
        return kept

    def hits(self, word: str, keys: np.ndarray | None = None, parts: tuple[str, ...] = bigrams.TEXT_PARTS) -> pd.DataFrame:
        """(akey, hits) of the articles with a hit of the word (among `keys`)."""
        counted = self.counted(word, parts)
        return counted if keys is None else counted[np.isin(counted["akey"].to_numpy(), keys)]

    def search(self, query: str, filters=None) -> pd.DataFrame:
        """The filtered articles the query keeps (in article order) with their ids,
        date, publication and headline, and a column per term looked for: its hits,
        as `analysis.query_hits` counts them."""
        parsed = parse_query(query)
        keys = self.query_keys(parsed)
        selected, params, arrow = self._selected(filters, "a.akey, a.article_id, a.page_id, a.date, a.publication, a.kind, a.headline")
        arrow = {**arrow, "found": pa.table({"akey": (keys if keys is not None else np.zeros(0)).astype(np.int32)})}
        results = self.sql(
            f"SELECT * FROM ({selected}) s WHERE {'akey IN (SELECT akey FROM found)' if keys is not None else 'true'} ORDER BY akey",
            params,
            arrow,
        )
        for term in parsed.terms:
            results[term.label] = self._term_hits(term, results["akey"].to_numpy())
        return results.drop(columns=["akey"])

    def _term_hits(self, term: Term, keys: np.ndarray, count=None) -> np.ndarray:
        """The term's hits in each of these articles (0 where none); `count(word, parts,
        keys)` gives (akey, hits), by default from the words the store remembers."""
        if term.field == "byline":
            return np.isin(keys, self.term_keys(term)).astype(np.int64)
        counted = (count or self.hits)(term.text, parts=FIELD_PARTS[term.field], keys=keys)
        return pd.Series(counted["hits"].to_numpy(), index=counted["akey"]).reindex(keys, fill_value=0).to_numpy(dtype=np.int64)

    # -- trends ---------------------------------------------------------------------
    def trend(self, terms: list[str], per: str = "month", filters=None) -> pd.DataFrame:
        """Hits of each term per month or week of the filtered dated articles, as
        `analysis.term_trend`: period, term, count, per_10k_chars, articles; a period
        between the first and the last with no articles has count and rate missing."""
        part, freq = _FREQ[per]
        selected, params, arrow = self._selected(
            filters, f"a.akey, date_trunc('{part}', a.date) AS period, a.text_chars", "a.date IS NOT NULL"
        )
        periods = self.sql(
            f"WITH sel AS ({selected}) SELECT period, sum(text_chars)::BIGINT AS chars, count(*) AS articles FROM sel GROUP BY period ORDER BY period",
            params,
            arrow,
        ).set_index("period")
        counts = {}
        for term in terms:
            counted = self.hits(term)
            per_period = self.sql(
                f"WITH sel AS ({selected}) SELECT period, sum(h.hits)::BIGINT AS hits FROM sel JOIN counted h USING (akey) GROUP BY period",
                params,
                {**arrow, "counted": pa.Table.from_pandas(counted, preserve_index=False)},
            ).set_index("period")["hits"]
            counts[term] = per_period.reindex(periods.index, fill_value=0)
        return _long_trend(periods, counts, terms, freq)


def _long_trend(periods: pd.DataFrame, counts: dict[str, pd.Series], terms: list[str], freq: str) -> pd.DataFrame:
    grouped = pd.DataFrame(counts, index=periods.index).assign(chars=periods["chars"], articles=periods["articles"])
    if len(grouped):
        grouped = grouped.reindex(pd.date_range(grouped.index.min(), grouped.index.max(), freq=freq))
    grouped.index.name = "period"
    long = grouped[terms].stack(future_stack=True).rename("count").reset_index()
    long.columns = ["period", "term", "count"]
    long["count"] = long["count"].astype("Int64")
    chars = long["period"].map(grouped["chars"]).astype(float).replace(0, np.nan)
    long["per_10k_chars"] = (long["count"].astype(float) / chars * 10_000).fillna(0.0).where(long["count"].notna())
    long["articles"] = long["period"].map(grouped["articles"].fillna(0)).astype(np.int64).to_numpy()
    return long


class StoreSelection:
    """The filtered tables of a store under the names of `filters.Selection`, each read
    on first use: what `jimo export --store` writes."""

    def __init__(self, store: Store, filters):
        self.store, self.filters = store, filters

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name not in tables.TABLES:
            raise AttributeError(name)
        frame = self.store.table(name, self.filters)
        setattr(self, name, frame)
        return frame
