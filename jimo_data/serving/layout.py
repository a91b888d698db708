"""Reading a store's layout (docs/store.md): which batches are done, and the Parquet
files of each parsed table and of the file list that belong to them.

A batch without its `done/` marker does not exist for a reader: its files may be half
written. The store is named by a local path; an fsspec URL is read by the ingest side
but not served yet (DuckDB's httpfs would read it; the file listing here is local).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..tables import CACHED_COLUMNS


class NotAStore(ValueError):
    """The path holds no store (no store.json)."""


@dataclass(frozen=True)
class StoreLayout:
    root: Path
    batches: tuple[str, ...]  # done batch ids, sorted

    @property
    def signature(self) -> str:
        """Changes when a batch is added or removed: the serving database is rebuilt."""
        return hashlib.sha256("\n".join(self.batches).encode()).hexdigest()[:16]

    def file_lists(self) -> list[str]:
        return [
            str(self.root / "files" / f"batch={batch}.parquet")
            for batch in self.batches
            if (self.root / "files" / f"batch={batch}.parquet").is_file()
        ]

    def parsed(self, table: str) -> list[str]:
        """The Parquet files of one parsed table that belong to done batches."""
        done = set(self.batches)
        folder = self.root / "parsed" / table
        files = folder.glob("publication=*/year=*/*.parquet") if folder.is_dir() else ()
        return sorted(str(path) for path in files if path.stem in done)


def read_layout(root: str | Path) -> StoreLayout:
    root = Path(root).expanduser().resolve()
    if not (root / "store.json").is_file():
        raise NotAStore(f"{root}: not a store (no store.json); `jimo ingest SOURCE --store DEST` writes one")
    done = root / "done"
    batches = tuple(sorted(p.name for p in done.iterdir() if p.is_file())) if done.is_dir() else ()
    return StoreLayout(root, batches)


PARSED_TABLES = tuple(CACHED_COLUMNS)
