"""Tables as files a spreadsheet opens: CSV in UTF-8 with a BOM (so that Excel shows
Chinese), dates as YYYY-MM-DD, rows ending in CRLF. The one writer of the CLI and the dashboard.

Cells cannot attack a spreadsheet. Excel, LibreOffice and Google Sheets run a cell as a
formula when it starts with `=`, `+`, `-` or `@` (a file named `=cmd|' /C calc'!A0.txt`
would be a command), and tab or carriage return can hide such a start. Following OWASP's
advice on CSV injection, every text cell and every column name that starts with one of
FORMULA_STARTS is written with a leading apostrophe, which a spreadsheet shows as text
and does not display. Only text is touched: a number column, negative numbers included,
stays numbers, and dates stay dates. The apostrophe stays in the file, so a program that
reads the CSV sees `'=…` where the table held `=…`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows end in CRLF (RFC 4180): then a cell holding a CR or LF is quoted, where with a
# bare LF a CR would be written unquoted and end the row in a spreadsheet.
_CSV = {"index": False, "date_format": "%Y-%m-%d", "lineterminator": "\r\n"}


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return inert(frame).to_csv(**_CSV).encode("utf-8-sig")


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Streamed to the file: a whole archive's terms table has millions of rows."""
    inert(frame).to_csv(path, encoding="utf-8-sig", **_CSV)
    return path


def inert(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with no text cell or column name that a spreadsheet would run. Columns
    without such a cell are the frame's own, not copies."""
    safe = frame.copy(deep=False)
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position]
        fixed = _inert_column(values)
        if fixed is not values:
            safe.isetitem(position, fixed)
    safe.columns = [inert_text(name) if isinstance(name, str) else name for name in frame.columns]
    return safe


def inert_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _inert_column(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.CategoricalDtype):
        return _inert_categories(values)
    if pd.api.types.is_string_dtype(values.dtype):
        return _inert_strings(values)
    return values


def _inert_strings(values: pd.Series) -> pd.Series:
    """Vectorised: one prefix test over the column; only the cells that need it change.
    Cells that are not text (a number in an object column, a missing value) stay."""
    try:
        starts = values.str.startswith(FORMULA_STARTS).fillna(False).to_numpy(dtype=bool)
    except AttributeError:  # an object column that holds no text at all
        return values
    if not starts.any():
        return values
    safe = values.copy()
    rows = np.flatnonzero(starts)
    safe.iloc[rows] = ("'" + values.iloc[rows]).to_numpy()
    return safe


def _inert_categories(values: pd.Series) -> pd.Series:
    """A categorical column (the terms table's) is fixed in its categories, once each,
    not in its millions of rows."""
    categories = values.cat.categories
    if not pd.api.types.is_string_dtype(categories.dtype):
        return values
    safe = pd.Index(_inert_strings(categories.to_series(index=range(len(categories)))))
    if safe.equals(categories):
        return values
    if not safe.is_unique:  # both `=x` and `'=x` are categories: fix the cells instead
        return _inert_strings(values.astype(categories.dtype))
    return values.cat.rename_categories(safe)
