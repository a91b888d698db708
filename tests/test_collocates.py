"""Collocates, clusters, sorted keyword in context, dispersion and the comparison of two
sub-corpora (jimo_data/analysis/collocates.py, docs/collocates.md), and the CLI giving
the numbers the function gives."""

from __future__ import annotations

import csv
import math
from collections import Counter
from datetime import date

import numpy as np
import pandas as pd
import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest
from test_cli import run

import jimo_data.analysis.collocates as collocates_module
from jimo_data.analysis.collocates import (
    CLUSTER_COLUMNS,
    COLLOCATE_COLUMNS,
    DISPERSION_COLUMNS,
    READ_BUDGET,
    association,
    changed_offices,
    clusters,
    collocates,
    compare,
    count_clusters,
    dispersion,
    hits_by_day,
    holder_changes,
    node_hits,
    official_mask,
    period_mask,
    publication_mask,
    rank_collocates,
    read_term,
    sorted_concordance,
    tenure_masks,
    token_spans,
    window_counts,
)
from jimo_data.analysis.officials import office_holders, office_tenures
from jimo_data.analysis.search import hit_spans
from jimo_data.analysis.term_counts import article_chars, term_occurrences
from jimo_data.filters import parse_params, select
from jimo_data.parsing import ARTICLE_TEXT_PARTS, article_text
from jimo_data.views import page_script

REAL = REPO / "tests" / "pages" / "real"


# observed, node hits, collocate frequency, tokens -> log-Dice, MI, t-score (worked by hand)
MEASURES = [
    # log-Dice 14 + log2(4/8) = 13; E = 4·4/100 = 0.16: MI log2(2/0.16), t (2 − 0.16)/√2
    (2, 4, 4, 100, 13.0, math.log2(12.5), 1.84 / math.sqrt(2)),
    # a collocate met once, beside the node's one hit: log-Dice at its maximum, 14
    (1, 1, 1, 8, 14.0, 3.0, 0.875),
    # E = 16·16/1024 = 0.25: MI log2(32) = 5, t (8 − 0.25)/√8
    (8, 16, 16, 1024, 13.0, 5.0, 7.75 / math.sqrt(8)),
    # no more often than chance: MI 0, t 0 (log-Dice does not look at N)
    (1, 10, 10, 100, 14 + math.log2(0.1), 0.0, 0.0),
]


@pytest.mark.parametrize("observed, node, frequency, total, log_dice, mi, t", MEASURES)
def test_measures_follow_the_standard_formulas(observed, node, frequency, total, log_dice, mi, t):
    row = association(pd.Series([observed]), node, pd.Series([frequency]), total).iloc[0]
    assert row["log_dice"] == pytest.approx(log_dice)
    assert row["mi"] == pytest.approx(mi)
    assert row["t_score"] == pytest.approx(t)


# text (spaces fix jieba's cut), term, window -> collocates left, right
WINDOWS = [
    ("企业 招引 项目 建设 落地", "项目", 1, {"招引": 1}, {"建设": 1}),
    ("企业 招引 项目 建设 落地", "项目", 2, {"招引": 1, "企业": 1}, {"建设": 1, "落地": 1}),
    # the window counts content terms: the stopwords 的 and 推进 and the comma take no place in it
    ("企业 的 推进 项目 ， 建设", "项目", 1, {"企业": 1}, {"建设": 1}),
    # two hits share 建设: it is counted once, right of the first hit
    ("招引 项目 建设 项目 落地", "项目", 1, {"招引": 1}, {"建设": 1, "落地": 1}),
    # a window of 0 holds nothing
    ("招引 项目 建设", "项目", 0, {}, {}),
]


@pytest.mark.parametrize("text, term, window, left, right", WINDOWS)
def test_window_counts_content_terms_around_each_hit(text, term, window, left, right):
    got_left, got_right = window_counts(token_spans(text), list(hit_spans([text], term)), window)
    assert (dict(got_left), dict(got_right)) == (left, right)


def test_collocates_of_xiangmu_on_the_seeds(seeds_corpus):
    table = collocates(seeds_corpus, "项目", window=5)
    assert (table["observed"] == table["observed_left"] + table["observed_right"]).all()
    assert (table["observed"] <= table["frequency"]).all(), "a collocate is never counted more often than it occurs"
    assert "项目" not in set(table["collocate"]), "another hit nearby is the node, not a collocate"
    assert table["log_dice"].is_monotonic_decreasing
    jianshe = table.set_index("collocate").loc["建设"]
    assert jianshe["observed_right"] > jianshe["observed_left"], "项目建设: 建设 follows the node"
    assert "建设" in set(table["collocate"].head(5))


