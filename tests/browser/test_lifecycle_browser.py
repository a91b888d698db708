"""The projects' lifecycle chart and the office holders as a browser shows them (seeds)."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect
from support import grid_of, grid_text, screenshot, wait_for_app_run

from jimo_data.analysis import (
    latest_projects,
    office_holders,
    offices_by_holders,
    officials_timeline,
    project_names,
    stage_events,
    with_project_names,
)

pytestmark = pytest.mark.browser


def dated_events(corpus) -> int:
    """The marks the chart owes: the seeds' dated stage events of the projects it draws,
    from the functions the page calls."""
    mentions = with_project_names(corpus.projects, project_names(corpus.projects["name"]))
    events = stage_events(mentions).dropna(subset=["date"])
    drawn, _ = latest_projects(events)
    return int(events["name"].isin(drawn).sum())


def test_the_lifecycle_chart_draws_a_mark_per_stage_event(page, app_url, seeds_corpus):
    page.goto(f"{app_url}/projects?status=%E5%BC%80%E5%B7%A5")  # status=开工
    wait_for_app_run(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.locator(".main-svg").first.wait_for()
    assert (
        chart.locator(".scatterlayer .point").count() == 3
    )  # the seeds' three projects reported at 开工 (a work report's targets are none)
    assert "开工" in chart.locator(".legend").text_content()
    chart.scroll_into_view_if_needed()
    screenshot(page, "projects_lifecycle_started")
    page.goto(f"{app_url}/projects?lang=en")
    wait_for_app_run(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.locator(".main-svg").first.wait_for()
    legend = chart.locator(".legend").text_content()
    assert "construction started" in legend and "under construction" in legend
    assert chart.locator(".scatterlayer .point").count() == dated_events(seeds_corpus)
    screenshot(page, "projects_lifecycle_en")
    # The table's stages: the parser's word, its English after it.
    text = grid_text(grid_of(page, "Latest status"), "(under construction)")
    assert "建设 (under construction)" in text and "落地 (settled)" in text
    screenshot(page, "projects_table_en")


def test_the_office_holders_of_the_district_secretary(page, app_url):
    page.goto(f"{app_url}/officials")
    wait_for_app_run(page)
    page.get_by_role("combobox", name="职务", exact=True).click()  # not the correction form's row chooser
    page.keyboard.type("即墨区委书记")
    page.keyboard.press("Enter")
    wait_for_app_run(page)
    text = grid_text(grid_of(page, "首次提及文章"), "孙杰")
    assert text.index("韩世军") < text.index("孙杰")  # in order of office
    assert "2026-03-09" in text and "2026-04-03" in text
    screenshot(page, "officials_holders")


def test_the_office_box_shows_the_office_of_the_person_ticked(page, app_url, seeds_corpus):
    """Ticking a person shows an office of theirs with its holders; the box must say which
    (a value dropped from the session left the last office's label shown)."""
    page.goto(f"{app_url}/officials")
    wait_for_app_run(page)
    box = page.get_by_role("combobox", name="职务", exact=True)  # the office shown is the input's value
    before = box.input_value()

    holders = office_holders(seeds_corpus.officials)

    def offered_for(name):
        return [office for office in offices_by_holders(holders) if office in set(holders.loc[holders["name"] == name, "office"])]

    # The table lists the most mentioned first: tick the first person of its first rows who
    # held a listed office (one with a place), never the office shown.
    rows = officials_timeline(seeds_corpus.officials).sort_values(["n_mentions", "name"], ascending=[False, True], kind="stable")
    row = next(i for i, name in enumerate(rows["name"].head(8)) if offered_for(name) and before not in offered_for(name))
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + 35 * (row + 1) + 17)  # the row's tick box (rows 35 px high, under the heading)
    wait_for_app_run(page)
    name = unquote(re.search(r"official=([^&]+)", page.url)[1])
    assert name == rows["name"].iloc[row]
    offered = offered_for(name)
    assert before not in offered, "the office shown first is none of the new choices"
    # The tick sets the filter and reruns once more: wait for the box, not for a fixed time
    # (CI's loaded machine once read it between the two runs).
    expect(box).to_have_value(offered[0], timeout=15_000)
    screenshot(page, "officials_office_box_follows_the_tick")
