"""Ingest across processes: a killed ingest resumes where it stopped and leaves no
worker behind; two processes loading one folder parse it once."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from paths import SEEDS

from jimo_data import load_corpus

DRIVER = """
import sys
import jimo_data.corpus as corpus

if __name__ == "__main__":
    corpus.SAVE_EVERY_PAGES = int(sys.argv[3])
    loaded = corpus.load_corpus(sys.argv[1], cache_dir=sys.argv[2], workers=int(sys.argv[4]))
    print(loaded.n_parsed, len(loaded.pages), flush=True)
"""


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory):
    """The seeds copied many times, each copy a distinct text."""
    folder = tmp_path_factory.mktemp("many")
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(120):
        seed = seeds[i % len(seeds)]
        (folder / f"{i:03d}_{seed.name}").write_text(seed.read_text("utf-8") + f"\n（本版第{i}次重印）", "utf-8")
    return folder


def start_load(tmp_path: Path, folder: Path, cache: Path, save_every: int, workers: int) -> subprocess.Popen:
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    command = [sys.executable, str(script), str(folder), str(cache), str(save_every), str(workers)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])


def test_a_killed_ingest_resumes_and_its_workers_die(tmp_path, many_pages):
    cache = tmp_path / "cache"
    loader = start_load(tmp_path, many_pages, cache, save_every=10, workers=2)
    deadline = time.monotonic() + 300
    while not list(cache.glob("parser-*/seg-*")) and loader.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = psutil.Process(loader.pid).children(recursive=True)
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    assert workers, "the load should have started worker processes"
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, f"workers outlived their parent: {alive}"

    resumed = load_corpus(many_pages, cache_dir=cache, workers=1)
    assert len(resumed.pages) == 120
    assert 0 < resumed.n_parsed < 120  # what was saved before the kill is not parsed again
    assert (resumed.pages["status"] != "error").all()


def test_two_loads_of_one_folder_parse_it_once(tmp_path, many_pages):
    cache = tmp_path / "cache"
    first = start_load(tmp_path, many_pages, cache, save_every=1000, workers=1)
    second = start_load(tmp_path, many_pages, cache, save_every=1000, workers=1)
    results = [process.communicate(timeout=600)[0].split() for process in (first, second)]
    assert [int(pages) for _, pages in results] == [120, 120]
    assert sorted(int(parsed) for parsed, _ in results) == [0, 120]


def test_a_script_without_a_main_guard_still_loads(tmp_path, many_pages):
    """Its spawned workers run the script's load again while they start: that load must
    fail fast (the parent then parses alone), not wait for the parent's lock."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        f"from jimo_data import load_corpus\nprint(len(load_corpus({str(many_pages)!r}, cache_dir={str(tmp_path / 'c')!r}, workers=2).pages))\n"
    )
    finished = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=Path(__file__).parents[1])
    assert finished.stdout.split()[-1] == "120", finished.stderr[-2000:]
