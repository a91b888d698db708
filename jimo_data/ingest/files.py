"""The files of a corpus: which pages there are, what they hold now (by content hash),
and a cheap fingerprint of the folder for noticing changes.

The walk never raises on what it finds and never blocks: a file it cannot or must not
read (an undecodable name, a FIFO, a device, a link leading outside, an oversized file)
is a page with a problem, and a folder it does not enter is listed as ignored with its
reason. The rules in words: docs/architecture.md, "The file walk".
"""

from __future__ import annotations

import errno
import os
import stat as stats
from dataclasses import dataclass, field
from pathlib import Path
from time import time_ns
from typing import NamedTuple

from ..parsing import content_hash

# A newspaper page is some hundred KB of text: this is a hundred times more, enough for
# any page, and keeps a mistaken file (a disk image, a log named .txt) from filling
# memory in the parse.
MAX_FILE_BYTES = 20 * 2**20
# A file may change again within the tick of its timestamps after it was read (2 s on
# FAT), and then shows the same stat with other bytes: such a reading is not recorded
# in the manifest, so the file is read again next time (git's "racily clean" rule).
RACY_WINDOW_NS = 2 * 10**9
UNDECODABLE_NAME = "the name is not valid UTF-8 (its bytes are shown as \\x escapes; often GBK from a zip made on Chinese Windows): rename it to read this page"
DANGLING_LINK = "cannot read the file: it is a link to nothing (its target does not exist)"
LINK_LOOP = "cannot read the file: it is a link in a loop of links"


class StaleManifest(ValueError):
    """A file no longer holds the bytes the manifest said: hash the files again."""


class NotReadable(Exception):
    """A file that is not read; the message is the problem in words."""


class Found(NamedTuple):
    """A `.txt` file the walk found: its page id (relative path, `/`-separated), the path
    to read, its stat (of the link's target for a link), and why it is not read ("" when
    it is)."""

    page_id: str
    path: str
    stat: os.stat_result | None
    problem: str = ""


class Listing(NamedTuple):
    """What the walk found below a corpus folder."""

    root: Path
    files: list[Found]  # sorted by page id
    ignored: list[str]  # relative paths, `path (reason)` for anything not read


class Survey(NamedTuple):
    """A folder's listing and its fingerprint: a hash of the pages' names, problems,
    sizes and times and of the ignored entries, which changes when any file
    `load_corpus` reads does, without a byte read."""

    listing: Listing | None  # None when SOURCE cannot be listed: load_corpus says why
    fingerprint: int


def discover(source: str | os.PathLike) -> Listing:
    """(root, found `.txt` files, ignored entries). A file is its own corpus. An ignored
    entry is a relative path, followed by its reason in brackets unless it is simply not
    a `.txt` file. Raises only for a SOURCE that is empty or cannot be opened itself."""
    if not os.fspath(source):
        raise ValueError("the corpus SOURCE is empty: give a folder of .txt pages or one page file")
    source = Path(source).expanduser()
    try:
        stat = source.stat()
    except FileNotFoundError as error:
        raise FileNotFoundError(f"no such file or folder: {source}") from error
    if not stats.S_ISDIR(stat.st_mode):
        name, problem = _shown(source.name)
        return Listing(source.parent.resolve(), [Found(name, str(source), stat, problem or _file_problem(stat))], [])
    root = source.resolve()
    pages, ignored = _walk(str(root))
    return Listing(root, sorted(pages, key=lambda found: found.page_id), sorted(ignored))


def _walk(root: str) -> tuple[list[Found], list[str]]:
    """Every entry below `root`, with a stack instead of recursion (any depth). Each
    entry is stat'ed at most once (a link: once more, for its target)."""
    pages: list[Found] = []
    ignored: list[str] = []
    stack = [("", root)]  # (relative prefix ending in "/", path)
    while stack:
        prefix, folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            ignored.append(f"{_shown(prefix)[0] or './'} (cannot read the folder: {_reason(error)})")
            continue
        for entry in entries:
            relative = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((relative + "/", entry.path))
                elif entry.is_symlink():
                    _add_link(root, relative, entry.path, pages, ignored)
                else:
                    _add_file(relative, entry.path, entry.stat(follow_symlinks=False), pages, ignored)
            except OSError as error:  # gone or unreadable since the folder was listed
                _add_problem(relative, f"cannot read the file: {_reason(error)}", pages, ignored)
    return pages, ignored


