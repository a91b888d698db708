"""Reprints: stories printed by several papers, each cluster's source first, with links
to every printing in the reader. The sidebar's filters choose the clusters shown: those
with at least one printing in the filtered articles."""

from __future__ import annotations

from contextlib import nullcontext

import streamlit as st

from jimo_data.analysis import reprints
from jimo_data.views.context import context
from jimo_data.views.widgets import name_unknown_publication, reader_links, table

ctx = context()
sel, t = ctx.selection, ctx.t
st.title(t("page_reuse"))
st.caption(t("reuse_note"))

# The first time per corpus compares the whole archive: say so while it runs.
with nullcontext() if ctx.corpus.remembers("reprints") else st.spinner(t("reuse_finding")):
    found = reprints(ctx.corpus)
shown = found[found["cluster_id"].isin(found.loc[found["article_id"].isin(set(sel.listing["article_id"])), "cluster_id"])]
st.caption(t("reuse_count", clusters=shown["cluster_id"].nunique(), copies=int((shown["role"] == "copy").sum())))
rows = shown.assign(
    role=shown["role"].map(lambda role: t(f"reuse_{role}")),
    share=(shown["share"] * 100).round().astype("Int64"),  # a percentage reads at a glance
    link=reader_links(ctx.filters, "article", shown["article_id"]),
).drop(columns=["article_id", "page_id"])
table(name_unknown_publication(rows, ctx.lang), "reprints", ctx.filters, key="reprints_table")
