"""Shared widgets: tables with a CSV download, safe text, charts, page options, links
to the reader."""

from __future__ import annotations

import html
import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import quote, urlencode, urlsplit

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
import xxhash

from jimo_data.analysis.projects import STAGES
from jimo_data.analysis.summary import unplaced_pages
from jimo_data.export import csv_bytes, download_name
from jimo_data.filters import FILTER_KEYS, FILTERS, UNKNOWN, Filters

from . import page_script, page_url
from .codes import localise_codes, stage_text
from .context import Context, context
from .i18n import COLUMN_LABELS, LABELS, listed, t
from .state import PAGE_OPTIONS, keep_in_url, page_option, set_undated

CJK_FONTS = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif"
PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": False}
# Twenty colours that can be told apart (Kelly's colours of maximum contrast, without
# white and black), strongest first: a chart of up to twenty offices or reporters never
# gives two of them one colour.
SERIES_COLOURS = (
    "#0067A5", "#BE0032", "#008856", "#F38400", "#875692", "#882D17", "#8DB600", "#E68FAC", "#604E97", "#F6A600",
    "#2B3D26", "#A1CAF1", "#B3446C", "#654522", "#E25822", "#848482", "#C2B280", "#F99379", "#DCD300", "#F3C300",
)  # fmt: skip
OTHER_COLOUR = "#D4D2CB"  # a series that gathers the rest (其他 158 种刊物): lighter than any of the twenty
# Built figures shared by every session: the same data and arguments give the same figure.
FIGURES_KEPT = 64
_figures: OrderedDict[bytes, go.Figure] = OrderedDict()
_figures_lock = threading.Lock()
# The reader shows at most this many characters of an article or a page: a page of tens
# of megabytes sent whole freezes the browser tab; this is a long newspaper page many
# times over.
TEXT_LIMIT = 200_000
# A search hit is marked by its colour alone, as Chinese search engines and CNKI mark
# hits: a Markdown background colour comes with padding that reads as spaces inserted
# around the word. Red against the page (.streamlit/config.toml backgroundColor) is
# above the 4.5:1 contrast of WCAG AA, and lighter than the body text, so the hit also
# stands out without colour vision (tests/test_reader.py computes both).
HIGHLIGHT_COLOUR = "#d40000"
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
        pieces += [md_escape(text[done : hit.start()]), marked(hit.group())]
        done = hit.end()
    return "".join(pieces) + md_escape(text[done:])


def csv_file_name(name: str, filters: Filters, options: dict | None = None) -> str:
    return download_name(name, filters, options or {}, "csv")


