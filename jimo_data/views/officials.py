"""Officials: titles, first and last dated mention, career spans; select to filter; each
office's holders in order with the articles that show them."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.express as px
import streamlit as st

from jimo_data.analysis import (
    career_spans,
    co_occurrence,
    most_mentioned_first,
    office_holders,
    offices_by_holders,
    offices_by_mentions,
    officials_timeline,
    undated_people,
)
from jimo_data.views.context import context, selection_for, session_memo
from jimo_data.views.correcting import prefill, save_rules, saved_note, with_corrected
from jimo_data.views.selection import follow_selection
from jimo_data.views.state import keep_in_url, page_option, set_filters
from jimo_data.views.widgets import chart, date_axis, figure, no_rows, reader_links, stable_colours, table

# Offices beyond the twenty series colours share this grey instead of repeating a colour.
OTHER_COLOUR = "#C8C8C8"
PERSON_OFFICE = ["name", "jurisdiction", "office"]  # a row of the officials table
# A mention's bar in the career chart is this long, so that a single one shows.
MENTION_BAR_DAYS = 20
# The chart spans a year at least: a single mention's bar across a shorter axis would read
# as a long tenure.
MIN_CAREER_AXIS_DAYS = 365

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_officials"))

# The table and the holders list everyone under the other filters, not only the people of
# the ticked officials' articles: ticking one more keeps every row where it was, anyone can be
# ticked beside anyone, and an office's later holder stays in sight (a facet's choices ignore
# its own filter). The most mentioned first, as the store's ranking.
unticked = replace(ctx.filters, officials=())
everyone = selection_for(ctx.corpus, unticked).officials
timeline = session_memo(
    "officials_timeline",
    unticked,
    lambda: most_mentioned_first(with_corrected(officials_timeline(everyone), everyone, PERSON_OFFICE)),
)
# The careers drawn: the ticked people's, else everyone's.
charted = timeline[timeline["name"].isin(ctx.filters.officials)] if ctx.filters.officials else timeline
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


def official_rules(row: pd.Series, every_mention: bool, drop: bool, office: str, jurisdiction: str) -> list[tuple[str, dict]]:
    """The rules that set the office and jurisdiction of a row's mentions (only what
    changed), or drop them: in the row's articles, or wherever the name is mentioned."""
    where = [{}] if every_mention else [{"article_id": article} for article in row["article_ids"].split(";")]
    if drop:
        return [("drop", {"table": "officials", "name": row["name"], **at}) for at in where]
    changed = {field: value for field, value in (("office", office), ("jurisdiction", jurisdiction)) if value != row[field]}
    return [("official", {"name": row["name"], **changed, **at}) for at in where] if changed else []


def official_editor(timeline: pd.DataFrame) -> None:
    """A form for one row of the table (the people ticked first): its office and
    jurisdiction set, or its mentions dropped as misread."""
    saved_note(ctx)
    if timeline.empty:
        return
    ticked = timeline["name"].isin(ctx.filters.officials)  # the people ticked first
    ordered = pd.concat([timeline[ticked], timeline[~ticked]])
    rows = {" · ".join(filter(None, (row["name"], row["jurisdiction"], row["office"]))): i for i, row in ordered.iterrows()}
    # The person just ticked is the one to correct; a row chosen by hand stays until the ticks change.
    ticks = tuple(ctx.filters.officials)
    if st.session_state.get("_official_form_ticks") != ticks:
        st.session_state["_official_form_ticks"] = ticks
        if ticked.any():
            st.session_state["edit_official_row"] = next(iter(rows))
    with st.expander(t("correct_official")):
        row = timeline.loc[rows[st.selectbox(t("official_row"), list(rows), key="edit_official_row")]]
        prefill("official", {"edit_office": row["office"], "edit_jurisdiction": row["jurisdiction"]})
        with st.form("edit_official"):
            office = st.text_input(t("col_office"), key="edit_office").strip()
            jurisdiction = st.text_input(t("col_jurisdiction"), key="edit_jurisdiction").strip()
            n_articles = len(row["article_ids"].split(";"))
            scope = {t("scope_row", n=n_articles): False, t("scope_name", name=row["name"]): True}
            every_mention = scope[st.radio(t("official_scope"), list(scope), key="edit_official_scope")]
            save, drop = st.columns(2)
            if save.form_submit_button(t("save_office"), key="save_office"):
                save_rules(ctx, official_rules(row, every_mention, False, office, jurisdiction))
            if drop.form_submit_button(t("drop_official"), key="drop_official"):
                save_rules(ctx, official_rules(row, every_mention, True, office, jurisdiction))


