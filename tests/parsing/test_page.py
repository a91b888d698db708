"""One page (jimo_data/parsing/page.py): status and problems, the page limit, the
publication, and the rows each article contributes. Tables of (input, expected, reason)."""

from __future__ import annotations

import datetime as dt

import pytest

from jimo_data.parsing.page import MAX_PAGE_CHARS, article_home, article_text, guess_publication, home_of, office_at_home, parse_page

MASTHEAD = "新即墨\n\n2025年6月3日 农历五月初八 星期二 第3201期\n\n"
ARTICLE = "即墨开展防汛演练\n\n6月2日，即墨区在墨水河开展防汛应急演练。（王凯）\n\n"


def parse(text: str):
    return parse_page(text.encode("utf-8"))


def padded(n_chars: int, tail: str = "") -> str:
    """A dated one-article page padded with spaces to n_chars, then `tail`."""
    text = MASTHEAD + ARTICLE
    return text + " " * (n_chars - len(text)) + tail


def status(parsed) -> tuple[str, str]:
    return parsed.page["status"], parsed.page["problems"]


UNREADABLE = [
    (b"", "the file is empty"),
    (b"  \n", "the file is empty"),
    (b"%PDF-1.4\n%\xe2\xe3", "not a text file: looks like a PDF document"),
]


def test_a_rule_that_fails_on_a_page_makes_it_an_error_row_not_a_failed_load(monkeypatch):
    import jimo_data.parsing.page as page

    def broken(*args):
        raise ValueError("substring not found")

    monkeypatch.setattr(page, "segment", broken)
    parsed = parse_page("即墨召开会议\n\n会议要求各部门守土有责。\n".encode())
    assert parsed.page["status"] == "error" and not parsed.articles
    assert parsed.page["problems"] == "the parser failed on this page (ValueError: substring not found); please report it"
    assert parsed.page["n_chars"] > 0 and parsed.page["text_hash"]  # the page is still known, and its duplicates


@pytest.mark.parametrize("data, problem", UNREADABLE)
def test_an_undecodable_file_is_an_error_page_with_the_problem(data, problem):
    parsed = parse_page(data)
    assert status(parsed) == ("error", problem)
    assert (parsed.page["n_chars"], parsed.articles) == (0, [])


def test_a_decoding_problem_of_a_readable_page_is_a_warning():
    parsed = parse_page((MASTHEAD + ARTICLE).encode("utf-8") + b"\xff\xff")
    assert status(parsed) == ("warning", "2 undecodable byte sequences replaced in UTF-8 text")
    assert parsed.articles[0]["headline"] == "即墨开展防汛演练"


PAGE_LENGTH = [
    (200_000, ("ok", ""), "at the limit"),
    (200_001, ("warning", "200,001 characters, far more than a newspaper page: only the first 200,000 were analysed"), "one past it"),
]


@pytest.mark.parametrize("n_chars, expected, reason", PAGE_LENGTH)
def test_page_length_limit(n_chars, expected, reason):
    parsed = parse(padded(n_chars))
    assert status(parsed) == expected
    assert parsed.page["n_chars"] == n_chars


def test_only_the_first_max_page_chars_are_analysed():
    late_article = "\n\n即墨召开全区安全生产会议\n\n6月2日，即墨召开全区安全生产会议。（刘云睿）\n"
    parsed = parse(padded(MAX_PAGE_CHARS, late_article))
    assert [a["headline"] for a in parsed.articles] == ["即墨开展防汛演练"]


PAGE_PROBLEMS = [
    (MASTHEAD + ARTICLE, ("ok", ""), "an article and a date: no problem"),
    (MASTHEAD, ("warning", "no article found on the page"), "furniture only"),
    (ARTICLE, ("warning", "no date: the page has no masthead or dateline, and no day it names has a year"), "nothing gives a date"),
    (
        MASTHEAD + "Notes\nThe project meeting was held in Jimo today, with the district leaders there.\n",
        ("warning", "little Chinese text (20% of its letters are Han characters): is this a newspaper page?"),
        "a file in English (a new user's notes, a README) among the pages (a new user's trial)",
    ),
    (MASTHEAD + ARTICLE + "Share: WeChat Weibo QQ\n", ("ok", ""), "…a page's menu in English beside its Chinese is no problem"),
]


