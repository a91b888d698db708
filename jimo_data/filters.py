"""The global filters, each declared once, and the filtered corpus (`Selection`).

`FILTERS` is the registry. Each filter holds its URL parameters, how a value is parsed
and why one is rejected, which articles it keeps, its part of a download's file name,
the label of its widget and the widget's kind. Everything else iterates it: the
`Filters` values, `parse_params` (URL -> Filters), `article_mask`, `Filters.slug`, the
dashboard's sidebar and the CLI's options, so a URL, a CLI call and a notebook give
the same rows. Adding a filter is one entry here plus its labels in `views/i18n.py`.

    from jimo_data.filters import parse_params, select
    selection = select(corpus, parse_params({"official": ["孙杰"], "from": ["2026-01-01"]}, corpus).filters)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .analysis import corpus_term_totals, parse_query, query_mask, term_matrix, totals_by_term
from .analysis.reuse import copy_ids
from .corpus import Corpus
from .parsing.text import simplified

LANGUAGES = ("zh", "en")
UNKNOWN = "(unknown)"  # the choice that stands for an empty value (a page of unknown publication)
UNKNOWN_LABELS = ("（未知刊物）", "未知刊物", "(unknown publication)", "unknown publication", "unknown")  # its labels in the dashboard
MAX_QUERY_CHARS = 200
UNDATED_CHOICES = ("exclude", "include", "only")  # `undated=`: exclude is the default, written as no parameter
FIRST_DATE, LAST_DATE = dt.date(1949, 1, 1), dt.date(2100, 12, 31)  # the dates a filter (and its widget) takes


@dataclass(frozen=True)
class ParamProblem:
    """A query parameter value that could not be used."""

    key: str
    value: str
    reason: str  # not_a_date | out_of_range | from_after_to | unknown | unknown_near | not_allowed | too_long | bad_lang | unknown_key | unknown_key_near
    allowed: tuple[str, ...] = ()  # the values a page option takes (not_allowed); what a mistyped value may mean (unknown_near)

    @property
    def problem(self) -> str:
        """What is wrong with the value, in words."""
        return {
            "not_a_date": f"`{self.key}`: “{self.value}” is not a date (YYYY-MM-DD)",
            "out_of_range": f"`{self.key}`: “{self.value}” is not between {FIRST_DATE} and {LAST_DATE}",
            "not_allowed": f"`{self.key}`: “{self.value}” is not one of {', '.join(self.allowed)}",
            "from_after_to": f"`from` is after `to` ({self.value})",
            "unknown": f"`{self.key}`: “{self.value}” is not in this corpus",
            "unknown_near": f"`{self.key}`: “{self.value}” is not in this corpus; did you mean {', '.join(self.allowed)}?",
            "too_long": f"`{self.key}`: longer than {MAX_QUERY_CHARS} characters",
            "bad_lang": f"`lang`: “{self.value}” is not zh or en",
            "unknown_key": f"`{self.key}` is no filter or page setting",
            "unknown_key_near": f"`{self.key}` is no filter or page setting; did you mean {', '.join(self.allowed)}?",
        }[self.reason]

    def __str__(self) -> str:
        """The problem and what a link does about it."""
        return self.problem + {"from_after_to": "; both ignored", "too_long": "; cut", "bad_lang": "; using zh"}.get(
            self.reason, "; ignored"
        )


def isin(values: pd.Series, allowed) -> np.ndarray:
    """`values.isin(allowed)` for string columns, computed by Arrow: pandas' own isin on
    Arrow-backed strings loops in Python, many times slower on a whole archive."""
    allowed = pd.Series(list(allowed) if isinstance(allowed, (set, tuple, list)) else allowed, dtype="string")
    chunked = values.astype("string").array.__arrow_array__()
    return pc.is_in(chunked, value_set=allowed.array.__arrow_array__().combine_chunks()).to_numpy(zero_copy_only=False)


def _last(values: list[str]) -> str:
    values = [v for v in values if v is not None]
    return values[-1].strip() if values else ""


# -- the kinds of filter -------------------------------------------------------------
@dataclass(frozen=True)
class Filter:
    """One URL parameter, one field of `Filters`, one widget."""

    key: str  # URL parameter
    field: str  # attribute of `Filters`
    label: str  # label key in views/i18n.py
    widget: str = ""  # date | multiselect | selectbox | text | language
    default: object = None
    selects_rows: bool = True  # False for settings that travel with the filters (lang)

    def parse(self, values: list[str], corpus: Corpus) -> tuple[object, list[ParamProblem]]:
        """The value (the default where it cannot be used) and a problem per value
        that was ignored."""
        raise NotImplementedError

    def keep(self, corpus: Corpus, value) -> np.ndarray | None:
        """Which articles the value keeps; None when it filters nothing."""
        return None

    def keep_under(self, corpus: Corpus, filters: Filters) -> np.ndarray | None:
        """Which articles this filter keeps among all the filters' values (the date
        bounds read `undated` too)."""
        return self.keep(corpus, getattr(filters, self.field))

    def slug(self, filters: Filters) -> str:
        """This filter's part of a download's file name ("" when it adds none)."""
        return ""

    def url_value(self, value) -> str | list[str] | None:
        """The value as written in the URL; None when it is the default."""
        if value == self.default:
            return None
        return list(value) if isinstance(value, tuple) else str(value)

    def choices(self, corpus: Corpus) -> list[str]:
        """What the widget offers (for choice widgets)."""
        return []

    def usage(self) -> str:
        """What a value looks like, for the command line's help."""
        return ""


