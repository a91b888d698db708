"""Finding words in articles: the one definition of a hit.

A hit of a term is a literal, non-overlapping occurrence of it, counted from the left,
in one part of an article's text (ARTICLE_TEXT_PARTS: kicker, headline, subheadline,
body), as the Chinese corpus tools CCL and BCC count: a substring, not a jieba token,
so 发展 has a hit in 高质量发展 and 哈哈 two in 哈哈哈哈. Tokens would make a count depend
on how jieba split each sentence, which a reader cannot check; a substring is what the
browser's find shows.

`_pattern` is that definition. Arrow counts with it (`count_occurrences`) or tests for
any hit (`contains`, the same answer as a count above zero, faster); keyword in context
finds its places (`hit_spans`). Trend, key terms, keyword in context, search and the
counts of search results all come through here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from ..parsing import ARTICLE_TEXT_PARTS

_CORES = os.cpu_count() or 1
_POOL = ThreadPoolExecutor(_CORES, thread_name_prefix="jimo-search")
_ROWS_PER_PART = 20_000  # below this a column is scanned in one piece


def _pattern(term: str) -> str:
    """The term as a literal pattern: regex syntax in it matches only itself."""
    return re.escape(term)


def hit_spans(parts: tuple[str, ...] | list[str], term: str) -> Iterator[tuple[int, int]]:
    """Where the hits of `term` lie in the article text made of `parts`
    (`parsing.article_text`: the non-empty parts joined by newlines), part by part,
    so a hit never spans two parts, as `count_occurrences` counts them."""
    if not term:
        return
    pattern, offset = re.compile(_pattern(term)), 0
    for part in parts:
        if part:
            for match in pattern.finditer(part):
                yield offset + match.start(), offset + match.end()
            offset += len(part) + 1


def articles_containing(articles: pd.DataFrame, word: str, parts: tuple[str, ...] = ARTICLE_TEXT_PARTS) -> np.ndarray:
    """Per article: has its text (the columns `parts`) a hit of the word."""
    hit = np.zeros(len(articles), dtype=bool)
    for part in parts if word else ():
        hit |= contains(articles[part], word)
    return hit


def hits_per_article(articles: pd.DataFrame, word: str, parts: tuple[str, ...] = ARTICLE_TEXT_PARTS) -> np.ndarray:
    """Per article: how many hits of the word its text (the columns `parts`) has."""
    counts = np.zeros(len(articles), dtype=np.int64)
    for part in parts if word else ():
        counts += count_occurrences(articles[part], word)
    return counts


def total_hits(articles: pd.DataFrame, words: list[str]) -> list[int]:
    """The hits of each word in all these articles together. A few articles are scanned
    word by word in parallel; many, one word at a time split over the cores, as
    `count_occurrences` does (never both: a task of the pool must not wait on the pool)."""

    def total(word: str) -> int:
        return int(hits_per_article(articles, word).sum())

    by_word = len(articles) < 2 * _ROWS_PER_PART and len(words) > 1
    return list(_POOL.map(total, words) if by_word else map(total, words))


def contains(values: pd.Series, word: str) -> np.ndarray:
    """Has each value a hit of the word: in Arrow, split over the machine's cores (Arrow
    releases the GIL). The word goes to RE2 escaped, not to Arrow's plain substring
    kernel: same answers, several times faster on Chinese text (RE2 skips ahead with
    memchr, the plain kernel steps byte by byte)."""
    if not word:
        return np.zeros(len(values), dtype=bool)
    pattern = _pattern(word)
    return _over_cores(values, lambda part: pc.match_substring_regex(part, pattern)).astype(bool)


def count_occurrences(values: pd.Series, word: str) -> np.ndarray:
    """How many hits of the word each value has, like `contains`."""
    if not word:  # an empty pattern would match between every two characters
        return np.zeros(len(values), dtype=np.int64)
    pattern = _pattern(word)
    return _over_cores(values, lambda part: pc.count_substring_regex(part, pattern)).astype(np.int64)


def _over_cores(values: pd.Series, kernel) -> np.ndarray:
    chunked = values.astype("string").array.__arrow_array__()
    n = len(chunked)
    if n == 0:
        return np.zeros(0)
    parts = min(_CORES, max(1, n // _ROWS_PER_PART))
    slices = [chunked.slice(i * n // parts, (i + 1) * n // parts - i * n // parts) for i in range(parts)]

    def run(part) -> np.ndarray:
        return np.asarray(kernel(part).to_numpy(zero_copy_only=False))

    return np.concatenate(list(map(run, slices)) if parts == 1 else list(_POOL.map(run, slices)))
