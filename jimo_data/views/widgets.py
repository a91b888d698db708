"""Shared widgets: tables with a CSV download, safe text, chart styling."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from jimo_data.filters import Filters, file_safe

from .i18n import COLUMN_LABELS, t

CJK_FONTS = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif"
PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": False}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~:$=^&])")


def md_escape(text: str) -> str:
    """Corpus or URL text made inert for st.markdown: every Markdown character escaped
    (HTML is never enabled anywhere in the dashboard)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so that Excel shows Chinese."""
    return frame.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


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
    config = {column: st.column_config.DateColumn(format="YYYY-MM-DD") for column in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[column])}
    if "link" in frame.columns:
        config["link"] = st.column_config.LinkColumn(display_text=t("open_in_reader", lang))
    shown = localise(frame, lang)
    labels = dict(zip(frame.columns, shown.columns))
    event = st.dataframe(shown, hide_index=True, key=key, column_config={labels[c]: v for c, v in config.items() if c in labels}, **dataframe_args)
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


def reader_link(filters: Filters, **params: str) -> str:
    """A link that opens the reader on an article or page, keeping the filters."""
    return "/reader?" + urlencode({**filters.to_params(), **params}, doseq=True)


def reader_links(filters: Filters, key: str, values: pd.Series) -> pd.Series:
    """`reader_link` for a whole column of article or page ids."""
    prefix = reader_link(filters) + ("&" if filters.to_params() else "") + key + "="
    return prefix + values.map(lambda value: quote(str(value), safe=""))
