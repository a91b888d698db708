"""Officials: titles, first and last dated mention, career spans; select to filter."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import career_spans, co_occurrence, officials_timeline
from jimo_data.views.context import context, session_memo
from jimo_data.views.state import set_filters
from jimo_data.views.widgets import chart, figure, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_officials"))

timeline = session_memo("officials_timeline", ctx.filters, lambda: officials_timeline(sel.officials))
st.caption(t("select_official_hint"))


event = table(
    timeline.drop(columns=["article_ids"]), "officials", ctx.filters, key="officials_table", on_select="rerun", selection_mode="multi-row"
)
rows = tuple(event.selection.rows) if event else ()
# A selection is acted on once: after the filter changes, the same row numbers point
# at other rows of a shorter table and must not select again.
if rows and rows != st.session_state.get("_officials_rows_handled"):
    st.session_state["_officials_rows_handled"] = rows
    picked = tuple(dict.fromkeys(timeline["name"].iloc[[i for i in rows if i < len(timeline)]]))
    if picked and picked != ctx.filters.officials:
        set_filters(replace(ctx.filters, officials=picked))
        st.rerun()

st.subheader(t("career"))
spans = career_spans(timeline)
if len(spans):
    # A single mention still shows as a bar; a person is a name in a jurisdiction.
    person = spans["name"].where(spans["jurisdiction"] == "", spans["name"] + "（" + spans["jurisdiction"] + "）")
    spans = spans.assign(end=spans["last_date"] + pd.Timedelta(days=20), person=person)
    fig = figure(
        px.timeline,
        spans,
        x_start="first_date",
        x_end="end",
        y="person",
        color="office",
        hover_data={"titles": True, "n_mentions": True, "first_date": "|%Y-%m-%d", "last_date": "|%Y-%m-%d", "end": False},
        labels={"person": t("col_person"), "office": t("col_office"), "titles": t("col_titles"), "n_mentions": t("col_mentions")},
        layout={"yaxis_autorange": "reversed", "height": max(320, 28 * spans["person"].nunique() + 120)},
    )
    chart(fig, key="career_chart")
else:
    st.info(t("no_rows"))

st.subheader(t("co_mentions"))
together = session_memo("officials_together", ctx.filters, lambda: co_occurrence(sel.officials))
table(together, "officials_together", ctx.filters, key="officials_together")
