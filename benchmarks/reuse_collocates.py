"""Reprint detection and collocates on the synthetic archives: time, peak memory, and
recall and precision on the reprints the archive builder planted.

    .venv/bin/python benchmarks/reuse_collocates.py                 # 1,000, 4,000 and 13,600 pages
    .venv/bin/python benchmarks/reuse_collocates.py --sizes 1000 --no-docs

benchmarks/run.py measures these for every archive it builds (children `reuse` and
`collocates`). Run alone, this builds the same archives, measures the jieba floor, a cold
ingest and these two, and rewrites only the "Reuse and collocates" section of
docs/benchmarks.md. Either way the section's figures are kept in docs/benchmarks-reuse.json.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "benchmarks.md"
FIGURES = REPO / "docs" / "benchmarks-reuse.json"
HEADING = "## Reuse and collocates"
COLLOCATE_TERMS = ["项目", "孙杰"]  # a common word of the generated text, and an official's name


# -- scoring against the planted truth -----------------------------------------------
def score(found: pd.DataFrame, truth: list[dict]) -> dict:
    """Recall and precision of `found` (the reprints table) on the planted copies.

    A planted copy whose share reaches the reuse threshold should be found: it is when it
    is a copy in the same cluster as its planted source, and that source is the
    cluster's. Every other copy found (an unplanted pair, a planted copy below the
    threshold, a copy under the wrong source) counts against precision."""
    from jimo_data.analysis.reuse import MIN_SHARE

    copies = found[found["role"] == "copy"]
    source_of_cluster = found.loc[found["role"] == "source"].set_index("cluster_id")["article_id"]
    found_source = dict(zip(copies["article_id"], copies["cluster_id"].map(source_of_cluster)))
    expected = {row["copy_id"]: row["source_id"] for row in truth if float(row["share"]) >= MIN_SHARE}
    right = {copy for copy, source in expected.items() if found_source.get(copy) == source}
    by_kind: dict[str, list[int]] = {}
    for row in truth:
        if row["copy_id"] in expected:
            by_kind.setdefault(row["kind"], []).append(row["copy_id"] in right)
    return {
        "planted": len(truth),
        "expected": len(expected),
        "found_copies": len(found_source),
        "right": len(right),
        "recall": len(right) / len(expected) if expected else 1.0,
        "precision": len(right) / len(found_source) if found_source else 1.0,
        "recall_by_kind": {kind: sum(hits) / len(hits) for kind, hits in sorted(by_kind.items())},
    }


def read_truth(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


# -- children: one measurement each, in a fresh process (run.py starts them) ----------
def rss_mb(field: str = "VmRSS") -> float:
    """The process's resident set now (VmRSS) or its peak (VmHWM), from /proc."""
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith(field + ":"))
    return int(line.split()[1]) / 1024


def start_step() -> float:
    """The resident set after the load; from here the peak is the step's (Linux resets
    VmHWM when "5" is written to clear_refs; elsewhere it stays the load's peak too)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return rss_mb()


def child_reuse(folder: Path, cache: Path) -> dict:
    """Reprints of a loaded archive (docs/reuse.md), scored against the planted truth:
    derived, not read from the cache folder (where `reprints(corpus)` keeps them)."""
    from make_archive import truth_path

    from jimo_data import load_corpus
    from jimo_data.analysis.reuse import COMPARED_COLUMNS, find_reprints

    corpus = load_corpus(folder, cache_dir=cache)
    loaded_mb = start_step()
    start = time.perf_counter()
    found = find_reprints(corpus.articles[COMPARED_COLUMNS])
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "clusters": int(found["cluster_id"].nunique()),
        "articles": int((corpus.articles["kind"] == "article").sum()),
        "loaded_mb": loaded_mb,
        "rss_mb": rss_mb("VmHWM"),
        **score(found.astype({"article_id": str}), read_truth(truth_path(folder))),
    }


def child_collocates(folder: Path, cache: Path) -> dict:
    """Collocates of each term in the whole archive, in one process: the first term also
    builds the indexes the second reuses, as in a dashboard session."""
    from jimo_data import load_corpus
    from jimo_data.analysis.collocates import collocates

    corpus = load_corpus(folder, cache_dir=cache)
    loaded_mb = start_step()
    terms = {}
    for term in COLLOCATE_TERMS:
        start = time.perf_counter()
        table = collocates(corpus, term)
        terms[term] = {"seconds": time.perf_counter() - start, "collocates": len(table)}
    return {"terms": terms, "seconds": sum(t["seconds"] for t in terms.values()), "loaded_mb": loaded_mb, "rss_mb": rss_mb("VmHWM")}


CHILDREN = {"reuse": child_reuse, "collocates": child_collocates}


# -- the section of docs/benchmarks.md --------------------------------------------------
def figures_of(row: dict) -> dict:
    """What the section needs of one archive's measurements."""
    return {key: row[key] for key in ("pages", "mb", "jieba", "reuse", "collocates")}


