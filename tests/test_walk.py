"""The file walk over files a user really has (issue 10): each bad file is a row of
`pages` with its problem in words, or an entry of `Corpus.ignored` with its reason; the
load neither raises nor hangs, and the good page beside it loads as usual."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
from contextlib import contextmanager

import pytest
from paths import SEEDS

from jimo_data import load_corpus
from jimo_data.ingest import files
from jimo_data.ingest.files import StaleManifest, discover, hash_files, survey
from jimo_data.ingest.store import CacheStore
from jimo_data.parsing import content_hash

SEED = SEEDS / "004_6220ff5f0f64df25.txt"
GBK_NAME = "你好".encode("gbk")  # b"\xc4\xe3\xba\xc3": not UTF-8
DEEP = "d/" * 1500


@contextmanager
def no_hang(seconds: int = 120):
    """A TimeoutError instead of a test that never ends (a FIFO opened for reading
    blocks until someone writes)."""

    def give_up(*_):
        raise TimeoutError(f"no result after {seconds} s: the load hangs")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def folder(tmp_path):
    """A corpus with one good page, and beside it (not inside) a folder with another."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    shutil.copy(SEED, corpus / "page.txt")
    (outside / "secret.txt").write_text((SEEDS / "001_736da492cd51ba95.txt").read_text("utf-8"), "utf-8")
    yield corpus
    remove_deep(corpus)


def remove_deep(folder):
    """The 1,500-deep tree removed from the bottom up: shutil.rmtree recurses and would
    fail (RecursionError) when pytest cleans its old temporary folders, in a later run."""
    if not (folder / "d").is_dir():
        return
    (folder / DEEP / "p.txt").unlink(missing_ok=True)
    for depth in range(1500, 0, -1):
        os.rmdir(folder / ("d/" * depth))


@pytest.fixture
def load(session_cache):
    """`load_corpus` that gives up instead of hanging. The cache is shared between tests
    (its parsed rows are keyed by content, its snapshots by folder): one jieba set-up."""

    def load_folder(folder):
        with no_hang():
            return load_corpus(folder, cache_dir=session_cache)

    return load_folder


def in_bytes(folder, *parts: bytes) -> bytes:
    return os.path.join(os.fsencode(folder), *parts)


def make_socket(folder, name):
    cwd = os.getcwd()
    os.chdir(folder)  # a socket's path is limited to about 100 bytes: bind by a short relative one
    try:
        socket.socket(socket.AF_UNIX).bind(name)
    finally:
        os.chdir(cwd)


def make_deep(folder):
    for depth in range(1, 1501):  # os.makedirs and Path.mkdir recurse too deep for this
        os.mkdir(folder / ("d/" * depth))
    shutil.copy(SEEDS / "001_736da492cd51ba95.txt", folder / DEEP / "p.txt")


ROW_CASES = [
    # (case, make it in the corpus folder, page_id, status, problem)
    ("name in GBK", lambda f: shutil.copy(SEED, in_bytes(f, GBK_NAME + b".txt")), r"\xc4\xe3\xba\xc3.txt", "error", files.UNDECODABLE_NAME),
    (
        "folder name in GBK",
        lambda f: (os.mkdir(in_bytes(f, GBK_NAME)), shutil.copy(SEED, in_bytes(f, GBK_NAME, b"p.txt"))),
        r"\xc4\xe3\xba\xc3/p.txt",
        "error",
        files.UNDECODABLE_NAME,
    ),
    ("FIFO", lambda f: os.mkfifo(f / "pipe.txt"), "pipe.txt", "error", "not a regular file: a FIFO (named pipe); not read"),
    ("socket", lambda f: make_socket(f, "sock.txt"), "sock.txt", "error", "not a regular file: a socket; not read"),
    (
        "link to /dev/zero",
        lambda f: (f / "zero.txt").symlink_to("/dev/zero"),
        "zero.txt",
        "error",
        "a link to a file outside the corpus folder: not followed",
    ),
    (
        "file link outside",
        lambda f: (f / "out.txt").symlink_to(f.parent / "outside" / "secret.txt"),
        "out.txt",
        "error",
        "a link to a file outside the corpus folder: not followed",
    ),
    (
        "relative link outside",
        lambda f: (f / "up.txt").symlink_to("../outside/secret.txt"),
        "up.txt",
        "error",
        "a link to a file outside the corpus folder: not followed",
    ),
    ("dangling link", lambda f: (f / "gone.txt").symlink_to("nowhere.txt"), "gone.txt", "error", files.DANGLING_LINK),
    ("loop of links", lambda f: ((f / "a.txt").symlink_to("b.txt"), (f / "b.txt").symlink_to("a.txt")), "a.txt", "error", files.LINK_LOOP),
    (
        "link to a FIFO inside",
        lambda f: (os.mkfifo(f / "fifo"), (f / "l.txt").symlink_to("fifo")),
        "l.txt",
        "error",
        "not a regular file: a FIFO (named pipe); not read",
    ),
    (
        "over the size cap",
        lambda f: (f / "big.txt").write_bytes(b"x" * 100_001),
        "big.txt",
        "error",
        "the file is 100,001 bytes, over the limit of 100,000 bytes for one page: not read",
    ),
    # a link inside the folder is followed: its page is the one it points to, counted once
    (
        "file link inside",
        lambda f: (f / "same.txt").symlink_to("page.txt"),
        "same.txt",
        "warning",
        "the same text as page.txt (its articles are counted there)",
    ),
    ("1,500 nested folders", make_deep, DEEP + "p.txt", "ok", ""),
]


