"""The reader for quoting: next and previous however an article was opened, the whole
page with the other pages of its issue, search words marked legibly, and every code
and problem text in the interface language. AppTest on the seeds, the real development
pages and small folders made here."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
from paths import REPO, SEEDS
from real_pages import REAL_PAGES
from test_dashboard import all_text, frames, open_page

from jimo_data import load_corpus, tables
from jimo_data.analysis.articles import issue_pages, page_articles
from jimo_data.filters import Filters
from jimo_data.ingest import files
from jimo_data.parsing import parse_page
from jimo_data.views.codes import ignored_entry, localise_codes, problem_text, rule_labels
from jimo_data.views.i18n import LABELS
from jimo_data.views.widgets import HIGHLIGHT_COLOUR, marked, reader_links

ISSUE_3390 = "001_736da492cd51ba95.txt"  # 新即墨 2026-03-09, six articles
CAPTIONED = "000_a890f07f6fb61a4e.txt"  # 新即墨 2026-04-03: article, caption, article, article


@pytest.fixture(autouse=True)
def _seeds(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


def can_press(at, key: str) -> bool:
    return not at.button(key=key).disabled


def headline(at) -> str:
    return at.header[0].value if at.header else ""


# --- next and previous -------------------------------------------------------------


def tick(at, row: int):
    """What a click on a row of the results does: the table's selection is that row."""
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [row], "columns": []}}
    return at.run()


def test_next_and_previous_move_after_a_row_was_ticked():
    """The tick stays on its row after 下一篇: it must not open its article again."""
    at = open_page("reader")
    listed = frames(at)[0]
    ids, titles = list(listed["文章编号"]), [md_unescape(h) for h in listed["标题"]]
    tick(at, 2)
    assert (at.query_params["article"], md_unescape(headline(at))) == (ids[2], titles[2])
    for expected in (3, 4):
        at.button(key="next_article").click().run()
        assert not at.exception
        assert (at.query_params["article"], md_unescape(headline(at))) == (ids[expected], titles[expected])
    at.button(key="previous_article").click().run()
    assert at.query_params["article"] == ids[3]
    tick(at, 2)  # the same row again: it opens once more
    assert at.query_params["article"] == ids[2]


def test_next_and_previous_move_after_arriving_by_url():
    at = open_page("reader", {"article": ISSUE_3390 + "#2"})
    at.button(key="next_article").click().run()
    assert at.query_params["article"] == ISSUE_3390 + "#3"
    at.button(key="previous_article").click().run().button(key="previous_article").click().run()
    assert at.query_params["article"] == ISSUE_3390 + "#1"


def test_an_article_outside_the_results_steps_through_its_page():
    """A link from elsewhere, or filters changed since it was opened."""
    at = open_page("reader", {"from": "2026-01-01", "article": "004_6220ff5f0f64df25.txt#4"})
    assert "004_6220ff5f0f64df25.txt#4" not in set(frames(at)[0]["文章编号"])
    at.button(key="next_article").click().run()
    assert at.query_params["article"] == "004_6220ff5f0f64df25.txt#5"


def test_the_results_say_how_many_are_articles_as_the_overview_counts_them():
    """The overview counts 21 articles; the reader lists 25 items with the 4 captions."""
    at = open_page("reader")
    assert "其中文章 21 篇，图片说明等 4 条" in [c.value for c in at.caption]


def test_an_article_says_where_and_when_it_was_printed_under_its_headline():
    """What a quotation cites, without scrolling to the page's metadata."""
    at = open_page("reader", {"article": ISSUE_3390 + "#2"})
    assert any(md_unescape(c.value).startswith("新即墨 · 2026-03-09 · 第3390期") for c in at.caption)


@pytest.mark.parametrize(
    "lang, article, credits",
    [
        ("zh", "002_02c739f944b55ce5.txt#1", "薛华飞（记者，青报全媒体/观海新闻）"),
        ("zh", "003_10918a961b3f8c53.txt#1", "王杰（责编）"),
        ("en", "003_10918a961b3f8c53.txt#1", "王杰（editor, 责编）"),
        ("en", "002_02c739f944b55ce5.txt#1", "薛华飞（reporter，青报全媒体/观海新闻）"),
    ],
)
def test_a_credit_is_shown_as_printed_with_its_role_in_english(lang, article, credits):
    at = open_page("reader", {"article": article}, lang=lang)
    assert any(credits in md_unescape(c.value) for c in at.caption), [c.value for c in at.caption]


