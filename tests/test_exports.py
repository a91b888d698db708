"""Exports that carry the text: the reader's downloads and `jimo export` in CSV, Excel and
JSON Lines, formula-like cells made inert, long texts in Excel, and download names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pandas as pd
import pytest
from paths import SEEDS
from streamlit.runtime.media_file_manager import MediaFileManager
from test_dashboard import frames, open_page

from jimo_data.analysis import reading_list
from jimo_data.cli import EXPORTS, main
from jimo_data.export import (
    ARTICLE_EXPORT_COLUMNS,
    FILE_NAME_BYTES,
    FORMULA_STARTS,
    XLSX_CELL_CHARS,
    XLSX_CUT_MARK,
    article_export,
    download_name,
    table_bytes,
)
from jimo_data.filters import Filters, parse_params, select

FORMATS = ("csv", "xlsx", "jsonl")
TEXT_COLUMNS = ["article_id", "publication", "page_id", "kind", "kicker", "headline", "subheadline", "bylines", "officials", "body"]


def read_back(data: bytes, fmt: str) -> pd.DataFrame:
    """A file as a program reads it, every text column as text ("" for an empty cell)."""
    if fmt == "csv":
        frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    elif fmt == "xlsx":
        frame = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
    else:
        frame = pd.DataFrame([json.loads(line) for line in data.decode("utf-8").split("\n") if line])
    return frame


def exported(corpus, params: dict) -> pd.DataFrame:
    """What the reader's download holds under `params`: its list, with the text."""
    selection = select(corpus, parse_params(params, corpus).filters)
    return article_export(corpus, reading_list(corpus, selection.listing))


# -- the reader's downloads ---------------------------------------------------------------
@pytest.fixture
def downloads(monkeypatch):
    """The download buttons drawn: file name -> the function a click runs."""
    made = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **args):
        made[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **args)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return made


@pytest.mark.parametrize(
    "params, name",
    [
        ({}, "jimo_articles_text_all"),
        ({"q": "项目"}, "jimo_articles_text_q-项目"),
        ({"official": "孙杰", "from": "2026-01-01"}, "jimo_articles_text_2026-01-01_to_end_孙杰"),
        # the list of one page says so; the article open does not change the list
        ({"page": "004_6220ff5f0f64df25.txt"}, "jimo_articles_text_all_page-004_6220ff5f0f64df25.txt"),
        ({"q": "项目", "article": "004_6220ff5f0f64df25.txt#4"}, "jimo_articles_text_q-项目"),
    ],
)
def test_the_readers_downloads_hold_its_list_with_the_whole_text(downloads, seeds_corpus, params, name):
    at = open_page("reader", params)
    listed = frames(at)[0]["文章编号"].tolist()
    assert listed
    bodies = seeds_corpus.articles.set_index("article_id")["body"]
    for fmt in FORMATS:
        rows = read_back(downloads[f"{name}.{fmt}"](), fmt)  # a click
        # CSV and Excel in the interface language, as every table's download; JSON Lines in the data model's names
        ids, body = ("article_id", "body") if fmt == "jsonl" else ("文章编号", "正文")
        assert rows[ids].tolist() == listed  # the same rows, in the same order
        assert rows[body].tolist() == bodies[listed].tolist()  # and the whole text
        assert set(rows["kind" if fmt == "jsonl" else "类型"]) <= ({"article", "caption"} if fmt == "jsonl" else {"文章", "图片说明"})
    assert [b.label for b in at.get("download_button")][1:4] == [f"全文 {f}（{len(listed)} 篇）" for f in ("CSV", "Excel", "JSON Lines")]


def test_the_download_buttons_speak_english_in_english(downloads):
    at = open_page("reader", {"q": "项目"}, lang="en")
    listed = len(frames(at)[0])
    labels = [b.label for b in at.get("download_button")][1:4]
    assert labels == [f"Articles with text: {f} ({listed})" for f in ("CSV", "Excel", "JSON Lines")]
    assert any("An Excel cell holds at most 32,767 characters" in c.value for c in at.caption)
    columns = read_back(downloads["jimo_articles_text_q-项目.csv"](), "csv").columns.tolist()
    assert columns[:4] == ["Article ID", "Date", "Publication", "Page"]  # …and so do the file's columns
    assert list(read_back(downloads["jimo_articles_text_q-项目.jsonl"](), "jsonl").columns) == list(ARTICLE_EXPORT_COLUMNS)


