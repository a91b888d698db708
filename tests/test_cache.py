"""The Parquet cache: a second load parses nothing; a changed or added file only itself."""

from __future__ import annotations

import shutil

import pytest
from compare import assert_same_tables
from paths import SEEDS

from jimo_data import load_corpus
from jimo_data.ingest.snapshot import wait_for_snapshot


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_second_load_reads_only_the_cache(corpus_dir, tmp_path):
    first = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    second = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert (first.n_parsed, second.n_parsed) == (5, 0)
    for table in ("pages", "articles", "bylines", "officials", "projects"):
        assert first.table(table).equals(second.table(table)), table
    as_text = {"article_id": str, "term": str}  # categories may be listed in another order
    assert first.terms.astype(as_text).equals(second.terms.astype(as_text))


def test_changed_and_added_files_reparse_only_themselves(corpus_dir, tmp_path):
    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    page = corpus_dir / "004_6220ff5f0f64df25.txt"
    page.write_text(page.read_text("utf-8").replace("孙杰走访部分重点企业", "孙杰走访重点企业"), "utf-8")
    (corpus_dir / "005_new.txt").write_text((SEEDS / "000_a890f07f6fb61a4e.txt").read_text("utf-8") + "\n补记。", "utf-8")
    again = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert again.n_parsed == 2
    assert "孙杰走访重点企业" in set(again.articles["headline"])
    assert len(again.pages) == 6