@pytest.mark.parametrize("measure, column", [("logdice", "log_dice"), ("mi", "mi"), ("t", "t_score")])
def test_collocates_are_ranked_by_the_measure_named(seeds_corpus, measure, column):
    table = collocates(seeds_corpus, "项目", measure=measure, top=20)
    assert len(table) == 20
    assert table[column].is_monotonic_decreasing


def test_collocates_of_real_pages_are_content_terms(real_corpus):
    table = collocates(real_corpus, "发展", window=4, min_count=1, top=1000)
    assert len(table)
    assert not set(table["collocate"]) & {"的", "和", "，", "。", " "}
    assert (table["observed"] <= table["frequency"]).all()


def test_clusters_of_xiangmu_on_the_seeds(seeds_corpus):
    table = clusters(seeds_corpus, "项目")
    assert table["cluster"].map(lambda c: "项目" in c.split(" ")).all()
    assert table["length"].between(2, 4).all()
    assert table["frequency"].is_monotonic_decreasing
    assert table.iloc[0]["cluster"] == "重点 项目"
    hits = node_hits(seeds_corpus, "项目", None)
    assert (table["frequency"] <= hits).all()


def test_clusters_count_every_ngram_around_a_hit():
    """On a composed article: 2-, 3- and 4-grams holding the hit, none across the comma."""
    text = "推进 重点 项目 建设 ， 落地"
    corpus = _Composed(text)
    table = clusters(corpus, "项目", min_count=1, top=100)
    assert set(table["cluster"]) == {"重点 项目", "项目 建设", "推进 重点 项目", "重点 项目 建设", "推进 重点 项目 建设"}


class _Composed:
    """The least a corpus needs for `clusters`: one article with this body, and a memo
    that keeps nothing."""

    def memo(self, _name, compute):
        return compute()

    def __init__(self, body: str):
        self.articles = pd.DataFrame(
            {
                "article_id": ["a#1"],
                "date": [pd.Timestamp("2026-01-01")],
                "kicker": [""],
                "headline": [""],
                "subheadline": [""],
                "body": [body],
            }
        )


# contexts either side of three hits -> the order by right, and by left read outwards from the hit
KWIC = "甲乙项目丙丁\n丁乙项目甲甲\n乙丙项目乙乙"


@pytest.mark.parametrize(
    "by, expected_left",
    [
        ("right", ["甲乙", "乙丙", "丁乙"]),  # right contexts 丙丁 < 乙乙 < 甲甲 (code points: 丁 < 丙 < 乙 < 甲)
        ("left", ["乙丙", "丁乙", "甲乙"]),  # read outwards from the hit: 丙乙 < 乙丁 < 乙甲
    ],
)
def test_keyword_in_context_sorts_by_either_side(by, expected_left):
    articles = _Composed(KWIC).articles
    lines = sorted_concordance(articles, "项目", by=by)
    assert list(lines["left"].str[-2:]) == expected_left
    assert lines["sort_key"].is_monotonic_increasing


@pytest.mark.parametrize("term", ["项目", "即墨", "发展"])
def test_dispersion_has_a_row_per_hit(seeds_corpus, term):
    rows = dispersion(seeds_corpus, term)
    assert len(rows) == int(term_occurrences(seeds_corpus, term).sum()) > 0
    assert rows["position"].between(0, 1).all() and rows["position"].is_monotonic_increasing
    dated = rows["date"].dropna()
    assert dated.is_monotonic_increasing, "the selection is read in date order"


def test_dispersion_of_a_selection_counts_its_hits_only(real_corpus):
    mask = (real_corpus.articles["date"] >= "2026-01-01").to_numpy()
    rows = dispersion(real_corpus, "发展", mask)
    assert len(rows) == node_hits(real_corpus, "发展", mask)
    assert set(rows["article_id"]) <= set(real_corpus.articles["article_id"][mask])


def test_comparison_of_two_periods_states_both_sizes(seeds_corpus):
    articles = seeds_corpus.articles
    before = (articles["date"] < "2026-01-01").to_numpy()
    result = compare(seeds_corpus, before, ~before)
    is_article = (articles["kind"] == "article").to_numpy()
    assert (result.articles_a, result.articles_b) == ((before & is_article).sum(), (~before & is_article).sum())
    assert result.articles_a + result.articles_b < len(articles)  # the seeds' captions are no articles
    assert result.articles_a > 0 and result.articles_b > 0
    assert result.tokens_a + result.tokens_b == int(seeds_corpus.terms["count"].sum())
    for key in (result.key_a, result.key_b):
        assert len(key) and (key["log_ratio"] > 0).all() and key["g2"].is_monotonic_decreasing
    assert not set(result.key_a["term"].head(10)) & set(result.key_b["term"].head(10))


