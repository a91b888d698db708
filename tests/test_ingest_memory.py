"""A rebuild keeps in memory only what the cache could not take: its parsed batches go
to segments and are read back once, the pages' bytes go to the parse, and assembly takes
each cached table out as it uses it. Whatever fails to be written, the tables are whole."""

from __future__ import annotations

import weakref

import pytest
from compare import assert_same_tables
from paths import REPO
from real_pages import copied

import jimo_data.corpus as corpus_module
from jimo_data import load_corpus
from jimo_data.ingest import segments as segment_store
from jimo_data.ingest import snapshot as snapshot_module
from jimo_data.ingest.assemble import assemble, assembled
from jimo_data.ingest.files import StaleManifest, discover, hash_files
from jimo_data.ingest.segments import SegmentStore

SAMPLE = sorted((REPO / "tests" / "pages" / "real").glob("*.txt"))[:18]


@pytest.fixture
def folder(tmp_path):
    return copied(SAMPLE, tmp_path / "pages")


@pytest.fixture
def clean(folder, tmp_path):
    return load_corpus(folder, cache_dir=tmp_path / "clean-cache")


# which segment writes fail (1-based) -> (segments left on disk, repairs noted)
WRITE_FAILURES = [
    ((), (3, [])),  # 18 pages parsed 4 a batch, saved once 5 (and half of what is done) wait: 8, 8, 2
    ((2,), (1, ["unwritable"])),  # the disk fills up after the first segment: the rest is held
    ((1, 2, 3), (0, ["unwritable"])),  # a cache that takes nothing: every row held
]


@pytest.mark.parametrize(("failing", "expected"), WRITE_FAILURES, ids=["all saved", "second fails", "all fail"])
def test_a_cold_load_gives_whole_tables_whatever_the_cache_takes(folder, clean, tmp_path, monkeypatch, failing, expected):
    monkeypatch.setattr(corpus_module, "SAVE_EVERY_PAGES", 5)
    writes = []
    write = SegmentStore._write_segment

    def fallible(self, tables):
        writes.append(len(tables["pages"]))
        if len(writes) in failing:
            raise OSError(28, "No space left on device")
        write(self, tables)

    monkeypatch.setattr(SegmentStore, "_write_segment", fallible)
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache", workers=1)
    assert_same_tables(corpus, clean)
    assert corpus.n_parsed == len(SAMPLE)
    segments, repairs = expected
    assert len(list((tmp_path / "cache").glob("parser-*/seg-*"))) == segments
    assert [repair.what for repair in corpus.repairs] == repairs


def test_the_parse_takes_the_pages_bytes_and_a_second_read_checks_them_again(folder):
    root, files, _ = discover(folder)
    state = hash_files(files, {})
    digest = state.hashes[SAMPLE[0].name]
    assert state.take(digest) == SAMPLE[0].read_bytes()
    assert digest not in state.blobs  # not held beside the parse
    assert state.take(digest) == SAMPLE[0].read_bytes()  # read from the file again
    (folder / SAMPLE[0].name).write_bytes(b"changed since it was hashed")
    with pytest.raises(StaleManifest):
        state.take(digest)


def test_assembly_that_releases_the_cached_rows_gives_the_same_tables(folder, tmp_path):
    load_corpus(folder, cache_dir=tmp_path / "cache")
    root, files, _ = discover(folder)
    state = hash_files(files, {})
    segments = SegmentStore(next((tmp_path / "cache").glob("parser-*")), lambda what, problem: None)
    kept, released = segments.read(), segments.read()
    by_copy = assemble(state.hashes, kept, state.unreadable)
    by_release = assemble(state.hashes, released, state.unreadable, release=True)
    assert released == {}  # every cached table taken out as it was used
    assert set(kept) == {"pages", "articles", "bylines", "officials", "projects", "terms"}
    for table, frame in by_copy.items():
        assert frame.equals(by_release[table]), table


def test_assembly_holds_no_table_it_has_handed_over(folder, tmp_path):
    """A rebuild writes each table to the snapshot as it is made: once the writer has
    dropped a table, nothing of the assembly keeps it alive."""
    load_corpus(folder, cache_dir=tmp_path / "cache")
    root, files, _ = discover(folder)
    state = hash_files(files, {})
    rows = SegmentStore(next((tmp_path / "cache").glob("parser-*")), lambda what, problem: None).rows()
    handed_over = []
    for table, frame in assembled(state.hashes, rows.parts, state.unreadable):
        assert all(ref() is None for ref in handed_over), f"a table before {table} is still held"
        handed_over.append(weakref.ref(frame))
        del frame
    assert len(handed_over) == 6


def test_segments_are_assembled_a_row_group_at_a_time(folder, clean, tmp_path, monkeypatch):
    """The peak of a cold ingest's memory is the terms' assembly: it holds the codes of
    the rows read so far and one row group's rows, not a whole segment's."""
    monkeypatch.setattr(segment_store, "ROW_GROUP_ROWS", 100)
    monkeypatch.setattr(corpus_module, "SAVE_EVERY_PAGES", 5)
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache", workers=1)
    assert_same_tables(corpus, clean)
    rows = SegmentStore(next((tmp_path / "cache").glob("parser-*")), lambda what, problem: None).rows()
    term_parts = [len(part) for part in rows.parts("terms")]
    assert len(term_parts) > 2 * len(rows.segments) and max(term_parts) <= 100
    assert sum(term_parts) == len(clean.terms)
    again = load_corpus(folder, cache_dir=tmp_path / "fresh-snapshot", workers=1)
    assert_same_tables(again, clean)


@pytest.mark.parametrize("failing_table", ["pages", "officials", "terms"])
def test_a_snapshot_that_cannot_be_written_leaves_whole_tables(folder, clean, tmp_path, monkeypatch, failing_table):
    """The disk fills up while the rebuild writes its tables: they are assembled again
    in memory, and the next load builds the snapshot."""
    write = snapshot_module._write_arrow

    def fallible(frame, path):
        if path.name == f"{failing_table}.arrow":
            raise OSError(28, "No space left on device")
        write(frame, path)

    monkeypatch.setattr(snapshot_module, "_write_arrow", fallible)
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert_same_tables(corpus, clean)
    assert [repair.what for repair in corpus.repairs] == ["unwritable"]
    monkeypatch.setattr(snapshot_module, "_write_arrow", write)
    again = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert (again.n_parsed, again.repairs) == (0, [])
    assert_same_tables(again, clean)
