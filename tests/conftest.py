"""Shared fixtures: the seeds and the real pages loaded once, each test's cache kept out
of the user's.

A test that needs these pages' tables takes `seeds_corpus` or `real_corpus`, and one that
loads a folder of them (a copy, the dashboard, the CLI) loads it with `session_cache`: the
per-file cache is by content, so the pages are parsed once a session. A test parses into a
cache of its own only when the cache, or a first load, is what it checks."""

from __future__ import annotations

import pytest
from paths import SEEDS


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def seeds_corpus(session_cache):
    from jimo_data import load_corpus

    return load_corpus(SEEDS, cache_dir=session_cache)


@pytest.fixture(scope="session")
def real_corpus(session_cache):
    """The real development pages (tests/pages/real), loaded once for the session."""
    from real_pages import REAL_PAGES

    from jimo_data import load_corpus

    return load_corpus(REAL_PAGES, cache_dir=session_cache)


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch, tmp_path_factory):
    """No test writes to the real user cache."""
    monkeypatch.setenv("JIMO_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "env-cache"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`.ci/test` runs `-n auto --dist loadgroup`), the browser tests
    all go to one worker, one after another, while the other workers share the rest
    test by test: each browser test already keeps a server and Chromium busy, and two at
    once on two cores would only stretch the explicit waits toward their limits.
    (Keeping each module in one worker, to build its module fixtures once, balanced
    worse: docs/testing.md.) It runs first: xdist's own hook of the same name reads the
    groups into the test ids, and a group marked after it is not one (whether it is:
    tests/browser/test_grouping.py)."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture
def deferred_downloads(monkeypatch):
    """The data callables of the download buttons, by file name: the dashboard builds a
    CSV only when it is clicked, so the test calls what a click would."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    made = {}
    original = MediaFileManager.add_deferred

    def recording(self, callable_, mimetype, coordinates, file_name=None, **args):
        made[file_name] = callable_
        return original(self, callable_, mimetype, coordinates, file_name=file_name, **args)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    return made