def md_unescape(text: str) -> str:
    """The text a reader sees of the Markdown: marks taken off, escapes undone."""
    return re.sub(r"\\(.)", r"\1", re.sub(r":color\[((?:\\.|[^\]\\])*)\]\{[^}]*\}", r"\1", text))


# --- the whole page and its issue --------------------------------------------------


def test_the_page_view_shows_every_item_of_the_page_in_order_whatever_the_filters(seeds_corpus):
    """The search leaves one article of the page in the results; the page is still whole."""
    at = open_page("reader", {"page": CAPTIONED, "q": "OPC"})
    assert len(frames(at)[0]) == 1
    items = page_articles(seeds_corpus, CAPTIONED)
    shown = [md_unescape(s.value) for s in at.subheader[1 : 1 + len(items)]]
    assert shown == [h or "无标题的图片说明" for h in items["headline"]]  # the untitled caption by its kind, in Chinese
    text = all_text(at)
    assert all(paragraph[:20] in md_unescape(text) for paragraph in items["body"].str.split("\n").str[0])
    assert "本期只有这一版" in text


def test_whole_page_opens_the_page_of_the_article_and_back_to_all_results():
    at = open_page("reader", {"article": ISSUE_3390 + "#3"})
    at.button(key="whole_page").click().run()
    assert (at.query_params.get("page"), "article" in at.query_params) == (ISSUE_3390, False)
    assert at.header[0].value == "新即墨 · 2026\\-03\\-09 · 第3390期"
    assert len(at.subheader) > 6  # its six articles
    at.button(key=f"open_{ISSUE_3390}#5").click().run()
    assert (at.query_params["article"], at.query_params["page"]) == (ISSUE_3390 + "#5", ISSUE_3390)
    assert md_unescape(headline(at)) == "即墨举办纪念第116个“三八”国际妇女节主题活动"
    at.button(key="whole_page").click().run().button(key="all_results").click().run()
    assert "page" not in at.query_params and len(frames(at)[0]) == 21 + 4


def issue_folder(tmp_path):
    """One issue of 新即墨 in three files named against their page order, an inner page
    without the issue number, and the next day's front page."""
    text = (SEEDS / ISSUE_3390).read_text("utf-8")
    masthead = "2026年3月9日 农历正月廿一 星期一 第3390期"
    folder = tmp_path / "issue"
    folder.mkdir()
    pages = {
        "p_3.txt": text.replace(masthead, masthead + "\n01版:要闻"),
        "p_10.txt": text.replace(masthead, "2026年3月9日 星期一\n02版:综合"),
        "p_1.txt": text.replace(masthead, masthead + "\n03版:专题"),
        "p_2.txt": text.replace(masthead, masthead.replace("9日", "10日").replace("3390", "3391") + "\n01版:要闻"),
    }
    for name, page in pages.items():
        (folder / name).write_text(page, "utf-8")
    return folder


def test_the_page_view_in_english(monkeypatch, tmp_path):
    monkeypatch.setenv("JIMO_CORPUS", str(issue_folder(tmp_path)))
    at = open_page("reader", {"page": "p_10.txt"}, lang="en")
    assert md_unescape(headline(at)) == "新即墨 · 2026-03-09 · 综合 · page 2"
    assert "Page 2 of 3 of this issue" in all_text(at) and at.button(key="next_page").label == "Next page"


