"""Command line: `jimo info SOURCE`, `jimo export SOURCE --out DIR [filters] [--format F]
[--table T …]`, `jimo collocates SOURCE TERM [--window N] [--measure M] [filters]`,
`jimo compare SOURCE --a QUERY --b QUERY [filters]` (key terms of two sub-corpora),
`jimo search SOURCE --q QUERY [filters] [--top N]` (the articles found, as the reader lists
them), `jimo corrections SOURCE`, `jimo reuse SOURCE [--out DIR]` (reprint clusters),
`jimo schema`, `jimo ingest SOURCE --store DEST` (Dask into a Parquet store), `jimo serve
[SOURCE | --store DEST] [--port N]` (the dashboard; `bash .ci/serve` calls it).

Also `python -m jimo_data …`. The export's filter options are the dashboard's URL
parameters (`--from 2026-01-01 --official 孙杰 --q 项目`), from the same registry
(`jimo_data.filters.FILTERS`), so a CLI call and a dashboard link give the same rows.
It writes every table, the officials' timeline and `articles_text` (the reader's
download: each article with its page, bylines, officials and whole text), or the
tables named by `--table`, one file each named by its table, as csv, xlsx or jsonl.

Every error is one line on stderr naming the path or value and the problem, with exit
status 2, never a traceback: a usage error, a folder that cannot be read, a filter
value the corpus does not hold, an `--out` that cannot be written (checked before the
corpus is parsed, so a long parse is not thrown away) and a write that fails midway
(whose half-written file is removed). Names from the corpus (file names, the folder)
are printed escaped (`escaped`), so no name can forge a line or colour the terminal.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import socket
import sys
from pathlib import Path
from urllib.parse import parse_qs

import pandas as pd

from .analysis import (
    mention_places,
    most_mentioned_first,
    officials_timeline,
    parse_query,
    project_names,
    project_summary,
    projects_at_each_stage,
    reaching,
    reading_list,
    summary_figures,
    with_project_names,
)
from .analysis.collocates import MEASURES, collocates, compare, node_hits
from .analysis.projects import STAGES
from .analysis.query import NOTES as QUERY_NOTES
from .analysis.reuse import reprints
from .corpus import Corpus, load_corpus
from .corrections import corrections_report, not_read_as_corrections
from .export import FORMATS, XLSX_ROWS, article_export, write_table
from .filters import FILTERS, ParsedParams, Selection, near_keys, parse_params, select
from .ingest.files import discover
from .tables import TABLES, data_model_markdown

FILTER_OPTIONS = [f for f in FILTERS if f.selects_rows]
_FILTER_FLAGS = frozenset({*(f"--{f.key}" for f in FILTER_OPTIONS), "--a", "--b"})
EXPORTS = (*TABLES, "officials_timeline", "articles_text")  # what `export` writes, in this order
NOT_FROM_A_STORE = ("articles_text",)  # the reader's download, built from the pandas corpus: not yet from a store
DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"  # beside the package in the repository


class CannotWrite(Exception):
    """`--out` or a file in it cannot be written; the message names the path and why."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """A usage error in one line, like every other error (argparse prints the usage too)."""
        self.exit(2, f"{self.prog}: {escaped(message)} (see {self.prog} --help)\n")


def _flags_meant(command: argparse.ArgumentParser, unknown: list[str]) -> str:
    """What mistyped options may mean (`--publication`: --pub, `--date-from`: --from), by the
    rule a link's mistyped keys are read with: the same filters, the same names."""
    options = tuple(flag[2:] for action in command._actions for flag in action.option_strings if flag.startswith("--"))
    typed = [word[2:].split("=")[0].replace("-", "_") for word in unknown if word.startswith("--")]
    meant = [near for key in typed for near in near_keys(key, options) if near in options]  # a filter's, only where the command has it
    return f" (did you mean {', '.join(f'--{flag}' for flag in dict.fromkeys(meant))}?)" if meant else ""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(with_dash_values_joined(sys.argv[1:] if argv is None else argv))
    if unknown:  # said by the command's parser, whose help lists its options
        command = parser.commands[args.command]
        # A word after an unknown option is that option's value (`--top 100`), not a query.
        words = [word for i, word in enumerate(unknown) if not word.startswith("-") and not (i and unknown[i - 1].startswith("-"))]
        queried = words and command.get_default("filter_q") is not None  # `jimo search seeds 项目`: the query without its option
        hint = f" (a query goes after --q: jimo {args.command} … --q {words[0]})" if queried else _flags_meant(command, unknown)
        command.error(f"unrecognized arguments: {' '.join(unknown)}{hint}")
    original_stdout, sys.stdout = sys.stdout, _StdoutAfterPipeClosed(sys.stdout)
    try:
        status = _run(args)
        sys.stdout.flush()  # here, where a closed pipe is caught: not at exit, after stdout is put back
        return status
    except BrokenPipeError:  # `jimo info … | head`: the reader has gone, there is no one to tell
        _stdout_to_devnull(original_stdout)
        return 1
    except (OSError, ValueError, CannotWrite) as error:
        print(f"jimo: {escaped(_reason(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jimo: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout = original_stdout


class _StdoutAfterPipeClosed:
    """Standard output for `jimo … | head`: once the reader has gone, the rest of the output goes
    nowhere and the command finishes its work (its `--out` file written, which a broken pipe
    would otherwise stop)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            _stdout_to_devnull(self._stream)
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            _stdout_to_devnull(self._stream)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _stdout_to_devnull(stream) -> None:
    """The process's standard output pointed at /dev/null: what is still buffered, and any later
    output, goes nowhere instead of raising at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, stream.fileno())
    os.close(devnull)


