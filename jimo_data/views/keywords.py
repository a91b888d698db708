"""Keywords: hit trends, key terms of the selection, word cloud, keyword in context.
Every count on the page is of hits by the one definition (`analysis/search.py`)."""

from __future__ import annotations

import re

import pandas as pd
import plotly.express as px
import streamlit as st
from wordcloud import WordCloud

from jimo_data.analysis import (
    by_month,
    concordance,
    corpus_term_totals,
    key_terms_with_hits,
    keyness_against_rest,
    office_tenures,
    offices_by_holders,
    parse_query,
    selection_hits,
    term_trend,
    undated_hits,
)
from jimo_data.views.context import context, session_memo
from jimo_data.views.fonts import cjk_font_path
from jimo_data.views.state import keep_in_url, office_holders_of
from jimo_data.views.widgets import (
    chart,
    choice_param,
    date_axis,
    figure,
    follow_default,
    no_rows,
    reader_links,
    table,
    tenure_shapes,
    url_choice,
)

MAX_TERMS = 8
KEY_TERMS = 40
MEASURES = {"count": "count", "per_10k": "per_10k_chars"}  # the `measure` option -> the trend's column
# Counting a term's hits reads the selection's text once: at most this many characters
# a rerun (a few tenths of a second); the key terms beyond are counted on request.
HIT_BUDGET = 40_000_000


def split_terms(text: str) -> list[str]:
    """The terms typed in the box, set off by commas or 、, at most MAX_TERMS."""
    return [term.strip() for term in re.split(r"[,，、]", text) if term.strip()][:MAX_TERMS]


ctx = context()
sel, t, corpus = ctx.selection, ctx.t, ctx.corpus
st.title(t("page_keywords"))
st.caption(t("hit_definition"))
filtered = ctx.filters.active
top = session_memo("term_totals", ctx.filters, sel.term_totals) if filtered else corpus_term_totals(corpus)

# The words searched for in the sidebar, when there are: a user who searched 营商环境 comes here for its trend.
searched = [term.text for term in parse_query(ctx.filters.query).terms if term.field == "text"]
default_terms = ",".join(searched[:MAX_TERMS] or top.index[:3].astype(str))
follow_default("terms_input", default_terms)
raw_terms = st.text_input(t("terms_input"), value=st.query_params.get("terms", default_terms), key="terms_input", max_chars=200)
terms = split_terms(raw_terms) or split_terms(default_terms)  # an emptied box: the default terms again
keep_in_url("terms", ",".join(terms), default_terms)  # the default follows the sidebar's search: the link need not hold it
left, right = st.columns(2)
with left:
    per = choice_param("per", t("per"))
with right:
    measure = choice_param("measure", t("measure"))
# Tenures come from the whole corpus: a holder's span does not shrink with the filters.
holders = office_holders_of(corpus)
tenure_office = (
    url_choice(
        "tenure",
        t("tenures"),
        offices_by_holders(holders),
        None,
        widget_key="tenure_office",
        placeholder=t("choose"),
        help=t("tenures_help"),
    )
    if per == "month"  # bands need a time axis; issues are categories
    else None
)


def trend_chart(trend: pd.DataFrame) -> None:
    """Lines per term: months on a date axis with a gap where no article was printed,
    issues as categories."""
    if per == "month":
        first, last = trend["period"].min(), trend["period"].max()
        layout = date_axis(first, last, "month", ctx.lang)
        if tenure_office:
            layout["shapes"] = tenure_shapes(by_month(office_tenures(holders, tenure_office)), first, last)
    else:
        layout = {"xaxis": {"type": "category"}}
    y = MEASURES[measure]
    fig = figure(
        px.line,
        trend.astype({"count": float}),
        x="period",
        y=y,
        color="term",
        markers=True,
        labels={"period": t("col_date"), y: t(measure), "term": t("col_term")},
        layout={**layout, "yaxis": {"rangemode": "tozero"}},  # a count's axis starts at 0: its height is the count
        traces={"connectgaps": False},
    )
    chart(fig, key="trend_chart")


