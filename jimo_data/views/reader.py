"""Reader: the articles under the filters; one article, or one whole page as printed,
to read and quote, with the search words marked."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from jimo_data.analysis import highlight_terms, reading_list
from jimo_data.analysis.articles import issue_pages, page_articles
from jimo_data.views.codes import code_label
from jimo_data.views.context import context
from jimo_data.views.correcting import article_corrections
from jimo_data.views.downloads import article_downloads
from jimo_data.views.reprints import also_printed
from jimo_data.views.state import page_option
from jimo_data.views.widgets import TEXT_LIMIT, highlight, md_escape, name_unknown_publication, page_options, table

PAGE_META = ["page_id", "publication", "section", "page_no", "date", "date_source", "date_evidence", "issue_no", "lunar_date", "weekday", "status", "problems", "corrected"]  # fmt: skip

ctx = context()
sel, t, corpus = ctx.selection, ctx.t, ctx.corpus
st.title(t("page_reader"))


page_id, article_id = page_option("page"), page_option("article")
words = [*highlight_terms(ctx.filters.query), *page_option("hl")]


# Moving around. A ticked row of the results opens its article; when the article or the
# list changes any other way, the tick would still point at its row and open that
# article again on every rerun, so the table is then drawn afresh (a new key, no tick).
def fresh_table() -> None:
    st.session_state["_reader_table"] = st.session_state.get("_reader_table", 0) + 1


def results_key(listed: tuple) -> str:
    if st.session_state.get("_reader_listed") != listed:
        st.session_state["_reader_listed"] = listed
        fresh_table()
    return f"reader_results_{st.session_state['_reader_table']}"


def open_article(target: str) -> None:
    fresh_table()
    st.query_params["article"] = target


def open_page(target: str) -> None:
    fresh_table()
    st.query_params["page"] = target
    if "article" in st.query_params:
        del st.query_params["article"]


def all_results() -> None:
    fresh_table()
    for key in ("page", "article"):
        if key in st.query_params:
            del st.query_params[key]


def step_buttons(row, ids: list[str], current: str, labels: tuple[str, str], go, key: str) -> None:
    """Previous and next of `current` among `ids`, in `row`; at an end the button is
    there but disabled, so the other stays where the pointer is."""
    position = ids.index(current)
    for name, label, step in (("previous", labels[0], -1), ("next", labels[1], 1)):
        target = ids[position + step] if 0 <= position + step < len(ids) else None
        row.button(t(label), on_click=go, args=(target,), disabled=target is None, key=f"{name}_{key}")


# What is read.
def bylines_text(people: pd.DataFrame) -> str:
    return " · ".join(md_escape(f"{row.name}（{_role(row)}{'，' + row.outlet if row.outlet else ''}）") for row in people.itertuples())


def _role(person) -> str:
    """The credit as the page printed it (责编, 终审), after the role in English where the
    word says more than the role (not 记者 of a reporter, 摄 of a photographer)."""
    role = t("role_" + person.role)
    if not person.duty or person.duty == role:
        return role
    if ctx.lang == "zh":
        return person.duty
    return role if person.duty in _PLAIN_WORDS.get(person.role, ()) else f"{role}, {person.duty}"


_PLAIN_WORDS = {"reporter": ("记者",), "correspondent": ("通讯员",), "photographer": ("摄", "摄影", "图"), "editor": ("编辑",)}


def show_item(item, people: pd.DataFrame, heading, body: str, source: str = "") -> None:
    """An article, caption or notice as printed: kicker, headline, subheadline, where it was
    printed (`source`: what a quotation cites), bylines, `body` (its text, perhaps cut),
    continuation marker."""
    if item.kicker:
        st.caption(highlight(item.kicker, words))
    heading(
        highlight(item.headline, words) if item.headline else md_escape(t("untitled_item", kind=code_label("kind_", item.kind, ctx.lang)))
    )
    if item.subheadline:
        st.markdown(f"*{highlight(item.subheadline, words)}*")
    if source:
        st.caption(md_escape(source))
    if len(people):
        st.caption(bylines_text(people))
    for paragraph in filter(None, body.split("\n")):
        st.markdown(highlight(paragraph, words))
    if item.continued:
        st.caption(md_escape(f"（{item.continued}）"))


def cut_notice(label: str, page: str, total: int = 0) -> None:
    """That the text is cut at TEXT_LIMIT characters, and the file that holds it whole."""
    st.info(t(label, total=f"{total:,}", limit=f"{TEXT_LIMIT:,}", path=md_escape(corpus.root / page)))


def marked_words() -> None:
    if words:
        st.caption(t("marked_words", words=md_escape("、".join(dict.fromkeys(words)))))


def page_meta(page: str) -> None:
    """The page's metadata and, when asked for, its text as extracted: the text goes to
    the browser only then (a page can be tens of MB), and the switch is per page, so the
    next page is not sent unasked."""
    st.subheader(t("page_meta"))
    meta = corpus.pages.loc[corpus.pages["page_id"] == page, PAGE_META]
    # One row, as written: the date without a time, nothing where nothing is known (a
    # table shows a missing value as "None", in English).
    meta = meta.assign(date=meta["date"].dt.strftime("%Y-%m-%d")).astype(object).fillna("")
    table(meta, "page", ctx.filters, key="page_meta")
    if st.toggle(t("original_text"), key=f"page_text_{page}"):
        text = corpus.page_text(page)
        if not text.strip():
            st.info(t("no_page_text"))
        elif len(text) > TEXT_LIMIT:
            cut_notice("text_cut", page, len(text))
        st.text(text[:TEXT_LIMIT])


def show_article(article_id: str, ids: list[str]) -> None:
    """The article, and a step to the previous and next of the results; of its page, when
    the results do not hold it (a link from elsewhere, filters changed since)."""
    article = next(corpus.articles[corpus.articles["article_id"] == article_id].itertuples())
    if article_id not in ids:
        ids = list(page_articles(corpus, article.page_id)["article_id"])
    row = st.container(horizontal=True, vertical_alignment="center")
    step_buttons(row, ids, article_id, ("previous", "next"), open_article, "article")
    row.button(t("whole_page"), on_click=open_page, args=(article.page_id,), key="whole_page")
    marked_words()
    if len(article.body) > TEXT_LIMIT:
        cut_notice("text_cut", article.page_id, len(article.body))
    people = corpus.bylines[corpus.bylines["article_id"] == article_id]
    show_item(article, people, st.header, article.body[:TEXT_LIMIT], page_title(article.page_id))
    also_printed(ctx, article_id)
    mentioned = corpus.officials[corpus.officials["article_id"] == article_id][["name", "title", "office", "jurisdiction"]]
    if len(mentioned):
        st.markdown(f"**{t('officials')}**")
        table(mentioned, "article_officials", ctx.filters, key="article_officials")
    article_corrections(ctx, article)
    page_meta(article.page_id)


def page_title(page: str) -> str:
    """新即墨 · 2026-03-09 · 第3390期 · 要闻 · 第1版: what is known of the page."""
    row = next(corpus.pages[corpus.pages["page_id"] == page].itertuples())
    parts = [
        row.publication or t("unknown_pub"),
        f"{row.date:%Y-%m-%d}" if pd.notna(row.date) else "",
        t("issue_number", n=row.issue_no) if pd.notna(row.issue_no) else "",
        row.section,
        t("page_number", n=row.page_no) if pd.notna(row.page_no) else "",
    ]
    return " · ".join(filter(None, parts))


def show_page(page: str) -> None:
    """The whole page as printed, every item in order whatever the filters, at most
    TEXT_LIMIT characters of text; the other pages of its issue a click away."""
    issue = issue_pages(corpus, page)
    st.header(md_escape(page_title(page)))
    row = st.container(horizontal=True, vertical_alignment="center")
    step_buttons(row, issue, page, ("previous_page", "next_page"), open_page, "page")
    row.button(t("all_results"), on_click=all_results, key="all_results")
    row.caption(t("page_of_issue", n=issue.index(page) + 1, total=len(issue)) if len(issue) > 1 else t("page_alone"))
    marked_words()
    people = corpus.bylines[corpus.bylines["page_id"] == page]
    left = TEXT_LIMIT
    for item in page_articles(corpus, page).itertuples():
        if left <= 0:
            cut_notice("page_cut", page)
            break
        show_item(item, people[people["article_id"] == item.article_id], st.subheader, item.body[:left])
        # A bordered button: a tertiary one read as a line of the text (a new user's).
        st.button(t("read_alone"), on_click=open_article, args=(item.article_id,), key=f"open_{item.article_id}", icon=":material/article:")
        left -= len(item.body)
    page_meta(page)


results = sel.listing if not page_id else sel.listing[sel.listing["page_id"] == page_id]
listing = reading_list(corpus, results, ctx.filters.query)
st.subheader(f"{t('results')} ({len(listing)})")
# The overview counts articles; the results list captions and notices too: say how many of each.
if n_others := int((listing["kind"] != "article").sum()):
    st.caption(t("results_of_kinds", articles=len(listing) - n_others, others=n_others))
if page_id:
    st.caption(f"{t('col_page')}: {md_escape(page_id)}")
shown = name_unknown_publication(listing, ctx.lang)  # the name the filter and the other pages give it
# The list's download is named by what chose its rows, not by the article open beside it.
event = table(
    shown,
    "articles",
    ctx.filters,
    key=results_key((ctx.filters, page_id)),
    options=page_options(but=("article", "hl")),
    on_select="rerun",
    selection_mode="single-row",
)
article_downloads(ctx, listing)
ticked = [row for row in (event.selection.rows if event else []) if row < len(listing)]
picked = listing["article_id"].iloc[ticked[0]] if ticked else None
if picked and picked != article_id:
    st.query_params["article"] = picked
    st.rerun()

st.divider()
if article_id:
    show_article(article_id, list(listing["article_id"]))
elif page_id:
    show_page(page_id)
elif len(listing):
    st.info(t("pick_article"))