def test_previous_and_next_page_walk_the_issue_in_page_order(monkeypatch, tmp_path):
    monkeypatch.setenv("JIMO_CORPUS", str(issue_folder(tmp_path)))
    at = open_page("reader", {"page": "p_3.txt"})
    assert "本期第 1 版，共 3 版" in all_text(at) and not can_press(at, "previous_page")
    assert md_unescape(headline(at)) == "新即墨 · 2026-03-09 · 第3390期 · 要闻 · 第1版"
    for page, caption in (("p_10.txt", "本期第 2 版，共 3 版"), ("p_1.txt", "本期第 3 版，共 3 版")):
        at.button(key="next_page").click().run()
        assert at.query_params["page"] == page and caption in all_text(at)
    assert not can_press(at, "next_page")  # the next day's page is another issue
    at.button(key="previous_page").click().run()
    assert at.query_params["page"] == "p_10.txt"


def pages_table(*rows) -> SimpleNamespace:
    columns = ["page_id", "publication", "date", "issue_no", "page_no", "duplicate_of"]
    return SimpleNamespace(pages=tables.conform("pages", pd.DataFrame(rows, columns=columns)))


ISSUE_RULES = [
    # (pages: id, publication, date, issue, page, duplicate of), page asked for, its issue in order, why
    (
        [("b", "新即墨", "2026-03-09", 3390, 2, ""), ("a", "新即墨", "2026-03-09", 3390, 1, "")],
        "b",
        ["a", "b"],
        "page numbers order the issue, not file names",
    ),
    (
        [("a", "新即墨", "2026-03-09", 3390, 1, ""), ("b", "新即墨", "2026-03-09", None, 2, "")],
        "b",
        ["a", "b"],
        "an inner page prints no issue number: its date places it",
    ),
    (
        [("a", "新即墨", "2026-03-09", 3390, 1, ""), ("b", "新即墨", "2026-03-09", 3391, 1, "")],
        "a",
        ["a"],
        "issue numbers that disagree are two issues, whatever the date",
    ),
    ([("a", "新即墨", "2026-03-09", None, 1, ""), ("b", "青岛日报", "2026-03-09", None, 1, "")], "a", ["a"], "another paper"),
    ([("a", "", "2026-03-09", None, 1, ""), ("b", "", "2026-03-09", None, 2, "")], "a", ["a"], "unknown papers may be two"),
    ([("a", "新即墨", None, 3390, 1, ""), ("b", "新即墨", None, 3390, 2, "")], "b", ["a", "b"], "undated: the issue number"),
    ([("a", "新即墨", None, None, 1, ""), ("b", "新即墨", None, None, 2, "")], "a", ["a"], "neither date nor number"),
    (
        [("a", "新即墨", "2026-03-09", None, 1, ""), ("a2", "新即墨", "2026-03-09", None, None, "a")],
        "a",
        ["a"],
        "a duplicate's text is read on the page it copies",
    ),
    (
        [
            ("p_10", "新即墨", "2026-03-09", None, None, ""),
            ("p_2", "新即墨", "2026-03-09", None, None, ""),
            ("p_1", "新即墨", "2026-03-09", None, 3, ""),
        ],  # fmt: skip
        "p_2",
        ["p_1", "p_2", "p_10"],
        "without page numbers: file names in natural order, after the numbered pages",
    ),
]


@pytest.mark.parametrize("rows, page, expected, reason", ISSUE_RULES, ids=[rule[-1] for rule in ISSUE_RULES])
def test_the_pages_of_an_issue(rows, page, expected, reason):
    assert issue_pages(pages_table(*rows), page) == expected


def test_every_real_page_is_in_its_own_issue_and_lists_its_items_in_order(session_cache):
    corpus = load_corpus(REAL_PAGES, cache_dir=session_cache)
    for page in corpus.pages["page_id"]:
        assert page in issue_pages(corpus, page)
    items = page_articles(corpus, "xjm_20231102_1.txt")
    n_articles = corpus.pages.set_index("page_id").loc["xjm_20231102_1.txt", "n_articles"]
    assert list(items["seq"]) == sorted(items["seq"]) and (items["kind"] != "caption").sum() == n_articles


# --- marking the search words ------------------------------------------------------


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_a_hit_is_legible_on_the_page_and_stands_out_from_the_text():
    """WCAG AA for text (4.5:1 against its background, the page's), and lighter than the
    body text by a ratio a reader without colour vision still sees."""
    theme = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text("utf-8"))["theme"]
    assert contrast(HIGHLIGHT_COLOUR, theme["backgroundColor"]) >= 4.5
    assert contrast(HIGHLIGHT_COLOUR, theme["textColor"]) >= 2


