"""URL parameters -> filters, with a reason for every value that is ignored."""

from __future__ import annotations

import dataclasses
import datetime as dt

from jimo_data.filters import Filters, parse_params, select


def test_valid_parameters(seeds_corpus):
    parsed = parse_params({"from": ["2023-01-01"], "official": ["韩世军", "孙杰"], "pub": ["新即墨"], "lang": ["en"]}, seeds_corpus)
    assert parsed.messages == []
    assert parsed.filters == Filters(dt.date(2023, 1, 1), None, ("新即墨",), ("韩世军", "孙杰"), "", "", "en")
    assert parsed.filters.to_params() == {"from": "2023-01-01", "pub": ["新即墨"], "official": ["韩世军", "孙杰"], "lang": "en"}


def test_every_bad_value_is_reported_and_ignored(seeds_corpus):
    parsed = parse_params(
        {"from": ["notadate"], "official": ["韩世军", "无此人"], "byline": ["<b>x</b>"], "lang": ["fr"], "q": ["词" * 300]},
        seeds_corpus,
    )
    assert [(m.key, m.reason) for m in parsed.messages] == [
        ("from", "not_a_date"), ("official", "unknown"), ("byline", "unknown"), ("q", "too_long"), ("lang", "bad_lang"),
    ]
    assert parsed.filters.officials == ("韩世军",) and parsed.filters.date_from is None and parsed.filters.lang == "zh"
    assert "not a date" in str(parsed.messages[0])


def test_selection_restricts_every_table(seeds_corpus):
    chosen = select(seeds_corpus, Filters(officials=("韩世军",)))
    assert set(chosen.articles["date"].dt.year) == {2023}
    assert set(chosen.bylines["article_id"]) <= set(chosen.articles["article_id"])
    assert set(chosen.terms["article_id"]) == set(chosen.articles["article_id"])
    assert list(chosen.pages["page_id"]) == ["004_6220ff5f0f64df25.txt"]


def test_file_name_slug_says_what_was_filtered():
    assert Filters(dt.date(2026, 1, 1), None, (), ("孙杰",), "", "", "zh").slug() == "2026-01-01_to_end_孙杰"
    assert Filters().slug() == "all"


def _summed_by_hand(corpus, article_ids) -> dict[str, int]:
    rows = corpus.terms[corpus.terms["article_id"].astype(str).isin(set(article_ids))]
    sums = rows.groupby(rows["term"].astype(str))["count"].sum()
    return {term: int(n) for term, n in sums.items() if n}


def test_selection_term_totals_equal_a_plain_sum_of_its_rows(seeds_corpus):
    for filters in (Filters(officials=("韩世军",)), Filters(query="项目"), Filters(date_from=dt.date(2026, 1, 1))):
        chosen = select(seeds_corpus, filters)
        totals = chosen.term_totals()
        assert 0 < len(totals) < len(select(seeds_corpus, Filters()).term_totals())
        assert totals.to_dict() == _summed_by_hand(seeds_corpus, chosen.articles["article_id"])
        assert list(totals) == sorted(totals, reverse=True)


def test_term_sums_hold_for_a_table_in_any_order(seeds_corpus):
    """The loader writes an article's term rows together; a table in another order
    (such as one a notebook built) gives the same sums and rows."""
    shuffled = dataclasses.replace(seeds_corpus, _memo={})
    shuffled.terms = seeds_corpus.terms.sample(frac=1.0, random_state=3).reset_index(drop=True)
    chosen = select(shuffled, Filters(officials=("韩世军",)))
    assert chosen.term_totals().to_dict() == _summed_by_hand(seeds_corpus, chosen.articles["article_id"])
    assert set(chosen.terms["article_id"].astype(str)) == set(chosen.articles["article_id"])
