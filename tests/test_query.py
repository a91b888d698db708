"""The search syntax: what a query string means (a table of rules), and what it finds
on the seeds, the same through the dashboard's filter, the CLI's registry and Python."""

from __future__ import annotations

import pandas as pd
import pytest

from jimo_data.analysis import highlight_terms, parse_query, query_mask, reading_list, search_articles
from jimo_data.filters import Filters, parse_params, select
from jimo_data.views.widgets import highlight


def shown(query: str) -> tuple:
    """A parsed query written compactly: (clauses, excluded, notes), a term as
    `text` or `field:text`."""
    parsed = parse_query(query)

    def name(term) -> str:
        return term.text if term.field == "text" else f"{term.field}:{term.text}"

    return [[name(t) for t in clause] for clause in parsed.clauses], [name(t) for t in parsed.excluded], list(parsed.notes)


# query -> (clauses: all must hold, each any of its terms), excluded, notes; why, where it is a judgement call
PARSES = [
    ("项目 开工", ([["项目"], ["开工"]], [], []), "a space means AND"),
    ("项目\u3000开工", ([["项目"], ["开工"]], [], []), "the ideographic space of Chinese input too"),
    ("开工 OR 投产", ([["开工", "投产"]], [], []), ""),
    ("开工|投产 | 竣工", ([["开工", "投产", "竣工"]], [], []), "| needs no spaces around it"),
    ("开工｜投产", ([["开工", "投产"]], [], []), "the full-width bar of Chinese input"),
    ("项目 开工 OR 投产", ([["项目"], ["开工", "投产"]], [], []), "OR binds closer than the space, as in web search"),
    ("开工 or 投产", ([["开工"], ["or"], ["投产"]], [], []), "only upper-case OR is the operator: or is a word"),
    ('"OR"', ([["OR"]], [], []), "a quoted OR is the word"),
    ("项目 -签约", ([["项目"]], ["签约"], []), ""),
    ("项目 －签约", ([["项目"]], ["签约"], []), "the full-width minus"),
    ("COVID-19", ([["COVID-19"]], [], []), "a minus inside a word is the word's"),
    ('"高质量 发展"', ([["高质量 发展"]], [], []), "a phrase keeps its space"),
    ("“高质量 发展”", ([["高质量 发展"]], [], []), "Chinese quotation marks, which input methods type for the quote key"),
    ('项目"高质量 发展"', ([["项目"], ["高质量 发展"]], [], []), "a quote ends the word before it"),
    ("标题:观摩", ([["headline:观摩"]], [], []), ""),
    ("headline:观摩", ([["headline:观摩"]], [], []), ""),
    ("标题：观摩", ([["headline:观摩"]], [], []), "the full-width colon"),
    ("标题： 观摩", ([["headline:观摩"]], [], []), "a space after the colon is typed often: the prefix takes the next word"),
    ('标题:"现场 观摩"', ([["headline:现场 观摩"]], [], []), "a phrase in a field"),
    ("作者:刘云睿 byline:李勋祥", ([["byline:刘云睿"], ["byline:李勋祥"]], [], []), ""),
    ("-标题:广告 项目", ([["项目"]], ["headline:广告"], []), "an exclusion in a field"),
    ("网址:example", ([["网址:example"]], [], []), "an unknown prefix is part of the word"),
    ('"高质量 发展', ([["高质量 发展"]], [], ["unclosed_quote"]), "judgement: an unclosed phrase runs to the end"),
    ('"高质量 发展 ', ([["高质量 发展"]], [], ["unclosed_quote"]), "... without the spaces after it"),
    ("OR 项目", ([["项目"]], [], ["lone_or"]), "judgement: an OR with nothing before it is dropped"),
    ("项目 OR", ([["项目"]], [], ["lone_or"]), "... or nothing after it"),
    ("开工 OR OR 投产", ([["开工", "投产"]], [], ["lone_or"]), "a doubled OR counts once"),
    ("项目 -签约 OR 开工", ([["项目"], ["开工"]], ["签约"], ["lone_or"]), "judgement: an exclusion is no alternative"),
    ("-广告", ([], ["广告"], ["only_exclusions"]), "judgement: every article without the word, said so"),
    ("项目 -", ([["项目"]], [], ["empty_term"]), "a lone minus looks for nothing"),
    ('项目 ""', ([["项目"]], [], ["empty_term"]), "empty quotes look for nothing"),
    ("标题:", ([], [], ["empty_term"]), "a prefix without a word looks for nothing"),
    ("", ([], [], []), "no query, no filter"),
]


