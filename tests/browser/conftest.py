"""One Streamlit server and one headless Chromium for the browser tests, with explicit
waits (after Streamlit's own e2e_playwright/conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from support import ARTIFACTS, screenshot

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The seeds' and the real pages' servers read the session's cache, where `seeds_corpus`
# and `real_corpus` parsed them for the other tests too: served from its snapshot, as
# after any first load.
@pytest.fixture(scope="session")
def app_url(tmp_path_factory, seeds_corpus, session_cache):
    yield from serve(seeds_corpus.root, tmp_path_factory, session_cache)


@pytest.fixture(scope="session")
def real_pages_url(tmp_path_factory, real_corpus, session_cache):
    """The dashboard over the real development pages: many undated, some of no known publication."""
    yield from serve(real_corpus.root, tmp_path_factory, session_cache)


def serve(corpus: Path, tmp_path_factory, cache: Path | None = None):
    """A Streamlit server of the dashboard over `corpus` (its cache `cache`, else a new
    one): yields its URL, stops it after."""
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    cache = cache or tmp_path_factory.mktemp("browser-cache")
    env = {**os.environ, "JIMO_CORPUS": str(corpus), "JIMO_CACHE_DIR": str(cache)}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(REPO / "dashboard.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    with open(log, "w") as out:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, server, log)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def wait_for_health(url: str, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"streamlit did not become healthy:\n{log.read_text()}")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run `bash .ci/setup --browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
    return report


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    if getattr(request.node, "call_failed", False):
        keep_what_the_page_showed(page, request.node.name)
    context.close()


def keep_what_the_page_showed(page, name: str) -> None:
    """A failed test leaves its page's screenshot and text beside the others' screenshots,
    for a failure seen only in CI."""
    try:
        screenshot(page, f"failed-{name}")
        (ARTIFACTS / f"failed-{name}.txt").write_text(page.inner_text("body"), encoding="utf-8")
    except Exception as error:  # the page may be what broke: the test's own error says more
        print(f"no artifacts for {name}: {error}")