@dataclass(frozen=True)
class DateBound(Filter):
    """`from` or `to`: a YYYY-MM-DD date; articles dated on or after / on or before it.
    The two bounds of a range name each other (`partner`) and make one slug part,
    written by the lower bound: `2026-01-01_to_end`."""

    widget: str = "date"
    after: bool = True  # the lower bound (on or after) or the upper (on or before)
    partner: str = ""  # the field of the range's other bound

    def usage(self):
        return f"a date, YYYY-MM-DD: articles dated on or {'after' if self.after else 'before'} it"

    def parse(self, values, corpus):
        value = _last(values)
        if not value:
            return None, []
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            return None, [ParamProblem(self.key, value[:40], "not_a_date")]
        # The date widget cannot show a date outside its range, nor pandas hold one past 2262.
        if not FIRST_DATE <= date <= LAST_DATE:
            return None, [ParamProblem(self.key, value, "out_of_range")]
        return date, []

    def keep(self, corpus, value):
        if value is None:
            return None
        dates = corpus.articles["date"]
        return (dates >= pd.Timestamp(value) if self.after else dates <= pd.Timestamp(value)).to_numpy(dtype=bool)

    def keep_under(self, corpus, filters):
        if filters.undated == "only":  # a bound says nothing about articles without a date
            return None
        kept = self.keep(corpus, getattr(filters, self.field))
        return kept | undated_articles(corpus) if kept is not None and filters.undated == "include" else kept

    def slug(self, filters):
        own, other = getattr(filters, self.field), getattr(filters, self.partner)
        if not self.after or not (own or other):
            return ""
        return f"{own or 'start'}_to_{other or 'end'}"


def undated_articles(corpus: Corpus) -> np.ndarray:
    """The articles without a date: their page's date is unknown (`date_source`
    unknown, or a page that could not be read)."""
    return corpus.memo("undated_articles", lambda: corpus.articles["date"].isna().to_numpy())


@dataclass(frozen=True)
class Undated(Filter):
    """What a date filter does with articles that have no date: leaves them out (the
    default), also keeps them (`include`), or keeps only them (`only`, with or
    without date bounds). Without a date bound, `include` changes nothing."""

    default: object = ""
    widget: str = "undated"

    def parse(self, values, corpus):
        value = _last(values)
        if not value or value in UNDATED_CHOICES:
            return ("" if value == "exclude" else value), []
        return "", [ParamProblem(self.key, value[:40], "not_allowed", UNDATED_CHOICES)]

    def keep(self, corpus, value):
        return undated_articles(corpus) if value == "only" else None

    def usage(self):
        return "with --from or --to: include (undated articles too) or only (only them); default: the date bounds leave them out"

    def slug(self, filters):
        if filters.undated == "only":
            return "undated-only"
        dated = filters.date_from or filters.date_to
        return "with-undated" if filters.undated == "include" and dated else ""


