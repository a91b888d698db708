"""Collocates: the company a term keeps in the selection (collocates by an association
measure, clusters, dispersion over time, keyword in context sorted by either side) and
the key terms of two sub-corpora against each other (two periods, papers or officials'
articles, or before and after a change of office holder). Method: docs/collocates.md.
Every setting is in the URL (`term`, `window`, `assoc`, `kwic_sort`, `compare_by` and
its choices: `a_from` … `b_to`, `a_pub`, `b_pub`, `a_official`, `b_official`, `office`,
`holder`)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import corpus_term_totals
from jimo_data.analysis.collocates import (
    READ_BUDGET,
    changed_offices,
    compare,
    count_clusters,
    hits_by_day,
    holder_changes,
    node_hits,
    official_mask,
    period_mask,
    publication_mask,
    rank_collocates,
    read_term,
    sorted_concordance,
    tenure_masks,
)
from jimo_data.analysis.officials import office_tenures
from jimo_data.views.context import context, session_memo
from jimo_data.views.state import office_holders_of, page_option, stop_page
from jimo_data.views.widgets import chart, choice_param, date_axis, figure, follow_default, reader_links, table, url_choice

Parts = tuple[np.ndarray, np.ndarray, str, str]  # the articles of A and B, and their names

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
    st.info(t("colloc_needs_term"))
    stop_page()

hits = node_hits(corpus, term, sel.mask)
st.caption(t("colloc_hits", term=term, hits=f"{hits:,}"))
if not hits:  # one message, not an empty table per section
    st.info(t("colloc_no_hits", term=term))
else:
    asked = settings[:2]
    budget = None if st.session_state.get("colloc_read_all") == asked else READ_BUDGET
    reading = session_memo("colloc_reading", (*asked, budget), lambda: read_term(corpus, term, sel.mask, budget))
    if not reading.complete:
        sample = int(reading.scope.sum())
        st.caption(t("colloc_sample", read=f"{reading.read:,}", holding=f"{reading.holding:,}", articles=f"{sample:,}"))
        st.button(t("colloc_read_all", holding=f"{reading.holding:,}"), on_click=lambda: st.session_state.update(colloc_read_all=asked))
    st.subheader(t("colloc_table"))
    st.caption(t("colloc_ranked", measure=t(measure)))
    found = session_memo("collocates", (*settings, budget), lambda: rank_collocates(corpus, reading, window, measure))
    table(found, f"collocates_{term[:20]}", ctx.filters, key="colloc_table")

    st.subheader(t("clusters"))
    table(
        session_memo("clusters", (*asked, budget), lambda: count_clusters(reading)),
        f"clusters_{term[:20]}",
        ctx.filters,
        key="cluster_table",
    )


def dispersion_chart(days: pd.DataFrame) -> None:
    """A tick per day with hits on a date axis: where in time the term is used."""
    if days.empty:
        return
    fig = figure(
        px.scatter,
        days,
        x="date",
        y="term",
        hover_data=["hits", "articles"],
        labels={"date": t("col_date"), "term": t("col_term"), "hits": t("col_hits"), "articles": t("col_articles")},
        layout={
            **date_axis(days["date"].min(), days["date"].max(), "day", ctx.lang),
            "height": 180,
            "showlegend": False,
            "yaxis": {"title": {"text": ""}},
        },
        traces={"marker": {"symbol": "line-ns-open", "size": 18}},
    )
    chart(fig, key="dispersion_chart")


if hits:
    st.subheader(t("dispersion"))
    days = session_memo("hit_days", settings[:2], lambda: hits_by_day(corpus, term, sel.mask).assign(term=term))
    st.caption(t("dispersion_days", hits=f"{hits:,}", days=f"{len(days):,}"))
    dispersion_chart(days)
    if undated := hits - int(days["hits"].sum()):
        st.caption(t("dispersion_undated", hits=undated))

    st.subheader(t("kwic"))
    by = choice_param("kwic_sort", t("kwic_sort"))
    lines = session_memo("sorted_kwic", (*settings[:2], by), lambda: sorted_concordance(corpus.articles, term, by=by, among=sel.mask))
    lines = lines.drop(columns=["sort_key"]).assign(link=reader_links(ctx.filters, "article", lines["article_id"], hl=term))
    table(lines, f"kwic_{term[:20]}", ctx.filters, key="colloc_kwic_table")


Period = tuple[date, date]


def period_bounds() -> tuple[tuple[Period, Period], tuple[Period, Period]]:
    """The two periods by default, the selection's dates split in half (the corpus's when the
    selection has none: a search without hits), and the two the URL sets, else the defaults."""
    dates = sel.listing["date"].dropna()
    dates = dates if len(dates) else corpus.articles["date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (pd.Timestamp.today().normalize(),) * 2
    middle = first + (last - first) / 2
    defaults = {"a_from": first, "a_to": middle, "b_from": min(middle + pd.Timedelta(days=1), last), "b_to": last}
    value = {key: date.fromisoformat(page_option(key)) if page_option(key) else default.date() for key, default in defaults.items()}
    pairs = [(defaults["a_from"].date(), defaults["a_to"].date()), (defaults["b_from"].date(), defaults["b_to"].date())]
    return (pairs[0], (value["a_from"], value["a_to"])), (pairs[1], (value["b_from"], value["b_to"]))


def period_input(label: str, keys: tuple[str, str], bounds: tuple[Period, Period]) -> tuple[np.ndarray, str]:
    """A date range: the default half of the selection until one is picked, which the URL then
    keeps (a link's own stays); the articles within it, and its name."""
    default, wanted = bounds
    if wanted[0] > wanted[1]:  # a link's period ending before it starts: a sidebar's such dates are named too
        st.caption(t("period_start_after_end", start=keys[0], end=keys[1], value=f"{wanted[0]} > {wanted[1]}"))
        wanted = default
    widget = f"period_{keys[0]}"
    follow_default(widget, default)  # the sidebar's dates changed: the halves follow them
    chosen = st.date_input(label, value=wanted, key=widget)
    start, end = chosen if isinstance(chosen, tuple) and len(chosen) == 2 else wanted  # a range half picked
    for key, value in zip(keys, (start, end)):
        if (start, end) == default:
            st.query_params.pop(key, None)  # the default needs no place in a link
        else:
            st.query_params[key] = value.isoformat()
    return period_mask(corpus.articles, start, end), f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"


def compare_periods() -> Parts:
    bounds_a, bounds_b = period_bounds()
    with first_column:
        mask_a, name_a = period_input(t("period_a"), ("a_from", "a_to"), bounds_a)
    with second_column:
        mask_b, name_b = period_input(t("period_b"), ("b_from", "b_to"), bounds_b)
    return mask_a, mask_b, name_a, name_b


def compare_named(keys: tuple[str, str], labels: tuple[str, str], ranked: list[str], mask) -> Parts | None:
    """Two of the `ranked` values (the first two by default), each chosen in its column;
    `mask(value)` gives its articles. None when there are not two to choose."""
    if len(ranked) < 2:
        return None
    names = []
    for column, key, label, default in zip((first_column, second_column), keys, labels, ranked):
        with column:
            names.append(url_choice(key, t(label), ranked, default))
    return mask(names[0]), mask(names[1]), *names


def compare_papers() -> Parts | None:
    papers = list(corpus.articles["publication"].value_counts().index.drop("", errors="ignore"))
    return compare_named(("a_pub", "b_pub"), ("paper_a", "paper_b"), papers, lambda p: publication_mask(corpus.articles, p))


def compare_officials() -> Parts | None:
    officials = list(corpus.officials["name"].value_counts().index.drop("", errors="ignore"))
    return compare_named(("a_official", "b_official"), ("official_a", "official_b"), officials, lambda o: official_mask(corpus, o))


def compare_holders() -> Parts | None:
    """An office with two dated holders or more, and one change of holder (the latest by
    default): A the earlier holder's tenure, B the later's."""
    known = office_holders_of(corpus)
    offices = session_memo("changed_offices", (), lambda: changed_offices(known))
    if not offices:
        return None
    with first_column:
        office = url_choice("office", t("office_changed"), offices, offices[0])  # a sole post first: `offices_by_holders`
    tenures = office_tenures(known, office)
    before = {later: earlier for earlier, later in holder_changes(tenures)}
    with second_column:
        later = url_choice(
            "holder",
            t("holder_change"),
            list(before),
            list(before)[-1],
            f"compare_holder_{office}",
            format_func=lambda n: f"{before[n]} → {n}",
        )
    return *tenure_masks(corpus.articles, tenures, later), before[later], later


SUB_CORPORA = {"period": compare_periods, "pub": compare_papers, "official": compare_officials, "holder": compare_holders}

st.subheader(t("compare_sub_corpora"))
compare_by = choice_param("compare_by", t("compare_by"))
st.caption(t("compare_note"))
first_column, second_column = st.columns(2)
chosen = SUB_CORPORA[compare_by]()
if chosen is None:
    st.info(t("compare_none"))
    stop_page()
mask_a, mask_b = chosen[0] & sel.mask, chosen[1] & sel.mask
result = session_memo("compare", (ctx.filters, mask_a.tobytes(), mask_b.tobytes()), lambda: compare(corpus, mask_a, mask_b))
for column, side, key, name, articles, tokens in (
    (first_column, "a", result.key_a, chosen[2], result.articles_a, result.tokens_a),
    (second_column, "b", result.key_b, chosen[3], result.articles_b, result.tokens_b),
):
    with column:
        st.caption(t("sub_corpus_size", name=name, articles=f"{articles:,}", tokens=f"{tokens:,}"))
        table(key, f"key_terms_{side}_{name[:20]}", ctx.filters, key=f"compare_{side}_table")
