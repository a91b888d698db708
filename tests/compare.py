"""Two corpora hold the same tables (row order and category order aside)."""

from __future__ import annotations

from jimo_data.tables import TABLES


def assert_same_tables(a, b) -> None:
    for table in TABLES:
        left = a.table(table).astype(str).sort_values(list(a.table(table).columns)).reset_index(drop=True)
        right = b.table(table).astype(str).sort_values(list(b.table(table).columns)).reset_index(drop=True)
        assert left.equals(right), table
