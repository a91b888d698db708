"""The company a word keeps: collocates within a window, n-gram clusters, keyword in
context sorted by either side, the dispersion of its hits, and the key terms of two
sub-corpora against each other. Method and formulas: docs/collocates.md.

The node is every hit of the term (`search.hit_spans`, the one definition); the words
around it are the jieba tokens of the article text (`parsing.tokens`, with the project's
user dictionary). A collocate is a content term (`parsing.is_content_term`: what the
terms table counts, so stopwords, punctuation and numbers are left out), and the window
counts content terms only, N to the left and N to the right of each hit.

Measures, for a collocate seen O times in the windows of a node with f_node hits, a
collocate with f_coll tokens in the selection and N tokens in the selection, the
expected co-frequency being E = f_node · f_coll / N:

    log-Dice = 14 + log2(2·O / (f_node + f_coll))      Rychlý 2008
    MI       = log2(O / E)                              Church & Hanks 1990
    t-score  = (O − E) / √O                             Church et al. 1991

Cutting text into words is the costly part: `read_term` does it once per term and
selection (or for a random sample of the selection, within a budget of characters) and
`rank_collocates` and `count_clusters` count from that `Reading` for any window and
measure. The sub-corpora `compare` takes are masks over `corpus.articles`: a period, a
paper, an official's articles, the tenures either side of a change of office holder.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

import numpy as np
import pandas as pd

from ..parsing import ARTICLE_TEXT_PARTS, article_text
from ..parsing.terms import is_content_term, tokens
from .keyness import concordance, keyness
from .officials import offices_by_holders
from .search import hit_spans
from .term_counts import article_chars, term_matrix, term_occurrences

# Cutting text into words is the costly part of the collocates page: a rerun cuts at
# most this many characters of the articles holding the term (a random sample of the
# selection, `read_term`), and a button reads them all.
READ_BUDGET = 100_000
# …unless they hold at most this many: then all are read, and a small corpus's figures are
# exact, as the command line's are (cutting them costs well under a second).
READ_WHOLE = 400_000
MEASURES = {"logdice": "log_dice", "mi": "mi", "t": "t_score"}  # option -> column
COLLOCATE_COLUMNS = ["collocate", "observed", "observed_left", "observed_right", "frequency", "log_dice", "mi", "t_score"]
CLUSTER_COLUMNS = ["cluster", "length", "frequency"]
DISPERSION_COLUMNS = ["article_id", "date", "headline", "offset", "position"]
_WORD = re.compile(r"[\w]", re.UNICODE)  # a token with a letter, digit or Han character: not punctuation or space


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def _article_texts(articles: pd.DataFrame, marked: np.ndarray):
    """(article_id, date, headline), parts and text of each article `marked`."""
    rows = articles.loc[marked]
    columns = (rows[column].to_numpy() for column in ("article_id", "date", "headline", *ARTICLE_TEXT_PARTS))
    for article_id, dated, headline, *parts in zip(*columns):
        yield (article_id, dated, headline), tuple(parts), article_text(*parts)


def _holding(corpus, term: str, among: np.ndarray | None) -> np.ndarray:
    """The articles of the selection with a hit of the term (hits remembered by the corpus)."""
    holding = term_occurrences(corpus, term) > 0
    return holding if among is None else holding & among


def token_spans(text: str) -> list[_Token]:
    """The tokens of the text with their places (jieba keeps every character)."""
    pieces = tokens(text)
    ends = list(accumulate(len(piece) for piece in pieces))
    return [_Token(piece, end - len(piece), end) for piece, end in zip(pieces, ends)]


def window_counts(tokens_: list[_Token], hits: list[tuple[int, int]], window: int) -> tuple[Counter, Counter]:
    """Content terms within `window` content terms left and right of each hit (a token
    overlapping the hit is part of the node, not a neighbour). A token in the windows
    of two hits counts once, on its side of the first, so that no collocate is counted
    more often than it occurs."""
    return _window_counts(*_hit_places(tokens_, hits), window)


def _hit_places(tokens_: list[_Token], hits: list[tuple[int, int]]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The content terms of the tokens, and per hit the index of the first content term
    after it and one past the last before it (tokens are in order and do not overlap)."""
    content = [token for token in tokens_ if is_content_term(token.text)]
    starts, ends = [token.start for token in content], [token.end for token in content]
    places = tuple((bisect_right(ends, start), bisect_left(starts, end)) for start, end in hits)
    return tuple(sys.intern(token.text) for token in content), places  # interned: a reading holds many repeats


