"""Reader: full-text results under the filters, and one article with its page."""

from __future__ import annotations

import streamlit as st

from jimo_data.analysis import highlight_terms, reading_list
from jimo_data.views.context import context
from jimo_data.views.state import page_option
from jimo_data.views.widgets import TEXT_LIMIT, highlight, md_escape, table

ctx = context()
sel, t, corpus = ctx.selection, ctx.t, ctx.corpus
st.title(t("page_reader"))

results = sel.listing
page_param = page_option("page")
if page_param:
    results = results[results["page_id"] == page_param]
    st.caption(f"{t('col_page')}: {md_escape(page_param)}")


listing = reading_list(corpus, results, ctx.filters.query)
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


def within_limit(text: str) -> str:
    """The text up to TEXT_LIMIT characters; a longer one is cut, with a message that
    says so and names the file that holds it whole."""
    if len(text) > TEXT_LIMIT:
        path = md_escape(corpus.root / article["page_id"])
        st.info(t("text_cut", total=f"{len(text):,}", limit=f"{TEXT_LIMIT:,}", path=path))
    return text[:TEXT_LIMIT]


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

words = highlight_terms(ctx.filters.query)
if article["kicker"]:
    st.caption(highlight(article["kicker"], words))
st.header(highlight(article["headline"] or t("article"), words))
if article["subheadline"]:
    st.markdown(f"*{highlight(article['subheadline'], words)}*")
people = corpus.bylines[corpus.bylines["article_id"] == article_id]
if len(people):
    st.caption(
        " · ".join(
            md_escape(f"{row.name}（{t('role_' + row.role)}{'，' + row.outlet if row.outlet else ''}）") for row in people.itertuples()
        )
    )
for paragraph in within_limit(article["body"]).split("\n"):
    st.markdown(highlight(paragraph, words))
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
# The page's text goes to the browser only when asked for (a page can be tens of MB);
# the switch is per page, so the next article's page is not sent unasked.
if st.toggle(t("original_text"), key=f"page_text_{article['page_id']}"):
    st.text(within_limit(corpus.page_text(article["page_id"])))
