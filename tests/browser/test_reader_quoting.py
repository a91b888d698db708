"""The reader as a researcher quoting from it uses it, in Chromium: a row clicked then
下一篇, the whole page, and search hits that are legible and leave the text's spacing
as printed."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

import pytest
from support import screenshot, wait_for_app_run
from test_reader import contrast

pytestmark = pytest.mark.browser

ARTICLE = "004_6220ff5f0f64df25.txt#4"  # 全区重点项目现场观摩会举行


def open_path(page, url: str) -> None:
    page.goto(url)
    wait_for_app_run(page)


def opened(page) -> tuple[str, str]:
    """The article in the URL and the headline shown."""
    article = unquote(re.search(r"article=([^&]+)", page.url)[1])
    return article, page.get_by_test_id("stHeading").locator("h2").first.inner_text().strip()


def click_row(page, row: int) -> None:
    """A click on the row's tick box (the grid is drawn on a canvas: rows 35 px high,
    under a header as high)."""
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + 35 * (row + 1) + 17)
    wait_for_app_run(page)


def test_next_moves_after_a_row_was_clicked(page, app_url):
    open_path(page, f"{app_url}/reader")
    click_row(page, 2)
    assert opened(page) == ("000_a890f07f6fb61a4e.txt#3", "区政府党组(扩大)会议暨区政府常务会议召开")
    for article, headline in (
        ("000_a890f07f6fb61a4e.txt#4", "青岛科创大走廊海洋OPC社区建设启动"),
        ("001_736da492cd51ba95.txt#1", "孙杰赴枣庄市山亭区 考察产业帮扶工作"),
    ):
        page.get_by_role("button", name="下一篇").click()
        wait_for_app_run(page)
        assert opened(page) == (article, headline)
    screenshot(page, "reader_next_after_a_click")


def effective_background(locator) -> str:
    """The colour behind an element: the first ancestor's background that is not transparent."""
    return locator.evaluate(
        """e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                   if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; }"""
    )


def hex_colour(css: str) -> str:
    red, green, blue = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{red:02x}{green:02x}{blue:02x}"


TEXT_GEOMETRY = """e => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const last = range.getClientRects();
    const box = range.getBoundingClientRect();
    const end = last[last.length - 1];
    return [box.width, end.right, end.top - box.top].map(v => Math.round(v * 10) / 10);
}"""


def heading_and_paragraph(page):
    heading = page.get_by_test_id("stHeading").filter(has_text="重点项目现场").locator("[data-heading-text]").first
    paragraph = page.get_by_test_id("stMarkdownContainer").filter(has_text="2月24日,全区重点项目现场").locator("p").first
    return heading, paragraph


def test_a_hit_is_legible_and_leaves_the_spacing_as_printed(page, app_url):
    open_path(page, f"{app_url}/reader?article={quote(ARTICLE)}")
    plain = [(e.inner_text(), e.evaluate(TEXT_GEOMETRY)) for e in heading_and_paragraph(page)]
    open_path(page, f"{app_url}/reader?q={quote('观摩')}&article={quote(ARTICLE)}")
    marked = [(e.inner_text(), e.evaluate(TEXT_GEOMETRY)) for e in heading_and_paragraph(page)]
    assert marked == plain  # the same text and width, the last character in the same place (a line below the list of marked words)

    hits = page.locator("[data-testid='stMarkdownContainer'] span.stMarkdownColoredText", has_text="观摩")
    assert hits.count() >= 4  # headline, subheadline, body
    for hit in (hits.first, hits.last):
        style = hit.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).paddingLeft, getComputedStyle(e).paddingRight]")
        assert style[1:] == ["0px", "0px"]
        assert contrast(hex_colour(style[0]), hex_colour(effective_background(hit))) >= 4.5
    screenshot(page, "reader_hits_marked")


def test_a_word_carried_by_a_link_is_marked(page, app_url):
    """What a keyword-in-context link opens: the article with its word (`hl`) marked."""
    open_path(page, f"{app_url}/reader?hl={quote('韩世军')}&article={quote(ARTICLE)}")
    hits = page.locator("[data-testid='stMarkdownContainer'] span.stMarkdownColoredText", has_text="韩世军")
    assert hits.count() >= 2 and "标红的词：韩世军" in page.get_by_test_id("stCaptionContainer").all_inner_texts()


def test_whole_page_shows_every_article_of_the_page(page, app_url):
    open_path(page, f"{app_url}/reader?article={quote('001_736da492cd51ba95.txt#2')}")
    page.get_by_role("button", name="整版阅读").click()
    wait_for_app_run(page)
    assert "page=001_736da492cd51ba95.txt" in page.url and "article=" not in page.url
    headings = [h.strip() for h in page.get_by_test_id("stHeading").locator("h3").all_inner_texts()]
    first = headings.index("孙杰赴枣庄市山亭区 考察产业帮扶工作")
    assert headings[first : first + 6] == [
        "孙杰赴枣庄市山亭区 考察产业帮扶工作",
        "张宏业到移风店镇调研",
        "区十九届人大常委会 召开党组(扩大)会议",
        "青岛大学与即墨区校地合作 交流活动举行",
        "即墨举办纪念第116个“三八”国际妇女节主题活动",
        "第三届全国先进计算技术创新大赛专题赛颁奖仪式举行",
    ]
    assert page.get_by_role("button", name="上一版").is_disabled() and page.get_by_role("button", name="下一版").is_disabled()
    screenshot(page, "reader_whole_page")
