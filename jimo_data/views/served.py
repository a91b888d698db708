"""The dashboard over a Parquet store served through DuckDB (`jimo_data.serving`).

A store is too large to hold in memory, so its pages ask `serving.Store` questions in
SQL (figures, rankings, a page of search results, one article) instead of filtering
tables in pandas. The sidebar, the URL state, the filter registry, tables, downloads and
charts are the folder path's own; only the pages differ, and only the pages a store can
answer are in the navigation (docs/store.md, "The dashboard over a store").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property, partial

import pandas as pd
import streamlit as st

from jimo_data.filters import FILTERS, Filters, ParamProblem
from jimo_data.serving import NotAStore, Store
from jimo_data.serving.where import UNSUPPORTED

from .context import Context, bind_memo, context, session_memo
from .i18n import t
from .state import PAGE_OPTIONS, TEXT_SETTINGS, set_filters, sync_filters
from .widgets import reached_stages, reader_links, table

STORE_PAGES = (  # (module in this folder, URL path, label key): the folder path's URL paths, so links carry over
    ("store_overview", "overview", "page_overview"),
    ("store_bylines", "bylines", "page_bylines"),
    ("store_officials", "officials", "page_officials"),
    ("store_projects", "projects", "page_projects"),
    ("store_reader", "reader", "page_reader"),
)
NOT_OFFERED = ("page_timeline", "page_keywords", "page_reuse", "page_collocates")  # label keys: the overview names them
SHOWN_ROWS = 2000  # a ranking's rows sent to the browser: every row is in every rerun's message
RANKED = ("officials", "bylines", "projects")
LINKED = {"officials": "official", "bylines": "byline"}  # the filter a ranking's row opens the reader with
RESULTS_PER_PAGE = 50  # the reader's results per page: their hits are counted on these rows only
# The page settings a store's pages read: the reader's article, which it checks against
# the store itself (the folder path's check reads a whole table), and the projects' stages
# reached (`status`, checked against the stages). Any other is dropped.
STORE_READ = ("article", "status")
STORE_OPTIONS = {key: PAGE_OPTIONS[key] for key in STORE_READ if key != "article"}  # parsed as for a folder


class StoreView:
    """What the sidebar asks of a selection, for a store: the undated articles the date
    bounds decide about, and the kept articles (a frame of no columns: only its length
    is read, by the undated note under `undated=only`)."""

    def __init__(self, store: Store, filters: Filters):
        self.store, self.filters = store, filters
        self.undated = store.undated(filters)

    @cached_property
    def listing(self) -> pd.DataFrame:
        kept = summary_of(self.store, self.filters)
        return pd.DataFrame(index=pd.RangeIndex(kept["articles"] + kept["captions"]))


def store_filters(store: Store) -> tuple[Filters, list[ParamProblem]]:
    """This run's filters from the URL and the widgets, as for a folder; a filter the
    store cannot answer (`serving.where.UNSUPPORTED`) is dropped with a message, and so is
    a page's setting no store page reads (a folder page's link: `projects?status=开工`)."""
    filters, messages = sync_filters(store, STORE_OPTIONS)  # the session's messages, kept while the link's filters are
    dropped = [f for f in FILTERS if f.key in UNSUPPORTED and getattr(filters, f.field) != f.default]
    if dropped:
        filters = replace(filters, **{f.field: f.default for f in dropped})
        set_filters(filters)
    unread = [key for key in st.query_params if (key in PAGE_OPTIONS or key in TEXT_SETTINGS) and key not in STORE_READ]
    for key in unread:
        st.query_params.pop(key)
    problems = [ParamProblem(f.key, f.key, "store_unsupported") for f in dropped]
    problems += [ParamProblem(key, key, "store_unsupported_option") for key in unread]
    messages += [problem for problem in problems if problem not in messages]
    return filters, messages


def build_store_context(store: Store, filters: Filters) -> Context:
    """The context every page gets: the store stands where the corpus does."""
    bind_memo(store)
    ctx = Context(store, filters, session_memo("store_view", replace(filters, lang="zh"), lambda: StoreView(store, filters)))
    st.session_state["_context"] = ctx
    return ctx


# What the store's pages ask, by name. Each answer is computed once per filters for every
# session; the unfiltered ones (every visitor's first view) when the store is opened
# (`warm`), and kept as long as it is served.
ANSWERS = {
    "summary": lambda store, filters: store.summary(filters),
    "per_month": lambda store, filters: store.per_month(filters),
    **{f"ranking_{what}": partial(lambda store, filters, what: store.ranking(what, filters, SHOWN_ROWS), what=what) for what in RANKED},
}


def answer(store: Store, filters: Filters, name: str):
    def compute():
        return ANSWERS[name](store, filters)

    if not filters.active:
        return store.memo(f"answer_{name}", compute)
    return session_memo(f"store_{name}", replace(filters, lang="zh"), compute)


def warm(store: Store) -> None:
    """Answer, before the first visitor asks, what every first view asks: the unfiltered
    figures and rankings, and the sidebar's choices."""
    for name in ANSWERS:
        answer(store, Filters(), name)
    for f in FILTERS:
        if f.widget in ("multiselect", "selectbox"):
            f.choices(store), f.shown(store)


