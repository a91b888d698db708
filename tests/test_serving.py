"""The DuckDB path (jimo_data/serving) gives the pandas path's tables and answers on
the same pages: the seeds with a duplicate and an unreadable file added, and the real
development pages. Stores are written from the local loader's cache (store_writer.py)."""

from __future__ import annotations

import os
import shutil

import duckdb
import numpy as np
import pandas as pd
import pytest
from paths import SEEDS
from real_pages import REAL_PAGES
from store_writer import write_store

from jimo_data import load_corpus
from jimo_data.analysis import byline_ranking, parse_query, query_hits, query_mask, term_trend
from jimo_data.analysis.articles import reading_list
from jimo_data.analysis.issues import articles_per_period, dated_pages
from jimo_data.analysis.projects import STAGES
from jimo_data.analysis.term_counts import article_chars, term_occurrences
from jimo_data.filters import FILTERS, Filters, select
from jimo_data.ingest.files import discover, hash_files
from jimo_data.ingest.store import CacheStore
from jimo_data.serving import NotAStore, UnsupportedFilter, open_store
from jimo_data.serving.bigrams import candidates, grams
from jimo_data.serving.where import UNSUPPORTED, WHERE


def _seeds_with_trouble(folder):
    """The seeds, a copy of one under another name (a duplicate) and a FIFO (a file
    that is never opened: an unreadable row)."""
    shutil.copytree(SEEDS, folder)
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "zz_copy.txt")
    os.mkfifo(folder / "pipe.txt")
    return folder


def _store_of(folder, cache, dest):
    """A store of `folder`'s pages, written from the parse `cache` holds."""
    root, files, _ = discover(folder)
    state = hash_files(files, {})
    return write_store(dest, state.hashes, state.unreadable, CacheStore(cache, root).segments.read())


# The pages are parsed once for the module, each store written once; a test that
# changes a store changes a copy.
@pytest.fixture(scope="module")
def pages_cache(tmp_path_factory):
    """The module's own parse cache: `write_store` reads every segment, so only these pages' loads write one."""
    return tmp_path_factory.mktemp("pages-cache")


@pytest.fixture(scope="module")
def troubled(tmp_path_factory, pages_cache):
    """(folder, pandas corpus, store) of the seeds with a duplicate and an unreadable file."""
    base = tmp_path_factory.mktemp("troubled")
    folder = _seeds_with_trouble(base / "pages")
    return folder, load_corpus(folder, cache_dir=pages_cache), _store_of(folder, pages_cache, base / "store")


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, pages_cache):
    """(pandas corpus, store) of the seeds."""
    corpus = load_corpus(SEEDS, cache_dir=pages_cache)
    return corpus, _store_of(SEEDS, pages_cache, tmp_path_factory.mktemp("seeds") / "store")


@pytest.fixture(scope="module")
def serving_cache(tmp_path_factory):
    """Where the stores read unchanged build their serving databases: each once."""
    return tmp_path_factory.mktemp("serving-cache")


@pytest.fixture(scope="module", params=["seeds", "real"])
def paths(request, troubled, pages_cache, serving_cache, tmp_path_factory):
    """(pandas corpus, DuckDB store) of the same pages."""
    if request.param == "seeds":
        _, corpus, dest = troubled
    else:
        corpus = load_corpus(REAL_PAGES, cache_dir=pages_cache)
        dest = _store_of(REAL_PAGES, pages_cache, tmp_path_factory.mktemp("real") / "store")
    store = open_store(dest, cache_dir=serving_cache)
    yield corpus, store
    store.close()


@pytest.fixture
def seeds_copy(seeds_store, tmp_path):
    """(pandas corpus, a copy of the seeds' store, an empty serving cache): for a test that changes the store."""
    corpus, store = seeds_store
    return corpus, shutil.copytree(store, tmp_path / "store"), tmp_path / "cache"


@pytest.mark.parametrize("table", ["pages", "articles", "bylines", "officials", "projects"])
def test_assembled_tables_equal(paths, table):
    corpus, store = paths
    pd.testing.assert_frame_equal(store.table(table), corpus.table(table).reset_index(drop=True))


