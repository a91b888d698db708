"""The analyses on the seeds: officials, issues, keyness, concordance, search, and what the pages show."""

from __future__ import annotations

import pandas as pd
import pytest

from jimo_data.analysis import (
    articles_per_month,
    articles_per_period,
    byline_ranking,
    career_spans,
    co_occurrence,
    coauthors,
    concordance,
    count_occurrences,
    dated_pages,
    issue_gaps,
    issues_held,
    keyness,
    keyness_against_rest,
    latest_issues,
    officials_timeline,
    reading_list,
    search_articles,
    summary_figures,
    term_occurrences,
    term_totals,
    term_trend,
    undated_people,
)


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


@pytest.mark.parametrize(
    "date_from, date_to, gaps, why",
    [
        ("2026-03-01", "2026-04-30", 1, "both issues printed within the dates: the gap between them"),
        ("2026-01-01", "2026-03-31", 0, "issue 3409 (2026-04-03) lies after the dates: no gap is theirs"),
        ("2026-04-01", None, 0, "…nor 3390 (2026-03-09) before them"),
    ],
)
def test_missing_issues_are_those_within_the_dates_asked_for(seeds_corpus, date_from, date_to, gaps, why):
    assert len(issue_gaps(seeds_corpus.pages, "新即墨", date_from, date_to)) == gaps, why


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
    assert lines["date"].is_monotonic_increasing, "the earliest first (a new user expected the first 500 by date)"
    lines = concordance(seeds_corpus.articles, "项目", limit=5)
    assert (lines["date"] == seeds_corpus.articles["date"].min()).all(), "a limit keeps the earliest hits"
    mask = search_articles(seeds_corpus.articles, "韩世军 观摩")
    assert list(seeds_corpus.articles[mask]["headline"]) == ["全区重点项目现场观摩会举行"]


def test_co_occurrence_counts_shared_articles(seeds_corpus):
    pairs = co_occurrence(seeds_corpus.officials).set_index(["a", "b"])["articles"]
    assert pairs[("孙杰", "王宝善")] == 2  # 004: the 深度行 event and the project tour
    assert pairs[("习近平", "曾赞荣")] == 2


def test_coauthors_leave_out_a_pages_editors(seeds_corpus):
    """Seed 003's article is credited to its photographer and five editors: no one wrote it with anyone."""
    bylines = seeds_corpus.bylines
    shared = bylines[bylines["article_id"] == "003_10918a961b3f8c53.txt#1"]
    assert len(co_occurrence(shared)) == 15  # six people: every pair
    assert coauthors(shared).empty


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
    hits = {
        query: list(search_articles(articles, query))
        for query in ("(二期)", "1.5亿", "[一期]", "C++", "C#", "a.b", "基站 开工", "二期 投资1")
    }
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


# -- the analyses the pages show, as functions of explicit arguments -------------------


def test_byline_ranking_counts_articles_per_person_with_roles_as_named(seeds_corpus):
    credits = seeds_corpus.bylines
    ranking = byline_ranking(credits, {"reporter": "记者", "editor": "编辑"}).set_index("name")
    by_hand = credits.groupby("name")["article_id"].nunique()
    assert ranking["articles"].to_dict() == by_hand.to_dict()
    assert list(ranking["articles"]) == sorted(ranking["articles"], reverse=True)
    assert ranking.loc["薛华飞", "outlets"] == "青报全媒体/观海新闻"
    assert set(ranking["roles"]) <= {"记者", "编辑", "correspondent", "photographer"}  # unnamed roles stay codes


def test_articles_per_month_of_chosen_people(seeds_corpus):
    monthly = articles_per_month(seeds_corpus.bylines, ["刘云睿"])
    assert set(monthly["name"]) == {"刘云睿"}
    assert monthly["articles"].sum() == seeds_corpus.bylines.loc[seeds_corpus.bylines["name"] == "刘云睿", "article_id"].nunique()
    assert (monthly["month"].dt.day == 1).all()