@pytest.mark.parametrize("make, page_id, status, problem", [case[1:] for case in ROW_CASES], ids=[case[0] for case in ROW_CASES])
def test_a_bad_file_is_a_row_with_its_problem(load, folder, monkeypatch, make, page_id, status, problem):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100_000)  # the seed page is smaller
    make(folder)
    corpus = load(folder)
    pages = corpus.pages.set_index("page_id")
    assert (pages.loc[page_id, "status"], pages.loc[page_id, "problems"]) == (status, problem)
    assert pages.loc["page.txt", "status"] == "ok"  # the rest of the folder loads
    if status == "error":
        assert corpus.page_text(page_id) == ""
    assert set(corpus.articles["page_id"]) <= {"page.txt", DEEP + "p.txt"}  # nothing read from outside


IGNORED_CASES = [
    # (case, make it in the corpus folder, entry of `ignored`); a folder link is never
    # entered: inside, its files are read under their own path; outside, not at all
    (
        "folder link outside",
        lambda f: (f / "ext").symlink_to(f.parent / "outside"),
        "ext (a link to a folder outside the corpus folder: not followed)",
    ),
    (
        "folder link inside",
        lambda f: ((f / "sub").mkdir(), (f / "view").symlink_to("sub")),
        "view (a link to the folder sub/, read under its own path: not followed)",
    ),
    (
        "folder loop",
        lambda f: ((f / "sub").mkdir(), (f / "sub" / "back").symlink_to("..")),
        "sub/back (a link to the corpus folder, read under its own path: not followed)",
    ),
    ("dangling link, not .txt", lambda f: (f / "gone.md").symlink_to("nowhere.md"), f"gone.md ({files.DANGLING_LINK})"),
    ("FIFO, not .txt", lambda f: os.mkfifo(f / "pipe"), "pipe (not a regular file: a FIFO (named pipe); not read)"),
    (
        "name in GBK, not .txt",
        lambda f: shutil.copy(SEED, in_bytes(f, GBK_NAME + b".md")),
        r"\xc4\xe3\xba\xc3.md (the name is not valid UTF-8)",
    ),
    ("a plain file that is not .txt", lambda f: (f / "scan.pdf").write_bytes(b"%PDF"), "scan.pdf"),
]


@pytest.mark.parametrize("make, entry", [case[1:] for case in IGNORED_CASES], ids=[case[0] for case in IGNORED_CASES])
def test_a_file_or_folder_not_read_is_listed_as_ignored_with_its_reason(load, folder, make, entry):
    make(folder)
    corpus = load(folder)
    assert corpus.ignored == [entry]
    assert list(corpus.pages["page_id"]) == ["page.txt"]  # no copies through a folder link


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_that_cannot_be_read_is_listed_as_ignored(load, folder):
    (folder / "locked").mkdir()
    (folder / "locked").chmod(0)
    try:
        assert load(folder).ignored == ["locked/ (cannot read the folder: Permission denied)"]
    finally:
        (folder / "locked").chmod(0o755)


def test_a_device_given_as_source_is_an_error_row():
    pages = discover("/dev/zero")[1]
    assert [(found.page_id, found.problem) for found in pages] == [("zero", "not a regular file: a character device; not read")]


@pytest.mark.parametrize("source", ["", b""], ids=["str", "bytes"])
def test_an_empty_source_is_an_error_not_the_current_folder(source):
    with pytest.raises(ValueError, match="SOURCE is empty"):
        load_corpus(source)
    assert survey(source).listing is None  # the dashboard's check never raises


