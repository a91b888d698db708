"""The global filters' state in a session, between the URL and the sidebar widgets.

    URL query ──parse_params──▶ session["filters"] ──to_widget──▶ widgets ("w_<key>")
        ▲                             │    ▲                            │
        └──────── write_url ──────────┘    └──────── from_widgets ──────┘ (on change)

A URL that carries filters (a shared link) wins; otherwise the session keeps them when
Streamlit's navigation drops the query string, and writes them back, so moving between
pages keeps the filters. A page may set filters itself (`set_filters`); the widgets,
already drawn in that run, take the values on the next. Which filters exist, and how
each is parsed, is `jimo_data.filters.FILTERS`.

A page's own options (`freq`, `role`, `status`, the reader's `page` …) are declared in
`PAGE_OPTIONS` and checked here, before the sidebar is drawn, so a value a page cannot
use gets the same sidebar message as a filter's and the page gets the default
(`page_option`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import streamlit as st

from jimo_data import Corpus
from jimo_data.analysis.bylines import ROLES
from jimo_data.analysis.collocates import COMPARE_BY
from jimo_data.analysis.collocates import MEASURES as ASSOCIATION_MEASURES
from jimo_data.analysis.issues import PERIODS
from jimo_data.analysis.officials import office_holders
from jimo_data.analysis.projects import project_names
from jimo_data.analysis.term_counts import TREND_PERIODS
from jimo_data.filters import FILTER_KEYS, FILTERS, MAX_QUERY_CHARS, Filter, Filters, ParamProblem, parse_params
from jimo_data.parsing.projects import STAGES
from jimo_data.views.i18n import LABELS

if TYPE_CHECKING:
    from jimo_data.serving.store import Store

COMPARED_DATES = ("a_from", "a_to", "b_from", "b_to")  # the collocates page's two periods

# Per widget kind: (filter value -> widget value, widget value -> filter value)
_CONVERT = {
    "date": (lambda v: v, lambda v: v or None),
    "multiselect": (list, lambda v: tuple(v or ())),
    "selectbox": (lambda v: v or None, lambda v: v or ""),
    "text": (lambda v: v, lambda v: (v or "").strip()),
    "language": (lambda v: v, lambda v: v or "zh"),
    "undated": (lambda v: v, lambda v: v or ""),
    "toggle": (
        lambda v: v == "exclude",
        lambda v: "exclude" if v else "",
    ),  # `reprints=exclude`  # a plain session value, set by the undated note's button
}


def widget_key(f: Filter) -> str:
    return f"w_{f.key}"


@dataclass(frozen=True)
class PageOption:
    """A page's own URL parameter. Its values are fixed `choices` (`freq=week`), values
    the corpus holds (`known`: the reader's `page`), `dates` or any `text` (the reader's `hl`, cut
    like the search box's); `many` takes several, each checked
    (`role=reporter&role=editor`), else the last one given counts."""

    key: str
    choices: tuple[str, ...] = ()
    labels: str = ""  # the prefix of the choices' labels (`role_`): a label as the page shows it is its choice
    known: Callable[[Corpus], Collection[str]] | None = None
    default: str | tuple[str, ...] = ""
    many: bool = False
    text: bool = False
    dates: bool = False  # any YYYY-MM-DD date
    owner: str = ""  # the URL path of the page it belongs to (`of_page`)

    def parse(self, values: list[str], corpus: Corpus) -> tuple[str | tuple[str, ...], list[ParamProblem]]:
        """The usable value (the default when there is none) and a problem per value ignored."""
        wanted = dict.fromkeys(self._choice_of(v.strip()) for v in (values if self.many else values[-1:]) if v and v.strip())
        if not wanted:  # no link value: the corpus's ids need not be gathered
            return self.default, []
        if self.text:
            return self._texts(wanted)
        allowed = _IsoDates() if self.dates else self.known(corpus) if self.known else self.choices
        kept = tuple(v for v in wanted if v in allowed)
        reason = "not_a_date" if self.dates else "unknown" if self.known else "not_allowed"
        problems = [ParamProblem(self.key, v[:40], reason, self.choices) for v in wanted if v not in allowed]
        return (kept or self.default) if self.many else next(iter(kept), self.default), problems

    def _choice_of(self, value: str) -> str:
        """The choice a value names by its label in either language (`role=编辑`, `freq=Month`), else the value."""
        return self._choices_by_label.get(value.lower(), value) if self.choices else value

    @cached_property  # the labels are fixed: gathered once, not on every rerun's parse
    def _choices_by_label(self) -> dict[str, str]:
        return {
            label.lower(): choice for choice in self.choices if self.labels + choice in LABELS for label in LABELS[self.labels + choice]
        }

    def _texts(self, wanted: dict[str, None]) -> tuple[str | tuple[str, ...], list[ParamProblem]]:
        kept = tuple(v[:MAX_QUERY_CHARS] for v in wanted)
        problems = [ParamProblem(self.key, v[:40], "too_long") for v in wanted if len(v) > MAX_QUERY_CHARS]
        return kept if self.many else kept[0], problems


class _IsoDates:
    """The values a date option takes: any YYYY-MM-DD date."""

    def __contains__(self, value: str) -> bool:
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10


def _article_ids(corpus: Corpus) -> set[str]:
    return corpus.memo("article_ids", lambda: set(corpus.articles["article_id"]))


def office_holders_of(corpus: Corpus):
    """Every office's holders (`office_holders`), computed once per corpus."""
    return corpus.memo("office_holders", lambda: office_holders(corpus.officials))


def project_names_of(corpus: Corpus) -> dict[str, str]:
    """Each project name found and the name it is shown under (`project_names`), once per corpus."""
    return corpus.memo("project_names", lambda: project_names(corpus.projects["name"]))


def _held_offices(corpus: Corpus) -> set[str]:
    return set(office_holders_of(corpus)["office"])


def _publications(corpus: Corpus) -> set[str]:
    return set(corpus.articles["publication"]) - {""}


def _officials(corpus: Corpus) -> set[str]:
    return set(corpus.officials["name"]) - {""}


def of_page(url_path: str, *options: PageOption) -> tuple[PageOption, ...]:
    """The options of the page at `url_path`, each marked as its own (what `restore_page_settings` gives back)."""
    return tuple(replace(option, owner=url_path) for option in options)


PAGE_OPTIONS = {
    option.key: option
    for option in (
        *of_page("timeline", PageOption("freq", tuple(PERIODS), default="month")),
        *of_page(
            "keywords",
            PageOption("per", TREND_PERIODS, default="month"),
            PageOption("measure", ("count", "per_10k"), default="count"),
            PageOption("tenure", known=_held_offices),  # the office whose tenures band the chart
        ),
        *of_page("bylines", PageOption("role", ROLES, labels="role_", default=(), many=True)),
        *of_page("officials", PageOption("holders_of", known=_held_offices)),  # the office whose holders show
        *of_page(
            "projects",
            PageOption("status", STAGES, default=(), many=True),
            PageOption("project", known=lambda corpus: set(project_names_of(corpus).values())),  # the one whose sentences show
        ),
        *of_page(
            "reader",
            PageOption("page", known=lambda corpus: corpus.page_ids),
            PageOption("article", known=_article_ids),
            PageOption("hl", default=(), many=True, text=True),  # words to mark (a keyword-in-context link's)
        ),
        *of_page(
            "collocates",
            PageOption("window", ("1", "2", "3", "4", "5", "8", "10"), default="5"),
            PageOption("assoc", tuple(ASSOCIATION_MEASURES), default="logdice"),
            PageOption("kwic_sort", ("right", "left"), default="right"),  # keyword in context sorted by
            *(PageOption(key, dates=True) for key in COMPARED_DATES),  # the two periods compared
            # the two sub-corpora compared
            PageOption("compare_by", COMPARE_BY, labels="compare_by_", default="period"),
            *(PageOption(key, known=_publications) for key in ("a_pub", "b_pub")),
            *(PageOption(key, known=_officials) for key in ("a_official", "b_official")),
            PageOption("office", known=_held_offices),
            PageOption("holder", known=lambda corpus: set(office_holders_of(corpus)["name"])),  # the later holder of the change compared
        ),
    )
}


# What a page keeps in the URL besides its options: free text (the collocates' term, the
# keywords' terms and the word in context).
TEXT_SETTINGS = {"term": "collocates", "terms": "keywords", "kwic": "keywords"}  # each with its page


def page_option(key: str) -> str | tuple[str, ...]:
    """The value of a page's option in this run's URL, or its default when absent or
    unusable (the sidebar names why)."""
    return st.session_state["_page_options"][key]


def sync_filters(corpus: Corpus, options: dict[str, PageOption] | None = None) -> tuple[Filters, list[ParamProblem]]:
    """The filters of this run, and messages about URL values that were ignored: the
    filters' and the page options' (`options`, by default all of them)."""
    state = st.session_state
    raw = {key: st.query_params.get_all(key) for key in st.query_params}
    in_url = {key: values for key, values in raw.items() if key in FILTER_KEYS}
    if "filters" not in state or (in_url and in_url != state.get("_filters_in_url") and not _left_behind(in_url)):
        parsed = parse_params(raw, corpus, other_keys=(*PAGE_OPTIONS, *TEXT_SETTINGS))
        state["filters"], state["_param_messages"] = parsed.filters, parsed.messages
        _to_widgets(parsed.filters)
    elif state.pop("_widgets_stale", False):
        _to_widgets(state["filters"])
    write_url(state["filters"])
    messages = state.setdefault("_param_messages", [])
    state["_page_options"] = {}
    for key, option in (PAGE_OPTIONS if options is None else options).items():
        state["_page_options"][key], problems = option.parse(raw.get(key, []), corpus)
        messages += [problem for problem in problems if problem not in messages]  # kept as long as a filter's
        if problems:
            _write_option(option, state["_page_options"][key])
    _drop_unknown_keys(raw)
    return state["filters"], messages


def _own_settings(page: str) -> list[str]:
    """The URL keys a page owns: its options and its typed text."""
    return [key for key, option in PAGE_OPTIONS.items() if option.owner == page] + [
        key for key, owner in TEXT_SETTINGS.items() if owner == page
    ]


def restore_page_settings(page: str, source: Corpus | Store) -> None:
    """A page's own settings (its options and typed terms) as this session last left them,
    when the page is entered again with none of them in its URL: the sidebar's navigation
    carries the filters only, and a user coming back expects the page as they left it
    (a new user's find). A URL naming any of them is a link, whole as it is (a timeline's
    `page=` must not bring back the reader's last `article=`); a page run again is left alone."""
    state = st.session_state
    entered, state["_last_page"] = state.get("_last_page") != page, page
    if not entered or any(key in st.query_params for key in _own_settings(page)):
        return
    for key, values in state.get("_page_settings", {}).get(page, {}).items():
        st.query_params[key] = values
        if key in state.get("_page_options", {}):
            state["_page_options"][key], _ = PAGE_OPTIONS[key].parse(values, source)


def remember_page_settings() -> None:
    """What `restore_page_settings` gives back: this run's page's own settings in its URL as the run left it."""
    page = st.session_state["_last_page"]
    st.session_state.setdefault("_page_settings", {})[page] = {
        key: st.query_params.get_all(key) for key in _own_settings(page) if key in st.query_params
    }


def stop_page() -> None:
    """`st.stop()` for a page, its settings remembered first: once stopped, a run reads no state."""
    remember_page_settings()
    st.stop()


# The URL says what the page shows: a value it ignored, once named in the sidebar, leaves it,
# as a filter's does (`write_url`); the message stays as long as the filters do.
def _write_option(option: PageOption, value: str | tuple[str, ...]) -> None:
    keep_in_url(option.key, list(value) if option.many else value, list(option.default) if option.many else option.default)


def keep_in_url(key: str, value: str | list[str] | None, default: str | list[str] | None = None) -> None:
    """A page's setting written to the URL, or left out when it is none or its default: a link
    holds what differs from what the page shows by itself."""
    if value is None or value == default:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = value


def _drop_unknown_keys(raw: dict[str, list[str]]) -> None:
    for key in raw:
        if key not in FILTER_KEYS and key not in PAGE_OPTIONS and key not in TEXT_SETTINGS:
            st.query_params.pop(key, None)


def _left_behind(in_url: dict) -> bool:
    """Whether the URL holds only some of the filters last written, each as written: the
    query a page link sends when it was clicked as a widget's change was being committed
    (a date typed, then a page chosen), which predates that change. Such a URL does not
    undo the change; a link's own values (any that differ) still win. The price: within a
    session no URL can drop a filter by leaving it out (the dashboard's links carry every
    filter; a link opened afresh starts a session, where the URL wins whole)."""
    written = st.session_state.get("_filters_in_url", {})
    return all(written.get(key) == values for key, values in in_url.items())


def write_url(filters: Filters) -> None:
    wanted = {key: value if isinstance(value, list) else [value] for key, value in filters.to_params().items()}
    for key in FILTER_KEYS:
        if key in wanted and st.query_params.get_all(key) != wanted[key]:
            st.query_params[key] = wanted[key]
        elif key not in wanted and key in st.query_params:
            del st.query_params[key]
    st.session_state["_filters_in_url"] = wanted


def set_filters(filters: Filters) -> None:
    """Change the global filters from a page (e.g. selecting officials in a table)."""
    st.session_state["filters"] = filters
    st.session_state["_param_messages"] = []
    st.session_state["_widgets_stale"] = True
    write_url(filters)


def from_widgets() -> None:
    """on_change of every filter widget: the filters are what the widgets say."""
    state = st.session_state
    state["_param_messages"] = []  # the user has moved on from the link
    state["filters"] = Filters(**{f.field: _CONVERT[f.widget][1](state.get(widget_key(f))) for f in FILTERS})


def set_undated(value: str) -> None:
    """on_click of the undated note's buttons: `undated` becomes `value`, the other
    filters stay as their widgets say."""
    (undated,) = (f for f in FILTERS if f.widget == "undated")
    st.session_state[widget_key(undated)] = value
    from_widgets()


def clear_filters() -> None:
    state = st.session_state
    state["filters"] = Filters(lang=state["filters"].lang)
    _to_widgets(state["filters"])


def _to_widgets(filters: Filters) -> None:
    for f in FILTERS:
        st.session_state[widget_key(f)] = _CONVERT[f.widget][0](getattr(filters, f.field))
