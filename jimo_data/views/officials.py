"""Officials: titles, first and last dated mention, career spans; select to filter; each
office's holders in order with the articles that show them."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import career_spans, co_occurrence, office_holders, offices_by_holders, officials_timeline
from jimo_data.views.context import context, session_memo
from jimo_data.views.selection import follow_selection
from jimo_data.views.state import set_filters
from jimo_data.views.widgets import chart, date_axis, figure, reader_links, table

# Offices beyond the twenty series colours share this grey instead of repeating a colour.
OTHER_COLOUR = "#C8C8C8"

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_officials"))

timeline = session_memo("officials_timeline", ctx.filters, lambda: officials_timeline(sel.officials))
st.caption(t("select_official_hint"))

# Ticks follow the people of the official filter: selecting filters the table, and the
# same row numbers would then be other people.
picked = follow_selection("officials_table", timeline["name"], ctx.filters.officials)
if picked is not None and set(picked) != set(ctx.filters.officials):
    set_filters(replace(ctx.filters, officials=picked))
    st.rerun()
table(
    timeline.drop(columns=["article_ids"]), "officials", ctx.filters, key="officials_table", on_select="rerun", selection_mode="multi-row"
)

st.subheader(t("career"))
spans = career_spans(timeline)
if len(spans):
    # A single mention still shows as a bar; a person is a name in a jurisdiction.
    person = spans["name"].where(spans["jurisdiction"] == "", spans["name"] + "（" + spans["jurisdiction"] + "）")
    other = t("other_offices")
    spans = spans.assign(end=spans["last_date"] + pd.Timedelta(days=20), person=person, colour=spans["colour"].replace("", other))
    fig = figure(
        px.timeline,
        spans,
        x_start="first_date",
        x_end="end",
        y="person",
        color="colour",
        color_discrete_map={other: OTHER_COLOUR},
        category_orders={"colour": [*dict.fromkeys(spans["colour"].loc[spans["colour"] != other]), other]},
        hover_data={
            "office": True,
            "titles": True,
            "n_mentions": True,
            "first_date": "|%Y-%m-%d",
            "last_date": "|%Y-%m-%d",
            "end": False,
            "colour": False,
        },
        labels={
            "person": t("col_person"),
            "office": t("col_office"),
            "colour": t("col_office"),
            "titles": t("col_titles"),
            "n_mentions": t("col_mentions"),
        },
        layout={
            **date_axis(spans["first_date"].min(), spans["end"].max(), "month", ctx.lang),
            "yaxis_autorange": "reversed",
            "height": max(320, 28 * spans["person"].nunique() + 120),
        },
    )
    chart(fig, key="career_chart")
else:
    st.info(t("no_rows"))

st.subheader(t("office_holders"))
holders = session_memo("office_holders", ctx.filters, lambda: office_holders(sel.officials))
offices = offices_by_holders(holders)
if offices:
    if st.session_state.get("holders_office") not in offices:  # gone under the new filters
        st.session_state.pop("holders_office", None)
    office = st.selectbox(t("choose_office"), offices, key="holders_office")
    st.caption(t("holders_note"))
    shown = holders[holders["office"] == office].drop(columns=["office", "jurisdiction"])
    shown = shown.assign(
        first_link=reader_links(ctx.filters, "article", shown["first_article"]),
        last_link=reader_links(ctx.filters, "article", shown["last_article"]),
    ).drop(columns=["first_article", "last_article"])
    table(shown, f"holders_{office}", ctx.filters, key="office_holders")
else:
    st.info(t("no_rows"))

st.subheader(t("co_mentions"))
together = session_memo("officials_together", ctx.filters, lambda: co_occurrence(sel.officials))
table(together, "officials_together", ctx.filters, key="officials_together")
