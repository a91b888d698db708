"""The reader's line naming an article's other printings (jimo_data.analysis.reuse)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from jimo_data.analysis.reuse import other_printings
from jimo_data.views.context import Context
from jimo_data.views.widgets import md_escape, reader_links


def also_printed(ctx: Context, article_id: str) -> None:
    """“Also printed in 青岛日报 2026-03-12 (source), …”, each a link to that printing.
    Finding reprints compares the whole archive once (minutes on a large one), so it is
    not done at start: until the reprints page, the reprints filter or this button has
    asked for them, the reader offers the button instead of the line."""
    if not ctx.corpus.remembers("reprints") and not st.button(ctx.t("find_reprints"), key="find_reprints"):
        return
    others = other_printings(ctx.corpus, article_id)
    if others.empty:
        return
    links = reader_links(ctx.filters, "article", others["article_id"])
    parts = [
        f"[{md_escape(row.publication or ctx.t('unknown_pub'))} {'' if pd.isna(row.date) else f'{row.date:%Y-%m-%d}'}]({link})"
        + (ctx.t("reuse_source_mark") if row.role == "source" else "")
        for row, link in zip(others.itertuples(), links)
    ]
    st.caption(ctx.t("also_printed", where="、".join(parts)))
