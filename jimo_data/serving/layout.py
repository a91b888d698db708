"""Reading a store's layout (docs/store.md): which batches are done, and the Parquet
files of each parsed table and of the file list that belong to them.

A batch without its `done/` marker does not exist for a reader: its files may be half
written. The store is a local folder or an fsspec URL (`s3://bucket/prefix` with
`s3fs` installed); DuckDB reads a URL's files through the same fsspec filesystem
(`build.py`), so the serving database is the same either way.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import fsspec
from fsspec.implementations.local import LocalFileSystem

from ..ingest.store import parser_version as this_parser_version  # the parse this program writes
from ..tables import CACHED_COLUMNS


class NotAStore(ValueError):
    """The path holds no store (no store.json)."""


@dataclass(frozen=True)
class StoreLayout:
    root: str  # a local folder's absolute path, or the store's URL
    batches: tuple[str, ...]  # done batch ids, sorted
    fs: fsspec.AbstractFileSystem = field(default_factory=LocalFileSystem, compare=False, repr=False)
    parser_version: str = ""  # of the parser that wrote it (store.json); "" when not said

    @property
    def other_parser(self) -> str:
        """The parser version that wrote the store when it is not this program's, else "":
        its rows may differ from a fresh parse of the same pages."""
        return self.parser_version if self.parser_version and self.parser_version != this_parser_version() else ""

    @property
    def name(self) -> str:
        """The store's last path component, for people."""
        return self.root.rstrip("/").rsplit("/", 1)[-1]

    @property
    def is_local(self) -> bool:
        return isinstance(self.fs, LocalFileSystem)

    @property
    def signature(self) -> str:
        """Changes when a batch is added or removed: the serving database is rebuilt."""
        return hashlib.sha256("\n".join(self.batches).encode()).hexdigest()[:16]

    def file_lists(self) -> list[str]:
        listed = set(self._glob("files/batch=*.parquet"))
        return [path for batch in self.batches if (path := self._path(f"files/batch={batch}.parquet")) in listed]

    def parsed(self, table: str) -> list[str]:
        """The Parquet files of one parsed table that belong to done batches."""
        done = set(self.batches)
        return sorted(path for path in self._glob(f"parsed/{table}/publication=*/year=*/*.parquet") if _stem(path) in done)

    def _path(self, relative: str) -> str:
        """A path as DuckDB opens it: local, or with the URL's protocol (DuckDB finds the
        registered fsspec filesystem by it)."""
        inside = f"{self._inside}/{relative}"
        return inside if self.is_local else self.fs.unstrip_protocol(inside)

    def _glob(self, pattern: str) -> list[str]:
        return [self._path(found[len(self._inside) + 1 :]) for found in self.fs.glob(f"{self._inside}/{pattern}")]

    @property
    def _inside(self) -> str:
        """The root as the filesystem names it (no protocol)."""
        return self.fs._strip_protocol(self.root).rstrip("/")


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".parquet")


def read_layout(root: str | Path) -> StoreLayout:
    fs, inside = fsspec.core.url_to_fs(str(Path(root).expanduser().resolve()) if _is_local(root) else str(root))
    shown = inside if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(inside)
    if not fs.isfile(f"{inside}/store.json"):
        raise NotAStore(f"{shown}: not a store (no store.json); `jimo ingest SOURCE --store DEST` writes one")
    markers = fs.ls(f"{inside}/done", detail=True) if fs.isdir(f"{inside}/done") else []
    batches = tuple(sorted(_stem(m["name"]) for m in markers if m["type"] == "file"))
    return StoreLayout(shown, batches, fs, _written_by(fs, f"{inside}/store.json"))


def _written_by(fs, path: str) -> str:
    """The parser version store.json names, "" when it names none (a store served is checked
    by its batches, not by this file)."""
    try:
        made = json.loads(fs.cat_file(path))
    except ValueError:
        return ""
    return str(made.get("parser_version", "")) if isinstance(made, dict) else ""


def _is_local(root: str | Path) -> bool:
    """A path without a protocol (made absolute, so that one store has one id)."""
    return isinstance(root, Path) or "://" not in str(root)


PARSED_TABLES = tuple(CACHED_COLUMNS)
