"""Collocates: the company a term keeps in the selection (collocates by an association
measure, clusters, dispersion over time, keyword in context sorted by either side) and
the key terms of two periods against each other. Method: docs/collocates.md. Every
setting is in the URL (`term`, `window`, `assoc`, `kwic_sort`, `a_from` … `b_to`)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import corpus_term_totals
from jimo_data.analysis.collocates import clusters, collocates, compare, dispersion, node_hits, sorted_concordance
from jimo_data.views.context import context, session_memo
from jimo_data.views.state import page_option
from jimo_data.views.widgets import chart, choice_param, date_axis, figure, reader_links, table

ctx = context()
sel, t, corpus = ctx.selection, ctx.t, ctx.corpus
st.title(t("page_collocates"))
st.caption(t("colloc_method"))

default_term = str(next(iter(corpus_term_totals(corpus).index), ""))
term = st.text_input(t("colloc_term"), value=st.query_params.get("term", default_term), key="colloc_term", max_chars=40).strip()
st.query_params["term"] = term
left, right = st.columns(2)
with left:
    window = int(choice_param("window", t("colloc_window")))
with right:
    measure = choice_param("assoc", t("colloc_measure"))
settings = (ctx.filters, term, window, measure)

if not term:
    st.info(t("no_rows"))
    st.stop()

st.caption(t("colloc_hits", term=term, hits=f"{node_hits(corpus, term, sel.mask):,}"))
st.subheader(t("colloc_table"))
st.caption(t("colloc_ranked", measure=t(measure)))
found = session_memo("collocates", settings, lambda: collocates(corpus, term, sel.mask, window=window, measure=measure))
table(found, f"collocates_{term[:20]}", ctx.filters, key="colloc_table")

st.subheader(t("clusters"))
table(
    session_memo("clusters", settings[:2], lambda: clusters(corpus, term, sel.mask)),
    f"clusters_{term[:20]}",
    ctx.filters,
    key="cluster_table",
)


def dispersion_chart(rows: pd.DataFrame) -> None:
    """A tick per dated hit on a date axis: where in time the term is used."""
    dated = rows.dropna(subset=["date"]).assign(term=term)
    if dated.empty:
        return
    fig = figure(
        px.scatter,
        dated,
        x="date",
        y="term",
        hover_data=["headline"],
        labels={"date": t("col_date"), "term": t("col_term"), "headline": t("col_headline")},
        layout={
            **date_axis(dated["date"].min(), dated["date"].max(), "day", ctx.lang),
            "height": 180,
            "showlegend": False,
            "yaxis": {"title": {"text": ""}},
        },
        traces={"marker": {"symbol": "line-ns-open", "size": 18}},
    )
    chart(fig, key="dispersion_chart")
    if undated := len(rows) - len(dated):
        st.caption(t("dispersion_undated", hits=undated))


st.subheader(t("dispersion"))
spread = session_memo("dispersion", settings[:2], lambda: dispersion(corpus, term, sel.mask))
st.caption(t("dispersion_note", hits=f"{len(spread):,}"))
dispersion_chart(spread)

st.subheader(t("kwic"))
by = choice_param("kwic_sort", t("kwic_sort"))
lines = session_memo("sorted_kwic", (*settings[:2], by), lambda: sorted_concordance(corpus.articles, term, by=by, among=sel.mask))
lines = lines.drop(columns=["sort_key"]).assign(link=reader_links(ctx.filters, "article", lines["article_id"], hl=term))
table(lines, f"kwic_{term[:20]}", ctx.filters, key="colloc_kwic_table")


def period_bounds() -> tuple[tuple[date, date], tuple[date, date]]:
    """The two periods of the URL; missing bounds split the selection's dates in half."""
    dates = sel.listing["date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (pd.Timestamp.today(),) * 2
    middle = first + (last - first) / 2
    defaults = {"a_from": first, "a_to": middle, "b_from": middle + pd.Timedelta(days=1), "b_to": last}
    value = {key: date.fromisoformat(page_option(key)) if page_option(key) else default.date() for key, default in defaults.items()}
    return (value["a_from"], value["a_to"]), (value["b_from"], value["b_to"])


def period_input(label: str, keys: tuple[str, str], bounds: tuple[date, date]) -> np.ndarray:
    """A date range, written to the URL; the articles of the selection within it."""
    chosen = st.date_input(label, value=bounds, key=f"period_{keys[0]}")
    start, end = chosen if isinstance(chosen, tuple) and len(chosen) == 2 else bounds  # a range half picked
    for key, value in zip(keys, (start, end)):
        st.query_params[key] = value.isoformat()
    dates = corpus.articles["date"]
    return sel.mask & (dates >= pd.Timestamp(start)).to_numpy() & (dates <= pd.Timestamp(end)).to_numpy()


st.subheader(t("compare_periods"))
st.caption(t("compare_note"))
bounds_a, bounds_b = period_bounds()
first_column, second_column = st.columns(2)
with first_column:
    mask_a = period_input(t("period_a"), ("a_from", "a_to"), bounds_a)
with second_column:
    mask_b = period_input(t("period_b"), ("b_from", "b_to"), bounds_b)
result = session_memo("compare", (ctx.filters, mask_a.tobytes(), mask_b.tobytes()), lambda: compare(corpus, mask_a, mask_b))
for column, name, key, articles, tokens in (
    (first_column, "a", result.key_a, result.articles_a, result.tokens_a),
    (second_column, "b", result.key_b, result.articles_b, result.tokens_b),
):
    with column:
        st.caption(t("period_size", articles=f"{articles:,}", tokens=f"{tokens:,}"))
        table(key, f"key_terms_period_{name}", ctx.filters, key=f"compare_{name}_table")
