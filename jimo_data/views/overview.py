"""Overview: the corpus at a glance, the latest issues, and data quality."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from jimo_data.analysis import latest_issues, summary_figures
from jimo_data.views.context import context
from jimo_data.views.widgets import table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_overview"))

figures = summary_figures(sel.pages, sel.listing, sel.bylines, sel.officials, sel.projects)
dated = pd.notna(figures["first_date"])
span = f"{figures['first_date']:%Y}–{figures['last_date']:%Y}" if dated else "—"
metrics = [(label, figures[label]) for label in ("pages", "issues")] + [("date_span", span)]
metrics += [(label, figures[label]) for label in ("articles", "reporters", "officials", "projects")]
for column, (label, value) in zip(st.columns(len(metrics)), metrics):
    column.metric(t(label), value)
if dated:
    st.caption(f"{t('date_span')}: {figures['first_date']:%Y-%m-%d} – {figures['last_date']:%Y-%m-%d}")

st.subheader(t("latest_issues"))
table(latest_issues(sel.pages), "latest_issues", ctx.filters, key="latest_issues")

st.subheader(t("data_quality"))
pages = ctx.corpus.pages  # data quality is about the files, whatever the filters
problems = pages.loc[pages["status"] != "ok", ["page_id", "status", "problems"]]
st.markdown(f"**{t('problem_pages')}**")
if problems.empty:
    st.success(t("all_clear"))
else:
    table(problems, "problem_pages", ctx.filters, key="problem_pages")
inferred = pages.loc[pages["date_source"].isin(["inferred", "unknown"]), ["page_id", "date", "date_source", "date_evidence"]]
st.markdown(f"**{t('inferred_dates')}**")
table(inferred, "inferred_dates", ctx.filters, key="inferred_dates")
if ctx.corpus.repairs:
    st.markdown(f"**{t('cache_repairs')}**")
    repairs = pd.DataFrame(
        {"repair": [t(f"repair_{r.what}") for r in ctx.corpus.repairs], "problems": [r.problem for r in ctx.corpus.repairs]}
    )
    table(repairs, "cache_repairs", ctx.filters, key="cache_repairs")
if ctx.corpus.ignored:
    st.markdown(f"**{t('ignored_files')}**")
    table(pd.DataFrame({"page_id": ctx.corpus.ignored}), "ignored_files", ctx.filters, key="ignored_files")