def with_dash_values_joined(argv: list[str]) -> list[str]:
    """The arguments, a filter's value that begins with a dash joined to its option
    (`--q -签约` as `--q=-签约`): argparse would read the value as an option of its own.
    Every option of `jimo` is long, so a single dash begins a value (a query's exclusion)."""
    joined: list[str] = []
    for token in argv:
        if joined and joined[-1] in _FILTER_FLAGS and token.startswith("-") and not token.startswith("--"):
            joined[-1] = f"{joined[-1]}={token}"
        else:
            joined.append(token)
    return joined


CACHE_DIR_HELP = "where parsed pages are cached (default: JIMO_CACHE_DIR or the user cache dir)"


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jimo", description="Read a folder of newspaper pages into tables.")
    parser.add_argument("--cache-dir", help=CACHE_DIR_HELP)
    # …and after the command too (`jimo info DIR --cache-dir X`): given there, it wins.
    after_command = argparse.ArgumentParser(add_help=False)
    after_command.add_argument("--cache-dir", default=argparse.SUPPRESS, help=CACHE_DIR_HELP)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    parser.commands = {}

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        parser.commands[name] = commands.add_parser(name, parents=[after_command], **kwargs)
        return parser.commands[name]

    info = command("info", help="summary of a corpus and every page with a problem")
    info.add_argument("source", type=_path, nargs="?", help="a folder of .txt pages, or one file")
    info.add_argument("--store", type=_path, help="instead of a folder: a Parquet store (docs/store.md), served through DuckDB")
    export = command("export", help="write the tables, filtered like a dashboard link, as CSV, Excel or JSON Lines")
    export.add_argument("source", type=_path, nargs="?", help="a folder of .txt pages, or one file")
    export.add_argument("--store", type=_path, help="instead of a folder: a Parquet store (docs/store.md), served through DuckDB")
    export.add_argument("--out", required=True, type=_path, help="output folder (created if missing)")
    export.add_argument(
        "--format", choices=tuple(FORMATS), default="csv", help="csv (UTF-8 with BOM, the default), xlsx or jsonl (JSON Lines)"
    )
    export.add_argument(
        "--table",
        dest="tables",
        action="append",
        choices=EXPORTS,
        metavar="TABLE",
        help=f"only this table (repeat for several; default: all of {', '.join(EXPORTS)})",
    )
    _add_filters(export)
    colloc = command("collocates", help="collocates of a term (log-Dice, MI, t-score), as the collocates page shows them")
    colloc.add_argument("source", type=_path, help="a folder of .txt pages")
    colloc.add_argument("term")
    colloc.add_argument("--window", type=_count, default=5, help="content terms left and right of each hit (default 5)")
    colloc.add_argument(
        "--assoc",
        "--measure",
        dest="measure",
        choices=tuple(MEASURES),
        default="logdice",
        help="the ranking measure, as the URL's assoc= (default logdice)",
    )
    colloc.add_argument("--top", type=_count, default=50, help="rows to list (default 50)")
    colloc.add_argument("--out", type=_path, help="also write the table to this CSV file")
    _add_filters(colloc)
    comparison = command("compare", help="key terms of two sub-corpora, each against the other, as the collocates page compares them")
    comparison.add_argument("source", type=_path, help="a folder of .txt pages")
    for side in ("a", "b"):
        comparison.add_argument(
            f"--{side}",
            required=True,
            metavar="QUERY",
            help=f"sub-corpus {side.upper()} as a dashboard link's filters, e.g. 'pub=新即墨' or 'from=2024-01-01&to=2024-06-30'",
        )
    comparison.add_argument("--top", type=_count, default=30, help="key terms to list for each (default 30)")
    comparison.add_argument("--out", type=_path, help="also write key_terms_a.csv and key_terms_b.csv into this folder")
    _add_filters(comparison)
    projects = command("projects", help="each project under one name with the stages it reached, as the projects page lists them")
    projects.add_argument("source", type=_path, nargs="?", help="a folder of .txt pages")
    projects.add_argument(
        "--store", type=_path, help="instead of a folder: a Parquet store, its ranking of projects by articles (as its projects page)"
    )
    projects.add_argument(
        "--status",
        action="append",
        choices=STAGES,
        metavar="STAGE",
        help=f"only projects a mention reports at this stage (repeat for several; as the page's `status`): {', '.join(STAGES)}",
    )
    _add_printed_rows(projects)
    _add_filters(projects)
    officials = command(
        "officials", help="each person's offices with first and last mention, most mentioned first, as the officials page lists them"
    )
    officials.add_argument("source", type=_path, help="a folder of .txt pages")
    officials.add_argument(
        "--office",
        help="only offices or titles as written that hold this text (书记, 即墨区, 副区长), in the order their holders first appear",
    )
    _add_printed_rows(officials)
    _add_filters(officials)
    search = command(
        "search", help="the articles a query (--q) and filters find, newest first, with each term's hits, as the reader lists them"
    )
    search.add_argument("source", type=_path, nargs="?", help="a folder of .txt pages")
    search.add_argument(
        "--store", type=_path, help="instead of a folder: a Parquet store, searched through DuckDB (its rows list no bylines or officials)"
    )
    _add_printed_rows(search)
    _add_filters(search)
    read = command("read", help="one article in full, by the id `jimo search` lists (003_10918a961b3f8c53.txt#2)")
    read.add_argument("source", type=_path, help="a folder of .txt pages")
    read.add_argument("article", help="the article's id, as `jimo search` and the reader's links give it")
    corrections = command("corrections", help="the rules of the folder's corrections.toml: in force, rows changed, stale")
    corrections.add_argument("source", type=_path, help="a folder of .txt pages")
    reuse = command("reuse", help="reprints: stories printed by several papers, source first (docs/reuse.md)")
    reuse.add_argument("source", type=_path, help="a folder of .txt pages")
    reuse.add_argument("--out", type=_path, help="write reprints.<format> into this folder instead of printing")
    reuse.add_argument("--format", choices=tuple(FORMATS), default="csv")
    command("schema", help="print the data model (docs/data-model.md)")
    ingest = command("ingest", help="parse a folder on Dask into a Parquet store (docs/store.md)")
    ingest.add_argument("source", type=_path, help="a folder of .txt pages, seen by every worker at this path")
    ingest.add_argument("--store", required=True, help="the store: a folder or an fsspec URL (s3://bucket/prefix)")
    ingest.add_argument("--scheduler", help="a running Dask scheduler, tcp://HOST:PORT (default: a local cluster)")
    ingest.add_argument("--workers", type=_count, help="worker processes of the local cluster (default: one per core)")
    serve = command("serve", help="start the dashboard on a folder of pages (default: the bundled seeds) or a store")
    serve.add_argument("source", type=_path, nargs="?", help="a folder of .txt pages, or one file (default: the bundled seeds)")
    serve.add_argument("--corpus", type=_path, help="the same as SOURCE")
    serve.add_argument("--store", help="instead of a folder: a Parquet store (docs/store.md), a folder or an fsspec URL")
    serve.add_argument("--port", type=_port, default=os.environ.get("PORT") or "8501", help="1 to 65535; default: PORT or 8501")
    serve.add_argument(
        "--host",
        default=os.environ.get("HOST") or "127.0.0.1",
        help="default: HOST or 127.0.0.1 (this machine only; 0.0.0.0: every network)",
    )
    return parser