def _window_counts(content: tuple[str, ...], places: tuple[tuple[int, int], ...], window: int) -> tuple[Counter, Counter]:
    left, right, taken = Counter(), Counter(), set()
    for last_before, first_after in places:
        before = range(max(0, last_before - window), last_before)
        after = range(first_after, min(len(content), first_after + window))
        for side, near in ((left, before), (right, after)):
            side.update(content[i] for i in near if i not in taken)
            taken.update(near)
    return left, right


def selection_sizes(corpus, among: np.ndarray | None) -> tuple[pd.Series, int]:
    """Token count of every term over the selection, and the selection's token total."""
    matrix = term_matrix(corpus)
    wanted = _by_article_code(corpus, among)
    counts = pd.Series(matrix.totals(wanted), index=corpus.terms["term"].cat.categories.astype(str)).rename_axis("term")
    return counts, int(counts.sum())


def _by_article_code(corpus, among: np.ndarray | None) -> np.ndarray:
    """A boolean per article code of the terms table, from a mask over `corpus.articles`."""
    categories = corpus.terms["article_id"].cat.categories
    if among is None:
        return np.ones(len(categories), dtype=bool)
    codes = _article_codes(corpus)
    wanted = np.zeros(len(categories), dtype=bool)
    wanted[codes[among & (codes >= 0)]] = True
    return wanted


def _article_codes(corpus) -> np.ndarray:
    """Per row of `corpus.articles`, the code of its article in the terms table (-1: it
    has no terms), found once: matching ids for every selection is slow."""

    def compute() -> np.ndarray:
        categories = corpus.terms["article_id"].cat.categories.astype(str)
        return pd.Categorical(corpus.articles["article_id"].astype(str), categories=categories).codes

    return corpus.memo("terms_article_codes", compute)


def node_hits(corpus, term: str, among: np.ndarray | None) -> int:
    """The term's hits in the selection (the count trend and search give)."""
    hits = term_occurrences(corpus, term)
    return int(hits[among].sum() if among is not None else hits.sum())


@dataclass(frozen=True)
class Reading:
    """What collocates and clusters need of the articles holding a term, cut by jieba
    once (the costly part): per article its content terms and where each hit falls among
    them, per hit the words around it. `scope` marks the articles the numbers are of:
    the selection, or a sample of it when a budget cut the reading short."""

    term: str
    scope: np.ndarray | None  # None: every article of the corpus
    places: tuple[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], ...]  # per article read
    around: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # per hit: the words before and after it
    read: int  # articles read
    holding: int  # articles of the selection holding the term

    @property
    def complete(self) -> bool:
        return self.read == self.holding


def read_term(corpus, term: str, among: np.ndarray | None = None, budget: int | None = None) -> Reading:
    """Cut every article of the selection holding `term` into tokens, or, with a `budget`
    of characters, a random sample of the selection whose articles holding the term
    have about that many: the same sample for the same corpus, selection and budget."""
    holding = _holding(corpus, term, among)
    scope = among if budget is None else _sample(corpus, holding, among, budget)
    chosen = holding if scope is None else holding & scope
    places, around = [], []
    for _row, parts, text in _article_texts(corpus.articles, chosen):
        spans = token_spans(text)
        hits = list(hit_spans(parts, term))
        places.append(_hit_places(spans, hits))
        starts, ends = [token.start for token in spans], [token.end for token in spans]
        around += [tuple(map(tuple, _words_around(spans, starts, ends, start, end))) for start, end in hits]
    return Reading(term, scope, tuple(places), tuple(around), int(chosen.sum()), int(holding.sum()))