@pytest.mark.parametrize("text, expected, reason", PAGE_PROBLEMS)
def test_status_is_a_warning_exactly_when_there_are_problems(text, expected, reason):
    assert status(parse(text)) == expected


PUBLICATION_HINTS = [
    ("今日即墨\nJIN RI JI MO", "青岛日报", "the pinyin header of its 今日即墨 section"),
    ("我区在 JIN RI JI MO 活动中", "", "the pinyin header must stand on a line of its own"),
    ("我区在即墨古城开展防汛演练。（王凯）", "新即墨", "the district's voice and a closing byline"),
    ("全区在即墨古城开展防汛演练。（王凯 江如意）", "新即墨", "全区; a list of names"),
    ("我区在即墨古城开展防汛演练。(王凯)", "新即墨", "half-width parentheses"),
    ("我区在即墨古城开展防汛演练。（王凯）  ", "新即墨", "spaces after the byline"),
    ("我区在即墨古城开展防汛演练。（王凯）\n下一篇：即墨召开会议", "新即墨", "the byline closes a line, not the page"),
    ("我区在即墨古城开展防汛演练，据青岛日报报道。（王凯）", "新即墨", "a paper the text mentions is not the page's"),
    ("据青岛日报、观海新闻报道，即墨开展防汛演练。", "", "mentions only: unknown"),
    (
        "全区开展防汛演练。（记者 李晓萌 通讯员 吴海洋）",
        "",
        "every district paper says 全区 and closes with names: a page not naming 即墨 is not 新即墨's",
    ),
    ("我区在即墨古城开展防汛演练。", "", "the district's voice without a closing byline"),
    ("即墨区在即墨古城开展防汛演练。（王凯）", "", "a closing byline without the district's voice"),
    ("我区在即墨古城开展防汛演练。（王凯）演练持续一天。", "", "the byline must close its line"),
    ("我区在即墨古城开展防汛演练。（即墨区融媒体中心）", "", "more than 4 characters is no name"),
    ("", "", ""),
]


@pytest.mark.parametrize("text, expected, reason", PUBLICATION_HINTS)
def test_guess_publication(text, expected, reason):
    assert guess_publication(text) == expected


