"""A damaged cache repairs itself: every fault gives the same tables as a clean load
and says what it rebuilt (`Corpus.repairs`, shown in the data-quality panel); none
crashes the process or changes what a table holds."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from compare import assert_same_tables
from paths import SEEDS

from jimo_data import load_corpus
from jimo_data.ingest import integrity
from jimo_data.ingest.integrity import seal
from jimo_data.parsing import terms


@pytest.fixture(scope="module")
def clean_cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clean") / "cache"
    load_corpus(SEEDS, cache_dir=folder)
    return folder


@pytest.fixture(scope="module")
def clean(clean_cache):
    """The seeds as a clean load gives them: what every repaired load must equal."""
    return load_corpus(SEEDS, cache_dir=clean_cache)


@pytest.fixture
def cache(tmp_path, clean_cache):
    """A cache folder as one load of the seeds leaves it (a copy, for the test to damage)."""
    return Path(shutil.copytree(clean_cache, tmp_path / "cache"))


def snapshot_dir(cache: Path) -> Path:
    (folder,) = (cache / "snapshots").iterdir()
    return folder


def segment_dirs(cache: Path) -> list[Path]:
    return sorted(cache.glob("parser-*/seg-*"))


def manifest_path(cache: Path) -> Path:
    (path,) = (cache / "manifests").iterdir()
    return path


def flip_bit(path: Path, fraction: float) -> None:
    data = bytearray(path.read_bytes())
    position = min(len(data) - 1, int(len(data) * fraction))
    data[position] ^= 0x10
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def reseal_with_other_columns(folder: Path, name: str) -> None:
    """A forged file whose checksum matches: only the column check can catch it."""
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.parquet as parquet

    table = pa.table({"something_else": pa.array([1, 2, 3])})
    if name.endswith(".parquet"):
        parquet.write_table(table, folder / name)
    else:
        feather.write_feather(table, folder / name)
    (folder / "checksums.json").unlink()
    seal(folder)


def repaired(cache: Path, clean, what: str):
    corpus = load_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(corpus, clean)
    assert what in {repair.what for repair in corpus.repairs}, corpus.repairs
    assert all(repair.problem for repair in corpus.repairs)
    again = load_corpus(SEEDS, cache_dir=cache)  # the repair itself was cached
    assert (again.n_parsed, again.repairs) == (0, [])
    assert_same_tables(again, clean)
    return corpus


SNAPSHOT_FILES = ["pages.arrow", "articles.arrow", "terms.arrow", "terms.term.categories", "officials.arrow", "checksums.json"]


@pytest.mark.parametrize("name", SNAPSHOT_FILES)
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.75, 0.999])
def test_a_bit_flipped_in_the_snapshot_is_caught_and_the_tables_assembled_again(cache, clean, name, fraction):
    """A flipped bit once gave wrong names in the reader, or a segmentation fault."""
    flip_bit(snapshot_dir(cache) / name, fraction)
    repaired(cache, clean, "snapshot")


def test_a_snapshot_checked_once_is_read_again_only_when_a_file_changes(cache, clean, monkeypatch):
    """A dashboard reloading after an added page checks the same snapshot again: the
    files this process found sound, with their stamps unchanged, are not read again."""
    monkeypatch.setattr(integrity, "RACY_WINDOW_NS", 0)  # the copy was just written: settled at once here
    monkeypatch.setattr(integrity, "_checked", {})
    load_corpus(SEEDS, cache_dir=cache)
    read_again = []
    digest = integrity.file_digest
    monkeypatch.setattr(integrity, "file_digest", lambda path: read_again.append(path.name) or digest(path))
    assert_same_tables(load_corpus(SEEDS, cache_dir=cache), clean)
    assert read_again == []
    time.sleep(0.05)  # past the tick of the file times: the flipped file gets a new change time
    flip_bit(snapshot_dir(cache) / "terms.arrow", 0.5)
    repaired(cache, clean, "snapshot")
    assert "terms.arrow" in read_again


SNAPSHOT_FAULTS = {
    "a truncated table": lambda folder: truncate(folder / "articles.arrow"),
    "a deleted table": lambda folder: (folder / "bylines.arrow").unlink(),
    "a deleted list of categories": lambda folder: (folder / "terms.term.categories").unlink(),
    "no checksums (an interrupted write)": lambda folder: (folder / "checksums.json").unlink(),
    "checksums of the wrong shape": lambda folder: (folder / "checksums.json").write_text("[1, 2]"),
    "checksums that are not JSON": lambda folder: (folder / "checksums.json").write_bytes(b"\xff\x00garbage"),
    "an unexpected file": lambda folder: (folder / "stray.arrow").write_bytes(b"x"),
    "a table of other columns with a matching checksum": lambda folder: reseal_with_other_columns(folder, "pages.arrow"),
    "an empty table file": lambda folder: (folder / "projects.arrow").write_bytes(b""),
}


@pytest.mark.parametrize("fault", SNAPSHOT_FAULTS, ids=list(SNAPSHOT_FAULTS))
def test_a_damaged_snapshot_is_assembled_again(cache, clean, fault):
    SNAPSHOT_FAULTS[fault](snapshot_dir(cache))
    repaired(cache, clean, "snapshot")


SEGMENT_FAULTS = {
    "a bit flipped in pages": lambda seg: flip_bit(seg / "pages.parquet", 0.5),
    "a bit flipped in terms": lambda seg: flip_bit(seg / "terms.parquet", 0.3),
    "a truncated table": lambda seg: truncate(seg / "articles.parquet"),
    "a deleted table": lambda seg: (seg / "officials.parquet").unlink(),
    "an empty table file": lambda seg: (seg / "projects.parquet").write_bytes(b""),
    "no checksums": lambda seg: (seg / "checksums.json").unlink(),
    "a table of other columns with a matching checksum": lambda seg: reseal_with_other_columns(seg, "bylines.parquet"),
}


@pytest.mark.parametrize("fault", SEGMENT_FAULTS, ids=list(SEGMENT_FAULTS))
def test_a_damaged_segment_is_parsed_again(cache, clean, fault):
    """The snapshot is gone too, so the load must read the segments (the rebuild path)."""
    shutil.rmtree(snapshot_dir(cache))
    (segment,) = segment_dirs(cache)
    SEGMENT_FAULTS[fault](segment)
    corpus = repaired(cache, clean, "segment")
    assert corpus.n_parsed == 5


def test_half_the_cache_files_deleted(cache, clean):
    files = sorted(path for path in cache.rglob("*") if path.is_file() and "jieba" not in path.name)
    for path in files[::2]:
        path.unlink()
    corpus = load_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(corpus, clean)
    assert corpus.repairs  # something was rebuilt, and said so
    assert load_corpus(SEEDS, cache_dir=cache).n_parsed == 0


def wrong_hash_for_one_page(path: Path) -> None:
    """A manifest entry (checksum valid) that names another page's content hash."""
    _, _, body = path.read_bytes().partition(b"\n")
    manifest = json.loads(body)
    first, second = sorted(manifest)[:2]
    hashes = [value for value in manifest[second] if isinstance(value, str)]
    manifest[first] = [hashes[0] if isinstance(value, str) else value for value in manifest[first]]
    write_manifest(path, manifest)