def test_the_seeds_store_holds_a_duplicate_and_an_unreadable_file(troubled, serving_cache):
    """The cases of assembly that plain pages never reach, seen from the store."""
    _, corpus, dest = troubled
    pages = open_store(dest, cache_dir=serving_cache).table("pages").set_index("page_id")
    assert pages.loc["zz_copy.txt", "duplicate_of"] == sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    assert pages.loc["zz_copy.txt", "status"] == "warning" and pages.loc["zz_copy.txt", "n_articles"] == 0
    assert (
        pages.loc["pipe.txt", "status"] == "error"
        and pages.loc["pipe.txt", "problems"] == corpus.pages.set_index("page_id").loc["pipe.txt", "problems"]
    )


def test_terms_equal(paths):
    corpus, store = paths

    def rows(terms):
        return sorted(zip(terms["article_id"].astype(str), terms["term"].astype(str), terms["count"].astype(int)))

    assert rows(store.table("terms")) == rows(corpus.terms)


def _filters(corpus) -> dict[str, Filters]:
    """A table of filters, with values this corpus holds."""
    dates = corpus.articles["date"].dropna().sort_values()
    middle = dates.iloc[len(dates) // 2].date()
    pub = corpus.pages["publication"].value_counts().index[0]
    official = corpus.officials["name"].value_counts().index[0]
    byline = corpus.bylines["name"].value_counts().index[0]
    return {
        "none": Filters(),
        "from": Filters(date_from=middle),
        "to, undated included": Filters(date_to=middle, undated="include"),
        "undated only": Filters(undated="only"),
        "publication": Filters(publications=(pub,)),
        "unknown publication": Filters(publications=("(unknown)",)),
        "official": Filters(officials=(official,)),
        "byline": Filters(byline=byline),
        "query and date": Filters(query="发展 -项目", date_from=middle),
    }


FILTER_NAMES = [
    "none",
    "from",
    "to, undated included",
    "undated only",
    "publication",
    "unknown publication",
    "official",
    "byline",
    "query and date",
]


@pytest.mark.parametrize("name", FILTER_NAMES)
def test_summary_figures_equal(paths, name):
    from jimo_data.analysis import summary_figures

    corpus, store = paths
    filters = _filters(corpus)[name]
    sel = select(corpus, filters)
    expected = summary_figures(sel.pages, sel.listing, sel.bylines, sel.officials, sel.projects)
    got = store.summary(filters)
    assert {k: (None if pd.isna(v) else pd.Timestamp(v)) if k.endswith("_date") else v for k, v in got.items()} == {
        k: (None if pd.isna(v) else pd.Timestamp(v)) if k.endswith("_date") else v for k, v in expected.items()
    }


# Queries: one- and two-character words (one character has no bigram: a scan), longer
# words and phrases (candidates verified), OR, exclusions, fields, words found nowhere,
# a word whose hits overlap (哈哈 in 哈哈哈), and a character outside the BMP.
QUERIES = [
    "区",
    "的",
    "项目",
    "发展",
    "即墨区",
    "高质量发展",
    "项目 开工",
    "开工 OR 投产",
    "项目 -签约",
    "-项目",
    '"高质量 发展"',
    "标题:观摩",
    "headline:即墨",
    "区 发展",
    "哈哈",
    "不存在的词语",
    "𠮷",
    "2023年",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("filter_name", ["none", "from", "official"])
def test_search_equals_the_one_definition_of_a_hit(paths, query, filter_name):
    corpus, store = paths
    filters = _filters(corpus)[filter_name]
    sel = select(corpus, filters)
    parsed = parse_query(query)
    kept = sel.articles[query_mask(parsed, sel.articles, corpus.bylines)]
    expected = query_hits(parsed, kept, corpus.bylines)
    got = store.search(query, filters)
    assert got["article_id"].tolist() == kept["article_id"].tolist()
    for term in parsed.terms:
        assert got[term.label].tolist() == expected[term.label].tolist(), term.label


def test_the_results_list_an_untitled_item_by_its_first_words_as_the_folder_does(paths):
    """A caption has no headline: both readers list it as 〔its first words…〕, never blank (a new user saw blank rows)."""
    corpus, store = paths
    _, shown = store.search_page("即墨", Filters(), 0, 50)
    listed = reading_list(corpus, corpus.articles, "即墨").set_index("article_id")["headline"]
    assert (shown["headline"] == "").sum() == 0 and shown["headline"].str.startswith("〔").any()
    assert shown.set_index("article_id")["headline"].to_dict() == listed.reindex(shown["article_id"]).to_dict()


def test_search_by_byline_equals(paths):
    corpus, store = paths
    name = corpus.bylines["name"].value_counts().index[0]
    query = f"作者:{name} -项目"
    expected = corpus.articles[query_mask(parse_query(query), corpus.articles, corpus.bylines)]
    assert store.search(query)["article_id"].tolist() == expected["article_id"].tolist()


@pytest.mark.parametrize("filter_name", ["none", "publication", "byline"])
def test_articles_per_month_equal(paths, filter_name):
    """The store overview's chart: the filtered dated articles per month, captions not counted
    (a new user saw its bars add up to more than the articles figure above them)."""
    corpus, store = paths
    sel = select(corpus, _filters(corpus)[filter_name])
    per_period = articles_per_period(dated_pages(sel.pages, sel.listing), "month")
    expected = per_period.groupby("period")["articles"].sum()
    got = store.per_month(_filters(corpus)[filter_name]).set_index("month")["articles"]
    assert {pd.Timestamp(month): int(n) for month, n in got.items()} == {month: int(n) for month, n in expected.items() if n}


@pytest.mark.parametrize("filter_name", ["none", "publication", "to, undated included"])
def test_monthly_trend_equals(paths, filter_name):
    corpus, store = paths
    filters = _filters(corpus)[filter_name]
    terms = ["项目", "发展", "区", "高质量发展"]
    expected = term_trend(corpus, select(corpus, filters).listing, terms, "month")
    got = store.trend(terms, "month", filters)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_index_type=False)


def test_weekly_trend_counts_each_week(paths):
    """Per week (Monday to Sunday): the hits of the articles dated in it."""
    corpus, store = paths
    got = store.trend(["项目"], "week").dropna(subset=["count"])
    dated = corpus.articles["date"].notna().to_numpy()
    week = corpus.articles["date"].dt.to_period("W").dt.start_time[dated]
    frame = pd.DataFrame({"week": week, "hits": term_occurrences(corpus, "项目")[dated], "chars": article_chars(corpus)[dated]})
    expected = frame.groupby("week").sum()
    assert got["count"].astype(int).tolist() == expected["hits"].tolist()
    assert got["period"].tolist() == expected.index.tolist()
    assert (got["period"].dt.day_of_week == 0).all()


@pytest.mark.parametrize("filter_name", ["none", "from", "publication"])
def test_rankings_equal(paths, filter_name):
    corpus, store = paths
    filters = _filters(corpus)[filter_name]
    sel = select(corpus, filters)
    bylines = byline_ranking(sel.bylines).reset_index(drop=True)
    got = store.ranking("bylines", filters)[bylines.columns]
    pd.testing.assert_frame_equal(got, bylines, check_dtype=False)
    for what, mentions in (("officials", ("n_mentions", "sum")), ("projects", ("name", "size"))):
        rows = sel.table(what) if hasattr(sel, "table") else getattr(sel, what)
        expected = rows.groupby("name").agg(
            mentions=mentions, articles=("article_id", "nunique"), first_date=("date", "min"), last_date=("date", "max")
        )
        if what == "projects":  # the stages its mentions report, in lifecycle order, as the folder's projects page gives them
            expected.insert(2, "stages", rows.groupby("name")["status"].agg(lambda said: "、".join(s for s in STAGES if s in set(said))))
        expected = expected.reset_index().sort_values(["articles", "name"], ascending=[False, True], ignore_index=True)
        pd.testing.assert_frame_equal(store.ranking(what, filters), expected, check_dtype=False)
    totals = sel.term_totals().rename_axis("term").reset_index()
    totals = totals.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)
    pd.testing.assert_frame_equal(store.ranking("terms", filters), totals, check_dtype=False)


