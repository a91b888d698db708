"""One definition of a hit: the keyword trend (dated periods plus the undated remainder
it reports), the key terms, keyword in context and the search results' per-term counts
give one number for a term, and it is the number of literal occurrences a reader can
count by hand. A view that drops hits (undated articles, captions, a cut list) or
recounts them (jieba tokens, overlapping matches) breaks the equality."""

from __future__ import annotations

import base64
import json
import re

import numpy as np
import pandas as pd
import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest

from jimo_data.analysis import (
    article_chars,
    concordance,
    corpus_term_totals,
    key_terms_with_hits,
    reading_list,
    selection_hits,
    term_trend,
    undated_hits,
)
from jimo_data.filters import Filters, parse_params, select
from jimo_data.parsing import ARTICLE_TEXT_PARTS
from jimo_data.views import page_script

REAL = REPO / "tests" / "pages" / "real"


def by_hand(articles: pd.DataFrame, term: str) -> int:
    """Python's own non-overlapping count, part by part: the definition, independently."""
    return sum(text.count(term) for part in ARTICLE_TEXT_PARTS for text in articles[part])


def counts_by_view(corpus, filters: Filters, term: str) -> dict[str, int]:
    """The term's count as each view computes it over the filtered articles."""
    selection = select(corpus, filters)
    trends = {per: term_trend(corpus, selection.listing, [term], per)["count"].sum() for per in ("month", "issue")}
    undated = undated_hits(corpus, selection.listing, [term])[term]
    as_key_term = key_terms_with_hits(corpus, pd.DataFrame({"term": [term], "count": [0]}), selection.mask)
    searched = Filters(**{**filters.__dict__, "query": f'"{term}"'})
    results = reading_list(corpus, select(corpus, searched).listing, searched.query)
    return {
        "by hand": by_hand(selection.articles, term),
        "trend per month + undated": int(trends["month"]) + int(undated),
        "trend per issue + undated": int(trends["issue"]) + int(undated),
        "key terms": int(as_key_term["hits"].iloc[0]),
        "keyword in context": len(concordance(corpus.articles, term, limit=10**6, among=selection.mask)),
        "search results": int(results[f'「"{term}"」'].sum()),
    }


# corpus, term, filter (as a link gives it), why this case
CASES = [
    ("seeds", "项目", {}, "the commonest term, also inside 项目建设, 重点项目 …"),
    ("seeds", "高质量发展", {}, "one jieba token that contains another term (发展)"),
    ("seeds", "项目建设", {}, "two jieba tokens (项目 建设): no token count has it"),
    ("seeds", "孙杰", {"official": ["孙杰"]}, "in headlines and bodies, under a filter"),
    ("seeds", "观摩", {"from": ["2023-01-01"], "to": ["2023-12-31"]}, "in a headline and a subheadline, under a date range"),
    ("real", "项目", {}, "undated articles hold a good part of the hits"),
    ("real", "发展", {"pub": ["新即墨"]}, "one publication"),
    ("real", "书记", {}, "inside 区委书记, 市委书记 …, dated and undated"),
]


