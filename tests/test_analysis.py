"""Officials timeline, issue gaps, keyness and concordance on the seeds."""

from __future__ import annotations

import pandas as pd

from jimo_data.analysis import concordance, issue_gaps, keyness, officials_timeline, search_articles, term_totals


def test_sun_jie_holds_two_offices_over_time(seeds_corpus):
    timeline = officials_timeline(seeds_corpus.officials)
    sun = timeline[timeline["name"] == "孙杰"].set_index("office")
    assert list(sun.index) == ["即墨区区长", "即墨区委书记"]
    assert sun.loc["即墨区区长", "first_date"] == pd.Timestamp("2023-02-25")
    assert sun.loc["即墨区委书记", "first_date"] == pd.Timestamp("2026-03-09")
    assert sun.loc["即墨区委书记", "last_date"] == pd.Timestamp("2026-04-03")
    assert sun.loc["即墨区区长", "n_articles"] == 4


def test_bare_title_takes_the_office_held_that_year(seeds_corpus):
    timeline = officials_timeline(seeds_corpus.officials)
    zeng = timeline[timeline["name"] == "曾赞荣"]
    assert list(zeng["office"]) == ["青岛市委书记"]
    assert zeng["n_mentions"].iloc[0] == 2


def test_missing_issues_between_3390_and_3409(seeds_corpus):
    gaps = issue_gaps(seeds_corpus.pages)
    assert gaps.to_dict("records") == [{"after_issue": 3390, "before_issue": 3409, "n_missing": 18}]


def test_keyness_finds_what_sets_the_2023_pages_apart(seeds_corpus):
    terms = seeds_corpus.terms.merge(seeds_corpus.articles[["article_id", "date"]])
    in_2023 = terms["date"].dt.year == 2023
    top = keyness(term_totals(terms[in_2023]), term_totals(terms[~in_2023]), top=15)
    assert {"制造业", "营商环境"} <= set(top["term"])
    assert "十五五" not in set(top["term"])  # a 2026 word
    assert (top["log_ratio"] > 0).all()


def test_concordance_and_search(seeds_corpus):
    lines = concordance(seeds_corpus.articles, "韩世军")
    assert len(lines) == 2 and set(lines["keyword"]) == {"韩世军"}
    mask = search_articles(seeds_corpus.articles, "韩世军 观摩")
    assert list(seeds_corpus.articles[mask]["headline"]) == ["全区重点项目现场观摩会举行"]


def test_co_occurrence_counts_shared_articles(seeds_corpus):
    from jimo_data.analysis import co_occurrence

    pairs = co_occurrence(seeds_corpus.officials).set_index(["a", "b"])["articles"]
    assert pairs[("孙杰", "王宝善")] == 2  # 004: the 深度行 event and the project tour
    assert pairs[("习近平", "曾赞荣")] == 2
