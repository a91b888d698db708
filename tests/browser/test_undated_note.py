"""Nothing dropped silently, in Chromium over the real development pages: the note on
undated articles and its button, the overview's figures in their boxes, and the
timeline's legend entry for pages of unknown publication."""

from __future__ import annotations

import re

import pytest
from support import screenshot, wait_for_app_run

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus(real_corpus):
    return real_corpus


def open_path(page, url: str) -> None:
    page.goto(url)
    wait_for_app_run(page)


def svg_texts(page, selector: str) -> list[str]:
    return page.locator(f"[data-testid='stPlotlyChart'] {selector}").evaluate_all("els => els.map(e => e.textContent)")


def result_count(page) -> int:
    heading = page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()
    return int(re.search(r"\((\d+)\)", heading).group(1))


def test_the_note_says_how_many_undated_articles_are_left_out_and_one_click_includes_them(page, real_pages_url, corpus):
    undated = int(corpus.articles["date"].isna().sum())
    dated = int((corpus.articles["date"] >= "2000-01-01").sum())
    open_path(page, f"{real_pages_url}/reader?from=2000-01-01")
    sidebar = page.get_by_test_id("stSidebar")
    note = sidebar.get_by_test_id("stAlert").filter(has_text="没有日期")
    assert f"排除了 {undated} 篇" in note.inner_text()
    assert result_count(page) == dated
    screenshot(page, "undated_note_left_out")
    sidebar.get_by_role("button", name="纳入无日期的文章").click()
    wait_for_app_run(page)
    assert result_count(page) == dated + undated
    assert "undated=include" in page.url
    assert f"已纳入 {undated} 篇" in sidebar.get_by_test_id("stAlert").filter(has_text="没有日期").inner_text()
    screenshot(page, "undated_note_included")
    sidebar.get_by_role("button", name="排除无日期的文章").click()
    wait_for_app_run(page)
    assert result_count(page) == dated and "undated=" not in page.url


def test_overview_figures_fit_their_boxes(page, real_pages_url, corpus):
    open_path(page, f"{real_pages_url}/")
    values = page.get_by_test_id("stMetricValue")
    assert values.count() == 6
    cut = values.evaluate_all(
        "els => els.filter(el => [el, ...el.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1)).map(el => el.innerText)"
    )
    assert cut == [], f"metric values cut off: {cut}"
    assert "…" not in " ".join(values.all_inner_texts())
    text = page.get_by_test_id("stMain").inner_text()
    assert f"无日期的版面：{int(corpus.pages['date'].isna().sum())}" in text
    assert f"未知刊物的版面：{int((corpus.pages['publication'] == '').sum())}" in text
    screenshot(page, "undated_overview")


def test_timeline_has_a_legend_entry_for_unknown_publication(page, real_pages_url):
    open_path(page, f"{real_pages_url}/timeline")
    page.wait_for_selector("[data-testid='stPlotlyChart'] .legendtext")
    legend = svg_texts(page, ".legendtext")
    assert "（未知刊物）" in legend
    ticks = svg_texts(page, ".xtick text")
    assert ticks and all("年" in tick for tick in ticks)  # Chinese dates in the Chinese interface
    page.locator("[data-testid='stPlotlyChart'] .point path").first.hover(force=True)
    page.wait_for_selector("[data-testid='stPlotlyChart'] .hovertext")
    assert re.search(r"\d{4}年\d{1,2}月", " ".join(svg_texts(page, ".hovertext")))
    screenshot(page, "undated_timeline")


@pytest.mark.parametrize("lang, month", [("zh", r"\d{4}年"), ("en", r"\d{4}")])
def test_bylines_monthly_chart_ticks_whole_periods_in_the_interface_language(page, real_pages_url, lang, month):
    open_path(page, f"{real_pages_url}/bylines?lang={lang}")
    page.wait_for_selector("[data-testid='stPlotlyChart'] .xtick text")
    ticks = svg_texts(page, ".xtick text")
    assert ticks and all(re.fullmatch(month + r"(\d{1,2}月)?|[A-Z][a-z]{2} \d{4}", tick) for tick in ticks), ticks
    page.get_by_test_id("stPlotlyChart").first.scroll_into_view_if_needed()
    screenshot(page, f"undated_bylines_{lang}")