def _add_printed_rows(command: argparse.ArgumentParser) -> None:
    """--top and --out of a command that prints a table: the first rows shown, every row written."""
    command.add_argument("--top", type=_count, default=20, help="rows to print (default 20; --out writes them all)")
    command.add_argument("--out", type=_path, help="also write every row to this CSV file")


def _add_filters(command: argparse.ArgumentParser) -> None:
    for f in FILTER_OPTIONS:
        command.add_argument(
            f"--{f.key}",
            dest=f"filter_{f.key}",
            action="append",
            default=[],
            metavar=f.field.upper(),
            help=f"{f.usage()} (the URL parameter `{f.key}`)",
        )


def _count(text: str) -> int:
    """A whole number of zero or more (a window, a number of rows)."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of zero or more")
    return int(text)


def _port(text: str) -> int:
    """A TCP port a server may listen on."""
    port = _count(text)
    if not 1 <= port <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"{text} is no port: a port is a whole number from 1 to {MAX_PORT}")
    return port


MAX_PORT = 65535


def _path(text: str) -> Path:
    """A path argument; an empty one would silently mean the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    return Path(text)


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        sys.stdout.write(data_model_markdown())
        return 0
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "serve":
        return _serve(args)
    if args.command in ("export", "reuse", "compare", "projects", "officials", "search") and args.out is not None:
        check_writable(args.out)
    if args.command in FROM_A_STORE and (args.store is None) == (args.source is None):
        both = "not both" if args.store else "one of them"
        raise ValueError(f"{args.command}: name a folder of pages or --store DEST, {both}")
    if args.command in FROM_A_STORE and args.store:
        return _from_store(args)
    corpus = load_corpus(args.source, cache_dir=args.cache_dir, progress=_progress_printer())
    if corpus.pages.empty:
        raise ValueError(_no_pages(args.source, len(corpus.ignored)))
    if args.command == "info":
        print(summary(corpus))
        return 0
    if args.command == "corrections":
        for line in corrections_report(corpus.corrections):  # a rule's text cannot forge a line
            print(escaped(line))
        return 0
    if args.command == "reuse":
        return _reuse(corpus, args)
    if args.command == "read":
        return _read(corpus, args.article)
    selection = select(corpus, _filters(args, corpus).filters)
    _note_undated(selection)
    if args.command == "collocates":
        return _collocates(args, selection)
    if args.command == "compare":
        return _compare(args, selection)
    if args.command == "projects":
        return _projects(args, selection)
    if args.command == "officials":
        return _officials(args, selection)
    if args.command == "search":
        return _search(args, selection)
    for path in export_tables(selection, args.out, args.format, args.tables or EXPORTS):
        print(escaped(path))
    return 0


