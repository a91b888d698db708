"""Counting terms: totals of the `terms` table (jieba tokens) over any selection, the
sparse matrix that makes that fast, hits (`search.py`) of words per article and over a
selection, and trends of hits per period."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow.compute as pc
from scipy import sparse

from ..parsing import ARTICLE_TEXT_PARTS
from .search import hits_per_article, total_hits

TREND_PERIODS = ("month", "issue")
_REMEMBERED_TERMS = 128  # terms whose per-article hits a corpus keeps (trend, key terms, keyword in context)


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
    a column per term code. Summing a selection's terms is then one sparse product in C
    over all of an archive's term rows, with no temporary copies."""

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
            (
                terms["count"].to_numpy(),
                terms["term"].array.codes.astype(index_type, copy=False),
                np.r_[starts, len(articles)].astype(index_type),
            ),
            shape=(len(starts), len(terms["term"].cat.categories)),
            copy=False,
        )
        return TermMatrix(matrix, articles[starts])

    return corpus.memo("term_matrix", build)


def article_term_totals(corpus) -> pd.Series:
    """Per article_id: how many counted terms (jieba tokens) it has."""

    def compute() -> pd.Series:
        categories = corpus.terms["article_id"].cat.categories.astype(str)
        return pd.Series(counts_by_code(corpus.terms, "article_id"), index=categories).reindex(corpus.articles["article_id"]).fillna(0)

    return corpus.memo("article_term_totals", compute)


def corpus_term_totals(corpus) -> pd.Series:
    return corpus.memo("term_totals", lambda: term_totals(corpus.terms))


def article_chars(corpus) -> np.ndarray:
    """Per article (aligned with `corpus.articles`): the characters of its text
    (ARTICLE_TEXT_PARTS, every character counted), the denominator of hit rates."""

    def compute() -> np.ndarray:
        articles = corpus.articles
        lengths = (pc.utf8_length(articles[part].astype("string").array.__arrow_array__()) for part in ARTICLE_TEXT_PARTS)
        return sum(np.asarray(length.to_numpy(zero_copy_only=False), dtype=np.int64) for length in lengths)

    return corpus.memo("article_chars", compute)


def term_occurrences(corpus, term: str) -> np.ndarray:
    """Hits of `term` in each article of the corpus, aligned with `corpus.articles`.
    Remembered for the last hundred or so terms asked (only the articles that have
    hits, so most terms take little memory), so a filter change only regroups them."""
    remembered = corpus.memo("term_occurrences", dict)
    if term not in remembered:
        if len(remembered) >= _REMEMBERED_TERMS:
            remembered.pop(next(iter(remembered)))
        hits = hits_per_article(corpus.articles, term)
        where = np.flatnonzero(hits)
        remembered[term] = (where.astype(np.int32), hits[where].astype(np.int32))
    where, counts = remembered[term]
    dense = np.zeros(len(corpus.articles), dtype=np.int64)
    dense[where] = counts
    return dense


def selection_hits(corpus, terms: list[str], mask: np.ndarray, budget: int | None = None) -> pd.Series:
    """Hits of each term in the articles `mask` marks (a boolean per row of
    `corpus.articles`). A term the corpus remembers costs nothing. Another is counted
    by reading text: the whole corpus when most articles are marked (then it is
    remembered), else the marked articles only. Counting reads the text once per term,
    so with a `budget` (characters to read) the terms beyond it, in the order given,
    are left missing (<NA>) rather than counted."""
    remembered = corpus.memo("term_occurrences", dict)
    most = bool(mask.mean() > 0.5) if len(mask) else True
    per_term = int(article_chars(corpus)[slice(None) if most else mask].sum())
    affordable = len(terms) if budget is None else budget // max(per_term, 1)
    unknown = [term for term in dict.fromkeys(terms) if term not in remembered][:affordable]
    counted = {term: int(term_occurrences(corpus, term)[mask].sum()) for term in terms if term in remembered or (most and term in unknown)}
    if unknown and not most:
        counted |= dict(zip(unknown, total_hits(corpus.articles.loc[mask, list(ARTICLE_TEXT_PARTS)], unknown)))
    return pd.Series([counted.get(term) for term in terms], index=terms, dtype="Int64", name="hits")


def _month_periods(dates: pd.Series) -> pd.Series:
    return dates.dt.to_period("M").dt.to_timestamp()


def _issue_periods(corpus, articles: pd.DataFrame) -> pd.Series:
    issue = articles["page_id"].map(corpus.pages.set_index("page_id")["issue_no"])
    return articles["date"].dt.strftime("%Y-%m-%d") + issue.map(lambda n: f" 第{n}期" if pd.notna(n) else "")


def term_trend(corpus, articles: pd.DataFrame, terms: list[str], per: str) -> pd.DataFrame:
    """Hits of each term per period (`per`: month or issue) in these articles (rows of
    `corpus.articles`, bodies not needed), as counts and per 10,000 characters of the
    period's article text. Columns: period (a month's first day, or `2026-04-03
    第3409期`), term, count, per_10k_chars, articles.

    A period with articles and no hits is a zero. A month between the first and the
    last with no articles at all has a row with count and rate missing (a gap in the
    line, not a zero: nothing was there to find). Undated articles have no period:
    their hits are `undated_hits`."""
    period = _month_periods(articles["date"]) if per == "month" else _issue_periods(corpus, articles)
    positions = corpus.articles.index.get_indexer(articles.index)
    frame = pd.DataFrame({"period": period.to_numpy(), "chars": article_chars(corpus)[positions], "articles": 1})
    for term in terms:
        frame[term] = term_occurrences(corpus, term)[positions]
    grouped = frame.dropna(subset=["period"]).groupby("period").sum()
    if per == "month" and len(grouped):
        grouped = grouped.reindex(pd.date_range(grouped.index.min(), grouped.index.max(), freq="MS"))
        grouped.index.name = "period"
    grouped["articles"] = grouped["articles"].fillna(0).astype(np.int64)
    long = grouped[terms].stack(future_stack=True).rename("count").reset_index()
    long.columns = ["period", "term", "count"]
    long["count"] = long["count"].astype("Int64")  # missing in a month without articles
    rate = long["count"].astype(float) / long["period"].map(grouped["chars"]).replace(0, np.nan) * 10_000
    long["per_10k_chars"] = rate.fillna(0.0).where(long["count"].notna())
    long["articles"] = long["period"].map(grouped["articles"]).to_numpy()
    return long


def undated_hits(corpus, articles: pd.DataFrame, terms: list[str]) -> pd.Series:
    """Hits of each term in those of these articles that have no date, which no time
    axis can show."""
    undated = corpus.articles.index.get_indexer(articles.index[articles["date"].isna().to_numpy()])
    return pd.Series({term: int(term_occurrences(corpus, term)[undated].sum()) for term in terms}, dtype=np.int64).reindex(terms)