def page_options(but: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """The settings in the URL besides the filters, as they are now (a page writes its
    options into the URL while it is drawn): every page option that is not its default
    (checked as the sidebar checks it, `state.PAGE_OPTIONS`) and any other parameter
    a page keeps there (the keywords page's `terms`), except those named in `but`. A
    download's name says them all."""
    corpus = context().corpus
    chosen = {}
    for key in st.query_params:
        if key in but:
            continue
        values = st.query_params.get_all(key)
        if key in PAGE_OPTIONS:
            option = PAGE_OPTIONS[key]
            value, _ = option.parse(values, corpus)
            if value != option.default:
                chosen[key] = (value,) if isinstance(value, str) else value
        elif key not in FILTER_KEYS:
            chosen[key] = tuple(values)
    return chosen


def marked(word: str) -> str:
    """Escaped Markdown of a hit, in the highlight colour."""
    return f':color[{md_escape(word)}]{{foreground="{HIGHLIGHT_COLOUR}"}}'


def localise(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with its data columns named in the interface language; a stage's English
    word, lower case in a sentence, heads its column capitalised (`signed`: `Signed`)."""
    return frame.rename(columns=lambda column: _header(COLUMN_LABELS[column], lang) if column in COLUMN_LABELS else column)


def _header(label: str, lang: str) -> str:
    text = t(label, lang)
    return text[:1].upper() + text[1:] if lang == "en" and label.startswith("stage_") else text


def localised(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame as people read it: its codes and its columns' names in the interface language."""
    return localise(localise_codes(frame, lang), lang)


# What a table shows for a missing value (an undated byline's dates, a page without an
# issue number): Streamlit's default is the English word None, in every language.
MISSING = "—"


DATE_COLUMN_PIXELS = 100  # a whole YYYY-MM-DD: sized to a short heading (开工), a date shows cut to 2026-04
CONCORDANCE = ("left", "keyword", "right")  # shown first: a narrow window would push the right context out of sight
# Shown right after a row's first column (its name), before long text and ten stage dates push
# them out of a laptop's window: how often, and the reader's link.
COUNTS = ("n_mentions", "n_articles")


def _key_columns_first(frame: pd.DataFrame) -> pd.DataFrame:
    """The first column (the concordance's three), then the counts and the reader's link, then the rest."""
    lead = list(CONCORDANCE) if set(CONCORDANCE) <= set(frame.columns) else list(frame.columns[:1])
    links = [column for column in frame.columns if column == "link" or str(column).endswith("_link")]
    front = [*lead, *(column for column in (*COUNTS, *links) if column in frame.columns and column not in lead)]
    return frame[[*front, *(column for column in frame.columns if column not in front)]]


def no_rows(filters: Filters) -> None:
    """What an empty table or chart says: that the filters leave nothing, or, with no
    filter and no page option set, that the corpus holds nothing of the kind (the seeds
    have no reprints); said in full once a page, each later empty section saying only
    that it is empty too (a new user read the same box four times on one page). When the
    filters together keep no article, how many each keeps by itself, once a page (a new
    user looked for it in the sidebar, below the fold)."""
    ctx = context()
    if "no_rows" in ctx.said:
        st.caption(t("no_rows_again", filters.lang))
        return
    ctx.said.add("no_rows")
    st.info(t("no_rows" if filters.active or page_options() else "none_in_corpus", filters.lang))
    if filters.active and "kept_alone" not in ctx.said and (alone := _kept_alone_line(ctx)):
        st.caption(alone)  # under the first empty section only
        ctx.said.add("kept_alone")


def _kept_alone_line(ctx: Context) -> str:
    """When two filters or more together keep no article: how many each keeps by itself ("" otherwise: one filter
    alone keeping none says so itself)."""
    alone = getattr(ctx.selection, "kept_alone", {})  # a served store's selection counts in SQL and has none
    if not (len(alone) > 1 and ctx.selection.listing.empty):
        return ""
    labels = {f.key: f.label for f in FILTERS}
    return t("no_rows_alone", ctx.lang, parts=listed((f"{t(labels[key], ctx.lang)} {n:,}" for key, n in alone.items()), ctx.lang))


def table(frame: pd.DataFrame, name: str, filters: Filters, key: str | None = None, options: dict | None = None, **dataframe_args):
    """A sortable table and a download of exactly its rows, both with localised column
    names; dates shown as YYYY-MM-DD, a missing value as MISSING. The download's name
    says the filters and `options` (by default every page option in the URL,
    `page_options()`). Returns the dataframe event (for pages that use row selection)."""
    lang = filters.lang
    if frame.empty:
        no_rows(filters)
        return None
    config = {
        column: st.column_config.DateColumn(format="YYYY-MM-DD", width=DATE_COLUMN_PIXELS)
        for column in frame.columns
        if pd.api.types.is_datetime64_any_dtype(frame[column])
    }
    # Measures (per 10,000 words, G², log-Dice) shown with two decimals, as the CLI prints them; the download keeps them whole.
    config |= {
        column: st.column_config.NumberColumn(format="%.2f") for column in frame.columns if pd.api.types.is_float_dtype(frame[column])
    }
    frame = _key_columns_first(frame)
    if set(CONCORDANCE) <= set(frame.columns):  # a keyword in context: the hits in a column, their contexts either side
        config |= {"left": st.column_config.TextColumn(alignment="right"), "keyword": st.column_config.TextColumn(alignment="center")}
    link_columns = [column for column in frame.columns if column == "link" or str(column).endswith("_link")]
    for link in link_columns:
        config[link] = st.column_config.LinkColumn(display_text=t("open_in_reader", lang))
    shown = localised(frame, lang)
    labels = dict(zip(frame.columns, shown.columns))
    event = st.dataframe(
        shown,
        hide_index=True,
        key=key,
        column_config={labels[c]: v for c, v in config.items() if c in labels},
        placeholder=MISSING,
        **dataframe_args,
    )
    origin = _app_origin()
    st.download_button(
        f"{t('download_csv', lang)} ({len(shown)} {t('one_row' if len(shown) == 1 else 'rows', lang)})",
        data=lambda: table_csv(frame, lang, origin),  # built when clicked, not on every rerun
        file_name=csv_file_name(name, filters, page_options() if options is None else options),
        mime="text/csv",
        on_click="ignore",
        key=f"download_{key or name}",
    )
    return event


def table_csv(frame: pd.DataFrame, lang: str, origin: str | None = None) -> bytes:
    """A table's rows as its download holds them: columns in the table's order, localised,
    links to the reader absolute (from `origin`, the app's by default)."""
    frame = _key_columns_first(frame)
    shown = localised(frame, lang)
    links = [label for column, label in zip(frame.columns, shown.columns) if column == "link" or str(column).endswith("_link")]
    return csv_bytes(with_absolute_links(shown, links, _app_origin() if origin is None else origin))


def _app_origin() -> str:
    """The scheme, host and port the browser reaches the app at (`http://127.0.0.1:8501`); "" when unknown."""
    parts = urlsplit(st.context.url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def with_absolute_links(shown: pd.DataFrame, links: list[str], origin: str) -> pd.DataFrame:
    """The table with its reader links (`/reader?…`) made whole, so that they open from a
    spreadsheet too (a new user's find); the page's own table keeps them relative."""
    if not origin or not links:
        return shown
    return shown.assign(
        **{column: shown[column].where(~shown[column].str.startswith("/", na=False), origin + shown[column]) for column in links}
    )


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
    fig.update_layout(_whole_number_ticks(frame, args.get("x"), args.get("y")))
    fig.update_layout(layout or {})
    fig.update_layout(_level_y_title(fig))
    fig.update_traces(traces or {})
    with _figures_lock:
        _figures[key] = fig
        while len(_figures) > FIGURES_KEPT:
            _figures.popitem(last=False)
    return fig


def _level_y_title(fig: go.Figure) -> dict:
    """The y axis's title written level above the axis instead of along it: plotly turns
    a y title on its side, and Chinese turned on its side reads sideways."""
    title = fig.layout.yaxis.title.text
    if not title:
        return {}
    level = dict(text=title, xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="bottom", yshift=8, showarrow=False)
    return {"yaxis_title_text": "", "annotations": [*fig.layout.annotations, level]}


FEW_COUNTS = 6  # below this tallest bar, plotly's own ticks fall between whole numbers (0.2 articles)


def _whole_number_ticks(frame: pd.DataFrame, x, y) -> dict:
    """A y axis of counts (whole numbers) ticked at every whole number when the tallest bar,
    stacked over `x`, is small: a small folder's charts would read 0, 0.2, 0.4 … articles."""
    if not (isinstance(y, str) and y in frame and pd.api.types.is_integer_dtype(frame[y].dtype)) or frame.empty:
        return {}
    tallest = frame.groupby(x)[y].sum().max() if isinstance(x, str) and x in frame else frame[y].max()
    return {"yaxis": {"dtick": 1}} if tallest < FEW_COUNTS else {}


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


DAY_MS = 86_400_000  # plotly's date axes count in milliseconds


def date_axis(first: pd.Timestamp, last: pd.Timestamp, per: str, lang: str) -> dict:
    """Layout settings for an x axis of dates counted `per` month or day: ticks on whole
    periods (a monthly chart never gets day ticks, a daily one no hour ticks), no more than about twelve of them,
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
        # Whole days: plotly's own ticks on a span of two days fall every few hours, each written as its day.
        step = max(1, -(-((last - first).days + 1) // 12))
        axis = dict(dtick=step * DAY_MS, tick0=first.strftime("%Y-%m-%d"), tickformat=("%Y年%-m月%-d日", "%Y-%m-%d")[lang != "zh"])
        hover = ("%Y年%-m月%-d日", "%Y-%m-%d")
    return {"xaxis": {**axis, "hoverformat": hover[lang != "zh"]}}


def chart(fig: go.Figure, key: str, **args):
    return st.plotly_chart(fig, key=key, width="stretch", config=PLOTLY_CONFIG, **args)


def reached_stages(lang: str) -> list[str]:
    """A projects page's filter by stage reached (`status=`), the URL keeping the choice. Every
    stage is offered, reported under the filters or not: a link asking for one that is not
    (status=签约 beside official=孙杰) keeps it and shows no project, instead of losing it."""
    statuses = multiselect(
        st,
        t("reached_stage", lang),
        list(STAGES),
        lang,
        default=list(page_option("status")),
        key="project_status",
        help=t("reached_stage_help", lang),
        format_func=lambda stage: stage_text(stage, lang),
    )
    if statuses:
        st.query_params["status"] = statuses
    else:
        st.query_params.pop("status", None)
    return statuses


def multiselect(container, label: str, options, lang: str, **args) -> list:
    """A list of choices in the interface's words: its placeholder in `lang`, and no
    "Select all" (Streamlit's words, English on any page; every value chosen is no filter)."""
    return container.multiselect(label, options, placeholder=t("choose", lang), select_all=False, **args)


# The overview's figures (`summary_figures`) and the label each is shown under: the projects
# figure counts names, which the projects page groups into projects.
SUMMARY_METRICS = {
    "pages": "pages",
    "issues": "issues",
    "articles": "articles",
    "reporters": "reporters",
    "officials": "officials",
    "projects": "project_names",
}
METRIC_HELP = {"reporters": "reporters_help", "projects": "projects_count_help"}


def summary_metrics(figures: dict, t) -> None:
    """The overview's figures side by side, each with what it counts where that is not plain."""
    for column, (key, label) in zip(st.columns(len(SUMMARY_METRICS)), SUMMARY_METRICS.items()):
        column.metric(t(label), figures[key], help=t(METRIC_HELP[key]) if key in METRIC_HELP else None)


def follow_default(key: str, default: object) -> None:
    """Let the widget `key` follow its default (the sidebar's search, the first term) as the
    default changes, while it shows the default it last took; a value typed stays."""
    followed = st.session_state.get(f"_{key}_default", default)
    if followed != default and st.session_state.get(key) == followed:
        st.session_state[key] = default
    st.session_state[f"_{key}_default"] = default


def choice_param(key: str, label: str) -> str:
    """A page's own option with fixed choices (`freq=month`, declared in
    `state.PAGE_OPTIONS`): from the URL (where an unusable value is named in the
    sidebar and gives the default), shown as a segmented control, written back to the URL.
    A choice is shown by its label (the option's `labels` + choice) when there is one."""
    lang = st.session_state["filters"].lang
    option = PAGE_OPTIONS[key]
    labels = option.labels
    widget_key = f"choice_{key}"
    if widget_key not in st.session_state:
        st.session_state[widget_key] = page_option(key)
    chosen = (
        st.segmented_control(
            label, option.choices, key=widget_key, format_func=lambda o: t(labels + o, lang) if labels + o in LABELS else o
        )
        or option.default
    )
    st.query_params[key] = chosen
    return chosen


def url_choice(key: str, label: str, choices: list[str], default: str | None, widget_key: str = "", **args) -> str | None:
    """A selectbox of a page option (`state.PAGE_OPTIONS`): its value from the URL, else
    `default` (None: nothing chosen), written back to the URL (left out when nothing is)."""
    wanted = page_option(key)
    index = choices.index(wanted) if wanted in choices else None if default is None else choices.index(default)
    chosen = st.selectbox(label, choices, index=index, key=widget_key or f"option_{key}", **args)
    if wanted and wanted not in choices:  # known to the corpus, not offered here (a holder of another office)
        lang = st.session_state["filters"].lang
        shown = md_escape(default if default is not None else t("choose", lang))
        st.caption(t("param_not_a_choice", lang, key=key, value=md_escape(str(wanted)), allowed=shown))
    keep_in_url(key, chosen)
    return chosen


def reader_params(filters: Filters, **params: str) -> dict:
    """The reader's query parameters: the filters, and which article or page to open."""
    return {**filters.to_params(), **params}


def reader_links(filters: Filters, key: str, values: pd.Series, **params: str) -> pd.Series:
    """Links that open the reader on each article or page id (`key`: article | page; or a
    filter's key, to open it on each value of that filter), keeping the other filters,
    with the reader's other options `params` (`hl`: a word to mark; an empty one is left
    out)."""
    options = {name: value for name, value in params.items() if value}
    # `key` last, where each value is appended: a filter of that name gives way to it
    query = {name: value for name, value in reader_params(filters, **options).items() if name != key}
    prefix = f"/{page_url('reader')}?" + urlencode({**query, key: ""}, doseq=True)
    return prefix + values.map(lambda value: quote(str(value), safe=""))


def open_in_reader(filters: Filters, **params: str) -> None:
    st.switch_page(page_script("reader"), query_params=reader_params(filters, **params))


def undated_note(ctx: Context, where=st) -> None:
    """Under a date filter: how many articles it leaves out for want of a date, and one
    button to include them (or to leave them out again). Drawn once per run, in the
    sidebar below the date bounds; says nothing when no date decides anything."""
    undated, t = ctx.filters.undated, ctx.t
    if undated == "only":
        where.info(t("undated_only", n=len(ctx.selection.listing)))
        where.button(t("undated_show_all"), key="undated_button", on_click=set_undated, args=("",), width="stretch")
    elif ctx.selection.undated:
        included = undated == "include"
        text, action = ("undated_included", "undated_exclude") if included else ("undated_left_out", "undated_include")
        (where.info if included else where.warning)(t(text, n=ctx.selection.undated))
        where.button(t(action), key="undated_button", on_click=set_undated, args=("" if included else "include",), width="stretch")


def unplaced_pages_line(ctx: Context, pages: pd.DataFrame | dict[str, int]) -> None:
    """A line with how many of `pages` have no date and no publication (or those counts,
    as `unplaced_pages` gives them: a store's), each with a link to their articles in
    the reader (`undated=only`, `pub=(unknown)`)."""
    link = {"undated": {"undated": "only"}, "unknown_pub": {"pub": UNKNOWN}}
    parts = [
        ctx.t(f"pages_{what}", n=n) + (f" · [{ctx.t('see_in_reader')}]({_reader_url(ctx.filters, **link[what])})" if n else "")
        for what, n in (pages if isinstance(pages, dict) else unplaced_pages(pages)).items()
    ]
    st.caption(" ｜ ".join(parts))


def _reader_url(filters: Filters, **params) -> str:
    return f"/{page_url('reader')}?" + urlencode(reader_params(filters, **params), doseq=True)


_PERIOD_MS = {"day": 86_400_000, "week": 7 * 86_400_000, "month": 30.44 * 86_400_000}


def period_bars(per: str, first: pd.Timestamp, last: pd.Timestamp) -> dict:
    """Trace settings for bars at the start of each day, week or month: each as wide as
    its period and within it. Plotly's default width is the smallest distance between
    two bars, which draws a lone month years wide and hides that the months between
    had no articles. A bar is never narrower than a 300th of the chart's span, though:
    a day on an axis of years would be under a pixel, neither seen nor clickable."""
    period = _PERIOD_MS[per]
    return {"width": max(0.8 * period, (last - first).total_seconds() * 1000 / 300), "offset": 0.1 * period}


def stable_colours(shown, ranked: list[str]) -> dict[str, str]:
    """A series colour for each shown value, the one of its rank in `ranked` (the whole
    corpus's order), so that a value keeps its colour whatever the filters leave; a value
    ranked beyond the colours takes one no shown value has, and when none is left the
    colours again in turn (as plotly repeats them)."""
    own = dict(zip(ranked, SERIES_COLOURS))
    shown = list(dict.fromkeys(shown))
    taken = {own[value] for value in shown if value in own}
    spare = itertools.chain([colour for colour in SERIES_COLOURS if colour not in taken], itertools.cycle(SERIES_COLOURS))
    return {value: own.get(value) or next(spare) for value in shown}


def name_unknown_publication(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with an empty `publication` shown as （未知刊物）, the name the
    publication filter offers for it (a blank cell or legend entry reads as missing data)."""
    return frame.assign(publication=frame["publication"].replace("", t("unknown_pub", lang)))


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