def summary_of(store: Store, filters: Filters) -> dict:
    """The overview's figures for the filters."""
    return answer(store, filters, "summary")


def offered(corpus, key: str) -> bool:
    """Does the sidebar offer the filter `key` for this source (a store lacks some)."""
    return not (isinstance(corpus, Store) and key in UNSUPPORTED)


def source_facts(ctx: Context) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str, int]:
    """The first and last date, the name and the number of pages of what is served."""
    corpus = ctx.corpus
    if isinstance(corpus, Store):
        whole = summary_of(corpus, Filters())
        first, last = (whole["first_date"], whole["last_date"]) if pd.notna(whole["first_date"]) else (None, None)
        return first, last, corpus.layout.name, whole["pages"]
    dates = corpus.pages["date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (None, None)
    return first, last, corpus.root.name, len(corpus.pages)


def parsed_by_another_parser(corpus) -> str:
    """The parser version of a served store written by another parser than this one's, else
    "": its rows may differ from a folder's parse of the same pages (a new user's find)."""
    return corpus.layout.other_parser if isinstance(corpus, Store) else ""


def ranking_page(what: str, title: str) -> None:
    """A ranking of the filtered articles' officials, bylines or projects: at most
    SHOWN_ROWS rows, sortable, with a CSV download of exactly those rows."""
    ctx = context()
    st.title(ctx.t(title))
    reached = tuple(reached_stages(ctx.lang)) if what == "projects" else ()
    if reached:  # a ranking per choice of stages, for this session
        ranked = session_memo(
            "store_projects_reached",
            (replace(ctx.filters, lang="zh"), reached),
            lambda: ctx.corpus.ranking("projects", ctx.filters, SHOWN_ROWS, reached),
        )
    else:
        ranked = answer(ctx.corpus, ctx.filters, f"ranking_{what}")
    if len(ranked) == SHOWN_ROWS:
        st.caption(ctx.t("store_rows_limit", n=SHOWN_ROWS))
    if what in LINKED:  # the row's name replaces the filter's own value
        ranked = ranked.assign(link=reader_links(ctx.filters, LINKED[what], ranked["name"]))
    named = {"mentions": "n_mentions", **({"name": "project"} if what == "projects" else {})}  # a project's name is no person's (姓名)
    table(ranked.rename(columns=named), what, ctx.filters, key=f"store_{what}", options={})


def store_error(error: Exception, dest: str, lang: str) -> str:
    """What the interface says about a store that cannot be opened."""
    if isinstance(error, NotAStore):
        return t("store_not_a_store", lang, path=dest)
    return t("store_unreadable", lang, path=dest, error=error)