@pytest.mark.parametrize("freq, periods", [("day", 5), ("week", 5), ("month", 5)])
def test_articles_per_period_sums_the_articles_of_dated_pages(seeds_corpus, freq, periods):
    pages = dated_pages(seeds_corpus.pages, seeds_corpus.articles)
    assert pages["articles"].sum() == (seeds_corpus.articles["kind"] == "article").sum() == 21
    per_period = articles_per_period(pages, freq)
    assert len(per_period) == periods  # the five seed pages fall in five different days, weeks and months
    assert per_period["articles"].sum() == 21
    april = per_period[per_period["period"] == per_period["period"].max()].iloc[0]
    assert (april["issue_nos"], april["first_page"]) == ("第3409期", "000_a890f07f6fb61a4e.txt")


def test_latest_issues_newest_first(seeds_corpus):
    issues = latest_issues(seeds_corpus.pages, n=2)
    assert list(issues["date"].dt.strftime("%Y-%m-%d")) == ["2026-04-03", "2026-03-09"]
    assert list(issues["issue_no"]) == [3409, 3390]


def _pages(*rows):
    frame = pd.DataFrame(rows, columns=["page_id", "publication", "date", "issue_no", "n_articles"])
    return frame.assign(date=pd.to_datetime(frame["date"]))


@pytest.mark.parametrize(
    "pages, n_issues, why",
    [
        (_pages(("a", "新即墨", "2026-04-03", 3409, 4), ("b", "新即墨", "2026-04-03", None, 3)), 1, "a paper's pages of one day"),
        (_pages(("a", "", "2026-04-03", None, 4), ("b", "", "2026-04-03", None, 3)), 2, "pages of unknown publication: each its own"),
        (_pages(("a", "新即墨", "2026-04-03", 1, 4), ("b", "", None, None, 3)), 1, "an undated page is in none"),
    ],
)
def test_an_issue_is_a_papers_pages_of_a_day(pages, n_issues, why):
    assert len(issues_held(pages)) == n_issues


def test_term_trend_counts_hits_per_month_and_per_10k_characters(seeds_corpus):
    articles = seeds_corpus.articles[seeds_corpus.articles["kind"] == "article"]
    trend = term_trend(seeds_corpus, articles, ["孙杰", "项目"], "month")
    assert set(trend["term"]) == {"孙杰", "项目"}
    by_hand = sum(text.count("孙杰") for part in ("kicker", "headline", "subheadline", "body") for text in articles[part])
    assert trend.loc[trend["term"] == "孙杰", "count"].sum() == by_hand
    april = trend[(trend["period"] == pd.Timestamp("2026-04-01")) & (trend["term"] == "孙杰")].iloc[0]
    in_april = articles[articles["date"].dt.strftime("%Y-%m") == "2026-04"]
    chars = sum(in_april[part].str.len().sum() for part in ("kicker", "headline", "subheadline", "body"))
    assert april["per_10k_chars"] == pytest.approx(april["count"] / chars * 10_000)
    by_issue = term_trend(seeds_corpus, articles, ["孙杰"], "issue")
    assert "2026-04-03 第3409期" in set(by_issue["period"])


def test_reading_list_names_captions_by_their_first_words(seeds_corpus):
    listed = reading_list(seeds_corpus, seeds_corpus.articles.drop(columns=["body"]))
    captions = listed[listed["kind"] == "caption"]
    assert len(captions) == 4 and captions["headline"].str.endswith("…〕").all()
    assert list(listed["date"]) == sorted(listed["date"], reverse=True)
    row = listed.set_index("article_id").loc["004_6220ff5f0f64df25.txt#4"]
    assert "韩世军" in row["officials"].split("、")


def test_an_untitled_items_first_words_hold_no_line_break(real_corpus):
    """A new user saw `……\n而青岛汽车…` in the CLI's list: the body's line break, printed as text."""
    listed = reading_list(real_corpus, real_corpus.articles)
    untitled = real_corpus.articles.loc[real_corpus.articles["headline"] == "", "article_id"]
    first_words = listed.set_index("article_id").loc[untitled, "headline"]
    assert len(first_words) > 100 and not first_words.str.contains("\n").any()
    assert first_words.str.startswith("〔").all() and first_words.str.endswith("…〕").all()  # no printed headline (a new user's find)


