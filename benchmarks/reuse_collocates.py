"""Reprint detection and collocates on the synthetic archives: time, peak memory, and
recall and precision on the reprints the archive builder planted.

    .venv/bin/python benchmarks/reuse_collocates.py                 # 1,000, 4,000 and 13,600 pages
    .venv/bin/python benchmarks/reuse_collocates.py --sizes 1000 --no-docs

Called by benchmarks/run.py for each archive it measures; run alone, it builds the
archives, measures the jieba floor and a cold ingest, then its own figures, and rewrites
the "Reuse and collocates" section of docs/benchmarks.md.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

COLLOCATE_TERMS = ["项目", "孙杰"]


def score(found: pd.DataFrame, truth: list[dict]) -> dict:
    """Recall and precision of `found` (the reprints table) on the planted copies.

    A planted copy whose share reaches the reuse threshold should be found: it is, when
    it is a copy in the same cluster as its planted source and that source is the
    cluster's. Every other copy found (an unplanted pair, or a planted copy below the
    threshold) counts against precision."""
    from jimo_data.analysis.reuse import MIN_SHARE

    source_of = found.loc[found["role"] == "source"].set_index("cluster_id")["article_id"]
    found_source = dict(zip(found.loc[found["role"] == "copy", "article_id"], found.loc[found["role"] == "copy", "cluster_id"].map(source_of)))
    expected = {row["copy_id"]: row["source_id"] for row in truth if float(row["share"]) >= MIN_SHARE}
    right = sum(found_source.get(copy) == source for copy, source in expected.items())
    return {
        "planted": len(truth),
        "expected": len(expected),
        "found_copies": len(found_source),
        "right": right,
        "recall": right / len(expected) if expected else 1.0,
        "precision": right / len(found_source) if found_source else 1.0,
    }


def read_truth(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))
