"""Corrections that persist (`corrections.toml`, jimo_data/corrections.py): rules read,
applied after the cache, marked on every row they change, stale ones listed; the tag
filter; writing the file safely. Each test works on a copy of the seeds."""

from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pytest
from paths import SEEDS
from real_pages import REAL_PAGES
from test_cache_faults import make_read_only  # noqa: F401  (a fixture)

from jimo_data import load_corpus
from jimo_data.analysis import articles_per_period, dated_pages, project_summary, reading_list, with_project_names
from jimo_data.cli import main
from jimo_data.corrections import CORRECTIONS_FILE, CorrectionsError, add_rule, parse_rules
from jimo_data.export import article_export
from jimo_data.filters import parse_params, select
from jimo_data.tables import SCHEMAS, TABLES
from jimo_data.views.i18n import t

PAGE = "000_a890f07f6fb61a4e.txt"  # 新即墨 of 2026-04-03: three articles and a caption (#2)


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "pages"
    shutil.copytree(SEEDS, copy)
    return copy


def corrected(folder, toml: str, cache):
    (folder / CORRECTIONS_FILE).write_text(toml, encoding="utf-8")
    return load_corpus(folder, cache_dir=cache)


def test_a_date_correction_moves_the_page_in_the_timeline_and_the_export_marks_it(folder, session_cache):
    corpus = corrected(folder, f'[[page]]\nid = "{PAGE}"\ndate = 2024-05-01\n', session_cache)
    listing = select(corpus, parse_params({}, corpus).filters).listing
    months = articles_per_period(dated_pages(corpus.pages, listing), "month").groupby("period")["articles"].sum()
    assert months[pd.Timestamp("2024-05-01")] == 3  # captions are not counted
    assert pd.Timestamp("2026-04-01") not in months.index  # the page was the month's only one
    exported = article_export(corpus, listing).set_index("article_id")
    on_page = exported.index.str.startswith(PAGE)
    assert (exported.loc[on_page, "date"] == pd.Timestamp("2024-05-01")).all()
    assert set(exported.loc[on_page, "corrected"]) == {"page 1"}
    assert set(exported.loc[~on_page, "corrected"]) == {""}
    assert corpus.corrections.applied == {"page 1": 1}
    assert CORRECTIONS_FILE not in corpus.ignored  # it is read, not a file left unread


def test_the_cache_stays_a_function_of_the_pages(folder, session_cache):
    corrected(folder, f'[[page]]\nid = "{PAGE}"\npublication = "青岛日报"\n', session_cache)
    (folder / CORRECTIONS_FILE).unlink()
    again = load_corpus(folder, cache_dir=session_cache)
    assert again.pages.set_index("page_id").loc[PAGE, "publication"] == "新即墨"
    assert set(again.pages["corrected"]) == {""}


def test_a_merge_makes_two_project_names_one_row_with_both(folder, session_cache):
    short, long = "三菱重工海尔空调机", "三菱重工海尔空调机三期扩建项目"
    corpus = corrected(folder, f'[[merge]]\ntable = "projects"\nnames = ["{short}"]\ninto = "{long}"\n', session_cache)
    summary = project_summary(with_project_names(corpus.projects))
    rows = summary[summary["name"].isin([short, long]) | summary["aliases"].str.contains(short)]
    assert len(rows) == 1
    assert rows.iloc[0]["name"] == long and rows.iloc[0]["aliases"] == short
    assert set(corpus.projects.loc[corpus.projects["name"] == long, "corrected"]) == {"", "merge 1"}


def test_a_split_undoes_a_wrong_merge_for_the_articles_named(folder, session_cache):
    name = "女岛绿色能源装备产业园"  # a seed's project, mentioned again on a page composed for the split
    (folder / "later.txt").write_text(f"2026年5月6日 星期三\n\n本报讯 {name}建成投产。\n", "utf-8")
    corpus = load_corpus(folder, cache_dir=session_cache)
    first, second = corpus.projects.loc[corpus.projects["name"] == name, "article_id"].tolist()
    corpus = corrected(
        folder, f'[[split]]\ntable = "projects"\nname = "{name}"\narticle_ids = ["{second}"]\ninto = "另一工程"\n', session_cache
    )
    names = corpus.projects.groupby("article_id")["name"].agg(set)
    assert first != second
    assert name in names[first] and "另一工程" not in names[first]
    assert "另一工程" in names[second] and name not in names[second]


