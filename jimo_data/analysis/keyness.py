"""What sets a selection apart (keyness by log-likelihood) and every hit of a word in
its context (keyword in context)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..parsing import ARTICLE_TEXT_PARTS, article_text
from .search import articles_containing, hit_spans
from .term_counts import selection_hits

CONCORDANCE_COLUMNS = ["article_id", "date", "headline", "left", "keyword", "right"]
# G² beside the term: it ranks the rows (a table's last columns may be out of view).
KEYNESS_COLUMNS = ["term", "g2", "log_ratio", "count", "reference_count", "per_10k", "reference_per_10k"]
KEY_TERM_COLUMNS = ["term", "hits", "tokens", "reference_tokens", "log_ratio", "g2"]


def keyness(target: pd.Series, reference: pd.Series, top: int = 30, min_count: int = 2) -> pd.DataFrame:
    """Terms over-represented in `target` against `reference` (term -> count Series, as
    from `term_totals`), by Dunning's log-likelihood (G²), with the log ratio of relative
    frequencies as effect size."""
    total_a, total_b = int(target.sum()), int(reference.sum())
    if total_a == 0:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    frame = pd.DataFrame({"count": target.astype("int64")})
    frame.index = frame.index.astype(str)
    reference = reference.copy()
    reference.index = reference.index.astype(str)
    frame["reference_count"] = reference.reindex(frame.index).fillna(0).astype("int64")
    frame = frame[frame["count"] >= min_count]
    frame["per_10k"] = frame["count"] / total_a * 10_000
    frame["reference_per_10k"] = frame["reference_count"] / total_b * 10_000 if total_b else 0.0
    a, b = frame["count"].to_numpy(float), frame["reference_count"].to_numpy(float)
    frame["g2"] = _g2(a, b, total_a, total_b)
    frame["log_ratio"] = np.log2(((a + 0.5) / total_a) / ((b + 0.5) / total_b)) if total_b else np.nan
    over = frame[frame["log_ratio"].fillna(1) > 0] if total_b else frame
    return over.sort_values(["g2", "count"], ascending=False).head(top).reset_index()[KEYNESS_COLUMNS]


def keyness_against_rest(selection: pd.Series, corpus: pd.Series, top: int = 30) -> pd.DataFrame:
    """Key terms of a selection (its term totals) against the rest of the corpus (the
    corpus's totals less the selection's)."""
    return keyness(selection, corpus.sub(selection, fill_value=0), top=top)


def _g2(a: np.ndarray, b: np.ndarray, total_a: int, total_b: int) -> np.ndarray:
    """Dunning's log-likelihood for a 2x2 table per term (0·ln 0 taken as 0)."""
    expected_a = total_a * (a + b) / (total_a + total_b)
    expected_b = total_b * (a + b) / (total_a + total_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_a = np.where(a > 0, a * np.log(a / expected_a), 0.0)
        part_b = np.where(b > 0, b * np.log(b / expected_b), 0.0)
    return 2 * (part_a + part_b)


def key_terms_with_hits(corpus, key_terms: pd.DataFrame, among: np.ndarray, budget: int | None = None) -> pd.DataFrame:
    """Key terms (from `keyness`, or a `term`, `count` frame) as the keywords page lists
    them: ranked by the keyness of jieba tokens, each with its hits in the articles
    `among` marks (the one definition, `search.py`), which is the count the trend and
    keyword in context give. The token counts that keyness rests on stay, named
    `tokens`: a term is a token only where jieba cut it out, so they are smaller.
    `budget`: as for `selection_hits` (the hits of terms beyond it are missing)."""
    hits = selection_hits(corpus, [str(term) for term in key_terms["term"]], among, budget)
    table = key_terms.rename(columns={"count": "tokens", "reference_count": "reference_tokens"}).assign(hits=hits.to_numpy())
    return table[[column for column in KEY_TERM_COLUMNS if column in table.columns]]


def concordance(articles: pd.DataFrame, term: str, width: int = 20, limit: int = 500, among: np.ndarray | None = None) -> pd.DataFrame:
    """Keyword in context: a line per hit of `term` (`search.hit_spans`) in the
    articles' text (only in the rows marked by `among`, when given), at most `limit`:
    the earliest articles' first, undated ones last, in article order within a day."""
    rows = []
    hits = articles_containing(articles, term)
    if among is not None:
        hits &= among
    positions = np.flatnonzero(hits)
    dates = pd.to_datetime(articles["date"].iloc[positions])
    latest = pd.Timestamp.max.as_unit(dates.dt.unit)  # undated last, in the dates' own unit (pandas 4 refuses another)
    for position in positions[np.argsort(dates.fillna(latest).to_numpy(), kind="stable")]:
        row = articles.iloc[position]
        parts = [row[part] for part in ARTICLE_TEXT_PARTS]
        text = article_text(*parts)
        for start, end in hit_spans(parts, term):
            left = text[max(0, start - width) : start].replace("\n", " ")
            right = text[end : end + width].replace("\n", " ")
            rows.append((row["article_id"], row["date"], row["headline"], left, term, right))
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    return pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
