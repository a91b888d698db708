"""The date of a page: from its masthead, its dateline, or inferred from its text.

In this order: the masthead date (an impossible one such as 2月30日 is ignored), the
dateline, an inferred date, else unknown. A year is never invented. A dateline
`本报2月4日讯` takes its year from the page's own text (the year it mentions most,
latest on a tie, or the first year of a five-year plan it opens, 十五五 -> 2026); a page
without masthead or dateline takes the latest full date it reports, else its latest
month-day in the page's year. Impossible dates are skipped wherever they are found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

MASTHEAD, DATELINE, INFERRED, UNKNOWN = "masthead", "dateline", "inferred", "unknown"

_DATELINE = re.compile(r"本报(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日讯")
_FULL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# A year mentioned: 19xx or 20xx, not inside a longer number, followed by 年 or a Han
# character (`2023中国品牌日`).
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:年|(?=[\u4e00-\u9fff]))")
_PERIOD = re.compile(r"十([一二三四五六七八九])五")
_CN_DIGIT = "一二三四五六七八九"


@dataclass(frozen=True)
class PageDate:
    date: dt.date | None
    source: str  # masthead | dateline | inferred | unknown
    evidence: str = ""  # the words on the page the date rests on


def resolve_date(text: str, masthead: tuple[int, int, int] | None, masthead_evidence: str = "") -> PageDate:
    if masthead:
        day = _make_date(*masthead)
        if day:
            return PageDate(day, MASTHEAD, masthead_evidence)
    dateline = _DATELINE.search(text)
    if dateline:
        found = _from_dateline(text, dateline)
        if found:
            return found
    return _inferred(text)


def _from_dateline(text: str, match: re.Match) -> PageDate | None:
    month, day = int(match["m"]), int(match["d"])
    if match["y"]:
        year, why = int(match["y"]), ""
    else:
        year, why = page_year(text)
    if year is None:
        return None
    date = _make_date(year, month, day)
    return PageDate(date, DATELINE, match.group(0) + (f"; {why}" if why else "")) if date else None


def page_year(text: str) -> tuple[int | None, str]:
    """The year a page speaks from: the year it mentions most (latest on a tie),
    else the opening year of a five-year plan it says is beginning (十五五 开局 -> 2026)."""
    years = Counter(int(m["y"]) for m in _YEAR.finditer(text))
    if years:
        year, count = max(years.items(), key=lambda item: (item[1], item[0]))
        return year, f"{year}年 mentioned {count}×"
    period = _PERIOD.search(text)
    if period and re.search(r"开局|开好局|起步之年|开局之年", text):
        plan = 10 + _CN_DIGIT.index(period.group(1)) + 1  # 十五五 -> the 15th plan
        first_year = 1966 + 5 * (plan - 3)  # plans run in five-year steps since the 3rd (1966)
        return first_year, f"{period.group(0)} plan opening"
    return None, ""


def _inferred(text: str) -> PageDate:
    """The latest date the page reports: the page cannot have been printed before it."""
    full = [(d, m.group(0), m.end()) for m in _FULL_DATE.finditer(text) if (d := _make_date(int(m["y"]), int(m["m"]), int(m["d"])))]
    if full:
        day, words, end = max(full, key=lambda item: item[0])
        return PageDate(day, INFERRED, words + text[end : end + 8])
    year, why = page_year(text)
    if year is None:
        return PageDate(None, UNKNOWN, "")
    partial = [(d, m.group(0), m.end()) for m in _MONTH_DAY.finditer(text) if (d := _make_date(year, int(m["m"]), int(m["d"])))]
    if not partial:
        return PageDate(None, UNKNOWN, "")
    day, words, end = max(partial, key=lambda item: item[0])
    return PageDate(day, INFERRED, f"{words}{text[end : end + 6]}; {why}")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
