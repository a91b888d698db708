"""Writes a store (docs/store.md) from the local loader's cache: the stand-in for
`jimo ingest --store` in the serving tests and benchmark, so the DuckDB path can be
checked against the pandas path on the same parse.

    write_store(dest, hashes, unreadable, cached, batches=2)

`hashes` is page_id -> content hash, `unreadable` page_id -> problem, `cached` the
per-file rows (`SegmentStore.read()`: CACHED_COLUMNS of jimo_data/tables.py).
"""

from __future__ import annotations

import json
import shutil
import sys
import urllib.parse
from pathlib import Path

import pandas as pd

from jimo_data.parsing import parser_version
from jimo_data.tables import CACHED_COLUMNS


def write_store(dest: Path, hashes: dict[str, str], unreadable: dict[str, str], cached: dict[str, pd.DataFrame], batches: int = 2) -> Path:
    dest = Path(dest)
    (dest / "done").mkdir(parents=True, exist_ok=True)
    (dest / "store.json").write_text(json.dumps({"format": 1, "parser_version": parser_version()}))
    pages = cached["pages"].astype({"content_hash": str})
    partition = _partitions(pages)
    digests = sorted(set(hashes.values()) & set(pages["content_hash"]))
    for n in range(batches):
        mine = set(digests[n::batches])
        batch = f"b{n:04d}"
        rows = [(page_id, digest, "ok", "") for page_id, digest in hashes.items() if digest in mine]
        rows += [(page_id, "", "error", problem) for page_id, problem in unreadable.items()] if n == 0 else []
        write_files(dest, batch, rows)
        for table in CACHED_COLUMNS:
            rows = cached[table].astype({"content_hash": str})
            rows = rows[rows["content_hash"].isin(mine)]
            for (pub, year), part in rows.groupby(rows["content_hash"].map(partition), sort=True):
                folder = dest / "parsed" / table / f"publication={pub}" / f"year={year}"
                folder.mkdir(parents=True, exist_ok=True)
                part.to_parquet(folder / f"{batch}.parquet", index=False)
        (dest / "done" / batch).write_text("")
    return dest


def write_files(dest: Path, batch: str, rows: list[tuple[str, str, str, str]], seen: str = "2026-01-01") -> None:
    """A batch's files rows: (page_id, content_hash, status, problem), seen at `seen`."""
    files = pd.DataFrame(rows, columns=["page_id", "content_hash", "status", "problem"]).astype("string")
    files.insert(2, "size", 0)
    files["seen"] = pd.Timestamp(seen, tz="UTC")
    (dest / "files").mkdir(exist_ok=True)
    files.to_parquet(dest / "files" / f"batch={batch}.parquet", index=False)


def _partitions(pages: pd.DataFrame) -> pd.Series:
    """content hash -> (publication, year) of its page, as the store's folders name them."""
    pub = pages["publication"].fillna("").map(lambda p: urllib.parse.quote(p, safe="") if p else "unknown")
    year = pd.to_datetime(pages["date"]).dt.year.map(lambda y: "undated" if pd.isna(y) else str(int(y)))
    return pd.Series(list(zip(pub, year)), index=pages["content_hash"])


def store_from_cache(cache_dir: Path, segments: Path, manifest: Path, dest: Path) -> Path:
    """A store of a benchmark archive from its cache folder: the segments' rows and the
    manifest's page_id -> content hash."""
    from jimo_data.ingest.segments import SegmentStore

    cached = SegmentStore(segments, lambda what, problem: print(what, problem, file=sys.stderr)).read()
    lines = manifest.read_text("utf-8").split("\n", 1)
    entries = json.loads(lines[1] if len(lines) > 1 and not lines[0].startswith("{") else manifest.read_text("utf-8"))
    hashes = {page_id: entry[-1] for page_id, entry in entries.items()}
    return write_store(dest, hashes, {}, cached, batches=4)


def replicate_store(source: Path, dest: Path, copies: int) -> Path:
    """A store `copies` times the size of `source`: each copy's pages under `r<i>/`, with
    their content and text hashes marked as the copy's, so no copy is a duplicate of
    another. For measuring serving at sizes no benchmark archive has been parsed at."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    def marked(table: pa.Table, column: str, copy: int) -> pa.Table:
        values = pc.binary_join_element_wise(table[column].cast(pa.string()), pa.scalar(f"-{copy}"), "")
        return table.set_column(table.schema.get_field_index(column), column, values)

    (dest / "done").mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "store.json", dest / "store.json")
    batches = [p.name for p in (source / "done").iterdir()]
    for copy in range(copies):
        for path in sorted((source / "parsed").rglob("*.parquet")):
            table = marked(pq.read_table(path), "content_hash", copy)
            if path.parts[-4] == "pages":
                table = marked(table, "text_hash", copy)
            target = dest / path.relative_to(source).parent / f"{path.stem}c{copy}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, target)
        for batch in batches:
            files = marked(pq.read_table(source / "files" / f"batch={batch}.parquet"), "content_hash", copy)
            page_ids = pc.binary_join_element_wise(pa.scalar(f"r{copy}/"), files["page_id"].cast(pa.string()), "")
            files = files.set_column(files.schema.get_field_index("page_id"), "page_id", page_ids)
            (dest / "files").mkdir(exist_ok=True)
            pq.write_table(files, dest / "files" / f"batch={batch}c{copy}.parquet")
            (dest / "done" / f"{batch}c{copy}").write_text("")
    return dest
