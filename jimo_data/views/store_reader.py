"""Reader over a store: a page of the articles under the filters (newest first, the hits
of each search term counted on the rows shown), and one article to read, by its id."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from jimo_data.analysis import highlight_terms
from jimo_data.serving.store import RESULT_COLUMNS
from jimo_data.views.context import context, session_memo
from jimo_data.views.served import RESULTS_PER_PAGE
from jimo_data.views.widgets import TEXT_LIMIT, csv_file_name, highlight, md_escape, reader_links, table, table_csv

MAX_DOWNLOADED = 100_000  # results in one download: a common word's articles at province scale are millions

ctx = context()
t, store = ctx.t, ctx.corpus
st.title(t("page_reader"))
words = highlight_terms(ctx.filters.query)


def show_article(article_id: str) -> None:
    article = store.article(article_id)
    if article is None:
        st.warning(t("store_no_article", id=md_escape(article_id)))
        return
    known = [
        article["publication"] or t("unknown_pub"),
        f"{article['date']:%Y-%m-%d}" if pd.notna(article["date"]) else "",
        t("issue_number", n=int(article["issue_no"])) if pd.notna(article["issue_no"]) else "",
        article["section"],
    ]
    st.caption(md_escape(" · ".join(filter(None, known))))
    if article["kicker"]:
        st.caption(highlight(article["kicker"], words))
    st.header(highlight(article["headline"], words) if article["headline"] else md_escape(article_id))
    if article["subheadline"]:
        st.markdown(f"*{highlight(article['subheadline'], words)}*")
    people = article["bylines"]
    if len(people):
        st.caption(" · ".join(md_escape(f"{row.name}（{t('role_' + row.role)}）") for row in people.itertuples()))
    body = article["body"] or ""
    if len(body) > TEXT_LIMIT:
        st.info(t("store_text_cut", limit=f"{TEXT_LIMIT:,}", total=f"{len(body):,}"))
    for paragraph in filter(None, body[:TEXT_LIMIT].split("\n")):
        st.markdown(highlight(paragraph, words))
    mentioned = article["officials"][["name", "title", "office", "jurisdiction"]]
    if len(mentioned):
        st.markdown(f"**{t('officials')}**")
        table(mentioned, "article_officials", ctx.filters, key="article_officials", options={})


# One search per filters and results page, before the page's widget is drawn: the number
# of pages is known only then, and a page past the end (the filters narrowed) goes back to 1.
wanted = st.session_state.get("store_results_page", 1)
unsearched = replace(ctx.filters, query="")  # the query is search_page's own (applied once, with its hits)
total, results = session_memo(
    "store_results",
    (replace(ctx.filters, lang="zh"), wanted),
    lambda: store.search_page(ctx.filters.query, unsearched, (wanted - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE),
)
pages = max(1, -(-total // RESULTS_PER_PAGE))
if wanted > pages:
    st.session_state["store_results_page"] = wanted = 1
    total, results = store.search_page(ctx.filters.query, unsearched, 0, RESULTS_PER_PAGE)
st.subheader(f"{t('results')} ({total})")
st.columns([1, 3])[0].number_input(t("store_results_page", pages=pages), min_value=1, max_value=pages, step=1, key="store_results_page")


def listed(rows: pd.DataFrame) -> pd.DataFrame:
    """Results as the list shows them: a link to each, date, publication, headline, each term's hits."""
    hits = [column for column in rows.columns if column not in RESULT_COLUMNS]
    shown = rows[["date", "publication", "headline", *hits, "kind", "article_id"]].copy()  # the memo's frame is shared
    shown.insert(0, "link", reader_links(ctx.filters, "article", shown["article_id"]))
    return shown


table(listed(results), "articles", ctx.filters, key="store_results", options={})
if total > len(results):
    # Every result, not the page's: read when the button is clicked, at most MAX_DOWNLOADED rows.
    every = min(total, MAX_DOWNLOADED)
    st.download_button(
        t("store_download_first", n=f"{every:,}", total=f"{total:,}") if total > every else t("store_download_all", n=f"{every:,}"),
        data=lambda: table_csv(listed(store.search_page(ctx.filters.query, unsearched, 0, every)[1]), ctx.lang),
        file_name=csv_file_name("articles", ctx.filters, {"all": "results"}),
        mime="text/csv",
        on_click="ignore",
        key="store_download_all",
    )

st.divider()
if article_id := st.query_params.get("article"):
    show_article(article_id)
elif total:
    st.info(t("store_pick_article"))
