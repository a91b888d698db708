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
    one: an archive's term rows) keeps its codes and only the others are recoded. Text
    categories are looked up in Arrow, and only the other parts' are hashed against the
    first's: pandas would hash the archive's hundred thousand terms as Python strings on
    every reload."""
    if not all(_is_text(part.categories) for part in parts):
        categories = parts[0].categories.append([part.categories for part in parts[1:]]).unique()
        recodes = [categories.get_indexer(part.categories) for part in parts[1:]]
    else:
        first = arrow_text(parts[0].categories.astype(str), pa.large_string())
        others = pa.chunked_array(
            [arrow_text(part.categories.astype(str), pa.large_string()) for part in parts[1:]], type=pa.large_string()
        )
        added = pc.unique(others.filter(pc.invert(pc.is_in(others, value_set=first))))
        every = pa.concat_arrays([first, added]) if len(added) else first
        positions = pc.index_in(others, value_set=every).to_numpy(zero_copy_only=False)
        bounds = np.cumsum([0, *(len(part.categories) for part in parts[1:])])
        recodes = [positions[start:end] for start, end in zip(bounds[:-1], bounds[1:])]
        # nothing new: the first part's dtype as it is (a new one checks every category)
        categories = parts[0].categories if not len(added) else pd.Index(every.to_pandas())
    codes = [parts[0].codes]
    for part, recode in zip(parts[1:], recodes):
        codes.append(np.where(part.codes >= 0, recode[part.codes], -1))
    dtype = parts[0].dtype if categories is parts[0].categories else pd.CategoricalDtype(categories)
    # int32 whenever pandas would use it, so the millions of codes are copied once
    codes_type = np.int32 if len(categories) >= 2**15 else None
    return pd.Categorical.from_codes(np.concatenate(codes, dtype=codes_type), dtype=dtype, validate=False)


def arrow_text(values: pd.Series | pd.Index, type: pa.DataType) -> pa.Array:
    """Text values as one Arrow array of this type (pandas may hold them in chunks)."""
    text = pa.array(values.array)
    return (text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text).cast(type)


def _is_text(categories: pd.Index) -> bool:
    return pd.api.types.is_string_dtype(categories.dtype) and pd.api.types.infer_dtype(categories[:100]) in ("string", "empty")


def empty_frames(columns: dict[str, list[str]]) -> dict[str, pd.DataFrame]:
    """One empty frame per table, with these columns."""
    return {table: pd.DataFrame(columns=names) for table, names in columns.items()}