HEAD = "即墨开展防汛演练\n\n"
PUBLICATION = [
    (MASTHEAD + HEAD + "6月2日，青岛日报报道即墨区防汛演练。（王凯）\n", "新即墨", "the masthead wins"),
    (MASTHEAD + HEAD + "近日，即墨区开展防汛演练。（青岛日报/观海新闻记者 王凯）\n", "新即墨", "the masthead wins over bylines"),
    (HEAD + "近日，即墨区开展防汛演练。（青岛日报/观海新闻记者 王凯）\n", "青岛日报", "no masthead: the outlet of the bylines"),
    (HEAD + "本报讯（青岛日报记者 王凯）近日，即墨区开展防汛演练。\n", "青岛日报", "the outlet of a dateline's byline"),
    (HEAD + "近日，即墨区开展防汛演练。（青报全媒体记者 王凯）\n", "青岛日报", "an alias of the paper: its media group"),
    (HEAD + "近日，即墨区开展防汛演练。（观海新闻记者 王凯）\n", "青岛日报", "an alias: its news app"),
    (
        HEAD + "近日，孝义市开展防汛演练。(孝义融媒)\n",
        "孝义融媒",
        "an outlet's name alone closing a report (a Shanxi centre's post, round 42)",
    ),
    (HEAD + "近日，孝义市开展防汛演练。(市委办)\n", "", "…an outlet's, not a unit's"),
    (HEAD + "近日，孝义市开展防汛演练(孝义融媒)工作。\n", "", "…at the report's end"),
    (
        HEAD + "11月1日，全市开展重大项目拉练。\n\n鄂州市融媒体中心随队记者对本次拉练进行全程滚动播报。\n",
        "鄂州市融媒体中心",
        "a line whose subject is an outlet's reporters, none named: a live report's crew (a Hubei live-text page, round 48)",
    ),
    (HEAD + "11月1日，全市开展拉练。\n\n本报记者将全程报道。\n", "", "…a known outlet's: 本报 names none"),
    (
        HEAD + "本报讯（记者 王凯）近日，即墨区召开会议。\n\n大众日报记者对此进行了采访。\n",
        "",
        "…travelling with the event (随队, 前方, 特派): a visiting paper's reporters are no crew of the page's",
    ),
    (HEAD + "11月1日，全市开展拉练，鄂州市融媒体中心记者对此进行报道。\n", "", "…at a line's start"),
    (HEAD + "近日，孝义市召开会议。会议研究部署了防汛工作(孝义融媒)\n", "", "…after its last sentence"),
    (HEAD + "近日，即墨区开展防汛演练。（半岛都市报•半岛新闻记者 王凯）\n", "半岛都市报", "the outlet's first known part"),
    (
        HEAD
        + "近日，即墨开展演练。（青岛晚报/观海新闻记者 王凯）\n\n即墨召开会议\n\n近日，即墨召开会议。（青岛日报/观海新闻记者 李明）\n\n"
        "即墨举行活动\n\n近日，即墨举行活动。（青岛日报/观海新闻记者 张伟）\n",
        "青岛日报",
        "the outlet most bylines name",
    ),
    (
        HEAD + "近日，即墨开展演练。（青岛晚报记者 王凯）\n\n即墨召开会议\n\n近日，即墨召开会议。（青岛日报记者 李明）\n",
        "青岛晚报",
        "a tie: the first named",
    ),
    (HEAD + "近日，即墨区开展防汛演练。（新华社记者 王凯）\n", "", "a news agency's story is reprinted everywhere: no publication"),
    (HEAD + "近日，即墨区开展防汛演练。（即墨区记者 王凯）\n", "", "an outlet that is no known publication"),
    (HEAD + "6月2日，据青岛日报报道，即墨区开展防汛演练。（王凯）\n", "", "a mention is not the publication"),
    (ARTICLE, "", "no masthead, no outlet, no hint"),
    (HEAD + "青岛日报/观海新闻1月24日讯 今天下午，即墨区召开会议。\n", "青岛日报", "the outlet leading a dateline"),
    (HEAD + "新华社北京1月24日电 今天下午，会议召开。\n", "", "an agency's dateline names no publication"),
    ("2019-03-19 09:54:00 来源:德州日报 大字体 小字体\n\n" + ARTICLE, "德州日报", "a news site's stamp line names the copy's paper"),
    (ARTICLE + "\n本网站所有内容属《青岛西海岸报》所有\n", "青岛西海岸报", "a site's footer names its paper"),
    (HEAD + "本报讯(YMG全媒体记者)3月18日上午，会议召开。\n", "烟台日报", "a dateline's bracket naming an outlet and no person"),
    (
        HEAD + "秦楚网讯(十堰日报)记者兰瑞文报道:9月8日，会议召开。\n",
        "十堰日报",
        "…or a site's dateline's bracket naming the paper it carries (a Hubei copy, round 52)",
    ),
    ("新即墨\n2019-03-19 09:54:00 来源:德州日报\n\n" + ARTICLE, "新即墨", "the masthead wins over a source line"),
    ("杭州日报\n" + ARTICLE, "杭州日报", "a masthead of a prefecture's daily the lexicon does not list"),
    (HEAD + "近日，余杭区开展防汛演练。（宁波日报记者 王凯）\n", "宁波日报", "the outlet of a byline: a prefecture's daily"),
    ("2019-03-19 09:54:00 来源:温州日报\n\n" + ARTICLE, "温州日报", "a source line naming a prefecture's daily"),
    (
        HEAD + "半島網3月10日消息 3月10日上午，签约仪式举行。\n",
        "半岛都市报",
        "a 消息 dateline led by its outlet, in traditional characters",
    ),
    (HEAD + "云上黄梅报道(全媒体记者:张志林)2月12日，会议召开。\n", "云上黄梅", "an app's 报道 before its reporter's bracket (Hubei)"),
]