def _note_undated(selection: Selection) -> None:
    """Say what the date bounds leave out, as the sidebar does: articles without a date."""
    if selection.undated and selection.filters.undated != "include":
        print(
            f"jimo: note: {_counted(selection.undated, 'article')} without a date left out by the date bounds (--undated include keeps them)",
            file=sys.stderr,
        )


def _counted(n: int, noun: str) -> str:
    """`1 article`, `2 articles`."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _filters(args: argparse.Namespace, corpus) -> ParsedParams:
    """The command's filter options, checked against the corpus (or store)."""
    return _checked({f.key: getattr(args, f"filter_{f.key}") for f in FILTER_OPTIONS}, corpus, "--q")


def _checked(params: dict[str, list[str]], corpus, query_option: str, label: str = "") -> ParsedParams:
    """Filters from parameters, every value the corpus cannot use an error: unlike a
    shared link, a typed command is corrected, not half-run. `label` names where they
    were typed, for the message."""
    parsed = parse_params(params, corpus)
    if parsed.messages:
        raise ValueError(label + "; ".join(m.problem for m in parsed.messages))
    for note in parse_query(parsed.filters.query).notes:  # how a malformed query was read, as the sidebar says
        print(f"jimo: note on {query_option}: {QUERY_NOTES[note]}", file=sys.stderr)
    return parsed


def _side(args: argparse.Namespace, side: str, corpus) -> ParsedParams:
    """Sub-corpus `side` (a or b): its `--a`/`--b` query string, in a link's syntax."""
    option = f"--{side}"
    params = parse_qs(getattr(args, side), keep_blank_values=True)
    keys = [f.key for f in FILTER_OPTIONS]
    if unknown := sorted(set(params) - set(keys)):
        raise ValueError(f"{option}: no filter named {', '.join(unknown)} (the filters: {', '.join(keys)})")
    if not any(value.strip() for values in params.values() for value in values):  # `--a pub`, `--a pub=`: the whole corpus
        raise ValueError(f"{option}: no filter given (e.g. {option} 'pub=新即墨')")
    return _checked(params, corpus, f"{option}'s q", f"{option}: ")


FROM_A_STORE = ("info", "export", "search", "projects")  # the commands a store answers, as well as a folder


def _from_store(args: argparse.Namespace) -> int:
    """`info`, `export`, `search` and `projects` of a store: its tables assembled and filtered by DuckDB."""
    from .serving import open_store  # DuckDB is imported only for a store

    store = open_store(args.store, args.cache_dir)
    if args.command == "info":
        print(store_summary(store))
        return 0
    if args.command == "search":
        return _search_store(args, store)
    if args.command == "projects":
        return _projects_store(args, store)
    tables = args.tables or tuple(name for name in EXPORTS if name not in NOT_FROM_A_STORE)
    if wanted := sorted(set(tables) & set(NOT_FROM_A_STORE)):
        raise ValueError(f"--table {', '.join(wanted)}: not written from a store yet")
    if not args.tables:  # said, not left for the user to find missing
        print(f"not written from a store yet: {', '.join(NOT_FROM_A_STORE)}", file=sys.stderr)
    for path in export_tables(store.select(_filters(args, store).filters), args.out, args.format, tables):
        print(escaped(path))
    return 0


def _ingest(args: argparse.Namespace) -> int:
    """Exit status 1 when a batch failed: the store is then short of it until a rerun."""
    from .ingest.distributed import ingest

    listing = discover(args.source)
    if not listing.files:
        raise ValueError(_no_pages(args.source, len(not_read_as_corrections(listing.ignored))))
    done = ingest(args.source, args.store, scheduler=args.scheduler, workers=args.workers or None, progress=True)
    for failure in done.failures:
        print(f"jimo: {escaped(failure)}", file=sys.stderr)
    print(done.line())
    return 1 if done.failures else 0


def _no_pages(source: Path, ignored: int) -> str:
    others = f" ({ignored} other file{'s' if ignored > 1 else ''} not read)" if ignored else ""
    return f"{source} holds no .txt pages{others}: nothing to read"