def test_cli_prints_and_writes_the_functions_numbers(tmp_path, session_cache, seeds_corpus):
    out = tmp_path / "collocates.csv"
    result = run(
        "collocates", str(SEEDS), "项目", "--window", "3", "--assoc", "mi", "--from", "2026-01-01", "--out", str(out), cache=session_cache
    )
    assert result.returncode == 0, result.stderr
    mask = select(seeds_corpus, parse_params({"from": ["2026-01-01"]}, seeds_corpus).filters).mask
    expected = collocates(seeds_corpus, "项目", mask, window=3, measure="mi")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        written = pd.DataFrame(list(csv.DictReader(handle)))
    assert list(written["collocate"]) == list(expected["collocate"])
    for column in ("observed", "frequency", "log_dice", "mi", "t_score"):
        np.testing.assert_allclose(written[column].astype(float), expected[column].astype(float))
    assert f"{node_hits(seeds_corpus, '项目', mask)} hits" in result.stdout
    printed = Counter(line.split()[0] for line in result.stdout.splitlines()[2:-1])
    assert set(printed) == set(expected["collocate"])


def _mask(corpus, params: dict) -> np.ndarray:
    return select(corpus, parse_params(params, corpus).filters).mask


def test_cli_compare_gives_the_functions_key_terms_within_its_filters(tmp_path, session_cache, seeds_corpus):
    """Each side is a link's filters, taken within the command's own (here `--q 项目`)."""
    out = tmp_path / "compared"
    result = run(
        "compare", str(SEEDS), "--a", "to=2023-12-31", "--b", "from=2026-01-01&undated=exclude", "--q", "项目", "--top", "10",
        "--out", str(out), cache=session_cache,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    within = _mask(seeds_corpus, {"q": ["项目"]})
    a = _mask(seeds_corpus, {"to": ["2023-12-31"]}) & within
    b = _mask(seeds_corpus, {"from": ["2026-01-01"], "undated": ["exclude"]}) & within
    assert 0 < a.sum() < within.sum() and 0 < b.sum() < within.sum()
    expected = compare(seeds_corpus, a, b, top=10)
    for side, key_terms in (("a", expected.key_a), ("b", expected.key_b)):
        with open(out / f"key_terms_{side}.csv", encoding="utf-8-sig", newline="") as handle:
            written = pd.DataFrame(list(csv.DictReader(handle)))
        assert list(written["term"]) == list(key_terms["term"]) and len(written) == 10
        np.testing.assert_allclose(written["g2"].astype(float), key_terms["g2"])
    assert f"A (to=2023-12-31): {expected.articles_a:,} articles, {expected.tokens_a:,} tokens" in result.stdout
    assert f"B (from=2026-01-01&undated=exclude): {expected.articles_b:,} articles" in result.stdout


@pytest.mark.parametrize(
    "side, problem",
    [
        ("pubx=新即墨", "--a: no filter named pubx"),  # a misspelt filter: not silently the whole corpus
        ("pub=不存在的报", "--a: `pub`: “不存在的报” is not in this corpus"),
        ("", "--a: no filter given"),  # an empty side would be the whole corpus
        ("pub=", "--a: no filter given"),  # …and a filter without its value
        ("from=2030-01-01", "--a: selects no article"),  # nothing to compare: no table of NaN
        ("from=2026-13-01", "--a: "),
    ],
)
def test_cli_compare_a_side_it_cannot_use_is_one_line(session_cache, side, problem):
    result = run("compare", str(SEEDS), "--a", side, "--b", "pub=新即墨", cache=session_cache)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and problem in result.stderr, result.stderr


# -- the collocates page --


def open_collocates(params: dict, lang: str = "zh") -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in {**params, "lang": lang}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page_script("collocates")).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture
def _seeds_served(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


@pytest.mark.usefixtures("_seeds_served")
def test_page_shows_the_functions_collocates_from_the_url(seeds_corpus):
    at = open_collocates({"term": "项目", "window": "3", "assoc": "t", "kwic_sort": "left", "from": "2026-01-01"})
    colloc, cluster, kwic, key_a, key_b = (element.value for element in at.dataframe)
    mask = select(seeds_corpus, parse_params({"from": ["2026-01-01"]}, seeds_corpus).filters).mask
    expected = collocates(seeds_corpus, "项目", mask, window=3, measure="t")
    assert list(colloc["搭配词"]) == list(expected["collocate"])
    np.testing.assert_allclose(colloc["t值"], expected["t_score"])
    assert "按t值排序" in " ".join(c.value for c in at.caption)
    assert cluster["词簇"].str.contains("项目").all()
    assert set(kwic["检索词"]) == {"项目"} and kwic["链接"].str.startswith("/reader?").all()
    assert list(kwic.columns[:3]) == ["左侧语境", "检索词", "右侧语境"], "the hit and its contexts first, in sight on a narrow window"
    assert len(kwic) == node_hits(seeds_corpus, "项目", mask)
    assert list(kwic["左侧语境"]) == list(sorted_concordance(seeds_corpus.articles, "项目", by="left", among=mask)["left"])


@pytest.mark.usefixtures("_seeds_served")
def test_page_compares_the_two_periods_of_the_url(seeds_corpus):
    periods = {"a_from": "2023-01-01", "a_to": "2023-12-31", "b_from": "2026-01-01", "b_to": "2026-12-31"}
    at = open_collocates({"term": "项目", **periods}, lang="en")
    key_a, key_b = (element.value for element in at.dataframe[-2:])
    dates = seeds_corpus.articles["date"]
    a = ((dates >= "2023-01-01") & (dates <= "2023-12-31")).to_numpy()
    b = ((dates >= "2026-01-01") & (dates <= "2026-12-31")).to_numpy()
    expected = compare(seeds_corpus, a, b)
    assert list(key_a["Term"]) == list(expected.key_a["term"]) and list(key_b["Term"]) == list(expected.key_b["term"])
    assert {"Per 10,000 words", "Reference per 10,000 words"} <= set(key_a.columns), "terms are counted in words, not characters"
    sizes = [c.value for c in at.caption if "articles," in c.value]
    assert sizes == [
        f"2023-01-01 – 2023-12-31: {expected.articles_a:,} articles, {expected.tokens_a:,} tokens",
        f"2026-01-01 – 2026-12-31: {expected.articles_b:,} articles, {expected.tokens_b:,} tokens",
    ]
    assert all(at.query_params[key] in (value, [value]) for key, value in periods.items()), "the periods stay in the URL"


@pytest.mark.usefixtures("_seeds_served")
def test_a_term_without_hits_splits_the_corpus_span_into_the_default_periods(seeds_corpus):
    """A search without hits has no dates of its own: the two periods default to the two
    halves of the corpus's span, each ending no earlier than it starts (not today twice)."""
    at = open_collocates({"term": "火星基地"}, lang="en")
    dates = seeds_corpus.articles["date"].dropna()
    (a_from, a_to), (b_from, b_to) = periods_shown(at)
    assert a_from == dates.min().date() and b_to == dates.max().date()
    assert a_from <= a_to < b_from <= b_to
    assert not {"a_from", "a_to", "b_from", "b_to"} & set(at.query_params), "defaults need no place in a link"


@pytest.mark.usefixtures("_seeds_served")
def test_the_default_periods_follow_the_sidebars_dates_and_a_picked_one_stays(seeds_corpus):
    """A new user's: after the start date changed, the periods stayed on the old span, one of them empty."""
    at = open_collocates({"term": "项目"}, lang="en")
    at.sidebar.date_input(key="w_from").set_value(date(2026, 1, 1)).run()
    dates = seeds_corpus.articles["date"].dropna()
    (a_from, _), (_, b_to) = periods_shown(at)
    assert (a_from, b_to) == (dates[dates >= "2026-01-01"].min().date(), dates.max().date())
    picked = (date(2026, 1, 1), date(2026, 1, 31))
    at.date_input(key="period_a_from").set_value(picked).run()
    at.sidebar.date_input(key="w_from").set_value(date(2023, 1, 1)).run()
    assert periods_shown(at)[0] == picked and _one(at.query_params["a_to"]) == "2026-01-31", "a period picked stays, in the URL"


def periods_shown(at: AppTest) -> tuple:
    return at.date_input(key="period_a_from").value, at.date_input(key="period_b_from").value


def _one(value):
    return value[0] if isinstance(value, list) else value


def test_dispersion_positions_are_offsets_in_the_selections_text(seeds_corpus):
    """The last hit of the last dated article lies at its offset from that article's end."""
    rows = dispersion(seeds_corpus, "项目")
    articles = seeds_corpus.articles.sort_values(["date", "article_id"], na_position="last", kind="stable")
    texts = [article_text(*(row[part] for part in ARTICLE_TEXT_PARTS)) for _, row in articles.iterrows()]
    total = sum(map(len, texts))
    last = rows.iloc[-1]
    index = list(articles["article_id"]).index(last["article_id"])
    before = sum(len(text) for text in texts[:index])
    assert last["position"] == pytest.approx((before + last["offset"]) / total)
    assert texts[index][last["offset"] : last["offset"] + 2] == "项目"


@pytest.mark.parametrize("option, value", [("--window", "-1"), ("--window", "five"), ("--measure", "dice"), ("--top", "1.5")])
def test_a_bad_cli_option_is_one_line_and_exit_2(session_cache, option, value):
    result = run("collocates", str(SEEDS), "项目", option, value, cache=session_cache)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and value in result.stderr


@pytest.mark.parametrize(
    "analysis, columns",
    [
        (lambda corpus, mask: collocates(corpus, "不存在的词", mask), COLLOCATE_COLUMNS),
        (lambda corpus, mask: clusters(corpus, "不存在的词", mask), CLUSTER_COLUMNS),
        (lambda corpus, mask: dispersion(corpus, "不存在的词", mask), DISPERSION_COLUMNS),
        (lambda corpus, mask: collocates(corpus, "项目", mask & False), COLLOCATE_COLUMNS),  # an empty selection
    ],
)
def test_a_term_without_hits_is_an_empty_table_with_its_columns(seeds_corpus, analysis, columns):
    table = analysis(seeds_corpus, np.ones(len(seeds_corpus.articles), dtype=bool))
    assert table.empty and list(table.columns) == columns


@pytest.mark.usefixtures("_seeds_served")
def test_page_with_a_term_without_hits_says_so():
    at = open_collocates({"term": "不存在的词"}, lang="en")
    assert "不存在的词: 0 hits in the selected articles." in [c.value for c in at.caption]
    infos = [info.value for info in at.info]
    assert infos == ["“不存在的词” does not occur in the selected articles: no collocates, dispersion or lines to show."], (
        "one message, not one per empty section (and no blame on filters none of which is set: a new user's)"
    )
    assert len(at.dataframe) == 2, "only the two periods' key terms are tables"


# -- the sub-corpora compared --


def _articles_of(corpus, mask) -> set[str]:
    return set(corpus.articles["article_id"][mask])


@pytest.mark.parametrize("corpus_name", ["seeds_corpus", "real_corpus"])
def test_two_papers_give_disjoint_masks_whose_union_is_their_articles(corpus_name, request):
    corpus = request.getfixturevalue(corpus_name)
    first, second = corpus.articles["publication"].value_counts().drop("", errors="ignore").index[:2]
    a, b = publication_mask(corpus.articles, first), publication_mask(corpus.articles, second)
    assert a.any() and b.any() and not (a & b).any()
    printed_in = corpus.articles.set_index("article_id")["publication"]
    assert _articles_of(corpus, a | b) == set(printed_in[printed_in.isin([first, second])].index)


@pytest.mark.parametrize("corpus_name", ["seeds_corpus", "real_corpus"])
def test_an_officials_mask_is_the_articles_mentioning_them(corpus_name, request):
    corpus = request.getfixturevalue(corpus_name)
    name = corpus.officials["name"].value_counts().index[0]
    expected = set(corpus.officials.loc[corpus.officials["name"] == name, "article_id"])
    assert _articles_of(corpus, official_mask(corpus, name)) == expected
    assert not official_mask(corpus, "没有此人").any()


# first, last -> the seeds' articles kept (every seed article is dated 2023-02-25 or 2026-02-04 … 2026-04-03)
PERIODS = [
    ("2023-02-25", "2023-02-25", {"2023-02-25"}),  # one day: both bounds included
    ("2026-03-10", "2026-12-31", {"2026-04-03"}),
    ("2024-01-01", "2025-12-31", set()),  # no paper in between
]


@pytest.mark.parametrize("first, last, dates", PERIODS)
def test_a_period_mask_keeps_the_days_from_first_to_last(seeds_corpus, first, last, dates):
    kept = seeds_corpus.articles[period_mask(seeds_corpus.articles, date.fromisoformat(first), date.fromisoformat(last))]
    assert set(kept["date"].dt.strftime("%Y-%m-%d")) == dates


# holders of an office in order (name, first, last dated mention) -> the changes
CHANGES = [
    ([("韩世军", "2023-02-25", "2023-02-25"), ("孙杰", "2026-03-09", "2026-04-03")], [("韩世军", "孙杰")]),
    (
        [("甲", "2020-01-01", "2021-01-01"), ("乙", "2021-02-01", "2022-01-01"), ("丙", "2022-03-01", "2023-01-01")],
        [("甲", "乙"), ("乙", "丙")],
    ),
    ([("甲", "2020-01-01", "2021-01-01")], []),  # one holder: no change
]


@pytest.mark.parametrize("held, changes", CHANGES)
def test_holder_changes_pair_each_holder_with_the_next(held, changes):
    assert holder_changes(_tenures(held)) == changes


def _tenures(held) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": [n for n, *_ in held],
            "first_date": [pd.Timestamp(f) for _, f, _ in held],
            "last_date": [pd.Timestamp(t) for *_, t in held],
        }
    )


