"""A corpus or selection at a glance: the figures the overview page and `jimo info` show."""

from __future__ import annotations

import pandas as pd

from .issues import issues_held


def summary_figures(
    pages: pd.DataFrame,
    articles: pd.DataFrame,
    bylines: pd.DataFrame,
    officials: pd.DataFrame,
    projects: pd.DataFrame,
    issues: pd.DataFrame | None = None,
) -> dict:
    """Counts of pages, issues, items, people and projects, and the first and last
    page date (NaT when no page is dated). `articles` needs only its `kind` column.
    An issue is a publication's pages of one date (`issues_held`, or `issues` when the
    caller has it already); `numbered_issues` those of them with an issue number printed."""
    dates = pages["date"].dropna()
    issues = issues_held(pages) if issues is None else issues
    return {
        "pages": len(pages),
        **{f"{what}_pages": n for what, n in unplaced_pages(pages).items()},
        "issues": len(issues),
        "numbered_issues": int(issues["issue_no"].notna().sum()),
        "first_date": dates.min() if len(dates) else pd.NaT,
        "last_date": dates.max() if len(dates) else pd.NaT,
        "articles": int((articles["kind"] == "article").sum()),
        "captions": int((articles["kind"] == "caption").sum()),
        "credits": len(bylines),
        "people_credited": bylines["name"].nunique(),
        "reporters": bylines.loc[bylines["role"] == "reporter", "name"].nunique(),
        "official_mentions": len(officials),
        "officials": officials["name"].nunique(),
        "project_mentions": len(projects),
        "projects": projects["name"].nunique(),
    }


def unplaced_pages(pages: pd.DataFrame) -> dict[str, int]:
    """How many pages have no date (`undated`) and no publication (`unknown_pub`): the
    pages a timeline cannot place."""
    return {"undated": int(pages["date"].isna().sum()), "unknown_pub": int((pages["publication"].fillna("") == "").sum())}
