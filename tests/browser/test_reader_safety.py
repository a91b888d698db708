"""What reaches the browser: no link from a URL parameter in a chart, no page text before
it is asked for, highlighting that shows the text as written."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from support import screenshot, wait_for_app_run

pytestmark = pytest.mark.browser

LINK = '<a href="http://x">x</a>'


def test_a_link_in_the_terms_parameter_is_text_in_the_chart(page, app_url):
    page.goto(f"{app_url}/keywords?terms={quote(LINK + ',项目')}")
    wait_for_app_run(page)
    plot = page.get_by_test_id("stPlotlyChart").first
    plot.locator(".legendtext").first.wait_for()
    assert plot.locator("a").count() == 0
    assert LINK in plot.locator(".legendtext").all_text_contents()  # shown as the characters typed
    screenshot(page, "keywords_link_in_terms")


def received_text(frames: list) -> str:
    return b"".join(frame if isinstance(frame, bytes) else frame.encode() for frame in frames).decode("utf-8", "replace")


def test_the_page_text_is_sent_only_when_the_switch_is_turned_on(page, app_url):
    frames = []
    page.on("websocket", lambda socket: socket.on("framereceived", lambda frame: frames.append(frame)))
    page.goto(f"{app_url}/reader?article={quote('004_6220ff5f0f64df25.txt#4')}")
    wait_for_app_run(page)
    other_article = "数字化转型是事关城市发展的战略性"  # on the same page, in another article
    assert other_article not in received_text(frames)
    page.get_by_test_id("stCheckbox").filter(has_text="版面原文").locator("label").click()
    wait_for_app_run(page)
    assert other_article in received_text(frames)
    assert other_article in page.get_by_test_id("stText").inner_text()
    screenshot(page, "reader_page_text_open")


def test_highlighted_text_reads_as_written(page, app_url):
    page.goto(f"{app_url}/reader?q={quote(':')}&article={quote('003_10918a961b3f8c53.txt#2')}")
    wait_for_app_run(page)
    heading = page.get_by_test_id("stHeading").filter(has_text="七大工程").first
    assert heading.inner_text().strip() == "即墨:实施七大工程,提速制造业发展"
    assert heading.locator("span", has_text=":").count() >= 1  # the hit is marked
    screenshot(page, "reader_highlight_colon")
