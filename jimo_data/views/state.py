"""The global filters: URL query parameters <-> session state <-> sidebar widgets.

The URL is the source of truth when it carries filters (a shared link); the session
keeps them when Streamlit's own navigation drops the query string, and writes them
back, so moving between pages keeps the filters. Values that cannot be used are
dropped from the URL and reported once in a short message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import streamlit as st

from jimo_data import Corpus
from jimo_data.filters import Filters, ParamProblem, Selection, parse_params, select

from .i18n import LABELS, t
from .widgets import md_escape

FILTER_KEYS = ("from", "to", "pub", "official", "byline", "q", "lang")
_WIDGETS = {"from": "w_from", "to": "w_to", "pub": "w_pub", "official": "w_official", "byline": "w_byline", "q": "w_q", "lang": "w_lang"}


@dataclass(frozen=True)
class Context:
    """What every page needs: the corpus, the filters and the filtered tables."""

    corpus: Corpus
    filters: Filters
    selection: Selection

    @property
    def lang(self) -> str:
        return self.filters.lang

    def t(self, label: str, **values) -> str:
        return t(label, self.lang, **values)


def context() -> Context:
    return st.session_state["_context"]


def raw_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def sync_filters(corpus: Corpus) -> tuple[Filters, list[ParamProblem]]:
    """The filters of this run, and messages about URL values that were ignored."""
    state = st.session_state
    raw = raw_params()
    in_url = {key: values for key, values in raw.items() if key in FILTER_KEYS}
    if "filters" not in state or (in_url and in_url != state.get("_filters_in_url")):
        parsed = parse_params(raw, corpus)
        state["filters"], state["_param_messages"] = parsed.filters, parsed.messages
        _set_widgets(parsed.filters)
    elif state.pop("_widgets_stale", False):
        _set_widgets(state["filters"])
    filters: Filters = state["filters"]
    write_filters_to_url(filters)
    return filters, state.get("_param_messages", [])


def write_filters_to_url(filters: Filters) -> None:
    wanted = {key: value if isinstance(value, list) else [value] for key, value in filters.to_params().items()}
    for key in FILTER_KEYS:
        if key in wanted and st.query_params.get_all(key) != wanted[key]:
            st.query_params[key] = wanted[key]
        elif key not in wanted and key in st.query_params:
            del st.query_params[key]
    st.session_state["_filters_in_url"] = wanted


def set_filters(filters: Filters) -> None:
    """Change the global filters from a page (e.g. selecting officials in a table).
    The sidebar widgets already exist in this run; they take the values on the next."""
    st.session_state["filters"] = filters
    st.session_state["_param_messages"] = []
    st.session_state["_widgets_stale"] = True
    write_filters_to_url(filters)


def _set_widgets(filters: Filters) -> None:
    state = st.session_state
    state["w_from"], state["w_to"] = filters.date_from, filters.date_to
    state["w_pub"], state["w_official"] = list(filters.publications), list(filters.officials)
    state["w_byline"], state["w_q"], state["w_lang"] = filters.byline or None, filters.query, filters.lang


def _filters_from_widgets() -> None:
    state = st.session_state
    state["_param_messages"] = []  # the user has moved on from the link
    state["filters"] = Filters(
        date_from=state.get("w_from"),
        date_to=state.get("w_to"),
        publications=tuple(state.get("w_pub") or ()),
        officials=tuple(state.get("w_official") or ()),
        byline=state.get("w_byline") or "",
        query=(state.get("w_q") or "").strip(),
        lang=state.get("w_lang") or "zh",
    )


def _clear_filters() -> None:
    state = st.session_state
    state["filters"] = Filters(lang=state["filters"].lang)
    _set_widgets(state["filters"])


def sidebar(corpus: Corpus, filters: Filters, messages: list[ParamProblem]) -> None:
    lang = filters.lang
    bar = st.sidebar
    if messages:
        lines = (t(f"param_{m.reason}", lang, key=m.key, value=md_escape(m.value)) for m in messages)
        bar.warning(t("ignored_params", lang) + "\n\n" + "\n".join(f"- {line}" for line in lines))
    bar.radio(t("language", lang), ["zh", "en"], key="w_lang", format_func={"zh": "中文", "en": "English"}.get, horizontal=True, on_change=_filters_from_widgets)
    bar.subheader(t("filters", lang))
    dates = corpus.pages["date"].dropna()
    bounds = dict(min_value=dt.date(1949, 1, 1), max_value=dt.date(2100, 12, 31))
    if len(dates):
        bar.caption(f"{t('date_span', lang)}: {dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d}")
    bar.date_input(t("date_from", lang), key="w_from", on_change=_filters_from_widgets, format="YYYY-MM-DD", **bounds)
    bar.date_input(t("date_to", lang), key="w_to", on_change=_filters_from_widgets, format="YYYY-MM-DD", **bounds)
    publications = sorted(set(corpus.pages["publication"]) - {""})
    bar.multiselect(t("publication", lang), publications, key="w_pub", on_change=_filters_from_widgets, placeholder=t("choose", lang))
    officials = corpus.memo("official_choices", lambda: corpus.officials["name"].value_counts().index.tolist())
    bar.multiselect(t("official", lang), officials, key="w_official", on_change=_filters_from_widgets, placeholder=t("choose", lang))
    people = corpus.memo("byline_choices", lambda: corpus.bylines["name"].value_counts().index.tolist())
    bar.selectbox(t("byline", lang), people, key="w_byline", index=None, on_change=_filters_from_widgets, placeholder=t("choose", lang))
    bar.text_input(t("query", lang), key="w_q", on_change=_filters_from_widgets)
    if filters.active:
        bar.button(t("clear_filters", lang), on_click=_clear_filters, width="stretch")
    bar.caption(f"{t('corpus', lang)}: {md_escape(corpus.root.name)} · {len(corpus.pages)} {t('pages', lang)}")


def build_context(corpus: Corpus, filters: Filters) -> Context:
    if st.session_state.get("_memo_corpus") != id(corpus):  # files changed: nothing memoised holds
        st.session_state["_memo"], st.session_state["_memo_corpus"] = {}, id(corpus)
    key = (id(corpus), replace(filters, lang="zh"))
    ctx = Context(corpus, filters, session_memo("selection", key, lambda: select(corpus, filters)))
    st.session_state["_context"] = ctx
    return ctx


def session_memo(name: str, key, compute):
    """The last value computed under `name` for this session, recomputed when `key`
    changes. Filtering a whole archive is the dominant cost of a rerun; widgets that
    do not change the filters must not pay it again."""
    memo = st.session_state.setdefault("_memo", {})
    if name not in memo or memo[name][0] != key:
        memo[name] = (key, compute())
    return memo[name][1]


def choice_param(key: str, options: list[str], default: str, label: str) -> str:
    """A page's own choice (e.g. `freq=month`): from the URL, shown as a segmented
    control, written back to the URL. An unknown value gets a message and the default."""
    lang = st.session_state["filters"].lang
    value = st.query_params.get(key, default)
    if value not in options:
        st.warning(t("bad_choice", lang, key=key, value=md_escape(value[:40]), allowed=", ".join(options)))
        value = default
    widget_key = f"choice_{key}"
    if widget_key not in st.session_state:
        st.session_state[widget_key] = value
    chosen = st.segmented_control(label, options, key=widget_key, format_func=lambda o: t(o, lang) if o in LABELS else o) or default
    st.query_params[key] = chosen
    return chosen
