"""The dashboard's folder watch: a rerun uses a survey at most `fresh_for` seconds old,
taken by the watch thread while reruns keep asking, so the rerun does not walk the
folder itself; a page added shows once that long has passed; an idle watch stops."""

from __future__ import annotations

import threading
import time

import pytest

from jimo_data.views import folder_watch
from jimo_data.views.folder_watch import FolderWatch


@pytest.fixture
def walks(monkeypatch, tmp_path):
    """The name of the thread that took each survey of this test's folder, in order."""
    taken: list[str] = []
    real = folder_watch.survey

    def recorded(path):
        if path == str(tmp_path):  # not an earlier test's watch, still winding down
            taken.append(threading.current_thread().name)
        return real(path)

    monkeypatch.setattr(folder_watch, "survey", recorded)
    return taken


def page_ids(seen) -> list[str]:
    return [found.page_id for found in seen.files.listing.files]


def wait_until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_the_first_ask_walks_and_later_asks_use_the_watch_threads_survey(tmp_path, walks):
    (tmp_path / "a.txt").write_text("一", "utf-8")
    watch = FolderWatch(str(tmp_path), fresh_for=3, idle_after=5)
    first = watch.current()
    assert walks == ["MainThread"]
    assert wait_until(lambda: len(walks) >= 2)  # the thread keeps the survey fresh
    for _ in range(6):
        assert time.monotonic() - watch.current().started < 3
        time.sleep(0.5)
    assert walks.count("MainThread") == 1, walks  # no ask waited for a walk
    assert set(walks[1:]) == {"jimo-folder-watch"}
    assert page_ids(first) == ["a.txt"]


@pytest.mark.parametrize(
    "survey_age, walk_seconds, last_ask, wait, why",
    [
        (0.5, 0.1, 2.0, 2.0, "a fresh survey: walk again once it is half FILES_CHECK_SECONDS old"),
        (2.6, 0.1, 0.2, 0.8, "a rerun asked 0.2 s ago: walk RERUN_SECONDS after its ask, not beside it"),
        (4.0, 0.1, 0.2, 0.175, "the survey cannot wait for the rerun: walk while it is still usable"),
        (4.5, 0.1, 3.0, -2.0, "overdue: walk now"),
        (1.0, 3.0, 0.2, 5.0, "a walk of 3 s: not sooner than 3 s after it ended, whatever the survey's age"),
    ],
)
def test_when_the_watch_walks_next(survey_age, walk_seconds, last_ask, wait, why):
    watch = FolderWatch("unused", fresh_for=5)
    now = 1000.0
    watch._seen = folder_watch.Seen(now - survey_age, None, (), walk_seconds)
    watch._asked = now - last_ask
    assert watch._wait(now) == pytest.approx(wait), why


def test_a_survey_begun_before_a_correction_was_saved_is_not_taken_from_the_thread(tmp_path):
    """It would show the folder without the saved rule for another FILES_CHECK_SECONDS."""
    watch = FolderWatch(str(tmp_path), fresh_for=60, idle_after=3)
    watch.current()
    stale = watch._take()
    (tmp_path / "corrections.toml").write_text("", "utf-8")
    watch.forget()
    watch._offer(stale)  # the thread's walk, begun before the save, ends after it
    assert watch.current().corrections != ()


def test_a_page_added_shows_once_the_survey_is_that_old(tmp_path, walks):
    (tmp_path / "a.txt").write_text("一", "utf-8")
    watch = FolderWatch(str(tmp_path), fresh_for=0.5, idle_after=3)
    before = watch.current()
    (tmp_path / "b.txt").write_text("二", "utf-8")
    time.sleep(0.5)
    after = watch.current()
    assert page_ids(after) == ["a.txt", "b.txt"]
    assert after.files.fingerprint != before.files.fingerprint


def test_a_forgotten_survey_is_taken_again_by_the_next_ask(tmp_path, walks):
    watch = FolderWatch(str(tmp_path), fresh_for=60, idle_after=3)
    watch.current()
    (tmp_path / "corrections.toml").write_text("", "utf-8")
    watch.forget()
    assert watch.current().corrections != ()  # the corrections file's stamp: a saved rule reloads at once
    assert walks == ["MainThread", "MainThread"]


def test_an_idle_watch_stops_walking_and_the_next_ask_walks_itself(tmp_path, walks):
    watch = FolderWatch(str(tmp_path), fresh_for=0.3, idle_after=0.5)
    watch.current()
    assert wait_until(lambda: watch._thread is None)
    done = len(walks)
    time.sleep(0.5)
    assert len(walks) == done  # stopped: an unused dashboard does not walk its folder
    watch.current()
    assert walks[-1] == "MainThread"
