"""Named projects over time."""

from __future__ import annotations

import pandas as pd

SUMMARY_COLUMNS = ["name", "latest_status", "first_date", "last_date", "n_mentions", "n_articles"]


def project_summary(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per named project: latest status, first and last mention, mentions."""
    if projects.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SUMMARY_COLUMNS})
    ordered = projects.sort_values("date", kind="stable")
    with_status = ordered[ordered["status"] != ""]
    latest = with_status.groupby("name")["status"].last()
    summary = ordered.groupby("name").agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    summary["latest_status"] = latest.reindex(summary.index).fillna("")
    summary = summary.reset_index().sort_values(["last_date", "n_mentions", "name"], ascending=[False, False, True])
    return summary[SUMMARY_COLUMNS].reset_index(drop=True)