def test_a_projects_ranking_narrowed_to_a_stage_reached(paths):
    """`reached` keeps the names a mention reports at one of the stages, as the folder's `reaching` does."""
    corpus, store = paths
    got = store.ranking("projects", Filters(), reached=("开工", "竣工"))
    assert set(got["name"]) == set(corpus.projects.loc[corpus.projects["status"].isin(["开工", "竣工"]), "name"])
    assert got["stages"].str.contains("开工|竣工").all() and len(got) < len(store.ranking("projects", Filters()))


def test_every_filter_is_translated_or_named_unsupported():
    """A filter added to the registry fails here until it has SQL (or a reason)."""
    row_filters = {f.key for f in FILTERS if f.selects_rows}
    assert row_filters == set(WHERE) | set(UNSUPPORTED)
    assert not set(WHERE) & set(UNSUPPORTED)


@pytest.mark.parametrize("filters", [Filters(tags=("to quote",)), Filters(reprints="exclude")], ids=["tag", "reprints"])
def test_an_unsupported_filter_is_an_error_naming_it(paths, filters):
    _, store = paths
    with pytest.raises(UnsupportedFilter, match=r"`(tag|reprints)`"):
        store.summary(filters)


# word -> bigrams, by code point pairs (judgement: a phrase's space is a character too)
GRAMS = [
    ("项目", [ord("项") * 0x110000 + ord("目")]),
    ("区", []),
    ("哈哈哈", [ord("哈") * 0x110000 + ord("哈")]),
    ("a b", sorted([ord("a") * 0x110000 + ord(" "), ord(" ") * 0x110000 + ord("b")])),
]