# office, later holder -> the seeds' article dates before and after the change of holder
HOLDER_CHANGES = [
    ("即墨区委书记", "孙杰", {"2023-02-25"}, {"2026-03-09", "2026-04-03"}),  # 韩世军 → 孙杰
    # 陆治原 (simplified from 陸治原) → 曾赞荣: 2023-02-25 and 2026-02-04 … 2026-03-09
    ("青岛市委书记", "曾赞荣", {"2023-02-25"}, {"2026-02-04", "2026-03-09"}),
]


@pytest.mark.parametrize("office, later, dates_a, dates_b", HOLDER_CHANGES)
def test_a_change_of_holder_gives_the_articles_of_each_tenure(seeds_corpus, office, later, dates_a, dates_b):
    tenures = office_tenures(office_holders(seeds_corpus.officials), office)
    a, b = tenure_masks(seeds_corpus.articles, tenures, later)
    dates = seeds_corpus.articles["date"].dt.strftime("%Y-%m-%d")
    assert set(dates[a]) == dates_a and set(dates[b]) == dates_b
    assert a.sum() == period_mask(seeds_corpus.articles, *tenures.iloc[0][["first_date", "last_date"]]).sum()


def test_the_first_holder_has_no_change_before_them(seeds_corpus):
    tenures = office_tenures(office_holders(seeds_corpus.officials), "即墨区委书记")
    with pytest.raises(ValueError, match="first holder"):
        tenure_masks(seeds_corpus.articles, tenures, "韩世军")


