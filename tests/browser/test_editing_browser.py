"""Editing from the officials and projects pages, in Chromium, on a copy of the seeds: an
office saved and projects merged are still there after a reload; a read-only folder
gives the message and changes nothing."""

from __future__ import annotations

import shutil
from urllib.parse import quote

import pytest
from conftest import serve
from paths import SEEDS
from support import click_to_save, grid_of, grid_text, screenshot, wait_for_app_run
from test_cache_faults import make_read_only  # noqa: F401  (a fixture)

from jimo_data.corrections import CORRECTIONS_FILE

pytestmark = pytest.mark.browser
SHORT, LONG = "三菱重工海尔空调机", "三菱重工海尔空调机三期扩建项目"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    copy = tmp_path_factory.mktemp("edited") / "pages"
    shutil.copytree(SEEDS, copy)
    return copy


@pytest.fixture(scope="module")
def url(folder, tmp_path_factory):
    yield from serve(folder, tmp_path_factory)


def open_official_form(page, url: str, name: str):
    # The search keeps the table short, the person's row in view (the grid draws what is in sight).
    page.goto(f"{url}/officials?official={quote(name)}&q={quote(name)}")
    wait_for_app_run(page)
    page.get_by_text("更正官员的职务").click()
    return page.get_by_test_id("stForm")


SAVED = "已保存到 corrections.toml"


def written(folder) -> bytes | None:
    """The folder's corrections file, None when there is none (this test may run alone)."""
    path = folder / CORRECTIONS_FILE
    return path.read_bytes() if path.exists() else None


def test_an_office_saved_on_the_officials_page_is_still_there_after_a_reload(page, url, folder):
    form = open_official_form(page, url, "张宏业")
    form.get_by_label("职务", exact=True).fill("即墨区委副书记")
    assert "官员规则 1；官员规则 2" in click_to_save(page, form.get_by_role("button", name="保存职务和辖区"), SAVED).inner_text()
    page.reload()
    wait_for_app_run(page)
    shown = grid_text(grid_of(page, "张宏业"), "即墨区委副书记")
    assert "即墨区委副书记" in shown and "官员规则 1；官员规则 2" in shown and "即墨区区长" not in shown
    screenshot(page, "editing_officials_saved")
    assert 'office = "即墨区委副书记"' in (folder / CORRECTIONS_FILE).read_text(encoding="utf-8")


def choose(page, label: str, *names: str, clear: bool = False) -> None:
    field = page.get_by_test_id("stMultiSelect" if clear else "stSelectbox").filter(has_text=label).locator("input")
    field.click()
    if clear:  # the chosen project is there by default
        page.keyboard.press("Backspace")
    for name in names:
        page.keyboard.type(name)
        page.keyboard.press("Enter")
        wait_for_app_run(page)  # each choice reruns the page: typing on would race it
    page.keyboard.press("Escape")
    wait_for_app_run(page)


def test_projects_merged_on_the_projects_page_are_one_row_after_a_reload(page, url):
    page.goto(f"{url}/projects?q={quote(SHORT)}")  # the sidebar's search keeps the articles naming them
    wait_for_app_run(page)
    assert grid_text(grid_of(page, LONG), LONG).count(SHORT) == 2  # two rows before
    page.get_by_text("合并、拆分或删除项目").click()
    choose(page, "要合并的项目", SHORT, LONG, clear=True)
    choose(page, "保留的名称", LONG)
    chosen = page.get_by_test_id("stMultiSelect").filter(has_text="要合并的项目").inner_text()
    assert SHORT in chosen and LONG in chosen
    screenshot(page, "editing_projects_form")
    assert "合并规则 1" in click_to_save(page, page.get_by_role("button", name="合并", exact=True), SAVED).inner_text()
    page.reload()
    wait_for_app_run(page)
    grid = grid_of(page, LONG)
    grid_text(grid, "合并规则 1")  # waits for the grid to show the merged row
    rows = grid.locator("table tbody tr").filter(has_text=SHORT)
    assert rows.count() == 1 and "合并规则 1" in rows.first.text_content()  # one row naming both, marked
    screenshot(page, "editing_projects_merged")


def test_a_read_only_folder_gives_the_message_and_changes_nothing(page, url, folder, make_read_only):  # noqa: F811
    before = written(folder)
    make_read_only(folder)
    form = open_official_form(page, url, "孙杰")
    form.get_by_label("辖区", exact=True).fill("青岛市")
    error = click_to_save(page, form.get_by_role("button", name="保存职务和辖区"), "无法保存")
    assert "未作任何更改：语料文件夹" in error.inner_text() and "不可写" in error.inner_text()
    error.scroll_into_view_if_needed()
    screenshot(page, "editing_read_only")
    assert written(folder) == before