def _serve(args: argparse.Namespace) -> int:
    """Check what the dashboard is to serve, then become its server (Streamlit). A folder
    that is not there, a port in use: one line here, not a page in the browser."""
    if args.source and args.corpus:
        raise ValueError("serve: name the folder once, as SOURCE or --corpus")
    source, store = args.source or args.corpus, args.store
    if source and store:
        raise ValueError("serve: name a folder of pages or --store DEST, not both")
    if not source and not store:  # what the dashboard would read from the environment, checked here too
        store = os.environ.get("JIMO_STORE") or None
        source = None if store else _path(os.environ.get("JIMO_CORPUS") or str(DASHBOARD.parent / "seeds"))
    local = source or (Path(store) if "://" not in store else None)  # a URL is checked when the store opens
    if local and not local.exists():
        raise FileNotFoundError(2, "no such file or folder", str(local))
    if not DASHBOARD.is_file():
        raise FileNotFoundError(2, "the dashboard is not beside the package (run jimo from the repository's .venv)", str(DASHBOARD))
    host = args.host if args.host != "0.0.0.0" else "127.0.0.1"  # a server listening on every address answers here too
    if _port_in_use(host, args.port):
        free = next((port for port in range(args.port + 1, min(args.port + 100, MAX_PORT) + 1) if not _port_in_use(host, port)), None)
        hint = f": start on another, --port {free}" if free else ""
        raise ValueError(f"port {args.port} is in use (another dashboard?){hint}")
    if args.cache_dir:
        os.environ["JIMO_CACHE_DIR"] = args.cache_dir
    served = ["--store", store] if store else ["--corpus", str(source.resolve())]
    print(f"jimo: the dashboard of {escaped(served[-1])} at http://{args.host}:{args.port}/ (Ctrl-C stops it)")
    command = ["streamlit", "run", str(DASHBOARD), "--server.address", args.host, "--server.port", str(args.port), "--", *served]
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-m", *command])
    return 0  # not reached: the server runs in this process


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex((host, port)) == 0


def _collocates(args: argparse.Namespace, selection: Selection) -> int:
    table = collocates(selection.corpus, args.term, selection.mask, window=args.window, measure=args.measure, top=args.top)
    print(
        f"{escaped(args.term)}: {node_hits(selection.corpus, args.term, selection.mask)} hits, window ±{args.window}, ranked by {args.measure}"
    )
    _print_table(table, empty="no collocates")
    if args.out:
        print(escaped(_write(table, args.out, "csv")))
    return 0


def _projects(args: argparse.Namespace, selection: Selection) -> int:
    """The projects page's table: one row per project (its names grouped over the whole
    corpus), the stages it reached and their first dates, within the command's filters."""
    corpus = selection.corpus
    places = mention_places(corpus.projects, corpus.pages, corpus.officials)
    mentions = with_project_names(selection.projects, project_names(corpus.projects["name"]), places)
    summary = project_summary(mentions)
    table = summary[summary["name"].isin(reaching(mentions, args.status))] if args.status else summary
    print(f"{_counted(len(table), 'project')}{_reaching(args)}")
    if args.status and table.empty:
        print(_stages_reported(projects_at_each_stage(mentions)))  # which to ask for instead
    unreached = [stage for stage in STAGES if table[stage].isna().all()]
    return _list_rows(args, table, lambda rows: rows.drop(columns=unreached))


def _projects_store(args: argparse.Namespace, store) -> int:
    """A store's projects page on the command line: each name its mentions, articles, stages
    reported and first and last date, most articles first (one row per name: a store does not
    group a project's names), within the filters and `--status`."""
    filters = _filters(args, store).filters
    table = store.ranking("projects", filters, reached=tuple(args.status or ()))
    print(f"{_counted(len(table), 'project name')}{_reaching(args)}")
    if args.status and table.empty:
        stages = store.ranking("projects", filters)["stages"].str.split("、").explode()
        print(_stages_reported({stage: int((stages == stage).sum()) for stage in STAGES}))
    return _list_rows(args, table, lambda rows: _as_days(rows, "first_date", "last_date"))


def _stages_reported(projects_at: dict[str, int]) -> str:
    """The stages some project was reported at, each with how many (`--status` takes one of them)."""
    reported = [f"{stage} {n}" for stage, n in projects_at.items() if n]
    return f"stages reported (projects): {', '.join(reported)} (--status STAGE)" if reported else "no project here has a stage reported"


def _reaching(args: argparse.Namespace) -> str:
    return f" reaching {' or '.join(args.status)}" if args.status else ""


def _officials(args: argparse.Namespace, selection: Selection) -> int:
    """The officials page's table (`jimo export --table officials_timeline` writes it too), its
    rows narrowed to offices or titles holding `--office`, then by office and in the order their holders
    first appear in it, as the page's office holders are; the first `--top` printed, all written."""
    everyone = most_mentioned_first(officials_timeline(selection.officials))
    table = everyone
    if args.office:
        table = table[table["office"].str.contains(args.office, regex=False) | table["titles"].str.contains(args.office, regex=False)]
        table = table.sort_values(["office", "first_date", "last_date", "name"], na_position="last", kind="stable")
    people = table["name"].nunique()
    print(f"{_counted(len(table), 'office')} held by {people:,} {'person' if people == 1 else 'people'}")
    if args.office and table.empty and len(everyone):
        print(_offices_held(everyone["office"], args.office))  # which to ask for instead
    return _list_rows(args, table, lambda rows: _as_days(rows.drop(columns="article_ids"), "first_date", "last_date"))


