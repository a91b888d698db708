"""A corpus or selection at a glance: the figures the overview page and `jimo info` show."""

from __future__ import annotations

import pandas as pd


def summary_figures(
    pages: pd.DataFrame, articles: pd.DataFrame, bylines: pd.DataFrame, officials: pd.DataFrame, projects: pd.DataFrame
) -> dict:
    """Counts of pages, issues, items, people and projects, and the first and last
    page date (NaT when no page is dated). `articles` needs only its `kind` column."""
    dates = pages["date"].dropna()
    return {
        "pages": len(pages),
        "issues": pages["issue_no"].nunique(),
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
