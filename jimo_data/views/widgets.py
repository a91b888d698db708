"""Shared widgets: tables with a CSV download, safe text, charts, page options, links
to the reader."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from jimo_data.export import csv_bytes
from jimo_data.filters import Filters, file_safe

from . import page_script, page_url
from .i18n import COLUMN_LABELS, LABELS, t
from .state import PAGE_OPTIONS, page_option

CJK_FONTS = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif"
PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": False}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~:$=^&])")


def md_escape(text: str) -> str:
    """Corpus or URL text made inert for st.markdown: every Markdown character escaped
    (HTML is never enabled anywhere in the dashboard)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def csv_file_name(name: str, filters: Filters) -> str:
    return f"jimo_{file_safe(name, 40)}_{filters.slug()}.csv"


def localise(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with its data columns named in the interface language."""
    return frame.rename(columns=lambda column: t(COLUMN_LABELS[column], lang) if column in COLUMN_LABELS else column)


def table(frame: pd.DataFrame, name: str, filters: Filters, key: str | None = None, **dataframe_args):
    """A sortable table and a download of exactly its rows, both with localised column
    names; dates shown as YYYY-MM-DD.
    Returns the dataframe event (for pages that use row selection)."""
    lang = filters.lang
    if frame.empty:
        st.info(t("no_rows", lang))
        return None
    config = {
        column: st.column_config.DateColumn(format="YYYY-MM-DD")
        for column in frame.columns
        if pd.api.types.is_datetime64_any_dtype(frame[column])
    }
    if "link" in frame.columns:
        config["link"] = st.column_config.LinkColumn(display_text=t("open_in_reader", lang))
    shown = localise(frame, lang)
    labels = dict(zip(frame.columns, shown.columns))
    event = st.dataframe(
        shown, hide_index=True, key=key, column_config={labels[c]: v for c, v in config.items() if c in labels}, **dataframe_args
    )
    st.download_button(
        f"{t('download_csv', lang)} ({len(shown)} {t('rows', lang)})",
        data=lambda: csv_bytes(shown),  # built when clicked, not on every rerun
        file_name=csv_file_name(name, filters),
        mime="text/csv",
        on_click="ignore",
        key=f"download_{key or name}",
    )
    return event


def style(fig: go.Figure, height: int = 380) -> go.Figure:
    fig.update_layout(
        font_family=CJK_FONTS,
        height=height,
        margin=dict(l=10, r=10, t=40, b=10),
        legend_title_text="",
        template="plotly_white",
    )
    return fig


def chart(fig: go.Figure, key: str, **args):
    return st.plotly_chart(style(fig), key=key, width="stretch", config=PLOTLY_CONFIG, **args)


def choice_param(key: str, label: str) -> str:
    """A page's own option with fixed choices (`freq=month`, declared in
    `state.PAGE_OPTIONS`): from the URL (where an unusable value is named in the
    sidebar and gives the default), shown as a segmented control, written back to the URL."""
    lang = st.session_state["filters"].lang
    option = PAGE_OPTIONS[key]
    widget_key = f"choice_{key}"
    if widget_key not in st.session_state:
        st.session_state[widget_key] = page_option(key)
    chosen = (
        st.segmented_control(label, option.choices, key=widget_key, format_func=lambda o: t(o, lang) if o in LABELS else o)
        or option.default
    )
    st.query_params[key] = chosen
    return chosen


def reader_params(filters: Filters, **params: str) -> dict:
    """The reader's query parameters: the filters, and which article or page to open."""
    return {**filters.to_params(), **params}


def reader_links(filters: Filters, key: str, values: pd.Series) -> pd.Series:
    """Links that open the reader on each article or page id (`key`: article | page),
    keeping the filters."""
    prefix = f"/{page_url('reader')}?" + urlencode({**reader_params(filters), key: ""}, doseq=True)
    return prefix + values.map(lambda value: quote(str(value), safe=""))


def open_in_reader(filters: Filters, **params: str) -> None:
    st.switch_page(page_script("reader"), query_params=reader_params(filters, **params))