def test_a_change_of_holder_on_the_real_pages(real_corpus):
    tenures = office_tenures(office_holders(real_corpus.officials), "胶州市委书记")
    earlier, later = holder_changes(tenures)[-1]
    a, b = tenure_masks(real_corpus.articles, tenures, later)
    for mask, name in ((a, earlier), (b, later)):
        first, last = tenures.set_index("name").loc[name, ["first_date", "last_date"]]
        dates = real_corpus.articles["date"][mask]
        assert mask.any() and dates.between(first, last).all()


# -- reading within a budget --


def test_a_full_reading_gives_the_functions_numbers(real_corpus):
    reading = read_term(real_corpus, "发展")
    assert reading.complete and reading.scope is None
    for window in (2, 5):
        pd.testing.assert_frame_equal(rank_collocates(real_corpus, reading, window), collocates(real_corpus, "发展", window=window))
    pd.testing.assert_frame_equal(count_clusters(reading), clusters(real_corpus, "发展"))


# budget, as a share of the characters of the articles holding the term -> a sample is read
BUDGETS = [
    (1.0, False),  # every article holding the term fits
    (0.3, True),
    (0.0, True),  # less than one article: one article is still read
]


@pytest.mark.parametrize("share, sampled", BUDGETS)
def test_a_budget_reads_a_sample_whose_numbers_are_of_the_sample(real_corpus, share, sampled, monkeypatch):
    monkeypatch.setattr(collocates_module, "READ_WHOLE", 0)  # the real pages are small enough to be read whole
    among = real_corpus.articles["date"].notna().to_numpy()
    holding = (term_occurrences(real_corpus, "发展") > 0) & among
    budget = int(share * article_chars(real_corpus)[holding].sum())
    reading = read_term(real_corpus, "发展", among, budget)
    assert reading.holding == holding.sum()
    assert reading.complete != sampled
    scope = among if reading.scope is None else reading.scope
    assert not (scope & ~among).any(), "the sample is of the selection"
    read = holding & scope
    assert reading.read == read.sum() >= 1
    if sampled:
        chars = article_chars(real_corpus)
        assert chars[read].sum() - chars[read].max() <= budget, "at most one article beyond the budget"
        table = rank_collocates(real_corpus, reading, min_count=1)
        assert (table["observed"] <= table["frequency"]).all(), "frequencies are counted in the sample"
    assert read_term(real_corpus, "发展", among, budget).read == reading.read, "the same sample every time"


