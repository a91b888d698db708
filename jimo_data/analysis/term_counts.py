"""Counting terms: totals of the `terms` table (jieba tokens) over any selection, the
sparse matrix that makes that fast, hits of typed words per article, and trends."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from .search import hits_per_article

TREND_PERIODS = ("month", "issue")
_REMEMBERED_TERMS = 64  # typed words whose per-article hits a corpus keeps


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
    """Per article_id: how many counted terms it has (the denominator of rates)."""

    def compute() -> pd.Series:
        categories = corpus.terms["article_id"].cat.categories.astype(str)
        return pd.Series(counts_by_code(corpus.terms, "article_id"), index=categories).reindex(corpus.articles["article_id"]).fillna(0)

    return corpus.memo("article_term_totals", compute)


def corpus_term_totals(corpus) -> pd.Series:
    return corpus.memo("term_totals", lambda: term_totals(corpus.terms))


def term_occurrences(corpus, term: str) -> np.ndarray:
    """Hits of `term` in each article of the corpus, aligned with `corpus.articles`;
    remembered for the last few terms asked, so a filter change only regroups them."""
    remembered = corpus.memo("term_occurrences", dict)
    if term not in remembered:
        if len(remembered) >= _REMEMBERED_TERMS:
            remembered.pop(next(iter(remembered)))
        remembered[term] = hits_per_article(corpus.articles, term)
    return remembered[term]


def term_trend(corpus, articles: pd.DataFrame, terms: list[str], per: str) -> pd.DataFrame:
    """Hits of each term per period (`per`: month or issue) in these articles (rows of
    `corpus.articles`, bodies not needed), as counts and per 10,000 counted terms of the
    period. Columns: period, term, count, per_10k."""
    if per == "month":
        period = articles["date"].dt.strftime("%Y-%m")
    else:
        issue = articles["page_id"].map(corpus.pages.set_index("page_id")["issue_no"])
        period = articles["date"].dt.strftime("%Y-%m-%d") + issue.map(lambda n: f" 第{n}期" if pd.notna(n) else "")
    frame = pd.DataFrame({"period": period.to_numpy(), "total": article_term_totals(corpus).reindex(articles["article_id"]).to_numpy()})
    positions = corpus.articles.index.get_indexer(articles.index)
    for term in terms:
        frame[term] = term_occurrences(corpus, term)[positions]
    grouped = frame.dropna(subset=["period"]).groupby("period").sum()
    long = grouped[terms].stack().rename("count").reset_index()
    long.columns = ["period", "term", "count"]
    long["per_10k"] = (long["count"] / long["period"].map(grouped["total"]).replace(0, np.nan) * 10_000).fillna(0.0)
    return long
