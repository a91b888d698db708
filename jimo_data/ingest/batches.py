"""The parallel map: pages' bytes -> the parse's frames, a batch at a time.

Workers build the frames too, so the parent only collects them. The per-file parse is
`jimo_data.parsing.parse_page`, pure, so a batch can run anywhere.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

import numpy as np
import pandas as pd

from ..parsing import ParsedPage, parse_page
from ..parsing.terms import use_dictionary_cache
from ..tables import CACHED_COLUMNS

log = logging.getLogger("jimo_data.ingest")
Progress = Callable[[int, int], None]
PARALLEL_FROM = 64  # pages to parse before it pays to start worker processes
BATCH_PAGES = 50  # pages a worker parses into one set of frames
ROW_TABLES = ("articles", "bylines", "officials", "projects")  # rows a ParsedPage lists by table


def parse_batches(
    blobs: list[bytes], workers: int | None = None, progress: Progress | None = None, dictionary_cache: str | None = None
) -> Iterable[dict[str, pd.DataFrame]]:
    """Parse pages into frames, a batch at a time, in `workers` processes when there are
    many pages. If worker processes cannot run (a script read from stdin cannot be
    re-imported by them), the batches not yet parsed are parsed here."""
    total = len(blobs)
    workers = worker_count(total, workers)
    size = max(1, min(BATCH_PAGES, total // (workers * 4) or 1))
    batches = [blobs[i : i + size] for i in range(0, total, size)]
    done = 0
    if workers > 1 and len(batches) > 1:
        try:
            context = get_context("spawn")
            with ProcessPoolExecutor(
                workers, mp_context=context, initializer=_start_worker, initargs=(dictionary_cache, os.getpid())
            ) as pool:
                for frames in pool.map(parse_batch, batches):
                    done += 1
                    _report(progress, done, batches, total)
                    yield frames
        except BrokenProcessPool as error:
            left = sum(map(len, batches[done:]))
            log.warning("the parse's worker processes stopped (%s): the %d pages left are parsed in this process", error, left)
    for batch in batches[done:]:
        done += 1
        _report(progress, done, batches, total)
        yield parse_batch(batch)


def worker_count(total: int, workers: int | None = None) -> int:
    """The processes that parse `total` pages: all cores when there are many."""
    if workers is None:
        return (os.cpu_count() or 1) if total >= PARALLEL_FROM else 1
    return workers


def _start_worker(dictionary_cache: str | None, parent: int) -> None:
    use_dictionary_cache(dictionary_cache)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="jimo-orphan-watch", daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (killed, say): the pool
    cannot tell it to stop then, and an orphan would parse on for nobody."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _report(progress: Progress | None, done_batches: int, batches: list[list[bytes]], total: int) -> None:
    if progress:
        progress(min(total, sum(len(b) for b in batches[:done_batches])), total)


def parse_batch(blobs: list[bytes]) -> dict[str, pd.DataFrame]:
    return frames_of([parse_page(blob) for blob in blobs])


def frames_of(parsed: list[ParsedPage]) -> dict[str, pd.DataFrame]:
    """The parsed pages as one frame per table, keyed by content hash (CACHED_COLUMNS)."""
    rows: dict[str, list[dict]] = {table: [] for table in ("pages", *ROW_TABLES)}
    terms: dict[str, list] = {"content_hash": [], "seq": [], "term": [], "count": []}
    for page in parsed:
        rows["pages"].append({"content_hash": page.content_hash, **page.page})
        for table in ROW_TABLES:
            rows[table].extend({"content_hash": page.content_hash, **row} for row in getattr(page, table))
        terms["content_hash"].extend([page.content_hash] * len(page.terms["seq"]))
        for column in ("seq", "term", "count"):
            terms[column].extend(page.terms[column])
    frames = {table: pd.DataFrame(records, columns=CACHED_COLUMNS[table]).convert_dtypes() for table, records in rows.items()}
    # Millions of term rows repeat a few thousand hashes and terms: categorical codes keep
    # them small in memory and in Parquet.
    frames["terms"] = pd.DataFrame(
        {
            "content_hash": pd.Categorical(terms["content_hash"]),
            "seq": np.asarray(terms["seq"], dtype=np.int64),
            "term": pd.Categorical(terms["term"]),
            "count": np.asarray(terms["count"], dtype=np.int32),
        }
    )
    for table in ("bylines", "officials", "projects"):
        frames[table]["content_hash"] = frames[table]["content_hash"].astype("category")
    return frames
