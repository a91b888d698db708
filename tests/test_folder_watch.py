"""The dashboard's folder watch: a rerun uses a survey at most `fresh_for` seconds old,
taken by the watch thread while reruns keep asking, so the rerun does not walk the
folder itself; a page added shows once that long has passed; an idle watch stops."""

from __future__ import annotations

import threading
import time

import pytest

from jimo_data.views import folder_watch
from jimo_data.views.folder_watch import FolderWatch


class Walks(list):
    """The name of the thread that took each survey of this test's folder, in order,
    and when each began."""

    started: list[float]


@pytest.fixture
def walks(monkeypatch, tmp_path):
    taken = Walks()
    taken.started = []
    real = folder_watch.survey

    def recorded(path):
        if path == str(tmp_path):  # not an earlier test's watch, still winding down
            taken.append(threading.current_thread().name)
            taken.started.append(time.monotonic())
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


def test_the_watch_does_not_walk_while_a_rerun_is_likely_running(tmp_path, walks):
    """A walk beside a rerun slows it down (both need the interpreter): the thread
    walks RERUN_SECONDS after the last ask, when the survey can wait that long."""
    watch = FolderWatch(str(tmp_path), fresh_for=4, idle_after=5)
    asked = []
    for _ in range(7):  # a walk every 3 s, ignoring the asks, would start 0.6 s after the third
        asked.append(time.monotonic())
        watch.current()
        time.sleep(1.2)
    by_thread = [at for name, at in zip(walks, walks.started) if name == "jimo-folder-watch"]
    assert len(by_thread) >= 2
    for at in by_thread:
        last_ask = max(t for t in asked if t <= at)
        assert at - last_ask >= folder_watch.RERUN_SECONDS - 0.01
    assert walks.count("MainThread") == 1


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
    assert wait_until(lambda: not watch._thread.is_alive())
    done = len(walks)
    time.sleep(0.5)
    assert len(walks) == done  # stopped: an unused dashboard does not walk its folder
    watch.current()
    assert walks[-1] == "MainThread"
