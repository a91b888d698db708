"""Reprints: one story printed by several papers (or twice by one), found by its text.

An article's body, stripped of punctuation and white space, is cut into character
5-grams (shingles). MinHash signatures in an LSH index propose candidate pairs without
comparing every pair; each candidate is then checked on the shingles themselves: the
share of the shorter text's shingles found in the longer one (containment), so a copy
cut by a third is still a copy. Candidates at or above `MIN_SHARE` are linked, and
linked articles form a cluster. The rules and why: docs/reuse.md.

    reprints(corpus)   cluster_id, article_id, role (source | copy), share, lag_days, …
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

import numpy as np
import pandas as pd
from datasketch import MinHashLSH

from ..parsing.publications import named

SHINGLE = 5  # characters per shingle: short enough to survive an edit, long enough to be rare in Chinese
MIN_CHARS = 150  # bodies shorter than this (captions, notices, briefs) are not compared
MIN_SHARE = 0.5  # share of the shorter text's shingles found in the longer one
LSH_THRESHOLD = 0.25  # Jaccard estimate that makes a candidate: low, so a shortened copy is proposed
NUM_PERM = 128
SEED = 1  # fixed: the same corpus always gives the same candidates
BATCH_SHINGLES = 8_000  # shingles permuted at once: small enough for the CPU cache
BATCH_TEXTS = 2_000  # bodies hashed at once: a few megabytes of arrays

# Which paper a story more likely started in when two print it the same day: the higher level.
LEVEL_RANK = {"national": 0, "agency": 0, "province": 1, "city": 2, "county": 3, "district": 3}
UNKNOWN_RANK = 4

COLUMNS = ["cluster_id", "article_id", "role", "share", "lag_days", "date", "publication", "headline", "page_id"]
COMPARED_COLUMNS = ["article_id", "kind", "body", "date", "publication", "headline", "page_id"]  # what find_reprints reads
_NOT_TEXT = re.compile(r"[\W_]+")


def reprints(corpus) -> pd.DataFrame:
    """Every article that belongs to a cluster of reprints, one row each: its
    `cluster_id` (clusters numbered by their source's date), `role` (source or copy),
    `share` (of the copy's text found in the source; 1 for the source), `lag_days`
    (days after the source, 0 for the source; empty when a date is unknown). Computed once
    per corpus, and kept in its cache folder for the next process."""
    return corpus.kept("reprints", corpus.articles[COMPARED_COLUMNS], find_reprints, COLUMNS)


def copy_ids(corpus) -> set[str]:
    """The articles that are copies of an earlier (or higher-level) printing."""
    found = reprints(corpus)
    return set(found.loc[found["role"] == "copy", "article_id"])


def other_printings(corpus, article_id: str) -> pd.DataFrame:
    """The other articles of `article_id`'s cluster (source first); empty when it has none."""
    found = reprints(corpus)
    cluster = found.loc[found["article_id"] == article_id, "cluster_id"]
    return found[found["cluster_id"].isin(cluster) & (found["article_id"] != article_id)]


def find_reprints(articles: pd.DataFrame) -> pd.DataFrame:
    """The clusters of reprints among `articles` (a frame with the columns of the
    articles table)."""
    compared = articles[(articles["kind"] == "article")]
    hashes = shingle_hashes(compared["body"])
    shingles = {aid: grams for aid, grams in zip(compared["article_id"], hashes) if len(grams)}
    pairs = [pair for pair in candidate_pairs(shingles) if containment(shingles, *pair) >= MIN_SHARE]
    clusters = _components(pairs)
    if not clusters:
        return pd.DataFrame({name: pd.Series(dtype=_dtype(name)) for name in COLUMNS})
    clustered = sorted({a for c in clusters for a in c})
    info = articles.set_index("article_id").loc[clustered, ["date", "publication", "headline", "page_id"]].to_dict("index")
    rows = [row for members in clusters for row in _cluster_rows(members, info, shingles)]
    table = pd.DataFrame(rows)
    # Clusters in order of their source's date, so ids are stable for one corpus
    order = table[table["role"] == "source"].sort_values(["date", "article_id"], na_position="last")["cluster_id"]
    table["cluster_id"] = table["cluster_id"].map({old: new for new, old in enumerate(order, start=1)})
    table = table.sort_values(["cluster_id", "role", "date", "article_id"], key=_role_first, na_position="last")
    return table[COLUMNS].astype({name: _dtype(name) for name in COLUMNS}).reset_index(drop=True)


def _compared_text(body: str) -> str:
    """The body without punctuation and white space; empty under MIN_CHARS characters."""
    text = _NOT_TEXT.sub("", body or "")
    return text if len(text) >= MIN_CHARS else ""


def shingles_of(body: str) -> frozenset[str]:
    """The body's character 5-grams, punctuation and white space removed; empty for a
    body under MIN_CHARS such characters."""
    text = _compared_text(body)
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


def shingle_hashes(bodies: Iterable[str]) -> list[np.ndarray]:
    """The same shingles as 64-bit hashes, sorted and unique, one array per body (empty
    under MIN_CHARS): numpy compares and permutes arrays of numbers where sets of strings
    cost a Python call per shingle. Bodies are hashed many at a time, their texts end to
    end: per body, the array operations would cost more than their arithmetic."""
    hashes, bodies = [], iter(bodies)  # a batch's texts at a time: an archive's would fill memory
    while batch := [_compared_text(body) for body in islice(bodies, BATCH_TEXTS)]:
        hashes += _hashes_end_to_end(batch)
    return hashes


def _hashes_end_to_end(texts: list[str]) -> list[np.ndarray]:
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(len(codes) - SHINGLE + 1, 0)
    grams = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):  # a polynomial of the five code points, wrapping at 2**64
        grams = grams * _POLY + codes[k : k + n]
    grams = _mix(grams)
    ends = np.cumsum([len(text) for text in texts])
    # A text's shingles start in its first len - SHINGLE + 1 characters; the rest span two
    # texts. An empty text (a body under MIN_CHARS) has none.
    return [_sorted_unique(grams[end - len(text) : end - SHINGLE + 1]) if text else _NO_HASHES for text, end in zip(texts, ends.tolist())]


_NO_HASHES = np.empty(0, dtype=np.uint64)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """`np.unique` of a 1-d array, without its overhead (most of its time on one body)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every bit of the result depends on every bit of x."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_POLY = np.uint64(0x100000001B3)  # FNV's 64-bit prime: odd, so multiplying by it loses no bit


def signatures(hashes: list[np.ndarray]) -> np.ndarray:
    """MinHash signatures (one row of NUM_PERM per article) of many articles at once:
    each permutation is a multiply-add-shift of the 64-bit shingle hash, and an article's
    minimum per permutation is taken over its slice of the batch (`minimum.reduceat`)."""
    rng = np.random.default_rng(SEED)
    a = (rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1))[:, None]  # odd multipliers
    b = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)[:, None]
    ends = np.cumsum([len(h) for h in hashes])  # where each article's shingles end in the whole
    out = np.empty((NUM_PERM, len(hashes)), dtype=np.uint64)
    start = 0
    while start < len(hashes):
        done = ends[start - 1] if start else 0
        stop = max(start + 1, int(np.searchsorted(ends, done + BATCH_SHINGLES, side="right")))
        permuted = np.concatenate(hashes[start:stop]) * a  # one row per permutation: reduceat runs along contiguous memory
        permuted += b
        permuted >>= np.uint64(32)
        out[:, start:stop] = np.minimum.reduceat(permuted, np.r_[0, ends[start : stop - 1] - done], axis=1)
        start = stop
    return out.T


def candidate_pairs(shingles: dict[str, np.ndarray]) -> set[tuple[str, str]]:
    """Pairs of articles whose signatures agree on a whole band in at least one of the
    bands datasketch's `MinHashLSH` chooses for LSH_THRESHOLD (42 bands of 3 rows)."""
    ids = list(shingles)
    index = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    sigs = signatures(list(shingles.values()))
    pairs = set()
    for band in range(index.b):
        key = np.zeros(len(ids), dtype=np.uint64)
        for column in sigs[:, band * index.r : (band + 1) * index.r].T:
            key = _mix(key * _POLY + column)
        pairs.update(_same_key_pairs(key))
    return {tuple(sorted((ids[i], ids[j]))) for i, j in pairs}


def _same_key_pairs(key: np.ndarray):
    """Every pair of positions holding the same key."""
    order = np.argsort(key, kind="stable")
    ordered = key[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], len(key)]
    for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
        members = order[start:end]
        yield from ((int(i), int(j)) for n, i in enumerate(members) for j in members[n + 1 :])


