"""The character-bigram index: which articles hold each pair of adjacent characters.

Chinese has no spaces to split words at, and a search word is any substring
(`analysis/search.py`), so the index holds every pair of adjacent characters of each
text part (kicker, headline, subheadline, body; no pair spans two parts, as no hit
does). An article holding a word holds all of its bigrams, so intersecting the bigrams'
posting lists finds every candidate; verifying the candidates' text finds the hits.
A two-character word is its own bigram: its posting list is exactly its articles.

A bigram is one BIGINT, `first * 0x110000 + second` (code points): exact for every
character, so no two pairs share a posting list. The table `bigrams (gram, akey)` is
sorted by gram: DuckDB's per-row-group min/max then reads only the row groups of the
grams asked for, a few of them per posting list.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

TEXT_PARTS = ("kicker", "headline", "subheadline", "body")
_CODE_POINTS = 0x110000
_BATCH = 5_000  # articles per step of the build: bounds its arrays (< 2^15: a position in it fits 15 bits)


def grams(word: str) -> list[int]:
    """The distinct bigrams of a word, as the index holds them."""
    points = [ord(c) for c in word]
    return sorted({a * _CODE_POINTS + b for a, b in zip(points, points[1:])})


def _pairs(akeys: np.ndarray, values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(gram, akey) of every adjacent pair of characters within each value."""
    values = pc.fill_null(values, "")
    lengths = np.asarray(pc.utf8_length(values).to_numpy(zero_copy_only=False), dtype=np.int64)
    points = np.frombuffer("".join(values.to_pylist()).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    owner = np.repeat(akeys, lengths)
    within = owner[:-1] == owner[1:]  # the pair does not span two values
    return (points[:-1] * _CODE_POINTS + points[1:])[within], owner[:-1][within]


def build_index(con) -> None:
    """Create `bigrams` from the `articles` table, a batch of articles at a time."""
    con.execute("CREATE TABLE bigram_rows (gram BIGINT, akey INTEGER)")
    reader = con.sql(f"SELECT akey, {', '.join(TEXT_PARTS)} FROM articles ORDER BY akey").to_arrow_reader(_BATCH)
    writer = con.cursor()
    for batch in reader:
        akeys = batch.column(0).to_numpy().astype(np.int32)
        local = np.arange(len(akeys), dtype=np.int64)  # position in the batch: < 2^15
        found = [_pairs(local, batch.column(i + 1)) for i in range(len(TEXT_PARTS))]
        gram = np.concatenate([g for g, _ in found])
        owner = np.concatenate([o for _, o in found])
        key = _distinct(gram * (1 << 15) + owner)  # (gram, article) as one number: gram < 2^41, no overflow
        rows = pa.table({"gram": key >> 15, "akey": akeys[key & ((1 << 15) - 1)]})
        writer.register("bigram_batch", rows)
        writer.execute("INSERT INTO bigram_rows SELECT * FROM bigram_batch")
        writer.unregister("bigram_batch")
    con.execute("CREATE TABLE bigrams AS SELECT gram, akey FROM bigram_rows ORDER BY gram, akey")
    con.execute("DROP TABLE bigram_rows")


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique by a sort: several times faster than numpy 2's np.unique on int64."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def postings(con, gram: int) -> np.ndarray:
    """The sorted akeys of the articles holding this bigram."""
    found = con.execute("SELECT akey FROM bigrams WHERE gram = ? ORDER BY akey", [gram]).fetchnumpy()["akey"]
    return np.asarray(found, dtype=np.int64)


def candidates(con, word: str) -> np.ndarray | None:
    """The sorted akeys of the articles that may hold the word (all of its bigrams);
    None for a word of one character, which has no bigram (its search scans)."""
    wanted = grams(word)
    if not wanted:
        return None
    lists = sorted((postings(con, g) for g in wanted), key=len)  # the shortest first: each step shrinks
    found = lists[0]
    for more in lists[1:]:
        if not len(found):
            break
        found = np.intersect1d(found, more, assume_unique=True)
    return found