@pytest.mark.parametrize("query, expected, why", PARSES, ids=[q or "empty" for q, _, _ in PARSES])
def test_parse(query, expected, why):
    assert shown(query) == expected, why


@pytest.mark.parametrize(
    "query, labels",
    [
        ('"高质量 发展" 项目', ['"高质量 发展"', "项目"]),
        ('"高质量 ', ['"高质量"']),  # a new user saw 「"高质量」 head a column
        ("“高质量 发展", ["“高质量 发展”"]),
        ("-标题:广告 项目", ["项目"]),
    ],
)
def test_a_terms_label_is_as_typed_an_unclosed_quote_closed(query, labels):
    assert [term.label for clause in parse_query(query).clauses for term in clause] == labels


@pytest.mark.parametrize("query", ["OR", "|", "-", '"', "- OR -x", '"" OR ""', "-作者:", "OR OR"])
def test_malformed_queries_never_raise_and_say_why(query, seeds_corpus):
    parsed = parse_query(query)
    assert parsed.notes
    assert len(query_mask(parsed, seeds_corpus.articles, seeds_corpus.bylines)) == len(seeds_corpus.articles)


def found(corpus, query: str) -> set[str]:
    """The ids of the articles the query finds."""
    return set(corpus.articles.loc[search_articles(corpus.articles, query, corpus.bylines).to_numpy(), "article_id"])


def count_with(corpus, word: str) -> int:
    return int(
        corpus.articles[["kicker", "headline", "subheadline", "body"]]
        .apply(lambda col: col.str.contains(word, regex=False))
        .any(axis=1)
        .sum()
    )


def test_and_or_and_exclusion_on_the_seeds(seeds_corpus):
    c = seeds_corpus
    either, both = found(c, "观摩 OR 考察"), found(c, "观摩 考察")
    assert found(c, "观摩") | found(c, "考察") == either and both <= either
    assert found(c, "项目 -孙杰") == found(c, "项目") - found(c, "孙杰")
    assert len(found(c, "-孙杰")) and not found(c, "-孙杰") & found(c, "孙杰")
    assert search_articles(c.articles, "-项目").sum() == len(c.articles) - count_with(c, "项目")


def test_a_phrase_keeps_its_space_and_words_need_not_touch(seeds_corpus):
    c = seeds_corpus
    assert found(c, "高质量 发展") >= found(c, "高质量发展")  # two words anywhere
    assert found(c, '"高质量发展"') == found(c, "高质量发展")
    assert not found(c, '"高质量 发展"')  # the seeds never print it with a space


def test_headline_and_byline_fields(seeds_corpus):
    c = seeds_corpus
    in_headline = {row.article_id for row in c.articles.itertuples() if "孙杰" in row.kicker + row.headline + row.subheadline}
    assert found(c, "标题:孙杰") == in_headline and len(in_headline) == 4
    assert len(found(c, "孙杰")) > 4  # the body of other articles names him too
    credited = set(c.bylines.loc[c.bylines["name"] == "刘云睿", "article_id"])
    assert found(c, "作者:刘云睿") == credited and credited
    assert not search_articles(c.articles, "作者:刘云").any()  # a byline is a whole name


def test_the_filter_the_link_and_python_agree(seeds_corpus):
    query = "项目 开工 OR 投产 -签约"
    by_link = select(seeds_corpus, parse_params({"q": [query]}, seeds_corpus).filters).listing["article_id"]
    by_filter = select(seeds_corpus, Filters(query=query)).listing["article_id"]
    in_python = seeds_corpus.articles.loc[search_articles(seeds_corpus.articles, query).to_numpy(), "article_id"]
    assert list(by_link) == list(by_filter) == list(in_python) and len(by_link)