@pytest.mark.parametrize("word, expected", GRAMS)
def test_bigrams_of_a_word(word, expected):
    assert grams(word) == expected


def test_candidates_hold_every_article_with_a_hit(paths):
    corpus, store = paths
    cursor = store.con.cursor()
    for word in ("即墨区", "高质量发展", "项目建设"):
        found = set(candidates(cursor, word))
        hits = set(np.flatnonzero(term_occurrences(corpus, word)))  # akey is the pandas row position
        assert hits <= found


def test_the_serving_connection_is_bounded_and_read_only(paths):
    _, store = paths
    assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] in ("1.0 GiB", "953.6 MiB", "1.0 GB")
    with pytest.raises(duckdb.Error):
        store.con.execute("DELETE FROM articles")


def test_a_batch_without_its_done_marker_is_not_served(seeds_copy):
    corpus, dest, cache = seeds_copy  # a store of two batches
    (dest / "done" / "b0001").unlink()
    pages = open_store(dest, cache_dir=cache).table("pages")
    assert 0 < len(pages) < len(corpus.pages)


def test_a_folder_without_store_json_is_not_a_store(tmp_path):
    with pytest.raises(NotAStore, match="not a store"):
        open_store(tmp_path)


def test_info_of_a_store_gives_the_folders_figures(troubled, pages_cache, serving_cache, capsys):
    """`jimo info --store DEST` prints the lines `jimo info SOURCE` prints, but the first two."""
    from jimo_data.cli import main

    source, _, dest = troubled
    assert main(["--cache-dir", str(pages_cache), "info", str(source)]) == 0
    folder = capsys.readouterr().out.splitlines()
    assert main(["--cache-dir", str(serving_cache), "info", "--store", str(dest)]) == 0
    store = capsys.readouterr().out.splitlines()
    assert store[0].startswith("store:") and "2 batches; no corrections.toml applies to a store" in store[0]
    assert store[1] == folder[1].split("; parsed now")[0]
    assert store[2:] == folder[2:]  # figures, and the duplicate and the FIFO as pages with problems
    assert any("zz_copy.txt: the same text as" in line for line in store)


@pytest.mark.parametrize("argv", [["info"], ["info", "seeds", "--store", "seeds"]], ids=["neither", "both"])
def test_info_wants_a_folder_or_a_store(argv, capsys):
    from jimo_data.cli import main

    assert main(argv) == 2
    assert "name a folder of pages or --store DEST" in capsys.readouterr().err


# text, word, hits (literal, non-overlapping, from the left: analysis/search.py)
HIT_COUNTS = [
    ("哈哈哈", "哈哈", 1),
    ("哈哈哈哈", "哈哈", 2),
    ("", "项目", 0),
    ("a.b a+b", ".", 1),  # a regex character is itself
    ("项目项目", "项目", 2),
    ("高质量 发展", "量 发", 1),  # a phrase's space is a character
    ("𠮷野家𠮷", "𠮷", 2),  # outside the BMP
]


