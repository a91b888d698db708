"""Correcting from the reader, in Chromium, on a copy of the seeds: a date and tags saved
are still there after a reload; a read-only folder gives the message and changes nothing."""

from __future__ import annotations

import shutil
from urllib.parse import quote

import pytest
from conftest import serve
from paths import SEEDS
from support import click_to_save, screenshot, wait_for_app_run
from test_cache_faults import make_read_only  # noqa: F401  (a fixture)

from jimo_data.corrections import CORRECTIONS_FILE

pytestmark = pytest.mark.browser
ARTICLE = "000_a890f07f6fb61a4e.txt#3"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    copy = tmp_path_factory.mktemp("corrected") / "pages"
    shutil.copytree(SEEDS, copy)
    return copy


@pytest.fixture(scope="module")
def url(folder, tmp_path_factory):
    yield from serve(folder, tmp_path_factory)


def open_form(page, url: str):
    page.goto(f"{url}/reader?article={quote(ARTICLE)}")
    wait_for_app_run(page)
    page.get_by_text("更正或加笔记").click()
    return page.get_by_test_id("stForm")


def test_a_saved_correction_is_still_there_after_a_reload(page, url, folder):
    form = open_form(page, url)
    form.get_by_label("本版刊物", exact=True).fill("青岛日报")
    form.get_by_label("标签", exact=True).fill("to quote, 土地出让")
    assert "页面规则 1" in click_to_save(page, form.get_by_role("button", name="保存"), "已保存到 corrections.toml").inner_text()
    page.reload()
    wait_for_app_run(page)
    main = page.get_by_test_id("stMain")
    assert "已按 corrections.toml 更正：页面规则 1" in main.inner_text()
    assert "标签：to quote、土地出让" in main.inner_text()
    main.get_by_text("已按 corrections.toml 更正").scroll_into_view_if_needed()
    screenshot(page, "corrections_reader_saved")
    assert 'publication = "青岛日报"' in (folder / CORRECTIONS_FILE).read_text(encoding="utf-8")


def test_a_read_only_folder_gives_the_message_and_changes_nothing(page, url, folder, make_read_only):  # noqa: F811
    before = (folder / CORRECTIONS_FILE).read_bytes() if (folder / CORRECTIONS_FILE).exists() else None
    make_read_only(folder)
    form = open_form(page, url)
    form.get_by_label("笔记", exact=True).fill("区长讲话")
    error = click_to_save(page, form.get_by_role("button", name="保存"), "无法保存")
    assert "未作任何更改：语料文件夹" in error.inner_text() and "不可写" in error.inner_text()
    error.scroll_into_view_if_needed()
    screenshot(page, "corrections_reader_read_only")
    after = (folder / CORRECTIONS_FILE).read_bytes() if (folder / CORRECTIONS_FILE).exists() else None
    assert after == before
