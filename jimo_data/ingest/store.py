"""Where a corpus's caches live, and the manifest of its files.

Under the cache folder (default: the user's cache dir; `JIMO_CACHE_DIR` overrides;
never inside the corpus folder):

    parser-<version>/seg-<id>/<table>.parquet   rows of parsed pages, by content hash (segments.py)
    manifests/<corpus-id>.json                  a checksum line, then page_id -> [size, mtime_ns, ctime_ns, inode, content hash]
    snapshots/<corpus-id>-<version>/            the assembled tables (snapshot.py)
    locks/<corpus-id>.lock                      held while a load parses or writes (one loader at a time)
    derived/<corpus-id>/<name>-<key>/           tables derived from a whole corpus: the reprints (derived.py)
    jieba-<version>-<size>-<userdict hash>-sealed.marshal   the segmenter's dictionary (jieba's words and the user dictionary), fast to load (parsing/terms.py)

Every file here is checked before use (integrity.py) and rebuilt when it fails; a cache
that cannot be written still serves what it holds, and a load then keeps its tables in
memory only.

`<version>` is `jimo_data.parsing.parser_version()`, a hash of the parser's source and
lexicons: a changed parser starts a fresh cache instead of serving stale rows.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import multiprocessing
import os
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

import platformdirs

from ..parsing import parser_version
from ..tables import CONTRACT_VERSION
from .integrity import Repair, bytes_digest, log
from .segments import SegmentStore
from .snapshot import SnapshotStore


def default_cache_dir() -> Path:
    return Path(os.environ.get("JIMO_CACHE_DIR") or platformdirs.user_cache_dir("jimo_data"))


class CacheStore:
    """The caches of one corpus folder."""

    def __init__(self, cache_dir: str | os.PathLike | None, corpus_root: Path):
        self.root = (Path(cache_dir) if cache_dir else default_cache_dir()).expanduser().resolve()
        if self.root == corpus_root or corpus_root in self.root.parents:
            raise ValueError(f"the cache directory {self.root} is inside the corpus folder {corpus_root}; choose another (JIMO_CACHE_DIR)")
        corpus_id = hashlib.sha1(str(corpus_root).encode()).hexdigest()[:16]
        self.repairs: list[Repair] = []  # what this load found damaged, in order
        self.writable = True  # until a write fails
        self.segments = SegmentStore(self.root / f"parser-{parser_version()}", self.note)
        self.snapshot = SnapshotStore(self.root / "snapshots" / f"{corpus_id}-{parser_version()}{CONTRACT_VERSION}", self.note)
        self.manifest_path = self.root / "manifests" / f"{corpus_id}.json"
        self.lock_path = self.root / "locks" / f"{corpus_id}.lock"
        self.derived = self.root / "derived" / corpus_id

    def note(self, what: str, problem: str) -> None:
        """Record (and log) a damaged cache file and what was done about it."""
        repair = Repair(what, problem)
        if repair not in self.repairs:
            self.repairs.append(repair)
            log.warning("cache %s: %s", what, problem)
        if what == "unwritable":
            self.writable = False

    def read_manifest(self) -> dict:
        """page_id -> what was known of the file, or {} (every file is then hashed again)."""
        try:
            data = self.manifest_path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            return self._bad_manifest(f"it cannot be read ({error.strerror or error})")
        digest, _, body = data.partition(b"\n")
        if digest != bytes_digest(body).encode("ascii"):
            return self._bad_manifest("it does not match its checksum (damaged, or written by an older version)")
        try:
            manifest = json.loads(body)
        except ValueError:
            manifest = None
        return manifest if isinstance(manifest, dict) else self._bad_manifest("it has the wrong shape")

    def _bad_manifest(self, problem: str) -> dict:
        self.note("manifest", f"{problem}; every file is hashed again")
        return {}

    def write_manifest(self, manifest: dict) -> None:
        body = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
        tmp = self.manifest_path.with_suffix(f".{uuid.uuid4().hex}.tmp")
        try:
            self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(bytes_digest(body).encode("ascii") + b"\n" + body)
            tmp.replace(self.manifest_path)
        except OSError as error:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            self.cannot_write(error)

    def cannot_write(self, error: OSError) -> None:
        self.note(
            "unwritable",
            f"the cache folder {self.root} cannot be written ({error.strerror or error}): this load's tables stay in memory and nothing will be cached",
        )

    @contextmanager
    def lock(self) -> Iterator[bool]:
        """Held while this process parses and writes the cache of this folder, so that a
        second load of the same folder waits and then reads what the first wrote instead
        of parsing everything again. Yields whether it had to wait. No lock (and no wait)
        when the cache folder cannot be written, and none in a process that
        multiprocessing started: a script without a `__main__` guard runs its load again
        in each worker it spawns, and that load must fail fast (the parent then parses
        alone), not wait for its parent's lock forever."""
        if _started_by_multiprocessing():
            yield False
            return
        with ExitStack() as stack:
            try:
                self.lock_path.parent.mkdir(parents=True, exist_ok=True)
                handle = stack.enter_context(open(self.lock_path, "a+b"))
            except OSError:
                handle = None
            if handle is None:
                yield False
                return
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                waited = False
            except BlockingIOError:
                log.info("another process is loading this folder; waiting for it")
                fcntl.flock(handle, fcntl.LOCK_EX)
                waited = True
            yield waited  # closing the file releases the lock


def _started_by_multiprocessing() -> bool:
    """True in a worker process, also while it imports the parent's main script (when
    `parent_process()` is not yet set; `_inheriting` is what multiprocessing itself
    checks to refuse starting processes then)."""
    process = multiprocessing.current_process()
    return multiprocessing.parent_process() is not None or getattr(process, "_inheriting", False)
