"""The global filters of the dashboard, as plain data: parse them from URL query
parameters (with a message for every value that cannot be used) and apply them.

Query parameters: `from`, `to` (YYYY-MM-DD), `pub`, `official` (repeatable), `byline`,
`q`, `lang` (zh | en). Pure functions, no streamlit, so a notebook can reproduce
exactly what a dashboard link shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from .analysis import article_names, article_term_totals, corpus_term_totals, search_articles, term_matrix, totals_by_term
from .corpus import Corpus

LANGUAGES = ("zh", "en")
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    publications: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    byline: str = ""
    query: str = ""
    lang: str = "zh"

    @property
    def active(self) -> bool:
        return bool(self.date_from or self.date_to or self.publications or self.officials or self.byline or self.query)

    def to_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        if self.publications:
            params["pub"] = list(self.publications)
        if self.officials:
            params["official"] = list(self.officials)
        if self.byline:
            params["byline"] = self.byline
        if self.query:
            params["q"] = self.query
        if self.lang != "zh":
            params["lang"] = self.lang
        return params

    def slug(self) -> str:
        """A file-name fragment that says what was filtered: `2023-01-01_to_2023-12-31_韩世军`."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or 'start'}_to_{self.date_to or 'end'}")
        parts += list(self.publications) + list(self.officials)
        if self.byline:
            parts.append(f"by-{self.byline}")
        if self.query:
            parts.append(f"q-{self.query}")
        return file_safe("_".join(str(p) for p in parts) or "all")