def write_manifest(path: Path, manifest) -> None:
    from jimo_data.ingest.integrity import bytes_digest

    body = json.dumps(manifest).encode()
    path.write_bytes(bytes_digest(body).encode() + b"\n" + body)


MANIFEST_FAULTS = {
    "garbage": lambda path: path.write_bytes(b"\x00\xff not a manifest"),
    "the old format (plain JSON)": lambda path: path.write_bytes(path.read_bytes().partition(b"\n")[2]),
    "a checksum that does not match": lambda path: path.write_bytes(b"0" * 32 + b"\n" + path.read_bytes().partition(b"\n")[2]),
    "truncated": lambda path: truncate(path),
    "a list, checksum valid": lambda path: write_manifest(path, [1, 2, 3]),
    "entries of the wrong shape, checksum valid": lambda path: write_manifest(path, {"a.txt": "x", "001.txt": [None]}),
}


@pytest.mark.parametrize("fault", MANIFEST_FAULTS, ids=list(MANIFEST_FAULTS))
def test_a_damaged_manifest_means_hashing_every_file_again(cache, clean, fault):
    MANIFEST_FAULTS[fault](manifest_path(cache))
    corpus = load_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(corpus, clean)
    assert corpus.n_parsed == 0  # the files' hashes still find their cached rows
    assert load_corpus(SEEDS, cache_dir=cache).repairs == []


