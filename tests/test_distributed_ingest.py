"""`jimo ingest`: the parse on Dask into a Parquet store, read back into the same tables
as `load_corpus`; a rerun writes nothing; a failed batch is invisible and a rerun
completes it (docs/store.md)."""

from __future__ import annotations

import functools
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from compare import assert_same_tables
from paths import SEEDS
from real_pages import REAL_PAGES

from jimo_data import load_corpus
from jimo_data.cli import main
from jimo_data.corpus import Corpus
from jimo_data.ingest.distributed import ingest, read_store_parse
from jimo_data.ingest.files import DANGLING_LINK
from jimo_data.parsing import parser_version

BATCH = 40  # files per task: the development corpus makes several batches


@pytest.fixture(scope="module")
def worker_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("worker-cache")


@pytest.fixture(scope="module")
def client(worker_cache):
    """Two worker processes, whose cache (jieba's dictionary copy) is not the user's."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port, as the ingest's own cluster takes
        host="127.0.0.1",
        env={"JIMO_CACHE_DIR": str(worker_cache)},
    )
    with cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """The seeds and the development pages, a copy of a seed under another name (one
    content, two files) and a link to nothing (a file that cannot be read)."""
    folder = tmp_path_factory.mktemp("source")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(REAL_PAGES, folder / "real")
    shutil.copy(next(SEEDS.glob("*.txt")), folder / "copy.txt")
    (folder / "gone.txt").symlink_to(folder / "nothing-here")
    return folder


@pytest.fixture(scope="module")
def local(source, tmp_path_factory) -> Corpus:
    return load_corpus(source, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def store(source, client, tmp_path_factory) -> tuple[Path, object]:
    dest = tmp_path_factory.mktemp("store")
    return dest, ingest(source, str(dest), client=client, batch_files=BATCH)


def store_corpus(dest: Path, root: Path) -> Corpus:
    return Corpus(root=root, **read_store_parse(str(dest)).tables())


def listing(dest: Path) -> dict[str, int]:
    """Every file of the store with its modification time."""
    return {str(p.relative_to(dest)): p.stat().st_mtime_ns for p in dest.rglob("*") if p.is_file()}


def parsed_batches(dest: Path) -> list[str]:
    return sorted({p.stem for p in (dest / "parsed").rglob("*.parquet")})


def test_the_store_gives_the_tables_of_load_corpus(store, source, local):
    dest, summary = store
    assert (summary.files, summary.new, summary.skipped, summary.errors, summary.failures) == (
        len(local.pages),
        len(local.pages) - 1,
        0,
        1,
        [],
    )
    assert_same_tables(local, store_corpus(dest, source))


def test_an_unreadable_file_is_a_row_with_its_problem(store, source):
    dest, _ = store
    parse = read_store_parse(str(dest))
    assert parse.unreadable == {"gone.txt": DANGLING_LINK}
    pages = parse.tables()["pages"].set_index("page_id")
    assert pages.loc["gone.txt", ["status", "problems"]].tolist() == ["error", DANGLING_LINK]
    assert len(pages) == sum(1 for _ in source.rglob("*.txt"))  # nothing dropped


def _dictionary_loads() -> tuple[int, str]:
    """In a worker: how often jieba's dictionary was loaded, and from which cache folder."""
    from jimo_data.parsing import terms

    return terms._load_tokenizer.cache_info().misses, str(terms._dictionary_cache)


def test_each_worker_loads_jieba_s_dictionary_once_from_its_cache(store, client, worker_cache):
    assert set(client.run(_dictionary_loads).values()) == {(1, str(worker_cache))}
    assert list(worker_cache.glob("jieba-*"))


def test_the_store_is_partitioned_by_publication_and_year(store, local):
    dest, _ = store
    folders = {p.parent.relative_to(dest / "parsed" / "pages").as_posix() for p in (dest / "parsed" / "pages").rglob("*.parquet")}
    dated = local.pages.dropna(subset=["date"])
    expected = {f"publication={pub or 'unknown'}/year={date.year}" for pub, date in zip(dated["publication"], dated["date"])}
    assert expected <= folders
    assert all(batch in {p.name for p in (dest / "done").iterdir()} for batch in parsed_batches(dest))
    assert json.loads((dest / "store.json").read_text())["format"] == 1


def test_a_batch_parsed_twice_counts_once(store, source, local, tmp_path):
    """Two ingests at once into one store can both parse a file: each page counts once."""
    dest = tmp_path / "store"
    shutil.copytree(store[0], dest)
    batch = parsed_batches(dest)[0]
    twin = "0" * 32  # the same batch again, under another id
    for path in [*dest.glob(f"parsed/*/*/*/{batch}.parquet"), dest / "files" / f"batch={batch}.parquet", dest / "done" / batch]:
        shutil.copy(path, path.with_name(path.name.replace(batch, twin)))
    assert_same_tables(local, store_corpus(dest, source))


def test_a_rerun_writes_nothing_new(store, source, client):
    dest, first = store
    before = listing(dest)
    again = ingest(source, str(dest), client=client, batch_files=BATCH)
    assert (again.new, again.skipped, again.errors, again.failures) == (0, first.new, 1, [])
    assert listing(dest) == before


