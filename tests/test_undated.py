"""Nothing dropped silently: what a date filter does with undated articles, the note
that says so (and its one-click include), pages of unknown publication, the overview's
figures against its own tables, and the time axes of the timeline and bylines charts.

Two corpora: the seeds with two undated real pages added (the seeds alone are all
dated), and the real development pages (many undated, some without a publication)."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from paths import REPO, SEEDS
from real_pages import REAL_PAGES
from streamlit.testing.v1 import AppTest

from jimo_data import load_corpus
from jimo_data.cli import _parser
from jimo_data.filters import FILTERS, UNKNOWN, Filters, article_mask, parse_params, select
from jimo_data.views import PAGES, page_script
from jimo_data.views.i18n import t
from jimo_data.views.widgets import MISSING

UNDATED_PAGES = ("kqdrb_undated_1.txt", "jcx_undated_1.txt")  # 青岛日报 without a date; neither date nor publication


@pytest.fixture(scope="module")
def seeds_and_undated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds_and_undated")
    for page in SEEDS.glob("*.txt"):
        shutil.copy(page, folder)
    for name in UNDATED_PAGES:
        shutil.copy(REAL_PAGES / name, folder)
    return folder


@pytest.fixture(scope="module", params=["seeds_and_undated", "real"])
def corpus_folder(request, seeds_and_undated):
    return seeds_and_undated if request.param == "seeds_and_undated" else REAL_PAGES


@pytest.fixture(scope="module")
def corpus(corpus_folder, session_cache):
    return load_corpus(corpus_folder, cache_dir=session_cache)


def test_the_test_corpora_hold_undated_articles(corpus):
    """Else every test below would pass on a corpus that has nothing to drop."""
    assert corpus.articles["date"].isna().sum() > 0
    assert (corpus.pages["publication"] == "").sum() > 0


# -- the filter -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "values, expected, problems",
    [
        ([], "", []),
        (["include"], "include", []),
        (["only"], "only", []),
        (["exclude"], "", []),  # the default, written as no parameter
        (["include", "exclude"], "", []),  # the last value wins, as for every filter
        (["yes"], "", ["not_allowed"]),
    ],
)
def test_undated_values(seeds_corpus, values, expected, problems):
    parsed = parse_params({"undated": values}, seeds_corpus)
    assert parsed.filters.undated == expected
    assert [m.reason for m in parsed.messages] == problems


def _expected(articles: pd.DataFrame, params: dict) -> pd.Series:
    """The articles a link should keep, computed from the table by hand."""
    dates, undated = articles["date"], articles["date"].isna()
    in_range = pd.Series(True, index=articles.index)
    if "from" in params:
        in_range &= dates >= pd.Timestamp(params["from"])
    if "to" in params:
        in_range &= dates <= pd.Timestamp(params["to"])
    kept = {"": in_range, "include": in_range | undated, "only": undated}[params.get("undated", "")]
    if "pub" in params:
        kept &= articles["publication"].fillna("").eq("" if params["pub"] == UNKNOWN else params["pub"])
    return kept


@pytest.mark.parametrize(
    "params, why",
    [
        ({"from": "2000-01-01"}, "a date bound leaves undated articles out (the default)"),
        ({"from": "2000-01-01", "undated": "include"}, "include: kept whatever the dates"),
        ({"to": "2023-12-31", "undated": "include"}, "the upper bound too"),
        ({"undated": "include"}, "without a date bound include changes nothing"),
        ({"undated": "only"}, "only the undated"),
        ({"from": "2000-01-01", "undated": "only"}, "under only, the bounds filter nothing"),
        ({"from": "2000-01-01", "undated": "include", "pub": "青岛日报"}, "the other filters still hold"),
        ({"undated": "only", "pub": UNKNOWN}, "no date and no publication"),
    ],
)
def test_each_undated_value_keeps_what_it_says(corpus, params, why):
    filters = parse_params({key: [value] for key, value in params.items()}, corpus).filters
    assert article_mask(corpus, filters).tolist() == _expected(corpus.articles, params).tolist(), why


@pytest.mark.parametrize(
    "params",
    [{"from": "2000-01-01"}, {"from": "2000-01-01", "undated": "include"}, {"to": "2030-01-01", "pub": "青岛日报"}, {}],
)
def test_selection_counts_the_undated_articles_the_date_bounds_decide_about(corpus, params):
    filters = parse_params({key: [value] for key, value in params.items()}, corpus).filters
    without_dates = {key: value for key, value in params.items() if key not in ("from", "to")}
    expected = int((_expected(corpus.articles, without_dates) & corpus.articles["date"].isna()).sum())
    assert select(corpus, filters).undated == (expected if ("from" in params or "to" in params) else 0)


def test_the_cli_takes_the_undated_option():
    args = _parser().parse_args(["export", "pages", "--out", "out", "--from", "2000-01-01", "--undated", "include"])
    assert args.filter_undated == ["include"]
    (undated,) = [f for f in FILTERS if f.key == "undated"]
    assert undated.slug(Filters(date_from=pd.Timestamp("2000-01-01").date(), undated="include")) == "with-undated"


# -- the dashboard ----------------------------------------------------------------------
def open_page(folder, page: str, params: dict, lang: str = "zh") -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)
    for key, value in {**params, "lang": lang}.items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(page_script(page)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture
def served(monkeypatch, corpus, corpus_folder, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(corpus_folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))  # where `corpus` was loaded
    return corpus_folder


def _note(at: AppTest) -> str:
    return " ".join(e.value for kind in ("warning", "info") for e in getattr(at.sidebar, kind))


@pytest.mark.parametrize("page", [module for module, _, _ in PAGES])
def test_every_page_under_a_date_filter_says_how_many_undated_articles_it_leaves_out(served, corpus, page):
    n = int(corpus.articles["date"].isna().sum())  # from=2000-01-01 keeps every dated article of these corpora
    at = open_page(served, page, {"from": "2000-01-01"})
    assert t("undated_left_out", n=n) in _note(at)
    assert at.button(key="undated_button").label == t("undated_include")


def test_one_click_includes_the_undated_articles_and_one_leaves_them_out(served, corpus):
    articles = corpus.articles
    dated, undated = int((articles["date"] >= "2000-01-01").sum()), int(articles["date"].isna().sum())
    at = open_page(served, "reader", {"from": "2000-01-01"})
    assert len(at.dataframe[0].value) == dated
    at.button(key="undated_button").click().run()
    assert len(at.dataframe[0].value) == dated + undated
    assert at.query_params["undated"] in ("include", ["include"])
    assert t("undated_included", n=undated) in _note(at)
    at.button(key="undated_button").click().run()
    assert len(at.dataframe[0].value) == dated and "undated" not in at.query_params
    assert t("undated_left_out", n=undated) in _note(at)


def test_no_note_where_nothing_is_left_out(monkeypatch, session_cache):
    """The seeds alone are all dated: a date filter leaves nothing out, and says nothing."""
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    at = open_page(SEEDS, "reader", {"from": "2000-01-01"})
    assert not _note(at) and not [b for b in at.button if b.key == "undated_button"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_unknown_publication_is_a_choice_and_has_a_legend_entry(served, corpus, lang):
    at = open_page(served, "timeline", {}, lang)
    pub = at.multiselect(key="w_pub")
    assert t("unknown_pub", lang) in pub.options  # the choice, as the widget shows it
    legend = {trace.get("name") for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    dated_unknown = corpus.pages[(corpus.pages["publication"] == "") & corpus.pages["date"].notna()]
    assert (t("unknown_pub", lang) in legend) == (not dated_unknown.empty)
    assert "" not in legend


def test_choosing_unknown_publication_shows_its_articles(served, corpus):
    at = open_page(served, "reader", {"pub": UNKNOWN, "undated": "only"})
    expected = _expected(corpus.articles, {"pub": UNKNOWN, "undated": "only"})
    assert len(at.dataframe[0].value) == int(expected.sum()) > 0


@pytest.mark.parametrize("page", ["overview", "timeline"])
def test_overview_and_timeline_count_undated_and_unattributed_pages(served, corpus, page):
    pages = corpus.pages
    at = open_page(served, page, {})
    undated = t("pages_undated", n=int(pages["date"].isna().sum()))
    line = next(c.value for c in at.caption if undated in c.value)
    assert t("pages_unknown_pub", n=int((pages["publication"] == "").sum())) in line
    assert "undated=only" in line and "pub=%28unknown%29" in line  # the links to see them in the reader


def test_overview_issue_count_is_its_issue_table(served, corpus):
    at = open_page(served, "overview", {})
    metrics = {m.label: m.value for m in at.metric}
    issues = next(f for f in (e.value for e in at.dataframe) if "期号" in f.columns)
    dated = corpus.pages.dropna(subset=["date"])
    named = dated[dated["publication"] != ""]
    # a paper's pages of a day are an issue; a page of unknown publication is one of its own (README)
    assert int(metrics["期数"]) == len(issues) == len(named.groupby(["publication", "date"])) + (dated["publication"] == "").sum()
    # every page and article is in an issue of the table or on a page the undated line counts
    undated = corpus.pages[corpus.pages["date"].isna()]
    assert int(metrics["版面"]) == len(corpus.pages) == issues["版面"].sum() + len(undated)
    assert int(metrics["文章"]) == issues["文章数"].sum() + undated["n_articles"].sum()
    assert "时间跨度" not in metrics  # two full dates do not fit a metric: the span is a line
    first, last = dated["date"].min(), dated["date"].max()
    assert any(f"{first:%Y-%m-%d} – {last:%Y-%m-%d}" in m.value for m in at.markdown)


@pytest.mark.parametrize(
    "page, params, per",
    [("timeline", {"freq": "month"}, "month"), ("timeline", {"freq": "day"}, "day"), ("bylines", {}, "month")],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_date_axes_tick_whole_periods_in_the_interface_language(served, page, params, per, lang):
    at = open_page(served, page, params, lang)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    axis = spec["layout"]["xaxis"]
    assert ("年" in axis["tickformat"]) == (lang == "zh")
    if per == "month":
        assert axis["dtick"].startswith("M")  # ticks on whole months (or multiples)
    # each bar is as wide as its period at most, so a period without articles is a gap,
    # unless that would be under a 300th of the axis (neither seen nor clickable)
    period_ms = {"day": 86_400_000, "month": 31 * 86_400_000}[per]
    dates = pd.to_datetime([x for trace in spec["data"] for x in trace["x"]])
    visible_ms = (dates.max() - dates.min()).total_seconds() * 1000 / 300
    assert all(0 < trace["width"] <= max(period_ms, visible_ms) for trace in spec["data"])


def test_bylines_chart_says_how_many_articles_of_its_people_have_no_date(served, corpus):
    at = open_page(served, "bylines", {})
    ranking = at.dataframe[0].value
    credits = corpus.bylines[corpus.bylines["name"].isin(ranking["姓名"].head(12))]
    undated = credits.loc[credits["date"].isna(), "article_id"].nunique()
    captions = " ".join(c.value for c in at.caption)
    assert (t("chart_leaves_out_undated", n=undated) in captions) == (undated > 0)


@pytest.mark.parametrize("page", ["bylines", "reader", "officials"])
def test_a_missing_value_shows_as_a_dash_not_the_word_none(served, page):
    """An undated byline's first and last dates, a page without an issue number: the
    tables hold missing values on these corpora, and show them as MISSING in both
    languages (Streamlit's default is the English word None)."""
    at = open_page(served, page, {"undated": "include"})
    tables = [(element.value, element.proto.placeholder) for element in at.dataframe]
    assert any(frame.isna().any().any() for frame, _ in tables), "no table with a missing value: the test checks nothing"
    assert all(placeholder == MISSING for _, placeholder in tables)
