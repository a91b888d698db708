"""Reprints in Chromium: the sidebar toggle and the URL, the Reprints page's table with
its links, and the reader's line naming an article's other printings, over the seeds
with planted reprints (tests/test_reuse.py `plant`)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from paths import SEEDS
from support import screenshot, wait_for_app_run
from test_reuse import plant

pytestmark = pytest.mark.browser
TOGGLE = "不含转载（同一稿件的后续刊登）"


def _serve():
    """conftest's `serve` (a conftest cannot be imported by name: tests/ has one too)."""
    spec = importlib.util.spec_from_file_location("browser_conftest", Path(__file__).with_name("conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.serve


@pytest.fixture(scope="module")
def planted_url(tmp_path_factory, seeds_corpus):
    folder = tmp_path_factory.mktemp("planted")
    shutil.copytree(SEEDS, folder / "seeds")
    plant(folder, seeds_corpus)
    yield from _serve()(folder, tmp_path_factory)


def open_path(page, url: str) -> None:
    page.goto(url)
    wait_for_app_run(page)


def result_count(page) -> int:
    heading = page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()
    return int(re.search(r"\((\d+)\)", heading).group(1))


def test_the_toggle_leaves_out_the_copies_and_writes_the_url(page, planted_url):
    open_path(page, f"{planted_url}/reader")
    assert result_count(page) == 29
    page.get_by_test_id("stSidebar").get_by_text(TOGGLE).click()
    wait_for_app_run(page)
    assert "reprints=exclude" in page.url
    assert result_count(page) == 29 - 3  # the seeds' 25 articles and 4 planted, less the 3 copies
    open_path(page, f"{planted_url}/reuse?reprints=exclude")
    toggle = page.get_by_test_id("stSidebar").get_by_test_id("stCheckbox").filter(has_text=TOGGLE)
    assert toggle.locator("input").is_checked()


def test_the_reprints_page_and_the_reader_link_each_printing(page, planted_url):
    open_path(page, f"{planted_url}/reuse")
    assert "3 组转载，3 篇转载稿。" in page.get_by_test_id("stMain").inner_text()
    screenshot(page, "reuse_page")
    open_path(page, f"{planted_url}/reader?article=planted%2Fqd_0312.txt%231")
    line = page.get_by_test_id("stCaptionContainer").filter(has_text="也刊登于")
    assert "新即墨 2026-03-09（来源）" in line.inner_text()
    line.scroll_into_view_if_needed()
    screenshot(page, "reuse_reader_line")
    href = line.get_by_role("link").first.get_attribute("href")  # a Markdown link opens a new tab: follow it here
    assert "article=seeds%2F001_736da492cd51ba95.txt%231" in href
    open_path(page, href if href.startswith("http") else planted_url + href)
    assert page.get_by_test_id("stHeading").filter(has_text="孙杰赴枣庄市山亭区").count() >= 1