def test_a_small_corpus_is_read_whole_whatever_the_budget(real_corpus):
    """The real pages' articles holding 项目 hold more than the page's budget and less than
    READ_WHOLE: the page's figures are the command line's (a new user's find)."""
    holding = term_occurrences(real_corpus, "项目") > 0
    assert READ_BUDGET < article_chars(real_corpus)[holding].sum() <= collocates_module.READ_WHOLE
    assert read_term(real_corpus, "项目", None, READ_BUDGET).complete


def _seeds_tenure(corpus, office, later, side):
    tenures = office_tenures(office_holders(corpus.officials), office)
    return tenure_masks(corpus.articles, tenures, later)[side]


# URL options -> the names of A and B, and their articles
COMPARE_MODES = [
    (
        {"compare_by": "pub", "a_pub": "青岛日报", "b_pub": "新即墨"},
        ("青岛日报", "新即墨"),
        lambda c: (publication_mask(c.articles, "青岛日报"), publication_mask(c.articles, "新即墨")),
    ),
    (
        {"compare_by": "official", "a_official": "孙杰", "b_official": "习近平"},
        ("孙杰", "习近平"),
        lambda c: (official_mask(c, "孙杰"), official_mask(c, "习近平")),
    ),
    (
        {"compare_by": "holder", "office": "即墨区委书记", "holder": "孙杰"},
        ("韩世军", "孙杰"),
        lambda c: (_seeds_tenure(c, "即墨区委书记", "孙杰", 0), _seeds_tenure(c, "即墨区委书记", "孙杰", 1)),
    ),
    # a holder of another office (张宏业 is 即墨区区长): the office's latest change
    (
        {"compare_by": "holder", "office": "即墨区委书记", "holder": "张宏业"},
        ("韩世军", "孙杰"),
        lambda c: (_seeds_tenure(c, "即墨区委书记", "孙杰", 0), _seeds_tenure(c, "即墨区委书记", "孙杰", 1)),
    ),
    # no choices in the URL: the two papers with most articles, the two most mentioned officials,
    # the latest change of the office with most holders (孙杰 → 张宏业 as 即墨区区长)
    (
        {"compare_by": "holder"},
        ("孙杰", "张宏业"),
        lambda c: (_seeds_tenure(c, "即墨区区长", "张宏业", 0), _seeds_tenure(c, "即墨区区长", "张宏业", 1)),
    ),
    (
        {"compare_by": "pub"},
        ("新即墨", "青岛日报"),
        lambda c: (publication_mask(c.articles, "新即墨"), publication_mask(c.articles, "青岛日报")),
    ),
    ({"compare_by": "official"}, ("孙杰", "习近平"), lambda c: (official_mask(c, "孙杰"), official_mask(c, "习近平"))),
]


