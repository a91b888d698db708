"""The filters of `jimo_data.filters.FILTERS` as SQL: one entry per URL key, a
predicate over the assembled `articles` table (alias `a`) with its parameters.

Every filter that selects rows is either in `WHERE` or in `UNSUPPORTED` (with the
reason): a filter added to the registry fails tests/test_serving.py until it is
placed in one of them. The rules are those of each filter's `keep_under`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from ..filters import FILTERS, UNKNOWN


@dataclass(frozen=True)
class Clause:
    sql: str  # a predicate over `articles a`
    params: dict = field(default_factory=dict)  # named ($name) parameters
    tables: dict[str, pa.Table] = field(default_factory=dict)  # Arrow tables the predicate reads, by name


def _bound(filters, value, op: str, name: str) -> Clause | None:
    """`from` / `to`: a date bound leaves undated articles out, or lets them in under
    `undated=include`; under `undated=only` it says nothing."""
    if value is None or filters.undated == "only":
        return None
    undated = " OR a.date IS NULL" if filters.undated == "include" else ""
    return Clause(f"(a.date {op} ${name}{undated})", {name: value})


def _undated(filters, store) -> Clause | None:
    return Clause("a.date IS NULL") if filters.undated == "only" else None


def _publications(filters, store) -> Clause | None:
    if not filters.publications:
        return None
    values = ["" if v == UNKNOWN else v for v in filters.publications]
    return Clause("a.publication IN (SELECT unnest($pubs::VARCHAR[]))", {"pubs": values})


def _officials(filters, store) -> Clause | None:
    if not filters.officials:
        return None
    return Clause(
        "a.akey IN (SELECT akey FROM officials WHERE name IN (SELECT unnest($officials::VARCHAR[])))",
        {"officials": list(filters.officials)},
    )


def _byline(filters, store) -> Clause | None:
    return Clause("a.akey IN (SELECT akey FROM bylines WHERE name = $byline)", {"byline": filters.byline}) if filters.byline else None


def _query(filters, store) -> Clause | None:
    keys = store.query_keys(filters.query) if filters.query else None
    if keys is None:
        return None
    return Clause("a.akey IN (SELECT akey FROM query_keys)", tables={"query_keys": pa.table({"akey": keys.astype(np.int32)})})


WHERE: dict[str, Callable] = {
    "from": lambda filters, store: _bound(filters, filters.date_from, ">=", "date_from"),
    "to": lambda filters, store: _bound(filters, filters.date_to, "<=", "date_to"),
    "undated": _undated,
    "pub": _publications,
    "official": _officials,
    "byline": _byline,
    "q": _query,
}

UNSUPPORTED = {
    "tag": "tags are notes of corrections.toml, which a store does not apply yet",
    "reprints": "reprint clusters compare every article's text; not computed for a store yet",
}


class UnsupportedFilter(ValueError):
    """A filter the store cannot answer yet (UNSUPPORTED says why)."""


def clauses(filters, store) -> list[Clause]:
    """The predicates of every filter that filters anything."""
    for spec in FILTERS:
        if spec.key in UNSUPPORTED and getattr(filters, spec.field) != spec.default:
            raise UnsupportedFilter(f"`{spec.key}`: {UNSUPPORTED[spec.key]}")
    found = (where(filters, store) for where in WHERE.values())
    return [clause for clause in found if clause is not None]