@pytest.mark.parametrize("snapshot_kept", [True, False], ids=["snapshot kept", "snapshot deleted"])
def test_a_manifest_entry_with_a_wrong_hash_does_not_drop_the_page(cache, clean, snapshot_kept):
    """It once dropped that page's articles on every later load."""
    if not snapshot_kept:
        shutil.rmtree(snapshot_dir(cache))
    wrong_hash_for_one_page(manifest_path(cache))
    corpus = load_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(corpus, clean)
    assert_same_tables(load_corpus(SEEDS, cache_dir=cache), clean)


@pytest.fixture
def dictionary_copy(tmp_path):
    """A cache whose jieba dictionary copy is read by this process's next parse."""
    folder = tmp_path / "dict-cache"
    terms._load_tokenizer.cache_clear()  # this process's tokenizer loads from the copy
    load_corpus(SEEDS, cache_dir=folder, workers=1)
    terms._load_tokenizer.cache_clear()
    (copy,) = folder.glob("jieba-*-sealed.marshal")
    yield copy
    terms._load_tokenizer.cache_clear()


DICTIONARY_FAULTS = {
    "a flipped bit": lambda path: flip_bit(path, 0.5),
    "truncated": truncate,
    "empty": lambda path: path.write_bytes(b""),
    "the wrong shape, checksum valid": lambda path: path.write_bytes(
        __import__("xxhash").xxh3_128_hexdigest(marshal.dumps([1, 2, 3])).encode() + marshal.dumps([1, 2, 3])
    ),
}


@pytest.mark.parametrize("fault", DICTIONARY_FAULTS, ids=list(DICTIONARY_FAULTS))
def test_a_damaged_jieba_dictionary_copy_is_rebuilt(dictionary_copy, tmp_path, clean, fault):
    """It once made every load fail."""
    DICTIONARY_FAULTS[fault](dictionary_copy)
    shutil.rmtree(snapshot_dir(dictionary_copy.parent))  # the parse must run: segments gone too
    for seg in segment_dirs(dictionary_copy.parent):
        shutil.rmtree(seg)
    corpus = load_corpus(SEEDS, cache_dir=dictionary_copy.parent, workers=1)
    assert corpus.n_parsed == 5
    assert_same_tables(corpus, clean)
    assert "dictionary" in {repair.what for repair in corpus.repairs}
    assert terms._read_sealed_dictionary(dictionary_copy) is not None  # rewritten whole


@pytest.fixture
def make_read_only():
    """Make a folder read-only for this process: a read-only bind mount when running as
    root (root ignores permission bits), else permission bits."""
    mounted = []

    def apply(folder: Path) -> None:
        if os.geteuid() == 0:
            commands = [["mount", "--bind", str(folder), str(folder)], ["mount", "-o", "remount,bind,ro", str(folder)]]
            if all(subprocess.run(c, capture_output=True).returncode == 0 for c in commands):
                mounted.append(folder)
        else:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(0o555 if path.is_dir() else 0o444)
        if os.access(folder, os.W_OK) and _can_write(folder):
            pytest.skip("cannot make a folder read-only here")

    yield apply
    for folder in mounted:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_a_read_only_cache_serves_an_unchanged_corpus(cache, clean, make_read_only):
    """It once failed: the manifest was rewritten on every load."""
    make_read_only(cache)
    corpus = load_corpus(SEEDS, cache_dir=cache)
    assert_same_tables(corpus, clean)
    assert (corpus.n_parsed, corpus.repairs) == (0, [])