@pytest.mark.parametrize("text, expected, reason", PUBLICATION)
def test_page_publication(text, expected, reason):
    assert parse(text).page["publication"] == expected


ARTICLE_TEXTS = [
    (("引题", "标题", "副题", "正文"), "引题\n标题\n副题\n正文", "kicker, headline, subheadline, body"),
    (("", "标题", "", "正文"), "标题\n正文", "empty parts are skipped"),
    (("", "", "", ""), "", ""),
]


@pytest.mark.parametrize("parts, expected, reason", ARTICLE_TEXTS)
def test_article_text(parts, expected, reason):
    assert article_text(*parts) == expected


STAMP = "www.ijjnews.com   晋江新闻网  2020-01-03 08:46"
REPORT = "本报讯 1月2日，晋江举行重大项目集中签约开竣工活动。"
TITLES_AND_STAMPS = [
    # (page text, parts of its first article, reason)
    (
        f"晋江:171个项目签约开竣工 总投资额超730亿元\n\n{STAMP}\n\n持续发力 攻坚项目 力争实现“开门红”\n\n{REPORT}",
        {"kicker": "", "headline": "晋江:171个项目签约开竣工 总投资额超730亿元", "subheadline": "持续发力 攻坚项目 力争实现“开门红”"},
        "a copy's title stands above its stamp; a head line below the stamp is its subtitle (Fujian, round 10)",
    ),
    (
        f"新闻中心\n\n{STAMP}\n\n晋江:171个项目签约开竣工 总投资额超730亿元\n\n{REPORT}",
        {"headline": "晋江:171个项目签约开竣工 总投资额超730亿元", "subheadline": ""},
        "…not a line too short to be a title (a site's label)",
    ),
    (
        f"市政协十二届三次会议举行第二次全体会议\n一年更比一年好\n满怀豪情开创全市科学发展新局面\n{STAMP}\n夸夸咱们的第一书记\n\n{REPORT}",
        {"headline": "夸夸咱们的第一书记", "subheadline": ""},
        "…nor more than two lines above it: an e-paper's list of titles (Shandong, 潍坊日报)",
    ),
    (
        "中共柳州市委主管主办 国内统一刊号: CN45-0003 爆料热线:15877281116 15877281117\n\n2025年02月19日\n\n"
        "跑好“第一棒” 争取“开门红”\n\n——柳江区各行各业奋力实干小记\n\n人勤春来早，奋斗正当时。",
        {"kicker": "", "headline": "跑好“第一棒” 争取“开门红”", "subheadline": "柳江区各行各业奋力实干小记"},
        "a publisher's line with the paper's serial number is furniture, however long (Guangxi)",
    ),
    (
        "第01版:封面\n导 读\n深入学习贯彻重要回信精神\n生态河:绘就人水和谐美丽新图景\n\n上一期  下一期\n"
        "生态河:绘就人水和谐美丽新图景\n壮美黄河滋养郑州\n\n郑报全媒体记者 石闯 翟宝宽 文 周甬 图\n\n三座城正把黄河打造成生态河。",
        {"headline": "生态河:绘就人水和谐美丽新图景", "subheadline": "壮美黄河滋养郑州"},
        "the title the page's 导读 lists is the main one, the line under it the subtitle (Henan, round 39)",
    ),
]


@pytest.mark.parametrize("text, expected, reason", TITLES_AND_STAMPS)
def test_a_title_stands_above_a_copys_stamp(text, expected, reason):
    first = parse(text).articles[0]
    assert {part: first[part] for part in expected} == expected


TWO_ARTICLES = (
    MASTHEAD
    + "区委书记孙杰调研防汛工作\n\n"
    + "6月2日，区委书记孙杰出席防汛演练。区委书记孙杰讲话。会上，孙杰书记讲话。（王杰）\n\n"
    + "即墨召开安全生产会议\n\n6月2日，即墨召开安全生产会议。（刘云睿）\n\n"
    + "责编 王杰 排版 王杰\n"
)


