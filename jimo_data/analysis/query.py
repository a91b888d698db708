"""The search syntax: a query string as a small structure, and which articles it keeps.

    项目 开工              both words occur (a space between words means AND)
    开工 OR 投产 | 竣工     any of the alternatives (OR, or |, binds closer than the space)
    -广告                  the word does not occur
    "高质量 发展"           an exact phrase, spaces kept (“…” works too)
    标题:观摩  headline:观摩 the word occurs in a headline (kicker, headline or subheadline)
    作者:刘云睿 byline:刘云睿 the article is credited to that name (table `bylines`)

A word occurs when it has a hit by the one definition (`search.py`). `项目 开工 OR 投产
-签约` reads as 项目 AND (开工 OR 投产) AND NOT 签约. A query that is not well formed never
raises: `parse_query` reads it as sensibly as it can and says what it did in `notes`
(codes, worded by the dashboard's i18n labels `query_note_<code>`):

    unclosed_quote   "高质量 发展     the phrase runs to the end of the query
    lone_or          OR 项目, 项目 OR  an OR with no alternative on one side is dropped
    empty_term       -  ""  标题:      nothing to look for: dropped
    only_exclusions  -广告            every article that has none of the words
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..parsing import ARTICLE_TEXT_PARTS
from .search import articles_containing, hits_per_article

FIELD_PARTS = {"text": ARTICLE_TEXT_PARTS, "headline": ("kicker", "headline", "subheadline")}
PREFIXES = {"headline": "headline", "标题": "headline", "byline": "byline", "作者": "byline"}
_COLONS = ":："
_QUOTES = '"“”＂'  # Chinese input methods type “ and ” for the quote key
_OR_SIGNS = "|｜"  # and the word OR
_MINUS = "-－"


@dataclass(frozen=True)
class Term:
    """What to look for, and where: `field` is text, headline or byline."""

    text: str
    field: str = "text"
    written: str = dataclasses.field(default="", compare=False)  # as typed, to name its column

    @property
    def label(self) -> str:
        return self.written or self.text


# What each of `Query.notes` says, in words (the CLI prints them; the dashboard says the same in its language).
NOTES = {
    "unclosed_quote": "Unclosed quote: the phrase runs to the end of the query.",
    "lone_or": "An OR without a word on one side was ignored.",
    "empty_term": "An empty term (a lone -, empty quotes or a field prefix without a word) was ignored.",
    "only_exclusions": "Only exclusions: showing every article without these words.",
}


@dataclass(frozen=True)
class Query:
    """Every clause must hold; a clause holds when any of its terms occurs. No article
    kept has any of the `excluded` terms."""

    clauses: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        """The terms looked for (not the excluded ones), each once, in query order."""
        return tuple(dict.fromkeys(term for clause in self.clauses for term in clause))

    def __bool__(self) -> bool:
        return bool(self.clauses or self.excluded)


@dataclass
class _Token:
    term: Term | None = None  # None: an OR
    excluded: bool = False


def parse_query(text: str) -> Query:
    """The query's structure (see the module's docstring); never raises."""
    tokens, notes = _tokens(text or "")
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    previous = None  # what the last token kept was: term | excluded | or
    for token in tokens:
        if token.term is None:
            if previous != "term":
                notes.append("lone_or")
            previous = "or" if previous in ("term", "or") else previous
        elif token.excluded:
            if previous == "or":
                notes.append("lone_or")
            excluded.append(token.term)
            previous = "excluded"
        else:
            if previous == "or":
                clauses[-1].append(token.term)
            else:
                clauses.append([token.term])
            previous = "term"
    if previous == "or":
        notes.append("lone_or")
    if excluded and not clauses:
        notes.append("only_exclusions")
    return Query(tuple(tuple(c) for c in clauses), tuple(excluded), tuple(dict.fromkeys(notes)))


def _tokens(text: str) -> tuple[list[_Token], list[str]]:
    """The query's words, phrases and ORs, with notes on what was dropped."""
    tokens, notes, i, n = [], [], 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        if text[i] in _OR_SIGNS:
            tokens.append(_Token())
            i += 1
            continue
        start = i
        minus = text[i] in _MINUS
        excluded = minus and i + 1 < n and not text[i + 1].isspace()
        field_name, i = _prefix(text, i + excluded)
        quoted = i < n and text[i] in _QUOTES
        closing = ""  # the quote an unclosed phrase's label is given (`"高质量` reads `"高质量"`)
        if quoted:
            close = next((j for j in range(i + 1, n) if text[j] in _QUOTES), None)
            if close is None:
                notes.append("unclosed_quote")
                closing = "”" if text[i] == "“" else text[i]
            word = text[i + 1 : close] if close is not None else text[i + 1 :].rstrip()
            i = n if close is None else close + 1
        else:
            end = next((j for j in range(i, n) if text[j].isspace() or text[j] in _OR_SIGNS + _QUOTES), n)
            word, i = text[i:end], end
        if word == "OR" and not (quoted or minus) and i - start == 2:
            tokens.append(_Token())
        elif not word or (minus and not excluded):
            notes.append("empty_term")
        else:
            tokens.append(_Token(Term(word, field_name, text[start + excluded : i].rstrip() + closing), excluded))
    return tokens, notes