@dataclass(frozen=True)
class KnownValues(Filter):
    """Values that must occur in a column of one of the tables (unknown ones are
    reported): any number of them (`many`, a multiselect; articles with any of them), or
    the last one given (a selectbox). An article is kept when a row of that table with
    such a value belongs to it (by article_id, or by page_id for the pages table)."""

    table: str = ""
    column: str = ""
    many: bool = True
    ranked: bool = False  # choices by frequency, most frequent first; else sorted
    prefix: str = ""  # before the value in the file-name slug
    unknown_choice: bool = False  # offer UNKNOWN for rows whose value is empty
    described_by: str = ""  # a column whose values are shown beside each choice (an official's jurisdictions)

    def __post_init__(self):
        object.__setattr__(self, "widget", self.widget or ("multiselect" if self.many else "selectbox"))
        object.__setattr__(self, "default", () if self.many else "")

    def parse(self, values, corpus):
        known = set(self.choices(corpus))
        wanted = dict.fromkeys(self._named(v) for v in (values if self.many else [_last(values)]) if v and v.strip())
        kept = tuple(v for v in wanted if v in known)
        problems = [_unknown(self.key, v, known) for v in wanted if v not in known]
        return (kept if self.many else next(iter(kept), "")), problems

    def keep(self, corpus, value):
        wanted = self._values(value)
        if not wanted:
            return None
        rows = corpus.table(self.table)
        link = "article_id" if "article_id" in rows.columns else "page_id"
        values = ["" if v == UNKNOWN and self.unknown_choice else v for v in wanted]
        return isin(corpus.articles[link], rows.loc[isin(rows[self.column], values), link])

    def usage(self):
        return f"a {self.column} the corpus holds" + (" (repeat for several: any of them)" if self.many else "")

    def slug(self, filters):
        text = "_".join(self._values(getattr(filters, self.field)))
        return f"{self.prefix}{text}" if text else ""

    def choices(self, corpus):
        if hasattr(corpus, "described"):  # a served store (serving.Store): counted in SQL, never read whole
            return corpus.memo(f"choices_{self.key}", lambda: corpus.choices(self.table, self.column, self.ranked, self.unknown_choice))

        def compute() -> list[str]:
            values = corpus.table(self.table)[self.column]
            named = [v for v in values.value_counts().index if v] if self.ranked else sorted(set(values) - {""})
            return named + [UNKNOWN] if self.unknown_choice and (values == "").any() else named

        return corpus.memo(f"choices_{self.key}", compute)

    def shown(self, corpus) -> dict[str, str]:
        """Each choice as the widget shows it: `孙杰（即墨区）`, the values of
        `described_by` beside it; only choices that have some."""

        if self.described_by and hasattr(corpus, "described"):  # a served store, as in `choices`
            return corpus.memo(f"shown_{self.key}", lambda: corpus.described(self.table, self.column, self.described_by))

        def compute() -> dict[str, str]:
            # In Arrow: pandas' group-by costs a noticeable part of the rerun that shows an added page.
            rows = corpus.table(self.table)
            pairs = pa.table({"value": _arrow_text(rows[self.column]), "by": _arrow_text(rows[self.described_by])})
            pairs = pairs.filter(pc.and_(pc.not_equal(pairs["value"], ""), pc.not_equal(pairs["by"], ""))).sort_by("by")
            grouped = pairs.group_by("value", use_threads=False).aggregate([("by", "distinct")])  # in order of appearance
            labels = pc.binary_join_element_wise(grouped["value"], "（", pc.binary_join(grouped["by_distinct"], "、"), "）", "")
            return dict(zip(grouped["value"].to_pylist(), labels.to_pylist()))

        return corpus.memo(f"shown_{self.key}", compute) if self.described_by else {}

    def _values(self, value) -> tuple[str, ...]:
        return value if self.many else ((value,) if value else ())

    def _named(self, value: str) -> str:
        """The value a choice's label stands for: `孙杰（即墨区）`, copied from the widget, is 孙杰."""
        value = value.strip()
        if self.unknown_choice and value in UNKNOWN_LABELS:
            return UNKNOWN  # the dashboard's label of the choice, copied from it
        return _DESCRIBED.sub("", value) if self.described_by else value


_DESCRIBED = re.compile("（[^（）]*）$")  # what `KnownValues.shown` adds to a value


MAX_NEAR = 3  # spellings offered for a value the corpus does not hold


def _near(value: str, known) -> list[str]:
    return difflib.get_close_matches(value, known, n=MAX_NEAR, cutoff=0.6)


def _unknown(key: str, value: str, known: set[str]) -> ParamProblem:
    """A value the corpus does not hold, with what it may mean: the values spelled the same
    in simplified characters (孙杰 for 孫杰, 張杰 of a traditional page for 张杰), then the
    closest known values (a character mistyped)."""
    folded = simplified(value)
    near = [folded] if folded != value and folded in known else []
    near += [v for v in known if v != folded and simplified(v) == folded]
    near += [v for v in _near(value, known) if v not in near]
    return ParamProblem(key, value[:40], "unknown_near" if near else "unknown", tuple(near[:MAX_NEAR]))