@pytest.mark.usefixtures("_seeds_served")
@pytest.mark.parametrize("params, names, masks", COMPARE_MODES)
def test_page_compares_the_sub_corpora_of_the_url(seeds_corpus, params, names, masks):
    at = open_collocates({"term": "项目", **params}, lang="en")
    key_a, key_b = (element.value for element in at.dataframe[-2:])
    expected = compare(seeds_corpus, *masks(seeds_corpus))
    assert list(key_a["Term"]) == list(expected.key_a["term"]) and list(key_b["Term"]) == list(expected.key_b["term"])
    assert {"Per 10,000 words", "Reference per 10,000 words"} <= set(key_a.columns), "terms are counted in words, not characters"
    assert [c.value for c in at.caption if "articles," in c.value] == [
        f"{names[0]}: {expected.articles_a:,} articles, {expected.tokens_a:,} tokens",
        f"{names[1]}: {expected.articles_b:,} articles, {expected.tokens_b:,} tokens",
    ]
    assert expected.articles_a and expected.articles_b
    assert "log-likelihood G²" in " ".join(c.value for c in at.caption), "the measure is named"
    assert all(at.query_params[key] in (value, [value]) for key, value in params.items() if key != "holder"), "the choices stay in the URL"
    if params["compare_by"] == "holder":
        assert at.query_params["holder"] in (names[1], [names[1]]), "the change compared is in the URL"


@pytest.mark.usefixtures("_seeds_served")
def test_a_linked_office_with_no_change_of_holder_is_named_not_replaced_silently():
    """A new user's link named an office the corpus has no succession of: the page showed another."""
    at = open_collocates({"term": "项目", "compare_by": "holder", "office": "即墨区委组织部部长"}, lang="en")
    notes = [c.value for c in at.caption if "is not among the choices" in c.value]
    assert notes == ["`office`: “即墨区委组织部部长” is not among the choices; showing “即墨区区长”"]


