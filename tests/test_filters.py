"""URL parameters -> filters, with a reason for every value that is ignored."""

from __future__ import annotations

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
