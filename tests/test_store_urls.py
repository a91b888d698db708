"""A store named by an fsspec URL is served as the same store on a local folder is:
the layout lists its files through fsspec and DuckDB reads them through the same
filesystem (docs/store.md). fsspec's in-memory filesystem stands for s3:// here."""

from __future__ import annotations

import fsspec
import pandas as pd
import pytest
from paths import SEEDS
from store_writer import write_store

from jimo_data import load_corpus
from jimo_data.ingest.files import discover, hash_files
from jimo_data.ingest.store import CacheStore
from jimo_data.serving import NotAStore, open_store


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The seeds' store on a local folder and its copy at memory://seeds-store."""
    base = tmp_path_factory.mktemp("urls")
    cache = base / "cache"
    load_corpus(SEEDS, cache_dir=cache)
    root, files, _ = discover(SEEDS)
    state = hash_files(files, {})
    write_store(base / "store", state.hashes, state.unreadable, CacheStore(cache, root).segments.read())
    memory = fsspec.filesystem("memory")
    memory.put(str(base / "store"), "/seeds-store", recursive=True)
    local, remote = open_store(base / "store", cache_dir=cache), open_store("memory://seeds-store", cache_dir=cache)
    yield local, remote
    local.close(), remote.close()
    memory.rm("/seeds-store", recursive=True)


@pytest.mark.parametrize("table", ["pages", "articles", "bylines", "officials", "projects", "terms"])
def test_a_url_store_serves_the_local_stores_tables(stores, table):
    local, remote = stores
    pd.testing.assert_frame_equal(remote.table(table), local.table(table))


def test_a_url_store_has_its_own_database_and_its_url(stores):
    local, remote = stores
    assert remote.path != local.path  # one serving database per store
    assert remote.layout.root == "memory:///seeds-store" and remote.layout.name == "seeds-store"
    assert remote.layout.batches == local.layout.batches and remote.summary() == local.summary()


def test_a_url_without_a_store_is_named_in_the_message(tmp_path):
    with pytest.raises(NotAStore, match="memory:///nothing-here: not a store"):
        open_store("memory://nothing-here", cache_dir=tmp_path)