def containment(shingles: dict[str, np.ndarray], a: str, b: str) -> float:
    """The share of the shorter text's shingles that the longer one has."""
    small, large = sorted((shingles[a], shingles[b]), key=len)
    return _shared(small, large) / len(small)


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    return len(np.intersect1d(a, b, assume_unique=True))


def _components(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Connected groups of linked articles (union-find)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    return list(groups.values())


def _cluster_rows(members: list[str], info: dict[str, dict], shingles) -> list[dict]:
    """`info`: each member's date, publication, headline and page_id, by article id."""
    source = min(members, key=lambda aid: _source_order(aid, info[aid]))
    source_date = info[source]["date"]
    rows = []
    for aid in members:
        date = info[aid]["date"]
        copy = aid != source
        rows.append(
            {
                "cluster_id": source,
                "article_id": aid,
                "role": "copy" if copy else "source",
                "share": _share_of(shingles[aid], shingles[source]) if copy else 1.0,
                "lag_days": None if pd.isna(date) or pd.isna(source_date) else (date - source_date).days,
                **info[aid],
            }
        )
    return rows


def _source_order(aid: str, article: dict) -> tuple:
    """The earliest dated printing first; on one day the higher-level paper; then by id."""
    date = article["date"]
    level = named(article["publication"])
    rank = LEVEL_RANK.get(level.level, UNKNOWN_RANK) if level else UNKNOWN_RANK
    return (pd.isna(date), date if not pd.isna(date) else pd.Timestamp.max, rank, aid)


def _share_of(copy: np.ndarray, source: np.ndarray) -> float:
    """The share of the copy's text found in the source."""
    return round(_shared(copy, source) / len(copy), 3)


def _role_first(column: pd.Series) -> pd.Series:
    return column.map({"source": 0, "copy": 1}) if column.name == "role" else column


def _dtype(name: str) -> str:
    return {"cluster_id": "Int64", "share": "float64", "lag_days": "Int64", "date": "datetime64[us]"}.get(name, "string")


__all__ = ["find_reprints", "reprints", "copy_ids", "other_printings", "shingles_of", "MIN_CHARS", "MIN_SHARE"]
