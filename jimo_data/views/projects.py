"""Projects: named projects with first and last mention, mentions, latest status."""

from __future__ import annotations

import streamlit as st

from jimo_data.analysis import project_summary
from jimo_data.projects import STAGES
from jimo_data.views.state import context
from jimo_data.views.widgets import reader_link, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_projects"))

summary = project_summary(sel.projects)
present = [stage for stage in STAGES if stage in set(summary["latest_status"])]
wanted = [s for s in st.query_params.get_all("status") if s in present]
statuses = st.multiselect(t("status"), present, default=wanted, key="project_status", placeholder=t("choose"))
if statuses:
    st.query_params["status"] = statuses
    summary = summary[summary["latest_status"].isin(statuses)]
else:
    st.query_params.pop("status", None)

shown = summary.rename(
    columns={
        "name": t("col_project"),
        "latest_status": t("col_latest_status"),
        "first_date": t("col_first"),
        "last_date": t("col_last"),
        "n_mentions": t("col_mentions"),
        "n_articles": t("col_articles"),
    }
)
date_format = st.column_config.DateColumn(format="YYYY-MM-DD")
event = table(
    shown,
    "projects",
    ctx.filters,
    key="projects_table",
    on_select="rerun",
    selection_mode="single-row",
    column_config={t("col_first"): date_format, t("col_last"): date_format},
)

st.subheader(t("sentences"))
rows = event.selection.rows if event else []
chosen = summary.iloc[rows[0]]["name"] if rows else (summary["name"].iloc[0] if len(summary) else None)
if chosen:
    st.markdown(f"**{t('select_project')}:**")
    st.text(chosen)
    mentions = sel.projects[sel.projects["name"] == chosen][["date", "status", "sentence", "article_id"]].sort_values("date")
    mentions["link"] = mentions["article_id"].map(lambda article_id: reader_link(ctx.filters, article=article_id))
    mentions = mentions.rename(columns={"date": t("col_date"), "status": t("col_status"), "link": t("col_link")})
    table(
        mentions,
        "project_sentences",
        ctx.filters,
        key="project_sentences",
        column_config={t("col_date"): date_format, t("col_link"): st.column_config.LinkColumn(display_text=t("open_in_reader"))},
    )
