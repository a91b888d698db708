"""Officials over time: who held which office, from the first to the last dated mention,
and each office's holders in order."""

from __future__ import annotations

import re

import pandas as pd

from jimo_data.parsing.text import simplified

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
    rows = _resolved(officials)
    keys = ["name", "jurisdiction", "office"]
    timeline = rows.groupby(keys, sort=False).agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("n_mentions", "sum"), n_articles=("article_id", "nunique")
    )
    timeline["titles"] = rows.drop_duplicates([*keys, "title"]).groupby(keys, sort=False)["title"].agg("；".join)
    timeline["article_ids"] = rows.drop_duplicates([*keys, "article_id"]).groupby(keys, sort=False)["article_id"].agg(";".join)
    timeline = timeline.reset_index().astype({"n_mentions": "Int64", "n_articles": "Int64"})
    return timeline.sort_values(["name", "first_date", "office"], na_position="last").reset_index(drop=True)[TIMELINE_COLUMNS]


def most_mentioned_first(timeline: pd.DataFrame) -> pd.DataFrame:
    """The officials' rows as the page, the store's ranking and `jimo export` list them: the most
    mentioned first, then by name (one order everywhere, so that a page's CSV and the CLI's agree)."""
    return timeline.sort_values(["n_mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _resolved(officials: pd.DataFrame) -> pd.DataFrame:
    rows = officials[["name", "office", "jurisdiction", "title", "date", "n_mentions", "article_id"]].copy()
    rows[["office", "jurisdiction"]] = _resolve_bare_offices(rows)
    return rows


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


def offices_by_mentions(officials: pd.DataFrame) -> list[str]:
    """The offices of these rows (of `officials` or a timeline), most mentioned first."""
    return list(officials.groupby("office")["n_mentions"].sum().sort_values(ascending=False, kind="stable").index)


def career_spans(timeline: pd.DataFrame, people: int = 25, offices: int = 20) -> pd.DataFrame:
    """The dated rows of an `officials_timeline` of the `people` most mentioned, most
    mentioned first: what a career chart draws. `colour` is the office when the rows hold
    at most `offices` offices (the dashboard's twenty series colours), else the office
    for the `offices - 1` most mentioned and "" for the rest, which share one colour
    rather than repeat another office's."""
    dated = timeline.dropna(subset=["first_date"])
    person = _person(dated)
    busiest = dated.groupby(person)["n_mentions"].sum().sort_values(ascending=False, kind="stable").head(people).index
    spans = dated[person.isin(busiest)]
    by_office = offices_by_mentions(spans)
    coloured = by_office if len(by_office) <= offices else by_office[: offices - 1]
    return spans.assign(colour=spans["office"].where(spans["office"].isin(coloured), ""))


def undated_people(timeline: pd.DataFrame) -> int:
    """How many people (a name in a jurisdiction) of an `officials_timeline` have no
    dated mention: the ones `career_spans` cannot draw."""
    person = _person(timeline)
    return person.nunique() - person[timeline["first_date"].notna()].nunique()


def _person(timeline: pd.DataFrame) -> pd.Series:
    """A person of an `officials_timeline`: a name in a jurisdiction."""
    return timeline["name"] + "|" + timeline["jurisdiction"]


HOLDER_COLUMNS = ["office", "jurisdiction", "name", "first_date", "last_date", "n_mentions", "n_articles", "first_article", "last_article"]


def office_holders(officials: pd.DataFrame, office: str | None = None) -> pd.DataFrame:
    """Every office's holders in order of their first dated mention (those never dated
    last), with the last dated mention and the articles of both: who held 即墨区委书记
    when, and where the paper says so. Only offices with a jurisdiction: a bare 区长 on a
    page that does not tell whose is a title of many places, its holders no succession.
    Bare mentions are resolved as in `officials_timeline`; a name printed in traditional
    characters is its simplified one (陸治原 is 陆治原). `office` keeps one office."""
    rows = _resolved(officials) if len(officials) else officials
    rows = rows[rows["jurisdiction"] != ""]
    if office is not None:
        rows = rows[rows["office"] == office]
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in HOLDER_COLUMNS})
    keys = ["office", "jurisdiction", "name"]
    rows = rows.assign(name=rows["name"].map(simplified))
    ordered = rows.sort_values(["date", "article_id"], na_position="last", kind="stable")
    grouped = ordered.groupby(keys, sort=False)
    holders = grouped.agg(
        first_date=("date", "min"),
        last_date=("date", "max"),
        n_mentions=("n_mentions", "sum"),
        n_articles=("article_id", "nunique"),
        first_article=("article_id", "first"),
    )
    dated = ordered.dropna(subset=["date"]).groupby(keys, sort=False)["article_id"].last()
    holders["last_article"] = dated.reindex(holders.index).fillna(holders["first_article"])
    holders = holders.reset_index().astype({"n_mentions": "Int64", "n_articles": "Int64"})
    holders = holders.sort_values(["office", "first_date", "last_date", "name"], na_position="last", kind="stable")
    return holders.reset_index(drop=True)[HOLDER_COLUMNS]


def office_tenures(holders: pd.DataFrame, office: str) -> pd.DataFrame:
    """The dated holders of one office in an `office_holders` table (computed once for
    many offices), in order: a band from the first to the last mention of each, to draw
    behind a trend (`widgets.tenure_shapes`)."""
    dated = holders[(holders["office"] == office) & holders["first_date"].notna()]
    return dated[["name", "office", "first_date", "last_date"]].reset_index(drop=True)


def by_month(tenures: pd.DataFrame) -> pd.DataFrame:
    """`office_tenures` as a monthly trend places its points, at each month's first day: a
    band from the month of the first mention to the month of the last, so that a month's
    point stands in the band of whoever held the office then (a new user saw March's point
    outside a tenure that began on March 9)."""
    month_start = {column: tenures[column].dt.to_period("M").dt.start_time for column in ("first_date", "last_date")}
    return tenures.assign(**month_start)


def offices_by_holders(holders: pd.DataFrame) -> list[str]:
    """The offices of an `office_holders` table, most holders first, then most mentioned:
    the offices whose succession there is most to read about first. Posts one person holds
    at a time come before those many hold together (`is_sole_post`): only theirs is a succession."""
    ranked = holders.groupby("office").agg(people=("name", "nunique"), mentions=("n_mentions", "sum"))
    ranked["shared"] = [not is_sole_post(office) for office in ranked.index]
    return list(ranked.sort_values(["shared", "people", "mentions"], ascending=[True, False, False], kind="stable").index)


# Posts several people hold at once: deputies (副市长), members of a committee (市委常委,
# 委员, 党组成员) and assistants (市长助理).
_SHARED_POST = re.compile("副|常委$|委员$|成员$|助理$")


def is_sole_post(office: str) -> bool:
    """Whether one person holds the office at a time (即墨区委书记, 青岛市市长), so that its
    holders succeed one another; a deputy's or a member's (青岛市副市长, 十堰市委常委) is shared."""
    return not _SHARED_POST.search(office)
