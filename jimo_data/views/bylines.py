"""Bylines: who wrote, photographed and edited what; per month; who writes with whom."""

from __future__ import annotations


import plotly.express as px
import streamlit as st

from jimo_data.analysis import co_occurrence
from jimo_data.views.state import context, session_memo
from jimo_data.views.widgets import chart, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_bylines"))

ROLES = ["reporter", "correspondent", "photographer", "editor"]
wanted = [r for r in st.query_params.get_all("role") if r in ROLES] or ROLES
roles = st.multiselect(t("role"), ROLES, default=wanted, format_func=lambda r: t(f"role_{r}"), key="byline_roles", placeholder=t("choose")) or ROLES
if set(roles) == set(ROLES):
    st.query_params.pop("role", None)
else:
    st.query_params["role"] = roles
credits = sel.bylines[sel.bylines["role"].isin(roles)]

st.subheader(t("ranking"))
ranking = (
    credits.groupby("name")
    .agg(
        roles=("role", lambda s: "、".join(t(f"role_{r}") for r in dict.fromkeys(s))),
        outlets=("outlet", lambda s: "、".join(o for o in dict.fromkeys(s) if o)),
        articles=("article_id", "nunique"),
        first_date=("date", "min"),
        last_date=("date", "max"),
    )
    .reset_index()
    .sort_values(["articles", "name"], ascending=[False, True])
)
table(ranking, "bylines", ctx.filters, key="bylines_table")

st.subheader(t("per_month"))
dated = credits.dropna(subset=["date"])
if len(dated):
    top_people = ranking["name"].head(12)
    monthly = (
        dated[dated["name"].isin(top_people)]
        .assign(month=lambda f: f["date"].dt.to_period("M").dt.start_time)
        .groupby(["month", "name"])["article_id"]
        .nunique()
        .rename("articles")
        .reset_index()
    )
    fig = px.bar(monthly, x="month", y="articles", color="name", labels={"month": t("col_date"), "articles": t("col_articles"), "name": t("col_name")})
    chart(fig, key="bylines_monthly")
else:
    st.info(t("no_rows"))

st.subheader(t("coauthors"))
together = session_memo("bylines_together", (ctx.filters, tuple(roles)), lambda: co_occurrence(credits))
table(together, "coauthors", ctx.filters, key="coauthors_table")
