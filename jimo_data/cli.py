"""Command line: `jimo info SOURCE`, `jimo export SOURCE --out DIR [filters]`, `jimo schema`.

Also `python -m jimo_data …`. The export's filter options are the dashboard's URL
parameters (`--from 2026-01-01 --official 孙杰 --q 项目`), from the same registry
(`jimo_data.filters.FILTERS`), so a CLI call and a dashboard link give the same rows.
Errors are one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .analysis import officials_timeline, summary_figures
from .corpus import Corpus, load_corpus
from .export import write_csv
from .filters import FILTERS, Selection, parse_params, select
from .tables import TABLES, data_model_markdown

FILTER_OPTIONS = [f for f in FILTERS if f.selects_rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jimo", description="Read a folder of newspaper pages into tables.")
    parser.add_argument("--cache-dir", help="where parsed pages are cached (default: JIMO_CACHE_DIR or the user cache dir)")
    commands = parser.add_subparsers(dest="command", required=True)
    info = commands.add_parser("info", help="summary of a corpus and every page with a problem")
    info.add_argument("source", help="a folder of .txt pages, or one file")
    export = commands.add_parser("export", help="write every table as CSV (UTF-8 with BOM, for Excel), filtered like a dashboard link")
    export.add_argument("source")
    export.add_argument("--out", required=True, help="output folder (created if missing)")
    for f in FILTER_OPTIONS:
        export.add_argument(
            f"--{f.key}",
            dest=f"filter_{f.key}",
            action="append",
            default=[],
            metavar=f.field.upper(),
            help=f"as the URL parameter `{f.key}`",
        )
    commands.add_parser("schema", help="print the data model (docs/data-model.md)")
    args = parser.parse_args(argv)

    if args.command == "schema":
        sys.stdout.write(data_model_markdown())
        return 0
    try:
        corpus = load_corpus(args.source, cache_dir=args.cache_dir, progress=_progress_printer())
    except (OSError, ValueError) as error:
        print(f"jimo: {error}", file=sys.stderr)
        return 2
    if args.command == "info":
        print(summary(corpus))
        return 0
    parsed = parse_params({f.key: getattr(args, f"filter_{f.key}") for f in FILTER_OPTIONS}, corpus)
    if parsed.messages:  # unlike a shared link, a typed command is corrected, not half-run
        print("jimo: " + "; ".join(m.problem for m in parsed.messages), file=sys.stderr)
        return 2
    for path in export_csv(select(corpus, parsed.filters), Path(args.out)):
        print(path)
    return 0


def _progress_printer():
    def report(done: int, total: int) -> None:
        if (total >= 20 and sys.stderr.isatty()) or (done == total and total >= 200):
            print(f"\rparsing pages: {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    return report


def summary(corpus: Corpus) -> str:
    pages = corpus.pages
    figures = summary_figures(pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects)
    span = f"{figures['first_date']:%Y-%m-%d} to {figures['last_date']:%Y-%m-%d}" if pd.notna(figures["first_date"]) else "no dated page"
    status = pages["status"].value_counts()
    lines = [
        f"corpus:     {corpus.root}",
        f"pages:      {len(pages)} ({', '.join(f'{status.get(s, 0)} {s}' for s in ('ok', 'warning', 'error'))}); parsed now: {corpus.n_parsed}",
        f"date span:  {span}",
        f"issues:     {figures['issues']} numbered issues",
        f"articles:   {figures['articles']} (+ {figures['captions']} captions)",
        f"bylines:    {figures['credits']} credits, {figures['people_credited']} people",
        f"officials:  {figures['official_mentions']} titled mentions, {figures['officials']} people",
        f"projects:   {figures['project_mentions']} mentions, {figures['projects']} named projects",
    ]
    troubled = pages[pages["status"] != "ok"]
    if len(troubled):
        lines.append("pages with problems:")
        lines += [f"  {row.status:7} {row.page_id}: {row.problems}" for row in troubled.itertuples()]
    if corpus.ignored:
        lines.append(f"ignored (not .txt): {len(corpus.ignored)}")
        lines += [f"  {path}" for path in corpus.ignored]
    return "\n".join(lines)


def export_csv(selection: Selection, out: Path) -> list[Path]:
    """Every table of the selection, and the officials' timeline, as CSV files."""
    out.mkdir(parents=True, exist_ok=True)
    written = [write_csv(getattr(selection, table), out / f"{table}.csv") for table in TABLES]
    return written + [write_csv(officials_timeline(selection.officials), out / "officials_timeline.csv")]


if __name__ == "__main__":
    sys.exit(main())
