"""What every page gets (the corpus, the filters, the filtered tables) and a memo that
spares a rerun the work whose inputs did not change."""

from __future__ import annotations

from dataclasses import dataclass, replace

import streamlit as st

from jimo_data import Corpus
from jimo_data.filters import Filters, Selection, select

from .i18n import t


@dataclass(frozen=True)
class Context:
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