@pytest.mark.parametrize("which, term, params, why", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_every_view_counts_the_same_hits(which, term, params, why, seeds_corpus, real_corpus):
    corpus = {"seeds": seeds_corpus, "real": real_corpus}[which]
    filters = parse_params(params, corpus).filters
    counts = counts_by_view(corpus, filters, term)
    assert counts["by hand"] > 0, why
    assert set(counts.values()) == {counts["by hand"]}, (why, counts)


def test_the_real_pages_have_undated_hits_that_the_trend_reports(real_corpus):
    """Without this the undated remainder above could be zero and prove nothing."""
    listing = select(real_corpus, Filters()).listing
    undated = undated_hits(real_corpus, listing, ["项目"])["项目"]
    dated = term_trend(real_corpus, listing, ["项目"], "month")["count"].sum()
    assert undated > 0 and dated > 0


def test_hits_overlap_as_corpus_tools_count_them(seeds_corpus):
    """Key terms are ranked by jieba tokens but list hits: more than the tokens where
    the term also occurs inside longer words."""
    key_terms = corpus_term_totals(seeds_corpus).head(40).rename("count").rename_axis("term").reset_index()
    listed = key_terms_with_hits(seeds_corpus, key_terms, select(seeds_corpus, Filters()).mask).set_index("term")
    assert (listed["hits"] >= listed["tokens"]).all()
    assert listed.loc["项目", "hits"] == by_hand(seeds_corpus.articles, "项目") > listed.loc["项目", "tokens"]


def test_a_budget_leaves_hits_uncounted_never_miscounted(seeds_corpus):
    """A large selection counts key terms' hits within a budget of text read per rerun;
    the rest are missing (the page offers to count them), not approximated."""
    selection = select(seeds_corpus, Filters(officials=("孙杰",)))
    assert selection.mask.mean() < 0.5  # counted in the selection, not remembered for the corpus
    terms = ["枣庄", "帮扶", "山亭区"]
    chars = int(article_chars(seeds_corpus)[selection.mask].sum())
    within = selection_hits(seeds_corpus, terms, selection.mask, budget=2 * chars)
    expected = [by_hand(selection.articles, term) for term in terms]
    assert within.tolist()[:2] == expected[:2] and pd.isna(within.iloc[2])
    assert selection_hits(seeds_corpus, terms, selection.mask).tolist() == expected


# -- the same numbers on the page --------------------------------------------------------


def open_keywords(params: dict) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page_script("keywords")).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def page_counts(at: AppTest, term: str) -> dict[str, int]:
    trend, key_terms, kwic = (frame.value for frame in at.dataframe[:3])
    undated = [c.value for c in at.caption if "未注明日期" in c.value]
    undated_hits_shown = int(re.search(rf"{term} (\d+)", undated[0]).group(1)) if undated else 0
    listed = key_terms.set_index("词")
    # Past its limit the keyword in context lists the first hits and says how many there are.
    cut = [int(found.group(1).replace(",", "")) for c in at.caption if (found := re.match(r"共 ([\d,]+) 处命中", c.value))]
    assert not cut or len(kwic) < cut[0]
    return {
        "trend + undated": int(trend["次数"].sum()) + undated_hits_shown,
        "keyword in context": cut[0] if cut else len(kwic),
        **({"key terms": int(listed.loc[term, "命中"])} if term in listed.index else {}),
    }


@pytest.mark.parametrize(
    "corpus_path, term, expect_listed",
    [(SEEDS, "项目", True), (REAL, "项目", True)],
    ids=["seeds", "real"],
)
def test_the_keywords_page_shows_one_count(corpus_path, term, expect_listed, monkeypatch, session_cache, seeds_corpus, real_corpus):
    monkeypatch.setenv("JIMO_CORPUS", str(corpus_path))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    corpus = seeds_corpus if corpus_path == SEEDS else real_corpus
    at = open_keywords({"terms": term, "kwic": term})
    shown = page_counts(at, term)
    assert ("key terms" in shown) == expect_listed
    assert set(shown.values()) == {by_hand(corpus.articles, term)}, shown


def plotted(values) -> list:
    """A plotly array from a chart's spec (typed arrays come base64-encoded), NaN as None."""
    if isinstance(values, dict):
        values = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return [None if v is None or v != v else v for v in values]


def test_trend_chart_months_with_gaps_and_issues_as_categories(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    spec = {}
    for per in ("month", "issue"):
        at = open_keywords({"terms": "孙杰", "per": per})
        spec[per] = json.loads(at.get("plotly_chart")[0].proto.spec)
    (line,) = spec["month"]["data"]
    assert line["connectgaps"] is False and None in plotted(line["y"])  # months without articles: no value
    assert 0 in plotted(line["y"])  # 2023-03 has articles and no 孙杰: a zero
    assert spec["month"]["layout"]["xaxis"]["dtick"].startswith("M")  # ticks on whole months
    assert spec["issue"]["layout"]["xaxis"]["type"] == "category"
    assert None not in plotted(spec["issue"]["data"][0]["y"])  # every issue has articles