def _prefix(text: str, i: int) -> tuple[str, int]:
    """The field named at `i` (`标题:`), and where its word starts (spaces after the
    colon skipped: `标题： 观摩` is typed often); the text field when none is named."""
    for prefix, field_name in PREFIXES.items():
        end = i + len(prefix)
        if text.startswith(prefix, i) and end < len(text) and text[end] in _COLONS:
            end += 1
            while end < len(text) and text[end].isspace():
                end += 1
            return field_name, end
    return "text", i


# -- evaluation -----------------------------------------------------------------------


def term_hits(term: Term, articles: pd.DataFrame, bylines: pd.DataFrame | None = None) -> np.ndarray:
    """Per article: the hits of the term in its field. A byline term counts 1 for an
    article credited to that name (a name is credited once however often it is printed)."""
    if term.field == "byline":
        return _credited(term.text, articles, bylines).astype(np.int64)
    return hits_per_article(articles, term.text, FIELD_PARTS[term.field])


def _occurs(term: Term, articles: pd.DataFrame, bylines: pd.DataFrame | None) -> np.ndarray:
    if term.field == "byline":
        return _credited(term.text, articles, bylines)
    return articles_containing(articles, term.text, FIELD_PARTS[term.field])


def _credited(name: str, articles: pd.DataFrame, bylines: pd.DataFrame | None) -> np.ndarray:
    if bylines is None or not len(articles):
        return np.zeros(len(articles), dtype=bool)
    ids = bylines.loc[bylines["name"] == name, "article_id"].astype(str).to_numpy()
    wanted = articles["article_id"].astype("string").array.__arrow_array__()
    return pc.is_in(wanted, value_set=pa.array(ids, pa.string())).to_numpy(zero_copy_only=False)


def query_mask(query: Query, articles: pd.DataFrame, bylines: pd.DataFrame | None = None) -> np.ndarray:
    """Which articles the query keeps (all of them for an empty query). Byline terms
    need the `bylines` table; without it they match nothing."""
    mask = np.ones(len(articles), dtype=bool)
    for clause in query.clauses:
        mask &= np.logical_or.reduce([_occurs(term, articles, bylines) for term in clause])
    for term in query.excluded:
        mask &= ~_occurs(term, articles, bylines)
    return mask


def query_hits(query: Query, articles: pd.DataFrame, bylines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article (indexed like `articles`), a column per term looked for, named by
    its label: how many hits it has."""
    return pd.DataFrame({term.label: term_hits(term, articles, bylines) for term in query.terms}, index=articles.index)


def search_articles(articles: pd.DataFrame, query: str, bylines: pd.DataFrame | None = None) -> pd.Series:
    """A boolean mask: the articles the query (search syntax) keeps."""
    return pd.Series(query_mask(parse_query(query), articles, bylines), index=articles.index)


def highlight_terms(query: str) -> list[str]:
    """The words and phrases to highlight in an article the query found: those looked
    for in its text (a byline name is not looked for in the text)."""
    return list(dict.fromkeys(term.text for term in parse_query(query).terms if term.field != "byline"))
