"""The collocates page as a browser shows it (seeds): the dispersion chart draws a tick
per day with hits of the term, the page keeps its settings in the URL, and two papers
are compared on a click."""

from __future__ import annotations

import pytest
from paths import SEEDS
from support import screenshot, wait_for_app_run

from jimo_data import load_corpus
from jimo_data.analysis.collocates import compare, dispersion, publication_mask

pytestmark = pytest.mark.browser


def test_the_dispersion_chart_draws_a_tick_per_day_with_hits(page, app_url, tmp_path):
    corpus = load_corpus(SEEDS, cache_dir=tmp_path)
    days = dispersion(corpus, "即墨")["date"].dropna().nunique()
    page.goto(f"{app_url}/collocates?term=%E5%8D%B3%E5%A2%A8&window=3&assoc=mi")  # term=即墨
    wait_for_app_run(page)
    screenshot(page, "collocates_top")
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.locator(".main-svg").first.wait_for()
    chart.scroll_into_view_if_needed()
    assert chart.locator(".scatterlayer .point").count() == days > 1
    assert "年" in chart.locator(".xtick").first.text_content(), "Chinese dates on the axis"
    assert "window=3" in page.url and "assoc=mi" in page.url
    screenshot(page, "collocates_dispersion")


def test_choosing_two_papers_compares_them_and_keeps_them_in_the_url(page, app_url, tmp_path):
    """A click on 两种报纸 compares the two papers with most articles, each named with its
    sizes above its table; the choice is in the URL, so the link reopens it."""
    corpus = load_corpus(SEEDS, cache_dir=tmp_path)
    papers = publication_mask(corpus.articles, "新即墨"), publication_mask(corpus.articles, "青岛日报")
    expected = compare(corpus, *papers)
    page.goto(f"{app_url}/collocates?term=%E5%8D%B3%E5%A2%A8")  # term=即墨
    wait_for_app_run(page)
    page.get_by_text("两种报纸", exact=True).click()
    wait_for_app_run(page)
    assert "compare_by=pub" in page.url
    sizes = page.get_by_text("篇文章，")
    sizes.first.scroll_into_view_if_needed()
    assert sizes.all_inner_texts() == [
        f"新即墨：{expected.articles_a:,} 篇文章，{expected.tokens_a:,} 个分词词次",
        f"青岛日报：{expected.articles_b:,} 篇文章，{expected.tokens_b:,} 个分词词次",
    ]
    screenshot(page, "collocates_compare_papers")
    url = page.url
    page.goto(url)
    wait_for_app_run(page)
    assert page.get_by_text(f"青岛日报：{expected.articles_b:,} 篇文章").count() == 1, "the link reopens the comparison"
