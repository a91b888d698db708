"""Editing `corrections.toml` from the dashboard (docs/corrections.md): the reader's form
(a page's date or publication, notes and tags) and what every editing form shares —
writing rules, the message when nothing could be written, the confirmation after the
reload, and the `corrected` mark on a page's summary tables."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from jimo_data.corrections import CorrectionsError, add_rule

from .codes import rule_labels
from .context import Context
from .folder_watch import forget_all
from .widgets import md_escape

_SAVED = "_corrections_saved"  # what the last save wrote, shown once after the reload


def save_rules(ctx: Context, rules: list[tuple[str, dict]]) -> None:
    """Append `rules` (kind, fields) to the corpus folder's corrections.toml and reload
    the corpus; a folder that cannot be written is a message and nothing changes."""
    if not rules:
        st.info(ctx.t("nothing_to_save"))
        return
    saved, refused = [], ""
    try:
        for kind, fields in rules:
            saved.append(add_rule(ctx.corpus.root, kind, fields).label)
    except CorrectionsError as error:
        refused = ctx.t(f"cannot_save_{error.reason}", folder=md_escape(str(ctx.corpus.root)))
        if error.reason != "unwritable":  # the file's or the rule's problem, where to mend it: the system's words
            refused += f"\n\n{md_escape(str(error))}"
    if not saved:
        st.error(refused)
        return
    st.session_state[_SAVED] = (saved, refused)  # a rule failing after others were written: both are said
    forget_all()  # the next run loads the corpus with the new rules, not after the folder check's pause
    st.rerun()


def saved_note(ctx: Context) -> None:
    """The confirmation of the last save, naming its rules, once."""
    saved, refused = st.session_state.pop(_SAVED, ((), ""))
    if saved:
        st.success(ctx.t("saved_rules", rules=rule_labels("; ".join(saved), ctx.lang)))
    if refused:
        st.error(refused)


def with_corrected(summary: pd.DataFrame, rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """`summary` (a row per `keys`) with `corrected`: the rules that changed any of the
    `rows` it sums up, each named once."""
    changed = rows.loc[rows["corrected"] != "", [*keys, "corrected"]]
    marks = changed.groupby(keys, sort=False)["corrected"].agg(_each_once).reset_index()
    marked = summary.merge(marks, on=keys, how="left").set_axis(summary.index)  # a left merge keeps the order
    return marked.assign(corrected=marked["corrected"].fillna(""))


def _each_once(labels: pd.Series) -> str:
    return "; ".join(dict.fromkeys("; ".join(labels).split("; ")))


def prefill(form: str, values: dict) -> None:
    """Put `values` (widget key -> value) into `form`'s widgets when they changed since
    the last run (another row chosen, or the row corrected), so the fields start from
    what the row holds now and keep what the user typed otherwise."""
    if st.session_state.get(f"_prefilled_{form}") != values:
        st.session_state.update(values)
        st.session_state[f"_prefilled_{form}"] = values


def article_corrections(ctx: Context, article) -> None:
    """The rules that changed the article, its notes and tags, and the form."""
    t, corpus = ctx.t, ctx.corpus
    if article.corrected:
        st.caption(t("corrected_by", rules=md_escape(rule_labels(article.corrected, ctx.lang))))
    notes = corpus.notes[corpus.notes["article_id"] == article.article_id]
    for text, tags in notes.groupby("text", sort=False)["tag"]:
        said = "、".join(tag for tag in tags if tag)
        parts = [f"{t('note')}：{text}" if text else "", f"{t('tag')}：{said}" if said else ""]
        st.caption(md_escape("　".join(part for part in parts if part)))
    saved_note(ctx)
    with st.expander(t("correct_this")), st.form(f"correct_{article.article_id}"):
        date = st.date_input(t("correct_date"), value=None, format="YYYY-MM-DD", min_value=dt.date(1949, 1, 1), key="correct_date")
        publication = st.text_input(t("correct_publication"), key="correct_publication")
        note = st.text_input(t("add_note"), key="correct_note")
        tags = st.text_input(t("add_tags"), help=t("add_tags_help"), key="correct_tags")
        if st.form_submit_button(t("save_correction"), key="save_correction"):
            save_rules(
                ctx,
                article_rules(article, date, publication.strip(), note.strip(), [tag.strip() for tag in tags.split(",") if tag.strip()]),
            )


def article_rules(article, date, publication: str, note: str, tags: list[str]) -> list[tuple[str, dict]]:
    page = {key: value for key, value in (("date", date), ("publication", publication)) if value}
    rules = [("page", {"id": article.page_id, **page})] if page else []
    if note or tags:
        rules.append(("note", {"article_id": article.article_id, **({"text": note} if note else {}), **({"tags": tags} if tags else {})}))
    return rules