def _add_file(relative: str, path: str, stat: os.stat_result, pages: list[Found], ignored: list[str]) -> None:
    shown, name_problem = _shown(relative)
    if _is_page(relative):
        pages.append(Found(shown, path, stat, name_problem or _file_problem(stat)))
    elif not stats.S_ISREG(stat.st_mode):
        ignored.append(f"{shown} ({_file_problem(stat)})")
    else:
        ignored.append(f"{shown} (the name is not valid UTF-8)" if name_problem else shown)


def _add_link(root: str, relative: str, path: str, pages: list[Found], ignored: list[str]) -> None:
    """A link is followed only to a file inside the corpus folder. A link to a folder
    inside is not entered: that folder's files are read under its own path, so entering
    it could only add copies (or loop)."""
    try:
        target = os.stat(path)
    except OSError as error:
        problem = {errno.ELOOP: LINK_LOOP, errno.ENOENT: DANGLING_LINK}.get(error.errno, f"cannot read the file: {_reason(error)}")
        _add_problem(relative, problem, pages, ignored)
        return
    real = os.path.realpath(path)
    if real != root and not _inside(root, real):
        kind = "folder" if stats.S_ISDIR(target.st_mode) else "file"
        _add_problem(relative, f"a link to a {kind} outside the corpus folder: not followed", pages, ignored)
    elif stats.S_ISDIR(target.st_mode):
        where = "the corpus folder" if real == root else f"the folder {_shown(os.path.relpath(real, root).replace(os.sep, '/'))[0]}/"
        ignored.append(f"{_shown(relative)[0]} (a link to {where}, read under its own path: not followed)")
    else:
        _add_file(relative, real, target, pages, ignored)


def _add_problem(relative: str, problem: str, pages: list[Found], ignored: list[str]) -> None:
    shown, name_problem = _shown(relative)
    if _is_page(relative):
        pages.append(Found(shown, "", None, name_problem or problem))
    else:
        ignored.append(f"{shown} ({problem})")


def _is_page(relative: str) -> bool:
    return relative.lower().endswith(".txt")


def _inside(root: str, real: str) -> bool:
    return real.startswith(root.rstrip(os.sep) + os.sep)


def _shown(relative: str) -> tuple[str, str]:
    """The path as a page id, and the problem with its name. A name that is not UTF-8
    arrives with its bytes as surrogates, which no table or file format can hold: it is
    shown with its bytes escaped (`\\xc4\\xe3.txt`), and cannot be read under that id."""
    try:
        relative.encode("utf-8")
        return relative, ""
    except UnicodeEncodeError:
        return os.fsencode(relative).decode("utf-8", "backslashreplace"), UNDECODABLE_NAME


def _file_problem(stat: os.stat_result) -> str:
    """Why a file with this stat is not read ("" when it is)."""
    if not stats.S_ISREG(stat.st_mode):
        return f"not a regular file: {_kind(stat.st_mode)}; not read"
    if stat.st_size > MAX_FILE_BYTES:
        return f"the file is {_size(stat.st_size)}, over the limit of {_size(MAX_FILE_BYTES)} for one page: not read"
    return ""


