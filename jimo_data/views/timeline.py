"""Timeline: issues over time, gaps in the issue numbering, click an issue to read it."""

from __future__ import annotations

import html

import plotly.express as px
import streamlit as st

from jimo_data.analysis import articles_per_period, dated_pages, gaps_between, issue_numbers
from jimo_data.views.context import context
from jimo_data.views.state import stop_page
from jimo_data.views.widgets import (
    OTHER_COLOUR,
    SERIES_COLOURS,
    chart,
    choice_param,
    date_axis,
    figure,
    md_escape,
    name_unknown_publication,
    no_rows,
    open_in_reader,
    period_bars,
    reader_links,
    stable_colours,
    table,
    unplaced_pages_line,
)

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_timeline"))

freq = choice_param("freq", t("granularity"))
unplaced_pages_line(ctx, sel.pages)  # the chart places a page by its date: say which it cannot
pages_dated = dated_pages(sel.pages, sel.listing)
if pages_dated.empty:
    no_rows(ctx.filters)
    stop_page()

papers_by_pages = ctx.corpus.memo("papers_by_pages", lambda: list(ctx.corpus.pages["publication"].value_counts().index))
charted, other = pages_dated, ""
shown = set(pages_dated["publication"])
if len(shown) > len(SERIES_COLOURS):
    # More papers than colours tell apart: those with most pages in the corpus keep theirs, the rest share one bar.
    kept = [paper for paper in papers_by_pages if paper in shown][: len(SERIES_COLOURS) - 1]
    other = t("other_papers", n=len(shown) - len(kept))
    charted = pages_dated.assign(publication=pages_dated["publication"].where(pages_dated["publication"].isin(kept), other))
per_period = name_unknown_publication(articles_per_period(charted, freq), ctx.lang)  # a legend entry of its own
fig = figure(
    px.bar,
    per_period,
    x="period",
    y="articles",
    color="publication",
    # Each paper its colour in the corpus's order (most pages first), whatever the filters leave.
    # …and the papers sharing a bar a grey of their own: no paper's colour says they are one.
    color_discrete_map={
        **stable_colours(per_period["publication"], [name or t("unknown_pub") for name in papers_by_pages]),
        **({other: OTHER_COLOUR} if other else {}),
    },
    custom_data=["first_page", "issue_nos", "pages"],
    labels={"period": t("col_date"), "articles": t("articles"), "publication": t("col_publication")},
    layout=date_axis(per_period["period"].min(), per_period["period"].max(), "month" if freq == "month" else "day", ctx.lang),
    traces={
        **period_bars(freq, per_period["period"].min(), per_period["period"].max()),
        "hovertemplate": "%{x}<br>%{customdata[1]}<br>" + t("articles") + ": %{y}<br>" + t("pages") + ": %{customdata[2]}<extra></extra>",
    },
)
st.caption(t("click_to_open"))
event = chart(fig, key="timeline_chart", on_select="rerun", selection_mode="points")
points = event.selection.points if event and event.selection else []
if points:
    open_in_reader(ctx.filters, page=html.unescape(points[0]["customdata"][0]))  # chart labels are escaped

st.subheader(t("issue_gaps"))
st.caption(t("issue_gaps_scope"))  # a run of issues is the archive's: a byline's articles leave most issues out
numbered = False
for publication in sorted(set(sel.pages["publication"].dropna()) - {""}):
    numbers = issue_numbers(ctx.corpus.pages, publication, ctx.filters.date_from, ctx.filters.date_to)
    if not numbers:
        continue
    numbered = True
    gaps = gaps_between(numbers)
    if len(numbers) == 1:
        st.info(f"{md_escape(publication)}: {t('one_numbered_issue', n=numbers[0])}")
    elif gaps.empty:
        st.success(f"{md_escape(publication)}: {t('no_gaps')}")
    for gap in gaps.itertuples():
        st.warning(f"{md_escape(publication)}: " + t("missing_issues", n=gap.n_missing, a=gap.after_issue, b=gap.before_issue))
if not numbered:
    unplaced = sel.pages.loc[sel.pages["publication"] == "", "issue_no"].notna().sum()  # a number, but of no known paper
    st.info(t("issue_numbers_unplaced", n=int(unplaced)) if unplaced else t("no_issue_numbers"))

st.subheader(t("dated_pages"))  # a row per page: the overview's issues group them
listing = name_unknown_publication(
    pages_dated.sort_values("date", ascending=False)[["date", "publication", "issue_no", "page_id", "articles"]], ctx.lang
)
listing["link"] = reader_links(ctx.filters, "page", listing["page_id"])
table(listing, "dated_pages", ctx.filters, key="dated_pages_table")