def _arrow_text(values: pd.Series) -> pa.Array:
    # not ingest.frames.arrow_text: filters build on the corpus and analysis only (tests/test_architecture.py)
    return pa.array(values.array).cast(pa.string())


@dataclass(frozen=True)
class TextQuery(Filter):
    """Full-text search in the search syntax (`jimo_data.analysis.query`: words, OR,
    -exclusions, "phrases", headline: and byline: prefixes). A query that is not well
    formed is read as sensibly as it can be (its `notes` say how), never rejected."""

    default: object = ""
    widget: str = "text"

    def parse(self, values, corpus):
        # A link repeating q (`q=项目&q=开工`, two search boxes' form) asks for every word of each.
        query = " ".join(value.strip() for value in values if value and value.strip())
        if len(query) > MAX_QUERY_CHARS:
            return query[:MAX_QUERY_CHARS], [ParamProblem(self.key, query[:40], "too_long")]
        return query, []

    def keep(self, corpus, value):
        query = parse_query(value)
        return query_mask(query, corpus.articles, corpus.bylines) if query else None

    def usage(self):
        return 'words all found; OR, -word, "a phrase", headline: and byline: (README, "Search syntax"); repeated, the words of each'

    def slug(self, filters):
        query = getattr(filters, self.field)
        return f"q-{query}" if query else ""


@dataclass(frozen=True)
class Reprints(Filter):
    """`reprints=exclude` leaves out copies of a story printed earlier (or by a
    higher-level paper the same day), so counts measure local writing; the source
    printing stays. Clusters: `jimo_data.analysis.reuse`."""

    default: object = ""
    widget: str = "toggle"

    def parse(self, values, corpus):
        value = _last(values)
        if value in ("", "include", "exclude"):
            return ("exclude" if value == "exclude" else ""), []
        return "", [ParamProblem(self.key, value[:40], "not_allowed", ("include", "exclude"))]

    def keep(self, corpus, value):
        return None if value != "exclude" else ~isin(corpus.articles["article_id"], copy_ids(corpus))

    def usage(self):
        return "exclude: leave out reprinted copies"

    def slug(self, filters):
        return "no-reprints" if getattr(filters, self.field) == "exclude" else ""


@dataclass(frozen=True)
class Language(Filter):
    """The interface language: selects no rows, travels with the filters in the URL."""

    default: object = "zh"
    widget: str = "language"
    selects_rows: bool = False

    def parse(self, values, corpus):
        lang = _last(values) or self.default
        return (lang, []) if lang in LANGUAGES else (self.default, [ParamProblem(self.key, lang[:10], "bad_lang")])


FILTERS: tuple[Filter, ...] = (
    DateBound("from", "date_from", "date_from", after=True, partner="date_to"),
    DateBound("to", "date_to", "date_to", after=False, partner="date_from"),
    Undated("undated", "undated", "undated"),
    KnownValues("pub", "publications", "publication", table="pages", column="publication", unknown_choice=True),
    KnownValues("official", "officials", "official", table="officials", column="name", ranked=True, described_by="jurisdiction"),
    KnownValues("byline", "byline", "byline", table="bylines", column="name", many=False, ranked=True, prefix="by-"),
    KnownValues("tag", "tags", "tag", table="notes", column="tag", prefix="tag-"),  # corrections.toml's [[note]] tags
    TextQuery("q", "query", "query"),
    Reprints("reprints", "reprints", "reprints_exclude"),
    Language("lang", "lang", "language"),
)
FILTER_KEYS = tuple(f.key for f in FILTERS)
DATE_KEYS = tuple(f.key for f in FILTERS if isinstance(f, DateBound))


def _filters_active(self) -> bool:
    return any(getattr(self, f.field) != f.default for f in FILTERS if f.selects_rows)


def _filters_to_params(self) -> dict[str, str | list[str]]:
    written = {f.key: f.url_value(getattr(self, f.field)) for f in FILTERS}
    return {key: value for key, value in written.items() if value is not None}


def _filters_slug(self) -> str:
    """A file-name fragment that says what was filtered: `2023-01-01_to_2023-12-31_韩世军`."""
    return file_safe("_".join(part for f in FILTERS if (part := f.slug(self))) or "all")


# The values of every filter: a frozen dataclass whose fields come from FILTERS, in order.
Filters = dataclasses.make_dataclass(
    "Filters",
    [(f.field, object, field(default=f.default)) for f in FILTERS],
    frozen=True,
    namespace={"active": property(_filters_active), "to_params": _filters_to_params, "slug": _filters_slug},
)
Filters.__module__ = __name__


