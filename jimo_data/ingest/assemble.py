"""Cached parse rows + the folder's files -> the tables of the data model.

Pages get their ids (paths), files with the same text are marked as duplicates and counted once,
articles get `page_id#seq`, and every item row takes its article's ids and date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy as np
import pandas as pd

from .. import tables
from ..parsing import ERROR, WARNING
from .frames import concat_categoricals, concat_frames, return_freed_memory

PER_ARTICLE_TABLES = ("bylines", "officials", "projects", "terms")  # rows that belong to an article


def assemble(
    hashes: dict[str, str], cached: dict[str, pd.DataFrame], unreadable: dict[str, str], release: bool = False
) -> dict[str, pd.DataFrame]:
    """The tables of these files (page_id -> content hash) from their cached rows. With
    `release`, each cached table is taken out of `cached` once used, so that a whole
    archive's rows are not all held beside the tables made of them."""
    take = cached.pop if release else cached.get
    return dict(assembled(hashes, lambda table: [take(table)], unreadable))


def assembled(
    hashes: dict[str, str], parts: Callable[[str], Iterable[pd.DataFrame]], unreadable: dict[str, str]
) -> Iterator[tuple[str, pd.DataFrame]]:
    """Each table in turn (pages, articles, then the tables of their items), from the
    cached rows of each table, which `parts(table)` gives in one or more frames. Only
    what the next tables need is kept between them, and the terms are assembled part
    by part: a caller that writes each table away (the snapshot) never holds them all,
    nor all the cached term rows."""
    pages = _pages(hashes, concat_frames(list(parts("pages"))), unreadable)
    canonical = pages.loc[(pages["duplicate_of"] == "") & (pages["content_hash"] != ""), ["page_id", "content_hash", "date", "publication"]]
    canonical = canonical.drop_duplicates("content_hash")  # two empty files: one hash, both error rows
    yield "pages", pages
    del pages
    hash_index = pd.Index(canonical["content_hash"].astype(str))
    articles = concat_frames(list(parts("articles"))).astype({"content_hash": str})
    articles = articles.merge(canonical.astype({"content_hash": str}), on="content_hash", how="inner")
    articles = articles.sort_values(["page_id", "seq"], kind="stable", ignore_index=True)
    articles["article_id"] = articles["page_id"] + "#" + articles["seq"].astype("string")
    # Item rows find their article by an integer key (hash position, seq): the terms
    # table has millions of rows, too many to join on strings.
    article_keys = pd.Index(_article_keys(articles, hash_index))
    yield "articles", tables.conform("articles", articles)
    articles = articles[["article_id", "page_id", "date"]]  # what item rows take from their article: not the bodies
    for table in PER_ARTICLE_TABLES:
        if table == "terms":  # grouped by article, in no particular order: part by part
            yield table, _terms(parts(table), article_keys, hash_index, articles["article_id"])
        else:
            yield table, _items(table, *_placed(concat_frames(list(parts(table))), article_keys, hash_index), articles)


def _placed(rows: pd.DataFrame, article_keys: pd.Index, hash_index: pd.Index) -> tuple[pd.DataFrame, np.ndarray]:
    """The item rows whose article is assembled, and the position of each one's article."""
    position = article_keys.get_indexer(_article_keys(rows, hash_index)) if len(rows) else np.array([], dtype=int)
    found = position >= 0
    if not found.all():  # rows of duplicate pages: a cold archive has none, and its terms are not copied
        rows, position = rows.loc[found].reset_index(drop=True), position[found]
    return rows, position


def _pages(hashes: dict[str, str], parsed: pd.DataFrame, unreadable: dict[str, str]) -> pd.DataFrame:
    """A row per file. Of the files with the same text (whatever their bytes: one saved
    as GB18030 and one as UTF-8 are one page), the first path is canonical and the others
    are duplicates: a warning naming it, no articles of their own."""
    mapping = pd.DataFrame({"page_id": list(hashes), "content_hash": list(hashes.values())}, dtype="string").sort_values("page_id")
    pages = mapping.merge(parsed, on="content_hash", how="left")
    first_of = pages.drop_duplicates("text_hash").set_index("text_hash")["page_id"]
    pages["duplicate_of"] = pages["text_hash"].map(first_of).astype("string")
    duplicate = (pages["duplicate_of"] != pages["page_id"]) & (pages["status"] != ERROR)
    pages["duplicate_of"] = pages["duplicate_of"].where(duplicate, "")
    pages.loc[duplicate, "status"] = WARNING
    pages.loc[duplicate, "problems"] = "the same text as " + pages.loc[duplicate, "duplicate_of"] + " (its articles are counted there)"
    pages.loc[duplicate, "n_articles"] = 0
    if unreadable:
        pages = pd.concat(
            [
                pages,
                pd.DataFrame(
                    {"page_id": list(unreadable), "status": ERROR, "problems": list(unreadable.values()), "date_source": "unknown"}
                ),
            ]
        )
    return tables.conform("pages", pages.sort_values("page_id"))


def _items(table: str, rows: pd.DataFrame, position: np.ndarray, articles: pd.DataFrame) -> pd.DataFrame:
    """Byline, official or project rows in article order, with their article's ids and date."""
    order = np.argsort(position, kind="stable")
    rows, position = rows.take(order).reset_index(drop=True), position[order]
    for column in ("article_id", "page_id", "date"):
        rows[column] = articles[column].take(position).reset_index(drop=True)
    return tables.conform(table, rows)


def _terms(parts: Iterable[pd.DataFrame], article_keys: pd.Index, hash_index: pd.Index, article_ids: pd.Series) -> pd.DataFrame:
    """Millions of rows, of the contract's columns and dtypes, built from codes. Of each
    part only its codes are kept (twelve bytes a row) before the next part is read, and
    the columns are joined once, into the frame as it is: this is the peak of a cold
    ingest's memory."""
    article_codes, terms, counts = [], [], []
    for rows in parts:
        rows, position = _placed(rows, article_keys, hash_index)
        article_codes.append(position.astype(np.int32))
        terms.append(_categorical(rows["term"]))
        counts.append(rows["count"].to_numpy(dtype=np.int32))
        del rows
        return_freed_memory(collect=False)  # the part's rows: the allocators would keep them
    article_id = pd.Categorical.from_codes(
        np.concatenate(article_codes), dtype=pd.CategoricalDtype(pd.Index(article_ids.astype(str))), validate=False
    )
    del article_codes  # each column's parts freed once it is joined
    term = concat_categoricals(terms)
    del terms
    return pd.DataFrame({"article_id": article_id, "term": term, "count": np.concatenate(counts)}, copy=False)


def _categorical(values: pd.Series) -> pd.Categorical:
    """Term rows are categorical, but for an empty table's (whose column has no type)."""
    return values.array if isinstance(values.dtype, pd.CategoricalDtype) else values.astype(tables.STR).astype(tables.CAT).array


def _article_keys(rows: pd.DataFrame, hash_index: pd.Index) -> np.ndarray:
    """(position of the row's content hash among canonical pages) * 10,000 + seq;
    negative for rows of pages that are not canonical (duplicates)."""
    hashes = rows["content_hash"]
    if isinstance(hashes.dtype, pd.CategoricalDtype):
        position = hash_index.get_indexer(hashes.cat.categories.astype(str))[hashes.array.codes]
    else:
        position = hash_index.get_indexer(hashes.astype(str))
    return np.where(position >= 0, position.astype(np.int64) * 10_000 + rows["seq"].to_numpy(dtype=np.int64), -1)
