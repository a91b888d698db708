"""Frame plumbing shared by the ingest steps: concatenation that keeps categorical
columns categorical (with room to append to, for the terms a reload adds to), and
handing freed memory back to the system."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import threading
import weakref

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def return_freed_memory(collect: bool = True) -> None:
    """Hand memory that was freed back to the operating system. Arrow's allocator
    (mimalloc) and glibc's malloc keep freed pages for reuse, which a long-running
    dashboard never gets to after one large load. Without `collect`, only what was
    freed already (frames hold no reference cycles; a full collection costs time in a
    process of many objects)."""
    if collect:
        gc.collect()
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def concat_frames(frames: list[pd.DataFrame], room: bool = False) -> pd.DataFrame:
    """Concatenate frames whose categorical columns may have different categories,
    keeping them categorical (pd.concat alone would turn them into Python strings).
    With `room`, categorical columns and numpy columns of one type are written to
    buffers with room after their rows (`_joined`): when the first frame is such a
    buffer's last result, the other frames' rows are written after it, and its rows
    are not copied."""
    frames = [f for f in frames if len(f.columns)]
    if len(frames) == 1 and not room:
        return frames[0]
    columns = {}
    for column in frames[0].columns:
        parts = [f[column] for f in frames]
        if all(isinstance(part.dtype, pd.CategoricalDtype) for part in parts):
            columns[column] = concat_categoricals([part.array for part in parts], room)
        elif room and isinstance(parts[0].dtype, np.dtype) and all(part.dtype == parts[0].dtype for part in parts):
            columns[column] = _joined([part.to_numpy() for part in parts], parts[0].dtype, room)
        else:
            columns[column] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns, copy=False)


def concat_categoricals(parts: list[pd.Categorical], room: bool = False) -> pd.Categorical:
    """Categories in order of first appearance, so the first part (usually the large
    one: an archive's term rows) keeps its codes and only the others are recoded; a
    part of the first's very dtype (a slice of it) is not recoded either. Text
    categories are looked up in Arrow, and only the other parts' are hashed against the
    first's: pandas would hash the archive's hundred thousand terms as Python strings on
    every reload."""
    first = parts[0]
    others = [part for part in parts[1:] if part.dtype is not first.dtype]
    categories, recodes = _merged_categories(first.categories, [part.categories for part in others])
    recoding = iter(recodes)  # in the order of `others`
    codes = [part.codes if part.dtype is first.dtype else _recoded(part.codes, next(recoding)) for part in parts]
    dtype = first.dtype if categories is first.categories else pd.CategoricalDtype(categories)
    return pd.Categorical.from_codes(_joined(codes, _codes_type(len(categories)), room), dtype=dtype, validate=False)


def _codes_type(n_categories: int) -> type:
    """The codes' type pandas keeps for this many categories (it copies any other), so
    that the millions of codes are copied once."""
    for kind in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(kind).max:
            return kind
    return np.int64


# Buffers `_joined` handed out a leading view of, by id: (a weak reference, the rows in
# use). Only rows past every view handed out are ever written. The reference's callback
# takes no lock: the collector may run it while `_joined` holds `_in_use_lock`.
_in_use: dict[int, tuple[weakref.ref, int]] = {}
_in_use_lock = threading.Lock()


def _joined(arrays: list[np.ndarray], dtype, room: bool) -> np.ndarray:
    """The arrays end to end. With `room`, as the leading view of a buffer with spare
    rows after it; the rows of the first array are not copied when it is the last view
    a buffer handed out and the others fit in its room. An older view of that buffer
    (a frame a reload started from again, or a reload that was interrupted after
    joining) is copied: its rows are then followed by other rows, which a newer view
    may show. A copy costs time, never a wrong row."""
    if not room:
        return np.concatenate(arrays, dtype=dtype)
    first, total = arrays[0], sum(map(len, arrays))
    buffer = first.base
    with _in_use_lock:
        used = _in_use.get(id(buffer))
        appendable = (
            used is not None
            and used[0]() is buffer
            and used[1] == len(first)
            and first.ctypes.data == buffer.ctypes.data  # a leading view
            and buffer.dtype == dtype
            and len(buffer) >= total
        )
        if appendable:
            done, arrays = len(first), arrays[1:]
        else:
            buffer, done = np.empty(total + max(2**20, total // 16), dtype=dtype), 0
        for array in arrays:
            buffer[done : done + len(array)] = array
            done += len(array)
        key = id(buffer)
        _in_use[key] = (weakref.ref(buffer, lambda _, key=key: _in_use.pop(key, None)), total)
    return buffer[:total]


def _merged_categories(first: pd.Index, others: list[pd.Index]) -> tuple[pd.Index, list[np.ndarray]]:
    """(the first's categories followed by the others' new ones, each other's positions
    in them); the first's own Index when nothing is new."""
    if not others:
        return first, []
    if not all(_is_text(categories) for categories in [first, *others]):
        merged = first.append(others).unique()
        return merged, [merged.get_indexer(categories) for categories in others]
    known = arrow_text(first.astype(str), pa.large_string())
    every_other = pa.chunked_array([arrow_text(categories.astype(str), pa.large_string()) for categories in others], type=pa.large_string())
    added = pc.unique(every_other.filter(pc.invert(pc.is_in(every_other, value_set=known))))
    every = pa.concat_arrays([known, added]) if len(added) else known
    positions = pc.index_in(every_other, value_set=every).to_numpy(zero_copy_only=False)
    bounds = np.cumsum([0, *map(len, others)])
    merged = first if not len(added) else pd.Index(every.to_pandas())  # nothing new: the first's, unchecked again
    return merged, [positions[start:end] for start, end in zip(bounds[:-1], bounds[1:])]


def _recoded(codes: np.ndarray, positions: np.ndarray) -> np.ndarray:
    return np.where(codes >= 0, positions[codes], -1)


def arrow_text(values: pd.Series | pd.Index, type: pa.DataType) -> pa.Array:
    """Text values as one Arrow array of this type (pandas may hold them in chunks)."""
    text = pa.array(values.array)
    return (text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text).cast(type)


def _is_text(categories: pd.Index) -> bool:
    return pd.api.types.is_string_dtype(categories.dtype) and pd.api.types.infer_dtype(categories[:100]) in ("string", "empty")


def empty_frames(columns: dict[str, list[str]]) -> dict[str, pd.DataFrame]:
    """One empty frame per table, with these columns."""
    return {table: pd.DataFrame(columns=names) for table, names in columns.items()}
