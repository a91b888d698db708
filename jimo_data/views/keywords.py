"""Keywords: term trends, key terms of the selection, word cloud, keyword in context."""

from __future__ import annotations

import re

import plotly.express as px
import streamlit as st
from wordcloud import WordCloud

from jimo_data.analysis import concordance, corpus_term_totals, keyness_against_rest, term_trend
from jimo_data.views.context import context, session_memo
from jimo_data.views.fonts import cjk_font_path
from jimo_data.views.widgets import chart, choice_param, reader_links, table

MAX_TERMS = 8
KEY_TERMS = 40

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_keywords"))
is_article = (ctx.corpus.articles["kind"] == "article").to_numpy()
articles = sel.listing[is_article[sel.mask]]
filtered = ctx.filters.active
top = session_memo("term_totals", ctx.filters, sel.term_totals) if filtered else corpus_term_totals(ctx.corpus)

default_terms = ",".join(top.index[:3].astype(str))
raw_terms = st.text_input(t("terms_input"), value=st.query_params.get("terms", default_terms), key="terms_input", max_chars=200)
terms = [term.strip() for term in re.split(r"[,，、]", raw_terms) if term.strip()][:MAX_TERMS]
st.query_params["terms"] = ",".join(terms)
left, right = st.columns(2)
with left:
    per = choice_param("per", t("per"))
with right:
    measure = choice_param("measure", t("measure"))

st.subheader(t("trend"))
if terms and len(articles):
    trend = session_memo("term_trend", (ctx.filters, tuple(terms), per), lambda: term_trend(ctx.corpus, articles, terms, per))
    fig = px.line(
        trend,
        x="period",
        y=measure,
        color="term",
        markers=True,
        labels={"period": t("col_date"), measure: t(measure), "term": t("col_term")},
    )
    chart(fig, key="trend_chart")
    st.caption(t("per_10k_note"))
    table(trend, "term_trend", ctx.filters, key="trend_table")
else:
    st.info(t("no_rows"))

st.subheader(t("top_terms"))
if filtered:
    key_terms = session_memo("keyness", ctx.filters, lambda: keyness_against_rest(top, corpus_term_totals(ctx.corpus), top=KEY_TERMS))
else:
    st.caption(t("whole_corpus_note"))
    key_terms = top.head(KEY_TERMS).rename("count").rename_axis("term").reset_index()
table(key_terms, "key_terms", ctx.filters, key="key_terms_table")

st.subheader(t("word_cloud"))


@st.cache_data(show_spinner=False, max_entries=16)
def word_cloud(frequencies: tuple[tuple[str, int], ...], font: str):
    # Laid out on a small canvas and drawn at twice the size: much faster, as sharp.
    cloud = WordCloud(
        font_path=font,
        width=450,
        height=180,
        scale=2,
        max_words=80,
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

st.subheader(t("kwic"))
kwic_term = st.text_input(
    t("kwic_term"), value=st.query_params.get("kwic", terms[0] if terms else ""), key="kwic_input", max_chars=40
).strip()
st.query_params["kwic"] = kwic_term
lines = session_memo("kwic", (ctx.filters, kwic_term), lambda: concordance(ctx.corpus.articles, kwic_term, among=sel.mask & is_article))
lines = lines.assign(link=reader_links(ctx.filters, "article", lines["article_id"]))
table(lines, "kwic_" + kwic_term[:20], ctx.filters, key="kwic_table")
