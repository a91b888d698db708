"""The reprints toggle and page in Chromium, over the seeds (which hold no reprints: the
planted ones are tested through AppTest in tests/test_reuse.py)."""

from __future__ import annotations

import pytest
from support import screenshot, wait_for_app_run

pytestmark = pytest.mark.browser
TOGGLE = "不含转载（同一稿件的后续刊登）"


def result_heading(page) -> str:
    return page.get_by_test_id("stHeading").filter(has_text="检索结果").first.inner_text()


def test_the_sidebar_toggle_writes_reprints_exclude_and_a_link_sets_it(page, app_url):
    page.goto(f"{app_url}/reader")
    wait_for_app_run(page)
    sidebar = page.get_by_test_id("stSidebar")
    before = result_heading(page)
    sidebar.get_by_text(TOGGLE).click()
    wait_for_app_run(page)
    assert "reprints=exclude" in page.url
    assert result_heading(page) == before  # the seeds hold no copy: nothing is left out
    page.goto(f"{app_url}/reuse?reprints=exclude")
    wait_for_app_run(page)
    toggle = page.get_by_test_id("stSidebar").get_by_test_id("stCheckbox").filter(has_text=TOGGLE)
    assert toggle.locator("input").is_checked()
    assert "0 组转载，0 篇转载稿。" in page.get_by_test_id("stMain").inner_text()
    screenshot(page, "reuse_page_seeds")