def test_a_failed_batch_is_invisible_and_a_rerun_completes_it(seeds_corpus, client, tmp_path):
    """`done` is a file, not a folder: every task writes its parsed files, then fails on
    its marker (as a worker killed there would), and its retries fail the same way."""
    dest = tmp_path / "store"
    dest.mkdir()
    (dest / "done").write_text("in the way")
    failed = ingest(SEEDS, str(dest), client=client, batch_files=2)
    assert (len(failed.failures), failed.new, failed.errors) == (5, 0, 5)  # a file per task: 8 tasks wanted
    half_written = parsed_batches(dest)
    assert len(half_written) == 5, "the tasks wrote their parse before failing"
    assert len(read_store_parse(str(dest)).tables()["pages"]) == 0  # nothing half

    (dest / "done").unlink()
    done = ingest(SEEDS, str(dest), client=client, batch_files=2)
    assert (done.failures, done.new) == ([], 5)
    assert parsed_batches(dest) == half_written  # the same batches, written over: nothing twice
    assert_same_tables(seeds_corpus, store_corpus(dest, SEEDS))


def _die_after_the_first_parquet_file(marker: str) -> None:
    """In a worker: the first task to write a parsed file after it kills its process (as
    the kernel's OOM killer would), once in the cluster (`marker` says it happened)."""
    from jimo_data.ingest import distributed

    write = distributed._write

    @functools.wraps(write)
    def write_then_die(fs, path, table):
        write(fs, path, table)
        if "/parsed/" in path and not os.path.exists(marker):
            Path(marker).touch()
            os._exit(1)

    distributed._write = write_then_die


def _undo_fault() -> None:
    from jimo_data.ingest import distributed

    distributed._write = getattr(distributed._write, "__wrapped__", distributed._write)


def test_a_killed_worker_s_batch_is_retried_and_written_once(seeds_corpus, client, tmp_path):
    marker = tmp_path / "killed"
    client.run(_die_after_the_first_parquet_file, str(marker))
    try:
        done = ingest(SEEDS, str(tmp_path / "store"), client=client, batch_files=5)
    finally:
        client.run(_undo_fault)
    assert marker.exists(), "a worker died during its task"
    assert (done.failures, done.new) == ([], 5)
    assert parsed_batches(tmp_path / "store") == sorted(p.name for p in (tmp_path / "store" / "done").iterdir())
    assert_same_tables(seeds_corpus, store_corpus(tmp_path / "store", SEEDS))


def test_a_changed_and_an_added_file_are_all_a_rerun_parses(source, client, tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(source / "seeds", folder)
    dest = tmp_path / "store"
    ingest(folder, str(dest), client=client)
    first, second = sorted(folder.glob("*.txt"))[:2]
    first.write_bytes(first.read_bytes() + "\n本报讯 补记一段。\n".encode())  # new content under a known name
    shutil.copy(second, folder / "again.txt")  # known content under a new name
    rerun = ingest(folder, str(dest), client=client)
    assert (rerun.new, rerun.skipped) == (1, 5)
    assert_same_tables(load_corpus(folder, cache_dir=tmp_path / "cache"), store_corpus(dest, folder))


def test_the_command_ingests_on_a_running_scheduler(source, client, tmp_path, capsys):
    dest = f"file://{tmp_path}/store"  # an fsspec URL
    status = main(["ingest", str(source / "seeds"), "--store", dest, "--scheduler", client.scheduler.address])
    out = capsys.readouterr().out
    assert status == 0
    assert out.splitlines()[-1].startswith("files: 5, new: 5, skipped: 0, not read: 0, seconds: ")
    assert len(read_store_parse(dest).tables()["pages"]) == 5


@pytest.mark.parametrize(
    "store_json, error",
    [
        (
            {"format": 1, "parser_version": "older"},
            f"holds the parse of parser version older, this jimo_data parses with {parser_version()}",
        ),
        ("not json", "does not describe a store"),
    ],
)
def test_a_store_this_parser_did_not_make_is_refused(source, tmp_path, capsys, store_json, error):
    dest = tmp_path / "store"
    dest.mkdir()
    (dest / "store.json").write_text(json.dumps(store_json) if isinstance(store_json, dict) else store_json)
    assert main(["ingest", str(source / "seeds"), "--store", str(dest)]) == 2
    assert error in capsys.readouterr().err
    assert sorted(os.listdir(dest)) == ["store.json"]  # refused before a cluster starts or a file is written


def test_an_empty_store_is_refused(source, capsys):
    assert main(["ingest", str(source / "seeds"), "--store", " "]) == 2
    assert "the store DEST is empty" in capsys.readouterr().err


@pytest.fixture(scope="module")
def served(store, tmp_path_factory):
    from jimo_data.serving import open_store

    dest, _ = store
    served = open_store(dest, cache_dir=tmp_path_factory.mktemp("serving-cache"))
    yield served
    served.close()


@pytest.mark.parametrize("table", ["pages", "articles", "bylines", "officials", "projects"])
def test_duckdb_serves_the_store_jimo_ingest_wrote(served, local, table):
    """The two halves of the province path meet: what the Dask ingest writes is what the
    DuckDB serving reads, and it serves the local loader's tables."""
    pd.testing.assert_frame_equal(served.table(table), local.table(table).reset_index(drop=True))


def test_a_local_cluster_takes_a_free_port_beside_another(tmp_path):
    """The scheduler's HTTP server binds 8787 by default, dashboard or not: a second
    cluster on the machine (a running one, a test's) must not warn of it or take it."""
    import contextlib
    import socket
    import warnings

    from jimo_data.ingest.distributed import _connected

    with socket.socket() as held, warnings.catch_warnings(record=True) as caught:
        with contextlib.suppress(OSError):  # already taken: the case itself
            held.bind(("127.0.0.1", 8787))
            held.listen()
        warnings.simplefilter("always")
        with _connected(None, None, 1) as client:
            assert client.scheduler_info()["workers"]
    assert not [w for w in caught if "already in use" in str(w.message)]
