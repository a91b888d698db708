"""Derived files are checked before use: each cache folder is sealed with the checksums
of its files, and a folder whose files do not match its seal is rebuilt from the pages.

Nothing in the cache is trusted: a bit flipped on disk, a truncated write, a file deleted
by hand or a folder of the wrong version must cost a rebuild, never a wrong table or a
crash. What was rebuilt and why is a `Repair`, logged and shown in the data-quality panel.

xxHash (XXH3, 128 bits) is the checksum: it runs at memory speed, so checking the
snapshot of a whole archive adds little to a warm load; it guards against damage, not
against someone forging a cache (whoever can write the cache can write the pages).
"""

from __future__ import annotations

import json
import logging
import mmap
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from time import time_ns

import pyarrow as pa
import xxhash

from .files import RACY_WINDOW_NS

SEAL = "checksums.json"
log = logging.getLogger("jimo_data.cache")
# A file's stamp (device, inode, size, times) when this process last found its checksum
# right. Our writes never change a file in place (a new folder, then a rename), so a
# file with the same stamp holds the same bytes: a dashboard that reloads after one
# added page checks the snapshot it already checked without reading it again. A file
# changed within a timestamp tick of being written keeps its stamp, so only files whose
# times are older than RACY_WINDOW_NS are remembered (files.py's rule for the manifest).
_checked: dict[str, tuple[tuple[int, ...], str]] = {}
_MAX_CHECKED = 10_000


@dataclass(frozen=True)
class Repair:
    """One derived file found damaged and what happened instead."""

    what: str  # snapshot | segment | manifest | dictionary | unwritable
    problem: str  # in words: what was wrong and what was done

    def __str__(self) -> str:
        return f"{self.what}: {self.problem}"


def bytes_digest(data: bytes | memoryview) -> str:
    return xxhash.xxh3_128_hexdigest(data)


def file_digest(path: Path) -> str:
    """The checksum of a file's bytes, read through a memory map (no copy)."""
    with open(path, "rb") as file:
        if os.fstat(file.fileno()).st_size == 0:
            return bytes_digest(b"")
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return bytes_digest(mapped)


# A write makes `.tmp-*` (and a swap `.old-*`) beside its folder and renames or removes it
# within seconds. One untouched for this long was left by a process killed mid-write.
ABANDONED_AFTER_S = 3600
_UNFINISHED = (".tmp-*", ".old-*")


def remove_abandoned(folder: Path) -> None:
    """Remove the unfinished writes in `folder` that nothing has touched for
    ABANDONED_AFTER_S (the folder's newest file counts): each can hold a whole batch's
    tables, and no reader ever looks at them."""
    cutoff = time_ns() - ABANDONED_AFTER_S * 1_000_000_000
    for pattern in _UNFINISHED:
        for path in folder.glob(pattern):
            try:
                touched = max(entry.stat().st_mtime_ns for entry in [path, *path.glob("*")])
            except OSError:
                continue  # removed meanwhile by the write that made it
            if touched < cutoff:
                log.info("cache %s: an unfinished write of a stopped process, removed", path)
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)


def seal(folder: Path) -> None:
    """Record the checksum of every file in the folder (written last: a folder without
    its seal is incomplete)."""
    sums = {path.name: file_digest(path) for path in sorted(folder.iterdir()) if path.name != SEAL and path.is_file()}
    (folder / SEAL).write_text(json.dumps(sums), "utf-8")


def check_sealed(folder: Path) -> str:
    """ "" when every file the seal lists is there with its bytes unchanged and nothing
    unlisted is there; else the problem in words."""
    try:
        sums = json.loads((folder / SEAL).read_text("utf-8"))
    except FileNotFoundError:
        return "its list of checksums is missing (an interrupted write, or files deleted)"
    except (OSError, ValueError) as error:
        return f"its list of checksums cannot be read ({error})"
    if not isinstance(sums, dict):
        return "its list of checksums has the wrong shape"
    present = {path.name for path in folder.iterdir() if path.name != SEAL}
    if set(sums) != present:
        missing, extra = sorted(set(sums) - present), sorted(present - set(sums))
        return f"files missing: {', '.join(missing) or 'none'}; unexpected: {', '.join(extra) or 'none'}"
    for name, expected in sums.items():
        try:
            if _checked_digest(folder / name, expected) != expected:
                return f"{name} does not match its checksum (damaged on disk)"
        except (OSError, ValueError) as error:
            return f"{name} cannot be read ({error})"
    return ""


def _checked_digest(path: Path, expected: str) -> str:
    """The file's checksum, read again unless this process found it equal to `expected`
    with the file's stamp as it is now."""
    stat = os.stat(path)
    stamp = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    if _checked.get(str(path)) == (stamp, expected):
        return expected
    digest = file_digest(path)
    if digest == expected and time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) >= RACY_WINDOW_NS:
        if len(_checked) >= _MAX_CHECKED:
            _checked.clear()
        _checked[str(path)] = (stamp, digest)
    return digest


def read_sealed(folder: Path, read: Callable[[str], object], expected: dict[str, list[str]]) -> tuple[dict | None, str]:
    """The tables of a sealed folder, each read by `read(table)` once the seal holds and
    checked against the columns `expected` of it; (None, the problem in words) when
    anything fails."""
    problem = check_sealed(folder)
    if problem:
        return None, problem
    try:
        tables = {table: read(table) for table in expected}
    except (OSError, ValueError, KeyError, pa.ArrowException) as error:
        return None, f"cannot be read ({error})"
    wrong = [table for table, frame in tables.items() if list(frame.columns) != expected[table]]
    if wrong:
        return None, f"{', '.join(wrong)} has other columns than expected"
    return tables, ""
