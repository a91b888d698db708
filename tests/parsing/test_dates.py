"""The date of a page (jimo_data/parsing/dates.py): masthead > dateline > inferred > unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from jimo_data.parsing.dates import DATELINE, INFERRED, MASTHEAD, UNKNOWN, PageDate, page_year, resolve_date

PAGE_YEAR = [
    # (text, (year, why), reason)
    ("2025年工作。2024年会议。2025年目标", (2025, "2025年 ×2"), "the year mentioned most"),
    ("2025年工作。2025年目标。2026年展望", (2025, "2025年 ×2"), "most mentioned beats later"),
    ("2024年会议。2025年工作。", (2025, "2025年 ×1"), "a tie: the latest year"),
    ("2025年工作。2024年会议。", (2025, "2025年 ×1"), "a tie: the latest, whichever comes first"),
    ("2023中国品牌日活动", (2023, "2023年 ×1"), "a year directly before a Han word counts without 年"),
    ("1999年建成", (1999, "1999年 ×1"), ""),
    ("光绪年间建于1899年", (None, ""), "only 19xx and 20xx are years"),
    ("总投资12024万元", (None, ""), "no year inside a longer number"),
    ("收到第12024号文件", (None, ""), "…whatever follows it"),
    ("投资2000万元建设", (None, ""), "an amount before its unit is no year"),
    ("2000余人参加，2024亩土地", (None, ""), "…nor a count"),
    ("2021平度市春季项目开工", (2021, "2021年 ×1"), "平 alone is no unit (平方 is): a place may follow a year"),
    ("新建2000平方米厂房", (None, ""), "…平方 is"),
    ("奋力实现“十五五”良好开局", (2026, "十五五 开局"), "the 15th five-year plan opens in 2026"),
    ("“十四五”开局之年", (2021, "十四五 开局"), "the 14th opens in 2021"),
    ("确保“十三五”开好局", (2016, "十三五 开局"), ""),
    ("“十五五”起步之年", (2026, "十五五 开局"), ""),
    ("编制“十五五”规划", (None, ""), "a plan named without its opening gives no year"),
    ("2025年底前谋划“十五五”良好开局", (2025, "2025年 ×1"), "a year on the page wins over a plan"),
    ("3月5日，全区安全生产工作会议召开", (None, ""), "a month-day gives no year"),
    ("刚刚过去的2024年，2024年产值增长。", (2025, "刚刚过去的2024年"), "a year the page says is over: the page speaks from the next"),
    ("项目预计2027年建成。2025年开工。", (2025, "2025年 ×1"), "a plan's year is not the page's"),
    ("到2030年，2030年目标。2025年工作。", (2030, "2030年 ×1"), "only the year right after 到 is a target"),
    ("2023年底陆续投产，2024年底前将全面达产。", (None, ""), "deadlines are no page year"),
    ("截至2022年底，全区完成投资。", (2022, "2022年 ×1"), "a year-end reported is"),
    ("9月14日，自2007年10月以来全县累计投资。", (None, ""), "a year something began in is no page year (the page is later)"),
    ("从2019年起，全县每年举办。", (None, ""), "…从…起"),
    ("自2018年以来，全县累计投资。", (None, ""), "…自…以来"),
    ("2月5日，自2016年1月开工以来累计投资。", (None, ""), "…a beginning's month and event between them"),
    ("自2016年1月開工以來，累计投资。", (None, ""), "…以來 in traditional characters"),
    ("2019年10月以来，全县累计投资。", (None, ""), "…a year and month before 以来, without 自"),
    ("自2016年，全县累计投资，以来", (2016, "2016年 ×1"), "…within one clause"),
    ("2024年以来，全区完成投资。", (2024, "2024年 ×1"), "…but a year alone before 以来: a page's own year so far"),
    ("2018年该市共安排重点项目，包括2022年冬奥会基础设施建设项目。", (2018, "2018年 ×1"), "a games' year names it: no page year"),
    ("2010上海世博会场馆，2009年开工。", (2009, "2009年 ×1"), "…without 年, its city before it"),
    ("2022年全市运动会开幕", (2022, "2022年 ×1"), "…but a local meeting's year is the page's"),
    ("北京2022年冬奥会开幕。", (2022, "2022年 ×1"), "…and a games' year is the page's when it gives no other (a review's find)"),
    ("", (None, ""), ""),
]


@pytest.mark.parametrize("text, expected, reason", PAGE_YEAR)
def test_page_year(text, expected, reason):
    assert page_year(text) == expected


def test_a_traditional_dateline_dates_the_page():
    got = resolve_date("本報5月6日訊 2024年全區會議召開。", None)
    assert (got.date, got.source) == (dt.date(2024, 5, 6), DATELINE)


def test_into_a_month_dates_the_page_to_that_month_at_least():
    got = resolve_date("2021年全市项目3月3日开工。进入4月，工地一派繁忙。", None)
    assert (got.date, got.source) == (dt.date(2021, 4, 1), INFERRED)


RESOLVED = [
    # (text, masthead date, masthead words, (date, source, evidence), reason)
    (
        "本报2月4日讯 2024年",
        (2026, 4, 3),
        "2026年4月3日 星期五",
        ("2026-04-03", MASTHEAD, "2026年4月3日 星期五"),
        "the masthead beats a dateline",
    ),
    (
        "本报2月4日讯 2024年",
        (2026, 2, 30),
        "2026年2月30日 星期五",
        ("2024-02-04", DATELINE, "本报2月4日讯; 2024年 ×1"),
        "an impossible masthead date is ignored",
    ),
    (
        "本报2月4日讯 4日下午，全市动员大会召开，奋力实现“十五五”良好开局。",
        None,
        "",
        ("2026-02-04", DATELINE, "本报2月4日讯; 十五五 开局"),
        "dateline year from the plan the page opens",
    ),
    ("本报2月4日讯 “十四五”开局之年", None, "", ("2021-02-04", DATELINE, "本报2月4日讯; 十四五 开局"), ""),
    (
        "本报2025年2月4日讯 2024年工作回顾",
        None,
        "",
        ("2025-02-04", DATELINE, "本报2025年2月4日讯"),
        "a printed year wins over the page's years",
    ),
    (
        "2025年12月31日前完成。本报2月4日讯 2026年",
        None,
        "",
        ("2026-02-04", DATELINE, "本报2月4日讯; 2026年 ×1"),
        "a dateline beats a full date; the year tie goes to the latest",
    ),
    ("本报2月4日讯 全区安全生产工作会议召开", None, "", (None, UNKNOWN, ""), "a year is never invented"),
    ("本报2月30日讯 2024年3月1日召开", None, "", ("2024-03-01", INFERRED, "2024年3月1日召开"), "an impossible dateline is ignored"),
    (
        "2023年1月5日开会，2023年3月20日启动正式签约仪式。此后",
        None,
        "",
        ("2023-03-20", INFERRED, "2023年3月20日启动正式签约仪式"),
        "the latest full date with the 8 characters after it",
    ),
    (
        "2023年3月20日启动正式签约仪式，2023年1月5日开会",
        None,
        "",
        ("2023-03-20", INFERRED, "2023年3月20日启动正式签约仪式"),
        "latest by date, not by position",
    ),
    ("2023年2月30日，2023年1月5日开会", None, "", ("2023-01-05", INFERRED, "2023年1月5日开会"), "an impossible full date is ignored"),
    (
        "2023年7月28日、29日,鸡西市开展观摩活动。",
        None,
        "",
        ("2023-07-29", INFERRED, "2023年7月28日、29日,鸡西市开展观摩"),
        "the later days listed after a date: the last (a Heilongjiang site, round 29)",
    ),
    (
        "7月28日至30日,全市开展观摩活动。2023年项目",
        None,
        "",
        ("2023-07-30", INFERRED, "7月28日至30日,全市开展观; 2023年 ×1"),
        "…a span's last day (a Guizhou paper, round 23)",
    ),
    ("2023年7月28日，29日开会", None, "", ("2023-07-28", INFERRED, "2023年7月28日，29日开会"), "…listed with 、 or 至, not a comma"),
    (
        "摘要: 1991年10月18、19日,辽西市报联合体第三次理事会议在天河宾馆举行",
        None,
        "",
        ("1991-10-19", INFERRED, "1991年10月18、19日,辽西市报联合体"),
        "…and with one 日 for all the days (a library's record of a Liaoning paper's report, round 41)",
    ),
    ("2023年10月18、开会", None, "", (None, UNKNOWN, ""), "…a number with no 日 after it or a later day is no day"),
    (
        "7月12日,光伏电站项目开工奠基。该项目2011年12月由自治区发改委核准。",
        None,
        "",
        (None, UNKNOWN, ""),
        "a month of the page's year reported after its latest day: the day is of a later year (an Inner Mongolia site, round 42)",
    ),
    (
        "7月12日,光伏电站项目开工奠基。该项目2011年3月核准，预计2011年12月建成。",
        None,
        "",
        ("2011-07-12", INFERRED, "7月12日,光伏电站项; 2011年 ×1"),
        "…a month planned is no month reported",
    ),
    (
        "7月12日,光伏电站项目开工奠基。该项目2011年12月底前建成。",
        None,
        "",
        ("2011-07-12", INFERRED, "7月12日,光伏电站项; 2011年 ×1"),
        "…nor a deadline's month",
    ),
    (
        "2023年7月30日至1日开会",
        None,
        "",
        ("2023-07-30", INFERRED, "2023年7月30日至1日开会"),
        "…a day before it is the next month's: none of this",
    ),
    ("2024年2月29日，3月1日起", None, "", ("2024-02-29", INFERRED, "2024年2月29日，3月1日起"), "a full date before any month-day"),
    (
        "日前，佛山市2019年下半年重大项目集中开工投产活动在南海举行",
        None,
        "",
        ("2019-07-01", INFERRED, "2019年下半年重大项目集中; 2019年 ×1"),
        "a later part of a year something happened in: its first day (a miss on an unseen page, Guangdong)",
    ),
    ("2022年四季度重大项目集中开工", None, "", ("2022-10-01", INFERRED, "2022年四季度重大项目集中; 2022年 ×1"), "…a quarter"),
    ("2022年第三季度重大项目集中开工", None, "", ("2022-07-01", INFERRED, "2022年第三季度重大项目集中; 2022年 ×1"), "…written with 第"),
    (
        "2019年3月5日开会，力争2019年下半年开工",
        None,
        "",
        ("2019-03-05", INFERRED, "2019年3月5日开会，力争"),
        "…not a plan; a number cut off at the evidence's edge is left out",
    ),
    ("2024年3月1日，全市共有123个项目", None, "", ("2024-03-01", INFERRED, "2024年3月1日，全市共有123"), "…a whole one stays"),
    ("项目2019年下半年将投产", None, "", (None, UNKNOWN, ""), "…nor what will happen then"),
    ("计划于2019年下半年开工", None, "", (None, UNKNOWN, ""), "…a plan's word a few characters before the year"),
    (
        "截至2019年下半年，全市新开工项目32个",
        None,
        "",
        ("2019-07-01", INFERRED, "2019年下半年，全市新开工; 2019年 ×1"),
        "…截至 (as of) is no plan",
    ),
    ("2019年3月5日开会，2019年下半年开工", None, "", ("2019-07-01", INFERRED, "2019年下半年开工"), "…the latest, against full dates"),
    (
        "2016年第四季度重大项目集中开工。10月31日上午，现场会召开",
        None,
        "",
        ("2016-10-31", INFERRED, "10月31日上午，现场会; 2016年 ×1"),
        "…and against month-days of the page's year: the latest wins",
    ),
    ("进入2016年下半年，项目集中开工", None, "", ("2016-07-01", INFERRED, "2016年下半年，项目集中开; 2016年 ×1"), "…alone"),
    (
        "2月25日下午，区政协召开2023年第一次会议",
        None,
        "",
        ("2023-02-25", INFERRED, "2月25日下午，区政协; 2023年 ×1"),
        "a month-day with the page's year, 6 characters after it",
    ),
    (
        "1月3日，区政协召开2023年第一次会议，2月25日下午全体会议",
        None,
        "",
        ("2023-02-25", INFERRED, "2月25日下午全体会议; 2023年 ×1"),
        "the latest month-day",
    ),
    (
        "2月25日下午，区政协召开2023年第一次会议，1月3日",
        None,
        "",
        ("2023-02-25", INFERRED, "2月25日下午，区政协; 2023年 ×1"),
        "latest by date, not by position",
    ),
    (
        "2月30日下午，区政协召开2023年第一次会议，1月3日",
        None,
        "",
        ("2023-01-03", INFERRED, "1月3日; 2023年 ×1"),
        "an impossible month-day is ignored",
    ),
    (
        "光绪年间1899年3月5日建成的老码头，2024年完成修缮",
        None,
        "",
        (None, UNKNOWN, ""),
        "a month-day inside a full date is not a month-day of the page's year",
    ),
    (
        "2011年12月25日之前的内容请点击下方按钮前往浏览",
        None,
        "",
        (None, UNKNOWN, ""),
        "a day as a bound (之前) is no day anything happened on: an e-paper's archive notice (a miss on an unseen page, Hunan)",
    ),
    ("2024年6月30日前完成，2024年3月1日开会", None, "", ("2024-03-01", INFERRED, "2024年3月1日开会"), "…前, a deadline"),
    ("2024年3月1日前往青岛，2024年1月5日开会", None, "", ("2024-03-01", INFERRED, "2024年3月1日前往青岛，"), "…not 前往 (went to)"),
    ("2024年5月1日前后开放，2024年1月5日开会", None, "", ("2024-05-01", INFERRED, "2024年5月1日前后开放，"), "…nor 前后 (around)"),
    (
        "3月1日以后开放，2024年第一次会议于1月5日召开",
        None,
        "",
        ("2024-01-05", INFERRED, "1月5日召开; 2024年 ×1"),
        "…a month-day as a bound too",
    ),
    ("2月25日下午，区政协召开全体会议", None, "", (None, UNKNOWN, ""), "a month-day without a year: never invented"),
    ("区政协召开2023年第一次会议", None, "", (None, UNKNOWN, ""), "a year without a day"),
    ("即墨召开全区安全生产工作会议", None, "", (None, UNKNOWN, ""), ""),
]


@pytest.mark.parametrize("text, masthead, masthead_words, expected, reason", RESOLVED)
def test_resolve_date(text, masthead, masthead_words, expected, reason):
    day, source, evidence = expected
    assert resolve_date(text, masthead, masthead_words) == PageDate(day and dt.date.fromisoformat(day), source, evidence)


DATELINES = [
    # (text, (date, evidence), reason); the year of the text is 2024 unless printed
    ("早报5月6日讯 记者从区发改局获悉，2024年", ("2024-05-06", "早报5月6日讯; 2024年 ×1"), "an outlet, the date and 讯"),
    ("即墨融媒5月6日讯 2024年", ("2024-05-06", "即墨融媒5月6日讯; 2024年 ×1"), ""),
    ("青岛日报5月6日讯 2024年", ("2024-05-06", "青岛日报5月6日讯; 2024年 ×1"), ""),
    ("新华社北京5月6日电（记者 李明）2024年", ("2024-05-06", "新华社北京5月6日电; 2024年 ×1"), "a wire dateline with 电"),
    ("新华社北京2023年5月6日电 2024年", ("2023-05-06", "新华社北京2023年5月6日电"), "a printed year wins"),
    ("5月6日讯 2024年", ("2024-05-06", "5月6日讯; 2024年 ×1"), "no outlet"),
    ("大众日报记者 5月6日讯 2024年", ("2024-05-06", "大众日报记者 5月6日讯; 2024年 ×1"), "a space between outlet and date"),
    ("青岛日报/观海新闻5月6日讯 2024年", ("2024-05-06", "青岛日报/观海新闻5月6日讯; 2024年 ×1"), "two outlets joined by /"),
    (
        "即墨融媒体中心全媒体记者5月6日讯 2024年",
        ("2024-05-06", "即墨融媒体中心全媒体记者5月6日讯; 2024年 ×1"),
        "an outlet of 12 Han characters",
    ),
    ("即墨区融媒体中心全媒体记者5月6日讯 2024年", (None, ""), "13 Han characters are no outlet"),
    ("标题\n\n  早报5月6日讯 2024年", ("2024-05-06", "早报5月6日讯; 2024年 ×1"), "a paragraph's start, spaces before it"),
    ("2024年工作会议召开。（据新华社北京5月6日电）", (None, ""), "not at a paragraph's start: a credit, no dateline"),
    ("5月6日电话会议召开 2024年", (None, ""), "电 followed by a Han character: 电话"),
    ("本报讯 5月6日，全区会议召开。2024年", ("2024-05-06", "本报讯 5月6日; 2024年 ×1"), "本报讯 and a date lead"),
    ("本报讯（记者 李明）5月6日，2024年", ("2024-05-06", "本报讯（记者 李明）5月6日; 2024年 ×1"), "a byline between"),
    ("本报讯 5月6日上午，2024年", ("2024-05-06", "本报讯 5月6日上午; 2024年 ×1"), "the time of day in the lead"),
    ("本报讯 5月6日起，全区实行新规。2024年", (None, ""), "5月6日起 is when a rule starts, no date lead"),
    ("本报讯 近日，全区会议召开。2024年", (None, ""), "本报讯 without a date"),
    (
        "新华社北京5月6日电 2024年\n本报5月8日讯",
        ("2024-05-06", "新华社北京5月6日电; 2024年 ×1"),
        "the first dateline on the page, whatever its form",
    ),
    ("本报2月4日讯 2024年", ("2024-02-04", "本报2月4日讯; 2024年 ×1"), "本报…讯 as before"),
]


@pytest.mark.parametrize("text, expected, reason", DATELINES)
def test_datelines(text, expected, reason):
    day, evidence = expected
    got = resolve_date(text, None)
    if day is None:
        assert got.source != DATELINE
    else:
        assert got == PageDate(dt.date.fromisoformat(day), DATELINE, evidence)


TEASERS = [
    # (text, (date, source, evidence), reason)
    (
        "本报5月6日讯 2024年全区会议召开。\n\n相关新闻\n2023年全区会议召开\n2023年重点项目推进\n",
        ("2024-05-06", DATELINE, "本报5月6日讯; 2024年 ×1"),
        "the years of a teaser block do not count",
    ),
    (
        "5月6日，全区会议召开。2024年\n\n相关阅读\n2024年12月20日签约的项目开工\n",
        ("2024-05-06", INFERRED, "5月6日，全区会议召; 2024年 ×1"),
        "nor its dates",
    ),
    (
        "相关阅读\n本报5月5日讯 2023年\n\n本报5月6日讯 2024年",
        ("2024-05-06", DATELINE, "本报5月6日讯; 2024年 ×1"),
        "nor its datelines",
    ),
    (
        "5月6日，全区会议召开。\n\n相关阅读\n\n2023年全区会议召开",
        ("2023-05-06", INFERRED, "5月6日，全区会议召; 2023年 ×1"),
        "the block ends at a blank line",
    ),
]


@pytest.mark.parametrize("text, expected, reason", TEASERS)
def test_teaser_blocks_are_not_the_pages_text(text, expected, reason):
    day, source, evidence = expected
    assert resolve_date(text, None) == PageDate(dt.date.fromisoformat(day), source, evidence)
