"""Tables derived from a whole corpus (the reprint clusters), kept in the cache folder so
that a new process (the dashboard started again) does not derive them again.

    derived/<corpus-id>/<name>-<key>/<name>.parquet   sealed like every cache folder

`<key>` hashes the table the derivation reads, the source of the module that derives
(its rules) and the parser's version (its lexicons): any change derives the table again.
Only the latest key of a name is kept. A damaged copy is derived again; a cache that
cannot be written only costs the derivation.
"""

from __future__ import annotations

import inspect
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import xxhash

from ..parsing import parser_version
from .integrity import file_digest, log, read_sealed, remove_abandoned, seal


def kept(folder: Path, name: str, source: pd.DataFrame, derive: Callable[[pd.DataFrame], pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """`derive(source)`, a table of these `columns`, read from `folder` when a process
    derived it before from the same source with the same rules."""
    place = folder / f"{name}-{_key(source, derive)}"
    table = _read(place, name, columns)
    if table is None:
        table = derive(source)
        _write(folder, place, name, table)
    return table


def _key(source: pd.DataFrame, derive: Callable) -> str:
    rows = pd.util.hash_pandas_object(source, index=False).to_numpy()
    digest = xxhash.xxh3_128()
    digest.update(rows.tobytes())
    digest.update(",".join(source.columns).encode())
    digest.update(file_digest(Path(inspect.getsourcefile(derive))).encode())
    digest.update(parser_version().encode())
    return digest.hexdigest()


def _read(place: Path, name: str, columns: list[str]) -> pd.DataFrame | None:
    if not place.is_dir():
        return None
    tables, problem = read_sealed(place, lambda table: pd.read_parquet(place / f"{table}.parquet"), {name: columns})
    if tables is None:
        log.warning("cache %s: %s; it is derived again", place.name, problem)
        shutil.rmtree(place, ignore_errors=True)
        return None
    return tables[name]


def _write(folder: Path, place: Path, name: str, table: pd.DataFrame) -> None:
    tmp = folder / f".tmp-{uuid.uuid4().hex}"
    try:
        tmp.mkdir(parents=True)
        remove_abandoned(folder)
        table.to_parquet(tmp / f"{name}.parquet", index=False)
        seal(tmp)
        for older in folder.glob(f"{name}-*"):
            shutil.rmtree(older, ignore_errors=True)
        tmp.rename(place)
    except OSError as error:
        log.warning("cache %s: not kept (%s)", place.name, error.strerror or error)
        shutil.rmtree(tmp, ignore_errors=True)