@pytest.mark.parametrize(
    "rule, table, check",
    [
        ('[[drop]]\ntable = "bylines"\nname = "周程林"', "bylines", lambda rows: "周程林" not in set(rows["name"])),
        (
            '[[official]]\nname = "张宏业"\noffice = "即墨区委副书记"\njurisdiction = "即墨区"',
            "officials",
            lambda rows: set(rows.loc[rows["name"] == "张宏业", "office"]) == {"即墨区委副书记"},
        ),
        (
            f'[[article]]\nid = "{PAGE}#2"\nkind = "notice"\nreprint_of = "青岛日报 2026-04-02"',
            "articles",
            lambda rows: rows.set_index("article_id").loc[f"{PAGE}#2", "kind"] == "notice",
        ),
    ],
    ids=["drop a byline", "set an office", "not an article"],
)
def test_rules_change_their_table(folder, session_cache, rule, table, check):
    corpus = corrected(folder, rule + "\n", session_cache)
    assert check(corpus.table(table))
    assert not corpus.corrections.stale and not corpus.corrections.problems


def test_a_dropped_byline_is_still_said_on_its_article(folder, session_cache):
    corpus = corrected(folder, '[[drop]]\ntable = "bylines"\nname = "周程林"\n', session_cache)
    assert corpus.articles.set_index("article_id").loc[f"{PAGE}#3", "corrected"] == "drop 1"


