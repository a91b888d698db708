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

import pandas as pd
import xxhash
from datasketch import MinHash, MinHashLSH

from ..parsing.publications import registry

SHINGLE = 5  # characters per shingle: short enough to survive an edit, long enough to be rare in Chinese
MIN_CHARS = 150  # bodies shorter than this (captions, notices, briefs) are not compared
MIN_SHARE = 0.5  # share of the shorter text's shingles found in the longer one
LSH_THRESHOLD = 0.25  # Jaccard estimate that makes a candidate: low, so a shortened copy is proposed
NUM_PERM = 128
SEED = 1  # fixed: the same corpus always gives the same candidates

# Which paper a story more likely started in when two print it the same day: the higher level.
LEVEL_RANK = {"national": 0, "agency": 0, "province": 1, "city": 2, "county": 3, "district": 3}
UNKNOWN_RANK = 4

COLUMNS = ["cluster_id", "article_id", "role", "share", "lag_days", "date", "publication", "headline", "page_id"]
_NOT_TEXT = re.compile(r"[\W_]+")


def reprints(corpus) -> pd.DataFrame:
    """Every article that belongs to a cluster of reprints, one row each: its
    `cluster_id` (clusters numbered by their source's date), `role` (source or copy),
    `share` (of the copy's text found in the source; 1 for the source), `lag_days`
    (days after the source, 0 for the source; empty when a date is unknown). Computed once per corpus."""
    return corpus.memo("reprints", lambda: find_reprints(corpus.articles))


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
    shingles = {aid: grams for aid, body in zip(compared["article_id"], compared["body"]) if (grams := shingles_of(body))}
    pairs = [pair for pair in candidate_pairs(shingles) if containment(shingles, *pair) >= MIN_SHARE]
    clusters = _components(pairs)
    if not clusters:
        return pd.DataFrame({name: pd.Series(dtype=_dtype(name)) for name in COLUMNS})
    info = articles.set_index("article_id").loc[sorted({a for c in clusters for a in c})]
    rows = [row for members in clusters for row in _cluster_rows(members, info, shingles)]
    table = pd.DataFrame(rows)
    # Clusters in order of their source's date, so ids are stable for one corpus
    order = table[table["role"] == "source"].sort_values(["date", "article_id"], na_position="last")["cluster_id"]
    table["cluster_id"] = table["cluster_id"].map({old: new for new, old in enumerate(order, start=1)})
    table = table.sort_values(["cluster_id", "role", "date", "article_id"], key=_role_first, na_position="last")
    return table[COLUMNS].astype({name: _dtype(name) for name in COLUMNS}).reset_index(drop=True)


def shingles_of(body: str) -> frozenset[str]:
    """The body's character 5-grams, punctuation and white space removed; empty for a
    body under MIN_CHARS such characters."""
    text = _NOT_TEXT.sub("", body or "")
    if len(text) < MIN_CHARS:
        return frozenset()
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


def candidate_pairs(shingles: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """Pairs of articles whose MinHash signatures the LSH index puts in one bucket."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    # One set of permutations for all: drawing them per article costs more than hashing it
    permutations = MinHash(num_perm=NUM_PERM, seed=SEED).permutations
    signatures = {}
    for aid, grams in shingles.items():
        signature = MinHash(num_perm=NUM_PERM, hashfunc=_hash32, permutations=permutations)
        signature.update_batch([g.encode() for g in grams])
        signatures[aid] = signature
        lsh.insert(aid, signature)
    return {tuple(sorted((aid, other))) for aid, sig in signatures.items() for other in lsh.query(sig) if other != aid}


def _hash32(shingle: bytes) -> int:
    """A shingle's 32-bit hash: XXH3 (datasketch's default SHA-1 makes hashing most of
    the work), its low 32 bits, which MinHash's permutations expect."""
    return xxhash.xxh3_64_intdigest(shingle) & 0xFFFFFFFF


def containment(shingles: dict[str, frozenset[str]], a: str, b: str) -> float:
    """The share of the shorter text's shingles that the longer one has."""
    small, large = sorted((shingles[a], shingles[b]), key=len)
    return len(small & large) / len(small)


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


def _cluster_rows(members: list[str], info: pd.DataFrame, shingles) -> list[dict]:
    source = min(members, key=lambda aid: _source_order(aid, info))
    source_date = info.at[source, "date"]
    rows = []
    for aid in members:
        date = info.at[aid, "date"]
        copy = aid != source
        rows.append(
            {
                "cluster_id": source,
                "article_id": aid,
                "role": "copy" if copy else "source",
                "share": _share_of(shingles[aid], shingles[source]) if copy else 1.0,
                "lag_days": None if pd.isna(date) or pd.isna(source_date) else (date - source_date).days,
                "date": date,
                "publication": info.at[aid, "publication"],
                "headline": info.at[aid, "headline"],
                "page_id": info.at[aid, "page_id"],
            }
        )
    return rows


def _source_order(aid: str, info: pd.DataFrame) -> tuple:
    """The earliest dated printing first; on one day the higher-level paper; then by id."""
    date = info.at[aid, "date"]
    level = registry().get(info.at[aid, "publication"])
    rank = LEVEL_RANK.get(level.level, UNKNOWN_RANK) if level else UNKNOWN_RANK
    return (pd.isna(date), date if not pd.isna(date) else pd.Timestamp.max, rank, aid)


def _share_of(copy: frozenset[str], source: frozenset[str]) -> float:
    """The share of the copy's text found in the source."""
    return round(len(copy & source) / len(copy), 3)


def _role_first(column: pd.Series) -> pd.Series:
    return column.map({"source": 0, "copy": 1}) if column.name == "role" else column


def _dtype(name: str) -> str:
    return {"cluster_id": "Int64", "share": "float64", "lag_days": "Int64", "date": "datetime64[us]"}.get(name, "string")


__all__ = ["find_reprints", "reprints", "copy_ids", "other_printings", "shingles_of", "MIN_CHARS", "MIN_SHARE"]