@pytest.mark.parametrize("text, word, expected", HIT_COUNTS)
def test_the_sql_hit_count_is_the_one_definition(text, word, expected):
    from jimo_data.analysis import count_occurrences
    from jimo_data.serving.store import _hits_sql

    counted = (
        duckdb.connect().execute(f"SELECT {_hits_sql(('body',))} FROM (SELECT $text AS body)", {"text": text, "word": word}).fetchone()[0]
    )
    assert counted == expected == count_occurrences(pd.Series([text]), word)[0]


@pytest.mark.parametrize(
    "options",
    [[], ["--official", "孙杰", "--from", "2026-01-01"], ["--q", "项目 -签约", "--pub", "新即墨"]],
    ids=["all", "official", "query"],
)
def test_export_of_a_store_writes_the_folders_files(seeds_store, pages_cache, serving_cache, tmp_path, options):
    """`jimo export --store` writes what `jimo export SOURCE` writes with the same
    filters (terms in another order within an article: compared as rows)."""
    from jimo_data.cli import main

    _, dest = seeds_store
    assert main(["--cache-dir", str(pages_cache), "export", str(SEEDS), "--out", str(tmp_path / "folder"), *options]) == 0
    assert main(["--cache-dir", str(serving_cache), "export", "--store", str(dest), "--out", str(tmp_path / "store-out"), *options]) == 0
    written = sorted(p.name for p in (tmp_path / "store-out").iterdir())
    assert written == sorted(p.name for p in (tmp_path / "folder").iterdir() if p.name != "articles_text.csv")
    for name in written:
        ours, theirs = ((tmp_path / d / name).read_text("utf-8-sig").splitlines() for d in ("store-out", "folder"))
        assert (sorted(ours) if name == "terms.csv" else ours) == (sorted(theirs) if name == "terms.csv" else theirs), name
    assert len((tmp_path / "store-out" / "articles.csv").read_text("utf-8-sig").splitlines()) > 1


@pytest.mark.parametrize(
    "options", [["--q", "项目 开工"], ["--q", "即墨", "--official", "孙杰"], ["--pub", "新即墨"]], ids=["query", "official", "pub"]
)
def test_search_of_a_store_lists_the_folders_articles(seeds_store, pages_cache, serving_cache, tmp_path, capsys, options):
    """`jimo search --store` finds the articles `jimo search SOURCE` finds, in the same order
    with the same hits (its rows list no bylines or officials: a store's results page reads none)."""
    from jimo_data.cli import main

    _, dest = seeds_store
    folder_csv, store_csv = tmp_path / "folder.csv", tmp_path / "store.csv"
    assert main(["--cache-dir", str(pages_cache), "search", str(SEEDS), "--out", str(folder_csv), *options]) == 0
    folder_out = capsys.readouterr().out
    assert main(["--cache-dir", str(serving_cache), "search", "--store", str(dest), "--top", "3", "--out", str(store_csv), *options]) == 0
    store_out = capsys.readouterr().out
    assert store_out.splitlines()[0] == folder_out.splitlines()[0]  # `N articles, captions and notices`
    ours, theirs = pd.read_csv(store_csv), pd.read_csv(folder_csv)
    assert list(ours.columns) == [c for c in theirs.columns if c not in ("bylines", "officials")]
    pd.testing.assert_frame_equal(ours, theirs[ours.columns])


def test_export_of_a_store_says_which_files_it_does_not_write(seeds_store, serving_cache, tmp_path, capsys):
    from jimo_data.cli import main

    _, dest = seeds_store
    assert main(["--cache-dir", str(serving_cache), "export", "--store", str(dest), "--out", str(tmp_path / "out")]) == 0
    assert "not written from a store yet: articles_text" in capsys.readouterr().err


