"""Per-article summaries: the people each article names, who appears with whom, and
the reader's list of articles."""

from __future__ import annotations

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


def article_names(corpus) -> pd.DataFrame:
    """Per article: its bylines and the officials it names, each joined with 、
    (grouped in Arrow: an archive has tens of thousands of articles)."""

    def joined(table: pd.DataFrame) -> pd.Series:
        people = pa.table({"article_id": table["article_id"].astype(str).to_numpy(), "name": table["name"].astype(str).to_numpy()})
        grouped = people.group_by("article_id", use_threads=False).aggregate([("name", "distinct")])
        names = pc.binary_join(grouped["name_distinct"], "、")
        return pd.Series(names.to_numpy(zero_copy_only=False), index=grouped["article_id"].to_numpy(zero_copy_only=False))

    return corpus.memo(
        "article_names",
        lambda: (
            pd.DataFrame({"bylines": joined(corpus.bylines), "officials": joined(corpus.officials)})
            .reindex(corpus.articles["article_id"])
            .fillna("")
        ),
    )


def reading_list(corpus, listing: pd.DataFrame, query: str = "") -> pd.DataFrame:
    """The articles of a listing (rows of `corpus.articles`) as the reader lists them:
    id, date, publication, kind, headline (an untitled caption by its first words),
    bylines and officials; newest first. With a search query, a column per term looked
    for, named by the term in corner brackets (「观摩」: no column name of ours has them),
    holding its hits in each article."""
    listed = listing[["article_id", "date", "publication", "kind", "headline"]].copy()
    untitled = listed.index[listed["headline"] == ""]
    listed.loc[untitled, "headline"] = corpus.articles.loc[untitled, "body"].str.slice(0, _UNTITLED_CHARS) + "…"
    names = article_names(corpus)
    listed["bylines"] = names["bylines"].reindex(listed["article_id"]).to_numpy()
    listed["officials"] = names["officials"].reindex(listed["article_id"]).to_numpy()
    for term in parse_query(query).terms:
        listed[f"「{term.label}」"] = _hits_in(corpus, listing, term)
    return listed.sort_values(["date", "article_id"], ascending=[False, True], na_position="last")


def _hits_in(corpus, listing: pd.DataFrame, term: Term) -> np.ndarray:
    """The term's hits in each article of the listing. Those in the text come from the
    corpus's memo (a reader rerun, a click on the next article, counts nothing again,
    and no body is copied); headlines and bylines are in the listing itself."""
    if term.field == "text":
        return term_occurrences(corpus, term.text)[corpus.articles.index.get_indexer(listing.index)]
    return term_hits(term, listing, corpus.bylines)
