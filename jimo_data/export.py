"""Tables as files: CSV, Excel (.xlsx) and JSON Lines, through one writer (`write_table`,
`table_bytes`) shared by the CLI and the dashboard's downloads; the articles with their
text as one frame (`article_export`); and download names that say what was filtered
(`download_name`).

- **CSV**: UTF-8 with a BOM (so that Excel shows Chinese), dates as YYYY-MM-DD, rows
  ending in CRLF.
- **Excel**: one sheet, dates as YYYY-MM-DD date cells, every text a text cell. A cell
  holds at most 32,767 characters (Excel's limit): a longer text is cut with the marker
  `XLSX_CUT_MARK` at its end, and a `note` column (present only then) says which column
  was cut and how long it was. Characters XML cannot carry (control characters other
  than tab, LF and CR) are written as U+FFFD, and a CR reads back as LF (XML's line
  ends): a line break stays a line break.
- **JSON Lines**: one UTF-8 JSON object per line, the text exact (no apostrophe:
  programs, not spreadsheets, read it), dates as "YYYY-MM-DD", missing values null.
  U+2028, U+2029 and U+0085 are escaped too, so splitting on any line break gives the rows.

Cells cannot attack a spreadsheet. Excel, LibreOffice and Google Sheets run a cell as a
formula when it starts with `=`, `+`, `-` or `@` (a file named `=cmd|' /C calc'!A0.txt`
would be a command), and tab or carriage return can hide such a start. In CSV, following
OWASP's advice on CSV injection, every text cell and every column name that starts with
one of FORMULA_STARTS is written with a leading apostrophe, which a spreadsheet shows as
text and does not display; the apostrophe stays in the file, so a program that reads the
CSV sees `'=…`. In .xlsx a cell's type is stored apart from its value, so such a text is
written exact, as a text cell with Excel's quote prefix (what typing the apostrophe
does): it shows and reads as the text and is not run even when edited. Only text is
touched: numbers (negative ones included) and dates stay numbers and dates.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd
import xxhash
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows end in CRLF (RFC 4180): then a cell holding a CR or LF is quoted, where with a
# bare LF a CR would be written unquoted and end the row in a spreadsheet.
_CSV = {"index": False, "date_format": "%Y-%m-%d", "lineterminator": "\r\n"}
XLSX_CELL_CHARS = 32_767  # Excel's limit for one cell
XLSX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
XLSX_CUT_MARK = " […]"
JSONL_CHUNK_ROWS = 10_000


@dataclass(frozen=True)
class Format:
    extension: str
    mime: str
    write: Callable[[pd.DataFrame, BinaryIO], None]


def write_table(frame: pd.DataFrame, path: Path, fmt: str = "csv") -> Path:
    """The frame as a file in `fmt` (csv | xlsx | jsonl), streamed where the format
    allows: a whole archive's terms table has millions of rows."""
    with open(path, "wb") as out:
        FORMATS[fmt].write(frame, out)
    return path


def table_bytes(frame: pd.DataFrame, fmt: str = "csv") -> bytes:
    buffer = io.BytesIO()
    FORMATS[fmt].write(frame, buffer)
    return buffer.getvalue()


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return table_bytes(frame, "csv")


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    return write_table(frame, path, "csv")


# -- CSV ----------------------------------------------------------------------------
def _write_csv(frame: pd.DataFrame, out: BinaryIO) -> None:
    inert(frame).to_csv(out, encoding="utf-8-sig", **_CSV)


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
    starts = _starts_like_formula(values)
    if starts is None or not starts.any():
        return values
    safe = values.copy()
    rows = np.flatnonzero(starts)
    safe.iloc[rows] = ("'" + values.iloc[rows]).to_numpy()
    return safe


def _starts_like_formula(values: pd.Series) -> np.ndarray | None:
    """Per cell: is it text that starts like a formula; None for a column without text."""
    try:
        return values.str.startswith(FORMULA_STARTS).fillna(False).to_numpy(dtype=bool)
    except AttributeError:  # an object column that holds no text at all
        return None


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


# -- Excel --------------------------------------------------------------------------
def _write_xlsx(frame: pd.DataFrame, out: BinaryIO) -> None:
    if len(frame) >= XLSX_ROWS:
        raise ValueError(f"{len(frame):,} rows, more than an Excel sheet holds ({XLSX_ROWS - 1:,}): use csv or jsonl")
    frame = _fit_cells(frame)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("jimo")
    sheet.append([_xlsx_value(sheet, str(name)) for name in frame.columns])
    columns = [_plain_values(frame.iloc[:, position]) for position in range(frame.shape[1])]
    for row in zip(*columns):
        sheet.append([_xlsx_value(sheet, value) for value in row])
    book.save(out)


