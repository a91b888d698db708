"""Analyses over the corpus tables: officials' careers, issue gaps, keyness, concordance.

All functions take and return DataFrames and never touch files, so that a notebook,
the CLI and the dashboard compute the same thing.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse

_CORES = os.cpu_count() or 1
_POOL = ThreadPoolExecutor(_CORES, thread_name_prefix="jimo-search")

TIMELINE_COLUMNS = ["name", "office", "titles", "first_date", "last_date", "n_mentions", "n_articles", "article_ids"]


def officials_timeline(officials: pd.DataFrame) -> pd.DataFrame:
    """One row per (person, office): first and last dated mention, mentions, articles.

    A mention whose office is unresolved (a bare `曾赞荣书记`) takes the office the same
    person holds in other mentions of the same year, when there is exactly one.
    """
    if officials.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in TIMELINE_COLUMNS})
    rows = officials[["name", "office", "title", "date", "n_mentions", "article_id"]].copy()
    rows["office"] = _resolve_bare_offices(rows)
    keys = ["name", "office"]
    timeline = rows.groupby(keys, sort=False).agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("n_mentions", "sum"), n_articles=("article_id", "nunique")
    )
    timeline["titles"] = rows.drop_duplicates([*keys, "title"]).groupby(keys, sort=False)["title"].agg("；".join)
    timeline["article_ids"] = rows.drop_duplicates([*keys, "article_id"]).groupby(keys, sort=False)["article_id"].agg(";".join)
    timeline = timeline.reset_index().astype({"n_mentions": "Int64", "n_articles": "Int64"})
    return timeline.sort_values(["name", "first_date", "office"], na_position="last").reset_index(drop=True)[TIMELINE_COLUMNS]


def _resolve_bare_offices(rows: pd.DataFrame) -> pd.Series:
    bare = rows["office"] == ""
    if not bare.any():
        return rows["office"]
    year = rows["date"].dt.year
    known = rows[~bare & rows["name"].isin(rows.loc[bare, "name"])].assign(year=year)
    offices = known.groupby(["name", "year"])["office"].agg(["first", "nunique"])
    single = offices.loc[offices["nunique"] == 1, "first"].to_dict()
    resolved = [single.get((name, y), "") for name, y in zip(rows.loc[bare, "name"], year[bare])]
    office = rows["office"].copy()
    office[bare] = resolved
    return office


def issue_gaps(pages: pd.DataFrame, publication: str | None = None) -> pd.DataFrame:
    """Missing issue numbers between consecutive issues held: from, to, missing count."""
    held = pages.dropna(subset=["issue_no"])
    if publication:
        held = held[held["publication"] == publication]
    numbers = sorted(set(int(n) for n in held["issue_no"]))
    gaps = [(a, b, b - a - 1) for a, b in zip(numbers, numbers[1:]) if b - a > 1]
    return pd.DataFrame(gaps, columns=["after_issue", "before_issue", "n_missing"]).astype("Int64")


def term_totals(terms: pd.DataFrame) -> pd.Series:
    """Occurrences of every term in a `terms` table, most frequent first."""
    if not isinstance(terms["term"].dtype, pd.CategoricalDtype):
        terms = terms.astype({"term": "category"})
    return totals_by_term(terms, counts_by_code(terms, "term"))


def counts_by_code(terms: pd.DataFrame, column: str) -> np.ndarray:
    """Term occurrences summed per category code of a categorical column of `terms`."""
    return np.bincount(terms[column].array.codes, weights=terms["count"].to_numpy(), minlength=len(terms[column].cat.categories))


def totals_by_term(terms: pd.DataFrame, code_counts: np.ndarray) -> pd.Series:
    """Counts per category code of `terms["term"]` as a Series by term, without zeros,
    most frequent first."""
    totals = pd.Series(code_counts.astype(np.int64), index=terms["term"].cat.categories.astype(str), name="count")
    totals.index.name = "term"
    return totals[totals > 0].sort_values(ascending=False, kind="stable")


@dataclass(frozen=True)
class TermMatrix:
    """The terms table as a sparse matrix, sharing its memory: a row per run of rows of
    one article (the loader writes an article's rows together, so a row per article),
    a column per term code. Summing a selection's terms is then a sparse product in C
    over the twelve million rows of an archive, 10 ms, with no temporary copies."""

    by_article: sparse.csr_array
    article_codes: np.ndarray  # code of `terms["article_id"]` of each matrix row

    def totals(self, wanted_articles: np.ndarray) -> np.ndarray:
        """Counts per term code over the articles wanted (a boolean per article code)."""
        picked = wanted_articles[self.article_codes].astype(self.by_article.dtype)
        return self.by_article.T @ picked

    def rows(self, wanted_articles: np.ndarray) -> np.ndarray:
        """Positions in the terms table of the rows of the articles wanted."""
        picked = wanted_articles[self.article_codes]
        starts, ends = self.by_article.indptr[:-1][picked], self.by_article.indptr[1:][picked]
        lengths = (ends - starts).astype(np.int64)
        within = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return np.repeat(starts.astype(np.int64), lengths) + within


def term_matrix(corpus) -> TermMatrix:
    """The corpus's `TermMatrix`, built once."""

    def build() -> TermMatrix:
        terms = corpus.terms
        articles = terms["article_id"].array.codes
        starts = np.flatnonzero(np.r_[True, articles[1:] != articles[:-1]]) if len(articles) else np.zeros(0, np.int64)
        index_type = np.int32 if len(articles) < 2**31 else np.int64  # the codes' own type: no copy
        matrix = sparse.csr_array(
            (terms["count"].to_numpy(), terms["term"].array.codes.astype(index_type, copy=False), np.r_[starts, len(articles)].astype(index_type)),
            shape=(len(starts), len(terms["term"].cat.categories)),
            copy=False,
        )
        return TermMatrix(matrix, articles[starts])

    return corpus.memo("term_matrix", build)


def keyness(target: pd.Series, reference: pd.Series, top: int = 30, min_count: int = 2) -> pd.DataFrame:
    """Terms over-represented in `target` against `reference` (term -> count Series, as
    from `term_totals`), by Dunning's log-likelihood (G²), with the log ratio of relative
    frequencies as effect size."""
    columns = ["term", "count", "reference_count", "per_10k", "reference_per_10k", "log_ratio", "g2"]
    total_a, total_b = int(target.sum()), int(reference.sum())
    if total_a == 0:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({"count": target.astype("int64")})
    frame.index = frame.index.astype(str)
    reference = reference.copy()
    reference.index = reference.index.astype(str)
    frame["reference_count"] = reference.reindex(frame.index).fillna(0).astype("int64")
    frame = frame[frame["count"] >= min_count]
    frame["per_10k"] = frame["count"] / total_a * 10_000
    frame["reference_per_10k"] = frame["reference_count"] / total_b * 10_000 if total_b else 0.0
    a, b = frame["count"].to_numpy(float), frame["reference_count"].to_numpy(float)
    frame["g2"] = _g2(a, b, total_a, total_b)
    frame["log_ratio"] = np.log2(((a + 0.5) / total_a) / ((b + 0.5) / total_b)) if total_b else np.nan
    over = frame[frame["log_ratio"].fillna(1) > 0] if total_b else frame
    return over.sort_values(["g2", "count"], ascending=False).head(top).reset_index()[columns]


def _g2(a: np.ndarray, b: np.ndarray, total_a: int, total_b: int) -> np.ndarray:
    """Dunning's log-likelihood for a 2x2 table per term (0·ln 0 taken as 0)."""
    expected_a = total_a * (a + b) / (total_a + total_b)
    expected_b = total_b * (a + b) / (total_a + total_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_a = np.where(a > 0, a * np.log(a / expected_a), 0.0)
        part_b = np.where(b > 0, b * np.log(b / expected_b), 0.0)
    return 2 * (part_a + part_b)


def concordance(articles: pd.DataFrame, term: str, width: int = 20, limit: int = 500, among: np.ndarray | None = None) -> pd.DataFrame:
    """Keyword in context: occurrences of `term` in the articles' bodies (only in the
    rows marked by `among`, when given), at most `limit`."""
    rows = []
    if term:
        pattern = re.compile(re.escape(term))
        hits = contains(articles["body"], term)
        if among is not None:
            hits &= among
        for position in np.flatnonzero(hits):
            row = articles.iloc[position]
            body = row["body"]
            for match in pattern.finditer(body):
                left = body[max(0, match.start() - width) : match.start()].replace("\n", " ")
                right = body[match.end() : match.end() + width].replace("\n", " ")
                rows.append((row["article_id"], row["date"], row["headline"], left, term, right))
                if len(rows) >= limit:
                    break
            if len(rows) >= limit:
                break
    return pd.DataFrame(rows, columns=["article_id", "date", "headline", "left", "keyword", "right"])


def search_articles(articles: pd.DataFrame, query: str) -> pd.Series:
    """A boolean mask: articles whose kicker, headline, subheadline or body contain every
    space-separated word of the query (plain substring match, no regex)."""
    mask = np.ones(len(articles), dtype=bool)
    for word in query.split():
        hit = np.zeros(len(articles), dtype=bool)
        for column in ("headline", "kicker", "subheadline", "body"):
            hit |= contains(articles[column], word)
        mask &= hit
    return pd.Series(mask, index=articles.index)


def contains(values: pd.Series, word: str) -> np.ndarray:
    """Literal substring test in Arrow, split over the machine's cores (Arrow releases
    the GIL): a whole archive's bodies are some 150 MB of text. The word goes to RE2
    escaped, not to Arrow's plain substring kernel: same answers, 3 to 20 times faster
    on Chinese text (RE2 skips ahead with memchr, the plain kernel steps byte by byte)."""
    pattern = re.escape(word)
    return _over_cores(values, lambda part: pc.match_substring_regex(part, pattern)).astype(bool)


def count_occurrences(values: pd.Series, word: str) -> np.ndarray:
    """How often `word` occurs in each value (literal, non-overlapping), like `contains`."""
    pattern = re.escape(word)
    return _over_cores(values, lambda part: pc.count_substring_regex(part, pattern)).astype(np.int64)


def _over_cores(values: pd.Series, kernel) -> np.ndarray:
    chunked = values.astype("string").array.__arrow_array__()
    n = len(chunked)
    if n == 0:
        return np.zeros(0)
    parts = min(_CORES, max(1, n // 20_000))
    slices = [chunked.slice(i * n // parts, (i + 1) * n // parts - i * n // parts) for i in range(parts)]

    def run(part) -> np.ndarray:
        return np.asarray(kernel(part).to_numpy(zero_copy_only=False))

    return np.concatenate(list(map(run, slices)) if parts == 1 else list(_POOL.map(run, slices)))


def project_summary(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per named project: latest status, first and last mention, mentions."""
    columns = ["name", "latest_status", "first_date", "last_date", "n_mentions", "n_articles"]
    if projects.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    ordered = projects.sort_values("date", kind="stable")
    with_status = ordered[ordered["status"] != ""]
    latest = with_status.groupby("name")["status"].last()
    summary = ordered.groupby("name").agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    summary["latest_status"] = latest.reindex(summary.index).fillna("")
    summary = summary.reset_index().sort_values(["last_date", "n_mentions", "name"], ascending=[False, False, True])
    return summary[columns].reset_index(drop=True)


def co_occurrence(rows: pd.DataFrame) -> pd.DataFrame:
    """Pairs of names that share articles (`rows` has article_id and name): a, b, articles."""
    people = rows[["article_id", "name"]].drop_duplicates().astype({"article_id": str})
    pairs = people.merge(people, on="article_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["name_a"] < pairs["name_b"]]
    together = pairs.groupby(["name_a", "name_b"]).size().rename("articles").reset_index()
    together.columns = ["a", "b", "articles"]
    return together.sort_values(["articles", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def article_names(corpus) -> pd.DataFrame:
    """Per article: its bylines and the officials it names, each joined with 、
    (grouped in Arrow: a whole archive has some 70,000 articles)."""

    def joined(table: pd.DataFrame) -> pd.Series:
        people = pa.table({"article_id": table["article_id"].astype(str).to_numpy(), "name": table["name"].astype(str).to_numpy()})
        grouped = people.group_by("article_id", use_threads=False).aggregate([("name", "distinct")])
        names = pc.binary_join(grouped["name_distinct"], "、")
        return pd.Series(names.to_numpy(zero_copy_only=False), index=grouped["article_id"].to_numpy(zero_copy_only=False))

    return corpus.memo(
        "article_names",
        lambda: pd.DataFrame({"bylines": joined(corpus.bylines), "officials": joined(corpus.officials)}).reindex(corpus.articles["article_id"]).fillna(""),
    )


def article_term_totals(corpus) -> pd.Series:
    """Per article_id: how many counted terms it has (the denominator of rates)."""

    def compute() -> pd.Series:
        categories = corpus.terms["article_id"].cat.categories.astype(str)
        return pd.Series(counts_by_code(corpus.terms, "article_id"), index=categories).reindex(corpus.articles["article_id"]).fillna(0)

    return corpus.memo("article_term_totals", compute)


def corpus_term_totals(corpus) -> pd.Series:
    return corpus.memo("term_totals", lambda: term_totals(corpus.terms))


def term_occurrences(corpus, term: str) -> np.ndarray:
    """Occurrences of `term` in each article of the corpus (kicker, headline, subheadline,
    body), aligned with `corpus.articles`; remembered for the last 64 terms asked, so a
    filter change only regroups them."""
    cache = corpus.memo("term_occurrences", dict)
    if term not in cache:
        if len(cache) >= 64:
            cache.pop(next(iter(cache)))
        articles = corpus.articles
        cache[term] = sum(count_occurrences(articles[column], term) for column in ("kicker", "headline", "subheadline", "body"))
    return cache[term]
