"""The synthetic archive the benchmarks measure: deterministic, read as designed, its
text unique to each article but for the reprints it plants and lists."""

from __future__ import annotations

import functools
import itertools
import sys

import pandas as pd
import pytest
from paths import REPO

from jimo_data import load_corpus
from jimo_data.analysis.reuse import MIN_SHARE

sys.path.insert(0, str(REPO / "benchmarks"))
from make_archive import PAPERS, containment, make_archive, truth_path  # noqa: E402
from reuse_collocates import read_truth, score  # noqa: E402

LEVEL = {name: rank for name, _, rank in PAPERS}


def test_same_seed_same_archive_and_consecutive_issues(tmp_path):
    first = make_archive(12, tmp_path / "a", seed=3, papers=1)
    second = make_archive(12, tmp_path / "b", seed=3, papers=1)
    files = sorted(p.relative_to(first) for p in first.rglob("*.txt"))
    assert len(files) == 12
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert truth_path(first).read_bytes() == truth_path(second).read_bytes()
    corpus = load_corpus(first, cache_dir=tmp_path / "cache")
    assert set(corpus.pages["status"]) == {"ok"} and set(corpus.pages["publication"]) == {"新即墨"}
    issues = corpus.pages.dropna(subset=["issue_no"]).sort_values("date")
    assert list(issues["issue_no"]) == [1000, 1001, 1002]  # page 1 of each four carries the masthead
    assert corpus.pages["date"].notna().all() and corpus.pages["page_no"].dropna().between(2, 4).all()
    per_page = corpus.articles[corpus.articles["kind"] == "article"].groupby("page_id").size()
    assert per_page.between(3, 6).all()
    assert corpus.bylines.groupby("article_id").size().between(1, 2).all()
    assert read_truth(truth_path(first)) == []  # one paper: no other paper to reprint from


def test_several_papers_over_several_years(tmp_path):
    folder = make_archive(48, tmp_path / "a", papers=3, years=2)
    pages = load_corpus(folder, cache_dir=tmp_path / "cache").pages
    assert set(pages["status"]) == {"ok"}
    assert pages.groupby("publication").size().to_dict() == {"新即墨": 16, "青岛日报": 16, "大众日报": 16}
    assert pages["date"].min().year == 2012 and pages["date"].max().year == 2013  # four issues a paper, spread over two years
    assert (
        pages.dropna(subset=["issue_no"]).groupby("publication")["issue_no"].apply(list).map(sorted).tolist()
        == [[1000, 1001, 1002, 1003]] * 3
    )


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """A small archive with many reprints, its articles and its truth."""
    folder = tmp_path_factory.mktemp("planted") / "archive"
    make_archive(60, folder, seed=5, papers=3, reprints=0.3)
    corpus = load_corpus(folder, cache_dir=folder.parent / "cache")
    written = {str(p.relative_to(folder)): p.read_text("utf-8").count("\n（") for p in folder.rglob("*.txt")}  # one closing byline each
    assert corpus.articles.groupby("page_id").size().to_dict() == written  # so `page#seq` is the article the builder wrote
    articles = corpus.articles[corpus.articles["kind"] == "article"].astype({"article_id": str}).set_index("article_id")
    return articles, read_truth(truth_path(folder))


def test_every_planted_reprint_is_on_its_page_as_the_truth_says(planted):
    articles, truth = planted
    assert {row["kind"] for row in truth} == {"whole", "edited", "cut", "partial"}
    shares = [float(row["share"]) for row in truth]
    assert min(shares) < MIN_SHARE <= max(shares)  # copies on both sides of the threshold
    for row in truth:
        copy, source = articles.loc[row["copy_id"]], articles.loc[row["source_id"]]
        assert containment(copy["body"], source["body"]) == pytest.approx(float(row["share"]), abs=0.001)
        assert (copy["publication"], source["publication"]) == (row["copy_publication"], row["source_publication"])
        assert copy["publication"] != source["publication"]
        lag = (copy["date"] - source["date"]).days
        assert lag == int(row["lag_days"]) >= 0
        if lag == 0:  # the same day, a story goes down from the higher-level paper (docs/reuse.md)
            assert LEVEL[row["source_publication"]] < LEVEL[row["copy_publication"]]


def test_no_two_articles_share_text_unless_planted(planted, monkeypatch):
    """Every pair at the reuse threshold is a planted copy and its source, or two copies of one source."""
    from jimo_data.analysis import reuse

    # `containment` takes each body's shingles from this pure function: once a body, not once a pair
    monkeypatch.setattr(reuse, "shingles_of", functools.cache(reuse.shingles_of))
    articles, truth = planted
    source_of = {row["copy_id"]: row["source_id"] for row in truth}
    story = {aid: source_of.get(aid, aid) for aid in articles.index}
    similar = [
        (a, b)
        for a, b in itertools.combinations(articles.index, 2)
        if containment(articles.at[a, "body"], articles.at[b, "body"]) >= MIN_SHARE
    ]
    assert similar  # the check can fail: the archive has reprints
    assert [(a, b) for a, b in similar if story[a] != story[b]] == []


T = {"copy_id": "c", "source_id": "s", "kind": "whole", "share": "0.9"}


@pytest.mark.parametrize(
    "found, truth, recall, precision",
    [
        ([("s", "source"), ("c", "copy")], [T], 1.0, 1.0),
        ([], [T], 0.0, 1.0),  # nothing found: nothing wrong, nothing right
        # the copy found, but under another source: neither recall nor precision
        ([("x", "source"), ("c", "copy")], [T], 0.0, 0.0),
        # an unplanted pair found: a false copy
        ([("s", "source"), ("c", "copy"), ("y", "source"), ("z", "copy")], [T], 1.0, 0.5),
        # a planted copy below the threshold is not expected; found, it is a false copy
        ([("s", "source"), ("c", "copy")], [{**T, "share": "0.3"}], 1.0, 0.0),
        # the copy is the cluster's source and the source its copy: the wrong way round
        ([("c", "source"), ("s", "copy")], [T], 0.0, 0.0),
    ],
)
def test_score_counts_a_copy_found_with_its_source(found, truth, recall, precision):
    clusters = {"s": 1, "c": 1, "x": 1, "y": 2, "z": 2}
    table = pd.DataFrame(
        [{"cluster_id": clusters[a], "article_id": a, "role": role} for a, role in found], columns=["cluster_id", "article_id", "role"]
    )
    result = score(table, truth)
    assert (result["recall"], result["precision"]) == (recall, precision)
