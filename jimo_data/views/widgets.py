"""Shared widgets: tables with a CSV download, safe text, charts, page options, links
to the reader."""

from __future__ import annotations

import html
import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import quote, urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
import xxhash

from jimo_data.export import csv_bytes
from jimo_data.filters import Filters, file_safe

from . import page_script, page_url
from .i18n import COLUMN_LABELS, LABELS, t
from .state import PAGE_OPTIONS, page_option

CJK_FONTS = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif"
PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": False}
# Twenty colours that can be told apart (Kelly's colours of maximum contrast, without
# white and black), strongest first: a chart of up to twenty offices or reporters never
# gives two of them one colour.
SERIES_COLOURS = (
    "#0067A5", "#BE0032", "#008856", "#F38400", "#875692", "#882D17", "#8DB600", "#E68FAC", "#604E97", "#F6A600",
    "#2B3D26", "#A1CAF1", "#B3446C", "#654522", "#E25822", "#848482", "#C2B280", "#F99379", "#DCD300", "#F3C300",
)  # fmt: skip
# Built figures shared by every session: the same data and arguments give the same figure.
FIGURES_KEPT = 64
_figures: OrderedDict[bytes, go.Figure] = OrderedDict()
_figures_lock = threading.Lock()
# The reader shows at most this many characters of an article or a page: a page of tens
# of megabytes sent whole freezes the browser tab; this is a long newspaper page many
# times over.
TEXT_LIMIT = 200_000
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~:$=^&])")


def md_escape(text: str) -> str:
    """Corpus or URL text made inert for st.markdown: every Markdown character escaped
    (HTML is never enabled anywhere in the dashboard)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def highlight(text: str, words: list[str]) -> str:
    """Escaped Markdown of `text` with every hit of the query words marked. The hits are
    found in the original text, never in the Markdown, so no word can match the
    inserted markup. Scanning left to right, the longest word that starts at a place
    wins, and hits do not overlap (like search, which counts literal hits)."""
    words = sorted({word for word in words if word}, key=len, reverse=True)
    if not words:
        return md_escape(text)
    pieces, done = [], 0
    for hit in re.finditer("|".join(map(re.escape, words)), text):
        pieces += [md_escape(text[done : hit.start()]), f":orange-background[{md_escape(hit.group())}]"]
        done = hit.end()
    return "".join(pieces) + md_escape(text[done:])


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
    for link in [column for column in frame.columns if column == "link" or str(column).endswith("_link")]:
        config[link] = st.column_config.LinkColumn(display_text=t("open_in_reader", lang))
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


def chart_data(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with `&`, `<` and `>` escaped in every text cell: plotly renders tags
    (`<a href>`, `<b>`, `<br>`) in legends, tick labels and hover text, and labels come
    from the corpus or the URL. Plotly shows the entities as the characters. A value
    read back from a click is the escaped text (`html.unescape` gives the original)."""
    text = [
        name
        for name in frame.columns
        if pd.api.types.is_string_dtype(frame[name].dtype) or isinstance(frame[name].dtype, pd.CategoricalDtype)
    ]
    return frame.assign(**{name: frame[name].map(_html_escape, na_action="ignore") for name in text})


def _html_escape(value):
    return html.escape(value, quote=False) if isinstance(value, str) else value


def figure(
    plot: Callable[..., go.Figure], frame: pd.DataFrame, *, layout: dict | None = None, traces: dict | None = None, **args
) -> go.Figure:
    """Every chart of the dashboard is drawn by a plotly express function through here,
    from data whose labels cannot become markup, in the series colours and the
    dashboard's style, with `layout` and `traces` applied (`fig.update_layout`,
    `fig.update_traces`).

    Building a figure is most of a chart page's work, so a built figure is kept and
    given to every session that asks for the same one. It is shared: never change the
    figure returned; say everything here."""
    key = _figure_key(plot, frame, layout, traces, args)
    with _figures_lock:
        if key in _figures:
            _figures.move_to_end(key)
            return _figures[key]
    fig = plot(chart_data(frame), color_discrete_sequence=SERIES_COLOURS, **args)
    fig.update_layout(font_family=CJK_FONTS, height=380, margin=dict(l=10, r=10, t=40, b=10), legend_title_text="", template="plotly_white")
    fig.update_layout(layout or {})
    fig.update_traces(traces or {})
    with _figures_lock:
        _figures[key] = fig
        while len(_figures) > FIGURES_KEPT:
            _figures.popitem(last=False)
    return fig


