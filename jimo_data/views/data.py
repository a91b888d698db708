"""Loading the corpus once per change of its files, with progress on the first load.

`st.cache_resource`, not `st.cache_data`: cache_data would unpickle a copy of every
table on every rerun (hundreds of MB for a whole archive). The corpus is shared
read-only; views filter it into new frames and never mutate it. The cache key includes
a fingerprint of the folder's file names, sizes and times, at most FILES_CHECK_SECONDS
old (folder_watch.py: taken in the background), so an added or changed file shows up
on the first rerun after that, without restarting the server. That reload starts from
the corpus loaded last (its tables, not the snapshot on disk) and from the listing the
fingerprint was made of (not a second walk).
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import nullcontext
from pathlib import Path

import streamlit as st

from jimo_data import Corpus, load_corpus
from jimo_data.analysis import article_names, article_term_totals, corpus_term_totals, term_matrix
from jimo_data.filters import Filters, select
from jimo_data.ingest.files import Listing
from jimo_data.parsing.terms import tokenizer
from jimo_data.serving import Store, open_store
from jimo_data.serving.layout import read_layout

from .folder_watch import FILES_CHECK_SECONDS, watch
from .i18n import t
from .served import warm

_served: dict[str, Corpus] = {}  # the corpus this process loaded last, by folder: a reload starts from it
_warm_ups: list[threading.Thread] = []  # not started yet: they wait for the page to be drawn


def corpus_path(argv: list[str] | None, default: Path) -> Path | None:
    """`-- --corpus PATH`, else `JIMO_CORPUS`, else `default` (dashboard.py passes the
    bundled seeds). None for `--corpus ""`: Path("") is the current folder, which the
    user did not ask for."""
    value = _option(sys.argv[1:] if argv is None else argv, "--corpus")
    if value is not None:
        return Path(value) if value.strip() else None
    return Path(os.environ.get("JIMO_CORPUS") or default)


def store_path(argv: list[str] | None) -> str | None:
    """The store to serve: `-- --store DEST`, else `JIMO_STORE`, else a `--corpus` /
    `JIMO_CORPUS` that holds a `store.json`; None to serve a folder of pages. A string,
    not a Path: DEST may be an fsspec URL."""
    args = sys.argv[1:] if argv is None else argv
    named = _option(args, "--store")
    if named is None:
        named = os.environ.get("JIMO_STORE") if _option(args, "--corpus") is None else None
    if named:
        return named
    corpus = _option(args, "--corpus") or os.environ.get("JIMO_CORPUS") or ""
    return corpus if corpus and (Path(corpus).expanduser() / "store.json").is_file() else None


def _option(args: list[str], name: str) -> str | None:
    """The value of `name VALUE` or `name=VALUE` among the arguments; None when absent."""
    for i, arg in enumerate(args):
        if arg == name or arg.startswith(name + "="):
            return arg.split("=", 1)[1] if "=" in arg else (args[i + 1] if i + 1 < len(args) else "")
    return None


@st.cache_resource(show_spinner=False, max_entries=2)
def _load(path: str, files_key: int, _lang: str, _listing: Listing | None) -> Corpus:
    lang = _lang  # not part of the cache key: a language switch must not reload
    bar = st.progress(0.0, text=t("loading", lang))

    def report(done: int, total: int) -> None:
        bar.progress(done / total, text=f"{t('loading', lang)} {done}/{total}")

    previous = _served.get(path)
    try:
        corpus = load_corpus(path, progress=report, previous=previous, listing=_listing)
    finally:
        bar.empty()  # a load that failed leaves no bar standing over its message
    with st.spinner(t("preparing", lang)) if previous is None else nullcontext():  # a first load's indexes, before the page
        warm_up(corpus, reload=previous is not None)
    _served[path] = corpus
    return corpus


def warm_up(corpus: Corpus, reload: bool) -> threading.Thread:
    """`prepare` the corpus: before the first page is drawn on a first load; on a reload
    (an added page or a saved correction) in a thread started once the page is drawn
    (`start_warm_ups`), so that the rerun shows the new tables as soon as they are
    loaded, without the warm-up competing with it for the interpreter. A view that
    needs an index before the warm-up has built it builds it itself: `Corpus.memo`
    values are pure, so computing one twice costs time, never a wrong table. After a
    first load, that thread loads the segmenter instead: a reload parses the pages
    added, and should not wait for jieba's dictionary. The thread, not started yet."""
    if reload:
        worker = threading.Thread(target=prepare, args=(corpus,), name="jimo-prepare", daemon=True)
    else:
        prepare(corpus)
        worker = threading.Thread(target=tokenizer, name="jimo-jieba", daemon=True)
    _warm_ups.append(worker)
    return worker


def start_warm_ups() -> None:
    """Start the warm-ups that reloads left waiting (dashboard.py, after the page)."""
    while _warm_ups:
        try:
            _warm_ups.pop().start()
        except IndexError:  # another session's run took it
            return


def get_corpus(path: Path, lang: str) -> Corpus:
    seen = watch(str(path)).current()
    return _load(str(path), hash((seen.files.fingerprint, seen.corrections)), lang, seen.files.listing)


def prepare(corpus: Corpus) -> None:
    """Compute once, up front, what filtering and the views derive from a corpus, so
    that the first filter a user sets costs what every later one does."""
    term_matrix(corpus)
    article_names(corpus)
    article_term_totals(corpus)
    corpus_term_totals(corpus)
    busiest = corpus.officials["name"].value_counts().index[:1]
    select(corpus, Filters(officials=tuple(busiest))).term_totals()


@st.cache_data(ttl=FILES_CHECK_SECONDS, show_spinner=False)
def store_key(dest: str) -> str:
    """The store's done batches, read at most every few seconds: a batch added by an
    ingest is served on the first rerun after that."""
    return read_layout(dest).signature


@st.cache_resource(show_spinner=False, max_entries=2)
def _open_store(dest: str, store_key: str, _lang: str) -> Store:
    with st.spinner(t("store_opening", _lang)):  # the first open of a set of batches builds its serving database
        store = open_store(dest)  # under the cache folder load_corpus uses (JIMO_CACHE_DIR)
        warm(store)
        return store


def get_store(dest: str, lang: str) -> Store:
    """The store, opened once per set of done batches and shared by every session."""
    return _open_store(dest, store_key(dest), lang)
