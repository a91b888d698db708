"""Where a corpus's caches live, and the manifest of its files.

Under the cache folder (default: the user's cache dir; `JIMO_CACHE_DIR` overrides;
never inside the corpus folder):

    parser-<version>/seg-<id>/<table>.parquet   rows of parsed pages, by content hash (segments.py)
    manifests/<corpus-id>.json                  page_id -> [size, mtime_ns, content hash]
    snapshots/<corpus-id>-<version>/            the assembled tables (snapshot.py)
    jieba-<version>-<size>.marshal              jieba's prefix dictionary, fast to load

`<version>` is `jimo_data.parsing.parser_version()`, a hash of the parser's source and
lexicons: a changed parser starts a fresh cache instead of serving stale rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path

import platformdirs

from ..parsing import parser_version
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
        self.segments = SegmentStore(self.root / f"parser-{parser_version()}")
        self.snapshot = SnapshotStore(self.root / "snapshots" / f"{corpus_id}-{parser_version()}")
        self.manifest_path = self.root / "manifests" / f"{corpus_id}.json"

    def read_manifest(self) -> dict[str, list]:
        try:
            return json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def write_manifest(self, manifest: dict[str, list]) -> None:
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.manifest_path.with_suffix(f".{uuid.uuid4().hex}.tmp")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        tmp.replace(self.manifest_path)
