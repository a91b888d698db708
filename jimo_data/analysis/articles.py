"""Per-article summaries: the people each article names, who appears with whom, the
reader's list of articles, and the reader's page view (a page's items, its issue)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .query import Term, parse_query, term_hits
from .term_counts import term_occurrences

_UNTITLED_CHARS = 24  # words of the body that name an untitled item (a caption)


def co_occurrence(rows: pd.DataFrame) -> pd.DataFrame:
    """Pairs of names that share articles (`rows` has article_id and name): a, b, articles."""
    people = rows[["article_id", "name"]].drop_duplicates().astype({"article_id": str})
    pairs = people.merge(people, on="article_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["name_a"] < pairs["name_b"]]
    together = pairs.groupby(["name_a", "name_b"]).size().rename("articles").reset_index()
    together.columns = ["a", "b", "articles"]
    return together.sort_values(["articles", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def coauthors(bylines: pd.DataFrame) -> pd.DataFrame:
    """Pairs of people who wrote or photographed articles together (`co_occurrence`): a page's
    editors (责编, 美编, 审读) are credited on each of its articles and write with nobody."""
    return co_occurrence(bylines[bylines["role"] != "editor"])


def article_names(corpus) -> pd.DataFrame:
    """Per article: its bylines and the officials it names, each joined with 、
    (grouped in Arrow: an archive has tens of thousands of articles)."""

    def joined(table: pd.DataFrame) -> pd.Series:
        # Typed: a corpus without any byline (or official) has an empty column, which Arrow would read as nulls.
        # Each name once, in the table's order (who wrote it before who edited it): Arrow's
        # `distinct` keeps no order, its `list` on one thread keeps the rows'.
        columns = {column: pa.array(table[column].astype(str).to_numpy(), type=pa.string()) for column in ("article_id", "name")}
        people = pa.table(columns)
        once = people.filter(pc.invert(pa.array(table[["article_id", "name"]].duplicated().to_numpy())))
        grouped = once.group_by("article_id", use_threads=False).aggregate([("name", "list")])
        names = pc.binary_join(grouped["name_list"], "、")
        return pd.Series(names.to_numpy(zero_copy_only=False), index=grouped["article_id"].to_numpy(zero_copy_only=False))

    return corpus.memo(
        "article_names",
        lambda: (
            pd.DataFrame({"bylines": joined(corpus.bylines), "officials": joined(corpus.officials)})
            .reindex(corpus.articles["article_id"])
            .fillna("")
        ),
    )


def untitled_label(bodies: pd.Series) -> pd.Series:
    """What lists an untitled item (a caption) by its first words, in tortoise-shell brackets
    so that no one takes them for a printed headline (a new user did)."""
    first_words = bodies.str.replace(r"\s+", " ", regex=True)  # a line break reads as `\n` in a cell
    return "〔" + first_words.str.slice(0, _UNTITLED_CHARS) + "…〕"


def reading_list(corpus, listing: pd.DataFrame, query: str = "") -> pd.DataFrame:
    """The articles of a listing (rows of `corpus.articles`) as the reader lists them:
    date, publication, headline (an untitled caption by its first words, `〔…〕`), bylines and
    officials; with a search query, a column per term looked for, named by the term in
    corner brackets (「观摩」: no column name of ours has them), holding its hits in each
    article; then kind and id (what a reader reads first is the date and the title, as
    the store's reader lists them). Newest first."""
    listed = listing[["article_id", "date", "publication", "kind", "headline"]].copy()
    untitled = listed.index[listed["headline"] == ""]
    listed.loc[untitled, "headline"] = untitled_label(corpus.articles.loc[untitled, "body"])
    names = article_names(corpus)
    listed["bylines"] = names["bylines"].reindex(listed["article_id"]).to_numpy()
    listed["officials"] = names["officials"].reindex(listed["article_id"]).to_numpy()
    for term in parse_query(query).terms:
        listed[f"「{term.label}」"] = _hits_in(corpus, listing, term)
    listed = listed[[*listed.columns.drop(["kind", "article_id"]), "kind", "article_id"]]
    return listed.sort_values(["date", "article_id"], ascending=[False, True], na_position="last")


def page_articles(corpus, page_id: str) -> pd.DataFrame:
    """Every item of one page (rows of `corpus.articles`: articles, captions, notices) in
    the order printed, whatever the filters: the page as the reader shows it whole."""
    items = corpus.articles[corpus.articles["page_id"] == page_id]
    return items.sort_values("seq", kind="stable")


def issue_pages(corpus, page_id: str) -> list[str]:
    """The pages of the issue `page_id` belongs to, in page order (its number, then its
    file name in natural order: `_2` before `_10`). An issue is one publication's pages
    of one date whose issue numbers do not disagree (inner pages often print no number);
    an undated page shares an issue by its number alone. A page of unknown publication,
    or with neither date nor number, is an issue of its own, and a duplicate page (its
    text is read elsewhere) is part of none."""
    pages = corpus.pages
    page = pages[pages["page_id"] == page_id].iloc[0]
    date, number = page["date"], page["issue_no"]
    if not page["publication"] or (pd.isna(date) and pd.isna(number)):
        return [page_id]
    same = (pages["publication"] == page["publication"]) & (pages["duplicate_of"] == "")
    if pd.isna(date):
        same &= pages["date"].isna() & (pages["issue_no"] == number).fillna(False)
    else:
        same &= (pages["date"] == date).fillna(False)
        if pd.notna(number):
            same &= pages["issue_no"].isna() | (pages["issue_no"] == number).fillna(False)
    issue = pages.loc[same | (pages["page_id"] == page_id), ["page_id", "page_no"]]
    return sorted(issue["page_id"], key=_page_order(issue))


def _page_order(issue: pd.DataFrame):
    """Sort key of an issue's page ids: the page number (pages without one last), then
    the numbers in the file name by value (`p_2` before `p_10`)."""
    numbers = dict(zip(issue["page_id"], issue["page_no"]))

    def key(page_id: str) -> tuple:
        number = numbers[page_id]
        natural = [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", page_id)]
        return (pd.isna(number), 0 if pd.isna(number) else int(number), natural)

    return key


def _hits_in(corpus, listing: pd.DataFrame, term: Term) -> np.ndarray:
    """The term's hits in each article of the listing. Those in the text come from the
    corpus's memo (a reader rerun, a click on the next article, counts nothing again,
    and no body is copied); headlines and bylines are in the listing itself."""
    if term.field == "text":
        return term_occurrences(corpus, term.text)[corpus.articles.index.get_indexer(listing.index)]
    return term_hits(term, listing, corpus.bylines)
