"""The global filters' state in a session, between the URL and the sidebar widgets.

    URL query ──parse_params──▶ session["filters"] ──to_widget──▶ widgets ("w_<key>")
        ▲                             │    ▲                            │
        └──────── write_url ──────────┘    └──────── from_widgets ──────┘ (on change)

A URL that carries filters (a shared link) wins; otherwise the session keeps them when
Streamlit's navigation drops the query string, and writes them back, so moving between
pages keeps the filters. A page may set filters itself (`set_filters`); the widgets,
already drawn in that run, take the values on the next. Which filters exist, and how
each is parsed, is `jimo_data.filters.FILTERS`.
"""

from __future__ import annotations

import streamlit as st

from jimo_data import Corpus
from jimo_data.filters import FILTER_KEYS, FILTERS, Filter, Filters, ParamProblem, parse_params

# Per widget kind: (filter value -> widget value, widget value -> filter value)
_CONVERT = {
    "date": (lambda v: v, lambda v: v or None),
    "multiselect": (list, lambda v: tuple(v or ())),
    "selectbox": (lambda v: v or None, lambda v: v or ""),
    "text": (lambda v: v, lambda v: (v or "").strip()),
    "language": (lambda v: v, lambda v: v or "zh"),
}


def widget_key(f: Filter) -> str:
    return f"w_{f.key}"


def sync_filters(corpus: Corpus) -> tuple[Filters, list[ParamProblem]]:
    """The filters of this run, and messages about URL values that were ignored."""
    state = st.session_state
    raw = {key: st.query_params.get_all(key) for key in st.query_params}
    in_url = {key: values for key, values in raw.items() if key in FILTER_KEYS}
    if "filters" not in state or (in_url and in_url != state.get("_filters_in_url")):
        parsed = parse_params(raw, corpus)
        state["filters"], state["_param_messages"] = parsed.filters, parsed.messages
        _to_widgets(parsed.filters)
    elif state.pop("_widgets_stale", False):
        _to_widgets(state["filters"])
    write_url(state["filters"])
    return state["filters"], state.get("_param_messages", [])


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


def clear_filters() -> None:
    state = st.session_state
    state["filters"] = Filters(lang=state["filters"].lang)
    _to_widgets(state["filters"])


def _to_widgets(filters: Filters) -> None:
    for f in FILTERS:
        st.session_state[widget_key(f)] = _CONVERT[f.widget][0](getattr(filters, f.field))
