"""Benchmarks: ingest, cache, memory, search and dashboard reruns on synthetic archives.

    .venv/bin/python benchmarks/run.py                      # 1,000, 4,000 and 13,600 pages
    .venv/bin/python benchmarks/run.py --sizes 1000 --no-docs

Every figure comes from a fresh process (`--child MODE`), so that no cache in memory
helps. Each is also printed as a ratio to the floor: plain `jieba.lcut` over the same
text in one process, which a parse cannot beat per core. Results go to
docs/benchmarks.md with the date, machine and versions, and a plot of time against
archive size to docs/images/benchmarks.png. Speed is never asserted by a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
import reuse_collocates  # noqa: E402
import scale  # noqa: E402

QUERIES = ["高质量发展", "孙杰", "项目 开工", "营商环境"]


# -- children: one measurement each, in a fresh process ----------------------------
def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def child_jieba(folder: Path, _cache: Path) -> dict:
    import jieba

    texts = [p.read_text("utf-8") for p in sorted(folder.rglob("*.txt"))]
    jieba.initialize()
    start = time.perf_counter()
    n_tokens = sum(len(jieba.lcut(text)) for text in texts)
    return {"seconds": time.perf_counter() - start, "chars": sum(map(len, texts)), "tokens": n_tokens}


def child_load(folder: Path, cache: Path) -> dict:
    from jimo_data import load_corpus

    start = time.perf_counter()
    corpus = load_corpus(folder, cache_dir=cache)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "parsed": corpus.n_parsed,
        "pages": len(corpus.pages),
        "articles": len(corpus.articles),
        "terms": len(corpus.terms),
        "rss_mb": peak_rss_mb(),
    }


def child_query(folder: Path, cache: Path) -> dict:
    from jimo_data import load_corpus
    from jimo_data.analysis import search_articles

    corpus = load_corpus(folder, cache_dir=cache)
    timings = {}
    for query in QUERIES:
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            hits = int(search_articles(corpus.articles, query).sum())
            runs.append(time.perf_counter() - start)
        timings[query] = {"seconds": statistics.median(runs), "hits": hits}
    return {"queries": timings, "seconds": max(v["seconds"] for v in timings.values())}


def child_dashboard(folder: Path, cache: Path) -> dict:
    from streamlit.testing.v1 import AppTest

    from jimo_data.filters import FILTERS
    from jimo_data.views import PAGES, page_script
    from jimo_data.views.state import widget_key

    widget = {f.key: widget_key(f) for f in FILTERS}

    os.environ["JIMO_CORPUS"], os.environ["JIMO_CACHE_DIR"] = str(folder), str(cache)
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    pages = {}
    for page, _, _ in PAGES:
        start = time.perf_counter()
        at.switch_page(page_script(page)).run()
        open_seconds = time.perf_counter() - start
        start = time.perf_counter()
        at.sidebar.multiselect(key=widget["official"]).set_value(["孙杰"]).run()
        filtered_seconds = time.perf_counter() - start
        start = time.perf_counter()
        at.sidebar.text_input(key=widget["q"]).set_value("项目").run()
        query_seconds = time.perf_counter() - start
        at.sidebar.multiselect(key=widget["official"]).set_value([]).run()
        at.sidebar.text_input(key=widget["q"]).set_value("").run()
        errors = [e.message for e in at.exception]
        pages[page] = {"open": open_seconds, "filter": filtered_seconds, "query": query_seconds, "errors": errors}
    return {"first_run": first, "pages": pages, "rss_mb": peak_rss_mb()}


def child_added(folder: Path, cache: Path) -> dict:
    """The dashboard's rerun after one page is added to the folder, as a user meets it:
    the dashboard open (AppTest, the overview), a page written, the folder check's
    interval let pass, then the rerun that shows it, timed. Three pages added one after
    the other in one server process (pages arriving), removed again at the end."""
    from make_archive import extra_page
    from streamlit.testing.v1 import AppTest

    from jimo_data.views.folder_watch import FILES_CHECK_SECONDS

    os.environ["JIMO_CORPUS"], os.environ["JIMO_CACHE_DIR"] = str(folder), str(cache)
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=600)
    at.run()
    pages_before = at.metric[0].value
    seconds, shown = [], []
    added = folder / "extra"
    shutil.rmtree(added, ignore_errors=True)  # left by a run that was killed
    try:
        for round_no in range(3):
            name, text = extra_page(seed=99 + round_no)
            page = added / str(round_no) / Path(name).name  # the same name each round: a folder each
            page.parent.mkdir(parents=True)
            page.write_text(text, "utf-8")
            time.sleep(FILES_CHECK_SECONDS + 0.5)
            start = time.perf_counter()
            at.run()
            seconds.append(time.perf_counter() - start)
            shown.append(at.metric[0].value == str(int(pages_before) + round_no + 1))
    finally:
        shutil.rmtree(added, ignore_errors=True)
    errors = [e.message for e in at.exception]
    return {"seconds": seconds, "shown": shown, "pages_before": pages_before, "errors": errors}


def child_segmentation(folder: Path, cache: Path) -> dict:
    """Are jieba-rs's tokens (`terms.tokens`) jieba's (`terms.jieba_tokens`) on every
    page? The count of pages that differ and the first few differences, each segmenter's
    time over the same text, and the time to load jieba-rs's dictionary from its copy."""
    from jimo_data.parsing import terms

    terms.use_dictionary_cache(cache)
    terms.tokenizer()  # writes the copy
    terms._load_tokenizer.cache_clear()
    start = time.perf_counter()
    terms.tokenizer()
    result = {
        "pages": 0,
        "differ": 0,
        "examples": [],
        "rjieba_seconds": 0.0,
        "jieba_seconds": 0.0,
        "load_seconds": time.perf_counter() - start,
    }
    terms.jieba_tokenizer()
    for path in sorted(folder.rglob("*.txt")):  # page by page: an archive's tokens do not fit in memory
        text = path.read_text("utf-8")
        start = time.perf_counter()
        native = terms.tokens(text)
        middle = time.perf_counter()
        reference = terms.jieba_tokens(text)
        result["rjieba_seconds"] += middle - start
        result["jieba_seconds"] += time.perf_counter() - middle
        result["pages"] += 1
        if native != reference:
            result["differ"] += 1
            at = next(i for i, (a, b) in enumerate([*zip(native, reference), (0, 1)]) if a != b)  # the first token that differs
            if len(result["examples"]) < 5:
                result["examples"].append(
                    f"{path.relative_to(folder)}: rjieba {native[max(at - 2, 0) : at + 3]} jieba {reference[max(at - 2, 0) : at + 3]}"
                )
    return result