def test_a_changed_corpus_with_a_read_only_cache_is_parsed_and_kept_in_memory(tmp_path, make_read_only):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    load_corpus(folder, cache_dir=tmp_path / "cache")
    make_read_only(tmp_path / "cache")
    (folder / "zz_new.txt").write_text("即墨日报 2026年4月3日\n区委书记孙杰调研新项目。", "utf-8")
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert len(corpus.pages) == 6 and corpus.n_parsed == 1
    assert [repair.what for repair in corpus.repairs] == ["unwritable"]
    assert "nothing will be cached" in corpus.repairs[0].problem


def test_a_cold_load_into_a_read_only_cache_keeps_its_tables(tmp_path, clean, make_read_only):
    """It once parsed everything, then failed and threw the work away."""
    (tmp_path / "cache").mkdir()
    make_read_only(tmp_path / "cache")
    corpus = load_corpus(SEEDS, cache_dir=tmp_path / "cache")
    assert_same_tables(corpus, clean)
    assert [repair.what for repair in corpus.repairs] == ["unwritable"]


def test_the_data_quality_panel_lists_the_repairs(cache, monkeypatch):
    from streamlit.testing.v1 import AppTest

    flip_bit(snapshot_dir(cache) / "articles.arrow", 0.5)
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))  # the dashboard's cache
    app = AppTest.from_file(str(Path(__file__).parents[1] / "dashboard.py"), default_timeout=120)
    app.run()
    assert not app.exception
    shown = " ".join(str(frame.value.to_csv()) for frame in app.dataframe)
    assert "articles.arrow does not match its checksum" in shown


def test_info_lists_the_repairs(cache, capsys):
    from jimo_data.cli import main

    flip_bit(snapshot_dir(cache) / "pages.arrow", 0.5)
    assert main(["--cache-dir", str(cache), "info", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "cache repairs" in out and "snapshot: pages.arrow does not match its checksum" in out


def _unfinished_write(folder: Path, name: str, age_s: float) -> Path:
    """What a process killed mid-write leaves: a `.tmp-*` folder holding a table."""
    path = folder / name
    path.mkdir(parents=True)
    (path / "terms.parquet").write_bytes(b"PAR1 half a table")
    past = time.time() - age_s
    for entry in (path / "terms.parquet", path):
        os.utime(entry, (past, past))
    return path


def test_writes_remove_what_killed_writes_left_and_keep_a_running_one(cache, tmp_path):
    """An unfinished write untouched for ABANDONED_AFTER_S is a stopped process's and is
    removed by the next write into its folder; a recent one may be another process's,
    writing now, and stays."""
    from jimo_data.analysis import reprints

    pages = Path(shutil.copytree(SEEDS, tmp_path / "pages"))
    first = load_corpus(pages, cache_dir=cache)
    folders = (segment_dirs(cache)[0].parent, cache / "snapshots", first.derived_cache)
    old_age = integrity.ABANDONED_AFTER_S + 60
    abandoned = [_unfinished_write(folder, f".tmp-killed-{i}", old_age) for i, folder in enumerate(folders)]
    abandoned.append(_unfinished_write(cache / "snapshots", ".old-killed", old_age))
    running = [_unfinished_write(folder, f".tmp-running-{i}", 60) for i, folder in enumerate(folders)]
    (pages / "added.txt").write_text("新即墨\n2025年5月6日 星期二\n\n一篇新稿\n\n本报讯 近日，即墨区召开会议。\n", "utf-8")
    reprints(load_corpus(pages, cache_dir=cache))  # a new segment, a new snapshot, a derived table
    assert [path.name for path in abandoned if path.exists()] == []
    assert [path.name for path in running if not path.exists()] == []
