"""The dashboard over a Parquet store, in Chromium: served from a store written from the
seeds (JIMO_CORPUS naming a folder with store.json), the overview's figures and chart,
a ranking and a search render in Chinese."""

from __future__ import annotations

import re

import pytest
from conftest import serve
from paths import SEEDS
from store_writer import write_store
from support import grid_text, screenshot, wait_for_app_run

from jimo_data import load_corpus
from jimo_data.analysis import parse_query, query_mask
from jimo_data.ingest.files import discover, hash_files
from jimo_data.ingest.store import CacheStore

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return load_corpus(SEEDS, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def store_url(tmp_path_factory, corpus):
    cache = tmp_path_factory.mktemp("store-cache")
    load_corpus(SEEDS, cache_dir=cache)
    root, files, _ = discover(SEEDS)
    state = hash_files(files, {})
    dest = write_store(tmp_path_factory.mktemp("store") / "store", state.hashes, state.unreadable, CacheStore(cache, root).segments.read())
    yield from serve(dest, tmp_path_factory)


def open_path(page, url: str) -> None:
    page.goto(url)
    wait_for_app_run(page)


def test_the_overview_and_a_ranking_of_a_store_render_in_chinese(page, store_url, corpus):
    open_path(page, f"{store_url}/")
    assert page.get_by_test_id("stMain").get_by_test_id("stHeading").first.inner_text() == "概览"
    values = [int(v) for v in page.get_by_test_id("stMetricValue").all_inner_texts()]
    assert values[0] == len(corpus.pages)
    assert page.locator("[data-testid='stPlotlyChart'] .bars path").count() > 0  # articles per month
    assert "数据仓库不提供以下页面" in page.get_by_test_id("stAlert").last.inner_text()
    nav = page.get_by_test_id("stSidebarNav").inner_text()
    assert "官员" in nav and "搭配" not in nav
    screenshot(page, "store_overview")

    open_path(page, f"{store_url}/officials")
    assert "孙杰" in grid_text(page.get_by_test_id("stDataFrame").first, "孙杰")
    screenshot(page, "store_officials")


def test_a_query_in_the_sidebar_lists_the_articles_found(page, store_url, corpus):
    query = "项目 开工"
    expected = int(query_mask(parse_query(query), corpus.articles, corpus.bylines).sum())
    open_path(page, f"{store_url}/reader")
    box = page.get_by_test_id("stSidebar").get_by_role("textbox").first
    box.fill(query)
    box.press("Enter")
    wait_for_app_run(page)
    heading = page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()
    assert int(re.search(r"\((\d+)\)", heading).group(1)) == expected
    assert "q=" in page.url
    screenshot(page, "store_reader_query")
