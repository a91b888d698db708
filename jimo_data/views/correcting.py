"""The reader's corrections: what corrected an article, its notes and tags, and a form
that writes a rule to the corpus folder's corrections.toml (docs/corrections.md)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from jimo_data.corrections import CorrectionsError, add_rule

from .context import Context
from .data import files_key
from .widgets import md_escape


def article_corrections(ctx: Context, article) -> None:
    """The rules that changed the article, its notes and tags, and the form."""
    t, corpus = ctx.t, ctx.corpus
    if article.corrected:
        st.caption(t("corrected_by", rules=md_escape(article.corrected)))
    notes = corpus.notes[corpus.notes["article_id"] == article.article_id]
    for text, tags in notes.groupby("text", sort=False)["tag"]:
        said = "、".join(tag for tag in tags if tag)
        parts = [f"{t('note')}：{text}" if text else "", f"{t('tag')}：{said}" if said else ""]
        st.caption(md_escape("　".join(part for part in parts if part)))
    with st.expander(t("correct_this")), st.form(f"correct_{article.article_id}"):
        date = st.date_input(t("correct_date"), value=None, format="YYYY-MM-DD", min_value=dt.date(1949, 1, 1), key="correct_date")
        publication = st.text_input(t("correct_publication"), key="correct_publication")
        note = st.text_input(t("add_note"), key="correct_note")
        tags = st.text_input(t("add_tags"), help=t("add_tags_help"), key="correct_tags")
        if st.form_submit_button(t("save_correction"), key="save_correction"):
            _save(ctx, article, date, publication.strip(), note.strip(), [tag.strip() for tag in tags.split(",") if tag.strip()])


def _save(ctx: Context, article, date, publication: str, note: str, tags: list[str]) -> None:
    page = {key: value for key, value in (("date", date), ("publication", publication)) if value}
    rules = [("page", {"id": article.page_id, **page})] if page else []
    if note or tags:
        rules.append(("note", {"article_id": article.article_id, **({"text": note} if note else {}), **({"tags": tags} if tags else {})}))
    if not rules:
        st.info(ctx.t("nothing_to_save"))
        return
    try:
        for kind, fields in rules:
            add_rule(ctx.corpus.root, kind, fields)
    except CorrectionsError as error:
        st.error(ctx.t(f"cannot_save_{error.reason}", folder=md_escape(str(ctx.corpus.root))) + f"\n\n{md_escape(str(error))}")
        return
    files_key.clear()  # the next run loads the corpus with the new rule, not after the folder check's pause
    st.rerun()
