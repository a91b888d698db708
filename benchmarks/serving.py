"""Measures the DuckDB serving path on a benchmark archive's store: open (building the
serving database, then reopening it), a filter and count, a monthly trend, searches,
and the serving process's peak memory. The store is written from the archive's cache
(tests/store_writer.py) when it does not exist yet.

    .venv/bin/python benchmarks/serving.py /tmp/jimo-bench/cache-13600 /tmp/jimo-bench/store-13600
    JIMO_STORE_COPIES=15 .venv/bin/python benchmarks/serving.py /tmp/jimo-bench/cache-13600 /tmp/jimo-bench/store-204000
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]


def make_store(cache: Path, dest: Path) -> None:
    from store_writer import store_from_cache

    segments = max((p for p in cache.glob("parser-*") if p.is_dir()), key=lambda p: sum(f.stat().st_size for f in p.rglob("*")))
    manifest = next((cache / "manifests").glob("*.json"))
    store_from_cache(cache, segments, manifest, dest)


def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM: reset by exec, unlike ru_maxrss,
    which a child started by a large parent inherits)."""
    status = Path("/proc/self/status").read_text()
    return round(int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024)


def timed(what: str, results: dict, run):
    start = time.perf_counter()
    value = run()
    results[what] = round(time.perf_counter() - start, 3)
    return value


def measure(dest: Path, serving_cache: Path) -> dict:
    from jimo_data.filters import Filters
    from jimo_data.serving import open_store

    results: dict = {}
    store = timed("open_warm_s", results, lambda: open_store(dest, cache_dir=serving_cache))
    results["articles"] = store.n_articles
    pub = store.sql("SELECT publication FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").iloc[0, 0]
    filters = Filters(publications=(pub,), date_from=dt.date(2016, 1, 1))
    timed("filter_count_s", results, lambda: store.summary(filters))
    timed("trend_month_s", results, lambda: store.trend(["项目"], "month", filters))
    later = Filters(publications=(pub,), date_from=dt.date(2018, 1, 1))  # a filter change: the word's hits are remembered
    timed("trend_month_after_filter_change_s", results, lambda: store.trend(["项目"], "month", later))
    timed("ranking_officials_s", results, lambda: store.ranking("officials", filters, 50))
    for name, query in (("two_word", "项目 开工"), ("phrase", "高质量发展"), ("one_char", "港")):
        found = timed(f"search_{name}_s", results, lambda q=query: store.query_keys(q))
        results[f"search_{name}_results"] = len(found)
        timed(f"search_{name}_with_hits_s", results, lambda q=query: store.search(q))
    results["peak_rss_mb"] = peak_rss_mb()
    results["database_mb"] = round(store.path.stat().st_size / 2**20)
    results["index_rows"] = int(store.con.execute("SELECT count(*) FROM bigrams").fetchone()[0])
    results["store_mb"] = round(sum(f.stat().st_size for f in dest.rglob("*") if f.is_file()) / 2**20)
    return results


def build(dest: Path, serving_cache: Path) -> dict:
    from jimo_data.serving import open_store

    results: dict = {}
    timed("build_s", results, lambda: open_store(dest, cache_dir=serving_cache))
    results["build_peak_rss_mb"] = peak_rss_mb()
    return results


def main() -> None:
    cache, dest = Path(sys.argv[1]), Path(sys.argv[2])
    if not (dest / "store.json").exists():
        copies = int(os.environ.get("JIMO_STORE_COPIES", "1"))  # > 1: the archive's store that many times over
        single = dest if copies == 1 else dest.with_name(dest.name + "-single")
        if not (single / "store.json").exists():
            make_store(cache, single)
        if copies > 1:
            from store_writer import replicate_store

            replicate_store(single, dest, copies)
    if len(sys.argv) > 3:  # a child: a fresh process, so its peak memory is its step's alone
        step = {"build": build, "measure": measure}[sys.argv[3]]
        print(json.dumps(step(dest, Path(sys.argv[4]))))
        return
    serving_cache = Path(tempfile.mkdtemp(prefix="jimo-serving-"))
    results = {}
    for step in ("build", "measure"):
        out = subprocess.run(
            [sys.executable, __file__, str(cache), str(dest), step, str(serving_cache)], capture_output=True, text=True, check=True
        )
        results |= json.loads(out.stdout.strip().splitlines()[-1])
        sys.stderr.write(out.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    import logging

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