OFFICES_SUGGESTED = 5


def _offices_held(offices: pd.Series, asked: str) -> str:
    """The offices held here nearest to the one asked for (`县委书记` on a district's pages: its
    `区委书记`), by the characters they share, else the most held (`--office` takes any part of one)."""
    held = offices[offices.ne("")].value_counts()
    shared = held.index.map(lambda office: len(set(office) & set(asked)))
    nearest = held[shared == shared.max()] if len(held) and shared.max() else held
    listed = ", ".join(f"{office} {n}" for office, n in nearest.head(OFFICES_SUGGESTED).items())
    return f"no office or title here holds “{escaped(asked)}”; offices here (holders): {listed} (--office TEXT)"


def _list_rows(args: argparse.Namespace, table: pd.DataFrame, as_printed=lambda rows: rows) -> int:
    """The table's first `--top` rows printed (`as_printed` readies them for the terminal), what is
    left said, and every row written to `--out` as it is."""
    _print_table(as_printed(table.head(args.top)))
    _print_more(len(table), args.top)
    if args.out:
        print(escaped(_write(table, args.out, "csv")))
    return 0


def _as_days(table: pd.DataFrame, *columns: str) -> pd.DataFrame:
    # An empty selection's columns hold no dates to give them a date's dtype.
    return table.assign(**{column: pd.to_datetime(table[column]).dt.strftime("%Y-%m-%d") for column in columns})


def _print_more(total: int, top: int) -> None:
    if total > top:
        print(f"… {total - top} more (--top N prints more; --out FILE writes them all)")


def _search(args: argparse.Namespace, selection: Selection) -> int:
    """The reader's results list: date, publication, headline, bylines, officials, each
    query term's hits, kind and article id; the first `--top` printed, all written. Without
    --q, every article the other filters keep."""
    listing = reading_list(selection.corpus, selection.listing, selection.filters.query)
    print(f"{len(listing):,} {'article, caption or notice' if len(listing) == 1 else 'articles, captions and notices'}")
    return _list_rows(args, listing, lambda rows: _as_days(rows, "date"))


def _read(corpus, article_id: str) -> int:
    """The article's head (its titles, day, paper, credits), then its text a paragraph a line, each
    line made inert for the terminal (`escaped`)."""
    found = corpus.articles[corpus.articles["article_id"] == article_id]
    if found.empty:
        page = article_id.rsplit("#", 1)[0]  # a file's name may hold a # of its own
        on_page = corpus.articles.loc[corpus.articles["page_id"] == page, "article_id"].tolist()
        hint = f"; that page's are {', '.join(on_page)}" if on_page else "; `jimo search` lists the ids"
        raise ValueError(f"no article “{article_id}” in this corpus{hint}")
    article = found.iloc[0]
    credits = corpus.bylines[corpus.bylines["article_id"] == article_id]
    day = article["date"].strftime("%Y-%m-%d") if pd.notna(article["date"]) else "undated"
    head = [
        *(part for part in (article["kicker"], article["headline"], article["subheadline"]) if part),
        f"{day}  {article['publication'] or 'publication unknown'}  ({article['kind']})",
        "  ".join(f"{name} ({role})" for name, role in zip(credits["name"], credits["role"])),
    ]
    for line in [*(line for line in head if line), "", *article["body"].split("\n")]:
        print(escaped(line))
    return 0


def _search_store(args: argparse.Namespace, store) -> int:
    """The store reader's results, as `_search` prints a folder's: newest first, each term's
    hits in a column named 「term」; without bylines and officials, which a store's results
    page does not read."""
    filters = _filters(args, store).filters
    unsearched = dataclasses.replace(filters, query="")  # the query is search_page's own, applied once with its hits
    total, shown = store.search_page(filters.query, unsearched, 0, args.top)
    print(f"{total} articles, captions and notices")
    _print_table(_as_days(_store_results(shown), "date"))
    _print_more(total, args.top)
    if args.out:
        print(escaped(_write(_store_results(store.search_page(filters.query, unsearched, 0, total)[1]), args.out, "csv")))
    return 0


def _store_results(shown: pd.DataFrame) -> pd.DataFrame:
    from .serving.store import RESULT_COLUMNS  # only for a store, as DuckDB is

    hits = [column for column in shown.columns if column not in RESULT_COLUMNS]
    named = shown.rename(columns={term: f"「{term}」" for term in hits})
    return named[["date", "publication", "headline", *(f"「{term}」" for term in hits), "kind", "article_id"]]


def _print_table(table: pd.DataFrame, empty: str = "") -> None:
    """A table as text, a name printed escaped; a dash for a missing value (a stage not reached)."""
    for line in _as_text(table, na_rep=NOTHING).splitlines() if len(table) else [empty] if empty else []:
        print(escaped(line))