def section(rows: list[dict], date: str, machine: str) -> str:
    from make_archive import MAX_LAG_DAYS
    from run import markdown_table

    from jimo_data.analysis.reuse import MIN_SHARE

    kinds = sorted({kind for row in rows for kind in row["reuse"]["recall_by_kind"]})
    reuse = [
        [
            f"{row['pages']:,}",
            f"{row['reuse']['articles']:,}",
            f"{row['reuse']['seconds']:.1f} ({row['reuse']['seconds'] / row['jieba']['seconds']:.2f})",
            f"{row['reuse']['loaded_mb']:.0f} → {row['reuse']['rss_mb']:.0f}",
            f"{row['reuse']['expected']:,} of {row['reuse']['planted']:,}",
            f"{row['reuse']['recall']:.3f}",
            f"{row['reuse']['precision']:.3f}",
            *(f"{row['reuse']['recall_by_kind'].get(kind, float('nan')):.3f}" for kind in kinds),
        ]
        for row in rows
    ]
    reuse_header = [
        "pages",
        "articles",
        "reprints s (×floor)",
        "RSS loaded → peak MB",
        f"planted copies ≥ {MIN_SHARE}",
        "recall",
        "precision",
        *(f"recall, {kind}" for kind in kinds),
    ]
    colloc = [
        [
            f"{row['pages']:,}",
            *(
                f"{t['seconds']:.1f} ({t['seconds'] / row['jieba']['seconds']:.2f})"
                for t in (row["collocates"]["terms"][term] for term in COLLOCATE_TERMS)
            ),
            f"{row['collocates']['loaded_mb']:.0f} → {row['collocates']['rss_mb']:.0f}",
        ]
        for row in rows
    ]
    colloc_header = ["pages", *(f"collocates of {term} s (×floor)" for term in COLLOCATE_TERMS), "RSS loaded → peak MB"]
    floors = ", ".join(f"{row['jieba']['seconds']:.1f} s at {row['pages']:,} pages" for row in rows)
    return f"""{HEADING}

Run on {date} with `.venv/bin/python benchmarks/reuse_collocates.py` (or as part of `run.py`).
Machine: {machine}.

Archives from `benchmarks/make_archive.py` (seed 1, three papers: 新即墨, 青岛日报, 大众日报,
one four-page issue each a day): every article's text is new (word pairs of the seeds' and
real pages' vocabulary), and a tenth are planted reprints of another paper's article of
the same day (from a higher-level paper) or up to {MAX_LAG_DAYS} days before, listed in
`<archive>.reprints.csv`. Kinds: *whole*; *edited* (a character changed every 25–60);
*cut* (the first 30–80 % of the paragraphs); *partial* (a run of the source's paragraphs
among new ones, reusing from below to above the threshold). A planted copy should be found
when its share (docs/reuse.md's containment, computed by the builder) is at least
{MIN_SHARE}; it is found when it is a copy in its source's cluster and that source is the
cluster's. Precision: of all copies found, those right. Each step runs in a fresh process
after a load from the cache; RSS is the process's resident set after the load, then its
peak during the step. Ratios (×floor) are to plain `jieba.lcut` over the same archive in
one process, measured in the same run ({floors}).

{markdown_table(reuse_header, reuse)}

Collocates: `analysis.collocates.collocates(corpus, term)` over the whole archive (window 5,
log-Dice), {" then ".join(COLLOCATE_TERMS)} in one process, so the second reuses the indexes
the first built.

{markdown_table(colloc_header, colloc)}
"""


def save_figures(rows: list[dict], date: str, machine: str) -> None:
    FIGURES.write_text(
        json.dumps({"date": date, "machine": machine, "rows": [figures_of(r) for r in rows]}, ensure_ascii=False, indent=1), "utf-8"
    )


def write_section(rows: list[dict], date: str, machine: str) -> None:
    """Keep the figures, and put the section in place of the old one."""
    from run import replace_section

    save_figures(rows, date, machine)
    replace_section(DOC, HEADING, section(rows, date, machine))


def saved_section() -> str:
    """The section from the saved figures, for run.py's rewrite of the whole file."""
    if not FIGURES.exists():
        return ""
    saved = json.loads(FIGURES.read_text("utf-8"))
    return "\n" + section(saved["rows"], saved["date"], saved["machine"])


def measure(size: int, work: Path) -> dict:
    from run import archive, run_child

    folder, cache = archive(size, work)
    row = {"pages": size, "mb": sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6}
    row["jieba"] = run_child("jieba", folder, cache)
    row["cold"] = run_child("load", folder, cache)
    row["reuse"] = run_child("reuse", folder, cache)
    row["collocates"] = run_child("collocates", folder, cache)
    return row


def main() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from run import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 13600])
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "jimo-bench")
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        print(f"measuring {size} pages …", file=sys.stderr, flush=True)
        rows.append(measure(size, args.work))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    date, host = f"{dt.date.today():%Y-%m-%d}", machine()
    print(section(rows, date, host))
    if not args.no_docs:
        write_section(rows, date, host)
        print(f"written: {DOC.relative_to(REPO)}, {FIGURES.relative_to(REPO)}")


if __name__ == "__main__":
    main()
