"""The parser against hand-written gold for the five seed pages (tests/gold_seeds.py)."""

from __future__ import annotations

import pandas as pd
import pytest
from gold_seeds import GOLD

PAGES = sorted(GOLD)


def _articles_of(corpus, page_id):
    return corpus.articles[corpus.articles["page_id"] == page_id].sort_values("seq")


@pytest.mark.parametrize("page_id", PAGES)
def test_page_fields(seeds_corpus, page_id):
    gold = GOLD[page_id]
    page = seeds_corpus.pages.set_index("page_id").loc[page_id]
    expected_date = pd.Timestamp(gold["date"]) if gold["date"] else pd.NaT
    assert (page["date"] == expected_date) or (pd.isna(page["date"]) and pd.isna(expected_date))
    assert page["date_source"] == gold["date_source"]
    assert (None if pd.isna(page["issue_no"]) else int(page["issue_no"])) == gold["issue_no"]
    assert page["publication"] == gold["publication"]
    assert page["lunar_date"] == gold["lunar_date"]
    assert page["weekday"] == gold["weekday"]
    assert page["section"] == gold["section"]


@pytest.mark.parametrize("page_id", PAGES)
def test_every_article_found_with_its_headline_parts(seeds_corpus, page_id):
    got = _articles_of(seeds_corpus, page_id)
    expected = [(a["kind"], a["kicker"], a["headline"], a["subheadline"], a["body_starts"]) for a in GOLD[page_id]["articles"]]
    actual = [(r.kind, r.kicker, r.headline, r.subheadline, r.body[: len(e[4])]) for r, e in zip(got.itertuples(), expected)]
    assert len(got) == len(expected)
    assert actual == expected


@pytest.mark.parametrize("page_id", PAGES)
def test_every_article_has_exactly_its_bylines(seeds_corpus, page_id):
    got = _articles_of(seeds_corpus, page_id)
    bylines = seeds_corpus.bylines
    for row, gold in zip(got.itertuples(), GOLD[page_id]["articles"]):
        mine = bylines[bylines["article_id"] == row.article_id]
        assert sorted(zip(mine["name"], mine["role"], mine["outlet"])) == sorted(gold["bylines"]), row.headline


@pytest.mark.parametrize("page_id", PAGES)
def test_continuation_markers(seeds_corpus, page_id):
    got = _articles_of(seeds_corpus, page_id)
    assert list(got["continued"]) == [a["continued"] for a in GOLD[page_id]["articles"]]


def _gold_and_found(corpus, table, fields):
    gold, found = set(), set()
    for page_id in PAGES:
        ids = list(_articles_of(corpus, page_id)["article_id"])
        for article_id, article in zip(ids, GOLD[page_id]["articles"]):
            gold |= {(article_id, *row[: len(fields)]) for row in article[table]}
        rows = corpus.table(table)
        rows = rows[rows["page_id"] == page_id]
        found |= set(zip(rows["article_id"], *(rows[f] for f in fields)))
    return gold, found


def _f1(gold: set, found: set) -> tuple[float, float, float]:
    hits = len(gold & found)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold) if gold else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if hits else 0.0


def test_officials_and_titles_f1_at_least_90_percent(seeds_corpus):
    gold, found = _gold_and_found(seeds_corpus, "officials", ["name", "title"])
    precision, recall, f1 = _f1(gold, found)
    print(
        f"officials: precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f}; missed {sorted(gold - found)}; extra {sorted(found - gold)}"
    )
    assert f1 >= 0.90


def test_offices_are_normalised_with_jurisdiction(seeds_corpus):
    gold, found = _gold_and_found(seeds_corpus, "officials", ["name", "title", "office"])
    _, recall, _ = _f1(gold, found)
    assert recall >= 0.90, sorted(gold - found)


def test_at_least_80_percent_of_named_projects_found_with_clean_names(seeds_corpus):
    gold, found = _gold_and_found(seeds_corpus, "projects", ["name"])
    precision, recall, _ = _f1(gold, found)
    print(f"projects: precision {precision:.2f} recall {recall:.2f}; missed {sorted(gold - found)}; extra {sorted(found - gold)}")
    assert recall >= 0.80