def _as_text(table: pd.DataFrame, **options) -> str:
    """The table as text whose columns line up in a terminal: a Han character is two columns wide."""
    with pd.option_context("display.unicode.east_asian_width", True):
        return table.to_string(index=False, **options)


def _compare(args: argparse.Namespace, selection: Selection) -> int:
    """Key terms of A against B and of B against A, both within the command's filters."""
    corpus = selection.corpus
    masks = {side: select(corpus, _side(args, side, corpus).filters).mask & selection.mask for side in ("a", "b")}
    if empty := [side for side, mask in masks.items() if not mask.any()]:
        raise ValueError(f"--{empty[0]}: selects no article within the command's filters")
    result = compare(corpus, masks["a"], masks["b"], top=args.top)
    sides = (("a", result.key_a, result.articles_a, result.tokens_a), ("b", result.key_b, result.articles_b, result.tokens_b))
    for side, key_terms, articles, tokens in sides:
        print(
            f"{side.upper()} ({escaped(getattr(args, side))}): {articles:,} articles, {tokens:,} tokens; key terms against {'B' if side == 'a' else 'A'}:"
        )
        for line in _as_text(key_terms.round(2)).splitlines() if len(key_terms) else ["no key terms"]:
            print(escaped(line))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for side, key_terms, *_ in sides:
            print(escaped(_write(key_terms, args.out / f"key_terms_{side}.csv", "csv")))
    return 0


def _reason(error: Exception) -> str:
    """An error in words: `PATH: what is wrong` for a failed system call."""
    if isinstance(error, OSError) and error.filename is not None:
        return f"{os.fsdecode(error.filename)}: {_why(error)}"
    return str(error)


def _why(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)


