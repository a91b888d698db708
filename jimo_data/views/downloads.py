"""The reader's downloads of the listed articles with their whole text, in every
export format (`jimo_data.export.FORMATS`)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from jimo_data.export import FORMATS, XLSX_CELL_CHARS, article_export, download_name, table_bytes

from .context import Context
from .widgets import localised, page_options


def article_downloads(ctx: Context, listing: pd.DataFrame) -> None:
    """Buttons that download the articles of `listing` (the reader's list, in its order)
    with headline, bylines, officials, page, source file and text. Each file is built
    when its button is clicked, not on every rerun."""
    if listing.empty:
        return
    options = page_options(but=("article",))  # the article open is not what the list holds
    st.caption(ctx.t("articles_download_note", limit=f"{XLSX_CELL_CHARS:,}"))
    row = st.container(horizontal=True)
    for fmt, spec in FORMATS.items():
        row.download_button(
            ctx.t(f"download_articles_{fmt}", n=len(listing)),
            data=lambda fmt=fmt: table_bytes(download_frame(article_export(ctx.corpus, listing), fmt, ctx.filters.lang), fmt),
            file_name=download_name("articles_text", ctx.filters, options, fmt),
            mime=spec.mime,
            on_click="ignore",
            key=f"download_articles_{fmt}",
        )


def download_frame(exported: pd.DataFrame, fmt: str, lang: str) -> pd.DataFrame:
    """What a file of the reader's articles holds: in CSV and Excel, which people open,
    the columns and codes in the interface language, as every table's download; in JSON
    Lines, which programs read, the data model's names and codes, as `jimo export` writes."""
    return exported if fmt == "jsonl" else localised(exported, lang)
