"""The filter registry: URL parameters -> filters -> rows, with a reason for every value
that is ignored. One table per concern, in the style of Datasette's test_filters.py."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest
from paths import SEEDS

from jimo_data import load_corpus
from jimo_data.filters import FILTER_KEYS, FILTERS, UNKNOWN, Filters, _unknown, article_mask, parse_params, select
from jimo_data.views.i18n import t

D = dt.date


@pytest.mark.parametrize(
    "params, field, expected, problems",
    [
        ({"from": ["2023-01-01"]}, "date_from", D(2023, 1, 1), []),
        ({"from": [" 2023-01-01 "]}, "date_from", D(2023, 1, 1), []),
        ({"from": ["2023-01-01", "2024-02-02"]}, "date_from", D(2024, 2, 2), []),  # the last value wins, as in a URL edited by hand
        ({"from": ["notadate"]}, "date_from", None, [("from", "not_a_date")]),
        ({"to": ["2023-02-30"]}, "date_to", None, [("to", "not_a_date")]),
        # outside the date widget's range (FIRST_DATE..LAST_DATE): ignored, never an exception
        ({"from": ["1900-01-01"]}, "date_from", None, [("from", "out_of_range")]),
        ({"to": ["9999-12-31"]}, "date_to", None, [("to", "out_of_range")]),  # past what pandas can hold
        ({"from": ["1948-12-31"]}, "date_from", None, [("from", "out_of_range")]),
        ({"from": ["1949-01-01"]}, "date_from", D(1949, 1, 1), []),  # the range's bounds are inside it
        ({"to": ["2100-12-31"]}, "date_to", D(2100, 12, 31), []),
        ({"to": ["2101-01-01"]}, "date_to", None, [("to", "out_of_range")]),
        ({"from": ["1900-01-01"], "to": ["1901-01-01"]}, "date_to", None, [("from", "out_of_range"), ("to", "out_of_range")]),
        ({"from": ["2024-01-01"], "to": ["2023-01-01"]}, "date_from", None, [("from", "from_after_to")]),  # both dropped, one message
        ({"pub": ["新即墨", "青岛日报"]}, "publications", ("新即墨", "青岛日报"), []),
        ({"pub": ["新即墨", "新即墨"]}, "publications", ("新即墨",), []),
        ({"pub": ["人民日报"]}, "publications", (), [("pub", "unknown")]),
        ({"official": ["韩世军", "无此人", "也无"]}, "officials", ("韩世军",), [("official", "unknown"), ("official", "unknown")]),
        ({"byline": ["刘云睿"]}, "byline", "刘云睿", []),
        ({"byline": ["<b>x</b>"]}, "byline", "", [("byline", "unknown")]),
        ({"q": ["  观摩 项目 "]}, "query", "观摩 项目", []),
        ({"q": ["词" * 201]}, "query", "词" * 200, [("q", "too_long")]),
        ({"q": ["项目", " 开工 ", ""]}, "query", "项目 开工", []),  # repeated: every word of each (a new user's link kept only the last)
        ({"lang": ["en"]}, "lang", "en", []),
        ({"lang": ["fr"]}, "lang", "zh", [("lang", "bad_lang")]),
        ({}, "lang", "zh", []),
        ({"official": ["韩世军（即墨区）"]}, "officials", ("韩世军",), []),  # the widget's label, copied: its value
        ({"pub": ["新即墨（即墨区）"]}, "publications", (), [("pub", "unknown")]),  # …only for a filter whose choices have one
        # a key no filter reads, with what it may mean: the filter it names by its field, a key it begins with
        ({"publication": ["新即墨"]}, "publications", (), [("publication", "unknown_key_near")]),
        ({"date_from": ["2023-01-01"]}, "date_from", None, [("date_from", "unknown_key_near")]),
        ({"xyz": ["1"]}, "lang", "zh", [("xyz", "unknown_key")]),
    ],
)
def test_parse_params(seeds_corpus, params, field, expected, problems):
    parsed = parse_params(params, seeds_corpus)
    assert getattr(parsed.filters, field) == expected
    assert [(m.key, m.reason) for m in parsed.messages] == problems


@pytest.mark.parametrize(
    "value, known, meant, why",
    [
        ("孫杰", {"孙杰", "孙福杰"}, ("孙杰",), "typed in traditional characters: the simplified spelling first"),
        ("张杰", {"張杰", "张福杰"}, ("張杰", "张福杰"), "typed simplified, printed traditional (a mirror's page): that spelling first"),
        ("王五", {"張杰"}, (), "nothing alike: no suggestion"),
    ],
)
def test_an_unknown_value_suggests_its_other_spelling_first(value, known, meant, why):
    assert _unknown("official", value, known).allowed == meant


@pytest.mark.parametrize(
    "params, n_articles, why",
    [
        ({}, 25, "21 articles and 4 captions on the five seed pages"),
        ({"from": ["2026-01-01"]}, 13, "the three 2026 pages hold 4 + 6 + 3 items"),
        ({"to": ["2023-12-31"]}, 12, "the two 2023 pages hold 6 + 6 items"),
        ({"from": ["2023-02-25"], "to": ["2023-02-25"]}, 6, "bounds are inclusive: the 6 items of that day's page"),
        ({"pub": ["青岛日报"]}, 9, "pages 002 and 003: 3 + 6 items"),
        ({"official": ["韩世军"]}, 2, "the two articles of 2023 that name him"),
        ({"official": ["韩世军", "孙杰"]}, 7, "several officials: articles naming any of them"),
        ({"byline": ["刘云睿"]}, 4, ""),
        ({"q": ["观摩"]}, 1, ""),
        ({"q": ["韩世军 观摩"]}, 1, "every word must occur: two articles name 韩世军, one of them also 观摩"),
        ({"official": ["孙杰"], "q": ["观摩"]}, 1, "filters combine with AND"),
        ({"lang": ["en"]}, 25, "the language filters nothing"),
    ],
)
def test_each_filter_keeps_its_articles(seeds_corpus, params, n_articles, why):
    filters = parse_params(params, seeds_corpus).filters
    assert int(article_mask(seeds_corpus, filters).sum()) == n_articles


@pytest.mark.parametrize(
    "filters, slug",
    [
        (Filters(), "all"),
        (Filters(date_from=D(2026, 1, 1), officials=("孙杰",)), "2026-01-01_to_end_孙杰"),
        (Filters(date_from=D(2026, 1, 1), undated="include"), "2026-01-01_to_end_with-undated"),
        (Filters(undated="include"), "all"),  # without a date bound nothing is left out: the same rows
        (Filters(undated="only"), "undated-only"),
        (Filters(date_to=D(2023, 12, 31)), "start_to_2023-12-31"),
        (Filters(publications=("新即墨",), byline="刘云睿", query="观摩 项目"), "新即墨_by-刘云睿_q-观摩-项目"),
        (Filters(lang="en"), "all"),  # the language is no filter
        (Filters(query="a/b:c"), "q-a-b-c"),  # only characters a file name can hold
    ],
)
def test_file_name_slug_says_what_was_filtered(filters, slug):
    assert filters.slug() == slug


def test_every_filter_round_trips_through_the_url(seeds_corpus):
    chosen = Filters(
        date_from=D(2023, 1, 1),
        date_to=D(2026, 12, 31),
        undated="include",
        publications=("新即墨",),
        officials=("韩世军", "孙杰"),
        byline="刘云睿",
        query="项目",
        reprints="exclude",
        lang="en",
    )
    params = {key: value if isinstance(value, list) else [value] for key, value in chosen.to_params().items()}
    assert set(params) == set(FILTER_KEYS) - {"tag"}  # tags come from a corrections.toml: tests/test_corrections.py
    assert parse_params(params, seeds_corpus).filters == chosen
    assert Filters().to_params() == {}


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.key)
def test_every_filter_at_its_default_filters_nothing(seeds_corpus, f):
    """What an absent URL parameter means, for every kind of filter."""
    assert f.parse([], seeds_corpus) == (f.default, [])
    assert f.url_value(f.default) is None
    assert f.keep(seeds_corpus, f.default) is None
    assert f.slug(Filters()) == ""
    assert f.widget in {"date", "undated", "multiselect", "selectbox", "text", "toggle", "language"}
    assert isinstance(f.choices(seeds_corpus), list)


@pytest.mark.parametrize(
    "key, choices",
    [
        ("pub", ["新即墨", "青岛日报"]),  # every named publication, sorted
        ("official", None),  # most mentioned first
        ("byline", None),
    ],
)
def test_choices_are_the_values_the_corpus_holds(seeds_corpus, key, choices):
    (f,) = [f for f in FILTERS if f.key == key]
    offered = f.choices(seeds_corpus)
    assert "" not in offered and len(offered) == len(set(offered))
    if choices is not None:
        assert offered == choices
    else:
        counts = seeds_corpus.table(f.table)[f.column].value_counts()
        assert offered == list(counts.index) and offered[0] == counts.idxmax()


@pytest.mark.parametrize(
    "rows, expected, why",
    [
        ([("孙杰", "即墨区")], {"孙杰": "孙杰（即墨区）"}, "one official, one place"),
        ([("孙杰", "青岛市"), ("孙杰", "即墨区"), ("孙杰", "青岛市")], {"孙杰": "孙杰（即墨区、青岛市）"}, "each place once, sorted"),
        ([("孙杰", ""), ("王伟", "即墨区")], {"王伟": "王伟（即墨区）"}, "no place: shown by name alone, so left out"),
        ([("", "即墨区")], {}, "a row without a name is no choice"),
        ([("李<b>", "即墨区")], {"李<b>": "李<b>（即墨区）"}, "text as it is: the widget never renders HTML"),
    ],
)
def test_officials_are_shown_with_their_jurisdictions(seeds_corpus, rows, expected, why):
    (f,) = [f for f in FILTERS if f.key == "official"]
    officials = pd.DataFrame(rows, columns=["name", "jurisdiction"]).astype("string[pyarrow]")
    corpus = dataclasses.replace(seeds_corpus, officials=officials, _memo={})
    assert f.shown(corpus) == expected, why


def test_selection_restricts_every_table(seeds_corpus):
    chosen = select(seeds_corpus, Filters(officials=("韩世军",)))
    assert set(chosen.articles["date"].dt.year) == {2023}
    assert set(chosen.bylines["article_id"]) <= set(chosen.articles["article_id"])
    assert set(chosen.terms["article_id"]) == set(chosen.articles["article_id"])
    assert list(chosen.pages["page_id"]) == ["004_6220ff5f0f64df25.txt"]


def _summed_by_hand(corpus, article_ids) -> dict[str, int]:
    rows = corpus.terms[corpus.terms["article_id"].astype(str).isin(set(article_ids))]
    sums = rows.groupby(rows["term"].astype(str))["count"].sum()
    return {term: int(n) for term, n in sums.items() if n}


def test_selection_term_totals_equal_a_plain_sum_of_its_rows(seeds_corpus):
    for filters in (Filters(officials=("韩世军",)), Filters(query="项目"), Filters(date_from=D(2026, 1, 1))):
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


def test_pages_of_unknown_publication_can_be_chosen(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    (folder / "b.txt").write_text("2024年5月6日\n\n区委书记孙杰到鳌山卫街道调研乡村振兴工作。\n", "utf-8")
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    (pub,) = [f for f in FILTERS if f.key == "pub"]
    assert pub.choices(corpus) == ["新即墨", UNKNOWN]
    parsed = parse_params({"pub": [UNKNOWN]}, corpus)
    assert parsed.messages == [] and parsed.filters.publications == (UNKNOWN,)
    kept = corpus.articles[article_mask(corpus, parsed.filters)]
    assert set(kept["page_id"]) == {"b.txt"} and (kept["publication"] == "").all()
    assert parsed.filters.slug() == "-unknown-"
    # …by the dashboard's label too, in either language, as a user copies it (a new user, 2026-12-06)
    for label in (t("unknown_pub", "zh"), t("unknown_pub", "en"), "未知刊物"):
        assert parse_params({"pub": [label]}, corpus).filters.publications == (UNKNOWN,), label


@pytest.mark.parametrize("f", [f for f in FILTERS if f.selects_rows], ids=lambda f: f.key)
def test_every_filter_of_the_command_line_says_what_its_value_looks_like(f):
    """`jimo export --help` shows it beside the option (a new user found only the URL parameter's name)."""
    assert f.usage() and f"`{f.key}`" not in f.usage()
