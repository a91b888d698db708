"""The files of a corpus: which pages there are, what they hold now (by content hash),
and a cheap fingerprint of the folder for noticing changes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..parsing import content_hash


def discover(source: Path) -> tuple[Path, list[tuple[str, str]], list[str]]:
    """(root, [(page_id, path)], ignored relative paths). A file is its own corpus.
    Paths stay strings: an archive has tens of thousands of them to walk on every load."""
    source = source.expanduser()
    if not source.exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    if source.is_file():
        return source.parent.resolve(), [(source.name, str(source))], []
    root = source.resolve()
    pages, ignored = [], []
    for folder, _, names in os.walk(root):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in names:
            if name.lower().endswith(".txt"):
                pages.append((prefix + name, os.path.join(folder, name)))
            else:
                ignored.append(prefix + name)
    return root, sorted(pages), sorted(ignored)


def folder_fingerprint(source: str | os.PathLike) -> int:
    """A hash of the names, sizes and mtimes of every file `load_corpus` would read or
    list as ignored: it changes when any of them does, without reading a byte."""
    root, files, ignored = discover(Path(source))
    entries = []
    for name, path in [*files, *((rel, os.path.join(root, rel)) for rel in ignored)]:
        try:
            stat = os.stat(path)
            entries.append((name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            entries.append((name, -1, -1))  # unreadable: the loader reports it
    return hash(tuple(entries))


@dataclass
class FileState:
    """What the files of a corpus hold now, by content hash."""

    hashes: dict[str, str] = field(default_factory=dict)  # page_id -> content hash
    unreadable: dict[str, str] = field(default_factory=dict)  # page_id -> problem
    paths_by_hash: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)  # bytes read while hashing
    manifest: dict[str, list] = field(default_factory=dict)  # page_id -> [size, mtime_ns, hash]

    @property
    def signature(self) -> dict:
        """What a snapshot built from these files records (see `snapshot.built_from`)."""
        return {"hashes": self.hashes, "unreadable": self.unreadable}

    def read(self, digest: str) -> bytes:
        if digest in self.blobs:
            return self.blobs[digest]
        with open(self.paths_by_hash[digest], "rb") as file:
            return file.read()


def hash_files(files: list[tuple[str, str]], manifest: dict[str, list]) -> FileState:
    """Content hashes, reading a file only when its size or mtime changed since the
    manifest was written."""
    state = FileState()
    for page_id, path in files:
        try:
            stat = os.stat(path)
            known = manifest.get(page_id)
            if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
                digest = known[2]
            else:
                with open(path, "rb") as file:
                    data = file.read()
                digest = content_hash(data)
                state.blobs[digest] = data
        except OSError as error:
            state.unreadable[page_id] = f"cannot read the file: {error.strerror or error}"
            continue
        state.hashes[page_id] = digest
        state.paths_by_hash.setdefault(digest, path)
        state.manifest[page_id] = [stat.st_size, stat.st_mtime_ns, digest]
    return state
