"""Projects: named projects with first and last mention, mentions, latest status."""

from __future__ import annotations

import streamlit as st

from jimo_data.analysis import project_summary
from jimo_data.parsing.projects import STAGES
from jimo_data.views.context import context
from jimo_data.views.state import page_option
from jimo_data.views.widgets import reader_links, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_projects"))

summary = project_summary(sel.projects)
present = [stage for stage in STAGES if stage in set(summary["latest_status"])]
wanted = [s for s in page_option("status") if s in present]
statuses = st.multiselect(t("status"), present, default=wanted, key="project_status", placeholder=t("choose"))
if statuses:
    st.query_params["status"] = statuses
    summary = summary[summary["latest_status"].isin(statuses)]
else:
    st.query_params.pop("status", None)

event = table(
    summary.rename(columns={"name": "project"}),
    "projects",
    ctx.filters,
    key="projects_table",
    on_select="rerun",
    selection_mode="single-row",
)

st.subheader(t("sentences"))
rows = event.selection.rows if event else []
chosen = summary.iloc[rows[0]]["name"] if rows else (summary["name"].iloc[0] if len(summary) else None)
if chosen:
    st.markdown(f"**{t('select_project')}:**")
    st.text(chosen)
    mentions = sel.projects[sel.projects["name"] == chosen][["date", "status", "sentence", "article_id"]].sort_values("date")
    mentions["link"] = reader_links(ctx.filters, "article", mentions["article_id"])
    table(mentions, "project_sentences", ctx.filters, key="project_sentences")
