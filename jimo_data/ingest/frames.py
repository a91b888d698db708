"""Frame plumbing shared by the ingest steps: concatenation that keeps categorical
columns categorical, and handing freed memory back to the system."""

from __future__ import annotations

import contextlib
import ctypes
import gc

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


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate frames whose categorical columns may have different categories,
    keeping them categorical (pd.concat alone would turn them into Python strings)."""
    frames = [f for f in frames if len(f.columns)]
    if len(frames) == 1:
        return frames[0]
    columns = {}
    for column in frames[0].columns:
        parts = [f[column] for f in frames]
        if all(isinstance(part.dtype, pd.CategoricalDtype) for part in parts):
            columns[column] = concat_categoricals([part.array for part in parts])
        else:
            columns[column] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns, copy=False)


def concat_categoricals(parts: list[pd.Categorical]) -> pd.Categorical:
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
    # int32 whenever pandas would use it, so the millions of codes are copied once
    codes_type = np.int32 if len(categories) >= 2**15 else None
    return pd.Categorical.from_codes(np.concatenate(codes, dtype=codes_type), dtype=dtype, validate=False)


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
