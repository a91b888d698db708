"""Explicit waits and screenshots for the browser tests."""

from __future__ import annotations

import warnings
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def wait_for_app_run(page) -> None:
    """Until the script has run to the end and nothing is left loading."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
    page.wait_for_timeout(250)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    page.wait_for_function("document.querySelectorAll(\"[data-testid='stSkeleton']\").length === 0")
    page.wait_for_timeout(300)


def click_to_save(page, button, said: str):
    """Click a button that saves (a correction) and wait for the message containing
    `said`; the message. Now and then (a few clicks in a hundred, more on a loaded
    machine) Streamlit's frontend sends nothing for such a click: no websocket frame
    follows it, no run starts, the server is idle (docs/testing.md). Such a click changed
    nothing and said nothing, so it is made once more, with a warning in the test run's
    summary; a click that said anything is never repeated."""
    alerts = page.get_by_test_id("stAlert")
    message = alerts.filter(has_text=said)
    before = alerts.count()
    for attempt in (1, 2):
        button.click()
        wait_for_app_run(page)
        try:
            message.wait_for(timeout=10_000)
            return message
        except PlaywrightTimeout:
            if attempt == 2 or alerts.count() != before:  # the click ran and said something else: that is the failure
                raise
            warnings.warn(f"a click to save started no run; clicked once more ({button})", stacklevel=2)  # in the run's summary


def grid_of(page, has_text: str):
    """The first table (`stDataFrame`) holding `has_text`."""
    return page.get_by_test_id("stDataFrame").filter(has_text=has_text).first


def grid_text(grid, showing: str) -> str:
    """The text of a table (`stDataFrame`) once it shows `showing`: the grid fills its
    accessible copy of the canvas only when in view, a moment after it is drawn."""
    grid.scroll_into_view_if_needed()
    table = grid.locator("table")
    expect(table).to_contain_text(showing)
    return table.text_content()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
