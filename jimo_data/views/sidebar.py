"""The shared sidebar: messages about the link, then one widget per filter of the
registry (`jimo_data.filters.FILTERS`), drawn by its widget kind; below the date
bounds, what they leave out for want of a date (`widgets.undated_note`)."""

from __future__ import annotations

import streamlit as st

from jimo_data.analysis import parse_query
from jimo_data.filters import FILTERS, FIRST_DATE, LANGUAGES, LAST_DATE, MAX_QUERY_CHARS, UNKNOWN, Filter, ParamProblem
from jimo_data.serving.layout import this_parser_version

from .context import Context
from .i18n import LABELS, t
from .served import offered, parsed_by_another_parser, source_facts
from .state import clear_filters, from_widgets, widget_key
from .widgets import md_escape, multiselect, undated_note

LANGUAGE_NAMES = {"zh": "中文", "en": "English"}


def sidebar(ctx: Context, messages: list[ParamProblem]) -> None:
    corpus, filters, lang, bar = ctx.corpus, ctx.filters, ctx.lang, st.sidebar
    if messages:
        bar.warning(t("ignored_params", lang) + "\n\n" + "\n".join(f"- {message_line(m, lang)}" for m in messages))
    for f in FILTERS:
        if f.widget == "language":
            _widget(bar, f, ctx)
    bar.subheader(t("filters", lang))
    first, last, name, n_pages = source_facts(ctx)  # a corpus's or a served store's
    if first is not None:
        bar.caption(f"{t('date_span', lang)}: {first:%Y-%m-%d} – {last:%Y-%m-%d}")
    for f in FILTERS:
        if f.widget != "language" and offered(corpus, f.key):
            _widget(bar, f, ctx, (first, last))
    if filters.active:
        bar.button(t("clear_filters", lang), on_click=clear_filters, width="stretch")
    bar.caption(f"{t('corpus', lang)}: {md_escape(name)} · {n_pages} {t('pages_counted', lang)}")
    if older := parsed_by_another_parser(corpus):
        bar.warning(t("store_other_parser", lang, version=older, current=this_parser_version()))


def message_line(m: ParamProblem, lang: str) -> str:
    """What is wrong with a link's value, in the interface language (Markdown)."""
    limits = {"limit": MAX_QUERY_CHARS, "languages": " / ".join(LANGUAGES), "first": FIRST_DATE, "last": LAST_DATE}
    return t(f"param_{m.reason}", lang, key=m.key, value=md_escape(m.value), allowed=md_escape(", ".join(m.allowed)), **limits)


def _widget(bar, f: Filter, ctx: Context, span: tuple = (None, None)) -> None:
    corpus, lang = ctx.corpus, ctx.lang
    common = {"key": widget_key(f), "on_change": from_widgets}
    label = t(f.label, lang)
    if f.widget == "date":
        bar.date_input(label, format="YYYY-MM-DD", **date_bounds(span, st.session_state.get(widget_key(f))), **common)
    elif f.widget == "multiselect":
        unknown = f"unknown_{f.key}" if f"unknown_{f.key}" in LABELS else "unknown_value"  # 未知刊物 for `pub`
        shown = {UNKNOWN: t(unknown, lang), **f.shown(corpus)}
        multiselect(bar, label, f.choices(corpus), lang, format_func=lambda v: shown.get(v, v), **common)
    elif f.widget == "selectbox":
        bar.selectbox(label, f.choices(corpus), index=None, placeholder=t("choose", lang), **common)
    elif f.widget == "text":
        bar.text_input(label, help=t("query_help", lang), **common)
        for note in parse_query(st.session_state.get(widget_key(f)) or "").notes:  # how a malformed query was read
            bar.caption(t(f"query_note_{note}", lang))
    elif f.widget == "toggle":
        bar.toggle(label, **common)
    elif f.widget == "undated":  # no widget of its own: the note's buttons set it
        undated_note(ctx, bar)
    elif f.widget == "language":
        bar.radio(label, LANGUAGES, format_func=LANGUAGE_NAMES.get, horizontal=True, **common)
    else:
        raise ValueError(f"filter {f.key}: no widget of kind {f.widget!r}")


def date_bounds(span: tuple, value) -> dict:
    """The dates a date widget offers: the served pages' span, so that its calendar opens
    among them (not on today's month, years past the archive), widened to a date a link
    set outside it; any date a filter takes when no page is dated."""
    first, last = (day.date() if day is not None else None for day in span)
    if first is None:
        return {"min_value": FIRST_DATE, "max_value": LAST_DATE}
    return {"min_value": min(first, value or first), "max_value": max(last, value or last)}