CHILDREN = {
    "jieba": child_jieba,
    "load": child_load,
    "query": child_query,
    "dashboard": child_dashboard,
    "added": child_added,
    "segmentation": child_segmentation,
    **reuse_collocates.CHILDREN,
}


def run_child(mode: str, folder: Path, cache: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--folder", str(folder), "--cache", str(cache)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- parent: build archives, run children, report -----------------------------------
def archive(size: int, work: Path) -> tuple[Path, Path]:
    """The archive of `size` pages (built unless already there) and an empty cache for it."""
    from make_archive import make_archive, truth_path

    folder = work / f"archive-{size}-3papers"  # named by the builder's options: older builders made other archives
    if not truth_path(folder).exists() or len(list(folder.rglob("*.txt"))) != size:
        shutil.rmtree(folder, ignore_errors=True)
        make_archive(size, folder)
    cache = work / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    return folder, cache


def measure(size: int, work: Path) -> dict:
    from make_archive import extra_page

    folder, cache = archive(size, work)
    row = {"pages": size, "mb": sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6}
    row["jieba"] = run_child("jieba", folder, cache)
    row["segmentation"] = run_child("segmentation", folder, cache)
    row["cold"] = run_child("load", folder, cache)
    row["warm"] = run_child("load", folder, cache)
    name, text = extra_page()
    extra = folder / "extra" / Path(name).name
    extra.parent.mkdir(exist_ok=True)
    extra.write_text(text, "utf-8")
    try:
        row["reload"] = run_child("load", folder, cache)
    finally:
        shutil.rmtree(extra.parent)
    run_child("load", folder, cache)  # back to the archive without the extra page
    page = sorted(folder.rglob("*.txt"))[size // 2]
    original = page.read_bytes()
    page.write_bytes(original + "\n（本报记者 补记）".encode())
    try:
        row["edit"] = run_child("load", folder, cache)
    finally:
        page.write_bytes(original)
    run_child("load", folder, cache)
    row["query"] = run_child("query", folder, cache)
    row["reuse"] = run_child("reuse", folder, cache)
    row["collocates"] = run_child("collocates", folder, cache)
    row["dashboard"] = run_child("dashboard", folder, cache)
    row["added"] = run_child("added", folder, cache)
    return row


def summary_rows(rows: list[dict]) -> list[list[str]]:
    table = []
    for row in rows:
        floor = row["jieba"]["seconds"]
        pages = row["dashboard"]["pages"]
        slowest_rerun = max(max(p["filter"], p["query"]) for p in pages.values())
        slowest_open = max(p["open"] for p in pages.values())
        table.append(
            [
                f"{row['pages']:,}",
                f"{row['mb']:.0f}",
                f"{floor:.1f}",
                f"{row['cold']['seconds']:.1f} ({row['cold']['seconds'] / floor:.2f})",
                f"{row['warm']['seconds']:.2f} ({row['warm']['seconds'] / floor:.3f})",
                f"{row['reload']['seconds']:.2f} ({row['reload']['seconds'] / floor:.3f})",
                f"{row['edit']['seconds']:.2f}" if "edit" in row else "—",
                _slowest_added(row),
                f"{row['query']['seconds'] * 1000:.0f} ms ({row['query']['seconds'] / floor:.4f})",
                f"{slowest_rerun:.2f} ({slowest_rerun / floor:.4f})",
                f"{slowest_open:.2f} ({slowest_open / floor:.4f})",
                f"{max(row['cold']['rss_mb'], row['warm']['rss_mb']):.0f}",
                f"{row['dashboard']['rss_mb']:.0f}",
            ]
        )
    return table


HEADER = [
    "pages",
    "MB",
    "jieba floor s",
    "cold ingest s (×floor)",
    "warm load s (×floor)",
    "reload +1 page s (×floor)",
    "reload, 1 page edited s",
    "dashboard rerun showing +1 page, slowest of 3 s (×floor)",
    "full-text query (×floor)",
    "slowest rerun after a filter change s (×floor)",
    "slowest first open of a page s (×floor)",
    "peak RSS ingest MB",
    "peak RSS serving MB",
]


def _slowest_added(row: dict) -> str:
    if "added" not in row:  # rows recorded before the step was measured
        return "—"
    slowest = max(row["added"]["seconds"])
    return f"{slowest:.2f} ({slowest / row['jieba']['seconds']:.4f})"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def page_table(rows: list[dict]) -> str:
    header = ["pages", "page", "open s", "after official filter s", "after text query s"]
    body = [
        [f"{row['pages']:,}", page, f"{p['open']:.2f}", f"{p['filter']:.2f}", f"{p['query']:.2f}"]
        for row in rows
        for page, p in row["dashboard"]["pages"].items()
    ]
    return markdown_table(header, body)


def segmentation_table(rows: list[dict]) -> str:
    header = ["pages", "pages whose tokens differ", "first differences", "rjieba s (×floor)", "jieba s", "rjieba dictionary load s"]
    body = []
    for row in rows:
        seg, floor = row["segmentation"], row["jieba"]["seconds"]
        examples = "; ".join(seg["examples"]) or "none"
        body.append(
            [
                f"{row['pages']:,}",
                f"{seg['differ']:,} of {seg['pages']:,}",
                examples,
                f"{seg['rjieba_seconds']:.1f} ({seg['rjieba_seconds'] / floor:.2f})",
                f"{seg['jieba_seconds']:.1f}",
                f"{seg['load_seconds']:.2f}",
            ]
        )
    return markdown_table(header, body)


# (label, figure of a row, unit, budget a machine must keep it under or None)
GROWTH = [
    ("cold ingest", lambda r: r["cold"]["seconds"], "s", None),
    ("warm load", lambda r: r["warm"]["seconds"], "s", 2.0),
    ("reload after one added page", lambda r: r["reload"]["seconds"], "s", 2.0),
    ("reload after one page edited", lambda r: r["edit"]["seconds"], "s", 2.0),
    ("full-text query", lambda r: r["query"]["seconds"], "s", 0.3),
    (
        "slowest rerun after a filter change",
        lambda r: max(max(p["filter"], p["query"]) for p in r["dashboard"]["pages"].values()),
        "s",
        1.0,
    ),
    ("peak RSS while serving", lambda r: r["dashboard"]["rss_mb"], "MB", 2048.0),
    ("peak RSS during cold ingest", lambda r: max(r["cold"]["rss_mb"], r["warm"]["rss_mb"]), "MB", 2048.0),
]


def growth_table(rows: list[dict]) -> str:
    """Per cost: the figure at the largest archive, the slope per page and the fixed part
    of the line through the two largest archives, and where that line crosses the budget."""
    small, large = sorted(rows, key=lambda r: r["pages"])[-2:]
    body = []
    for label, figure, unit, budget in GROWTH:
        slope = (figure(large) - figure(small)) / (large["pages"] - small["pages"])
        fixed = figure(large) - slope * large["pages"]
        reach = f"{(budget - fixed) / slope:,.0f} pages for {budget:g} {unit}" if budget and slope > 0 else "—"
        per_page = f"{slope * 1000:.3f} ms" if unit == "s" else f"{slope:.3f} MB"
        body.append([label, f"{figure(large):.2f} {unit}", per_page, f"{fixed:.2f} {unit}", reach])
    header = [f"cost ({large['pages']:,} pages)", "figure", "per page", "fixed part", "where the line crosses the budget"]
    return markdown_table(header, body)


def machine() -> str:
    cpuinfo, meminfo = Path("/proc/cpuinfo").read_text().splitlines(), Path("/proc/meminfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in meminfo if line.startswith("MemTotal")), 0)
    versions = ", ".join(f"{name} {version(name)}" for name in ("pandas", "pyarrow", "jieba", "streamlit"))
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB; Python {platform.python_version()}; {versions}"


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [row["pages"] for row in rows]
    ingest = {
        "plain jieba, 1 process (floor)": [row["jieba"]["seconds"] for row in rows],
        "cold ingest": [row["cold"]["seconds"] for row in rows],
    }
    interactive = {
        "warm load": [row["warm"]["seconds"] for row in rows],
        "reload after +1 page": [row["reload"]["seconds"] for row in rows],
        "reload after 1 page edited": [row["edit"]["seconds"] if "edit" in row else float("nan") for row in rows],
        "slowest rerun after a filter change": [
            max(max(p["filter"], p["query"]) for p in row["dashboard"]["pages"].values()) for row in rows
        ],
        "full-text query": [row["query"]["seconds"] for row in rows],
    }
    memory = {
        "peak RSS, cold ingest": [max(row["cold"]["rss_mb"], row["warm"]["rss_mb"]) for row in rows],
        "peak RSS, serving (dashboard)": [row["dashboard"]["rss_mb"] for row in rows],
    }
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    panels = ((axes[0], ingest, "ingest", "seconds"), (axes[1], interactive, "interactive", "seconds"), (axes[2], memory, "memory", "MB"))
    for ax, series, title, unit in panels:
        for label, values in series.items():
            ax.plot(sizes, values, marker="o", label=label)
        ax.set_title(title)
        ax.set_xlabel("pages in the archive")
        ax.set_ylabel(unit)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


CHECKS = "\n## Checks\n"  # a hand-written log of one-off comparisons, kept when the docs are rewritten


def replace_section(doc: Path, heading: str, new: str) -> None:
    """Put a generated section of docs/benchmarks.md in place of its old text, else
    before the hand-written checks (else at the end)."""
    text = doc.read_text("utf-8")
    if heading in text:
        start = text.index(heading)
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + new + (text[end:] if end >= 0 else "")
    elif CHECKS in text:
        text = text.replace(CHECKS, "\n" + new + CHECKS, 1)
    else:
        text += "\n" + new
    doc.write_text(text, "utf-8")


def write_docs(rows: list[dict], seconds: float, date: str) -> None:
    path = REPO / "docs" / "benchmarks.md"
    old = path.read_text("utf-8") if path.exists() else ""
    checks = old[old.index(CHECKS) :] if CHECKS in old else ""
    plot(rows, REPO / "docs" / "images" / "benchmarks.png")
    text = f"""# Benchmarks

Run on {date} with `.venv/bin/python benchmarks/run.py` ({seconds / 60:.0f} minutes).
Machine: {rows[0].get("machine") or machine()}.

Synthetic archives from `benchmarks/make_archive.py` (seed 1): three papers (新即墨, 青岛日报,
大众日报), one issue of four pages each a day, 3–6 articles a page of new text (word pairs of
the seeds' and real pages' vocabulary), a tenth of them planted reprints ("Reuse and collocates" below).
Every figure is from a fresh process. Ratios (×floor) are to the floor: plain
`jieba.lcut` over the same text in one process.

{markdown_table(HEADER, summary_rows(rows))}

- cold ingest: empty cache, all pages parsed in worker processes (one per core), Parquet written.
- warm load: the same folder again, from the cache.
- reload +1 page: one page added, then loaded: only that page is parsed.
- reload, 1 page edited: a page in the middle of the archive changed, then loaded.
- dashboard rerun showing +1 page: `AppTest` on the overview, a page added, the folder
  check's interval let pass, then the rerun timed (it shows the page); three pages
  added one after the other in one server process.
- full-text query: `search_articles` over all articles, the slowest of {", ".join(QUERIES)} (median of 5).
- page reruns: `streamlit.testing.v1.AppTest`, server-side time of the rerun after selecting
  an official (孙杰) in the sidebar and after typing a text query (项目), on every page; and of
  the first opening of each page in the session (which computes what the page memoises).
- peak RSS: the largest resident set of the measuring process or its workers.

![time against archive size](images/benchmarks.png)

## What grows with what

Straight lines through the two largest archives of this run: the cost per page, the
fixed part, and the archive size at which the line reaches the budget a user can live
with (2 s to open, 1 s to rerun, 0.3 s to search, 2 GB of memory). Read these as
estimates: runs on this machine vary by about ±20 %.

{growth_table(rows)}

## Every page

{page_table(rows)}

## Segmentation: jieba-rs against jieba

Every page of each archive cut by `terms.tokens` (jieba-rs, made to give jieba's tokens:
docs/parsing.md, "Segmentation") and by `terms.jieba_tokens` (jieba itself, the same user
dictionary and HMM), page by page in one process; a page differs when its token lists do.

{segmentation_table(rows)}
"""
    path.write_text(text + reuse_collocates.saved_section() + scale.saved_section() + checks, "utf-8")
    (REPO / "docs" / "benchmarks.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 13600])
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "jimo-bench")
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--from-json", type=Path, help="rewrite the docs from a saved docs/benchmarks.json, measuring nothing")
    parser.add_argument("--child", choices=CHILDREN)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.folder, args.cache)))
        return
    if args.from_json:
        rows = json.loads(args.from_json.read_text("utf-8"))
        write_docs(rows, rows[0].get("run_seconds", 0.0), rows[0].get("run_date", f"{dt.date.today():%Y-%m-%d}"))
        return
    sys.path.insert(0, str(Path(__file__).parent))
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows = []
    for size in args.sizes:
        print(f"measuring {size} pages …", file=sys.stderr, flush=True)
        rows.append(measure(size, args.work))
        print(markdown_table(HEADER, summary_rows(rows[-1:])), flush=True)
    print()
    print(markdown_table(HEADER, summary_rows(rows)))
    print()
    print(page_table(rows))
    rows[0]["run_seconds"], rows[0]["run_date"], rows[0]["machine"] = (
        time.perf_counter() - started,
        f"{dt.date.today():%Y-%m-%d}",
        machine(),
    )
    if not args.no_docs:
        reuse_collocates.save_figures(rows, rows[0]["run_date"], rows[0]["machine"])
        write_docs(rows, rows[0]["run_seconds"], rows[0]["run_date"])
        print("\nwritten: docs/benchmarks.md, docs/images/benchmarks.png")


if __name__ == "__main__":
    main()
