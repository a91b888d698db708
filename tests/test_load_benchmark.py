"""The load benchmark's safety rule and the server-side record it reads. (The benchmark
itself is not a test: with Chromium it takes over a minute even at two sessions.)"""

from __future__ import annotations

import sys

import pytest
from paths import REPO
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(REPO / "benchmarks"))
from load_sessions import require_loopback, server_runs  # noqa: E402


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("http://127.0.0.1:8501", True),
        ("http://localhost:8501", True),
        ("http://[::1]:8501", True),
        ("http://127.8.9.10:8501", True),  # all of 127.0.0.0/8 is this machine
        ("http://0.0.0.0:8501", False),  # every interface: not "this machine only"
        ("http://10.0.0.5:8501", False),
        ("http://192.168.1.20", False),
    ],
)
def test_only_a_server_on_this_machine_is_driven(url, allowed):
    if allowed:
        require_loopback(url)
    else:
        with pytest.raises(SystemExit, match="not a loopback address"):
            require_loopback(url)


def test_the_dashboard_logs_each_run_only_when_asked(monkeypatch, tmp_path, session_cache):
    log = tmp_path / "runs.tsv"
    monkeypatch.setenv("JIMO_CORPUS", str(REPO / "seeds"))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    assert not log.exists()
    monkeypatch.setenv("JIMO_RUN_LOG", str(log))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    at.switch_page("jimo_data/views/reader.py").run()
    runs = server_runs(log, since=0)
    assert [run["page"] for run in runs] == ["overview", "reader"]
    assert all(run["wall"] >= run["cpu"] >= 0 for run in runs)
