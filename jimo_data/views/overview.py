"""Overview: the corpus at a glance (with the pages no date or publication places), every issue, and data quality."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from jimo_data.analysis import issues_held, summary_figures
from jimo_data.corrections import corrections_table
from jimo_data.views.codes import ignored_entry
from jimo_data.views.context import context
from jimo_data.views.widgets import name_unknown_publication, summary_metrics, table, unplaced_pages_line

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_overview"))

issues = issues_held(sel.pages, sel.listing)
figures = summary_figures(sel.pages, sel.listing, sel.bylines, sel.officials, sel.projects, issues)
summary_metrics(figures, t)
# The span is a line, not a metric: two full dates do not fit a metric's box.
if pd.notna(figures["first_date"]):
    st.markdown(f"**{t('date_span')}**: {figures['first_date']:%Y-%m-%d} – {figures['last_date']:%Y-%m-%d}")
unplaced_pages_line(ctx, sel.pages)

st.subheader(t("issues_held"))
table(name_unknown_publication(issues, ctx.lang), "issues", ctx.filters, key="latest_issues")  # every issue the metric counts

st.subheader(t("data_quality"))
pages = ctx.corpus.pages  # data quality is about the files, whatever the filters
if ctx.filters.active:
    st.caption(t("data_quality_unfiltered"))
problems = pages.loc[pages["status"] != "ok", ["page_id", "status", "problems"]]
st.markdown(f"**{t('problem_pages')}**")
if problems.empty:
    st.success(t("all_clear"))
else:
    table(problems, "problem_pages", ctx.filters, key="problem_pages")
inferred = pages.loc[pages["date_source"].isin(["inferred", "unknown"]), ["page_id", "date", "date_source", "date_evidence"]]
st.markdown(f"**{t('inferred_dates')}**")
if inferred.empty:
    st.success(t("all_dated"))
else:
    table(inferred, "inferred_dates", ctx.filters, key="inferred_dates")
if ctx.corpus.repairs:
    st.markdown(f"**{t('cache_repairs')}**")
    repairs = pd.DataFrame(
        {"repair": [t(f"repair_{r.what}") for r in ctx.corpus.repairs], "problems": [r.problem for r in ctx.corpus.repairs]}
    )
    table(repairs, "cache_repairs", ctx.filters, key="cache_repairs")
corrections = corrections_table(ctx.corpus.corrections)
if not corrections.empty:  # corrections.toml: what is in force, what matches nothing (docs/corrections.md)
    st.markdown(f"**{t('corrections_in_force')}**")
    corrections["correction_state"] = corrections["correction_state"].map(lambda state: t(f"correction_{state}"))
    table(corrections, "corrections", ctx.filters, key="corrections")
if ctx.corpus.ignored:
    st.markdown(f"**{t('ignored_files')}**")
    ignored = [ignored_entry(entry, ctx.lang) for entry in ctx.corpus.ignored]
    table(pd.DataFrame({"page_id": ignored}), "ignored_files", ctx.filters, key="ignored_files")
