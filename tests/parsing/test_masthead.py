"""Page furniture (jimo_data/parsing/masthead.py): which lines are not content, and what they say."""

from __future__ import annotations

import pytest

from jimo_data.parsing.masthead import PageHeader, read_header

MASTHEAD_DATE = "2026年4月3日 农历二月十六 星期五 第3409期"
FILLER = " 本报地址即墨区蓝鳌路一二三号邮编二六六二零零电话八八五一二三四五六七八九"


def header(text: str) -> PageHeader:
    return read_header(text.split("\n"))


def padded(line: str, length: int) -> str:
    """`line` continued with masthead small print to exactly `length` characters."""
    out = (line + FILLER)[:length]
    assert len(out) == length and not out.endswith(" ")
    return out


# --- single lines: furniture or content ------------------------------------

FURNITURE_LINE = [
    # (line, is furniture, reason)
    ("新即墨", True, "publication name"),
    (" 青岛日报 ", True, "publication name with spaces around"),
    ("新即墨报", False, "the whole line must be a publication name"),
    ("即墨区人民政府 主办", True, "publisher line"),
    ("主办单位：即墨区人民政府", True, ""),
    ("即墨融媒体中心编辑出版", True, ""),
    ("青岛日报社出版发行", True, ""),
    ("中共青岛即墨区委", True, "the party committee alone on a line"),
    ("中共青岛即墨区委员会", True, ""),
    ("中共即墨区委宣传部", False, "a department is not the publisher: the line must end at 委/委员会"),
    ("国内统一连续出版物号 CN37-0001", True, ""),
    ("邮发代号23-45", True, ""),
    ("CN 37-0001", True, ""),
    (padded("即墨区人民政府 主办", 40), True, "publisher line of 40 characters"),
    (padded("即墨区人民政府 主办", 41), False, "41 characters is a sentence that mentions a publisher"),
    (MASTHEAD_DATE, True, "masthead date line"),
    ("2026年4月3日 星期五", True, "a weekday makes it a masthead date"),
    ("2026年4月3日 农历二月十六", True, "a lunar date makes it a masthead date"),
    ("2026年4月3日 第3409期", True, "an issue number makes it a masthead date"),
    ("2026年4月3日召开全区安全生产工作会议。", False, "a date alone is body text"),
    (padded(MASTHEAD_DATE, 40), True, "masthead date line of 40 characters"),
    (padded(MASTHEAD_DATE, 41), False, "41 characters is body text"),
    ("01版:要闻", True, "e-paper page navigation"),
    ("第01版：要闻", True, ""),
    ("1版：" + "一二三四五六七八九十一二", True, "a section name of 12 characters"),
    ("1版：" + "一二三四五六七八九十一二三", False, "13 characters is not a section name"),
    ("前一版 下一版 2025年05月12日", True, "navigation words"),
    ("返回目录", True, ""),
    ("版面导航", True, ""),
    ("上一期", True, ""),
    ("下一期将继续关注项目进展。", False, "a navigation word must stand alone"),
    ("新即墨2025年05月12日01版面", True, "publication + date + page"),
    ("2025年05月12日第1版", True, "date + page"),
    ("青岛日报2025年05月12日", True, "publication + date"),
    ("2025年05月12日", False, "a date alone is not navigation"),
    ("新即墨2025年05月12日01版面刊发了本文", False, "navigation must be the whole line"),
    ("即墨召开全区安全生产工作会议", False, "a headline"),
]


@pytest.mark.parametrize("line, is_furniture, reason", FURNITURE_LINE)
def test_furniture_lines(line, is_furniture, reason):
    assert (0 in header(line).furniture) is is_furniture


# --- what furniture says about the page -------------------------------------


def fields(h: PageHeader) -> dict:
    return {
        "publication": h.publication,
        "date": h.date,
        "date_evidence": h.date_evidence,
        "issue_no": h.issue_no,
        "lunar_date": h.lunar_date,
        "weekday": h.weekday,
        "section": h.section,
        "page_no": h.page_no,
    }


NONE = fields(PageHeader())