def _fit_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Texts longer than an Excel cell cut, with the marker, and a note per row that
    says which were cut (the column exists only when a text was)."""
    keep = XLSX_CELL_CHARS - len(XLSX_CUT_MARK)
    notes = pd.Series("", index=frame.index)
    fitted = frame.copy(deep=False)
    for position, name in enumerate(frame.columns):
        values = frame.iloc[:, position]
        if not pd.api.types.is_string_dtype(values.dtype) or isinstance(values.dtype, pd.CategoricalDtype):
            continue
        lengths = values.str.len()
        long = (lengths > XLSX_CELL_CHARS).fillna(False).to_numpy(dtype=bool)
        if not long.any():
            continue
        cut = values.copy()
        cut[long] = values[long].str.slice(0, keep) + XLSX_CUT_MARK
        fitted.isetitem(position, cut)
        notes[long] += lengths[long].map(
            lambda n, name=name: (
                f"{name}: {n:,} characters, cut to {XLSX_CELL_CHARS:,} (the most an Excel cell holds; "
                "the CSV and JSON Lines exports hold the whole text). "
            )
        )
    if (notes != "").any():
        fitted["xlsx_note"] = notes.str.strip()
    return fitted


def _plain_values(values: pd.Series) -> list:
    """Cells as Python values openpyxl writes: dates as dates, missing as None."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return [None if pd.isna(value) else value.date() for value in values]
    return values.astype(object).where(values.notna(), None).tolist()


def _xlsx_value(sheet, value):
    """Text as a text cell whatever it starts with (openpyxl would otherwise write `=…`
    as a formula and `#N/A` as an error), with the quote prefix when it starts like a
    formula; any other value as itself."""
    if not isinstance(value, str):
        return value
    if not value:
        return None  # an empty cell, as pandas and Excel read an empty text anyway
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


# -- JSON Lines ---------------------------------------------------------------------
# Line breaks that JSON leaves raw but str.splitlines and some readers split on.
_JSON_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _write_jsonl(frame: pd.DataFrame, out: BinaryIO) -> None:
    names = [str(name) for name in frame.columns]
    for start in range(0, len(frame), JSONL_CHUNK_ROWS):
        chunk = frame.iloc[start : start + JSONL_CHUNK_ROWS]
        columns = [_json_values(chunk.iloc[:, position]) for position in range(chunk.shape[1])]
        lines = (json.dumps(dict(zip(names, row)), ensure_ascii=False, default=_json_scalar) for row in zip(*columns))
        text = "".join(line + "\n" for line in lines)
        for char, escape in _JSON_BREAKS.items():
            text = text.replace(char, escape)
        out.write(text.encode("utf-8"))


def _json_values(values: pd.Series) -> list:
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return [None if pd.isna(value) else f"{value:%Y-%m-%d}" for value in values]
    return _plain_values(values)


