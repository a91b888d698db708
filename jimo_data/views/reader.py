"""Reader: full-text results under the filters, and one article with its page."""

from __future__ import annotations

import re

import streamlit as st

from jimo_data.analysis import reading_list
from jimo_data.views.context import context
from jimo_data.views.state import page_option
from jimo_data.views.widgets import md_escape, table

ctx = context()
sel, t, corpus = ctx.selection, ctx.t, ctx.corpus
st.title(t("page_reader"))

results = sel.listing
page_param = page_option("page")
if page_param:
    results = results[results["page_id"] == page_param]
    st.caption(f"{t('col_page')}: {md_escape(page_param)}")


listing = reading_list(corpus, results)
st.subheader(f"{t('results')} ({len(listing)})")
event = table(listing, "articles", ctx.filters, key="reader_results", on_select="rerun", selection_mode="single-row")
picked = listing.iloc[event.selection.rows[0]]["article_id"] if event and event.selection.rows else None
if picked and picked != st.query_params.get("article"):
    st.query_params["article"] = picked
    st.rerun()

article_id = page_option("article")
if not article_id:
    if len(listing):
        st.info(t("pick_article"))
    st.stop()
article = corpus.articles[corpus.articles["article_id"] == article_id].iloc[0]


def highlighted(text: str, words: list[str]) -> str:
    """Escaped Markdown with the query words marked; nothing in the text can act as markup."""
    safe = md_escape(text)
    for word in sorted(words, key=len, reverse=True):
        safe = re.sub(re.escape(md_escape(word)), lambda m: f":orange-background[{m.group(0)}]", safe)
    return safe


def go_to(target: str) -> None:
    st.query_params["article"] = target


st.divider()
ids = list(listing["article_id"])
position = ids.index(article_id) if article_id in ids else None
previous_col, next_col, _ = st.columns([1, 1, 6])
if position is not None and position > 0:
    previous_col.button(t("previous"), on_click=go_to, args=(ids[position - 1],), key="previous_article")
if position is not None and position + 1 < len(ids):
    next_col.button(t("next"), on_click=go_to, args=(ids[position + 1],), key="next_article")

words = ctx.filters.query.split()
if article["kicker"]:
    st.caption(highlighted(article["kicker"], words))
st.header(highlighted(article["headline"] or t("article"), words))
if article["subheadline"]:
    st.markdown(f"*{highlighted(article['subheadline'], words)}*")
people = corpus.bylines[corpus.bylines["article_id"] == article_id]
if len(people):
    st.caption(
        " · ".join(
            md_escape(f"{row.name}（{t('role_' + row.role)}{'，' + row.outlet if row.outlet else ''}）") for row in people.itertuples()
        )
    )
for paragraph in article["body"].split("\n"):
    st.markdown(highlighted(paragraph, words))
if article["continued"]:
    st.caption(md_escape(f"（{article['continued']}）"))

mentioned = corpus.officials[corpus.officials["article_id"] == article_id][["name", "title", "office", "jurisdiction"]]
if len(mentioned):
    st.markdown(f"**{t('officials')}**")
    table(mentioned, "article_officials", ctx.filters, key="article_officials")

page = corpus.pages[corpus.pages["page_id"] == article["page_id"]].iloc[0]
st.subheader(t("page_meta"))
meta = page[
    ["page_id", "publication", "section", "date", "date_source", "date_evidence", "issue_no", "lunar_date", "weekday", "status", "problems"]
]
table(meta.to_frame().T, "page", ctx.filters, key="page_meta")
with st.expander(t("original_text")):
    st.text(corpus.page_text(article["page_id"]))
