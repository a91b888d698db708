"""Serving a Parquet store (docs/store.md) larger than memory through DuckDB.

    layout    which batches of the store are done, and their files
    build     the parse assembled into the data model's tables, in SQL, one DuckDB file
    bigrams   the character-bigram index that finds search candidates
    where     the FILTERS registry's values as SQL predicates
    store     open_store() and Store: filters, counts, trends, rankings, search

Why DuckDB, and what the index costs: docs/store.md ("Serving").
"""

from .layout import NotAStore
from .store import Store, StoreSelection, open_store
from .where import UnsupportedFilter

__all__ = ["NotAStore", "Store", "StoreSelection", "UnsupportedFilter", "open_store"]
