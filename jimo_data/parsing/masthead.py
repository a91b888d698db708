"""Page furniture: masthead, publisher lines, e-paper navigation, section headers, slogans.

None of these lines is an article. What they say about the page (publication, date,
issue number, lunar date, weekday, section, page number) is collected in `PageHeader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import HAN, fold_punct

PUBLICATIONS = ("新即墨", "青岛日报", "青岛晚报", "青岛早报", "大众日报")

_MASTHEAD_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?P<lunar>农历\S+)?\s*(?P<weekday>星期[一二三四五六日天])?\s*(?:第\s*(?P<issue>\d+)\s*期)?"
)
_NAV_DATE = re.compile(
    r"(?P<pub>" + "|".join(PUBLICATIONS) + r")?\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:第?(?P<page>\d{1,2})版面?)?"
)
_NAV_SECTION = re.compile(r"^\s*第?(?P<page>\d{1,2})版\s*[：:]\s*(?P<section>\S{1,12})\s*$")
_NAV_WORDS = re.compile(r"^\s*(?:前一版|上一版|下一版|后一版|返回目录|版面导航|本版新闻|上一期|下一期)(?:\s|$)")
_PUBLISHER = re.compile(r"(?:主办|编辑出版|出版发行|^中共[\u4e00-\u9fff]{2,12}委员?会?$|国内统一连续出版物号|邮发代号|CN\s*37)")
_PINYIN_HEADER = re.compile(r"^[A-Z][A-Z ]{3,}$")
_SLOGAN_LINE = re.compile(f"^[{HAN}]{{2,8}}$")


@dataclass
class PageHeader:
    publication: str = ""
    date: tuple[int, int, int] | None = None
    date_evidence: str = ""
    issue_no: int | None = None
    lunar_date: str = ""
    weekday: str = ""
    section: str = ""
    page_no: int | None = None
    furniture: set[int] = field(default_factory=set)  # indices of lines that are not content


def read_header(lines: list[str]) -> PageHeader:
    """Find every furniture line and what it says about the page.

    Furniture: a line that is a publication name; a publisher line (主办, 编辑出版,
    出版发行, 中共…委 alone on the line, 国内统一连续出版物号, 邮发代号, CN 37) of at most
    40 characters; a masthead date line of at most 40 characters with a lunar date, a
    weekday or an issue number besides the date; e-paper navigation: `01版:要闻` (a
    section name of at most 12 characters), a line opening with a navigation word that
    stands alone (`前一版 下一版 …`), a whole line of date with publication or page; a
    pinyin section header (four or more capitals and spaces) and the previous non-blank
    line when it has at most 8 characters, which is the section; slogans
    (`_slogan_lines`). For every field of the header the first value found wins.
    """
    header = PageHeader()
    for i, raw in enumerate(lines):
        line = fold_punct(raw.strip())
        if not line:
            continue
        if line in PUBLICATIONS:
            header.publication = header.publication or line
            header.furniture.add(i)
        elif _PUBLISHER.search(line) and len(line) <= 40:
            header.furniture.add(i)
        elif _is_masthead_date(line):
            _read_masthead_date(header, line)
            header.furniture.add(i)
        elif _NAV_SECTION.match(line):
            match = _NAV_SECTION.match(line)
            header.page_no = header.page_no or int(match["page"])
            header.section = header.section or match["section"]
            header.furniture.add(i)
        elif _is_nav_line(line):
            _read_nav_line(header, line)
            header.furniture.add(i)
        elif _PINYIN_HEADER.match(line):
            header.furniture.add(i)
            previous = _previous_nonblank(lines, i)
            if previous is not None and len(lines[previous].strip()) <= 8:
                header.section = header.section or lines[previous].strip()
                header.furniture.add(previous)
    header.furniture |= _slogan_lines(lines)
    return header


def _is_masthead_date(line: str) -> bool:
    match = _MASTHEAD_DATE.search(line)
    return bool(match) and len(line) <= 40 and bool(match["lunar"] or match["weekday"] or match["issue"])


def _read_masthead_date(header: PageHeader, line: str) -> None:
    match = _MASTHEAD_DATE.search(line)
    if header.date is None:
        header.date = (int(match["y"]), int(match["m"]), int(match["d"]))
        header.date_evidence = line
    header.lunar_date = header.lunar_date or (match["lunar"] or "")
    header.weekday = header.weekday or (match["weekday"] or "")
    if match["issue"] and header.issue_no is None:
        header.issue_no = int(match["issue"])


def _is_nav_line(line: str) -> bool:
    """E-paper navigation: `前一版 下一版 2025年05月12日`, `新即墨2025年05月12日01版面`."""
    if _NAV_WORDS.match(line):
        return True
    match = _NAV_DATE.fullmatch(line.replace(" ", ""))
    return bool(match) and bool(match["pub"] or match["page"])


def _read_nav_line(header: PageHeader, line: str) -> None:
    match = _NAV_DATE.search(line.replace(" ", ""))
    if not match:
        return
    if match["pub"]:
        header.publication = header.publication or match["pub"]
    if match["page"]:
        header.page_no = header.page_no or int(match["page"])
    if header.date is None:
        header.date = (int(match["y"]), int(match["m"]), int(match["d"]))
        header.date_evidence = line


def _previous_nonblank(lines: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


def _slogan_lines(lines: list[str]) -> set[int]:
    """Runs of two or more very short lines with no blank line between: `勇于创一流/争当排头兵`.

    A slogan line is 2 to 8 Han characters and nothing else (spaces around it ignored);
    one such line alone is not a slogan, it may be a headline."""
    found: set[int] = set()
    run: list[int] = []
    for i, raw in enumerate(lines + [""]):
        if _SLOGAN_LINE.match(raw.strip()):
            run.append(i)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    return found
