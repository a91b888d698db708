"""Officials timeline, issue gaps, keyness and concordance on the seeds."""

from __future__ import annotations

import pandas as pd

from jimo_data.analysis import concordance, count_occurrences, issue_gaps, keyness, officials_timeline, search_articles, term_occurrences, term_totals


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
    # Two hits are in subheadlines (韩世军主持会议并讲话), two in bodies: keyword in
    # context reads the same article text as search and trends, so all four count.
    assert len(lines) == 4 == int(term_occurrences(seeds_corpus, "韩世军").sum())
    assert set(lines["keyword"]) == {"韩世军"}
    mask = search_articles(seeds_corpus.articles, "韩世军 观摩")
    assert list(seeds_corpus.articles[mask]["headline"]) == ["全区重点项目现场观摩会举行"]


def test_co_occurrence_counts_shared_articles(seeds_corpus):
    from jimo_data.analysis import co_occurrence

    pairs = co_occurrence(seeds_corpus.officials).set_index(["a", "b"])["articles"]
    assert pairs[("孙杰", "王宝善")] == 2  # 004: the 深度行 event and the project tour
    assert pairs[("习近平", "曾赞荣")] == 2


def test_search_words_are_literal_text_not_patterns():
    """Words go to RE2 escaped: regex syntax in a query matches only itself."""
    articles = pd.DataFrame(
        {
            "kicker": ["", "", "", ""],
            "headline": ["5G基站(二期)开工", "5G基站二期开工", "", "a.b"],
            "subheadline": ["", "", "", ""],
            "body": ["投资1.5亿元[一期]", "投资105亿元", "C++ 与 C# 培训", "axb"],
        },
        dtype="string",
    )
    hits = {query: list(search_articles(articles, query)) for query in ("(二期)", "1.5亿", "[一期]", "C++", "C#", "a.b", "基站 开工", "二期 投资1")}
    assert hits == {
        "(二期)": [True, False, False, False],
        "1.5亿": [True, False, False, False],
        "[一期]": [True, False, False, False],
        "C++": [False, False, True, False],
        "C#": [False, False, True, False],
        "a.b": [False, False, False, True],
        "基站 开工": [True, True, False, False],
        "二期 投资1": [True, True, False, False],
    }
    assert list(count_occurrences(articles["body"], "亿元")) == [1, 1, 0, 0]
    assert list(count_occurrences(pd.Series(["哈哈哈哈"], dtype="string"), "哈哈")) == [2]
