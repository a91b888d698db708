"""Officials over time: who held which office, from the first to the last dated mention."""

from __future__ import annotations

import pandas as pd

TIMELINE_COLUMNS = ["name", "office", "titles", "first_date", "last_date", "n_mentions", "n_articles", "article_ids"]


def officials_timeline(officials: pd.DataFrame) -> pd.DataFrame:
    """One row per (person, office): first and last dated mention, mentions, articles.

    A mention whose office is unresolved (a bare `曾赞荣书记`) takes the office the same
    person holds in other mentions of the same year, when there is exactly one.
    """
    if officials.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in TIMELINE_COLUMNS})
    rows = officials[["name", "office", "title", "date", "n_mentions", "article_id"]].copy()
    rows["office"] = _resolve_bare_offices(rows)
    keys = ["name", "office"]
    timeline = rows.groupby(keys, sort=False).agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("n_mentions", "sum"), n_articles=("article_id", "nunique")
    )
    timeline["titles"] = rows.drop_duplicates([*keys, "title"]).groupby(keys, sort=False)["title"].agg("；".join)
    timeline["article_ids"] = rows.drop_duplicates([*keys, "article_id"]).groupby(keys, sort=False)["article_id"].agg(";".join)
    timeline = timeline.reset_index().astype({"n_mentions": "Int64", "n_articles": "Int64"})
    return timeline.sort_values(["name", "first_date", "office"], na_position="last").reset_index(drop=True)[TIMELINE_COLUMNS]


def _resolve_bare_offices(rows: pd.DataFrame) -> pd.Series:
    bare = rows["office"] == ""
    if not bare.any():
        return rows["office"]
    year = rows["date"].dt.year
    known = rows[~bare & rows["name"].isin(rows.loc[bare, "name"])].assign(year=year)
    offices = known.groupby(["name", "year"])["office"].agg(["first", "nunique"])
    single = offices.loc[offices["nunique"] == 1, "first"].to_dict()
    resolved = [single.get((name, y), "") for name, y in zip(rows.loc[bare, "name"], year[bare])]
    office = rows["office"].copy()
    office[bare] = resolved
    return office


def career_spans(timeline: pd.DataFrame, people: int = 25) -> pd.DataFrame:
    """The dated rows of an `officials_timeline` of the `people` most mentioned, most
    mentioned first: what a career chart draws."""
    dated = timeline.dropna(subset=["first_date"])
    busiest = dated.groupby("name")["n_mentions"].sum().sort_values(ascending=False, kind="stable").head(people).index
    return dated[dated["name"].isin(busiest)]