def test_the_search_words_are_marked_in_the_article():
    at = open_page("reader", {"article": "004_6220ff5f0f64df25.txt#4", "q": "观摩"})
    assert headline(at) == f"全区重点项目现场{marked('观摩')}会举行"
    assert "标红的词：观摩" in all_text(at)


def test_a_keyword_in_context_link_carries_its_word_to_the_reader():
    filters = Filters(date_from=pd.Timestamp("2023-01-01").date())
    link = reader_links(filters, "article", pd.Series(["004_6220ff5f0f64df25.txt#4"]), hl="观摩")[0]
    params = {key: values[0] for key, values in parse_qs(urlsplit(link).query).items()}
    assert params == {"from": "2023-01-01", "hl": "观摩", "article": "004_6220ff5f0f64df25.txt#4"}
    at = open_page("reader", params)
    assert headline(at) == f"全区重点项目现场{marked('观摩')}会举行"


@pytest.mark.parametrize(
    "filters, key, value, expected, why",
    [
        (Filters(), "article", "a.txt#1", {"article": ["a.txt#1"]}, "no filter: the id alone"),
        (Filters(officials=("孙杰",)), "article", "a.txt#1", {"official": ["孙杰"], "article": ["a.txt#1"]}, "the filters kept"),
        (
            Filters(officials=("孙杰", "王伟")),
            "official",
            "韩世军",
            {"official": ["韩世军"]},
            "a filter's own key: the link's value replaces it",
        ),
        (Filters(byline="刘云睿", query="项目"), "byline", "王伟", {"q": ["项目"], "byline": ["王伟"]}, "the others kept beside it"),
    ],
)
def test_a_reader_link_opens_its_value_with_the_other_filters(filters, key, value, expected, why):
    link = reader_links(filters, key, pd.Series([value]))[0]
    assert parse_qs(urlsplit(link).query) == expected, why


def test_a_word_to_mark_that_is_too_long_is_cut_with_a_message():
    at = open_page("reader", {"article": "004_6220ff5f0f64df25.txt#4", "hl": "观" * 300})
    assert "hl" in " ".join(w.value for w in at.sidebar.warning)
    assert not at.exception


# --- codes and problems in the interface language -----------------------------------


def test_the_page_metadata_is_in_the_interface_language_with_the_date_as_a_date():
    at = open_page("reader", {"article": "003_10918a961b3f8c53.txt#2"})
    meta = frames(at)[-1]
    assert (meta.iloc[0]["日期"], meta.iloc[0]["日期来源"], meta.iloc[0]["状态"]) == ("2023-03-20", "推断", "正常")
    at = open_page("reader", {"article": "003_10918a961b3f8c53.txt#2"}, lang="en")
    assert frames(at)[-1].iloc[0]["Date source"] == "inferred"


def test_kinds_in_the_results_are_in_the_interface_language():
    assert set(frames(open_page("reader"))[0]["类型"]) == {"文章", "图片说明"}
    assert set(frames(open_page("reader", lang="en"))[0]["Kind"]) == {"article", "caption"}


FRENCH = "Le coeur a ses raisons que la raison ne connaît point. Été, château, où, déjà. " * 20
LONG = "即墨区召开重点项目推进会议。" * 40


def bad_files(folder) -> None:
    """A file of each kind the walk or the parse reports."""
    folder.mkdir()
    writes = {
        "png.txt": b"\x89PNG\r\n\x1a\n",
        "nuls.txt": b"ab\x00\x00" + b"a" * 96,
        "controls.txt": b"\x01\x02\x03\x04" * 100,
        "latin.txt": FRENCH.encode("latin-1"),
        "empty.txt": b"",
        "damaged.txt": LONG.encode() + b"\xff" + b"\x00" + "即".encode()[:2],
        "one.txt": (SEEDS / ISSUE_3390).read_bytes(),
        "copy.txt": (SEEDS / ISSUE_3390).read_bytes(),
    }
    for name, data in writes.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "out.txt").symlink_to("/etc/hostname")
    open(os.path.join(os.fsencode(folder), "你好".encode("gbk") + b".txt"), "wb").close()