def _json_scalar(value):
    """numpy's numbers as Python's (json knows only these)."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


FORMATS = {
    "csv": Format("csv", "text/csv", _write_csv),
    "xlsx": Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _write_xlsx),
    "jsonl": Format("jsonl", "application/x-ndjson", _write_jsonl),
}


# -- what is exported, under which name ------------------------------------------------
ARTICLE_EXPORT_COLUMNS = (
    "article_id", "date", "publication", "page_id", "page_no", "section", "issue_no", "kind",
    "kicker", "headline", "subheadline", "bylines", "officials", "body", "continued", "source", "corrected",
)  # fmt: skip


# A credit whose page gives no word for the duty (`(周程林 江如意)`) says its role in the paper's language.
ROLE_WORDS = {"reporter": "记者", "correspondent": "通讯员", "photographer": "摄影", "editor": "编辑"}


def article_export(corpus, listing: pd.DataFrame) -> pd.DataFrame:
    """The articles of `listing` (rows of `corpus.articles`, in the order given) with
    everything a citation needs: headline, kicker and subheadline, bylines as
    `王涛（记者）、李明（通讯员，青岛日报）`, officials as `孙杰（即墨区区长）`, date,
    publication, page (id, number, section, issue), the source file and the whole text."""
    ids = listing["article_id"]
    articles = corpus.articles.loc[listing.index]
    pages = corpus.pages.drop_duplicates("page_id").set_index("page_id")[["page_no", "section", "issue_no"]]
    on_page = pages.reindex(articles["page_id"])
    bylines = corpus.bylines
    duty = bylines["duty"].where(bylines["duty"] != "", bylines["role"].map(ROLE_WORDS).fillna(""))
    credits = bylines.assign(label=_labelled(bylines["name"], duty, bylines["outlet"]))
    officials = corpus.officials.assign(label=lambda o: _labelled(o["name"], o["office"].where(o["office"] != "", o["title"])))
    return pd.DataFrame(
        {
            **{column: articles[column].to_numpy() for column in ("article_id", "date", "publication", "page_id")},
            **{column: on_page[column].to_numpy() for column in ("page_no", "section", "issue_no")},
            **{column: articles[column].to_numpy() for column in ("kind", "kicker", "headline", "subheadline")},
            "bylines": _joined_labels(credits, ids),
            "officials": _joined_labels(officials, ids),
            "body": articles["body"].to_numpy(),
            "continued": articles["continued"].to_numpy(),
            "source": [str(corpus.root / page_id) for page_id in articles["page_id"]],
            "corrected": _corrected_by(corpus, articles),
        },
        columns=list(ARTICLE_EXPORT_COLUMNS),
    ).astype({"section": "string", "page_no": "Int64", "issue_no": "Int64"})


def _corrected_by(corpus, articles: pd.DataFrame) -> np.ndarray:
    """Per article: the correction rules that changed it, its page or a byline, official
    or project of it (`corrections.toml`), joined by `; `; empty when none."""
    rules = [articles[["article_id", "corrected"]]]
    rules += [corpus.table(name)[["article_id", "corrected"]] for name in ("bylines", "officials", "projects")]
    marked = pd.concat(rules)
    marked = marked[marked["corrected"] != ""].astype(str)
    if marked.empty:
        return np.full(len(articles), "", dtype=object)
    split = marked.assign(corrected=marked["corrected"].str.split("; ")).explode("corrected").drop_duplicates()
    joined = split.groupby("article_id", sort=False)["corrected"].agg("; ".join)
    return joined.reindex(articles["article_id"].astype(str)).fillna("").to_numpy()


def _labelled(names: pd.Series, *details: pd.Series) -> pd.Series:
    """`name（detail，detail）` from the details that are not empty; `name` when none is."""
    said = pd.Series("", index=names.index)
    for detail in details:
        said = said + np.where((said != "") & (detail != ""), "，", "") + detail
    return names + np.where(said != "", "（" + said + "）", "")


def _joined_labels(rows: pd.DataFrame, ids: pd.Series) -> np.ndarray:
    """Per article of `ids`: the distinct labels of its rows in their order, joined by 、."""
    mine = rows.loc[rows["article_id"].isin(set(ids)), ["article_id", "label"]].drop_duplicates()
    joined = mine.groupby("article_id", sort=False)["label"].agg("、".join)
    return joined.reindex(ids.to_numpy()).fillna("").to_numpy()


FILE_NAME_BYTES = 200  # under every file system's 255, with room for a browser's " (1)"
FILTER_SLUG_CHARS = 80  # `Filters.slug` cuts at this length: a slug that long may say less than the filters
_NOT_FILE_SAFE = re.compile(r"[^\w.-]")


def download_name(name: str, filters, options: dict[str, str | Iterable[str]], fmt: str) -> str:
    """`jimo_<name>_<filters>_<option>-<value>….<ext>`: what was filtered (`filters.slug()`)
    and every page option that is not its default (`status-开工`, `role-reporter_editor`,
    `page-…`), so two downloads under different settings never share a name. A name too
    long for a file system is cut and ends in a digest of everything it should say."""
    chosen = {key: (value,) if isinstance(value, str) else tuple(value) for key, value in sorted(options.items())}
    chosen = {key: values for key, values in chosen.items() if any(values)}
    parts = [name, filters.slug(), *(f"{key}-{'_'.join(values)}" for key, values in chosen.items())]
    stem = _NOT_FILE_SAFE.sub("-", "jimo_" + "_".join(parts))
    extension = "." + FORMATS[fmt].extension
    if len((stem + extension).encode()) <= FILE_NAME_BYTES and len(filters.slug()) < FILTER_SLUG_CHARS:
        return stem + extension
    described = repr((name, sorted((k, v) for k, v in filters.to_params().items() if k != "lang"), chosen))
    digest = "_" + xxhash.xxh3_64_hexdigest(described.encode())[:10]
    room = FILE_NAME_BYTES - len((digest + extension).encode())
    return stem.encode()[:room].decode(errors="ignore") + digest + extension
