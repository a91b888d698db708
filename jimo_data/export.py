"""Tables as files a spreadsheet opens: CSV in UTF-8 with a BOM (so that Excel shows
Chinese), dates as YYYY-MM-DD. The one writer of the CLI and the dashboard."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

_CSV = {"index": False, "date_format": "%Y-%m-%d"}


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(**_CSV).encode("utf-8-sig")


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Streamed to the file: a whole archive's terms table has millions of rows."""
    frame.to_csv(path, encoding="utf-8-sig", **_CSV)
    return path
