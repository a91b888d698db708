"""Sessions share work: two readers on the same filters filter once and get the same
tables; a filter of another session or another corpus is never served in their place."""

from __future__ import annotations

import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest

from jimo_data.views import context, page_script


@pytest.fixture(autouse=True)
def _seeds(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))


def session(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page_script(page)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def selection(at: AppTest):
    return at.session_state["_context"].selection


def test_two_sessions_on_the_same_filters_share_one_selection_and_one_officials_table():
    first, second = session("officials", q="项目"), session("officials", q="项目")
    assert selection(first) is selection(second)
    assert sum(1 for key in context._memo["officials_timeline"] if "项目" in repr(key)) == 1


def test_a_session_on_other_filters_gets_its_own_rows():
    narrow, wide = session("officials", q="项目"), session("officials")
    assert len(selection(narrow).listing) < len(selection(wide).listing)
    assert selection(narrow).filters.query == "项目" and selection(wide).filters.query == ""


def test_the_language_does_not_filter_again_but_the_labels_follow_it():
    chinese, english = session("officials", q="项目"), session("officials", q="项目", lang="en")
    assert selection(chinese) is selection(english)
    assert chinese.title[0].value != english.title[0].value


def test_a_new_corpus_empties_what_was_kept_for_the_old_one(monkeypatch, tmp_path):
    session("officials", q="项目")
    folder = tmp_path / "one_page"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    other = session("officials", q="项目")
    assert set(selection(other).listing["page_id"]) <= {"a.txt"}