def test_a_rule_that_matches_nothing_is_listed_as_stale(folder, session_cache, capsys):
    toml = f'[[page]]\nid = "gone.txt"\ndate = 2024-05-01\n\n[[page]]\nid = "{PAGE}"\nsection = "要闻"\n'
    corpus = corrected(folder, toml, session_cache)
    assert [rule.label for rule in corpus.corrections.stale] == ["page 1"]
    assert corpus.corrections.applied == {"page 2": 1}
    assert main(["--cache-dir", str(session_cache), "corrections", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "stale (matches nothing): page 1: id=gone.txt" in out
    assert f"page 2: id={PAGE}, section=要闻  -> 1 rows" in out


def test_corrected_tables_keep_the_contract(folder, session_cache):
    toml = f'[[note]]\narticle_id = "{PAGE}#3"\ntags = ["x"]\n\n[[page]]\nid = "{PAGE}"\ndate = 2024-05-01\n'
    corpus = corrected(folder, toml, session_cache)
    for table in TABLES:
        frame = corpus.table(table)
        assert [(name, str(dtype)) for name, dtype in frame.dtypes.items()] == [(name, dtype) for name, dtype, _ in SCHEMAS[table]]
    assert len(corpus.notes) == 1


def test_a_tag_filter_narrows_the_readers_list(folder, session_cache):
    toml = f'[[note]]\narticle_id = "{PAGE}#3"\ntext = "区长讲话"\ntags = ["to quote", "土地出让"]\n'
    corpus = corrected(folder, toml, session_cache)
    link = parse_params({"tag": ["to quote"]}, corpus)
    assert not link.messages
    selection = select(corpus, link.filters)
    assert list(reading_list(corpus, selection.listing)["article_id"]) == [f"{PAGE}#3"]
    assert list(selection.notes["tag"]) == ["to quote", "土地出让"]
    assert link.filters.slug() == "tag-to-quote"  # the download's name says the filter
    assert link.filters.to_params() == {"tag": ["to quote"]}  # and the link keeps it
    assert parse_params({"tag": ["nobody's tag"]}, corpus).messages[0].reason == "unknown"


# Rules that cannot be used: a problem in words, and the rest still applies.
BAD_RULES = [
    ("[[page]\nid = 1", "is not valid TOML"),  # a broken table header: nothing applies
    ('[[page]]\nid = "x.txt"', "page 1: nothing to set"),
    ('[[page]]\nid = "x.txt"\ndate = "2024-13-01"', "page 1: wrong type date (a date: 2024-05-01)"),  # no such day
    ('[[drop]]\ntable = "terms"\nname = "x"', "drop 1: table must be one of"),
    ('[[merge]]\ntable = "projects"\ninto = "x"', "merge 1: missing names"),
    ('[[note]]\narticle_id = "a#1"\ncolour = "red"', "note 1: unknown colour"),
    ('[[article]]\nid = "a#1"\nkind = "advert"', "article 1: kind must be one of"),
    ("[[rename]]\nfrom = 1", "[[rename]] is not a kind of rule"),
    ("page = 3", "page 1: write it as [[page]]"),
]


@pytest.mark.parametrize("toml, problem", BAD_RULES, ids=[p for _, p in BAD_RULES])
def test_a_bad_rule_is_a_problem_not_a_traceback(toml, problem):
    found = parse_rules(toml)
    assert not found.rules
    assert len(found.problems) == 1 and problem in found.problems[0]


def test_bad_toml_in_the_folder_loads_the_pages_and_names_the_problem(folder, session_cache):
    corpus = corrected(folder, "[[page]\n", session_cache)
    assert len(corpus.pages) == 5 and not corpus.corrections.rules
    assert "not valid TOML" in corpus.corrections.problems[0]


def test_an_added_rule_survives_a_reload_and_keeps_the_users_comments(folder, session_cache):
    (folder / CORRECTIONS_FILE).write_text("# my corrections\n", encoding="utf-8")
    rule = add_rule(folder, "note", {"article_id": f"{PAGE}#1", "tags": ["to quote"]})
    add_rule(folder, "page", {"id": PAGE, "publication": "青岛日报"})
    assert rule.label == "note 1"
    assert (folder / CORRECTIONS_FILE).read_text(encoding="utf-8").startswith("# my corrections\n")
    corpus = load_corpus(folder, cache_dir=session_cache)
    assert list(corpus.notes["article_id"]) == [f"{PAGE}#1"]
    assert corpus.pages.set_index("page_id").loc[PAGE, "publication"] == "青岛日报"
    assert [p.name for p in folder.iterdir() if p.name.startswith(".corrections-")] == []  # no temporary file left


@pytest.mark.parametrize(
    "kind, fields, message",
    [
        ("page", {"id": PAGE}, "nothing to set"),
        ("rename", {"id": PAGE}, "not a kind of rule"),
        ("drop", {"table": "pages", "name": "x"}, "table must be one of"),
    ],
)
def test_a_rule_that_would_not_be_read_back_is_not_written(folder, kind, fields, message):
    with pytest.raises(CorrectionsError, match=message):
        add_rule(folder, kind, fields)
    assert not (folder / CORRECTIONS_FILE).exists()


def test_a_file_that_is_not_toml_is_not_overwritten(folder):
    (folder / CORRECTIONS_FILE).write_text("[[page]\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="fix it by hand"):
        add_rule(folder, "page", {"id": PAGE, "section": "要闻"})
    assert (folder / CORRECTIONS_FILE).read_text(encoding="utf-8") == "[[page]\n"


def test_a_read_only_folder_refuses_with_a_message_and_changes_nothing(folder, make_read_only):  # noqa: F811
    (folder / CORRECTIONS_FILE).write_text("# mine\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    make_read_only(folder)
    with pytest.raises(CorrectionsError, match="cannot be written.*nothing was changed") as refused:
        add_rule(folder, "page", {"id": PAGE, "section": "要闻"})
    assert refused.value.reason == "unwritable"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_overview_lists_the_corrections_in_force_and_the_stale_ones(folder, session_cache, monkeypatch):
    from test_dashboard import frames, open_page

    (folder / CORRECTIONS_FILE).write_text(
        f'[[page]]\nid = "{PAGE}"\nsection = "要闻"\n\n[[page]]\nid = "gone.txt"\nsection = "x"\n', encoding="utf-8"
    )
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
    for lang, states in (("zh", ["生效", "失效"]), ("en", ["In force", "Stale"])):
        shown = next(frame for frame in frames(open_page("overview", lang=lang)) if t("col_rule", lang) in frame.columns)
        assert list(shown.iloc[:, 1]) == states
        assert shown.iloc[0, 0] == f"page 1: id={PAGE}, section=要闻" and list(shown.iloc[:, 2]) == [1, 0]


def reader_on_copy(folder, cache, monkeypatch, lang="en"):
    from test_dashboard import open_page

    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))
    return open_page("reader", {"article": f"{PAGE}#3"}, lang=lang)


def test_the_readers_form_writes_a_rule_that_is_still_there_after_a_reload(folder, session_cache, monkeypatch):
    at = reader_on_copy(folder, session_cache, monkeypatch)
    at.date_input(key="correct_date").set_value(dt.date(2024, 5, 1))
    at.text_input(key="correct_tags").input("to quote, 土地出让")
    at.button(key="save_correction").click().run()
    assert not at.exception and not at.error
    reloaded = load_corpus(folder, cache_dir=session_cache)
    assert reloaded.pages.set_index("page_id").loc[PAGE, "date"] == pd.Timestamp("2024-05-01")
    assert list(reloaded.notes["tag"]) == ["to quote", "土地出让"]
    again = reader_on_copy(folder, session_cache, monkeypatch)  # a new session: read from the file
    shown = "\n".join(caption.value for caption in again.caption)
    assert "Corrected by corrections.toml: page 1" in shown and "Tag：to quote、土地出让" in shown  # the tags as saved
    chinese = "\n".join(caption.value for caption in reader_on_copy(folder, session_cache, monkeypatch, lang="zh").caption)
    assert "已按 corrections.toml 更正：页面规则 1" in chinese  # the rule's kind in the interface language


def test_the_readers_form_on_a_read_only_folder_says_so_and_changes_nothing(folder, session_cache, monkeypatch, make_read_only):  # noqa: F811
    at = reader_on_copy(folder, session_cache, monkeypatch)
    make_read_only(folder)
    at.text_input(key="correct_note").input("区长讲话")
    at.button(key="save_correction").click().run()
    assert [e.value for e in at.error] and "Not saved, nothing was changed: the corpus folder" in at.error[0].value
    assert not (folder / CORRECTIONS_FILE).exists()


def test_dating_an_undated_real_page_puts_its_articles_on_the_timeline(tmp_path, session_cache):
    folder = tmp_path / "real"
    shutil.copytree(REAL_PAGES, folder)
    before = load_corpus(folder, cache_dir=session_cache)
    undated = before.pages[before.pages["date"].isna() & (before.pages["n_articles"] > 0)].iloc[0]
    corpus = corrected(folder, f'[[page]]\nid = "{undated.page_id}"\ndate = 2020-06-15\npublication = "新即墨"\n', session_cache)
    moved = corpus.articles[corpus.articles["page_id"] == undated.page_id]
    assert (moved["date"] == pd.Timestamp("2020-06-15")).all() and set(moved["corrected"]) == {"page 1"}
    assert corpus.articles["date"].isna().sum() == before.articles["date"].isna().sum() - len(moved)
    link = parse_params({"from": ["2020-06-15"], "to": ["2020-06-15"], "pub": ["新即墨"]}, corpus)
    assert set(moved["article_id"]) <= set(select(corpus, link.filters).listing["article_id"])
    page = corpus.pages.set_index("page_id").loc[undated.page_id]
    assert (page["date_source"], page["date_evidence"], page["corrected"]) == ("corrected", "corrections.toml", "page 1")
    assert "no date" in undated["problems"] and "no date" not in page["problems"]  # its want of a date is lifted
    assert page["status"] == ("warning" if page["problems"] else "ok")


def test_a_corrected_publication_places_the_pages_bare_titles(tmp_path, session_cache):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("潍坊召开项目推进会\n\n3月6日，市长刘建军、副市长王明出席会议。即墨区委书记孙杰讲话。\n", "utf-8")
    before = load_corpus(folder, cache_dir=session_cache).officials.set_index("name")
    assert list(before.loc[["刘建军", "王明"], "office"]) == ["市长", "副市长"]  # no paper: whose 市长 is not said
    corpus = corrected(folder, '[[page]]\nid = "a.txt"\npublication = "潍坊日报"\n', session_cache)
    officials = corpus.officials.set_index("name")
    assert list(officials.loc[["刘建军", "王明", "孙杰"], "office"]) == ["潍坊市市长", "潍坊市副市长", "即墨区委书记"]
    assert list(officials.loc[["刘建军", "孙杰"], "jurisdiction"]) == ["潍坊市", "即墨区"]  # a place written stays


def test_a_corrected_publication_and_date_place_bare_titles_at_the_home_of_that_day(tmp_path, session_cache):
    """On a 2015 page of the district paper, 市长 is 即墨市's: the district was a county-level city then."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("即墨召开项目推进会\n\n3月6日，市长刘建军出席会议。\n", "utf-8")
    rules = '[[page]]\nid = "a.txt"\npublication = "新即墨"\ndate = "2015-03-06"\n'
    assert corrected(folder, rules, session_cache).officials.set_index("name").loc["刘建军", "office"] == "即墨市市长"
    later = rules.replace("2015-03-06", "2018-03-06")
    assert corrected(folder, later, session_cache).officials.set_index("name").loc["刘建军", "office"] == "青岛市市长"


def test_a_page_rule_with_a_pattern_sets_every_page_it_matches(tmp_path, session_cache):
    """A folder of one county's pages of no named paper: one rule places them all."""
    folder = tmp_path / "pages"
    for day, name in enumerate(("hx/a.txt", "hx/b.txt", "other/c.txt"), start=20):  # three pages, not one page thrice
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"项目集中开工\n\n1月{day}日，县委书记陈忠、县长陆志杰出席。\n", "utf-8")
    corpus = corrected(folder, '[[page]]\nid = "hx/*"\npublication = "滑县融媒体中心"\n', session_cache)
    offices = corpus.officials.groupby("page_id")["office"].apply(sorted).to_dict()
    assert offices == {"hx/a.txt": ["滑县县长", "滑县委书记"], "hx/b.txt": ["滑县县长", "滑县委书记"], "other/c.txt": ["县委书记", "县长"]}
    pages = corpus.pages.set_index("page_id")
    assert list(pages.loc[["hx/a.txt", "hx/b.txt", "other/c.txt"], "corrected"]) == ["page 1", "page 1", ""]
    stale = corrected(folder, '[[page]]\nid = "hz/*"\npublication = "滑县融媒体中心"\n', session_cache)
    assert stale.officials["office"].isin(["县长"]).sum() == 3, "a pattern matching no page changes nothing"


def test_a_date_written_as_text_is_read_as_a_date(folder, session_cache):
    corpus = corrected(folder, f'[[page]]\nid = "{PAGE}"\ndate = "2024-05-01"\n', session_cache)
    assert corpus.pages.set_index("page_id").loc[PAGE, "date"] == pd.Timestamp("2024-05-01")
    assert not corpus.corrections.problems


def test_the_tables_given_are_not_changed(seeds_corpus):
    from jimo_data.corrections import apply_corrections

    given = {table: seeds_corpus.table(table) for table in ("pages", "articles", "bylines", "officials", "projects")}
    before = {table: frame.copy() for table, frame in given.items()}
    rules = parse_rules(f'[[page]]\nid = "{PAGE}"\ndate = 2024-05-01\n\n[[page]]\nid = "{PAGE}"\nsection = "要闻"\n').rules
    corrected_tables, applied, _ = apply_corrections(given, rules)
    assert applied == {"page 1": 1, "page 2": 1}
    assert corrected_tables["articles"].set_index("article_id").loc[f"{PAGE}#1", "corrected"] == "page 1; page 2"
    for table, frame in given.items():
        pd.testing.assert_frame_equal(frame, before[table])