def english_words() -> set[str]:
    """The words of the English problem texts that are not also part of the Chinese ones
    (UTF-8, GBK, PDF …): none may remain in a translated problem."""
    english = " ".join(en for key, (_, en) in LABELS.items() if key.startswith(("problem_", "what_")))
    chinese = " ".join(zh for key, (zh, _) in LABELS.items() if key.startswith(("problem_", "what_")))
    return {word.lower() for word in re.findall(r"[A-Za-z]{2,}", english)} - {w.lower() for w in re.findall(r"[A-Za-z]{2,}", chinese)}


def test_every_problem_the_walk_and_the_parse_report_is_translated(tmp_path):
    bad_files(tmp_path / "bad")
    corpus = load_corpus(tmp_path / "bad", cache_dir=tmp_path / "cache")
    made = [
        *corpus.pages["problems"],
        files._file_problem(os.stat_result((stat.S_IFREG | 0o644, 0, 0, 1, 0, 0, 25 * 2**20, 0, 0, 0))),
        f"{3_000_000:,} characters, far more than a newspaper page: only the first {2_000_000:,} were analysed",
        "the file is over the limit of 20.0 MB for one page: not read",
        "the path leads outside the corpus folder: not read",
        "cannot read the file: Permission denied",
        parse_page(b"Meeting notes\nThe project meeting was held in Jimo today.\n").page["problems"],  # notes in English
    ]
    vocabulary = english_words()
    for problem in filter(None, made):
        chinese = problem_text(problem, "zh")
        left = {word.lower() for word in re.findall(r"[A-Za-z]{2,}", chinese)} & vocabulary - {"permission", "denied"}
        assert not left, (problem, chinese)
        assert problem_text(problem, "en") == problem


PROBLEMS = [
    # (English as written by the parser, Chinese shown, why)
    (
        "no date: the page has no masthead or dateline, and no day it names has a year",
        "没有日期：版面没有报头或电头，写到的日子也都没有年份",
        "",
    ),
    (
        "not a regular file: a FIFO (named pipe); not read",
        "不是普通文件：命名管道（FIFO），未读取",
        "a problem whose own words hold the separator of problems",
    ),
    (
        "the same text as a; b.txt (its articles are counted there)",
        "the same text as a；b.txt (its articles are counted there)",
        "a value holding the separator is not taken apart: shown as written",
    ),
    (
        "3 NUL bytes removed; 1 undecodable byte sequences replaced in GB18030 text",
        "删除了 3 个 NUL 字节；GB18030 文本中有 1 处无法解码的字节，已替换",
        "two problems, each translated with its values",
    ),
    ("cannot read the file: it is a link in a loop of links", "无法读取文件：它是循环链接中的一环", "not the general cannot-read text"),
    ("something new", "something new", "an unknown text is shown as written"),
]


@pytest.mark.parametrize("english, chinese, reason", PROBLEMS, ids=[p[0][:30] for p in PROBLEMS])
def test_problem_texts(english, chinese, reason):
    assert problem_text(english, "zh") == chinese


RULE_LABELS = [
    (
        "official 1; official 2",
        "官员规则 1；官员规则 2",
        "official 1; official 2",
        "two rules of one kind, numbers kept to find them in the file",
    ),
    ("page 1; merge 12", "页面规则 1；合并规则 12", "page 1; merge 12", "kinds mixed"),
    ("", "", "", "an uncorrected row stays empty"),
    ("future 3", "future 3", "future 3", "a kind this version does not know is shown as written"),
]


@pytest.mark.parametrize("cell, chinese, english, reason", RULE_LABELS, ids=[r[3][:30] for r in RULE_LABELS])
def test_correction_rule_labels(cell, chinese, english, reason):
    assert (rule_labels(cell, "zh"), rule_labels(cell, "en")) == (chinese, english)