@pytest.mark.usefixtures("_seeds_served")
def test_page_compares_within_the_sidebar_selection(seeds_corpus):
    at = open_collocates({"term": "项目", "compare_by": "pub", "a_pub": "青岛日报", "b_pub": "新即墨", "from": "2026-01-01"}, lang="en")
    within = select(seeds_corpus, parse_params({"from": ["2026-01-01"]}, seeds_corpus).filters).mask
    a, b = publication_mask(seeds_corpus.articles, "青岛日报") & within, publication_mask(seeds_corpus.articles, "新即墨") & within
    expected = compare(seeds_corpus, a, b)
    assert f"青岛日报: {expected.articles_a:,} articles, {expected.tokens_a:,} tokens" in [c.value for c in at.caption]
    assert expected.articles_a < publication_mask(seeds_corpus.articles, "青岛日报").sum()


@pytest.mark.parametrize("corpus_name, term", [("seeds_corpus", "即墨"), ("seeds_corpus", "项目"), ("real_corpus", "发展")])
def test_hits_by_day_are_the_dispersions_dated_hits_per_day(corpus_name, term, request):
    corpus = request.getfixturevalue(corpus_name)
    rows = dispersion(corpus, term).dropna(subset=["date"])
    days = hits_by_day(corpus, term).set_index("date")
    assert days["hits"].to_dict() == rows.groupby("date").size().to_dict()
    assert days["articles"].to_dict() == rows.groupby("date")["article_id"].nunique().to_dict()


def test_changed_offices_have_two_dated_holders_or_more(seeds_corpus, real_corpus):
    for corpus in (seeds_corpus, real_corpus):
        known = office_holders(corpus.officials)
        offices = changed_offices(known)
        assert offices and all(len(holder_changes(office_tenures(known, office))) for office in offices)
    assert {"即墨区委书记", "即墨区区长", "青岛市委书记"} <= set(changed_offices(office_holders(seeds_corpus.officials)))
    assert "即墨区委组织部部长" not in changed_offices(office_holders(seeds_corpus.officials)), "one holder: no change"


@pytest.fixture
def _real_pages_served(monkeypatch, session_cache):
    from real_pages import REAL_PAGES

    monkeypatch.setenv("JIMO_CORPUS", str(REAL_PAGES))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


@pytest.mark.usefixtures("_real_pages_served")
def test_page_counts_a_sample_says_so_and_counts_all_on_request(real_corpus, monkeypatch):
    """A budget below the real pages' articles holding 发展 (the page reads it each run)."""
    budget = READ_BUDGET // 10
    monkeypatch.setattr(collocates_module, "READ_BUDGET", budget)
    monkeypatch.setattr(collocates_module, "READ_WHOLE", 0)
    holding = term_occurrences(real_corpus, "发展") > 0
    assert article_chars(real_corpus)[holding].sum() > budget
    at = open_collocates({"term": "发展"}, lang="en")
    sampled = read_term(real_corpus, "发展", None, budget)
    assert any(f"({sampled.read:,} of the {holding.sum():,} holding the term)" in c.value for c in at.caption)
    assert list(at.dataframe[0].value["Collocate"]) == list(rank_collocates(real_corpus, sampled)["collocate"])
    at.button[0].click().run()
    assert not any("random sample" in c.value for c in at.caption)
    assert list(at.dataframe[0].value["Collocate"]) == list(collocates(real_corpus, "发展")["collocate"])


@pytest.mark.usefixtures("_seeds_served")
def test_a_linked_period_ending_before_it_starts_is_named_and_the_default_half_is_compared():
    """A new user's link had A from 2026 to 2023: A was compared as 0 articles, without a word."""
    at = open_collocates({"term": "项目", "compare_by": "period", "a_from": "2026-01-01", "a_to": "2023-01-01"}, lang="en")
    assert "`a_from` is after `a_to` (2026-01-01 > 2023-01-01); both ignored" in [c.value for c in at.caption]
    sizes = [c.value for c in at.caption if " articles, " in c.value]
    assert sizes and not any(size.split(": ", 1)[1].startswith("0 articles") for size in sizes), sizes


@pytest.mark.usefixtures("_seeds_served")
def test_an_emptied_term_asks_for_one():
    """A new user emptied the term and was told no rows match the filters, which was not why."""
    at = open_collocates({"term": ""}, lang="en")
    assert [info.value for info in at.info] == ["Type a term to see its collocates"]
