"""A paper lined up by its issues: articles per period, the latest issues, and the gaps
in the issue numbering."""

from __future__ import annotations

import pandas as pd

PERIODS = {"day": "D", "week": "W", "month": "M"}  # name -> pandas period code


def issue_gaps(pages: pd.DataFrame, publication: str | None = None, date_from=None, date_to=None) -> pd.DataFrame:
    """Missing issue numbers between consecutive issues held (printed from `date_from` to
    `date_to`, when given: a gap outside the dates asked for is none of theirs): from,
    to, missing count."""
    return gaps_between(issue_numbers(pages, publication, date_from, date_to))


def gaps_between(numbers: list[int]) -> pd.DataFrame:
    """The gaps in sorted issue numbers: from, to, missing count."""
    gaps = [(a, b, b - a - 1) for a, b in zip(numbers, numbers[1:]) if b - a > 1]
    return pd.DataFrame(gaps, columns=["after_issue", "before_issue", "n_missing"]).astype("Int64")


def issue_numbers(pages: pd.DataFrame, publication: str | None = None, date_from=None, date_to=None) -> list[int]:
    """The issue numbers held (of one publication, printed within the dates when given), in order."""
    held = pages.dropna(subset=["issue_no"])
    if publication:
        held = held[held["publication"] == publication]
    if date_from:
        held = held[held["date"] >= pd.Timestamp(date_from)]
    if date_to:
        held = held[held["date"] <= pd.Timestamp(date_to)]
    return sorted(set(int(n) for n in held["issue_no"]))


def dated_pages(pages: pd.DataFrame, listing: pd.DataFrame) -> pd.DataFrame:
    """The dated pages with `articles`: how many of the listed articles (not captions)
    each holds."""
    per_page = listing[listing["kind"] == "article"].groupby("page_id").size().rename("articles")
    dated = pages.dropna(subset=["date"]).join(per_page, on="page_id")
    dated["articles"] = dated["articles"].fillna(0).astype(int)
    return dated


def articles_per_period(pages: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Per period (`freq`: day, week or month) and publication of `dated_pages`:
    articles, pages, the issue numbers (第N期) and the first page."""
    pages = pages.assign(
        period=pages["date"].dt.to_period(PERIODS[freq]).dt.start_time,
        issue_label=pages["issue_no"].map(lambda n: f"第{n}期" if pd.notna(n) else "—"),
    )
    per_period = (
        pages.groupby(["period", "publication"])
        .agg(
            articles=("articles", "sum"),
            pages=("page_id", "count"),
            issue_nos=("issue_label", lambda s: ", ".join(sorted(set(s)))),
            page_ids=("page_id", list),
        )
        .reset_index()
    )
    per_period["first_page"] = per_period["page_ids"].map(lambda ids: ids[0])
    return per_period


def issues_held(pages: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every issue: a publication's pages of one date, with its number (when one is
    printed), pages and articles; latest first. A page of unknown publication is an issue
    of its own, as in the reader (two such pages of a day may be two papers'). An undated
    page is in no issue (the overview counts those pages apart), so the overview's issue
    count is this table's length. Given `articles` (rows with `page_id` and `kind`: a
    selection's), an issue's articles are those of them it holds, as the overview's figures
    count them (a new user saw an issue of 6 articles under a filter keeping 1)."""
    dated = pages.dropna(subset=["date"])
    alone = dated["page_id"].where(dated["publication"] == "", "")  # what keeps such a page apart
    if articles is not None:
        held = articles.loc[articles["kind"] == "article", "page_id"].value_counts()
        dated = dated.assign(n_articles=dated["page_id"].map(held).fillna(0).astype("Int64"))
    return (
        dated.assign(n_articles=dated["n_articles"].fillna(0), alone=alone)
        .groupby(["publication", "date", "alone"])
        .agg(issue_no=("issue_no", "max"), pages=("page_id", "count"), articles=("n_articles", "sum"))
        .reset_index()
        .drop(columns="alone")
        .sort_values(["date", "publication"], ascending=[False, True])
    )


def latest_issues(pages: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """The n latest issues of `issues_held`."""
    return issues_held(pages).head(n)