def _sample(corpus, holding: np.ndarray, among: np.ndarray | None, budget: int) -> np.ndarray | None:
    """The articles of the selection whose random key is at most the key that gives the
    articles holding the term `budget` characters (the whole selection when they hold at
    most READ_WHOLE or `budget`)."""
    chars = article_chars(corpus)
    if int(chars[holding].sum()) <= max(budget, READ_WHOLE):
        return among
    keys = corpus.memo("sample_keys", lambda: np.random.default_rng(0).random(len(corpus.articles)))
    order = np.flatnonzero(holding)[np.argsort(keys[holding], kind="stable")]
    taken = max(int(np.searchsorted(np.cumsum(chars[order]), budget, side="right")), 1)
    inside = keys <= keys[order[taken - 1]]
    return inside if among is None else inside & among


def collocates(
    corpus, term: str, among: np.ndarray | None = None, window: int = 5, measure: str = "logdice", min_count: int = 2, top: int = 50
) -> pd.DataFrame:
    """Collocates of `term` in the articles `among` marks (all when None): each content
    term seen at least `min_count` times within `window` content terms of a hit, with
    its co-frequency (`observed`, and by side `observed_left`, `observed_right`), its
    token count in the selection (`frequency`) and the three measures, ranked by
    `measure` (logdice, mi or t)."""
    return rank_collocates(corpus, read_term(corpus, term, among), window, measure, min_count, top)


def rank_collocates(corpus, reading: Reading, window: int = 5, measure: str = "logdice", min_count: int = 2, top: int = 50) -> pd.DataFrame:
    """`collocates` from a `Reading`: any window and measure without cutting the text
    again; the counts are of the reading's scope."""
    left, right = Counter(), Counter()
    for content, places in reading.places:
        more_left, more_right = _window_counts(content, places, window)
        left.update(more_left)
        right.update(more_right)
    for side in (left, right):  # another hit near this one is the node again, not a collocate
        side.pop(reading.term, None)
    sides = {"observed_left": pd.Series(left, dtype="int64"), "observed_right": pd.Series(right, dtype="int64")}
    table = pd.DataFrame(sides).fillna(0).astype("int64")
    table["observed"] = table["observed_left"] + table["observed_right"]
    table = table[table["observed"] >= min_count]
    frequency, total = selection_sizes(corpus, reading.scope)
    table["frequency"] = frequency.reindex(table.index).fillna(0).astype("int64")
    node = node_hits(corpus, reading.term, reading.scope)
    table = pd.concat([table, association(table["observed"], node, table["frequency"], total)], axis=1)
    table.index.name = "collocate"
    ranked = table.reset_index().sort_values([MEASURES[measure], "observed", "collocate"], ascending=[False, False, True])
    return ranked.head(top).reset_index(drop=True)[COLLOCATE_COLUMNS]


def association(observed: pd.Series, node: int, frequency: pd.Series, total: int) -> pd.DataFrame:
    """log-Dice, MI and t-score from the counts (the module's docstring gives the
    formulas)."""
    o = observed.to_numpy(float)
    f = frequency.to_numpy(float).clip(min=1)
    expected = node * f / max(total, 1)
    with np.errstate(divide="ignore"):
        return pd.DataFrame(
            {
                "log_dice": 14 + np.log2(2 * o / (node + f)),
                "mi": np.log2(o / expected),
                "t_score": (o - expected) / np.sqrt(o),
            },
            index=observed.index,
        )


def clusters(
    corpus, term: str, among: np.ndarray | None = None, lengths: range = range(2, 5), min_count: int = 2, top: int = 50
) -> pd.DataFrame:
    """N-grams of 2 to 4 words that hold a hit of `term`, with their frequency. The hit is
    one word; the rest of a token it cuts through is a word of its own (重点项目 around
    项目 gives 重点 项目); a cluster never runs over punctuation, and spaces (of the
    page's layout) are passed over."""
    return count_clusters(read_term(corpus, term, among), lengths, min_count, top)