def test_summary_figures_of_the_seeds(seeds_corpus):
    c = seeds_corpus
    figures = summary_figures(c.pages, c.articles, c.bylines, c.officials, c.projects)
    assert {k: figures[k] for k in ("pages", "issues", "articles", "captions")} == {"pages": 5, "issues": 5, "articles": 21, "captions": 4}
    assert figures["numbered_issues"] == 2  # the two 新即墨 mastheads print a number; 青岛日报's pages do not
    assert (figures["first_date"], figures["last_date"]) == (pd.Timestamp("2023-02-25"), pd.Timestamp("2026-04-03"))
    assert figures["reporters"] == c.bylines.loc[c.bylines["role"] == "reporter", "name"].nunique() < figures["people_credited"]
    empty = summary_figures(c.pages.iloc[:0], c.articles.iloc[:0], c.bylines.iloc[:0], c.officials.iloc[:0], c.projects.iloc[:0])
    assert pd.isna(empty["first_date"]) and empty["pages"] == 0


def test_career_spans_keep_the_most_mentioned_people(seeds_corpus):
    timeline = officials_timeline(seeds_corpus.officials)
    spans = career_spans(timeline, people=2)
    mentions = timeline.groupby("name")["n_mentions"].sum().sort_values(ascending=False)
    assert set(spans["name"]) == set(mentions.index[:2]) and spans["first_date"].notna().all()
    assert set(spans.loc[spans["name"] == "孙杰", "office"]) == {"即墨区区长", "即墨区委书记"}


def test_undated_people_are_those_with_no_dated_mention(seeds_corpus):
    timeline = officials_timeline(seeds_corpus.officials)
    assert undated_people(timeline) == 0  # every seed page is dated
    first = timeline.iloc[0]
    undated = timeline[(timeline["name"] == first["name"]) & (timeline["jurisdiction"] == first["jurisdiction"])].assign(first_date=pd.NaT)
    rest = timeline.drop(undated.index)
    assert undated_people(pd.concat([rest, undated])) == 1
    assert undated_people(pd.concat([rest, undated, timeline.loc[undated.index]])) == 0  # one dated mention draws the person


def test_keyness_against_the_rest_of_the_corpus(seeds_corpus):
    terms = seeds_corpus.terms.merge(seeds_corpus.articles[["article_id", "date"]])
    selection, everything = term_totals(terms[terms["date"].dt.year == 2023]), term_totals(terms)
    rest = term_totals(terms[terms["date"].dt.year != 2023])
    assert keyness_against_rest(selection, everything, top=10).equals(keyness(selection, rest, top=10))


def test_an_articles_names_are_listed_once_each_in_the_tables_order():
    """The reader's 署名 column: who wrote it, then who checked it (the page's staff follow
    the article's own credits), each name once though a name stands in two roles. The
    rows are five real county pages' (Arrow's `distinct` put 武清远 before 麻向阳 here)."""
    from types import SimpleNamespace

    from jimo_data.analysis import article_names

    credits = {
        "chengcheng#1": "亚荣 思栋 小强 秀芬 王路雅 李苗 赵永彬",
        "huangmei#1": "张志林 王鑫雨 郑鉴峰 严晓晴 蒋毅",
        "luxi#1": "麻向阳 武清远 唐军 宋丽梅 唐正海 麻向阳 宋丽梅",
        "wuping#2": "李玲",
        "xixian#1": "王启宇 王振",
    }
    bylines = pd.DataFrame(
        [(article, name) for article, names in credits.items() for name in names.split()], columns=["article_id", "name"]
    )
    corpus = SimpleNamespace(
        bylines=bylines,
        officials=pd.DataFrame({"article_id": pd.Series([], dtype=str), "name": pd.Series([], dtype=str)}),
        articles=pd.DataFrame({"article_id": list(credits)}),
        memo=lambda key, compute: compute(),
    )
    assert article_names(corpus)["bylines"].tolist() == [
        "亚荣、思栋、小强、秀芬、王路雅、李苗、赵永彬",
        "张志林、王鑫雨、郑鉴峰、严晓晴、蒋毅",
        "麻向阳、武清远、唐军、宋丽梅、唐正海",
        "李玲",
        "王启宇、王振",
    ]
