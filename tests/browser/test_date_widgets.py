"""The date filters' calendars in Chromium: they open among the pages served (the seeds
end in April 2026), not on today's month years past the archive."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from support import screenshot, wait_for_app_run

pytestmark = pytest.mark.browser


def test_the_end_dates_calendar_opens_on_the_last_pages_month(page, app_url):
    page.goto(f"{app_url}/reader")
    wait_for_app_run(page)
    to_date = page.get_by_test_id("stSidebar").get_by_test_id("stDateInput").nth(1)
    to_date.locator("button").first.click(force=True)  # the calendar button beside the field
    calendar = page.get_by_role("dialog")
    expect(calendar).to_contain_text("2026年4月")  # the month shown (today's would be 2026年12月)
    screenshot(page, "date_calendar_to")