official_editor(timeline)


st.subheader(t("career"))
spans = career_spans(charted)
if len(spans):
    # A person is a name in a jurisdiction.
    person = spans["name"].where(spans["jurisdiction"] == "", spans["name"] + "（" + spans["jurisdiction"] + "）")
    other = t("other_offices")
    spans = spans.assign(
        end=spans["last_date"] + pd.Timedelta(days=MENTION_BAR_DAYS), person=person, colour=spans["colour"].replace("", other)
    )
    first, last = spans["first_date"].min(), spans["end"].max()
    pad = max(pd.Timedelta(0), (pd.Timedelta(days=MIN_CAREER_AXIS_DAYS) - (last - first)) / 2)
    axis = date_axis(first - pad, last + pad, "month", ctx.lang)
    axis["xaxis"]["range"] = [first - pad, last + pad]
    fig = figure(
        px.timeline,
        spans,
        x_start="first_date",
        x_end="end",
        y="person",
        color="colour",
        # Each office its colour in the corpus's order (most mentioned first), whatever the filters leave.
        color_discrete_map={
            **stable_colours(
                spans["colour"].loc[spans["colour"] != other],
                ctx.corpus.memo("offices_by_mentions", lambda: offices_by_mentions(ctx.corpus.officials)),
            ),
            other: OTHER_COLOUR,
        },
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
            **axis,
            "yaxis_autorange": "reversed",
            "height": max(320, 28 * spans["person"].nunique() + 120),
        },
    )
    chart(fig, key="career_chart")
else:
    no_rows(ctx.filters)
if undated := undated_people(charted):
    st.caption(t("career_leaves_out_undated", n=undated))

st.subheader(t("office_holders"))
holders = session_memo("office_holders", unticked, lambda: office_holders(everyone))
offices = offices_by_holders(holders)
if offices:
    # Ticking a person shows an office of theirs, who else held it; an office then picked stays.
    theirs = set(holders.loc[holders["name"].isin(ctx.filters.officials), "office"])
    ticked_now = st.session_state.get("_holders_ticked") != ctx.filters.officials
    st.session_state["_holders_ticked"] = ctx.filters.officials
    offered = [office for office in offices if office in theirs] if ticked_now and theirs else offices
    if "holders_office" not in st.session_state and page_option("holders_of") in offices:
        st.session_state["holders_office"] = page_option("holders_of")  # a link's office, whoever is ticked
    elif st.session_state.get("holders_office") not in offered:
        # Gone under the new filters: set, not dropped, so that the browser shows the office
        # the table below is of (a dropped value leaves the old label in the box).
        st.session_state["holders_office"] = offered[0]
    office = st.selectbox(t("choose_office"), offices, key="holders_office")
    keep_in_url("holders_of", office, default=offered[0])
    st.caption(t("holders_note"))
    shown = holders[holders["office"] == office].drop(columns=["office", "jurisdiction"])
    shown = shown.assign(
        first_link=reader_links(ctx.filters, "article", shown["first_article"]),
        last_link=reader_links(ctx.filters, "article", shown["last_article"]),
    ).drop(columns=["first_article", "last_article"])
    table(shown, f"holders_{office}", ctx.filters, key="office_holders")
else:
    no_rows(ctx.filters)

st.subheader(t("co_mentions"))
together = session_memo("officials_together", ctx.filters, lambda: co_occurrence(sel.officials))
table(together, "officials_together", ctx.filters, key="officials_together")
