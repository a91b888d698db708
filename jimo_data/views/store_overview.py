"""Overview over a store: the summary figures, the pages no date or publication places,
articles per month, and which pages a store does not offer."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.views.context import context
from jimo_data.views.served import NOT_OFFERED, answer, summary_of
from jimo_data.views.widgets import chart, date_axis, figure, no_rows, period_bars, summary_metrics, unplaced_pages_line

ctx = context()
t, store = ctx.t, ctx.corpus
st.title(t("page_overview"))

figures = summary_of(store, ctx.filters)
summary_metrics(figures, t)
if pd.notna(figures["first_date"]):  # a line, not a metric: two full dates do not fit a metric's box
    st.markdown(f"**{t('date_span')}**: {figures['first_date']:%Y-%m-%d} – {figures['last_date']:%Y-%m-%d}")
unplaced_pages_line(ctx, {what: figures[f"{what}_pages"] for what in ("undated", "unknown_pub")})

st.subheader(t("store_per_month"))
monthly = answer(store, ctx.filters, "per_month")
if monthly.empty:
    no_rows(ctx.filters)
else:
    first, last = monthly["month"].min(), monthly["month"].max()
    fig = figure(
        px.bar,
        monthly,
        x="month",
        y="articles",
        labels={"month": t("col_date"), "articles": t("col_articles")},
        layout=date_axis(first, last, "month", ctx.lang),
        traces=period_bars("month", first, last),
    )
    chart(fig, key="store_per_month")

st.info(t("store_not_offered", pages=("、" if ctx.lang == "zh" else ", ").join(t(label) for label in NOT_OFFERED)))
