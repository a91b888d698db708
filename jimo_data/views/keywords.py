"""Keywords: term trends, key terms of the selection, word cloud, keyword in context."""

from __future__ import annotations

import re

import pandas as pd
import plotly.express as px
import streamlit as st
from wordcloud import WordCloud

from jimo_data.analysis import concordance, keyness
from jimo_data.fonts import cjk_font_path
from jimo_data.views.state import choice_param, context
from jimo_data.views.widgets import chart, reader_link, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_keywords"))
articles = sel.articles[sel.articles["kind"] == "article"]

top = sel.terms.groupby("term")["count"].sum().sort_values(ascending=False)
default_terms = ",".join(top.index[:3]) if len(top) else ""
raw_terms = st.text_input(t("terms_input"), value=st.query_params.get("terms", default_terms), key="terms_input", max_chars=200)
terms = [term.strip() for term in re.split(r"[,，、]", raw_terms) if term.strip()][:8]
st.query_params["terms"] = ",".join(terms)
left, right = st.columns(2)
with left:
    per = choice_param("per", ["month", "issue"], "month", t("per"))
with right:
    measure = choice_param("measure", ["count", "per_10k"], "count", t("measure"))


@st.cache_data(show_spinner=False, max_entries=32)
def term_trend(article_text: pd.DataFrame, terms: tuple[str, ...], per: str, term_totals: pd.Series) -> pd.DataFrame:
    """Occurrences of each term per period; per 10,000 counted terms of that period."""
    rows = []
    for term in terms:
        counts = article_text["text"].str.count(re.escape(term))
        grouped = counts.groupby(article_text["period"]).sum()
        for period, count in grouped.items():
            total = term_totals.get(period, 0)
            rows.append((period, term, int(count), count / total * 10_000 if total else 0.0))
    return pd.DataFrame(rows, columns=["period", "term", "count", "per_10k"])


if per == "month":
    period = articles["date"].dt.to_period("M").dt.start_time.dt.strftime("%Y-%m")
else:
    issue = articles["page_id"].map(ctx.corpus.pages.set_index("page_id")["issue_no"])
    period = articles["date"].dt.strftime("%Y-%m-%d") + " " + issue.map(lambda n: f"第{n}期" if pd.notna(n) else "")
text = articles[["kicker", "headline", "subheadline", "body"]].agg("\n".join, axis=1)
article_text = pd.DataFrame({"period": period, "text": text}).dropna(subset=["period"])
term_totals = sel.terms.merge(pd.DataFrame({"article_id": articles["article_id"], "period": period}), on="article_id").groupby("period")["count"].sum()

st.subheader(t("trend"))
if terms and len(article_text):
    trend = term_trend(article_text, tuple(terms), per, term_totals)
    fig = px.line(trend.sort_values("period"), x="period", y=measure, color="term", markers=True, labels={"period": t("col_date"), measure: t(measure), "term": t("col_term")})
    chart(fig, key="trend_chart")
    st.caption(t("per_10k_note"))
    table(trend, "term_trend", ctx.filters, key="trend_table")
else:
    st.info(t("no_rows"))

st.subheader(t("top_terms"))
if ctx.filters.active:
    rest = ctx.corpus.terms[~ctx.corpus.terms["article_id"].isin(sel.articles["article_id"])]
    key_terms = keyness(sel.terms, rest, top=40)
else:
    st.caption(t("whole_corpus_note"))
    key_terms = top.head(40).rename("count").reset_index()
table(key_terms, "key_terms", ctx.filters, key="key_terms_table")

st.subheader(t("word_cloud"))


@st.cache_data(show_spinner=False, max_entries=16)
def word_cloud(frequencies: tuple[tuple[str, int], ...], font: str):
    cloud = WordCloud(font_path=font, width=1000, height=420, background_color="white", colormap="copper", prefer_horizontal=1.0, random_state=7)
    return cloud.generate_from_frequencies(dict(frequencies)).to_array()


font = cjk_font_path()
if not font:
    st.warning(t("no_cjk_font"))
elif len(top):
    st.image(word_cloud(tuple(top.head(150).items()), font), width="stretch")

st.subheader(t("kwic"))
kwic_term = st.text_input(t("kwic_term"), value=st.query_params.get("kwic", terms[0] if terms else ""), key="kwic_input", max_chars=40).strip()
st.query_params["kwic"] = kwic_term
lines = concordance(articles, kwic_term)
lines["link"] = lines["article_id"].map(lambda article_id: reader_link(ctx.filters, article=article_id))
table(lines, "kwic_" + kwic_term[:20], ctx.filters, key="kwic_table")
