"""The date of a page: from its masthead, its dateline, or inferred from its text.

In this order: the masthead date (an impossible one such as 2月30日 is ignored), the
dateline, an inferred date, else unknown. A year is never invented. Datelines
(`_DATELINES`; the first one on the page counts):

- `本报2月4日讯`, anywhere;
- at the start of a paragraph, an outlet or place of at most 12 Han characters (two
  joined by / or ·: `青岛日报/观海新闻`), or none, then the date and 讯 or 电:
  `早报5月6日讯`, `即墨融媒5月6日讯`, `新华社北京5月6日电` (电 not followed by a Han
  character, so `5月6日电话会议` is no dateline);
- at the start of a paragraph, an outlet (`本报`) and 讯, an optional parenthesised
  byline, then a date lead (the date, optionally 上午/下午/晚上/晚, then a comma):
  `本报讯 5月6日，`, `本报讯（记者 李明）5月6日上午，`; `本报讯 5月6日起，` is no lead.

A dateline without a printed year takes its year from the page's own text (the year it
mentions most, latest on a tie, or the first year of a five-year plan it opens,
十五五 -> 2026); a page without masthead or dateline takes the latest full date it
reports (a later part of a year, `2019年下半年`, `2022年四季度`, as its first day), else its
latest month-day in the page's year. Teaser blocks (lists of other
articles under 相关新闻 and the like, `masthead.teaser_lines`) are not the page's text:
datelines, years and inferred dates are read without them. Impossible dates are skipped
wherever they are found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from .masthead import teaser_lines
from .text import CHINESE_DIGITS, HAN, simplified

MASTHEAD, DATELINE, INFERRED, UNKNOWN = "masthead", "dateline", "inferred", "unknown"

_MONTH_DAY_OF = r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"  # a dateline's date, the year optional
_OUTLET = rf"(?:[{HAN}]{{1,12}}[/·])?[{HAN}]{{1,12}}"  # 早报, 新华社北京, 青岛日报/观海新闻
_PARAGRAPH_START = r"(?m)^[^\S\n]*"
_DATELINES = (
    re.compile(r"本报" + _MONTH_DAY_OF + "讯"),
    re.compile(_PARAGRAPH_START + rf"(?:{_OUTLET}[^\S\n]?)?" + _MONTH_DAY_OF + rf"(?:讯|电(?![{HAN}]))"),
    re.compile(
        _PARAGRAPH_START + _OUTLET + r"讯[^\S\n]*(?:[（(][^（）()\n]{1,40}[）)])?[^\S\n]*" + _MONTH_DAY_OF + "(?:上午|下午|晚上|晚)?[，,]"
    ),
)
# A date, and the later days of its month listed after it (`7月28日、29日`, `7月28日至30日`, and with
# one 日 for all: `10月18、19日`): the page reports the last.
_LATER_DAYS = r"(?:[、至到\-—－~～](?P<last>\d{1,2})日)*"
_DAY = r"(?P<d>\d{1,2})(?:日|(?=[、至到\-—－~～]\d{1,2}日))"
_FULL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月" + _DAY + _LATER_DAYS)
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月" + _DAY + _LATER_DAYS)
# A year mentioned: 19xx or 20xx, not inside a longer number, followed by 年 or a Han
# character (`2023中国品牌日`) that is no numeral or unit of an amount (`投资2000万元`,
# `2000余人`, `2024亩`).
_AMOUNT_UNIT = "[万亿千百元余多个人户家吨亩米台辆件名次项份只头套间处座条张位株斤]|平方|公里|公顷|公斤"  # not 平 alone: 2021平度市
_YEAR = re.compile(f"(?<!\\d)(?P<y>(?:19|20)\\d{{2}})(?:年|(?=[\u4e00-\u9fff])(?!{_AMOUNT_UNIT}))")
_PERIOD = re.compile(r"十([一二三四五六七八九])五")
# A year the page says is over (`刚刚过去的2024年`): the page speaks from the next.
_PAST_YEAR = re.compile(r"(?:刚刚过去的|过去的)(?P<y>(?:19|20)\d{2})年")
# A year of a plan or a target (`预计2027年底建成`, `到2030年`): not the page's year.
_FUTURE_YEAR = re.compile(r"(?:预计|计划|力争|争取|将于|将在|到|(?<!截)至|目标)(?:19|20)\d{2}年")  # 截至: as of, a past
# …or a deadline after it (`2024年底前将全面达产`, `2023年底陆续投产`).
_DEADLINE_YEAR = re.compile(r"(?:19|20)\d{2}年(?=(?:底|末)?前?(?:将|陆续))")
# A year something began in (`自2007年10月以来`, `从2019年起`, `自2016年1月1日开工以来`): the
# page speaks from later.
# Not `2024年以来` alone, which a page of 2024 writes of its own year so far.
# …or the year that names a games or an expo, planned years ahead (`2022年冬奥会`, `2010年世博会`).
_EVENT_YEAR = re.compile(
    r"(?:19|20)\d{2}年?(?=(?:北京|杭州|上海|广州|成都)?(?:冬奥会|奥运会|残奥会|冬残奥会|亚运会|亚残运会|全运会|大运会|世博会|世园会))"
)
_SINCE_YEAR = re.compile(r"(?<=[自从])(?:19|20)\d{2}年(?=[^，。；]{0,12}?(?:以[来來]|起))|(?:19|20)\d{2}年(?=\d{1,2}月份?(?:以[来來]|起))")


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
    text = simplified(_without_teasers(text))  # 訊 is 讯
    dateline = _first_dateline(text)
    if dateline:
        found = _from_dateline(text, dateline)
        if found:
            return found
    return _inferred(text)


def _without_teasers(text: str) -> str:
    lines = text.split("\n")
    teasers = teaser_lines(lines)
    return "\n".join(line for i, line in enumerate(lines) if i not in teasers)


def _first_dateline(text: str) -> re.Match | None:
    found = [match for pattern in _DATELINES if (match := pattern.search(text))]
    return min(found, key=lambda match: match.start(), default=None)


def _from_dateline(text: str, match: re.Match) -> PageDate | None:
    month, day = int(match["m"]), int(match["d"])
    if match["y"]:
        year, why = int(match["y"]), ""
    else:
        year, why = page_year(text)
    if year is None:
        return None
    date = _make_date(year, month, day)
    words = match.group(0).strip().rstrip("，,")
    return PageDate(date, DATELINE, words + (f"; {why}" if why else "")) if date else None


def page_year(text: str) -> tuple[int | None, str]:
    """The year a page speaks from: the year after one it says is over (刚刚过去的2024年
    -> 2025), else the year it mentions most (latest on a tie), not counting the years
    of plans, targets and deadlines (预计2027年, 到2030年, 2024年底前将), of a beginning
    (自2007年10月以来) or of a games (2022年冬奥会), else the opening year of a five-year plan it says is beginning
    (十五五 开局 -> 2026)."""
    past = _PAST_YEAR.search(text)
    if past:
        return int(past["y"]) + 1, past.group(0)
    not_now = {m.end() for pattern in (_FUTURE_YEAR, _DEADLINE_YEAR, _SINCE_YEAR) for m in pattern.finditer(text)}
    games = {m.end() for m in _EVENT_YEAR.finditer(text)}  # a games' year: the page's only when it gives no other
    mentioned = [m for m in _YEAR.finditer(text) if m.end() not in not_now]
    years = Counter(int(m["y"]) for m in mentioned if m.end() not in games) or Counter(int(m["y"]) for m in mentioned)
    if years:
        year, count = max(years.items(), key=lambda item: (item[1], item[0]))
        return year, f"{year}年 ×{count}"  # the evidence in no language: the interface has two
    period = _PERIOD.search(text)
    if period and re.search(r"开局|开好局|起步之年|开局之年", text):
        plan = 10 + CHINESE_DIGITS.index(period.group(1)) + 1  # 十五五 -> the 15th plan
        first_year = 1966 + 5 * (plan - 3)  # plans run in five-year steps since the 3rd (1966)
        return first_year, f"{period.group(0)} 开局"
    return None, ""


_INTO_MONTH = re.compile(r"进入(?P<m>\d{1,2})月")  # 进入4月: the page speaks from that month at least
# A later part of a year that something happened in (`佛山市2019年下半年重大项目集中开工`, `2022年四季度…
# 活动`): the page speaks from its first day at least. Not a plan or a deadline (`力争2019年下半年开工`,
# `计划于2019年下半年开工`, `2019年下半年将…`): a plan's word in the clause's few characters before it.
_PART_OF_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<part>下半年|第?三季度|第?四季度)(?!前|末|底|将|起)")
_PART_STARTS = {"下半年": 7, "三季度": 7, "四季度": 10}  # the month each begins in (第三季度 is 三季度)
_PLAN_BEFORE = re.compile(r"(?:预计|计划|力争|争取|将|要|确保|目标|到|(?<!截)至)[^，。；！？]{0,4}$")  # 截至: as of
PLAN_REACH = 8  # characters before the year read for a plan's word


def _parts_of_year(text: str) -> list[tuple[dt.date, str, int]]:
    """(first day, words, end) of each later part of a year the text says something happened in."""
    return [
        (dt.date(int(m["y"]), _PART_STARTS[m["part"].removeprefix("第")], 1), m.group(0), m.end())
        for m in _PART_OF_YEAR.finditer(text)
        if not _PLAN_BEFORE.search(text, max(0, m.start() - PLAN_REACH), m.start())
    ]


# A month of a year something was done in, no day given, a past's word after it (`2011年12月由自治区发改委核准`,
# `2011年12月已建成`); without one a month may be planned (`部署2011年12月份工作`, `2011年12月投入使用`).
_YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月份?(?=由|经|获|被|已|正式)")


def _months_reported(text: str, year: int) -> list[dt.date]:
    """The first days of the months of `year` the text reports something was done in."""
    return [month for m in _YEAR_MONTH.finditer(text) if int(m["y"]) == year and (month := _make_date(year, int(m["m"]), 1))]


# A day as a bound, before or after which something is or will be (`2011年12月25日之前的内容请点击`,
# `6月30日前完成`): nothing the page reports happened on it. Not 前往 (went to), 前后 (around) and the like.
_BOUND = re.compile("之前|以前|前(?![往来进行后])|之后|以后")


def _inferred(text: str) -> PageDate:
    """The latest date the page reports: the page cannot have been printed before it.
    `进入4月` (now in April) counts as the 1st of that month in the page's year, a part of
    a year something happened in (`2019年下半年`, `2022年四季度`) as its first day."""
    full = [
        (d, m.group(0), m.end())
        for m in _FULL_DATE.finditer(text)
        if not _BOUND.match(text, m.end()) and (d := _make_date(int(m["y"]), int(m["m"]), _last_day(m)))
    ]
    parts = _parts_of_year(text)
    if full:
        day, words, end = max(full + parts, key=lambda item: item[0])
        return PageDate(day, INFERRED, words + _words_after(text, end, 8))
    year, why = page_year(text)
    if year is None:
        return PageDate(None, UNKNOWN, "")
    partial = [
        (d, m.group(0), m.end())
        for m in _MONTH_DAY.finditer(text)
        if not _BOUND.match(text, m.end()) and (d := _make_date(year, int(m["m"]), _last_day(m)))
    ]
    partial += [(d, m.group(0), m.end()) for m in _INTO_MONTH.finditer(text) if (d := _make_date(year, int(m["m"]), 1))]
    partial += parts
    if not partial:
        return PageDate(None, UNKNOWN, "")
    day, words, end = max(partial, key=lambda item: item[0])
    if any(month > day for month in _months_reported(text, year)):
        return PageDate(None, UNKNOWN, "")  # `2011年12月由…核准` before `7月12日…开工`: the day is of a later year
    return PageDate(day, INFERRED, f"{words}{_words_after(text, end, 6)}; {why}")


def _last_day(date: re.Match) -> int:
    """The day of a date, or the last of the later days listed after it; a "later" day before it
    (`7月30日至1日`: the next month's) is no day of that month."""
    return max(int(date["d"]), int(date["last"] or 0))


def _words_after(text: str, end: int, reach: int) -> str:
    """Up to `reach` characters after a date, for its evidence; a number the edge cuts off
    is left out (`…，我市202` would read as a year), a whole one stays (`…，共12`)."""
    words = text[end : end + reach]
    return _NUMBER_AT_END.sub("", words) if text[end + reach : end + reach + 1].isdigit() else words


_NUMBER_AT_END = re.compile(r"[\d.]+$")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
