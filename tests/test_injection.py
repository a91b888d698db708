"""Injected text: CSV cells a spreadsheet would run, HTML in chart labels, Markdown in
highlighted text, and pages too big to send to a browser."""

from __future__ import annotations

import ast
import csv
import html
import io
import json

import pandas as pd
import plotly.express as px
import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest

from jimo_data import load_corpus
from jimo_data.cli import export_csv
from jimo_data.export import FORMULA_STARTS, csv_bytes, write_csv
from jimo_data.filters import Filters, select
from jimo_data.views import page_script
from jimo_data.views.widgets import HIGHLIGHT_COLOUR, TEXT_LIMIT, chart_data, figure, highlight, md_escape

PAYLOAD = "=cmd|' /C calc'!A0"
HOSTILE_FILE = PAYLOAD + ".txt"
SEED_PAGE = "004_6220ff5f0f64df25.txt"

# --- CSV -------------------------------------------------------------------------


def read_back(data: bytes) -> list[list[str]]:
    """Cells as a spreadsheet reads them from the file: raw text, no type guessing."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def written_file(frame: pd.DataFrame, tmp_path) -> bytes:
    return write_csv(frame, tmp_path / "out.csv").read_bytes()


WRITERS = {"csv_bytes": lambda frame, tmp_path: csv_bytes(frame), "write_csv": written_file}


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_cell_or_name_that_starts_like_a_formula_gets_an_apostrophe(writer, start, tmp_path):
    cell = start + 'HYPERLINK("http://x")'
    frame = pd.DataFrame({"text": pd.Series([cell], dtype="string"), start + "name": ["ok"]})
    header, row = read_back(WRITERS[writer](frame, tmp_path))
    assert header == ["text", "'" + start + "name"]
    assert row == ["'" + cell, "ok"]


CELLS = [
    # (cell, as written, why)
    ("=1+1", "'=1+1", "a formula"),
    (PAYLOAD, "'" + PAYLOAD, "the command of a hostile file name"),
    ("-5", "'-5", "text that looks like a number is still text: the column is not numbers"),
    ("a=b", "a=b", "only the first character can start a formula"),
    ("'=1", "'=1", "already inert; not doubled"),
    ("＝1+1", "＝1+1", "a full-width equals sign is not a formula in any spreadsheet"),
    (" =1", " =1", "a leading space makes the cell text (OWASP's list does not include it)"),
    ("孙杰", "孙杰", "ordinary text"),
    ("", "", "empty"),
]


@pytest.mark.parametrize("cell, expected, why", CELLS, ids=[why for _, _, why in CELLS])
def test_only_cells_that_start_like_a_formula_change(cell, expected, why):
    for dtype in ("string", object, "category"):
        _, row = read_back(csv_bytes(pd.DataFrame({"text": pd.Series([cell], dtype=dtype)})))
        assert row == [expected], (dtype, why)


def test_numbers_and_dates_stay_what_they_are():
    frame = pd.DataFrame(
        {
            "int": [-5],
            "nullable": pd.Series([-7], dtype="Int64"),
            "float": [-2.5],
            "mixed": pd.Series([-3], dtype=object),  # a number in a text column is still a number
            "date": [pd.Timestamp("2026-02-25")],
            "missing": pd.Series([None], dtype="string"),
        }
    )
    assert read_back(csv_bytes(frame))[1] == ["-5", "-7", "-2.5", "-3", "2026-02-25", ""]


def test_categories_are_made_inert_even_when_the_safe_form_is_also_a_category():
    terms = pd.DataFrame({"term": pd.Categorical(["=x", "'=x", "=x", "y"]), "count": [1, 2, 3, 4]})
    assert [row[0] for row in read_back(csv_bytes(terms))[1:]] == ["'=x", "'=x", "'=x", "y"]
    assert terms["term"].tolist() == ["=x", "'=x", "=x", "y"]  # the caller's frame is untouched


# A page file named by each start a spreadsheet runs; the first is a command (on POSIX
# its `/` makes it a file in a folder; its page id is the same text).
HOSTILE_NAMES = [HOSTILE_FILE, "+1+1.txt", "-1+1.txt", "@SUM(1).txt", "\t=1.txt", "\r=1.txt"]


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory):
    """The five seed pages and a sixth with another date, so that no page is the duplicate
    of another and every one has articles and an issue."""
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    texts = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append(texts[-1].replace("2月25日", "2月26日"))
    for name, text in zip(HOSTILE_NAMES, texts, strict=True):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, "utf-8")
    return folder


def assert_inert(cells: list[str]) -> None:
    """Each hostile name is in some cells, and each of those starts with an apostrophe."""
    for name in HOSTILE_NAMES:
        holding = [cell for cell in cells if name in cell]
        assert holding and all(cell.startswith("'" + name) for cell in holding), (name, holding[:3])


def column(rows: list[list[str]], name: str) -> list[str]:
    return [row[rows[0].index(name)] for row in rows[1:]] if name in rows[0] else []


def test_the_cli_export_writes_the_hostile_file_names_inert(hostile_corpus, tmp_path):
    corpus = load_corpus(hostile_corpus, cache_dir=tmp_path / "cache")
    assert set(corpus.pages["page_id"]) == set(HOSTILE_NAMES)
    export_csv(select(corpus, Filters()), tmp_path / "out")
    assert_inert(column(read_back((tmp_path / "out" / "pages.csv").read_bytes()), "page_id"))
    terms = read_back((tmp_path / "out" / "terms.csv").read_bytes())
    assert_inert(column(terms, "article_id"))
    assert not any(cell.startswith(FORMULA_STARTS) for row in terms for cell in row)


# --- the dashboard ---------------------------------------------------------------


def open_page(page: str, corpus, cache, monkeypatch, params: dict | None = None) -> AppTest:
    monkeypatch.setenv("JIMO_CORPUS", str(corpus))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(page_script(page)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("page, column_label", [("timeline", "版面"), ("reader", "文章编号")], ids=["timeline", "reader"])
def test_a_dashboard_download_writes_the_hostile_file_names_inert(
    page, column_label, hostile_corpus, tmp_path, monkeypatch, deferred_downloads
):
    open_page(page, hostile_corpus, tmp_path / "cache", monkeypatch)
    csv_files = [make for name, make in deferred_downloads.items() if name.endswith(".csv")]  # xlsx: tests/test_exports.py
    assert_inert([cell for make in csv_files for cell in column(read_back(make()), column_label)])


# --- charts ----------------------------------------------------------------------

LINK = '<a href="http://x">x</a>'


def test_chart_data_escapes_every_text_label_and_keeps_the_rest():
    frame = pd.DataFrame(
        {
            "term": [LINK, "<b>粗</b>", "A&B", "孙杰"],
            "office": pd.Categorical(["<br>", "区长", "区长", "区长"]),
            "count": [1, 2, 3, 4],
        }
    )
    safe = chart_data(frame)
    assert safe["term"].tolist() == ['&lt;a href="http://x"&gt;x&lt;/a&gt;', "&lt;b&gt;粗&lt;/b&gt;", "A&amp;B", "孙杰"]
    assert safe["office"].tolist() == ["&lt;br&gt;", "区长", "区长", "区长"]
    assert safe["count"].tolist() == [1, 2, 3, 4]
    assert [html.unescape(label) for label in safe["term"]] == frame["term"].tolist()  # what a click reads back


def test_every_chart_of_the_dashboard_is_drawn_through_figure():
    """A page that called plotly express itself would draw unescaped labels."""
    views = REPO / "jimo_data" / "views"
    direct = [
        f"{path.name}:{node.lineno}"
        for path in sorted(views.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) in ("px", "go")
    ]
    assert direct == [], direct


def test_no_tag_reaches_a_legend_a_tick_label_or_hover_text():
    frame = pd.DataFrame({"who": [LINK, "<b>b</b>"], "office": ["<i>i</i>", "区长"], "n": [1, 2]})
    fig = figure(px.bar, frame, x="who", y="n", color="office", hover_data=["office"])
    shown = json.dumps([(trace.name, list(trace.x), trace.hovertemplate) for trace in fig.data])
    assert "<a" not in shown and "<b>" not in shown and "<i>" not in shown
    assert "&lt;a href" in shown


def test_a_link_in_the_terms_parameter_is_no_link_in_the_trend_legend(monkeypatch, session_cache):
    at = open_page("keywords", SEEDS, session_cache, monkeypatch, {"terms": LINK + ",项目"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [trace.get("name", "") for trace in spec["data"]]
    assert '&lt;a href="http://x"&gt;x&lt;/a&gt;' in names
    assert "<a" not in json.dumps(spec["data"])


# --- highlighting ----------------------------------------------------------------


def hit(escaped: str) -> str:
    """The Markdown of a marked hit whose text, escaped, is `escaped`."""
    return f':color[{escaped}]{{foreground="{HIGHLIGHT_COLOUR}"}}'


HIGHLIGHTS = [
    # (text, words, Markdown, why)
    ("孙杰书记", ["孙杰"], f"{hit('孙杰')}书记", "a hit"),
    ("重点项目和项目", ["项目", "重点项目"], f"{hit('重点项目')}和{hit('项目')}", "the longest word at a place wins"),
    ("abc", ["bc", "ab"], f"{hit('ab')}c", "hits do not overlap: the one that starts first is marked"),
    ("color foreground", ["color", "foreground"], f"{hit('color')} {hit('foreground')}", "words of the markup only match the text"),
    ("项目color", ["项目", "color"], f"{hit('项目')}{hit('color')}", "a word that is in the markup"),
    ("a[b]c", ["["], "a" + hit("\\[") + "b\\]c", "a bracket is escaped inside and outside a hit"),
    ("时间:10", [":"], "时间" + hit("\\:") + "10", "a colon cannot start a directive"),
    ("a\\b", ["\\"], "a" + hit("\\\\") + "b", "a backslash"),
    ("**粗** <b>", [], "\\*\\*粗\\*\\* \\<b\\>", "no words: the text escaped"),
    ("项目", ["", "项目", "项目"], hit("项目"), "empty and repeated words"),
    ("项目", ["签约"], "项目", "no hit"),
]


@pytest.mark.parametrize("text, words, markdown, why", HIGHLIGHTS, ids=[why for *_, why in HIGHLIGHTS])
def test_highlight(text, words, markdown, why):
    assert highlight(text, words) == markdown


# --- the reader ------------------------------------------------------------------


def page_text_shown(at: AppTest) -> list[str]:
    return [element.value for element in at.text]


def test_the_page_text_is_sent_only_when_asked_for(monkeypatch, session_cache):
    at = open_page("reader", SEEDS, session_cache, monkeypatch, {"article": SEED_PAGE + "#4"})
    assert page_text_shown(at) == []
    at.toggle[0].set_value(True).run()
    assert [text.strip() for text in page_text_shown(at)] == [(SEEDS / SEED_PAGE).read_text("utf-8").strip()]


@pytest.fixture(scope="module")
def huge_corpus(tmp_path_factory):
    """A page longer than the reader shows, with one article that holds most of it."""
    folder = tmp_path_factory.mktemp("huge") / "corpus"
    folder.mkdir()
    page = (SEEDS / SEED_PAGE).read_text("utf-8")
    first_body_line = "2月24日,全区重点项目现场观摩会举行"
    assert first_body_line in page
    paragraphs = "\n".join(["今天的天气很好，大家都很高兴。" * 10] * (TEXT_LIMIT // 150 + 100))
    (folder / "huge.txt").write_text(page.replace(first_body_line, paragraphs + "\n" + first_body_line), "utf-8")
    return folder


def test_a_huge_article_and_page_are_cut_with_a_message_naming_the_file(huge_corpus, monkeypatch, tmp_path):
    """The parser reads at most the first 200,000 characters of a page, so no article
    body passes the reader's default limit: a lower limit stands in for it here."""
    limit = 100_000
    monkeypatch.setattr("jimo_data.views.widgets.TEXT_LIMIT", limit)
    corpus = load_corpus(huge_corpus, cache_dir=tmp_path / "cache")
    huge = corpus.articles.loc[corpus.articles["n_chars"].idxmax()]
    assert huge["n_chars"] > limit and len(corpus.page_text("huge.txt")) > limit
    at = open_page("reader", huge_corpus, tmp_path / "cache", monkeypatch, {"article": huge["article_id"]})
    assert 0.99 * limit < sum(len(element.value) for element in at.markdown) <= limit  # paragraphs, without their line ends

    def cut_messages():
        return [element.value for element in at.info if f"{limit:,}" in element.value]

    assert len(cut_messages()) == 1 and md_escape(str(huge_corpus / "huge.txt")) in cut_messages()[0]
    at.toggle[0].set_value(True).run()
    assert page_text_shown(at) == [corpus.page_text("huge.txt")[:limit].strip()]
    assert len(cut_messages()) == 2