HEADER_FIELDS = [
    # (text, fields other than the defaults, reason)
    (
        "新即墨\n中共青岛即墨区委\n即墨区人民政府 主办\n即墨融媒体中心编辑出版\n" + MASTHEAD_DATE,
        {
            "publication": "新即墨",
            "date": (2026, 4, 3),
            "date_evidence": MASTHEAD_DATE,
            "issue_no": 3409,
            "lunar_date": "农历二月十六",
            "weekday": "星期五",
        },
        "the masthead of the district paper",
    ),
    ("2026年4月3日 星期五", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 星期五", "weekday": "星期五"}, ""),
    ("2026年4月3日 农历二月十六", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 农历二月十六", "lunar_date": "农历二月十六"}, ""),
    ("2026年4月3日 第3409期", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 第3409期", "issue_no": 3409}, ""),
    ("01版:要闻", {"page_no": 1, "section": "要闻"}, ""),
    ("前一版 下一版 2025年05月12日", {"date": (2025, 5, 12), "date_evidence": "前一版 下一版 2025年05月12日"}, ""),
    (
        "新即墨2025年05月12日01版面",
        {"publication": "新即墨", "date": (2025, 5, 12), "date_evidence": "新即墨2025年05月12日01版面", "page_no": 1},
        "",
    ),
    (
        "青岛日报 2025年05月12日 第3版",
        {"publication": "青岛日报", "date": (2025, 5, 12), "date_evidence": "青岛日报 2025年05月12日 第3版", "page_no": 3},
        "spaces inside navigation are ignored",
    ),
]


@pytest.mark.parametrize("text, expected, reason", HEADER_FIELDS)
def test_what_furniture_says_about_the_page(text, expected, reason):
    assert fields(header(text)) == {**NONE, **expected}


FIRST_VALUE_WINS = [
    # (text, field, value, reason)
    ("青岛日报\n新即墨", "publication", "青岛日报", ""),
    ("青岛日报\n新即墨2025年05月12日01版面", "publication", "青岛日报", "a navigation line does not replace the masthead"),
    ("2026年4月3日 星期五\n2026年4月4日 星期六", "date", (2026, 4, 3), ""),
    ("2026年4月3日 星期五\n2026年4月4日 星期六", "weekday", "星期五", ""),
    ("2026年4月3日 农历二月十六\n2026年4月4日 农历二月十七", "lunar_date", "农历二月十六", ""),
    ("2026年4月3日 第3409期\n2026年4月4日 第3410期", "issue_no", 3409, ""),
    ("2026年4月3日 星期五\n新即墨2025年05月12日01版面", "date", (2026, 4, 3), "the masthead date line before navigation"),
    ("2026年4月3日 星期五\n新即墨2025年05月12日01版面", "date_evidence", "2026年4月3日 星期五", ""),
    ("新即墨2025年05月12日01版面\n新即墨2025年05月13日02版面", "date", (2025, 5, 12), ""),
    ("新即墨2025年05月12日01版面\n新即墨2025年05月13日02版面", "page_no", 1, ""),
    ("01版:要闻\n02版:综合", "section", "要闻", ""),
    ("01版:要闻\n02版:综合", "page_no", 1, ""),
    ("01版:要闻\n今日即墨\nJIN RI JI MO", "section", "要闻", "navigation before a section header"),
    ("今日即墨\nJIN RI JI MO\n专题报道\nZHUAN TI", "section", "今日即墨", ""),
]


@pytest.mark.parametrize("text, field, value, reason", FIRST_VALUE_WINS)
def test_the_first_value_found_wins(text, field, value, reason):
    assert fields(header(text))[field] == value


# --- section headers: a pinyin line under the section name ------------------

SECTION_HEADERS = [
    # (text, section, furniture, reason)
    ("今日即墨\nJIN RI JI MO", "今日即墨", {0, 1}, ""),
    ("今日即墨\n\nJIN RI JI MO", "今日即墨", {0, 2}, "blank lines between are skipped"),
    ("即墨新闻特别报道\nJI MO XIN WEN", "即墨新闻特别报道", {0, 1}, "a section name of 8 characters"),
    ("即墨新闻特别报道栏\nJI MO XIN WEN", "", {1}, "9 characters is not a section name; the pinyin line is still furniture"),
    ("JIN RI JI MO", "", {0}, "no line above"),
    ("今日即墨\nJIMO", "今日即墨", {0, 1}, "four capitals are a pinyin line"),
    ("今日即墨\nOPC", "", set(), "three capitals are not"),
    ("今日即墨\nJin Ri Ji Mo", "", set(), "capitals only"),
]


@pytest.mark.parametrize("text, section, furniture, reason", SECTION_HEADERS)
def test_pinyin_section_header_takes_the_short_line_above_as_section(text, section, furniture, reason):
    got = header(text)
    assert (got.section, got.furniture) == (section, furniture)


# --- slogans: runs of very short Han lines ----------------------------------

SLOGANS = [
    # (text, furniture, reason)
    ("勇于创一流\n争当排头兵\n奋力走在前", {0, 1, 2}, ""),
    ("勇于创一流\n争当排头兵", {0, 1}, "a run of two lines"),
    ("勇于创一流", set(), "one short line is not a slogan (it may be a headline)"),
    ("勇于创一流\n\n争当排头兵", set(), "a blank line breaks the run"),
    ("担当\n实干", {0, 1}, "two Han characters per line"),
    ("勇\n争当排头兵", set(), "one character is not a slogan line"),
    ("勇于创新争当排头\n奋力走在前列", {0, 1}, "eight Han characters"),
    ("奋力开创发展新局面\n勇于创新争当排头", set(), "nine characters break the run"),
    ("勇于创一流。\n争当排头兵", set(), "Han characters only: no punctuation"),
    ("  勇于创一流\n争当排头兵  ", {0, 1}, "spaces around a line are ignored"),
    ("会议召开。\n勇于创一流\n争当排头兵", {1, 2}, "a run that ends the page counts"),
]


@pytest.mark.parametrize("text, furniture, reason", SLOGANS)
def test_slogans_are_runs_of_two_or_more_short_han_lines(text, furniture, reason):
    assert header(text).furniture == furniture