def rows(table: list[dict], *columns: str) -> list[tuple]:
    return [tuple(row[c] for c in columns) for row in table]


def test_staff_bylines_follow_the_first_items_own_and_bylines_are_unique_per_name_and_role():
    parsed = parse(TWO_ARTICLES)
    assert rows(parsed.bylines, "seq", "name", "role", "duty") == [
        (1, "王杰", "reporter", ""),  # the article's own credit first: a citation names who wrote it
        (1, "王杰", "editor", "责编"),  # the same name in another role is another row; 排版 王杰 is the same (name, role)
        (2, "刘云睿", "reporter", ""),
    ]


def test_a_stamps_author_comes_before_the_pages_staff():
    page = "闫继红到涿州市调研\n\n来源: 保定日报  作者:刘澜\n\n10月6日，保定市市长闫继红到涿州市指导检查重点项目建设。\n\n责任编辑:马书广\n"
    assert rows(parse(page).bylines, "name", "role") == [("刘澜", "reporter"), ("马书广", "editor")]


@pytest.mark.parametrize(
    "body, expected, reason",
    [
        (
            "县委副书记、政府县长王元峰主持会议。政府县长王元峰强调，要抓好落实。",
            [("王元峰", "县委副书记、政府县长", 2)],
            "a shorter title for the same office joins the longest: one person, one row",
        ),
        ("副县长杨家武出席。县政府副县长杨家武介绍情况。", [("杨家武", "县政府副县长", 2)], "…the same office written otherwise"),
        (
            "区长王明出席。区政协主席王明讲话。",
            [("王明", "区长", 1), ("王明", "区政协主席", 1)],
            "two offices stay two rows",
        ),
        (
            "县委书记赵松强调研项目。县委书记赵松强深入现场。",
            [("赵松强", "县委书记", 2)],
            "a name of two another mention of the office extends by one is that one (强调, a word; a Shanxi site's copy, round 35)",
        ),
        ("县委书记赵松出席。县长赵松强讲话。", [("赵松", "县委书记", 1), ("赵松强", "县长", 1)], "…of the same office only"),
        (
            "副区长王伟、王伟东出席。",
            [("王伟", "副区长", 1), ("王伟东", "副区长", 1)],
            "…one a single person holds: two deputies may be 王伟 and 王伟东",
        ),
    ],
)
def test_a_person_has_one_row_per_office_in_an_article(body, expected, reason):
    rows = parse("测试\n\n本报讯 " + body + "\n").officials
    assert [(o["name"], o["title"], o["n_mentions"]) for o in rows] == expected


def test_a_writer_a_label_credits_with_no_role_word_is_the_correspondent_another_credit_names():
    page = "测试标题\n\n本报讯（记者 谢万波 通讯员 何国好）近日，项目开工。\n\n作者:谢万波 何国好\n"
    assert rows(parse(page).bylines, "name", "role") == [("谢万波", "reporter"), ("何国好", "correspondent")]
    page = "测试标题\n\n本报讯（记者 谢万波）近日，项目开工。\n\n作者:谢万波 何国好\n"
    assert ("何国好", "reporter") in rows(parse(page).bylines, "name", "role"), "a writer no other credit names stays"


def test_officials_are_unique_per_name_and_title_with_their_mentions_counted():
    parsed = parse(TWO_ARTICLES)
    assert rows(parsed.officials, "seq", "name", "title", "office", "n_mentions") == [
        (1, "孙杰", "区委书记", "即墨区委书记", 3),  # headline and body are one text
        (1, "孙杰", "书记", "", 1),
    ]


def test_terms_are_counted_over_the_article_text():
    parsed = parse(TWO_ARTICLES)
    counts = {(seq, term): n for seq, term, n in zip(*parsed.terms.values())}
    assert counts[1, "防汛"] == 2  # headline and body
    assert counts[1, "孙杰"] == 4
    assert counts[2, "安全"] == 2