def _kind(mode: int) -> str:
    kinds = [
        (stats.S_ISFIFO, "a FIFO (named pipe)"),
        (stats.S_ISSOCK, "a socket"),
        (stats.S_ISCHR, "a character device"),
        (stats.S_ISBLK, "a block device"),
        (stats.S_ISDIR, "a folder"),
    ]
    return next((name for test, name in kinds if test(mode)), "a special file")


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def read_page(path: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, else NotReadable. The file
    is opened without blocking and checked once open: one swapped for a FIFO or a device
    since the walk cannot hang or flood the load."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise NotReadable(f"cannot read the file: {_reason(error)}") from error
    with open(fd, "rb") as file:
        try:
            problem = _file_problem(os.fstat(fd))
            if problem:
                raise NotReadable(problem)
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise NotReadable(f"cannot read the file: {_reason(error)}") from error
    if len(data) > MAX_FILE_BYTES:
        raise NotReadable(f"the file is over the limit of {_size(MAX_FILE_BYTES)} for one page: not read")
    return data


def read_inside(root: str | os.PathLike, page_id: str) -> bytes:
    """A page's bytes by its id, read only if its path resolves inside `root` (as the
    walk followed it), else NotReadable."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(os.path.join(real_root, page_id))
    if not _inside(real_root, real):
        raise NotReadable("the path leads outside the corpus folder: not read")
    return read_page(real)


def survey(source: str | os.PathLike) -> Survey:
    """`discover`, with the listing's fingerprint; never raises (a SOURCE that cannot
    be listed has no listing, and a fingerprint of its error)."""
    try:
        _, files, ignored = listing = discover(source)
    except (OSError, ValueError) as error:
        return Survey(None, hash(("cannot list", str(error))))
    return Survey(listing, hash((tuple((found.page_id, found.problem, *_stamp(found.stat)) for found in files), tuple(ignored))))


def _stamp(stat: os.stat_result | None) -> list[int]:
    """What the manifest compares: size, mtime, ctime (which no user can set back, and
    any write or `utime` call moves) and inode (a file replaced by a rename)."""
    return [] if stat is None else [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


@dataclass
class FileState:
    """What the files of a corpus hold now, by content hash."""

    hashes: dict[str, str] = field(default_factory=dict)  # page_id -> content hash
    unreadable: dict[str, str] = field(default_factory=dict)  # page_id -> problem
    paths_by_hash: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)  # bytes read while hashing
    manifest: dict[str, list] = field(default_factory=dict)  # page_id -> [*_stamp, hash]: private to this module

    @property
    def signature(self) -> dict:
        """What a snapshot built from these files records (see `snapshot.built_from`)."""
        return {"hashes": self.hashes, "unreadable": self.unreadable}

    def take(self, digest: str) -> bytes:
        """`read`, and the bytes no longer held here: the parse that takes them holds
        them only while it runs, not beside the tables it makes."""
        if digest in self.blobs:
            return self.blobs.pop(digest)
        return self.read(digest)

    def read(self, digest: str) -> bytes:
        """The bytes with this content hash; StaleManifest when its file no longer holds
        them (changed with its stat kept, or gone, since it was hashed)."""
        if digest in self.blobs:
            return self.blobs[digest]
        path = self.paths_by_hash[digest]
        try:
            data = read_page(path)
        except NotReadable as error:
            raise StaleManifest(f"{path}: {error}") from error
        if content_hash(data) != digest:
            raise StaleManifest(f"{path} no longer holds the bytes the manifest recorded")
        return data


def hash_files(files: list[Found], manifest: object) -> FileState:
    """Content hashes, reading a file only when the manifest has no entry of this shape
    with its size, times and inode (any other value in it just means: read the file)."""
    state = FileState()
    manifest = manifest if isinstance(manifest, dict) else {}
    for page_id, path, stat, problem in files:
        if problem:
            state.unreadable[page_id] = problem
            continue
        stamp = _stamp(stat)
        digest = _known_digest(manifest.get(page_id), stamp)
        if digest is None:
            try:
                data = read_page(path)
            except NotReadable as error:
                state.unreadable[page_id] = str(error)
                continue
            digest = content_hash(data)
            state.blobs[digest] = data
            if _settled(stat):
                state.manifest[page_id] = [*stamp, digest]
        else:
            state.manifest[page_id] = [*stamp, digest]
        state.hashes[page_id] = digest
        state.paths_by_hash.setdefault(digest, path)
    return state


def _known_digest(entry: object, stamp: list[int]) -> str | None:
    if type(entry) is list and len(entry) == 5 and entry[:4] == stamp and type(entry[4]) is str and len(entry[4]) == 64:
        return entry[4]
    return None


def _settled(stat: os.stat_result) -> bool:
    """Whether the file's times are older than a timestamp tick at the moment it was read."""
    now = time_ns()
    return now - stat.st_mtime_ns >= RACY_WINDOW_NS and now - stat.st_ctime_ns >= RACY_WINDOW_NS