def _progress_printer():
    def report(done: int, total: int) -> None:
        if (total >= 20 and sys.stderr.isatty()) or (done == total and total >= 200):
            print(f"\rparsing pages: {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    return report


def summary(corpus: Corpus) -> str:
    pages = corpus.pages
    figures = summary_figures(pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects)
    status = pages["status"].value_counts()
    lines = [
        f"corpus:     {escaped(corpus.root)}",
        f"pages:      {len(pages)} ({', '.join(f'{status.get(s, 0)} {s}' for s in ('ok', 'warning', 'error'))}); parsed now: {corpus.n_parsed}",
        *_figure_lines(figures, pages[pages["status"] != "ok"]),
    ]
    if corpus.repairs:
        lines.append("cache repairs (damaged or unwritable cache files, rebuilt from the pages):")
        lines += [f"  {escaped(str(repair))}" for repair in corpus.repairs]
    if corpus.ignored:
        lines.append(f"files not read (not .txt, or the reason given): {len(corpus.ignored)}")
        lines += _not_read_lines(corpus.ignored)
    return "\n".join(lines)


MAX_LISTED_NOT_READ = 20  # files of other kinds beside the pages (a gold folder's hundreds) are counted, not listed


def _not_read_lines(ignored: list[str]) -> list[str]:
    """Every file not read for a reason; the others listed when few, else counted by their ending."""
    with_reason = [path for path in ignored if path.endswith(")")]
    others = [path for path in ignored if not path.endswith(")")]
    lines = [f"  {escaped(path)}" for path in with_reason]
    if len(others) <= MAX_LISTED_NOT_READ:
        return lines + [f"  {escaped(path)}" for path in others]
    endings = pd.Series([Path(path).suffix or "(no ending)" for path in others]).value_counts()
    return lines + [f"  {_counted(n, escaped(ending) + ' file')}" for ending, n in endings.items()]


def _figure_lines(figures: dict, troubled: pd.DataFrame) -> list[str]:
    """The summary's figures and its pages with problems, for a folder and a store alike."""
    span = f"{figures['first_date']:%Y-%m-%d} to {figures['last_date']:%Y-%m-%d}" if pd.notna(figures["first_date"]) else "no dated page"
    lines = [
        f"date span:  {span}; {_counted(figures['undated_pages'], 'page')} without a date",
        f"papers:     {_counted(figures['unknown_pub_pages'], 'page')} name no publication (--pub unknown selects them)",
        f"issues:     {figures['issues']} (a paper's day each; {figures['numbered_issues']} print an issue number; a page without a date is in none)",
        f"articles:   {figures['articles']} (+ {figures['captions']} captions)",
        f"bylines:    {figures['credits']} credits, {figures['people_credited']} people",
        f"officials:  {figures['official_mentions']} titled mentions, {figures['officials']} people",
        f"projects:   {figures['project_mentions']} mentions of {figures['projects']} distinct names (`jimo projects` puts a project's names on one row)",
    ]
    if len(troubled):
        lines.append("pages with problems:")
        lines += [f"  {row.status:7} {escaped(row.page_id)}: {escaped(row.problems)}" for row in troubled.itertuples()]
    return lines


def store_summary(store) -> str:
    """`jimo info --store`: the figures of `summary`, answered by DuckDB."""
    status = store.sql("SELECT status, count(*) AS n FROM pages GROUP BY status").set_index("status")["n"]
    troubled = store.sql("SELECT status, page_id, problems FROM pages WHERE status <> 'ok' ORDER BY page_id")
    return "\n".join(
        [
            f"store:      {escaped(store.layout.root)} ({len(store.layout.batches)} batches; no corrections.toml applies to a store)",
            *_parser_line(store.layout.other_parser),
            f"pages:      {int(status.sum())} ({', '.join(f'{status.get(s, 0)} {s}' for s in ('ok', 'warning', 'error'))})",
            *_figure_lines(store.summary(), troubled),
        ]
    )


def _parser_line(other: str) -> list[str]:
    """A line when another parser wrote the store: its rows may differ from a fresh parse."""
    if not other:
        return []
    from .serving.layout import this_parser_version  # only for a store, as DuckDB is

    current = this_parser_version()
    return [f"parser:     written by version {other}; this jimo_data parses with {current}: `jimo ingest` into a new store to update"]


def check_writable(out: Path) -> None:
    """Raise CannotWrite when no file could be written in `out` (created if missing):
    the folder nearest to it that exists must be a writable folder."""
    folder = out.absolute()
    while not os.path.lexists(folder) and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        problem = "is not a folder"
    elif os.statvfs(folder).f_flag & os.ST_RDONLY:
        problem = "is on a read-only file system"
    elif not os.access(folder, os.W_OK | os.X_OK):
        problem = "is not writable (permission denied)"
    else:
        return
    raise CannotWrite(f"cannot write to {out}: {'it' if folder == out.absolute() else folder} {problem}")


def export_tables(selection: Selection, out: Path, fmt: str = "csv", tables: tuple[str, ...] = EXPORTS) -> list[Path]:
    """The selection's `tables` as files in `fmt`, one per table, named by the table.
    For xlsx, a table longer than an Excel sheet is an error before anything is written."""
    frames = {name: _table(selection, name) for name in EXPORTS if name in tables}
    if fmt == "xlsx":
        for name, frame in frames.items():
            if len(frame) >= XLSX_ROWS:
                raise ValueError(
                    f"{name}: {len(frame):,} rows, more than an Excel sheet holds: choose other tables with --table, or csv or jsonl"
                )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CannotWrite(f"cannot write to {out}: {_why(error)}") from error
    return [_write(frame, out / f"{name}.{FORMATS[fmt].extension}", fmt) for name, frame in frames.items()]


def export_csv(selection: Selection, out: Path) -> list[Path]:
    return export_tables(selection, out, "csv")


def _reuse(corpus: Corpus, args: argparse.Namespace) -> int:
    """The reprint clusters, as a file in --out or one line per article on stdout."""
    found = reprints(corpus)
    if found.empty:  # said, so that no output does not look like a command that did nothing
        print(
            f"jimo: no reprints among {len(corpus.articles):,} articles and captions (docs/reuse.md: what counts as one)", file=sys.stderr
        )
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        print(escaped(_write(found, args.out / f"reprints.{FORMATS[args.format].extension}", args.format)))
        return 0
    if not found.empty:  # tab-separated for other tools, under a header; a dash where there is nothing to say
        print("\t".join(REPRINT_COLUMNS))
    for row in found.itertuples():
        date = NOTHING if pd.isna(row.date) else f"{row.date:%Y-%m-%d}"
        lag = NOTHING if row.role == "source" or pd.isna(row.lag_days) else f"+{row.lag_days}d"
        fields = (
            row.cluster_id,
            row.role,
            date,
            lag,
            f"{row.share:.0%}",
            row.publication or NOTHING,
            row.headline or NOTHING,
            row.article_id,
        )
        print("\t".join(escaped(f) for f in fields))
    return 0


NOTHING = "—"  # what a printed table shows where there is no value (a stage not reached, a source's lag)
REPRINT_COLUMNS = ("cluster", "role", "date", "lag", "share", "publication", "headline", "article_id")


def _table(selection: Selection, name: str) -> pd.DataFrame:
    if name == "officials_timeline":
        return most_mentioned_first(officials_timeline(selection.officials))
    if name == "articles_text":  # in the reader's order, newest first
        return article_export(selection.corpus, reading_list(selection.corpus, selection.listing))
    return getattr(selection, name)


def _write(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # as `check_writable` promised: created if missing
        return write_table(frame, path, fmt)
    except OSError as error:  # a full disk, a file that is a folder, a lost mount
        if path.is_file():
            path.unlink()  # half a table must not pass for the whole
        raise CannotWrite(f"cannot write {path}: {_why(error)}") from error


# What a name may not print as itself: C0 and C1 controls (newline, carriage return,
# the escape that starts an ANSI sequence), invisible format and bidirectional
# characters, line and paragraph separators, and lone surrogates (the bytes of a name
# that is not UTF-8). A backslash stays itself: the walk already writes the bytes of
# such names as `\xNN` into page ids, which must not be escaped twice.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escaped(text: object) -> str:
    """`text` on one line and inert in a terminal: unsafe characters as backslash
    escapes, as Python writes them in a string literal (without the quotes)."""
    return _UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


if __name__ == "__main__":
    sys.exit(main())