def file_safe(text: str, limit: int = 80) -> str:
    """Letters (Chinese included), digits and -_. only, so any text can name a file."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text)[:limit]


@dataclass(frozen=True)
class ParsedParams:
    filters: Filters
    messages: list[ParamProblem] = field(default_factory=list)  # one per value that was ignored


def near_keys(key: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a mistyped one may mean: the filter it names by its field (`publication`,
    `date_from`: pub, from), a key it begins with or that begins with it, the closest."""
    named = [f.key for f in FILTERS if key in (f.field, f.field.removesuffix("s"))]
    prefixed = [k for k in known if len(k) > 1 and (key.startswith(k) or k.startswith(key))]
    return tuple(dict.fromkeys([*named, *prefixed, *_near(key, known)]))[:MAX_NEAR]


def _unknown_key(key: str, known: tuple[str, ...]) -> ParamProblem:
    near = near_keys(key, known)
    return ParamProblem(key[:40], "", "unknown_key_near" if near else "unknown_key", near)


def parse_params(params: dict[str, list[str]], corpus: Corpus, other_keys: tuple[str, ...] = ()) -> ParsedParams:
    """Filters from query parameters (every key maps to all its values). Values that
    cannot be used are ignored, each with a message, and so are keys that are neither a
    filter's nor among `other_keys` (those the caller reads itself: a page's settings),
    with the nearest known key (`publication`: did you mean pub?); nothing here raises."""
    known = (*FILTER_KEYS, *other_keys)
    values, messages = {}, [_unknown_key(key, known) for key in params if key not in known]
    for f in FILTERS:
        values[f.field], problems = f.parse(params.get(f.key, []), corpus)
        messages += problems
    if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
        messages.insert(0, ParamProblem("from", f"{values['date_from']} > {values['date_to']}", "from_after_to"))
        values["date_from"] = values["date_to"] = None
    return ParsedParams(Filters(**values), messages)


def article_mask(corpus: Corpus, filters: Filters) -> pd.Series:
    """Which articles the filters keep (indexed like `corpus.articles`)."""
    return pd.Series(_all_of(_masks(corpus, filters).values(), len(corpus.articles)), index=corpus.articles.index)


def _masks(corpus: Corpus, filters: Filters) -> dict[str, np.ndarray]:
    """Per filter that filters anything (by URL key): the articles it keeps."""
    kept = {f.key: f.keep_under(corpus, filters) for f in FILTERS}
    return {key: mask for key, mask in kept.items() if mask is not None}


def _all_of(masks, n: int) -> np.ndarray:
    mask = np.ones(n, dtype=bool)
    for kept in masks:
        mask &= kept
    return mask


def undated_count(corpus: Corpus, filters: Filters, masks: dict[str, np.ndarray] | None = None) -> int:
    """How many articles without a date the date bounds decide about: those every
    other filter keeps. A date filter leaves them out, or includes them under
    `undated=include`; 0 without a date bound (or under `undated=only`)."""
    if filters.undated == "only" or not (filters.date_from or filters.date_to):
        return 0
    masks = _masks(corpus, filters) if masks is None else masks
    others = [mask for key, mask in masks.items() if key not in DATE_KEYS]
    return int((_all_of(others, len(corpus.articles)) & undated_articles(corpus)).sum())


class Selection:
    """The filtered corpus: every table restricted to the kept articles. Tables are
    built on first use; `terms` (millions of rows) is best summed with `term_totals`.

    `listing` is the kept articles without their bodies, which is what lists, counts and
    charts need: copying an archive's bodies for every filter change would double a
    dashboard's memory. `mask` marks the kept rows of `corpus.articles`; `undated`
    counts the articles a date filter decides about for want of a date."""

    def __init__(self, corpus: Corpus, filters: Filters):
        self.corpus, self.filters = corpus, filters
        masks = _masks(corpus, filters) if filters.active else {}
        self.mask = _all_of(masks.values(), len(corpus.articles))
        # How many articles each filter keeps by itself (by URL key): what emptied an empty selection.
        self.kept_alone = {key: int(mask.sum()) for key, mask in masks.items()}
        # The articles without a date that the date bounds leave out (or let in, under `undated=include`)
        self.undated = undated_count(corpus, filters, masks)
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
    def notes(self) -> pd.DataFrame:
        return self._keep(self.corpus.notes)

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
