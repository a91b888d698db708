"""The synthetic archive the benchmarks measure: deterministic, and read as designed."""

from __future__ import annotations

import sys

from paths import REPO

from jimo_data import load_corpus

sys.path.insert(0, str(REPO / "benchmarks"))
from make_archive import make_archive  # noqa: E402


def test_same_seed_same_archive_and_consecutive_issues(tmp_path):
    first = make_archive(12, tmp_path / "a", seed=3)
    second = make_archive(12, tmp_path / "b", seed=3)
    files = sorted(p.relative_to(first) for p in first.rglob("*.txt"))
    assert len(files) == 12
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    corpus = load_corpus(first, cache_dir=tmp_path / "cache")
    assert set(corpus.pages["status"]) == {"ok"}
    issues = corpus.pages.dropna(subset=["issue_no"]).sort_values("date")
    assert list(issues["issue_no"]) == [1000, 1001, 1002]  # page 1 of each four carries the masthead
    assert corpus.pages["date"].notna().all() and corpus.pages["page_no"].dropna().between(2, 4).all()
    per_page = corpus.articles[corpus.articles["kind"] == "article"].groupby("page_id").size()
    assert per_page.between(3, 6).all()
    assert corpus.bylines.groupby("article_id").size().between(1, 2).all()
