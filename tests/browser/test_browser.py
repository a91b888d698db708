"""The dashboard in real headless Chromium: what only a browser shows."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
from support import screenshot, wait_for_app_run

from jimo_data.views import PAGES as PAGE_LIST

pytestmark = pytest.mark.browser

CHARTS = {
    "overview": 0,
    "timeline": 1,
    "keywords": 1,
    "bylines": 1,
    "officials": 1,
    "projects": 0,
    "reuse": 0,
    "reader": 0,
    "collocates": 1,
}  # plotly charts a page draws
PAGES = {("" if i == 0 else url_path): CHARTS[module] for i, (module, url_path, _) in enumerate(PAGE_LIST)}  # URL path -> charts


def open_path(page, url: str) -> None:
    page.goto(url)
    wait_for_app_run(page)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_renders_with_its_charts(page, app_url, path, lang):
    open_path(page, f"{app_url}/{path}?lang={lang}")
    assert page.get_by_test_id("stException").count() == 0
    assert page.get_by_test_id("stPlotlyChart").count() >= PAGES[path]
    if PAGES[path]:
        # plotly drew real marks, not an empty frame
        page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg")
    if path in ("", "bylines", "officials", "projects", "reader"):
        assert page.get_by_test_id("stDataFrame").count() >= 1
    title = page.locator("h1").first.inner_text()
    assert (title.isascii()) == (lang == "en")
    screenshot(page, f"{path or 'overview'}_{lang}")


def test_word_cloud_is_drawn(page, app_url):
    open_path(page, f"{app_url}/keywords")
    image = page.get_by_test_id("stImage").locator("img").first
    assert image.evaluate("img => img.naturalWidth") >= 800


def test_a_link_with_filters_reproduces_the_view_and_navigation_keeps_it(page, app_url):
    open_path(page, f"{app_url}/reader?official={quote('韩世军')}&from=2023-01-01")
    assert "(2)" in page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()
    screenshot(page, "reader_filtered")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="署名").click()
    wait_for_app_run(page)
    query = parse_qs(urlparse(page.url).query)
    assert urlparse(page.url).path == "/bylines"
    assert query["official"] == ["韩世军"] and query["from"] == ["2023-01-01"]
    assert page.get_by_test_id("stException").count() == 0


def test_a_page_entered_again_from_the_sidebar_keeps_its_own_settings(page, app_url):
    """The sidebar's links carry the filters only: the keywords' terms and measure were lost on coming back (a new user's find)."""
    open_path(page, f"{app_url}/keywords?terms={quote('开工')}&measure=per_10k&from=2023-01-01")
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="概览").click()
    wait_for_app_run(page)
    assert "terms" not in parse_qs(urlparse(page.url).query)
    nav.get_by_role("link", name="关键词").click()
    wait_for_app_run(page)
    query = parse_qs(urlparse(page.url).query)
    assert urlparse(page.url).path == "/keywords"
    assert (query.get("terms"), query.get("measure"), query.get("from")) == (["开工"], ["per_10k"], ["2023-01-01"])
    assert page.get_by_label("关键词（逗号分隔）").input_value() == "开工"


def test_csv_download_equals_the_filtered_table(page, app_url, seeds_corpus):
    open_path(page, f"{app_url}/bylines?from=2026-01-01")
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").first.locator("button").click()
    download = info.value
    assert download.suggested_filename == "jimo_bylines_2026-01-01_to_end.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    credits = seeds_corpus.bylines[seeds_corpus.bylines["date"] >= "2026-01-01"]
    expected = credits.groupby("name")["article_id"].nunique().to_dict()
    assert {row["姓名"]: int(row["文章数"]) for row in rows} == expected


def test_injected_script_in_url_does_not_run(page, app_url):
    payload = "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>"
    open_path(page, f"{app_url}/reader?q={quote(payload)}&byline={quote(payload)}&article={quote(payload)}")
    assert page.evaluate("window.__xss") is None
    assert page.locator("script", has_text="__xss").count() == 0
    assert page.get_by_test_id("stException").count() == 0
    assert page.get_by_test_id("stAlertContentWarning").count() >= 1  # the bad byline is reported
    screenshot(page, "reader_injection")


def test_clicking_an_issue_in_the_timeline_opens_the_reader(page, app_url):
    open_path(page, f"{app_url}/timeline?freq=day")
    bar = page.locator("[data-testid='stPlotlyChart'] .bars path").first
    bar.click(force=True)
    page.wait_for_url("**/reader?**", timeout=30_000)
    wait_for_app_run(page)
    assert "page" in parse_qs(urlparse(page.url).query)
    screenshot(page, "reader_from_timeline")


def test_a_filters_list_offers_its_values_in_the_interface_language(page, app_url):
    """No "Select all" (Streamlit's own words, in English): choosing every official is no filter."""
    open_path(page, f"{app_url}/")
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(1).click()  # 官员: twenty choices
    options = page.get_by_role("option")
    options.first.wait_for()
    texts = options.all_inner_texts()
    assert "孙杰（即墨区）" in texts and not [text for text in texts if "Select" in text], texts
    screenshot(page, "sidebar_official_choices")
