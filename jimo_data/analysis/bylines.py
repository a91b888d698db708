"""Who wrote, photographed and edited what, and when."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

ROLES = ("reporter", "correspondent", "photographer", "editor")


def byline_ranking(credits: pd.DataFrame, role_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per person credited (`credits`: rows of the bylines table): roles (as
    `role_names` calls them), outlets, articles, first and last date; most articles first."""
    name_of = role_names or {}
    ranking = credits.groupby("name").agg(
        roles=("role", lambda s: "、".join(name_of.get(r, r) for r in dict.fromkeys(s))),
        outlets=("outlet", lambda s: "、".join(o for o in dict.fromkeys(s) if o)),
        articles=("article_id", "nunique"),
        first_date=("date", "min"),
        last_date=("date", "max"),
    )
    return ranking.reset_index().sort_values(["articles", "name"], ascending=[False, True])


def articles_per_month(credits: pd.DataFrame, people) -> pd.DataFrame:
    """Dated articles per month of each of these people: month, name, articles."""
    dated = credits.dropna(subset=["date"])
    dated = dated[dated["name"].isin(people)]
    month = dated["date"].dt.to_period("M").dt.start_time.rename("month")
    return dated.groupby([month, dated["name"]])["article_id"].nunique().rename("articles").reset_index()


def undated_articles_of(credits: pd.DataFrame, people) -> int:
    """How many articles of these people have no date: the ones `articles_per_month`
    cannot place."""
    return credits.loc[credits["date"].isna() & credits["name"].isin(people), "article_id"].nunique()
