"""The reader's downloads of the articles with their text, clicked in Chromium."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from support import screenshot, wait_for_app_run

from jimo_data.analysis import reading_list
from jimo_data.filters import parse_params, select

pytestmark = pytest.mark.browser


def test_the_excel_download_holds_the_listed_articles_with_their_text(page, app_url, seeds_corpus):
    page.goto(f"{app_url}/reader?q={quote('项目')}")
    wait_for_app_run(page)
    button = page.get_by_test_id("stDownloadButton").filter(has_text="全文 Excel")
    heading = page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()
    screenshot(page, "reader_downloads")
    with page.expect_download() as info:
        button.locator("button").click()
    download = info.value
    assert download.suggested_filename == "jimo_articles_text_q-项目.xlsx"
    rows = pd.read_excel(Path(download.path()), dtype=str, keep_default_na=False)
    selection = select(seeds_corpus, parse_params({"q": ["项目"]}, seeds_corpus).filters)
    listed = reading_list(seeds_corpus, selection.listing)["article_id"]
    assert f"({len(rows)})" in heading and f"（{len(rows)} 篇）" in button.inner_text()
    # Excel, which people open, names its columns in the interface language
    assert rows["文章编号"].tolist() == listed.tolist()
    bodies = seeds_corpus.articles.set_index("article_id")["body"]
    assert rows["正文"].tolist() == bodies[listed].tolist()
    assert all("项目" in text for text in rows["标题"] + rows["副题"] + rows["引题"] + rows["正文"])


def test_a_tables_reader_links_open_from_the_downloaded_csv(page, app_url):
    """A CSV's reader links were `/reader?…`, which no spreadsheet opens (a new user's find): they name the app."""
    page.goto(f"{app_url}/projects")
    wait_for_app_run(page)
    linked = []
    for button in page.get_by_test_id("stDownloadButton").all():
        with page.expect_download() as info:
            button.locator("button").click()
        rows = pd.read_csv(Path(info.value.path()), dtype=str, keep_default_na=False, encoding="utf-8-sig")
        linked += [value for column in rows for value in rows[column] if "reader?" in value]
    assert linked and all(value.startswith(f"{app_url}/reader?") for value in linked), linked[:3]