def test_cache_dir_from_environment(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("JIMO_CACHE_DIR", str(tmp_path / "env-cache"))
    load_corpus(corpus_dir)
    assert any((tmp_path / "env-cache").glob("parser-*/seg-*/pages.parquet"))
    assert load_corpus(corpus_dir).n_parsed == 0


def test_cache_is_never_inside_the_corpus_folder(corpus_dir):
    with pytest.raises(ValueError, match="inside the corpus folder"):
        load_corpus(corpus_dir, cache_dir=corpus_dir / ".cache")


def test_many_segments_are_merged(corpus_dir, tmp_path, monkeypatch):
    import jimo_data.ingest.segments as segment_store

    monkeypatch.setattr(segment_store, "MAX_SEGMENTS", 2)
    for i in range(4):
        (corpus_dir / f"extra_{i}.txt").write_text(f"即墨新闻第{i}条。区委书记孙杰调研。", "utf-8")
        load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
        wait_for_snapshot()  # a reload merges segments in the background, after the snapshot
    segments = list((tmp_path / "cache").glob("parser-*/seg-*"))
    assert len(segments) <= 2
    final = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert final.n_parsed == 0 and len(final.pages) == 9


def test_merging_segments_leaves_the_large_ones_alone(corpus_dir, tmp_path, monkeypatch):
    """An archive's first ingest is a few large segments (here two: the seeds, then the
    seeds edited); the pages added one by one afterwards are merged with each other,
    never rewriting the large ones."""
    import jimo_data.ingest.segments as segment_store

    monkeypatch.setattr(segment_store, "MAX_SEGMENTS", 6)
    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    for page in SEEDS.glob("*.txt"):
        (corpus_dir / f"edited_{page.name}").write_text(page.read_text("utf-8") + "\n（补记）", "utf-8")
    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    large = set((tmp_path / "cache").glob("parser-*/seg-*"))
    for i in range(12):
        (corpus_dir / f"extra_{i}.txt").write_text(f"即墨新闻第{i}条。区委书记孙杰调研。", "utf-8")
        load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
        wait_for_snapshot()  # a reload merges segments in the background, after the snapshot
        segments = set((tmp_path / "cache").glob("parser-*/seg-*"))
        assert large <= segments and len(segments) <= 6
    assert load_corpus(corpus_dir, cache_dir=tmp_path / "cache").n_parsed == 0


@pytest.mark.parametrize(
    "change",
    [
        "add",
        "insert",
        "insert two apart",
        "edit",
        "remove",
        "remove all",
        "add duplicate",
        "remove canonical copy",
        "add re-encoded copy",
        "remove canonical text",
    ],
)
@pytest.mark.parametrize("start", ["snapshot", "previous corpus"])
def test_an_updated_snapshot_equals_a_fresh_load(corpus_dir, tmp_path, monkeypatch, change, start):
    """The update starts from the snapshot and the manifest on disk, or (a dashboard's
    reload) from the corpus loaded last in this process, which stands in for both."""
    from jimo_data.ingest.snapshot import SnapshotStore
    from jimo_data.ingest.store import CacheStore

    shutil.copy(SEEDS / "002_02c739f944b55ce5.txt", corpus_dir / "zz_copy_of_002.txt")
    last = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    page = corpus_dir / "004_6220ff5f0f64df25.txt"
    if change == "add":
        (corpus_dir / "new.txt").write_text(page.read_text("utf-8").replace("2月25日", "2月26日"), "utf-8")
    elif change == "insert":  # sorts between the old pages
        (corpus_dir / "003_inserted.txt").write_text(page.read_text("utf-8").replace("2月25日", "2月24日"), "utf-8")
    elif change == "insert two apart":  # one between the old pages, one after them all
        (corpus_dir / "003_inserted.txt").write_text(page.read_text("utf-8").replace("2月25日", "2月24日"), "utf-8")
        (corpus_dir / "zzz_last.txt").write_text(page.read_text("utf-8").replace("2月25日", "2月27日"), "utf-8")
    elif change == "remove all":
        for old in corpus_dir.glob("*.txt"):
            old.unlink()
    elif change == "edit":
        page.write_text(page.read_text("utf-8").replace("韩世军主持会议并讲话", "韩世军主持会议"), "utf-8")
    elif change == "remove":
        page.unlink()
    elif change == "add duplicate":
        shutil.copy(page, corpus_dir / "000_first_copy.txt")  # sorts first: becomes the canonical copy
    elif change == "add re-encoded copy":  # the same text in other bytes: a duplicate too
        (corpus_dir / "000_gbk_copy.txt").write_bytes(page.read_text("utf-8").encode("gb18030"))
    elif change == "remove canonical text":  # its re-encoded copy becomes the canonical page
        (corpus_dir / "zz_gbk_copy_of_004.txt").write_bytes(page.read_text("utf-8").encode("gb18030"))
        last = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
        page.unlink()
    else:
        (corpus_dir / "002_02c739f944b55ce5.txt").unlink()
    calls, read, write_each = [], SnapshotStore.read, SnapshotStore.write_each
    monkeypatch.setattr(SnapshotStore, "read", lambda self: calls.append("read") or read(self))
    monkeypatch.setattr(SnapshotStore, "write_each", lambda self, tables: calls.append("rebuilt") or write_each(self, tables))
    read_manifest = CacheStore.read_manifest
    monkeypatch.setattr(CacheStore, "read_manifest", lambda self: calls.append("manifest") or read_manifest(self))
    updated = load_corpus(corpus_dir, cache_dir=tmp_path / "cache", previous=last if start == "previous corpus" else None)
    monkeypatch.undo()
    first_step = next((call for call in calls if call != "manifest"), "neither")
    if start == "snapshot":
        assert first_step == "read" and "manifest" in calls
    else:  # never read, unless after a rebuild (which maps what it wrote)
        assert first_step in ("rebuilt", "neither") and "manifest" not in calls
    fresh = load_corpus(corpus_dir, cache_dir=tmp_path / "other-cache")
    assert_same_tables(updated, fresh)
    assert updated.n_parsed <= (2 if change == "insert two apart" else 1)
    if change == "remove canonical copy":
        assert updated.pages.set_index("page_id").loc["zz_copy_of_002.txt", "status"] == "ok"
    if change == "add duplicate":
        assert updated.pages.set_index("page_id").loc["004_6220ff5f0f64df25.txt", "duplicate_of"] == "000_first_copy.txt"
    if change == "add re-encoded copy":
        assert updated.pages.set_index("page_id").loc["004_6220ff5f0f64df25.txt", "duplicate_of"] == "000_gbk_copy.txt"
    if change == "remove canonical text":
        assert updated.pages.set_index("page_id").loc["zz_gbk_copy_of_004.txt", "status"] == "ok"


def test_rows_scattered_over_many_runs_are_taken_not_sliced(corpus_dir, tmp_path, monkeypatch):
    """A removed page's rows are dropped by joining the slices around them, unless they
    lie in more runs than MAX_RUNS: then they are taken row by row. Both give the tables
    of a fresh load."""
    import jimo_data.ingest.snapshot as snapshot

    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    (corpus_dir / "002_02c739f944b55ce5.txt").unlink()
    monkeypatch.setattr(snapshot, "MAX_RUNS", 0)
    assert_same_tables(load_corpus(corpus_dir, cache_dir=tmp_path / "cache"), load_corpus(corpus_dir, cache_dir=tmp_path / "other"))


def test_page_text_is_read_from_the_file(corpus_dir, tmp_path):
    corpus = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert corpus.page_text("001_736da492cd51ba95.txt").startswith("\n\n新即墨")
    assert corpus.page_text("no-such-page.txt") == ""


def test_an_unreadable_file_is_an_error_row_and_the_snapshot_keeps_it(corpus_dir, tmp_path):
    (corpus_dir / "gone.txt").symlink_to(corpus_dir / "no-such-file.txt")
    first = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    second = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    for corpus in (first, second):
        row = corpus.pages.set_index("page_id").loc["gone.txt"]
        assert row["status"] == "error" and row["problems"].startswith("cannot read the file")
    assert second.n_parsed == 0 and len(second.pages) == 6
    (corpus_dir / "gone.txt").unlink()
    assert len(load_corpus(corpus_dir, cache_dir=tmp_path / "cache").pages) == 5


def test_snapshots_of_older_parser_versions_are_removed(corpus_dir, tmp_path):

    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    wait_for_snapshot()
    (current,) = (tmp_path / "cache" / "snapshots").iterdir()
    stale = current.with_name(current.name.split("-")[0] + "-0000000000000000")
    shutil.copytree(current, stale)
    (corpus_dir / "new.txt").write_text("即墨新闻。区委书记孙杰调研。", "utf-8")
    load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    wait_for_snapshot()
    assert [p.name for p in (tmp_path / "cache" / "snapshots").iterdir()] == [current.name]


def test_a_snapshot_of_the_previous_format_is_still_read(corpus_dir, tmp_path):
    """Snapshots written before categorical columns were stored as codes hold Arrow
    dictionary columns; they load as they are, and the next change rewrites them."""
    import pyarrow as pa
    import pyarrow.feather as feather

    first = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    wait_for_snapshot()
    (snapshot,) = (tmp_path / "cache" / "snapshots").iterdir()
    for stored in snapshot.glob("terms*"):
        stored.unlink()
    feather.write_feather(pa.Table.from_pandas(first.terms, preserve_index=False), snapshot / "terms.arrow")
    again = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert again.n_parsed == 0
    as_text = {"article_id": str, "term": str}
    assert again.terms.astype(as_text).equals(first.terms.astype(as_text))


def test_a_rebuilt_corpus_is_served_from_its_memory_mapped_snapshot(corpus_dir, tmp_path):
    """After a full parse the tables are read back from the snapshot, so the memory the
    parse took can go back to the system; the tables are the same."""
    first = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert first.n_parsed == 5
    assert not first.terms["term"].array.codes.flags.owndata  # a view of the mapped file
    assert first.articles["body"].str.contains("孙杰").any()
    assert_same_tables(first, load_corpus(corpus_dir, cache_dir=tmp_path / "other-cache"))


def test_when_the_snapshot_cannot_be_written_the_built_tables_are_served(corpus_dir, tmp_path, monkeypatch, caplog):
    import jimo_data.ingest.snapshot as snapshot

    def disk_full(frame, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot, "_write_arrow", disk_full)
    corpus = load_corpus(corpus_dir, cache_dir=tmp_path / "cache")
    assert corpus.n_parsed == 5 and len(corpus.pages) == 5 and len(corpus.terms) > 1000
    assert "No space left on device" in caplog.text
    assert [r.what for r in corpus.repairs] == ["unwritable"]  # shown in the data-quality panel
    assert not list((tmp_path / "cache" / "snapshots").iterdir())  # no half-written folder


def test_workers_keep_the_fast_copy_of_jiebas_dictionary_in_the_cache_folder_given(corpus_dir, tmp_path):
    """The parser knows no storage: the loader hands it the cache folder, and the worker
    processes that parse a large load get it too (each loads jieba afresh)."""
    from jimo_data.ingest.batches import parse_batches

    pages = [p.read_bytes() for p in sorted(corpus_dir.glob("*.txt"))]
    frames = list(parse_batches(pages * 2, workers=2, dictionary_cache=str(tmp_path / "workers")))
    assert sum(len(f["pages"]) for f in frames) == 10
    assert len(list((tmp_path / "workers").glob("jieba-*.marshal"))) == 1
