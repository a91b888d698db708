"""Timeline: issues over time, gaps in the issue numbering, click an issue to read it."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import issue_gaps
from jimo_data.views.state import choice_param, context
from jimo_data.views.widgets import chart, reader_links, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_timeline"))

PERIODS = {"day": "D", "week": "W", "month": "M"}
freq = choice_param("freq", list(PERIODS), "month", t("granularity"))

articles_per_page = sel.listing[sel.listing["kind"] == "article"].groupby("page_id").size().rename("articles")
issues = sel.pages.dropna(subset=["date"]).join(articles_per_page, on="page_id")
issues["articles"] = issues["articles"].fillna(0).astype(int)
if issues.empty:
    st.info(t("no_rows"))
    st.stop()

issues["period"] = issues["date"].dt.to_period(PERIODS[freq]).dt.start_time
issues["issue_label"] = issues["issue_no"].map(lambda n: f"第{n}期" if pd.notna(n) else "—")
per_period = (
    issues.groupby(["period", "publication"])
    .agg(articles=("articles", "sum"), pages=("page_id", "count"), issue_nos=("issue_label", lambda s: ", ".join(sorted(set(s)))), page_ids=("page_id", list))
    .reset_index()
)
per_period["first_page"] = per_period["page_ids"].map(lambda ids: ids[0])
fig = px.bar(
    per_period,
    x="period",
    y="articles",
    color="publication",
    custom_data=["first_page", "issue_nos", "pages"],
    labels={"period": t("col_date"), "articles": t("articles"), "publication": t("col_publication")},
)
fig.update_traces(hovertemplate="%{x|%Y-%m-%d}<br>%{customdata[1]}<br>" + t("articles") + ": %{y}<br>" + t("pages") + ": %{customdata[2]}<extra></extra>")
st.caption(t("click_to_open"))
event = chart(fig, key="timeline_chart", on_select="rerun", selection_mode="points")
points = event.selection.points if event and event.selection else []
if points:
    page_id = points[0]["customdata"][0]
    st.switch_page("jimo_data/views/reader.py", query_params={**ctx.filters.to_params(), "page": page_id})

st.subheader(t("issue_gaps"))
for publication in sorted(set(sel.pages["publication"].dropna()) - {""}):
    gaps = issue_gaps(ctx.corpus.pages, publication)
    held = ctx.corpus.pages.loc[ctx.corpus.pages["publication"] == publication, "issue_no"].dropna()
    if held.empty:
        continue
    if gaps.empty:
        st.success(f"{publication}: {t('no_gaps')}")
    for gap in gaps.itertuples():
        st.warning(f"{publication}: " + t("missing_issues", n=gap.n_missing, a=gap.after_issue, b=gap.before_issue))

st.subheader(t("issues"))
listing = issues.sort_values("date", ascending=False)[["date", "publication", "issue_no", "page_id", "articles"]].copy()
listing["link"] = reader_links(ctx.filters, "page", listing["page_id"])
table(listing, "issues", ctx.filters, key="issues_table")