def test_the_export_carries_page_and_source(seeds_corpus):
    frame = exported(seeds_corpus, {"q": ["观摩"]}).set_index("article_id")
    row = frame.loc["004_6220ff5f0f64df25.txt#4"]
    assert (row["headline"], row["subheadline"]) == ("全区重点项目现场观摩会举行", "韩世军 孙杰等领导出席观摩会")
    assert (row["date"], row["publication"], row["page_id"]) == (pd.Timestamp("2023-02-25"), "新即墨", "004_6220ff5f0f64df25.txt")
    assert row["source"] == str(SEEDS / "004_6220ff5f0f64df25.txt")
    assert list(frame.columns) == list(ARTICLE_EXPORT_COLUMNS[1:])


@pytest.mark.parametrize(
    "article, bylines, officials",
    [
        # no word for the duty on the page (`(刘云睿 周程林)`): the role's word
        (
            "004_6220ff5f0f64df25.txt#4",
            "刘云睿（记者）、周程林（记者）",
            "韩世军（即墨区委书记）、孙杰（即墨区区长）、王宝善（即墨区人大常委会主任）、宋宗军（即墨区政协主席）",
        ),
        ("003_10918a961b3f8c53.txt#4", "王涛（记者，青岛日报/观海新闻）、梁之磊（通讯员）、兰玉乔（通讯员）", None),
        ("002_02c739f944b55ce5.txt#1", "薛华飞（记者，青报全媒体/观海新闻）", None),
        ("000_a890f07f6fb61a4e.txt#1", "", "孙杰（即墨区委书记）"),
    ],
)
def test_bylines_and_officials_are_named_with_duty_outlet_and_office(seeds_corpus, article, bylines, officials):
    row = exported(seeds_corpus, {}).set_index("article_id").loc[article]
    assert row["bylines"] == bylines
    if officials is not None:
        assert row["officials"] == officials


# -- formats ------------------------------------------------------------------------------
TRICKY = ["=1+1", "第一段\n第二段", '他说："好"，', "line\u2028separator", "#N/A", "", "末尾空格 "]


def tricky_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": TRICKY,
            "n": pd.array([1, -2, None, 4, 5, 6, 7], dtype="Int64"),
            "date": pd.to_datetime(["2026-04-03", None, "2023-01-31", "2026-04-03", "2026-04-03", "2026-04-03", "2026-04-03"]),
        }
    )