def count_clusters(reading: Reading, lengths: range = range(2, 5), min_count: int = 2, top: int = 50) -> pd.DataFrame:
    """`clusters` from a `Reading` (of its scope)."""
    counts: Counter[tuple[str, ...]] = Counter()
    for before, after in reading.around:
        for n in lengths:
            for k in range(n):  # k words before the node, n - 1 - k after it
                if k <= len(before) and n - 1 - k <= len(after):
                    counts[(*before[len(before) - k :], reading.term, *after[: n - 1 - k])] += 1
    rows = [(" ".join(words), len(words), count) for words, count in counts.items() if count >= min_count]
    table = pd.DataFrame(rows, columns=CLUSTER_COLUMNS)
    return table.sort_values(["frequency", "length", "cluster"], ascending=[False, False, True]).head(top).reset_index(drop=True)


def _words_around(spans: list[_Token], starts: list[int], ends: list[int], start: int, end: int, most: int = 3):
    """Up to `most` words left of `start` and right of `end` (in text order), stopping at
    punctuation, passing over spaces. `starts`, `ends`: the tokens' places, in order."""
    left = (spans[i] for i in range(bisect_left(starts, start) - 1, -1, -1))  # tokens that begin before the hit
    right = (spans[i] for i in range(bisect_right(ends, end), len(spans)))  # tokens that end after it
    before = _words((token.text[: start - token.start] if token.end > start else token.text for token in left), most)
    after = _words((token.text[end - token.start :] if token.start < end else token.text for token in right), most)
    return before[::-1], after


def _words(pieces, most: int) -> list[str]:
    words = []
    for piece in pieces:
        if piece.isspace():
            continue
        if not _WORD.search(piece) or len(words) == most:
            break
        words.append(piece)
    return words


def sorted_concordance(
    articles: pd.DataFrame, term: str, by: str = "right", width: int = 20, limit: int = 500, among: np.ndarray | None = None
) -> pd.DataFrame:
    """Keyword in context (`keyness.concordance`) sorted by the words right of the hit,
    or left of it read outwards from the hit (the reversed left context), with that
    sort key as a column `sort_key`. Lines beyond `limit` are cut before sorting."""
    lines = concordance(articles, term, width=width, limit=limit, among=among)
    key = lines["right"] if by == "right" else lines["left"].map(lambda left: left[::-1])
    return lines.assign(sort_key=key).sort_values(["sort_key", "article_id"], kind="stable").reset_index(drop=True)


def dispersion(corpus, term: str, among: np.ndarray | None = None) -> pd.DataFrame:
    """One row per hit of `term` in the selection: its article, date and headline, its
    character offset in the article text, and its position (0 to 1) in the selection's
    text read in date order (undated articles last), for a dispersion plot."""
    articles = corpus.articles.assign(length=_text_lengths(corpus))
    articles = articles if among is None else articles[among]
    order = articles.sort_values(["date", "article_id"], na_position="last", kind="stable")
    ends = np.cumsum(order["length"].to_numpy())
    starts = dict(zip(order["article_id"], ends - order["length"].to_numpy()))
    total = max(int(ends[-1]) if len(ends) else 0, 1)
    rows = [
        (article_id, dated, headline, start, (starts[article_id] + start) / total)
        for (article_id, dated, headline), parts, _text in _article_texts(corpus.articles, _holding(corpus, term, among))
        for start, _end in hit_spans(parts, term)
    ]
    return pd.DataFrame(rows, columns=DISPERSION_COLUMNS).sort_values("position", kind="stable").reset_index(drop=True)


HIT_DAY_COLUMNS = ["date", "hits", "articles"]


def hits_by_day(corpus, term: str, among: np.ndarray | None = None) -> pd.DataFrame:
    """The hits of `term` in the selection per day, with the articles holding them: a
    dispersion plot's ticks from the hit counts the corpus remembers, without reading
    text. Undated hits are left out (`node_hits` minus the sum of `hits`)."""
    hits = term_occurrences(corpus, term)
    marked = hits > 0 if among is None else (hits > 0) & among
    rows = pd.DataFrame({"date": corpus.articles["date"].to_numpy()[marked], "hits": hits[marked]}).dropna(subset=["date"])
    days = rows.groupby("date").agg(hits=("hits", "sum"), articles=("hits", "size"))
    return days.reset_index()[HIT_DAY_COLUMNS]


