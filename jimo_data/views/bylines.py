"""Bylines: who wrote, photographed and edited what; per month; who writes with whom."""

from __future__ import annotations

import plotly.express as px
import streamlit as st

from jimo_data.analysis import articles_per_month, byline_ranking, coauthors
from jimo_data.analysis.bylines import ROLES, undated_articles_of
from jimo_data.views.context import context, session_memo
from jimo_data.views.state import page_option
from jimo_data.views.widgets import chart, date_axis, figure, multiselect, no_rows, period_bars, table

CHARTED_PEOPLE = 12  # more bars in one month than this cannot be told apart

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_bylines"))

ROLE_LIST = list(ROLES)
wanted = list(page_option("role")) or ROLE_LIST
roles = (
    multiselect(st, t("role"), ROLE_LIST, ctx.lang, default=wanted, format_func=lambda r: t(f"role_{r}"), key="byline_roles") or ROLE_LIST
)
if set(roles) == set(ROLES):
    st.query_params.pop("role", None)
else:
    st.query_params["role"] = roles
credits = sel.bylines[sel.bylines["role"].isin(roles)]

st.subheader(t("ranking"))
ranking = byline_ranking(credits)  # its roles are codes, named in the interface's language by the table
table(ranking, "bylines", ctx.filters, key="bylines_table")

st.subheader(t("per_month"))
charted = ranking["name"].head(CHARTED_PEOPLE)
if len(ranking) > CHARTED_PEOPLE:
    st.caption(t("chart_top_people", n=CHARTED_PEOPLE, total=len(ranking)))
monthly = articles_per_month(credits, charted)
if len(monthly):
    fig = figure(
        px.bar,
        monthly,
        x="month",
        y="articles",
        color="name",
        labels={"month": t("col_date"), "articles": t("col_articles"), "name": t("col_name")},
        layout=date_axis(monthly["month"].min(), monthly["month"].max(), "month", ctx.lang),
        traces=period_bars("month", monthly["month"].min(), monthly["month"].max()),
    )
    chart(fig, key="bylines_monthly")
    st.caption(t("per_month_stacked"))
else:
    no_rows(ctx.filters)
if undated := undated_articles_of(credits, charted):
    st.caption(t("chart_leaves_out_undated", n=undated))

st.subheader(t("coauthors"))
st.caption(t("coauthors_note"))
together = session_memo("bylines_together", (ctx.filters, tuple(roles)), lambda: coauthors(credits))
table(together, "coauthors", ctx.filters, key="coauthors_table")