def file_safe(text: str, limit: int = 80) -> str:
    """Letters (Chinese included), digits and -_. only, so any text can name a file."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text)[:limit]


@dataclass(frozen=True)
class ParamProblem:
    """A query parameter value that could not be used."""

    key: str
    value: str
    reason: str  # not_a_date | from_after_to | unknown | too_long | bad_lang

    def __str__(self) -> str:
        return {
            "not_a_date": f"`{self.key}`: “{self.value}” is not a date (YYYY-MM-DD); ignored",
            "from_after_to": f"`from` is after `to` ({self.value}); both ignored",
            "unknown": f"`{self.key}`: “{self.value}” is not in this corpus; ignored",
            "too_long": f"`{self.key}`: longer than {MAX_QUERY_CHARS} characters; cut",
            "bad_lang": f"`lang`: “{self.value}” is not zh or en; using zh",
        }[self.reason]


@dataclass(frozen=True)
class ParsedParams:
    filters: Filters
    messages: list[ParamProblem] = field(default_factory=list)  # one per value that was ignored


def parse_params(params: dict[str, list[str]], corpus: Corpus) -> ParsedParams:
    """Filters from query parameters (every key maps to all its values). Values that
    cannot be used are ignored, each with a message; nothing here raises."""
    messages: list[ParamProblem] = []

    def one(key: str) -> str:
        values = [v for v in params.get(key, []) if v is not None]
        return values[-1].strip() if values else ""

    def date(key: str) -> dt.date | None:
        value = one(key)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            messages.append(ParamProblem(key, value[:40], "not_a_date"))
            return None

    date_from, date_to = date("from"), date("to")
    if date_from and date_to and date_from > date_to:
        messages.append(ParamProblem("from", f"{date_from} > {date_to}", "from_after_to"))
        date_from = date_to = None
    known_pubs = set(corpus.pages["publication"]) - {""}
    publications = _known_values(params.get("pub", []), known_pubs, "pub", messages)
    known_officials = set(corpus.officials["name"])
    officials = _known_values(params.get("official", []), known_officials, "official", messages)
    byline = one("byline")
    if byline and byline not in set(corpus.bylines["name"]):
        messages.append(ParamProblem("byline", byline[:40], "unknown"))
        byline = ""
    query = one("q")
    if len(query) > MAX_QUERY_CHARS:
        messages.append(ParamProblem("q", query[:40], "too_long"))
        query = query[:MAX_QUERY_CHARS]
    lang = one("lang") or "zh"
    if lang not in LANGUAGES:
        messages.append(ParamProblem("lang", lang[:10], "bad_lang"))
        lang = "zh"
    return ParsedParams(Filters(date_from, date_to, publications, officials, byline, query, lang), messages)


def _known_values(values, known, key, messages) -> tuple[str, ...]:
    kept = []
    for value in dict.fromkeys(v.strip() for v in values if v and v.strip()):
        if value in known:
            kept.append(value)
        else:
            messages.append(ParamProblem(key, value[:40], "unknown"))
    return tuple(kept)


def isin(values: pd.Series, allowed) -> np.ndarray:
    """`values.isin(allowed)` for string columns, computed by Arrow: pandas' own isin on
    Arrow-backed strings loops in Python, 30 times slower on a whole archive."""
    allowed = pd.Series(list(allowed) if isinstance(allowed, (set, tuple, list)) else allowed, dtype="string")
    chunked = values.astype("string").array.__arrow_array__()
    return pc.is_in(chunked, value_set=allowed.array.__arrow_array__().combine_chunks()).to_numpy(zero_copy_only=False)


def article_mask(corpus: Corpus, filters: Filters) -> pd.Series:
    """Which articles the filters keep (indexed like `corpus.articles`)."""
    articles = corpus.articles
    mask = pd.Series(True, index=articles.index)
    if filters.date_from:
        mask &= articles["date"] >= pd.Timestamp(filters.date_from)
    if filters.date_to:
        mask &= articles["date"] <= pd.Timestamp(filters.date_to)
    if filters.publications:
        mask &= isin(articles["publication"], filters.publications)
    if filters.officials:
        mentioned = corpus.officials.loc[isin(corpus.officials["name"], filters.officials), "article_id"]
        mask &= isin(articles["article_id"], mentioned)
    if filters.byline:
        credited = corpus.bylines.loc[corpus.bylines["name"] == filters.byline, "article_id"]
        mask &= isin(articles["article_id"], credited)
    if filters.query:
        mask &= search_articles(articles, filters.query)
    return mask


class Selection:
    """The filtered corpus: every table restricted to the kept articles. Tables are
    built on first use; `terms` (millions of rows) is best summed with `term_totals`.

    `listing` is the kept articles without their bodies, which is what lists, counts and
    charts need: copying an archive's bodies (150 MB) for every filter change would
    double a dashboard's memory. `mask` marks the kept rows of `corpus.articles`."""

    def __init__(self, corpus: Corpus, filters: Filters):
        self.corpus, self.filters = corpus, filters
        self.mask = article_mask(corpus, filters).to_numpy() if filters.active else np.ones(len(corpus.articles), dtype=bool)
        light = corpus.articles.drop(columns=["body"])
        self.listing = light[self.mask] if filters.active else light
        self._ids = self.listing["article_id"] if filters.active else None

    @cached_property
    def articles(self) -> pd.DataFrame:
        return self.corpus.articles[self.mask] if self._ids is not None else self.corpus.articles

    def _keep(self, table: pd.DataFrame) -> pd.DataFrame:
        return table[isin(table["article_id"], self._ids)] if self._ids is not None else table

    @cached_property
    def pages(self) -> pd.DataFrame:
        pages = self.corpus.pages
        return pages[isin(pages["page_id"], self.listing["page_id"])] if self._ids is not None else pages

    @cached_property
    def bylines(self) -> pd.DataFrame:
        return self._keep(self.corpus.bylines)

    @cached_property
    def officials(self) -> pd.DataFrame:
        return self._keep(self.corpus.officials)

    @cached_property
    def projects(self) -> pd.DataFrame:
        return self._keep(self.corpus.projects)

    @cached_property
    def terms(self) -> pd.DataFrame:
        if self._ids is None:
            return self.corpus.terms
        rows = term_matrix(self.corpus).rows(self._wanted_articles())
        return self.corpus.terms.iloc[rows]

    def term_totals(self) -> pd.Series:
        """Occurrences of every term in the selection, most frequent first."""
        if self._ids is None:
            return corpus_term_totals(self.corpus)
        counts = term_matrix(self.corpus).totals(self._wanted_articles())
        return totals_by_term(self.corpus.terms, counts)

    def _wanted_articles(self) -> np.ndarray:
        """Per category code of `terms["article_id"]`: is the article selected."""
        return isin(pd.Series(self.corpus.terms["article_id"].cat.categories), self._ids)


def select(corpus: Corpus, filters: Filters) -> Selection:
    return Selection(corpus, filters)


def prepare(corpus: Corpus) -> None:
    """Compute once, up front, what filtering and the dashboard's views derive from a
    corpus, so that the first filter a user sets costs what every later one does."""
    term_matrix(corpus)
    article_names(corpus)
    article_term_totals(corpus)
    corpus_term_totals(corpus)
    busiest = corpus.officials["name"].value_counts().index[:1]
    select(corpus, Filters(officials=tuple(busiest))).term_totals()