def test_each_result_shows_the_hits_of_each_term(seeds_corpus):
    c = seeds_corpus
    results = reading_list(
        c, select(c, Filters(query='项目 "高质量发展" OR 观摩 标题:观摩')).listing, '项目 "高质量发展" OR 观摩 标题:观摩'
    )
    assert list(results.columns[-6:]) == ["「项目」", '「"高质量发展"」', "「观摩」", "「标题:观摩」", "kind", "article_id"]
    row = results.set_index("headline").loc["全区重点项目现场观摩会举行"]
    text = c.articles.loc[c.articles["headline"] == "全区重点项目现场观摩会举行", ["kicker", "headline", "subheadline", "body"]].iloc[0]
    assert row["「项目」"] == sum(part.count("项目") for part in text) > 0
    assert row["「标题:观摩」"] == 2  # in headline and subheadline; the body has more
    assert (results["「项目」"] > 0).all()  # every result has every word that must occur
    assert not {"「签约」"} & set(reading_list(c, c.articles.iloc[:1], "项目 -签约").columns)  # excluded words have no column


def test_terms_to_highlight():
    assert highlight_terms('项目 开工 OR 投产 -签约 "高质量 发展" 标题:观摩 作者:刘云睿') == ["项目", "开工", "投产", "高质量 发展", "观摩"]
    assert highlight_terms("") == []


def test_search_by_the_cli_registry_takes_the_syntax(seeds_corpus, tmp_path):
    """`jimo export --q` parses through the same filter registry as a link."""
    from jimo_data.cli import main

    assert main(["export", str(seeds_corpus.root), "--out", str(tmp_path), "--q", "标题:观摩"]) == 0
    exported = next(p for p in tmp_path.iterdir() if p.name.startswith("articles"))
    assert list(pd.read_csv(exported, encoding="utf-8-sig")["headline"]) == ["全区重点项目现场观摩会举行"]


@pytest.mark.parametrize(
    "query, note",
    [('"高质量发展', "引号未闭合"), ("项目 OR", "OR 的一侧没有词"), ("-孙杰", "只有排除词")],
)
def test_the_sidebar_says_how_a_malformed_query_was_read(query, note, monkeypatch, session_cache, seeds_corpus):
    from test_dashboard import frames, open_page

    monkeypatch.setenv("JIMO_CORPUS", str(seeds_corpus.root))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    at = open_page("reader", {"q": query})
    assert any(note in caption.value for caption in at.sidebar.caption)
    assert len(frames(at)[0]) == search_articles(seeds_corpus.articles, query).sum()
    assert at.sidebar.text_input[0].help.startswith("检索语法")


def test_the_reader_lists_the_hits_of_each_term_and_highlights_the_words(monkeypatch, session_cache, seeds_corpus):
    from test_dashboard import frames, open_page

    monkeypatch.setenv("JIMO_CORPUS", str(seeds_corpus.root))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    at = open_page("reader", {"q": "标题:观摩 OR 考察 -签约", "article": "004_6220ff5f0f64df25.txt#4"})
    results = frames(at)[0]
    assert {"「标题:观摩」", "「考察」"} <= set(results.columns) and "「签约」" not in results.columns
    assert ((results["「标题:观摩」"] > 0) | (results["「考察」"] > 0)).all()
    assert at.header[0].value == highlight("全区重点项目现场观摩会举行", ["观摩"])


def test_the_cli_says_how_a_malformed_query_was_read(seeds_corpus, tmp_path, capsys):
    from jimo_data.cli import main

    assert main(["export", str(seeds_corpus.root), "--out", str(tmp_path), "--q", '"高质量发展', "--table", "articles"]) == 0
    assert "jimo: note on --q: Unclosed quote: the phrase runs to the end of the query." in capsys.readouterr().err


def test_every_note_is_said_in_words_the_dashboards_english_says_too():
    from jimo_data.analysis.query import NOTES
    from jimo_data.views.i18n import t

    assert {note: t(f"query_note_{note}", "en") for note in NOTES} == NOTES