def test_a_missing_source_is_an_error_and_its_fingerprint_is_not(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        load_corpus(tmp_path / "missing")
    assert survey(tmp_path / "missing").listing is None


@pytest.fixture
def settled(monkeypatch):
    """A clock far enough after every file's last change that readings are recorded."""
    monkeypatch.setattr(files, "time_ns", lambda: 2**62)


def rewrite_keeping_size_and_mtime(path, old: str, new: str):
    """What `cp -p`, `rsync -t` and `touch -r` leave: other bytes, same size and mtime."""
    before = path.stat()
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_a_change_that_keeps_size_and_mtime_gives_new_tables(load, folder, settled):
    first = load(folder)
    assert "孙杰走访部分重点企业" in set(first.articles["headline"])
    fingerprint = survey(folder).fingerprint
    rewrite_keeping_size_and_mtime(folder / "page.txt", "走访部分重点企业", "走访部分重要企业")
    assert survey(folder).fingerprint != fingerprint  # the dashboard reloads
    again = load(folder)
    assert "孙杰走访部分重要企业" in set(again.articles["headline"])
    assert again.n_parsed == 1


@pytest.mark.parametrize(
    "seconds_after_change, read_again",
    [
        (0.0, True),  # the file may change again within its timestamp's tick
        (1.9, True),
        (2.1, False),  # older than the 2 s window: the recorded stat is trusted
    ],
)
def test_a_file_read_within_the_racy_window_is_read_again_next_time(folder, monkeypatch, seconds_after_change, read_again):
    stat = (folder / "page.txt").stat()
    changed = max(stat.st_mtime_ns, stat.st_ctime_ns)
    monkeypatch.setattr(files, "time_ns", lambda: changed + int(seconds_after_change * 1e9))
    found = discover(folder)[1]
    second = hash_files(found, hash_files(found, {}).manifest)
    assert bool(second.blobs) == read_again
    assert second.hashes == {"page.txt": content_hash(SEED.read_bytes())}


def good_entry(folder):
    stat = (folder / "page.txt").stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


MANIFESTS = [
    # (case, the manifest read from the cache): every one means "read the file again"
    ("not a dict", lambda f: ["page.txt", 1]),
    ("None", lambda f: None),
    ("entry None", lambda f: {"page.txt": None}),
    ("entry a string", lambda f: {"page.txt": "abc"}),
    ("entry a dict", lambda f: {"page.txt": {"size": 1}}),
    ("old three-element entry", lambda f: {"page.txt": [*good_entry(f)[:2], content_hash(b"old")]}),
    ("right stat, digest not a string", lambda f: {"page.txt": [*good_entry(f), 12]}),
    ("right stat, digest too short", lambda f: {"page.txt": [*good_entry(f), "abc"]}),
    ("stat of wrong types", lambda f: {"page.txt": ["1", None, [], {}, content_hash(b"x")]}),
    ("other inode", lambda f: {"page.txt": [*good_entry(f)[:3], 1, content_hash(b"x")]}),
    ("too long", lambda f: {"page.txt": [*good_entry(f), content_hash(b"x"), 0]}),
]


@pytest.mark.parametrize("make", [case[1] for case in MANIFESTS], ids=[case[0] for case in MANIFESTS])
def test_a_manifest_of_any_shape_means_reading_the_file(folder, settled, make):
    state = hash_files(discover(folder)[1], make(folder))
    assert state.hashes == {"page.txt": content_hash(SEED.read_bytes())}
    assert list(state.blobs) == list(state.hashes.values())  # read, not trusted


def test_a_garbage_manifest_in_the_cache_gives_the_tables_of_a_clean_load(load, folder, settled, session_cache):
    clean = load(folder)
    manifest = CacheStore(session_cache, folder.resolve()).manifest_path
    manifest.write_text(json.dumps({"page.txt": [1, 2, "deadbeef"], "other.txt": "x"}), "utf-8")
    again = load(folder)
    assert again.pages.equals(clean.pages) and again.articles.equals(clean.articles)


def rewrite(path):
    path.write_bytes(path.read_bytes() + "补记。".encode())


@pytest.mark.parametrize(
    "change, stale",
    [
        (lambda path: None, False),
        (rewrite, True),  # the manifest's hash would name rows of other bytes
        (lambda path: path.unlink(), True),
        (lambda path: (path.unlink(), os.mkfifo(path)), True),  # and never blocks
    ],
    ids=["unchanged", "rewritten", "deleted", "swapped for a FIFO"],
)
def test_reading_by_hash_checks_the_bytes_still_have_it(folder, change, stale):
    state = hash_files(discover(folder)[1], {})
    digest = state.hashes["page.txt"]
    state.blobs.clear()  # as when the manifest was trusted: the file is read at parse time
    change(folder / "page.txt")
    with no_hang():
        if stale:
            with pytest.raises(StaleManifest):
                state.read(digest)
        else:
            assert state.read(digest) == SEED.read_bytes()


@pytest.mark.parametrize(
    "change",
    [
        lambda f: ((f / "l.txt").unlink(), (f / "l.txt").symlink_to(f.parent / "outside" / "secret.txt")),
        lambda f: ((f / "l.txt").unlink(), os.mkfifo(f / "l.txt")),
        lambda f: (f / "page.txt").write_bytes(b"x" * (files.MAX_FILE_BYTES + 1)),
    ],
    ids=["retargeted outside", "swapped for a FIFO", "grown over the cap"],
)
def test_page_text_reads_only_what_the_walk_would(load, folder, change):
    (folder / "l.txt").symlink_to("page.txt")
    corpus = load(folder)
    assert "孙杰走访部分重点企业" in corpus.page_text("l.txt")  # followed: inside the folder
    change(folder)
    with no_hang():
        assert corpus.page_text("l.txt") == ""
    assert corpus.page_text("../outside/secret.txt") == ""  # not a page of this corpus