def test_every_ignored_entry_the_walk_reports_is_translated(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "notes.doc").write_bytes(b"")
    (folder / "copy").symlink_to(".")
    (folder / "sub (2)").mkdir()
    (folder / "view").symlink_to("sub (2)")
    os.mkfifo(folder / "pipe (1)")  # brackets in the name as well as in the reason
    open(os.path.join(os.fsencode(folder), "你好".encode("gbk") + b".doc"), "wb").close()
    _, _, ignored = files.discover(folder)
    shown = sorted(ignored_entry(entry, "zh") for entry in ignored)
    assert shown == [
        "\\xc4\\xe3\\xba\\xc3.doc（文件名不是有效的 UTF-8）",
        "copy（指向语料文件夹本身的链接：未跟随）",
        "notes.doc",
        "pipe (1)（不是普通文件：命名管道（FIFO），未读取）",
        "view（指向文件夹 sub (2)/ 的链接，该文件夹已按其自身路径读取：未跟随）",
    ]
    assert sorted(ignored_entry(entry, "en") for entry in ignored) == sorted(ignored)


def test_codes_of_every_table_column_are_translated():
    frame = pd.DataFrame(
        {"kind": ["article", "caption"], "date_source": ["inferred", "unknown"], "status": ["warning", "ok"], "role": ["editor", "x"]}
    )
    assert localise_codes(frame, "zh").to_dict("list") == {
        "kind": ["文章", "图片说明"],
        "date_source": ["推断", "未知"],
        "status": ["警告", "正常"],
        "role": ["编辑", "x"],
    }
    assert localise_codes(frame, "en").equals(frame.assign(role=["editor", "x"]))


def test_a_persons_roles_are_listed_as_each_language_lists_words():
    """A new user saw `reporter、photographer` in English (2026-12-06)."""
    frame = pd.DataFrame({"roles": ["reporter、photographer", "editor"]})
    assert localise_codes(frame, "en")["roles"].tolist() == ["reporter, photographer", "editor"]
    assert localise_codes(frame, "zh")["roles"].tolist() == ["记者、摄影", "编辑"]


def test_project_stages_are_shown_with_their_english_in_english():
    frame = pd.DataFrame({"status": ["开工", "", "ok"], "latest_status": ["竣工", "", "投产"], "stages": ["签约、开工", "", "运营"]})
    assert localise_codes(frame, "en").to_dict("list") == {
        "status": ["开工 (construction started)", "", "ok"],
        "latest_status": ["竣工 (completed)", "", "投产 (in production)"],
        "stages": ["签约 (signed)、开工 (construction started)", "", "运营 (operating)"],
    }
    assert localise_codes(frame, "zh").to_dict("list") == {
        "status": ["开工", "", "正常"],
        "latest_status": ["竣工", "", "投产"],
        "stages": ["签约、开工", "", "运营"],
    }


def test_a_real_page_without_a_date_is_shown_whole_and_says_so_in_chinese(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(REAL_PAGES))
    at = open_page("reader", {"page": "bdds_undated_1.txt"})
    items = page_articles(load_corpus(REAL_PAGES, cache_dir=session_cache), "bdds_undated_1.txt")
    untitled = items["kind"].map({"article": "无标题的文章", "caption": "无标题的图片说明"})  # not just its kind
    assert [md_unescape(s.value) for s in at.subheader[1 : 1 + len(items)]] == list(
        items["headline"].where(items["headline"] != "", untitled)
    )
    meta = frames(at)[-1]
    assert (meta.iloc[0]["日期来源"], meta.iloc[0]["状态"], meta.iloc[0]["问题"]) == (
        "未知",
        "警告",
        "没有日期：版面没有报头或电头，写到的日子也都没有年份",
    )


def test_the_overview_lists_files_not_read_with_their_reason_in_the_interface_language(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    (folder / "copy").symlink_to(".")
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    for lang, shown in (
        ("zh", "copy（指向语料文件夹本身的链接：未跟随）"),
        ("en", "copy (a link to the corpus folder, read under its own path: not followed)"),
    ):
        at = open_page("overview", lang=lang)
        listed = [frame.iloc[:, 0].tolist() for frame in frames(at) if frame.iloc[:, 0].astype(str).str.startswith("copy").any()]
        assert listed == [[shown]]