def test_csv_starts_with_the_bom_and_ends_rows_in_crlf():
    data = table_bytes(tricky_frame(), "csv")
    assert data.startswith(b"\xef\xbb\xbftext,n,date\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row[2] for row in rows[1:]] == ["2026-04-03", "", "2023-01-31", "2026-04-03", "2026-04-03", "2026-04-03", "2026-04-03"]


def test_json_lines_round_trip_exactly():
    data = table_bytes(tricky_frame(), "jsonl").decode("utf-8")
    assert len(data.splitlines()) == 7  # no text can break a row, not even U+2028
    rows = [json.loads(line) for line in data.splitlines()]
    assert [row["text"] for row in rows] == TRICKY  # not made inert: programs read it, not spreadsheets
    assert [row["n"] for row in rows] == [1, -2, None, 4, 5, 6, 7]
    assert [row["date"] for row in rows][:3] == ["2026-04-03", None, "2023-01-31"]


def test_xlsx_holds_texts_as_text_numbers_as_numbers_and_dates_as_dates():
    sheet = openpyxl.load_workbook(io.BytesIO(table_bytes(tricky_frame(), "xlsx"))).active
    rows = list(sheet.iter_rows(min_row=2))
    assert [row[0].value or "" for row in rows] == TRICKY
    assert {row[0].data_type for row in rows if row[0].value} == {"s"}  # `#N/A` is not an error, `=1+1` no formula
    assert [row[1].value for row in rows] == [1, -2, None, 4, 5, 6, 7]
    assert rows[0][2].value == dt.datetime(2026, 4, 3) and rows[0][2].number_format == "yyyy-mm-dd"
    assert rows[1][2].value is None


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_cell_that_starts_like_a_formula_is_inert_in_csv_and_xlsx(start):
    cell = f'{start}HYPERLINK("http://x")'
    frame = pd.DataFrame({f"{start}head": [cell], "minus": [-3]})
    text = table_bytes(frame, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [[f"'{start}head", "minus"], [f"'{cell}", "-3"]]  # the apostrophe: shown as text, numbers untouched
    sheet = openpyxl.load_workbook(io.BytesIO(table_bytes(frame, "xlsx"))).active
    for written, expected in ((sheet["A1"], f"{start}head"), (sheet["A2"], cell)):
        # exact, in a text cell (XML reads a carriage return as a line feed: still a line break)
        assert (written.value, written.data_type, written.quotePrefix) == (expected.replace("\r", "\n"), "s", True)
    assert sheet["B2"].value == -3


def test_a_text_longer_than_an_excel_cell_is_cut_with_a_note():
    long = "字" * (XLSX_CELL_CHARS + 10)
    frame = pd.DataFrame({"body": [long, "短"], "n": [1, 2]})
    back = read_back(table_bytes(frame, "xlsx"), "xlsx")
    assert len(back.loc[0, "body"]) == XLSX_CELL_CHARS and back.loc[0, "body"].endswith(XLSX_CUT_MARK)
    assert back.loc[0, "xlsx_note"].startswith(f"body: {XLSX_CELL_CHARS + 10:,} characters, cut to {XLSX_CELL_CHARS:,}")
    assert back.loc[1].tolist() == ["短", "2", ""]
    assert read_back(table_bytes(frame, "jsonl"), "jsonl").loc[0, "body"] == long  # the other formats keep it whole
    assert "xlsx_note" not in read_back(table_bytes(frame.iloc[1:], "xlsx"), "xlsx")  # no note column when nothing is cut


def test_characters_xml_cannot_carry_are_replaced_in_xlsx():
    back = read_back(table_bytes(pd.DataFrame({"text": ["a\x00b\x1bc\td"]}), "xlsx"), "xlsx")
    assert back.loc[0, "text"] == "a\ufffdb\ufffdc\td"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_real_articles_text_survives_each_format(real_corpus, fmt):
    frame = exported(real_corpus, {})
    back = read_back(table_bytes(frame, fmt), fmt)
    assert len(back) == len(frame) > 100
    for column in TEXT_COLUMNS:
        written = back[column].fillna("").tolist()
        expected = frame[column].tolist()
        if fmt == "csv":  # a formula-like start carries the apostrophe
            expected = ["'" + v if v.startswith(FORMULA_STARTS) else v for v in expected]
        assert written == expected, column


# -- the command line ---------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_exports_the_filtered_articles_with_text_in_each_format(tmp_path, seeds_corpus, session_cache, fmt, capsys):
    args = ["--cache-dir", str(session_cache), "export", str(SEEDS), "--out", str(tmp_path), "--q", "项目", "--format", fmt]
    assert main([*args, "--table", "articles_text", "--table", "pages"]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / f"pages.{fmt}"), str(tmp_path / f"articles_text.{fmt}")]
    rows = read_back((tmp_path / f"articles_text.{fmt}").read_bytes(), fmt)
    expected = exported(seeds_corpus, {"q": ["项目"]})
    assert rows["article_id"].tolist() == expected["article_id"].tolist()
    assert rows["body"].tolist() == expected["body"].tolist()


def test_cli_writes_every_table_by_default(tmp_path, session_cache, capsys):
    assert main(["--cache-dir", str(session_cache), "export", str(SEEDS), "--out", str(tmp_path), "--format", "jsonl"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{name}.jsonl" for name in EXPORTS)


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as stop:  # argparse's usage errors
        return stop.code


@pytest.mark.parametrize(
    "args, error",
    [
        (
            ["--format", "xls"],
            "jimo export: argument --format: invalid choice: 'xls' (choose from ",
        ),
        (["--table", "people"], "jimo export: argument --table: invalid choice: 'people' (choose from "),
        (["--q", "项目", "--official", "无此人"], "jimo: `official`: “无此人” is not in this corpus"),
    ],
)
def test_cli_export_errors_are_one_line(tmp_path, session_cache, capsys, args, error):
    assert run_cli("--cache-dir", str(session_cache), "export", str(SEEDS), "--out", str(tmp_path), *args) == 2
    message = capsys.readouterr().err
    assert message.startswith(error) and message.count("\n") == 1


def test_a_table_longer_than_an_excel_sheet_is_an_error_before_anything_is_written(tmp_path, session_cache, capsys, monkeypatch):
    monkeypatch.setattr("jimo_data.cli.XLSX_ROWS", 20)
    out = tmp_path / "out"
    assert run_cli("--cache-dir", str(session_cache), "export", str(SEEDS), "--out", str(out), "--format", "xlsx") == 2
    assert capsys.readouterr().err.startswith("jimo: articles: ")
    assert not out.exists()


# -- file names ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, filters, options, fmt, expected",
    [
        ("articles", Filters(), {}, "csv", "jimo_articles_all.csv"),
        ("articles_text", Filters(query="项目"), {}, "xlsx", "jimo_articles_text_q-项目.xlsx"),
        (
            "bylines",
            Filters(date_from=dt.date(2026, 1, 1)),
            {"role": ("reporter", "editor")},
            "csv",
            "jimo_bylines_2026-01-01_to_end_role-reporter_editor.csv",
        ),
        ("projects", Filters(officials=("孙杰",)), {"status": ("开工",)}, "jsonl", "jimo_projects_孙杰_status-开工.jsonl"),
        # options in a fixed order, whatever order the URL had them in
        ("trend", Filters(), {"per": ("issue",), "measure": ("per_10k",)}, "csv", "jimo_trend_all_measure-per_10k_per-issue.csv"),
        # an option with no value says nothing
        ("bylines", Filters(), {"role": ()}, "csv", "jimo_bylines_all.csv"),
        # a page id is made safe for a file name
        ("articles", Filters(), {"page": ("2026/04/a b.txt",)}, "csv", "jimo_articles_all_page-2026-04-a-b.txt.csv"),
        ("key_terms", Filters(byline="王涛", lang="en"), {"terms": ("孙杰,项目",)}, "csv", "jimo_key_terms_by-王涛_terms-孙杰-项目.csv"),
    ],
)
def test_a_download_name_says_every_filter_and_page_option(name, filters, options, fmt, expected):
    assert download_name(name, filters, options, fmt) == expected


def test_a_name_too_long_for_a_file_system_is_cut_and_still_tells_filters_apart():
    names = {download_name("articles", Filters(query="很长的检索词" * 30 + end), {"status": ("开工",)}, "xlsx") for end in "甲乙"}
    assert len(names) == 2
    for name in names:
        assert len(name.encode()) <= FILE_NAME_BYTES and name.startswith("jimo_articles_q-很长的检索词") and name.endswith(".xlsx")


@pytest.mark.parametrize(
    "page, params, expected",
    [
        ("projects", {"status": "开工"}, "jimo_projects_all_status-开工.csv"),
        ("bylines", {"role": ["reporter", "editor"], "from": "2026-01-01"}, "jimo_bylines_2026-01-01_to_end_role-reporter_editor.csv"),
        ("timeline", {"freq": "week"}, "jimo_issues_all_freq-week.csv"),
        ("timeline", {"freq": "fortnight"}, "jimo_issues_all.csv"),  # an unusable value is not what was shown
    ],
)
def test_the_dashboards_table_downloads_name_the_page_options(downloads, page, params, expected):
    open_page(page, params)
    assert expected in downloads
