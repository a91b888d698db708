"""What every page gets (the corpus, the filters, the filtered tables) and a memo, shared
by all sessions, that spares a rerun the work whose inputs did not change."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace

import streamlit as st

from jimo_data import Corpus
from jimo_data.filters import Filters, Selection, select

from .i18n import t

MEMO_KEPT_PER_NAME = 8  # values kept under one name, for the filters of the last few sessions
_memo: dict[str, OrderedDict] = {}
_memo_corpus: list[Corpus] = []  # the corpus the memo holds values of
_memo_lock = threading.Lock()


@dataclass(frozen=True)
class Context:
    corpus: Corpus
    filters: Filters
    selection: Selection
    said: set[str] = field(default_factory=set, compare=False)  # notes shown once a run (a context is built per run)

    @property
    def lang(self) -> str:
        return self.filters.lang

    def t(self, label: str, **values) -> str:
        return t(label, self.lang, **values)


def context() -> Context:
    return st.session_state["_context"]


def build_context(corpus: Corpus, filters: Filters) -> Context:
    bind_memo(corpus)
    ctx = Context(corpus, filters, selection_for(corpus, filters))
    st.session_state["_context"] = ctx
    return ctx


def selection_for(corpus: Corpus, filters: Filters) -> Selection:
    """The corpus's selection under `filters`, one for every session and both languages."""
    return session_memo("selection", replace(filters, lang="zh"), lambda: select(corpus, filters))


def bind_memo(source) -> None:
    """The memo holds values of `source` (a corpus, or a served store) from now on."""
    with _memo_lock:
        if not _memo_corpus or _memo_corpus[0] is not source:  # files changed: nothing memoised holds
            _memo.clear()
            _memo_corpus[:] = [source]
    st.session_state["_memo_corpus"] = id(source)


def session_memo(name: str, key, compute):
    """The value computed under `name` for `key`, kept for every session: filtering a
    whole archive is the dominant cost of a rerun, so widgets that do not change the
    filters must not pay it again, and readers on the same filters pay it once. Values
    are shared: never change one."""
    key = (st.session_state["_memo_corpus"], key)  # a session still on the corpus before a reload
    with _memo_lock:
        values = _memo.setdefault(name, OrderedDict())
        if key in values:
            values.move_to_end(key)
            return values[key]
    value = compute()
    with _memo_lock:
        values[key] = value
        while len(values) > MEMO_KEPT_PER_NAME:
            values.popitem(last=False)
    return value
