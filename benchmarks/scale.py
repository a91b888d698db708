"""Province scale: the store path from 1,000 to 200,000 pages. `jimo ingest` parses an
archive on Dask into a Parquet store, DuckDB serves it, the dashboard opens it; every
figure is also a ratio to the plain-jieba floor measured in the same run.

    .venv/bin/python benchmarks/make_archive.py 200000 /tmp/jimo-bench/archive-200000-6papers --papers 6 --years 20
    .venv/bin/python benchmarks/scale.py /tmp/jimo-bench/archive-1000-3papers /tmp/jimo-bench/archive-13600-3papers \\
        /tmp/jimo-bench/archive-200000-6papers

Per archive, each step in a fresh process:
- floor: plain `jieba.lcut` in one process over a sample of at most SAMPLE_PAGES pages
  (every k-th page), scaled to the archive's bytes (the whole floor of 200,000 pages
  would take most of an hour and says nothing more);
- local loader: `load_corpus` over the same sample, empty cache: its CPU seconds per page
  (every process), the rate the Dask ingest is compared with;
- ingest: `jimo ingest ARCHIVE --store STORE --workers N`: wall time, CPU seconds of
  every process, peak memory (sampled: the largest process, and all of them together);
- build: the serving database built from the store (`serving.open_store`, first time);
- queries: `benchmarks/serving.py`'s measurements (search, filter and count, trend);
- dashboard: `AppTest` over the store (JIMO_STORE): every page's opening and its rerun
  after an official filter and after a text query, server time; the process's peak RSS.

The figures go to docs/benchmarks-scale.json and the section "Province scale" of
docs/benchmarks.md (`--no-docs` prints only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]

DOC = REPO / "docs" / "benchmarks.md"
FIGURES = REPO / "docs" / "benchmarks-scale.json"
PLOT = REPO / "docs" / "images" / "scale.png"
HEADING = "## Province scale: the store path"
SAMPLE_PAGES = 4000
WORKERS = 2  # this machine's cores
TWO_WORDS = "项目 开工"


# -- children: one measurement each, in a fresh process --------------------------------
def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM: reset by exec, unlike ru_maxrss)."""
    status = Path("/proc/self/status").read_text()
    return round(int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024)


def child_floor(sample: Path) -> dict:
    import jieba

    texts = [p.read_text("utf-8") for p in sorted(sample.rglob("*.txt"))]
    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return {"seconds": time.perf_counter() - start, "pages": len(texts), "bytes": sum(len(t.encode()) for t in texts)}


def child_local(sample: Path) -> dict:
    from jimo_data import load_corpus

    cache = Path(tempfile.mkdtemp(prefix="jimo-scale-local-"))
    try:
        before = cpu_seconds()
        start = time.perf_counter()
        corpus = load_corpus(sample, cache_dir=cache)
        return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - before, "pages": len(corpus.pages)}
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def child_dashboard(store: Path, cache: Path) -> dict:
    from streamlit.testing.v1 import AppTest

    from jimo_data.filters import FILTERS
    from jimo_data.views import page_script
    from jimo_data.views.served import STORE_PAGES
    from jimo_data.views.state import widget_key

    widget = {f.key: widget_key(f) for f in FILTERS}
    os.environ["JIMO_STORE"], os.environ["JIMO_CACHE_DIR"] = str(store), str(cache)
    os.environ.pop("JIMO_CORPUS", None)
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=1200)
    first = timed_run(at.run)
    official = most_mentioned_official(store, cache)
    pages = {}
    for page, _, _ in STORE_PAGES:
        opened = timed_run(lambda p=page: at.switch_page(page_script(p)).run())
        filtered = timed_run(lambda: at.sidebar.multiselect(key=widget["official"]).set_value([official]).run())
        queried = timed_run(lambda: at.sidebar.text_input(key=widget["q"]).set_value(TWO_WORDS).run())
        at.sidebar.multiselect(key=widget["official"]).set_value([]).run()
        at.sidebar.text_input(key=widget["q"]).set_value("").run()
        pages[page] = {"open": opened, "filter": filtered, "query": queried, "errors": [e.message for e in at.exception]}
    return {"first_run": first, "official": official, "pages": pages, "rss_mb": peak_rss_mb()}