TEXT_HASHES = [
    # (bytes of one file, bytes of another, same page?, reason)
    ("区委书记孙杰调研。\n".encode(), "区委书记孙杰调研。\n".encode("gb18030"), True, "the same text in another encoding"),
    ("标题\n正文。\n".encode(), "标题\r\n正文。\r\n".encode(), True, "CRLF line ends"),
    ("标题\n正文。".encode(), "\ufeff标题\n正文。".encode(), True, "a byte-order mark"),
    ("标题\n正文。".encode(), "  标题  \n\t正文。 \n\n\n".encode(), True, "white space at the ends of lines and of the page"),
    ("标题\n正文。".encode(), "标题\n\n正文。".encode(), False, "a blank line inside the page is part of its layout"),
    ("标题 正文。".encode(), "标题正文。".encode(), False, "white space inside a line is text"),
    ("区委书记孙杰调研。".encode(), "区委书记孙杰考察。".encode(), False, "another word: another page"),
]


@pytest.mark.parametrize("one, other, same, reason", TEXT_HASHES)
def test_text_hash_names_what_a_page_says_not_its_bytes(one, other, same, reason):
    first, second = parse_page(one).page["text_hash"], parse_page(other).page["text_hash"]
    assert first and second
    assert (first == second) is same


def test_an_unreadable_file_has_no_text_hash():
    assert parse_page(b"").page["text_hash"] == ""


ARTICLE_HOMES = [
    ("郯城讯 3月19日，县委书记王明调研。", "临沂市", "郯城县", "a county of the paper's city, named in the dateline"),
    ("大众网泰安8月17日讯 副市长王明出席。", "山东省", "泰安市", "a provincial site's dateline city"),
    ("本报青岛12月28日讯 会议召开。", "", "青岛市", "a national paper's dateline city"),
    ("本报讯 会议召开。", "即墨区", "即墨区", "no place in the dateline: the page's home"),
    ("烟台讯 会议召开。", "即墨区", "即墨区", "a place outside the page's home does not replace it"),
    (
        "河南县域经济网讯 1月5日上午，县长郑春出席。",
        "",
        "河南省",
        "县域 (county-level) names no county: the site is the province's (河南县 is a Qinghai county's short name; round 50)",
    ),
]


@pytest.mark.parametrize("body, home, expected, reason", ARTICLE_HOMES)
def test_a_datelines_place_is_the_articles_home(body, home, expected, reason):
    assert article_home(body, home) == expected


def test_a_datelines_place_is_as_it_was_on_the_pages_day():
    assert article_home("本报即墨讯 市委书记王明出席。", "青岛市", dt.date(2015, 3, 2)) == "即墨市"
    assert article_home("本报即墨讯 区委书记王明出席。", "青岛市", dt.date(2018, 3, 2)) == "即墨区"


def test_a_bare_title_on_an_unlisted_prefecture_daily_means_its_city():
    page = parse("杭州日报\n\n市委书记刘捷调研亚运场馆\n\n本报讯 5月5日，市委书记刘捷来到余杭区调研。\n")
    assert [(o["office"], o["jurisdiction"]) for o in page.officials] == [("杭州市委书记", "杭州市")]


def test_a_mirror_sites_pinyin_glosses_are_dropped():
    page = parse("李滄區(qū)區(qū)長王明出席會議。\n")
    assert "(qū)" not in page.articles[0]["body"] and [o["office"] for o in page.officials] == ["李沧区区长"]


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        (
            "周口华耀城开放\n??? 記者 李一 張勁松\n当天，华耀城开放。\n",
            ["李一", "張勁松"],
            "an indent lost to question marks (周口日报, round 55)",
        ),
        ("周口华耀城开放\n记者 李一 张劲松 ??\n当天，华耀城开放。\n", [], "…only opening a line: marks after the names make it none"),
    ],
)
def test_question_marks_of_a_lost_indent_are_dropped(text, expected, reason):
    assert [b["name"] for b in parse(text).bylines] == expected