def test_info_of_a_store_another_parser_wrote_names_both_versions(seeds_store, serving_cache, tmp_path, capsys):
    from jimo_data.cli import main
    from jimo_data.parsing import parser_version

    _, dest = seeds_store
    older = tmp_path / "older"
    shutil.copytree(dest, older)
    (older / "store.json").write_text('{"format": 1, "parser_version": "0123456789abcdef"}')
    assert main(["--cache-dir", str(serving_cache), "info", "--store", str(dest)]) == 0
    assert "parser:" not in capsys.readouterr().out
    assert main(["--cache-dir", str(serving_cache), "info", "--store", str(older)]) == 0
    assert f"written by version 0123456789abcdef; this jimo_data parses with {parser_version()}" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--table", "articles_text"], "--table articles_text: not written from a store yet"),
        (["--reprints", "exclude"], "`reprints`: reprint clusters"),
        (["--official", "无此人"], "`official`: “无此人” is not in this corpus"),
    ],
)
def test_export_of_a_store_refuses_what_it_cannot_do(seeds_store, serving_cache, tmp_path, capsys, argv, message):
    from jimo_data.cli import main

    _, dest = seeds_store
    assert main(["--cache-dir", str(serving_cache), "export", "--store", str(dest), "--out", str(tmp_path / "out"), *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_content_hash_in_two_done_batches_counts_once(seeds_copy):
    """Two ingests at once can both parse a file: the first batch's rows are kept."""
    corpus, dest, cache = seeds_copy
    for path in list((dest / "parsed").rglob("b0000.parquet")):
        shutil.copy(path, path.with_name("b0005.parquet"))
    shutil.copy(dest / "files" / "batch=b0000.parquet", dest / "files" / "batch=b0005.parquet")
    (dest / "done" / "b0005").write_text("")
    store = open_store(dest, cache_dir=cache)
    for table in ("pages", "articles", "bylines"):
        pd.testing.assert_frame_equal(store.table(table), corpus.table(table).reset_index(drop=True))


def test_a_files_row_seen_later_wins(seeds_copy):
    """A page whose file became unreadable in a later run is an error row."""
    from store_writer import write_files

    corpus, dest, cache = seeds_copy
    page = corpus.pages["page_id"].iloc[0]
    write_files(dest, "b0009", [(page, "", "error", "not a regular file")], seen="2026-02-01")
    (dest / "done" / "b0009").write_text("")
    pages = open_store(dest, cache_dir=cache).table("pages").set_index("page_id")
    assert pages.loc[page, "status"] == "error" and pages.loc[page, "problems"] == "not a regular file"
    assert len(pages) == len(corpus.pages)


def test_a_new_batch_builds_a_new_database_and_removes_the_old(seeds_copy):
    corpus, dest, cache = seeds_copy
    first = open_store(dest, cache_dir=cache)
    (dest / "done" / "b0001").unlink()  # as if b0001 were the batch a later run added
    fewer = open_store(dest, cache_dir=cache)
    assert fewer.path != first.path and not first.path.exists()
    assert len(fewer.table("pages")) < len(first.table("pages")) == len(corpus.pages)  # the first still reads its file
    assert [p.name for p in (cache / "serving").glob("*.duckdb")] == [fewer.path.name]


def test_projects_of_a_store_on_the_command_line(seeds_store, serving_cache, tmp_path, capsys, seeds_corpus):
    """`jimo projects --store DEST --status 开工` (a new user found `--store` refused, 2026-12-06):
    the store's projects page's rows, one per name with a mention at the stage."""
    from jimo_data.cli import main

    _, dest = seeds_store
    out = tmp_path / "projects.csv"
    assert main(["--cache-dir", str(serving_cache), "projects", "--store", str(dest), "--status", "开工", "--out", str(out)]) == 0
    listed = pd.read_csv(out)
    started = set(seeds_corpus.projects.loc[seeds_corpus.projects["status"] == "开工", "name"])
    assert set(listed["name"]) == started and started
    assert capsys.readouterr().out.startswith(f"{len(started)} project names reaching 开工")


def test_a_stage_no_name_of_a_store_reached_says_which_were_reported(seeds_store, serving_cache, capsys, seeds_corpus):
    """…and with a stage no name reached, the stages reported, as the folder's command says them."""
    from jimo_data.cli import main

    _, dest = seeds_store
    assert main(["--cache-dir", str(serving_cache), "projects", "--store", str(dest), "--status", "竣工"]) == 0
    reported = seeds_corpus.projects.drop_duplicates(["name", "status"]).query("status != ''")["status"].value_counts()
    expected = ", ".join(f"{stage} {reported[stage]}" for stage in STAGES if stage in reported)
    assert capsys.readouterr().out.splitlines()[:2] == [
        "0 project names reaching 竣工",
        f"stages reported (projects): {expected} (--status STAGE)",
    ]