def most_mentioned_official(store: Path, cache: Path) -> str:
    from jimo_data.serving import open_store

    served = open_store(store, cache_dir=cache)
    try:
        return served.ranking("officials", None, 1)["name"].iloc[0]
    finally:
        served.close()


def timed_run(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# -- the parent: steps in fresh processes --------------------------------------------
def run_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class MemorySampler(threading.Thread):
    """The resident memory of a process tree, sampled: the largest single process and
    the sum of all, at their peaks."""

    def __init__(self, pid: int, every: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.every, self.largest_mb, self.total_mb = pid, every, 0.0, 0.0
        self.finished = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.finished.is_set():
            try:
                root = psutil.Process(self.pid)
                tree = [root, *root.children(recursive=True)]
                sizes = [p.memory_info().rss / 2**20 for p in tree]
            except psutil.Error:
                sizes = []
            if sizes:
                self.largest_mb, self.total_mb = max(self.largest_mb, max(sizes)), max(self.total_mb, sum(sizes))
            self.finished.wait(self.every)


def ingest(folder: Path, store: Path, cache: Path) -> dict:
    """`jimo ingest` into a new store, its wall and CPU time and its memory."""
    shutil.rmtree(store, ignore_errors=True)
    before = cpu_seconds()
    start = time.perf_counter()
    env = {**os.environ, "JIMO_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "jimo_data", "ingest", str(folder), "--store", str(store), "--workers", str(WORKERS)]
    with subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        sampler = MemorySampler(process.pid)
        sampler.start()
        out, err = process.communicate()
        sampler.finished.set()
    if process.returncode != 0:
        raise RuntimeError(f"jimo ingest failed:\n{err[-3000:]}")
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": cpu_seconds() - before,
        "largest_process_mb": round(sampler.largest_mb),
        "all_processes_mb": round(sampler.total_mb),
        "summary": out.strip().splitlines()[-1] if out.strip() else "",
    }


def sample_folder(folder: Path, work: Path) -> Path:
    """Every k-th page of the archive (hard links), at most SAMPLE_PAGES of them."""
    pages = sorted(folder.rglob("*.txt"))
    step = max(1, -(-len(pages) // SAMPLE_PAGES))
    sample = work / f"sample-{folder.name}"
    shutil.rmtree(sample, ignore_errors=True)
    for page in pages[::step]:
        target = sample / page.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(page, target)
    return sample


def serving_measurements(store: Path, cache: Path) -> dict:
    """Build, then queries, each a fresh process (benchmarks/serving.py)."""
    results = {}
    for step in ("build", "measure"):
        done = subprocess.run(
            [sys.executable, str(REPO / "benchmarks" / "serving.py"), "-", str(store), step, str(cache)],
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        if done.returncode != 0:
            raise RuntimeError(f"serving {step} failed:\n{done.stderr[-3000:]}")
        results |= json.loads(done.stdout.strip().splitlines()[-1])
    return results


def measure(folder: Path, work: Path, again: bool) -> dict:
    """Every step's figures for one archive. Each step's result is kept in the work
    folder as it ends, so a run stopped after the hour-long ingest of 200,000 pages
    resumes at the next step (`--again` measures everything anew)."""
    progress = work / f"scale-{folder.name}.json"
    row = {} if again or not progress.exists() else json.loads(progress.read_text("utf-8"))
    store, cache = work / f"store-{folder.name}", work / f"scale-cache-{folder.name}"

    def step(name: str, run) -> None:
        if name not in row:
            print(f"  {name} …", file=sys.stderr, flush=True)
            row[name] = run()
            progress.write_text(json.dumps(row, ensure_ascii=False), "utf-8")

    if "pages" not in row:
        pages = sorted(folder.rglob("*.txt"))
        row.update(archive=folder.name, pages=len(pages), mb=sum(p.stat().st_size for p in pages) / 1e6)
        row["measured"] = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"
        shutil.rmtree(cache, ignore_errors=True)
    sample = sample_folder(folder, work)
    step("floor", lambda: run_child("floor", str(sample)))
    row["floor_seconds"] = row["floor"]["seconds"] * row["mb"] * 1e6 / row["floor"]["bytes"]
    step("local", lambda: run_child("local", str(sample)))
    shutil.rmtree(sample, ignore_errors=True)
    step("ingest", lambda: ingest(folder, store, cache))
    step("serving", lambda: serving_measurements(store, cache))
    step("dashboard", lambda: run_child("dashboard", str(store), str(cache)))
    return row


# -- the section of docs/benchmarks.md -------------------------------------------------
def ratio(seconds: float, row: dict) -> str:
    return (
        f"{seconds:.2f} ({seconds / row['floor_seconds']:.4f})" if seconds < 10 else f"{seconds:.0f} ({seconds / row['floor_seconds']:.2f})"
    )


def rate_per_core(row: dict) -> tuple[float, float]:
    """Pages per CPU second: the Dask ingest's, the local loader's on the sample."""
    return row["pages"] / row["ingest"]["cpu_seconds"], row["local"]["pages"] / row["local"]["cpu_seconds"]


def slowest_rerun(row: dict) -> tuple[str, float]:
    page, times = max(row["dashboard"]["pages"].items(), key=lambda item: max(item[1]["filter"], item[1]["query"]))
    return page, max(times["filter"], times["query"])


def summary_table(rows: list[dict]) -> str:
    header = [
        "measured (UTC)",
        "pages",
        "MB",
        "jieba floor s",
        "ingest on Dask s (×floor)",
        "rate per CPU s: Dask / local",
        "ingest peak MB: largest process / all",
        "serving database build s (×floor)",
        "two-word query s (×floor)",
        "slowest page rerun after a filter change s (page)",
        "peak RSS serving MB",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        dask_rate, local_rate = rate_per_core(row)
        page, rerun = slowest_rerun(row)
        cells = [
            row["measured"],
            f"{row['pages']:,}",
            f"{row['mb']:.0f}",
            f"{row['floor_seconds']:.0f}",
            ratio(row["ingest"]["seconds"], row),
            f"{dask_rate:.1f} / {local_rate:.1f} ({dask_rate / local_rate:.2f})",
            f"{row['ingest']['largest_process_mb']:,} / {row['ingest']['all_processes_mb']:,}",
            ratio(row["serving"]["build_s"], row),
            ratio(row["serving"]["search_two_word_s"], row),
            f"{rerun:.2f} ({page})",
            f"{max(row['dashboard']['rss_mb'], row['serving']['peak_rss_mb']):,}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def page_table(rows: list[dict]) -> str:
    lines = ["| pages | page | open s | after official filter s | after text query s |", "|---|---|---|---|---|"]
    for row in rows:
        for page, times in row["dashboard"]["pages"].items():
            lines.append(f"| {row['pages']:,} | {page} | {times['open']:.2f} | {times['filter']:.2f} | {times['query']:.2f} |")
    return "\n".join(lines)


def plot(rows: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [row["pages"] for row in rows]
    series = {
        "seconds": {
            "plain jieba, 1 process (floor)": [r["floor_seconds"] for r in rows],
            "ingest on Dask, 2 workers": [r["ingest"]["seconds"] for r in rows],
            "serving database build": [r["serving"]["build_s"] for r in rows],
            "slowest page rerun": [slowest_rerun(r)[1] for r in rows],
            "two-word query": [r["serving"]["search_two_word_s"] for r in rows],
        },
        "MB": {
            "ingest, largest process": [r["ingest"]["largest_process_mb"] for r in rows],
            "ingest, all processes": [r["ingest"]["all_processes_mb"] for r in rows],
            "serving process": [max(r["dashboard"]["rss_mb"], r["serving"]["peak_rss_mb"]) for r in rows],
        },
    }
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.4))
    for ax, (unit, lines) in zip(axes, series.items()):
        for label, values in lines.items():
            ax.plot(sizes, values, marker="o", label=label)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("pages in the archive")
        ax.set_ylabel(unit)
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=8)
    axes[0].set_title("time")
    axes[1].set_title("memory")
    fig.tight_layout()
    PLOT.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(PLOT, dpi=110)


def notes(rows: list[dict]) -> str:
    """What a row's figures need said beside them (`note` in the saved figures,
    written by hand: how the machine was shared, which code measured)."""
    said = [f"- {row['pages']:,} pages: {row['note']}" for row in rows if row.get("note")]
    return "\n" + "\n".join(said) + "\n" if said else ""


def section(rows: list[dict], date: str, machine: str) -> str:
    return f"""{HEADING}

Run on {date} with `.venv/bin/python benchmarks/scale.py ARCHIVE…` (archives from
`benchmarks/make_archive.py`; the largest `200000 … --papers 6 --years 20`).
Machine: {machine}.

The province path of docs/store.md: `jimo ingest` parses on a Dask `LocalCluster` of
{WORKERS} worker processes into a Parquet store, DuckDB serves it (docs/store.md,
"Serving"), the dashboard opens the store (`--store`). The floor is plain `jieba.lcut` in
one process, measured on a sample of at most {SAMPLE_PAGES:,} pages of the same archive and
scaled to its bytes. Rates per CPU second count every process (client, scheduler,
workers); the local loader's is `load_corpus` on the same sample. Ingest memory is
sampled every quarter second over the ingest's process tree. Page reruns are `AppTest`
server time over the store, after choosing the most mentioned official and after the
query `{TWO_WORDS}`; the two-word query column is the search alone (`Store.query_keys`).

{summary_table(rows)}
{notes(rows)}
![cost against archive size, store path](images/scale.png)

{page_table(rows)}
"""


def with_saved(rows: list[dict]) -> list[dict]:
    """The rows measured now, and the saved rows of other archives (a 200,000-page run
    takes an hour: smaller archives are measured again without it)."""
    measured = {row["archive"] for row in rows}
    saved = json.loads(FIGURES.read_text("utf-8"))["rows"] if FIGURES.exists() else []
    return sorted([*rows, *(row for row in saved if row["archive"] not in measured)], key=lambda row: row["pages"])


def write_docs(rows: list[dict], date: str, machine: str) -> None:
    from run import replace_section

    FIGURES.write_text(json.dumps({"date": date, "machine": machine, "rows": rows}, ensure_ascii=False, indent=1), "utf-8")
    plot(rows)
    replace_section(DOC, HEADING, section(rows, date, machine))


def saved_section() -> str:
    """The section from the saved figures, for run.py's rewrite of the whole file."""
    if not FIGURES.exists():
        return ""
    saved = json.loads(FIGURES.read_text("utf-8"))
    return "\n" + section(saved["rows"], saved["date"], saved["machine"])


CHILDREN = {"floor": child_floor, "local": child_local, "dashboard": child_dashboard}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](*map(Path, sys.argv[3:]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archives", type=Path, nargs="+")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "jimo-bench")
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--again", action="store_true", help="measure every step anew, not only those missing")
    args = parser.parse_args()
    from run import machine

    rows = []
    for folder in args.archives:
        print(f"measuring {folder} …", file=sys.stderr, flush=True)
        rows.append(measure(folder, args.work, args.again))
        print(summary_table(rows[-1:]), flush=True)
    print(summary_table(rows))
    print(page_table(rows))
    if not args.no_docs:
        write_docs(with_saved(rows), f"{dt.date.today():%Y-%m-%d}", machine())


if __name__ == "__main__":
    main()