def undated_note(listing: pd.DataFrame) -> None:
    """How many articles, and hits, no time axis can show."""
    undated = int(listing["date"].isna().sum())
    if undated:
        hits = undated_hits(corpus, listing, terms)
        listed = ("、" if ctx.lang == "zh" else ", ").join(f"{term} {count}" for term, count in hits.items())
        st.caption(t("trend_undated", articles=undated, hits=listed))


st.subheader(t("trend"))
if terms and len(sel.listing):
    trend = session_memo("term_trend", (ctx.filters, tuple(terms), per), lambda: term_trend(corpus, sel.listing, terms, per))
    if len(trend):
        trend_chart(trend)
    st.caption(t(f"trend_unit_{per}"))  # only months have gaps: an issue has its articles
    undated_note(sel.listing)
    printed = trend[trend["articles"] > 0]  # the chart shows the months without articles as gaps
    shown = printed.assign(period=printed["period"].dt.strftime("%Y-%m")) if per == "month" else printed
    # The text searched holds captions and notices too: its items, not the overview's articles.
    table(shown.rename(columns={"articles": "items"}), "term_trend", ctx.filters, key="trend_table")
else:
    no_rows(ctx.filters)

st.subheader(t("top_terms"))
if filtered:
    key_terms = session_memo("keyness", ctx.filters, lambda: keyness_against_rest(top, corpus_term_totals(corpus), top=KEY_TERMS))
else:
    st.caption(t("whole_corpus_note"))
    key_terms = top.head(KEY_TERMS).rename("count").rename_axis("term").reset_index()
st.caption(t("key_terms_note"))
asked = (ctx.filters, tuple(key_terms["term"]))
budget = None if st.session_state.get("count_every_hit") == asked else HIT_BUDGET
key_terms = session_memo("key_term_hits", (asked, budget), lambda: key_terms_with_hits(corpus, key_terms, sel.mask, budget))
table(key_terms, "key_terms", ctx.filters, key="key_terms_table")
if uncounted := int(key_terms["hits"].isna().sum()):
    st.button(t("count_every_hit", terms=uncounted), on_click=lambda: st.session_state.update(count_every_hit=asked))

st.subheader(t("word_cloud"))


@st.cache_data(show_spinner=False, max_entries=16)
def word_cloud(frequencies: tuple[tuple[str, int], ...], font: str):
    # Laid out on a small canvas and drawn at twice the size: much faster, as sharp.
    cloud = WordCloud(
        font_path=font,
        width=400,
        height=160,
        scale=2,
        max_words=60,
        background_color="white",
        colormap="copper",
        prefer_horizontal=1.0,
        random_state=7,
    )
    return cloud.generate_from_frequencies(dict(frequencies)).to_array()


font = cjk_font_path()
if not font:
    st.warning(t("no_cjk_font"))
elif len(top):
    st.image(word_cloud(tuple((str(term), int(count)) for term, count in top.head(150).items()), font), width="stretch")
else:
    no_rows(ctx.filters)

st.subheader(t("kwic"))
# The word in context follows the first term typed above, unless one of its own was typed (or linked).
first_term = terms[0] if terms else ""
follow_default("kwic_input", first_term)
kwic_term = st.text_input(t("kwic_term"), value=st.query_params.get("kwic", first_term), key="kwic_input", max_chars=40).strip()
st.query_params["kwic"] = kwic_term
lines, total = session_memo(
    "kwic",
    (ctx.filters, kwic_term),
    lambda: (concordance(corpus.articles, kwic_term, among=sel.mask), int(selection_hits(corpus, [kwic_term], sel.mask).sum())),
)
if len(lines) < total:
    st.caption(t("kwic_cut", total=f"{total:,}", shown=f"{len(lines):,}"))
lines = lines.assign(link=reader_links(ctx.filters, "article", lines["article_id"], hl=kwic_term))
table(lines, "kwic_" + kwic_term[:20], ctx.filters, key="kwic_table")
