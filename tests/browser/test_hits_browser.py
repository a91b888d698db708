"""The keyword trend as drawn in Chromium: a gap where no article was printed, month
ticks in the interface language, and the hit definition and units on the page."""

from __future__ import annotations

import re

import pytest
from support import screenshot, wait_for_app_run

pytestmark = pytest.mark.browser


def open_trend(page, app_url: str, lang: str):
    page.goto(f"{app_url}/keywords?terms=孙杰,项目&per=month&lang={lang}")
    wait_for_app_run(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.locator(".scatterlayer .trace").first.wait_for()
    return chart


def line_segments(chart) -> list[int]:
    """Per trace, how many separate pieces its line is drawn in."""
    traces = chart.locator(".scatterlayer .trace")
    pieces = []
    for i in range(traces.count()):
        paths = traces.nth(i).locator("path.js-line")
        pieces.append(sum(len(re.findall("M", paths.nth(j).get_attribute("d") or "")) for j in range(paths.count())))
    return pieces


def tick_labels(chart) -> list[str]:
    return [text for text in chart.locator(".xtick text").all_text_contents() if text.strip()]


@pytest.mark.parametrize("lang, month_tick", [("zh", r"^\d{4}年\d{1,2}月$"), ("en", r"^[A-Z][a-z]{2} \d{4}$")])
def test_trend_breaks_where_no_article_was_printed_and_ticks_whole_months(page, app_url, lang, month_tick):
    chart = open_trend(page, app_url, lang)
    screenshot(page, f"keywords_trend_{lang}")
    # the seeds have articles in 2023-02, 2023-03 and 2026-02 to 2026-04: two pieces a line
    assert line_segments(chart) == [2, 2]
    ticks = tick_labels(chart)
    assert ticks and all(re.match(month_tick, tick) for tick in ticks), ticks
    text = page.get_by_test_id("stMain").inner_text()
    assert ("每万字" in text and "命中" in text) if lang == "zh" else ("10,000 characters" in text and "hit" in text)
