"""Officials over time: who held which office, from the first to the last dated mention."""

from __future__ import annotations

import pandas as pd

TIMELINE_COLUMNS = ["name", "jurisdiction", "office", "titles", "first_date", "last_date", "n_mentions", "n_articles", "article_ids"]


def officials_timeline(officials: pd.DataFrame) -> pd.DataFrame:
    """One row per (person, office): first and last dated mention, mentions, articles.
    A person is a name in a jurisdiction: 王明 of 莒县 and 王明 of 即墨区 are two people,
    so that officials of other places never join the offices of this one.

    A mention whose office is unresolved (a bare `曾赞荣书记`) takes the office the same
    name holds in other mentions of the same year, when there is exactly one.
    """
    if officials.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in TIMELINE_COLUMNS})
    rows = officials[["name", "office", "jurisdiction", "title", "date", "n_mentions", "article_id"]].copy()
    rows[["office", "jurisdiction"]] = _resolve_bare_offices(rows)
    keys = ["name", "jurisdiction", "office"]
    timeline = rows.groupby(keys, sort=False).agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("n_mentions", "sum"), n_articles=("article_id", "nunique")
    )
    timeline["titles"] = rows.drop_duplicates([*keys, "title"]).groupby(keys, sort=False)["title"].agg("；".join)
    timeline["article_ids"] = rows.drop_duplicates([*keys, "article_id"]).groupby(keys, sort=False)["article_id"].agg(";".join)
    timeline = timeline.reset_index().astype({"n_mentions": "Int64", "n_articles": "Int64"})
    return timeline.sort_values(["name", "first_date", "office"], na_position="last").reset_index(drop=True)[TIMELINE_COLUMNS]


def _resolve_bare_offices(rows: pd.DataFrame) -> pd.DataFrame:
    """The office and jurisdiction of every row, bare ones resolved where they can be."""
    resolved = rows[["office", "jurisdiction"]].copy()
    bare = rows["office"] == ""
    if not bare.any():
        return resolved
    year = rows["date"].dt.year
    known = rows[~bare & rows["name"].isin(rows.loc[bare, "name"])].assign(year=year)
    offices = known.groupby(["name", "year"]).agg(
        office=("office", "first"), jurisdiction=("jurisdiction", "first"), n=("office", "nunique")
    )
    single = offices[offices["n"] == 1]
    found = single.reindex(pd.MultiIndex.from_arrays([rows.loc[bare, "name"], year[bare]]))
    resolved.loc[bare, "office"] = found["office"].fillna("").to_numpy()
    resolved.loc[bare, "jurisdiction"] = found["jurisdiction"].fillna("").to_numpy()
    return resolved


def career_spans(timeline: pd.DataFrame, people: int = 25) -> pd.DataFrame:
    """The dated rows of an `officials_timeline` of the `people` most mentioned, most
    mentioned first: what a career chart draws."""
    dated = timeline.dropna(subset=["first_date"])
    person = dated["name"] + "|" + dated["jurisdiction"]
    busiest = dated.groupby(person)["n_mentions"].sum().sort_values(ascending=False, kind="stable").head(people).index
    return dated[person.isin(busiest)]