@pytest.mark.parametrize(
    "publication, section, expected",
    [
        ("青岛日报", "今日即墨", "即墨区"),
        ("青岛日报", "要闻", "青岛市"),
        ("新即墨", "", "即墨区"),
        ("青岛日报", "今日烟台", "青岛市"),
        ("杭州日报", "", "杭州市"),  # a prefecture's daily the lexicon does not list
        ("杭州日报", "余杭新闻", "余杭区"),
        ("晋江经济报", "", "晋江市"),  # a paper named after its place: that place (a new user's page, round 34's session)
        ("今日高邮", "", "高邮市"),
        ("兰陵报", "", "兰陵县"),  # …as a masthead or a correction names it
        ("东方报", "", ""),  # 东方 is a word of papers elsewhere
        ("鼓楼报", "", ""),  # a short name four districts share
        ("光明报", "", ""),  # a short name that is a word
        ("", "", ""),
    ],
)
def test_a_section_named_after_a_division_within_the_home_narrows_it(publication, section, expected):
    assert home_of(publication, section) == expected


@pytest.mark.parametrize(
    "day, expected, reason",
    [
        ("2015年3月2日", ["即墨市委书记", "即墨市市长"], "before 2017-10 即墨区 was 即墨市: its paper's bare 市 is the city itself"),
        ("2018年3月2日", ["青岛市委书记", "青岛市市长"], "after it, the district's city"),
    ],
)
def test_bare_titles_on_a_district_papers_page_from_before_the_district(day, expected, reason):
    page = parse(f"新即墨\n{day} 星期一 第1000期\n\n全市召开大会\n\n本报讯 市委书记张三出席会议，市长李四主持。\n")
    assert [o["office"] for o in page.officials] == expected


def test_a_copied_tables_cell_bars_are_no_part_of_the_headline():
    page = parse("济宁夫宇食品暨酒店建设项目开工仪式举行 |\n||||||\n1月10日，项目开工仪式举行。县委书记李勇出席。 |\n")
    assert page.articles[0]["headline"] == "济宁夫宇食品暨酒店建设项目开工仪式举行"


def test_a_sections_division_is_read_at_the_pages_day_too():
    assert home_of("青岛日报", "今日即墨", dt.date(2015, 3, 2)) == "即墨市"


@pytest.mark.parametrize(
    "title, office, publication, expected, reason",
    [
        ("市长", "市长", "潍坊日报", ("潍坊市市长", "潍坊市"), "a bare title at the home of the paper a correction names"),
        ("县委副书记、县长", "县长", "澄城县融媒体中心", ("澄城县县长", "澄城县"), "…its principal office"),
        ("县委书记", "郯城县委书记", "临沂日报", ("郯城县委书记", "郯城县"), "an office the page placed (a dateline's) stays"),
        ("即墨区委书记", "即墨区委书记", "潍坊日报", ("即墨区委书记", "即墨区"), "…and a place written"),
        ("市长", "市长", "人民日报", ("市长", ""), "a national paper has no home"),
    ],
)
def test_office_at_home(title, office, publication, expected, reason):
    assert office_at_home(title, office, publication) == expected


def test_a_bare_zones_place_is_where_the_article_is_from():
    page = "新即墨\n\n开发区召开项目推进会\n\n3月6日，开发区党工委书记王明出席会议。\n"
    assert rows(parse(page).officials, "name", "office", "jurisdiction") == [("王明", "开发区党工委书记", "即墨开发区")]


@pytest.mark.parametrize(
    "title, office, was, expected, reason",
    [
        ("市长", "青岛市市长", ("青岛日报", ""), ("潍坊市市长", "潍坊市"), "placed at the home of the paper it was read as: read again"),
        ("即墨区区长", "即墨区区长", ("新即墨", ""), ("即墨区区长", "即墨区"), "…not a place written"),
        ("县委书记", "郯城县委书记", ("临沂日报", ""), ("郯城县委书记", "郯城县"), "…nor a dateline's"),
    ],
)
def test_office_at_home_reads_again_what_the_old_paper_placed(title, office, was, expected, reason):
    assert office_at_home(title, office, "潍坊日报", was=was) == expected