def _text_lengths(corpus) -> np.ndarray:
    """Per article: the length of `article_text`, its parts' characters and the newlines
    between the non-empty ones."""
    parts = corpus.articles[list(ARTICLE_TEXT_PARTS)].fillna("")
    return article_chars(corpus) + np.maximum((parts != "").sum(axis=1).to_numpy() - 1, 0)


@dataclass(frozen=True)
class Comparison:
    """Key terms of two sub-corpora, each against the other, and their sizes."""

    key_a: pd.DataFrame
    key_b: pd.DataFrame
    articles_a: int
    articles_b: int
    tokens_a: int
    tokens_b: int


def compare(corpus, mask_a: np.ndarray, mask_b: np.ndarray, top: int = 30) -> Comparison:
    """Key terms (`keyness`: G² and log ratio over the terms table's token counts) of
    the articles `mask_a` marks against those `mask_b` marks, and the other way round.
    An article in both counts in both. The sizes count articles as the overview does (a
    caption's words are among the tokens, the caption is no article)."""
    counts_a, tokens_a = selection_sizes(corpus, mask_a)
    counts_b, tokens_b = selection_sizes(corpus, mask_b)
    counts_a, counts_b = counts_a[counts_a > 0], counts_b[counts_b > 0]
    is_article = (corpus.articles["kind"] == "article").to_numpy()
    return Comparison(
        key_a=keyness(counts_a, counts_b, top=top),
        key_b=keyness(counts_b, counts_a, top=top),
        articles_a=int((mask_a & is_article).sum()),
        articles_b=int((mask_b & is_article).sum()),
        tokens_a=tokens_a,
        tokens_b=tokens_b,
    )


# -- the sub-corpora compared: masks over `corpus.articles` ---------------------------
COMPARE_BY = ("period", "pub", "official", "holder")  # the page's `compare_by` choices


def period_mask(articles: pd.DataFrame, first: date, last: date) -> np.ndarray:
    """The articles dated from `first` to `last`, both days included (undated ones in neither)."""
    dates = articles["date"]
    return ((dates >= pd.Timestamp(first)) & (dates <= pd.Timestamp(last))).to_numpy(dtype=bool, na_value=False)


def publication_mask(articles: pd.DataFrame, publication: str) -> np.ndarray:
    """The articles printed in `publication`."""
    return (articles["publication"] == publication).to_numpy(dtype=bool, na_value=False)


def official_mask(corpus, name: str) -> np.ndarray:
    """The articles that mention the official `name` (as the official filter keeps them)."""
    officials = corpus.officials
    mentioned = officials.loc[officials["name"] == name, "article_id"].unique()
    return corpus.articles["article_id"].isin(mentioned).to_numpy(dtype=bool)


def holder_changes(tenures: pd.DataFrame) -> list[tuple[str, str]]:
    """(earlier, later) holder of each change in an `officials.office_tenures` table
    (holders in order of their first dated mention)."""
    names = list(tenures["name"])
    return list(zip(names, names[1:]))


def changed_offices(holders: pd.DataFrame) -> list[str]:
    """The offices of an `officials.office_holders` table with two dated holders or more
    (a change to compare), in the order of `offices_by_holders`."""
    dated = holders.dropna(subset=["first_date"])
    changed = dated.groupby("office")["name"].nunique()
    return [office for office in offices_by_holders(holders) if changed.get(office, 0) >= 2]


def tenure_masks(articles: pd.DataFrame, tenures: pd.DataFrame, later: str) -> tuple[np.ndarray, np.ndarray]:
    """The articles dated in the tenure (first to last dated mention) of the holder before
    `later`, and those in `later`'s: before and after the change of holder. Tenures read
    from mentions can overlap; an article in both counts in both."""
    names = list(tenures["name"])
    after = names.index(later)
    if after == 0:
        raise ValueError(f"{later} is the first holder known: no change to compare")
    spans = tenures.iloc[[after - 1, after]]
    return tuple(period_mask(articles, first, last) for first, last in zip(spans["first_date"], spans["last_date"]))