def _figure_key(plot: Callable, frame: pd.DataFrame, *settings) -> bytes:
    """A digest of everything a figure is built from: the plotting function, the data
    (values, column names and types) and every argument."""
    digest = xxhash.xxh3_128(f"{plot.__module__}.{plot.__qualname__}|{list(frame.columns)}|{list(frame.dtypes)}|{settings!r}".encode())
    try:
        values = pd.util.hash_pandas_object(frame, index=False)
    except TypeError:  # cells holding lists or arrays
        values = pd.util.hash_pandas_object(frame.map(repr), index=False)
    digest.update(values.to_numpy().tobytes())
    return digest.digest()


def date_axis(first: pd.Timestamp, last: pd.Timestamp, per: str, lang: str) -> dict:
    """Layout settings for an x axis of dates counted `per` month or day: ticks on whole
    periods (a monthly chart never gets day ticks), no more than about twelve of them,
    written `2026年4月` / `2026年4月3日` in Chinese and `Apr 2026` / `2026-04-03` in English.
    Plotly's month names are English whatever the page's language, so Chinese dates are
    written with numbers."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if per == "month":
        step = next(n for n in (1, 2, 3, 6, 12, 24, 60, 120) if months / n <= 12 or n == 120)
        formats = ("%Y年%-m月", "%b %Y") if step < 12 else ("%Y年", "%Y")
        axis = dict(dtick=f"M{step}", tick0=f"{first.year}-01-01", tickformat=formats[lang != "zh"])
        hover = ("%Y年%-m月", "%b %Y")
    else:
        axis = dict(tickformat=("%Y年%-m月%-d日", "%Y-%m-%d")[lang != "zh"])
        hover = ("%Y年%-m月%-d日", "%Y-%m-%d")
    return {"xaxis": {**axis, "hoverformat": hover[lang != "zh"]}}


def chart(fig: go.Figure, key: str, **args):
    return st.plotly_chart(fig, key=key, width="stretch", config=PLOTLY_CONFIG, **args)


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


def tenure_shapes(tenures: pd.DataFrame, first: pd.Timestamp | None = None, last: pd.Timestamp | None = None) -> list[dict]:
    """Plotly layout shapes for `analysis.office_tenures`: one band per holder from the
    first to the last dated mention, behind the lines (`layer="below"`), labelled with
    the holder's name, for `figure(…, layout={"shapes": …})`. Bands are grey, a lighter
    and a darker one in turn, so no band takes the colour of a line it stands behind.
    A holder known from one day is a thin line, not widened: the band is the evidence.
    Given the chart's `first` and `last` dates, bands are cut to them and those outside
    left out, so that no band stretches the chart's axis. Names are escaped like every
    chart label (plotly renders tags in shape labels too)."""
    if first is not None and last is not None:
        tenures = tenures[(tenures["last_date"] >= first) & (tenures["first_date"] <= last)]
        tenures = tenures.assign(first_date=tenures["first_date"].clip(lower=first), last_date=tenures["last_date"].clip(upper=last))
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": row.first_date.isoformat(),
            "x1": row.last_date.isoformat(),
            "y0": 0,
            "y1": 1,
            "layer": "below",
            "fillcolor": f"rgba(0,0,0,{shade})",
            "line": {"width": 1, "color": "rgba(0,0,0,0.3)"},
            "label": {"text": _html_escape(row.name), "textposition": "top left", "font": {"size": 11, "color": "#404040"}},
        }
        for row, shade in zip(tenures.itertuples(index=False), itertools.cycle((0.06, 0.12)))
    ]
