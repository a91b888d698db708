"""Page furniture: masthead, publisher lines, navigation, date lines, section headers,
slogans, teaser blocks.

None of these lines is an article. What they say about the page (publication, date,
issue number, lunar date, weekday, section, page number and label) is collected in
`PageHeader`. A date line in the page's head (`2024-05-06 10:21 来源：大众日报`) dates the
page as the masthead date line does. Teaser blocks (`teaser_lines`) say nothing about the
page; `dates.resolve_date` reads the page's text without them.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from .bylines import EDITOR, PAGE_LINKS, PICTURE_LABELS, REPORTER, ROLE_WORD_ENDINGS, ROLE_WORDS, parse_people
from .officials import starts_with_surname
from .places import is_province, place_names, place_starting_at, places_alone, short_name
from .publications import (
    masthead_paper,
    named,
    named_in,
    of_outlet,
    place_dailies,
    province_papers,
    registry,
    source_tag,
    title_credit,
    today_paper,
)
from .text import HAN, HAN_CHAR, IMAGE_EXTENSION, SPACES, chinese_number, fold_punct, has_sentence_inside, simplified

LONGEST_PUBLICATION_NAME = max(map(len, [*registry(), *place_dailies(), *province_papers()]))
_EPAPER_WORD = "(?:数字报纸?|电子报纸?|电子版|数字版)"
_EPAPER_SUFFIX = re.compile(f"{_EPAPER_WORD}$")  # 新即墨数字报, 浙江日报 数字报纸: the e-paper's own chrome
# The buttons and links of e-paper and news-site navigation: a line made only of these
# (and dates) is never content.
NAV_WORDS = (
    "前一版",
    "上一版",
    "下一版",
    "后一版",
    "上一期",
    "下一期",
    "上一篇",
    "下一篇",
    "返回目录",
    "版面导航",
    "本版新闻",
    "往期回顾",
    "放大",
    "缩小",
    "默认",
    "PDF版",
    "PDF版阅读",
    "往期阅读",
    "手机版",
    "往期",
    "旧版",
    "旧版入口",
    "返回首页",
    "返回主页",
    "标题导航",
    "返回报网首页",
    "关于我们",
    "电子报阅读机",
    "通版阅读请点击：",
    "展开通版",
    "收缩通版",
    "通版阅读",
)
# Headings of the blocks of links to other articles that news sites put under a story.
# 导读: an e-paper's list of the day's titles on its front page.
TEASER_HEADINGS = ("相关阅读", "相关新闻", "推荐阅读", "新闻推荐", "热点推荐", "相关推荐", "频道推荐", "导读")
# Headings only news sites print: under them even lines of prose are teasers (a story's
# first lines), up to the next blank line; a printed sidebar's 相关阅读 may hold prose.
WEB_TEASER_HEADINGS = ("新闻推荐", "热点推荐", "推荐阅读", "相关推荐", "频道推荐")
# A date alone on a line dates the page only in the page's head: the top navigation of
# an e-paper, or a news site's header, headline and time line, which take fewer lines.
# Further down such a line dates something else (the signature of a notice, a teaser).
# The head is counted in lines that are not furniture: an e-paper's navigation, however
# long, does not push its date line out of it.
HEAD_LINES = 15

_MASTHEAD_DATE = re.compile(
    # 日 may be missing before the weekday, as an e-paper template drops it (`2019年04月03星期三`)
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|(?=星期))\s*"
    # …and the paper's year of publication before its issue (`第4年 第211期`)
    r"(?P<lunar>农历\S+)?\s*(?P<weekday>星期[一二三四五六日天])?\s*(?:第\s*\d+\s*年\s*)?(?:第\s*(?P<issue>\d+)\s*期)?"
)
# A page label: an optional stack letter and the page's number in its stack (A05, 03;
# some e-papers pad it with zeros: 00009).
_LABEL = r"(?P<label>[A-Z]{0,2}0*\d{1,2})"
# A navigation line's date, led by words that may be a publication's name (`_publication_leading`).
_NAV_DATE = re.compile(
    rf"(?P<pub>[^\W\d_]{{2,{LONGEST_PUBLICATION_NAME}}})?"
    + r"\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:第?"
    + _LABEL
    + r"版面?(?:：(?P<section>\S{1,12}))?)?"
)
# An e-paper's issue as its address writes it, the paper's name glued to the day
# (`菏泽日报20160817期 第A1版:要闻 下一版>`, `当前位置:新岚山20231130期 >> 第A1版:要闻`), or
# dashed after 第 (`当前位置:茂名日报 第2021-09-22期 第A4版:信宜观察`).
_ISSUE_DAY = re.compile(r"第?(?P<y>\d{4})(?P<dash>-?)(?P<m>\d{2})(?P=dash)(?P<d>\d{2})期")
# Page navigation, each a whole line: `01版:要闻`, `A05版：城事`; `A05：城事` (without 版
# only a stack letter with two digits and a short section name, so that `G20：…` headlines
# of six characters and more stay content); `第A05版`. The link to the page's PDF may
# follow (`第02版:要闻 PDF版`).
# An e-paper may label the line (`版面:第01版:一版要闻`), print a spread's two pages
# (`04-05版:…`: the first is the page) and end it with links to its neighbours (`下一版>`).
# Labelled 版面, the page may go without its 版 (`版面:1: 要闻  上一篇  下一篇`, an e-paper reader's).
_PAGE_FIELD = r"(?P<labelled>版面\s*[：:]\s*)?第?" + _LABEL + r"(?:[-－]\d{1,2})?(?:版|(?(labelled)|(?!)))"
_NAV_TAIL = r"(?:[\s|｜]+\d*(?:" + "|".join(map(re.escape, NAV_WORDS)) + r")[>＞»]?)*"
_PAGE_NAV = (
    re.compile(r"(?:当前版|本版)\s*[：:]\s*第?" + _LABEL + r"版" + _NAV_TAIL),  # an e-paper's `当前版：01版`
    re.compile(_PAGE_FIELD + r"\s*[：:]\s*(?P<section>\S{1,12}?)(?:\s+PDF版?)?" + _NAV_TAIL),
    re.compile(rf"(?P<label>[A-Z]\d{{2}})\s*[：:]\s*(?P<section>[{HAN}·]{{2,5}})"),
    re.compile(_PAGE_FIELD + r"面?"),
)
# A page numbered in Chinese numerals (`第一版:要闻`, `第十二版`), read as digits.
_CHINESE_PAGE = re.compile("第(十?[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?|十)版")


_NAV_MARK = r"[\s|｜\[\]［］]"  # bars and brackets around buttons (`[ 标题导航 ] [版面导航]`)
_NAV_SEPARATORS = re.compile(f"{_NAV_MARK}{_NAV_MARK}*")  # a run of them, opening with its class (see SPACES)
# What else a site's navigation bar holds beside its words: a date, a weekday, a time of
# day, the current page (`当前版:`, `02版`), a hotline (`新闻热线:0577-67898890`).
_NAV_TOKEN = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2}|星期[一二三四五六日天]?|(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?"
    + r"|(?:当前版|本版)[：:]|[A-Z]{0,2}\d{1,2}版|"
    + f"[{HAN}]{{0,4}}热线[：:][\\d\\-]+"
)
# A template may space a date's parts and leave its weekday blank: `2014 年 10 月 24 日 星期 放大 缩小 默认`.
_SPACED_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_NEIGHBOUR_LINK = re.compile(r"^(?:上一篇|下一篇)\s*[：:]")  # 上一篇：<another article's title>
_DATE = r"(?P<y>(?:19|20)\d{2})(?:年(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))"  # 2024年5月6日, 2024-05-06, 2024/05/06, 2024.05.06
_WEEKDAY = "(?P<weekday>(?:星期|周)[一二三四五六日天])"  # 星期一 or 周一
# A line that is only a date, after a label, with its weekday or an e-paper's word (`2024年01月12日数字报`); with a time or a source it is
# a stamp line (`_WEB_STAMP`).
_DATE_LINE = re.compile(
    r"(?:(?:发布时间|发布日期|发表时间|发表日期|发表于|更新时间|时间|日期)\s*[：:]\s*)?"
    + _DATE
    + r"[\s|｜]*"
    + _WEEKDAY
    + r"?\s*(?:数字报|电子报|电子版)?"
)
# A news site's stamp of a copy: a date with a time of day, on a line of chrome, not prose
# (`2019-03-19 09:54:00 来源:德州日报 大字体 小字体`, `半岛都市报 2021-11-26 02:19 大字`,
# `http://www.e23.cn2011-12-05 10:21:02舜网`).
# …or an older site's stamp with a two-digit year, read only with its time (`15-05-28 16:09`).
_SHORT_YEAR_DATE = r"(?<![\d\-/.])(?P<yy>[0-2]\d)-(?P<m3>0?[1-9]|1[0-2])-(?P<d3>0?[1-9]|[12]\d|3[01])(?=\s+\d{1,2}[:：]\d{2})"
# …or a site's stamp with the day first and the year last, read only with its time (`13.04.2016  15:41`).
_DAY_FIRST_DATE = r"(?<![\d.])(?P<d4>0?[1-9]|[12]\d|3[01])\.(?P<m4>0?[1-9]|1[0-2])\.(?P<y4>(?:19|20)\d{2})(?=\s+\d{1,2}[:：]\d{2})"
# …or a site's stamp with the month first, the year last and a time of the day in hours to 12 (`3/19/2023 4:38:14 PM`,
# as an English-language server prints it): read only with its AM or PM, which says the month comes first.
_MONTH_FIRST_DATE = (
    r"(?<![\d/])(?P<m5>0?[1-9]|1[0-2])/(?P<d5>0?[1-9]|[12]\d|3[01])/(?P<y5>(?:19|20)\d{2})(?=\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)"
)
_WEB_STAMP = re.compile(
    f"(?:{_DATE}|{_SHORT_YEAR_DATE}|{_DAY_FIRST_DATE}|{_MONTH_FIRST_DATE})"
    + r"\s*"
    + _WEEKDAY
    + r"?\s*(?P<time>\d{1,2}[:：]\d{2}|\d{1,2}时\d{1,2}分)?"
)
# The properties an e-paper system (Founder's) leaves in its article pages: the issue's date,
# the article's deck, author or kicker when it has them, page numbers, the paper's name, the
# article's file, whatever its name (`2025-03-14 5 5 济宁高新新闻 content_199154.html 1 莘县考察团…
# /enpproperty-->`, `2023-11-29 今年签约…—— 通州 1 1 南通日报 content_156359.html …`).
_EPAPER_PROPERTIES = re.compile(_DATE + r"\s+(?:\S+\s+)*?\d+\s+\d+\s+(?P<paper>\S{2,20})\s+[\w-]+\.html?\b.*enpproperty")
# …or the same properties left without their comment's end, the day opening the line, the page numbers after it
# or after the title's few words (`2025-09-30 2 2 河北经济日报 con180624.html 1 围场:…`, `2024-01-05 京津冀…拔节生长 1 1
# 沧州日报 content_114506.html 1 …`).
_EPAPER_PROPERTIES_ROW = re.compile(_DATE + r"\s+(?:\S+\s+){0,6}?\d+\s+\d+\s+(?P<paper>\S{2,20})\s+[\w-]+\.html?\s")
# An e-paper's record of the article printed with it, at its head or foot: the paper, the
# section, the page, the title, the date, the article's number (`浙江日报 要闻 00009 天台10个重大项目
# 集中开工 2021-06-30 22735848 2 2021年06月30日 星期三`).
_EPAPER_RECORD = re.compile(
    r"(?P<paper>\S{2,20})\s+\S{1,12}\s+\d{2,5}\s+.{2,80}?\s+"
    + _DATE
    + r"\s+\d{6,}\s+\d+\s+\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)?[一二三四五六日天]?"
)
# A date and the paper's own name, nothing else (`2023-07-21 周口日报`).
_DATE_THEN_PAPER = re.compile(_DATE + r"\s*" + _WEEKDAY + r"?\s+(?P<paper>\S{2,30})")
# …or the body whose site carries the copy (`2012-09-03 青海省科技厅`): a department, a government; no paper.
_PUBLISHING_BODY = re.compile(f"[{HAN}]{{2,16}}(?:厅|局|委员会|委|办公室|政府|中心)")
# A row of a government site's disclosure table (政府信息公开: `| 索引号 | … | 文号 | |`,
# `| 来源 | 玉溪网 | 公开日期 | 2026-03-02 |`), and the day it was made public.
_DISCLOSURE_ROW = re.compile(r"^[|｜].*(?:索引号|文\s*号|公开日期|发布机构|成文日期|主题分类)")
_DISCLOSED_ON = re.compile(r"(?:公开日期|发布日期|成文日期)\s*[|｜]\s*" + _DATE + _WEEKDAY + "?")
# The source line a portal prints under a paper's article: the paper, its date and its page
# (`《工人日报》（2013年09月11日 03版）`, `《 人民日报 》（ 2013年09月11日   第 03 版）`, as
# people.com.cn prints it, or the page after the bracket, `《内蒙古日报》(2017年1月17日) 01版`, as an
# e-paper prints it); a page or a registered paper, so that a document's title and date
# (`《中国共产党章程》（2017年10月24日）`) is none.
_PAPER_DATE_PAGE = re.compile(
    r"《(?P<paper>[^《》]{2,20})》\s*[（(]\s*"
    + _DATE
    + r"\s*"
    + _WEEKDAY
    + r"?\s*[）)]?\s*(?:第?\s*(?P<label>[A-Z]{0,2}\d{1,2})\s*版)?\s*[）)]?"
)
# …or an e-paper reader's page line: the paper (and its edition), the date and the page set off by
# slashes (`西藏日报(汉)/2024 年/1 月/3 日/第 001 版`).
_READER_PAGE_LINE = re.compile(
    r"(?P<paper>[^\s/（）()]{2,20})(?:[（(][^）)]{1,4}[）)])?/(?P<y>(?:19|20)\d{2})\s*年/(?P<m>\d{1,2})\s*月/(?P<d>\d{1,2})\s*日"
    r"/第\s*(?P<label>[A-Z]{0,2}\d{1,3})\s*版(?P<section>[\u4e00-\u9fff]{0,6})"  # its section glued after it (第 002 版要闻, 第 A02 版综合新闻)
)
_PROSE = re.compile(r"[，。；！？]")
_STAMP_LABEL = re.compile(
    r"(?:来源|来自|稿源|作者|日期|版次|编辑|发布|发表|发布时间|发稿时间|发布日期|公开日期|更新时间|更新日期|发布者|发布人|字数|字体|字号)\s*[：:]|发布于|更新于"
)
# The people a stamp line credits (`来源：大众网 作者：王琨 陈健 2013-01-09 14:03`, `作者:记者 丁春贵 报道`,
# `2025-11-12 编辑: 郝暖`, `2021-08-28 17:36 钟祥市融媒体中心记者:王超华 王琛`): up to two spaces, the next label or the end; not the next label itself
# (语音阅读, an e-paper template's read-aloud button: `作者:  语音阅读:` credits nobody), nor a
# comment link (`责任编辑:王俊杰 我来说两句`) or a button (`点击图片浏览下一页`); a bracket closes a field (`【作者:记者 林涵】`),
# and an empty field's label is no name (`作者: 责任编辑:李秀清`: no 责任 before 编辑).
_STAMP_CREDIT = re.compile(
    "(?P<label>作者|记者|责任编辑|责编|编辑|审核)\\s*[：:]\\s*(?P<names>[^：:]*?)(?=\\s{2,}|\\s*(?:来源|来自|签发日期|出版日期|发布|日期|责任编辑|责编|编辑|浏览|语音阅读|阅读|我来说两句|发表评论|点击)|\\s+[^\\s：:|｜]{1,6}\\s*[：:]|\\s*[|｜】\\]］《]|\\s*\\d{4}|$)"
)
# What may lead a stamp's date: an address (its date in brackets after it: `www.scol.com.cn (2019-01-04 09:15:05)`),
# marks (©原创: an original post), labels with up to four words each (an author's may list four people:
# `作者:谢万波 何国好 刘晓天 蒋杰`; a counter's too, empty or not: `浏览量:`, `点击数:12`; a poster's, its name run on into
# the date's label: `发布者:系统管理员发布时间:`), and a forum's poster before 发表于 (`老吕 发表于 2011-5-7 11:26:33`).
_STAMP_LEAD = re.compile(
    r"(?:[\sA-Za-z0-9.:：/_\-|｜\[［【·•©(（]|原创|(?:(?:信息|新闻|文章)?来源|稿源|(?:新闻|文章)?作者|编辑|责任编辑|责编|发布时间|发布日期|发稿时间|发表时间|发表日期|发表于|签发日期|(?:内容)?更新时间|更新日期|公开日期|时间|日期|刊发日期|出版日期|版次|发布者|发布人|发布|(?:人气|点击|浏览|阅读|访问)(?:量|数|次数|率)?|字体|字号|字数"
    r"|[\u4e00-\u9fff]{0,4}(?:类型|类别|栏目|频道|分类))\s*[：:]\s*(?:[^\s：:]+?(?:\s|(?=(?:发布|更新)(?:时间|日期)[：:]))){0,4}|(?:[^\s：:]{1,16}\s+)?(?:发表于|发布于|更新于)\s*)*"
)
MAX_STAMP_LINE = 100
# What a source line names: `来源：德州日报`, `本文转自:人民网-青海频道` (or `来源 怀化日报`, a space for the
# colon at the line's start), up to a space, a bar or the next label.
_SOURCE_NAME = re.compile(
    r"(?:(?:来源|来自|本文转自|转自|报纸名称|出处)】?\s*[：:]|^来源\s)\s*(?P<name>[^\s|｜：:]+?)(?=作者|编辑|责任编辑|发布|时间|[\s|｜]|$)"
)
# A site's or a page's footer naming its paper: `本网站所有内容属《青岛西海岸报》所有`,
# `德州日报新媒体出品`, `◎ 《今日兖州》 济宁市兖州日报社印刷厂…`; the house's notice of its rights
# printed on its pages (`淮南日报社严正声明`).
_HOUSE_NOTICE = r"报社(?:严正|郑重|版权)?声明$"
# …or an e-paper's greeting to its reader, above its visitor count (`欢迎您阅览天门日报 您是第`).
_READER_WELCOME = r"^欢迎您?(?:阅览|阅读|浏览)"
_FOOTER = re.compile(
    r"版权所有|版权(?:归|属)|内容属|所有内容|出品|©|Copyright|◎\s*《|版次\s*[：:]|" + _HOUSE_NOTICE + "|" + _READER_WELCOME
)  # -- 菏泽日报 -- 版次:[A1]
# A footer's paper in title marks, then the house that publishes it (`《淮安区报》淮安市淮安区融媒体中心`), registered or not.
_PAPER_AND_PUBLISHER = re.compile(
    f"(?:◎\\s*)?《(?P<paper>[{HAN}]{{2,10}}报)》\\s*(?P<house>[{HAN}]{{2,20}}(?:融媒体中心|报社|传媒集团|传媒中心|新闻中心))"
)


def _its_own_house(published: re.Match) -> bool:
    """Whether the house shares the paper's place, its first two characters (淮安区报 and 淮安市淮安区融媒体中心), as a
    paper's own does: a headline citing a paper about another house (`《人民日报》点赞…融媒体中心`) does not."""
    return published["paper"][:2] in published["house"]


_CHROME_TOKENS = re.compile(r"[\s|｜·•/《》\-]+|\d+|[（）()：:]")
# A heading's characters may stand apart (`导 读`, as a page spaces a short heading out).
_TEASER_HEADING = re.compile(r"[【\[［■▶►●◆>》\s]*(?:" + "|".join(r"\s*".join(h) for h in TEASER_HEADINGS) + r")[】\]］\s：:]*")
_PUBLISHER = re.compile(
    _HOUSE_NOTICE
    + "|"
    + _READER_WELCOME
    + r"|(?:主办|编辑出版|(?<=[社团司心])(?<!出版社)出版发行|出版发行\s*[：:]|^中共[\u4e00-\u9fff]{2,12}委员?会?$|国内统一连续出版物号|国内统一刊号|邮发代号|CN\s*\d{2}-?\d{4})"
)
_PINYIN_HEADER = re.compile(r"^[A-Z][A-Z ]{3,}$")
# A media centre named as a site's publisher (`中共射洪市委宣传部主管 射洪市融媒体中心主办  地址:…`).
_CENTRE_PUBLISHING = re.compile(f"(?:^|\\s)(?P<name>[{HAN}]{{2,12}}(?:融媒体中心|融媒))\\s*主办(?=\\s|$)")
# A site's or a government's name alone, a place's (益阳在线, 工布江达县人民政府; not 织密民生保障网), not
# registered (registered names are mastheads).
_SITE_NAME_ALONE = re.compile(f"[{HAN}]{{2,12}}(?:人民政府|在线|新闻网|网|客户端)(?:手机版)?")
# …or its name and its boasts, the banner of its pages (`辽阳新闻网官方新闻门户-权威媒体 辽阳门户`).
_SITE_BANNER = re.compile(
    f"[{HAN}]{{2,12}}?(?:新闻网|网|在线)[\\s\\-—－|｜_·]*(?:官方|权威|门户)(?:官方|权威|新闻|媒体|网站|门户|[{HAN}]{{2,4}}门户|[\\s\\-—－|｜_·])*"
)  # boasts and separators only: `青岛新闻网权威发布：…` is a headline
_SLOGAN_LINE = re.compile(f"^[{HAN}]{{2,8}}$")


@dataclass
class PageHeader:
    publication: str = ""
    date: tuple[int, int, int] | None = None
    date_evidence: str = ""
    # The date came from a line of a date and its weekday alone: a portal's today as often
    # as a masthead's day (see `_read_date_line`).
    date_is_a_day_alone: bool = False
    issue_no: int | None = None
    lunar_date: str = ""
    weekday: str = ""
    section: str = ""
    page_no: int | None = None
    page_label: str = ""  # the page as printed, with its stack letter: A05
    source: str = ""  # the publication a news site's source or stamp line names (来源：德州日报)
    credits: list = field(default_factory=list)  # bylines of the stamp line's 作者
    furniture: set[int] = field(default_factory=set)  # indices of lines that are not content
    stamps: set[int] = field(default_factory=set)  # …of them, a copy's date or stamp lines (a title stands above one)


# A copy's title and its stamp flattened onto one line (`…集中开工 来源:文化艺术网 作者:刘燕郡 时间:2022-07-06`).
_TITLE_THEN_STAMP = re.compile(
    r"(?P<title>[^\s。，,：:！？][^。，,：:！？]{3,39}?)\s+(?P<stamp>(?:来源|作者|发布时间|时间|日期)\s*[：:].+)"
)
_STAMP_WORD = re.compile("来源|作者|时间|日期")
# …or a site's page title with its day run on after it (`我区举行重点项目春季开工仪式2021/4/9`): a
# day written in figures closes no headline. The title may open with its year (`2020年第三批…开工仪式2020/4/10`).
_TITLE_THEN_DAY = re.compile(
    r"(?P<title>(?:(?:19|20)\d{2}年)?[^\s。，,：:！？\d][^。，,：:！？]{3,39}?[^\s\d])\s*(?P<stamp>(?:19|20)\d{2}(?P<sep>[-/])\d{1,2}(?P=sep)\d{1,2})"
)
# …or its day and time run on after it before the source (`聂卫国:忠县…开局良好2015-10-16 09:49 来源:忠州日报 …`): a
# time and a source make it a stamp, whatever the title holds (a speaker's colon).
_DASHED_DAY_AND_TIME = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"  # 2015-10-16 09:49(:30)
_TITLE_THEN_TIMED_STAMP = re.compile(
    r"(?P<title>[^\s。，,：:！？][^。，,！？]{3,39}?[^\s\d])\s*" rf"(?P<stamp>{_DASHED_DAY_AND_TIME}\s+来源\s*[：:].+)"
)
MAX_TITLE_AND_STAMP = 140  # a title and a stamp: a longer line is prose
# What an event's notice gives besides its time (`…开幕 时间：… 地点：…`): no stamp.
_NOTICE_FIELD = re.compile("地点|地址|主办|承办|报名|联系")


def split_title_and_stamp(lines: list[str]) -> list[str]:
    """The lines, each holding a title and a stamp flattened together cut in two: the
    title, then the stamp, which then reads as any stamp line does."""
    out = []
    for line in lines:
        if ":" in line and (titled := _TITLE_THEN_TIMED_DAY_THEN_TEXT.match(line.strip())):
            # A whole copy on one line: its title, its day and time, its text (`奏响春日施工“奋进曲”2025-04-01 10:12:14 连日来，…`).
            out += [titled["title"], titled["stamp"]]
            line = titled["text"]
        out += _title_and_stamp(line) or _stamp_and_text(line) or [line]
    return out


# A title ends in no word that leads up to a time (`拍卖会定于2024-05-06 09:30 在…举行。` is a sentence).
_TITLE_THEN_TIMED_DAY_THEN_TEXT = re.compile(
    r"(?P<title>[^\s。，,：:！？\d][^。，,：:！？]{3,39}?[^\s\d于在为至将到从])\s*"
    rf"(?P<stamp>{_DASHED_DAY_AND_TIME})\s+(?P<text>\S[^。！？]*[。！？].*)"
)


def _stamp_and_text(line: str) -> list[str]:
    """[text, stamp] of a paragraph a copy ran its source's stamp on to (`…安全工程。来源:徐州日报 作者:骆耀明`),
    [stamp, text] of one that opens with it (`来源:河南日报 2021-09-079月2日,漯河市…`), else []."""
    if "来源" not in line:
        return []
    if closing := _STAMP_CLOSING_TEXT.search(line):
        return [line[: closing.start("stamp")], closing["stamp"]]
    if opening := _STAMP_OPENING_TEXT.match(line):
        return [opening["stamp"], line[opening.end("stamp") :]]
    return []


# A source's stamp after a paragraph's last sentence or its photo credit (`…记者 郭炳中 摄来源:吕梁日报`), its writer
# perhaps named, up to the line's end…
_STAMP_CLOSING_TEXT = re.compile(
    r"(?:[。！？”]|(?<=\s)摄\s*)(?P<stamp>来源\s*[：:]\s*[^\s：:，。]{2,20}(?:\s+(?:作者|记者|编辑|责任编辑)\s*[：:]\s*[^\s：:，。]{2,12})*)\s*$"
)
# …or before its first sentence, the day of the copy closing it.
# Not inside its time (`来源:县域经济网 2025-11-13 18:03:17 作者:…`: the seconds are the stamp's, no text).
_STAMP_OPENING_TEXT = re.compile(
    r"\s*(?P<stamp>来源\s*[：:]\s*[^\s：:，。]{2,20}\s+\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?![:：])\S"
)


def _title_and_stamp(line: str) -> list[str]:
    """[title, stamp] of a line holding both, else []: not a stamp led by its site's name,
    which is one already (`景县新闻网 时间：2017-02-28 11:55`), nor an event's notice
    (`第十届读书节开幕 时间：… 地点：…`)."""
    stripped = line.strip()
    if stripped[-1:].isdigit() and (glued := _TITLE_THEN_DAY.fullmatch(stripped)) and _DATE_LINE.fullmatch(glued["stamp"]):
        return [glued["title"], glued["stamp"]]
    if len(line) > MAX_TITLE_AND_STAMP or not _STAMP_WORD.search(line):
        return []
    flattened = _TITLE_THEN_STAMP.fullmatch(stripped) or _TITLE_THEN_TIMED_STAMP.fullmatch(stripped)
    if not flattened or _NOTICE_FIELD.search(flattened["stamp"]):
        return []
    if _web_stamp(simplified(fold_punct(flattened["stamp"]))) and not _web_stamp(simplified(fold_punct(line))):
        return [flattened["title"], flattened["stamp"]]
    return []


def read_header(lines: list[str]) -> PageHeader:
    """Find every furniture line and what it says about the page.

    Furniture: a line that is a publication name; a publisher line (主办, 编辑出版, 出版发行 after
    its house or before a colon, not a title's `…阿拉伯文版出版发行`, 中共…委 alone on the line,
    国内统一连续出版物号 or 国内统一刊号, 邮发代号, a CN serial number) of at most 40 characters; a masthead date line of at most 40 characters with a lunar date, a
    weekday or an issue number besides the date; page navigation (`_PAGE_NAV`: `01版:要闻`,
    `A05版：城事`, `A05：城事`, `第A05版`), whose page number is the label's digits
    (A05 -> 5) and whose label is kept in `page_label`; a line made only of navigation
    words (NAV_WORDS) and dates, separated by spaces or |; a link to the previous or next
    article (`上一篇：…`); a whole line of date with publication or page; a date line
    (`_DATE_LINE`: `2024-05-06 10:21 来源：大众日报`), which dates the page only among
    its first HEAD_LINES non-blank lines that are not furniture (teasers are); a pinyin section header (four or more capitals
    and spaces) and the previous non-blank line when it has at most 8 characters, which is
    the section; slogans (`_slogan_lines`); teaser blocks (`teaser_lines`), which say
    nothing about the page. For every field of the header the first value found wins.
    """
    header = PageHeader()
    teasers = teaser_lines(lines)
    clocks = clock_lines(lines)
    card_days: set[int] = set()
    slogans = _slogan_lines(lines)
    n_read = 0  # lines of the page's head read so far that are not furniture
    for i, raw in enumerate(lines):
        line = simplified(fold_punct(raw.strip()))  # 版, 報, 來源 of a traditional copy alike
        if not line or i in teasers:
            continue
        in_head = n_read < HEAD_LINES
        if i in clocks or i in card_days or (in_head and _POSTER_CARD.fullmatch(line)):
            header.furniture.add(i)
            if _CARD_DAY_FIELD.fullmatch(line):  # the poster's day of joining on the next line (`注册时间` / `2016-10-31`)
                card_days.add(next((j for j in range(i + 1, len(lines)) if lines[j].strip()), -1))
        elif _SOURCE_LABEL_ALONE.fullmatch(line) and (sourced := _source_below(lines, i)):
            # A tile's or a field's label alone, its outlets on the next line (`来源` / `无锡观察 无锡日报 江南晚报`), over
            # the report or under it (`来源:` / `衢州新闻网-衢州晚报`).
            header.source = header.source or sourced[0]
            header.furniture.update((i, sourced[1]))
        elif in_head and _YEAR_ALONE.fullmatch(line) and (tile := _date_tile(lines, i)):
            stamp, tile_lines = tile
            _read_date_line(header, " ".join(lines[j].strip() for j in tile_lines), _WEB_STAMP.match(stamp))
            header.furniture.update(tile_lines)
            header.stamps.add(i)
        elif masthead := masthead_publication(line):
            if not _is_promoted(lines, i):
                header.publication = header.publication or masthead
            header.furniture.add(i)
        elif in_head and header.page_no is not None and (paper := _e_paper_app(line)):
            header.source = header.source or paper  # an e-paper's own app over its article
            header.furniture.add(i)
        elif in_head and (centre := _publishing_centre(line)):
            header.source = header.source or centre  # the site a media centre runs carries its own reports
            header.furniture.add(i)
        elif _is_publisher_line(line):
            header.source = header.source or _footer_paper(line) or _serial_publisher_paper(line)  # `…主管主办| 巴音郭楞日报社©版权所有`
            header.furniture.add(i)
        elif _is_masthead_date(line):
            _read_masthead_date(header, line)
            header.credits += _page_staff(line, fold_punct(raw.strip()))
            header.furniture.add(i)
        elif _DISCLOSURE_ROW.search(line):
            if in_head and (disclosed := _DISCLOSED_ON.search(line)):
                _read_date_line(header, line, disclosed)
            header.furniture.add(i)
        elif published := _ISSUE_PUBLISHED.fullmatch(line):
            _read_issue_published(header, line, published)
            header.furniture.add(i)
        elif "版" in line and (issued := _PAGE_THEN_ISSUE.fullmatch(_with_page_digits(line))):
            _read_issue_published(header, line, issued)
            header.section = header.section or issued["section"]
            header.furniture.add(i)
        elif match := _page_nav(line):
            _read_page(header, match["label"])
            header.section = header.section or (match.groupdict().get("section") or "")
            header.furniture.add(i)
        elif issue := _e_paper_issue(line):
            _read_nav_line(header, issue)
            header.furniture.add(i)
        elif "|" in line and (brand := _brand_bar_paper(line)):
            header.source = header.source or brand
            header.furniture.add(i)
        elif _DAY_STAMP.fullmatch(line):
            header.furniture.add(i)
            header.stamps.add(i)
        elif _is_site_chrome(line):
            if len(line) <= MAX_STAMP_LINE:  # a notice of rights names its owner (`今日瓯海©版权所有 未经许可不得转载`)
                header.source = header.source or _footer_paper(line) or _breadcrumb_paper(line)
            header.furniture.add(i)
        elif _is_nav_line(line):
            _read_nav_line(header, line)
            header.furniture.add(i)
        elif (match := _DATE_LINE.fullmatch(line)) or (match := _web_stamp(line)):
            if in_head:
                _read_date_line(header, line, match)
                header.source = header.source or source_publication(line)
            header.credits += _stamp_credits(line, fold_punct(raw.strip()))
            header.furniture.add(i)
            header.stamps.add(i)
        elif "/" in line and (row := _READER_PAGE_LINE.fullmatch(line)) and (paper := masthead_publication(row["paper"])):
            header.publication = header.publication or paper
            header.section = header.section or row["section"]
            _read_date_and_page(header, line, row, in_head)
            header.furniture.add(i)
        elif (cited := _PAPER_DATE_PAGE.fullmatch(line)) and ((paper := masthead_publication(cited["paper"])) or cited["label"]):
            header.source = header.source or paper
            _read_date_and_page(header, line, cited, in_head)
            header.furniture.add(i)
            header.stamps.add(i)
        elif (dated := _DATE_THEN_PAPER.fullmatch(line)) and (
            (paper := masthead_publication(dated["paper"])) or _PUBLISHING_BODY.fullmatch(dated["paper"])
        ):
            header.source = header.source or paper  # an e-paper's `2023-07-21 周口日报`, head or foot
            if in_head:
                _read_date_line(header, line, dated)
            header.furniture.add(i)
        elif (record := _EPAPER_RECORD.fullmatch(line)) and (paper := masthead_publication(record["paper"])):
            header.source = header.source or paper
            _read_date_line(header, line, record)  # the article's own record, wherever it stands
            header.furniture.add(i)
        elif ("enpproperty" in line and (properties := _EPAPER_PROPERTIES.search(line))) or (
            ".htm" in line and (properties := _EPAPER_PROPERTIES_ROW.match(line))
        ):
            header.source = header.source or masthead_publication(properties["paper"])
            _read_date_line(header, line, properties)  # the issue's, wherever the line stands
            header.furniture.add(i)
        elif "客户端" in line and (gated := _READ_IN_ITS_APP.search(line)) and (paper := of_outlet(gated["name"])):
            header.source = header.source or paper.name  # the paper's own page, its text kept for its app
            header.furniture.add(i)
        elif tagged := source_tag(line):
            header.source = header.source or tagged[0].name  # 【光明日报】激发海洋活力…: a headline, not furniture
        elif in_head and (credited := title_credit(line)):
            header.source = header.source or credited.name  # a headline too, as a tag's (`【光明日报】…`)
        elif len(line) <= MAX_STAMP_LINE and (paper := _footer_paper(line)):
            header.source = header.source or paper
            header.furniture.add(i)
        elif len(line) <= MAX_STAMP_LINE and _SOURCE_NAME.search(line) and not _PROSE.search(line):
            header.source = header.source or source_publication(line)
            header.credits += _stamp_credits(line, fold_punct(raw.strip()))
            header.furniture.add(i)
        elif _PINYIN_HEADER.match(line):
            header.furniture.add(i)
            previous = _previous_nonblank(lines, i)
            if previous is not None and len(lines[previous].strip()) <= 8:
                header.section = header.section or lines[previous].strip()
                header.furniture.add(previous)
        elif in_head and (_SITE_NAME_ALONE.fullmatch(line) or _SITE_BANNER.fullmatch(line)) and place_starting_at(line, 0):
            header.furniture.add(i)  # the site's name over its story (`益阳在线`, `工布江达县人民政府`)
        elif in_head and _COUNTER_OR_LINK.fullmatch(line):
            # A site's counter or its bar of links (`121909`, `| English|`); further down a
            # line of digits may be a paragraph's broken-off figure.
            header.furniture.add(i)
        # An e-paper's long navigation does not end its head, nor a site's menu of short words (焦点, 政要 …).
        n_read += i not in header.furniture and i not in slogans
    header.furniture |= slogans | teasers | notice_lines(lines) | record_field_lines(lines)
    return header


def _is_publisher_line(line: str) -> bool:
    """A publisher line: short, or as long as a stamp when it carries the paper's serial
    number (`中共柳州市委主管主办 国内统一刊号: CN45-0003 爆料热线:…`); no prose (`…代表主办的市长…。`)."""
    short_enough = len(line) <= 40 or (len(line) <= MAX_SERIAL_LINE and bool(_SERIAL_NUMBER.search(line)))
    return short_enough and bool(_PUBLISHER.search(line)) and not has_sentence_inside(line)


MAX_SERIAL_LINE = 100  # a publisher's line with its serial number, address and hotline
_SERIAL_NUMBER = re.compile(r"国内统一(?:连续出版物号|刊号)|CN\s*\d{2}-?\d{4}")


# A paper's publisher named after it: 黔东南日报社出版, 青岛日报社编辑出版, with its group between
# (`贵州日报报刊社 贵州日报当代融媒体集团 出版`).
_PAPER_PUBLISHER = re.compile("(?:报刊社|报社)(?=[^，。]{0,20}出版)")


def _serial_publisher_paper(line: str) -> str:
    """The paper whose serial number a publisher line prints with its publisher's name
    (`国内统一刊号:CN52-0017 黔东南日报社出版`, `中共青岛市委主管青岛日报社出版`): the longest
    registered name ending at 报社. A serial number is one paper's, where a publisher alone
    (青岛日报社出版发行) may print several; "" when none."""
    publisher = _PAPER_PUBLISHER.search(line) if _SERIAL_NUMBER.search(line) else None
    if not publisher:
        return ""
    end = publisher.start() + (publisher.group() == "报社")  # the paper's 报 is 报社's, not 报刊社's
    names = (line[start:end] for start in range(max(0, end - LONGEST_PUBLICATION_NAME), end - 1))
    found = next((found for name in names if (found := named(name))), None)
    return found.name if found else ""


def _footer_paper(line: str) -> str:
    """The paper a footer line names (`版权所有`, `©`, `出品` …), or a county's 今日<place> claiming
    its rights (`今日瓯海©版权所有`), or its paper in title marks before its own house, registered or
    not (`《淮安区报》淮安市淮安区融媒体中心`); "" when none."""
    found = _FOOTER.search(line) and (
        named_in(line) or ((rights := _TODAY_PAPERS_RIGHTS.search(line)) and today_paper(rights["name"] or rights["after"]))
    )
    if found:
        return found.name
    published = _PAPER_AND_PUBLISHER.fullmatch(line) if line.startswith(("《", "◎")) else None
    return published["paper"] if published and _its_own_house(published) else ""


# A site's footer prints its owner before the mark or after it and the years (`© 2017 今日房县`), the name ending
# where the notice's own words begin (`© 2017 今日房县版权所有`).
_TODAY_PAPERS_RIGHTS = re.compile(
    f"(?P<name>今日[{HAN}]{{2,6}}?)\\s*(?:©|版权所有)|©\\s*(?:\\d{{4}}(?:\\s*-\\s*\\d{{4}})?\\s*)?(?P<after>今日[{HAN}]{{2,6}}?)(?=版权|[^{HAN}]|$)"
)


def _publishing_centre(line: str) -> str:
    """The registered media centre a line names as the site's publisher, "" when none; not
    on a line of prose."""
    found = _CENTRE_PUBLISHING.search(line) if "主办" in line and not _PROSE.search(line) else None
    outlet = of_outlet(found["name"]) if found else None
    return outlet.name if outlet else ""


# Any three to eight Han characters but 截至 (as of) before a stamp's date and time, nothing
# else on the line: an app's or an account's name (掌上曲靖); a line of prose has more words.
_NOT_AS_OF = "(?!截至|截止)"  # 截至 (as of) before a date opens a sentence, names no one
_APP_NAME = re.compile(f"{_NOT_AS_OF}[{HAN}]{{3,8}}")
# …its seconds, and the font-size buttons a copy leaves after it (`右江日报 2017-05-19 08:55 大字`).
_SECONDS_ALONE = re.compile(r"(?:[:：]\d{2})?(?:\s*(?:[大中小]字体?|[大中小]))*\s*")


_AUTHOR_SHAPE = re.compile(f"\\s*{_NOT_AS_OF}[{HAN}]{{2,4}}\\s+")


def _is_author_alone(text: str) -> bool:
    """A person's name alone (吉战顺), not a site's or an alias's (观海新闻)."""
    return bool(_AUTHOR_SHAPE.fullmatch(text)) and [person.name for person in parse_people(text.strip())] == [text.strip()]


_BARS_ALONE = re.compile(r"[\s|｜]*")


def _read_date_and_page(header: PageHeader, line: str, match: re.Match, in_head: bool) -> None:
    """The date and page a line gives with its paper, read in the page's head only."""
    if in_head:
        _read_date_line(header, line, match)
        _read_page(header, match["label"])


_CITED_PAPER_THEN_WRITER = re.compile(
    f"《(?P<paper>[^《》]{{2,20}})》\\s*(?:(?:记者|作者|通讯员)?\\s*[{HAN}]{{2,4}}(?:\\s+[{HAN}]{{2,4}}){{0,3}})?"
)


def _web_stamp(line: str) -> re.Match | None:
    """A stamp line: no prose, and before the date only an address, a label, the name
    of a registered publication, a site's or an account's unlisted name (`_SITE_LEAD`:
    晋江新闻网, 西乌发布) or a place (石嘴山), so that `截至2024-05-06 10:21` stays text; a
    time of day after the date, or a 来源/作者 label on the line."""
    if len(line) > MAX_STAMP_LINE or _PROSE.search(line):
        return None
    match = _WEB_STAMP.search(line)
    if not match:
        return None
    before = line[: match.start()]
    if _is_author_alone(before) and (_BARS_ALONE.fullmatch(line[match.end() :]) or _STAMP_LABEL.search(line, match.end())):
        return match  # an item's author and date, nothing else (`吉战顺 2016-11-01 |`), or labels after it (`阿陈 2020-03-27 16:06 来源:新疆日报`)
    named = _SITE_LEAD.fullmatch(before) or _NAME_THEN_ADDRESS.fullmatch(before) or masthead_publication(before)
    after = line[match.end() :].strip()
    # An account's name, the day and 原创 (its own post): a WeChat article's header (`宝安湾 2021-08-04 原创`).
    if after == "原创" and _APP_NAME.fullmatch(before.strip()):
        return match
    # …or the day first, then who posts and the account (`2018-01-18 连州市委宣传部 连州发布`).
    if not before.strip() and _POSTER_AND_ACCOUNT.fullmatch(after):
        return match
    # …or, after a bullet, the day, the registered paper it comes from and its writer (`• 2019-06-05 《柳州日报》 记者 谢耘`).
    if not before.strip(" •·") and (cited := _CITED_PAPER_THEN_WRITER.fullmatch(after)) and masthead_publication(cited["paper"]):
        return match
    # A date alone after a site's, an account's or a paper's name is its stamp too
    # (`成都发布 2023-05-19`, a copy's `北海日报 2022-10-20`).
    if not (match["time"] or _STAMP_LABEL.search(line) or (named and not after)):
        return None
    led = named or _STAMP_LEAD.fullmatch(before) or source_publication(before) or before.strip() in place_names()
    # …or a trail of links ending at the article (`当前位置:…>本地 > 正文  2023-08-11 04:35:30 来源:张掖日报`).
    led = led or _BREADCRUMB_TO_ARTICLE.search(before)
    # …or to a channel, then the copy's source (`您当前的位置 :中华龙都网  >> 新闻中心     来源:中华龙都网 2017-03-17 10:20:19`).
    led = led or (_SOURCE_LAST.search(before) and _is_breadcrumb(before))
    # …or an app's or an account's name alone before a date and a time, nothing after (`掌上曲靖 2020-05-19 22:20:23`).
    led = led or (match["time"] and _APP_NAME.fullmatch(before.strip()) and _SECONDS_ALONE.fullmatch(line[match.end() :]))
    # …or an app's column, the day and the time, and the province it was posted from (`政务   2025-01-05 17:50   河南`).
    led = led or (match["time"] and _COLUMN.fullmatch(before.strip()) and _posted_from(line[match.end() :]))
    # …or a site's editor signing the post (`搜狐焦点西宁站小编 2017-12-23 09:00:11`).
    led = led or _SITE_EDITOR.fullmatch(before.strip())
    # …or a source's name alone, glued to the date (`来源:新浪城市宜宾2012年10月18日10:59`).
    led = led or _SOURCE_LAST.fullmatch(before.strip())
    # …or an author's name before the labels (`陈方方   发布时间:2013-03-20 10:31:00   来源:拉萨晚报`).
    author = None if led else _AUTHOR_BEFORE_LABELS.match(before)
    led = led or (
        author and starts_with_surname(before) and _is_author_alone(author.group()) and _STAMP_LEAD.fullmatch(before, author.end())
    )
    return match if led else None


_SITE_EDITOR = re.compile(f"[{HAN}A-Za-z]{{2,16}}小编")
_BREADCRUMB_TO_ARTICLE = re.compile(r"[>＞»]\s*正文\s*$")
_SOURCE_LAST = re.compile(r"来源\s*[：:]\s*[^\s：:]{2,20}\s*$")
_COLUMN = re.compile(f"{_NOT_AS_OF}[{HAN}]{{2,4}}")  # an app's column (政务, 本地新闻), not 截至
# Where an app's post was sent from, after its time: a province, labelled or not (`河南`, `IP属地：河南`).
_POSTED_FROM = re.compile(f"(?::\\d{{2}})?\\s+(?:IP属地\\s*[：:]?\\s*)?(?P<place>[{HAN}]{{2,8}})\\s*")


def _posted_from(after: str) -> bool:
    found = _POSTED_FROM.fullmatch(after)
    return bool(found) and is_province(found["place"])


_TIMED_DAY = f"{_DATE}\\s*\\d{{1,2}}[:：]\\d{{2}}(?:[:：]\\d{{2}})?"  # 2016-08-17 11:29, seconds or not
_TIMED_DAY_AT_END = re.compile(f"\\s{_TIMED_DAY}\\s*$")


# A name of two or three characters: four are more often a column's (工作动态, 重点项目).
_AUTHOR_BEFORE_LABELS = re.compile(f"[{HAN}]{{2,3}}\\s+(?=[{HAN}]{{0,4}}[：:])")


# A news site's address and name before its stamp, listed or not (`www.ijjnews.com 晋江新闻网`,
# an account's `西乌发布`), and the stamp's label (`杭州网  发布时间:`); or the place it
# reports from (`石嘴山 2010-09-05 11:09 宁夏日报`).
_SITE_OR_ACCOUNT = f"[{HAN}]{{2,10}}(?:网|发布|融媒|客户端)"  # 晋江新闻网, 西乌发布
_POSTER_AND_ACCOUNT = re.compile(f"(?:[{HAN}]{{2,12}}\\s+)?{_SITE_OR_ACCOUNT}")
# …or any name before the site's address (`阳光东坑  http://dk.sun0769.com/`).
_NAME_THEN_ADDRESS = re.compile(f"[{HAN}]{{2,10}}\\s*https?[:：]//\\S+\\s*")
_SITE_LEAD = re.compile(
    f"[\\sA-Za-z0-9.:：/_\\-]*{_SITE_OR_ACCOUNT}[\\sA-Za-z0-9.:：/_\\-]*?\\s*(?:(?:发布时间|发稿时间|发布日期|时间|日期)\\s*[：:]\\s*)?"
)  # its address before its name or after it (`南海网 http://www.hinews.cn 时间:`)


def _stamp_credits(line: str, printed: str) -> list:
    """The people `_stamp_people` reads, but for a division named where the author would be (`信息来源:大祥区 作者:大祥区`:
    the district's site; a name spelled like a short place name, 江山, stays a person's)."""
    return [person for person in _stamp_people(line, printed) if not (person.name.endswith(_LEVELS) and places_alone(person.name))]


_LEVELS = tuple("省市县区镇乡州旗")


def _stamp_people(line: str, printed: str) -> list:
    """The people a stamp or source line credits: 作者 reporters, 编辑 editors; on a
    credits line that is people but for its source (`记者:琚晓青 王文龙 通讯员:舒明军
    来源:谷城县融媒体中心 责任编辑:冷晶晶`), everyone with their role. `line` is the line in
    simplified characters, `printed` as printed: names are given as printed (責任編輯: 郭穎慧)."""
    # Folding maps each character to one: labels found in `line` stand at the same places in `printed`.
    line_of_names = printed if len(printed) == len(line) else line
    people = parse_people(line_of_names)
    if people and all(person.duty for person in people):  # each named after a role word, not `日期:`
        return people
    # …or before the stamp's day and time at the line's end (`汕尾日报 记者 李济超  2016-08-17 11:29`): those named.
    day = _TIMED_DAY_AT_END.search(line)
    if day and (named := [person for person in parse_people(line_of_names[: day.start()]) if _named_after_duty(person)]):
        return named
    # …or after its source (`2017年07月11日 09:36:18 来源: 衢州新闻网-衢州日报 记者 方利军 倪晗`); a name
    # before the first role word is the writer's (`来源:东阳市融媒体中心 胡剑文 图片通讯员 蒋晓东`).
    source = line.find("来源")
    if source > 0 and (people := parse_people(line_of_names[source:])) and _credited(people):
        return people
    # …or after the paper it cites (`• 2019-06-05 《柳州日报》 记者 谢耘`).
    cited = line.rfind("》") + 1
    if cited and (people := parse_people(line_of_names[cited:])) and _credited(people):
        return people
    return [
        person
        for credit in _STAMP_CREDIT.finditer(line)
        for person in parse_people(
            line_of_names[credit.start("names") : credit.end("names")],
            default_role=REPORTER if credit["label"] in ("作者", "记者") else EDITOR,
        )
    ]


# An e-paper's page staff printed after its masthead day (`2019年12月11日 星期三 编辑:陈鸿儒 组版:曾彦红 校对:邓超`).
_PAGE_STAFF_LABEL = re.compile(
    "(?:" + "|".join(sorted((word for word, role in ROLE_WORDS.items() if role == EDITOR), key=len, reverse=True)) + ")\\s*[：:]"
)


def _page_staff(line: str, printed: str) -> list:
    """The editors a masthead's day line names after it, from its first staff label; `line` simplified, `printed` as printed."""
    label = _PAGE_STAFF_LABEL.search(line)
    return parse_people(printed[label.start() :], default_role=EDITOR) if label else []


def _named_after_duty(person) -> bool:
    """A person named after a role word, not a label run on without its colon (`更新时间`, `发布于`) nor a unit
    (`城区分社`, `汕尾市公安局`); names of any people's (达瓦次仁, 阿不都热合曼)."""
    return bool(person.duty) and not _NO_PERSON.search(person.name)


_NO_PERSON = re.compile("时间|日期|发布|更新|来源|浏览|点击|阅读|分社|[社局站部所厅委办院]$|中心$")


def _credited(people: list) -> bool:
    """Whether the people after a stamp's source are its credits: a role word among them, and
    the names before the first one (the writers, `parse_people` gives them no duty) each
    opening with a surname."""
    first = next((i for i, person in enumerate(people) if person.duty), None)
    return first is not None and all(starts_with_surname(p.name) for p in people[:first])


def source_publication(line: str) -> str:
    """The publication (`of_outlet`) a source or stamp line names: after 来源, else any
    word of the line that is a publication's name or alias (`半岛都市报 2021-11-26 02:19`,
    `…10:21:02舜网`), also followed by a few more characters (`齐鲁晚报青岛融媒`, `半岛新闻阅读`)
    (lines arrive with traditional characters folded: `read_header`); "" when it names none."""
    words = [word for word in _CHROME_TOKENS.split(_WEB_STAMP.sub(" ", line)) if word]
    # The source first: an editor's house may stand before it (`编辑:哈密市融媒体中心   来源:哈密日报`).
    # A word citing the source (`来源:转自北京日报`, `据…`, `综合…`) is no part of its name.
    sourced = [
        _CITING.sub("", word.removeprefix("来源"))
        for before, word in zip(["", *words], words)
        if before == "来源" or word.startswith("来源")
    ]
    if source := _SOURCE_NAME.search(line):
        sourced.append(_CITING.sub("", source["name"]))  # as printed, a site's dash in it (…网址-三峡日报)
    elif unlabelled := _TIMED_DAY_THEN_NAME.fullmatch(line.strip()):
        sourced.append(unlabelled["name"])  # a site's way of giving its source: `2025-11-20 09:51 闽东日报`
    for word in sourced + words:
        if found := of_outlet(word.removeprefix("来源")):
            return found.name
    return next((paper["paper"] for word in sourced if (paper := _PAPER_BY_ITS_WORD.search(word))), "")


_CITING_WORDS = "据|转自|转载自?|摘自|综合|来自"
# The day and time, then one name alone, the line's last word: where a site prints its source without a label.
_TIMED_DAY_THEN_NAME = re.compile(f"{_TIMED_DAY}\\s+(?P<name>[{HAN}]{{2,12}})")
_CITING = re.compile(f"^(?:{_CITING_WORDS})")


# A name a source line gives that a newspaper's word ends (`来源:滨城时报`): a paper, registered or not, given as
# printed (its home unknown). Only after 来源: elsewhere on a line such a name may be a paper it mentions. A site's
# words before it and a dash are no part of it (`来源:365每日更新最新网址-三峡日报`).
_PAPER_BY_ITS_WORD = re.compile(
    f"(?:^|(?<=[-—－_/]))(?:{_CITING_WORDS})?(?P<paper>[{HAN}]{{2,6}}(?:日报|晚报|时报|早报|晨报|都市报|商报))$"
)


def masthead_publication(line: str) -> str:
    """The publication a line names as a masthead does: the whole line is its name
    (spaces ignored), or its name and an e-paper word (`新即墨数字报`); not an alias,
    which a line of text may well be (`观海新闻`). An e-paper's title bar, each part a name and
    its e-paper word (`今日竹山-数字报|今日竹山-电子版`), names its paper by its place too (`masthead_paper`,
    `today_paper`): there the e-paper word says the name is a paper's."""
    name = _EPAPER_SUFFIX.sub("", SPACES.sub("", line))
    if len(name) > LONGEST_PUBLICATION_NAME:
        return _epaper_title_paper(line) if "|" in line else ""
    found = named(name)
    return found.name if found and found.name == simplified(name) else ""


def _epaper_title_paper(line: str) -> str:
    parts = [_EPAPER_TITLE_PART.fullmatch(part) for part in _BRAND_BAR_MARK.split(SPACES.sub("", line))]
    names = {part["name"] for part in parts if part}
    if len(parts) < 2 or None in parts or len(names) > 1:
        return ""  # not a title bar, or a group's bar of several papers' e-papers: none of them the page's
    (name,) = names
    found = named(name) or masthead_paper(name) or today_paper(name)
    return found.name if found else ""


_EPAPER_TITLE_PART = re.compile(f"(?P<name>[{HAN}]{{2,12}}?)[-—]?{_EPAPER_WORD}")


def _is_masthead_date(line: str) -> bool:
    if len(line) > 40:
        return False  # a body's line: not searched
    match = _MASTHEAD_DATE.search(line)
    return bool(match) and bool(match["lunar"] or match["weekday"] or match["issue"])


def _read_masthead_date(header: PageHeader, line: str) -> None:
    match = _MASTHEAD_DATE.search(line)
    if (found := named_in(line[: match.start()])) and line.startswith(found.name):
        header.publication = header.publication or found.name  # 人民日报海外版 2022年09月14日 星期三
    elif paper := masthead_paper(SPACES.sub("", line[: match.start()])):
        header.publication = header.publication or paper.name  # 兰陵报  2024年9月3日 星期二 第211期
    if header.date is None:
        header.date = (int(match["y"]), int(match["m"]), int(match["d"]))
        header.date_evidence = line
        header.date_is_a_day_alone = not (match["lunar"] or match["issue"] or line[: match.start()].strip() or line[match.end() :].strip())
    header.lunar_date = header.lunar_date or (match["lunar"] or "")
    header.weekday = header.weekday or (match["weekday"] or "")
    _read_issue(header, match["issue"])
    if page := _page_nav(line[match.end() :].strip()):  # `2024年5月3日 星期五 第03版：要闻`
        _read_page(header, page["label"])
        header.section = header.section or (page.groupdict().get("section") or "")


def _page_nav(line: str) -> re.Match | None:
    line = _with_page_digits(line)
    return next((match for pattern in _PAGE_NAV if (match := pattern.fullmatch(line))), None)


def _with_page_digits(line: str) -> str:
    """The line with a page written in Chinese numerals written in digits (第一版 → 第01版)."""
    if "版" in line and len(line) <= MAX_STAMP_LINE:  # most lines are prose: a cheap test before the scan
        return _CHINESE_PAGE.sub(lambda numeral: f"第{chinese_number(numeral[1]):02d}版", line)
    return line


def _read_page(header: PageHeader, label: str | None) -> None:
    """`page_no` is an integer column: it takes the label's digits (A05 -> 5), the page's
    place in its stack, and `page_label` keeps the stack letter that the number drops."""
    if label and header.page_no is None:
        header.page_no = int(label.lstrip(string.ascii_uppercase))
        header.page_label = label


# A news site's chrome: a breadcrumb (`当前位置:首页 > 新闻`, `地方网 > 山东 > 正文`), a
# bracketed label alone (`【导语】`), a label alone with its colon (`新闻热线:`), a row of
# at least SITE_NAV_TOKENS short links without punctuation (`今日青岛 今日即墨 今日胶州 今日平度`).
_BREADCRUMB_START = re.compile(r"(?=[您你当所])(?:您|你)?[当前所在的]{0,5}位置")  # 当前位置, 您所在的位置, 您当前所在位置
_BREADCRUMB = re.compile(r"(?:[^>＞»]{1,30}[>＞»]{1,2}){2,}")  # `>>` between links too
# What an issue line's breadcrumb adds to it: its label and its marks (`_e_paper_issue`).
_ISSUE_LINE_MARKS = re.compile("^" + _BREADCRUMB_START.pattern + r"\s*[：:]|[>＞»]+")
# Labels left empty (`文章来源： 作者：`), a summary's label over it (`核心提示`: the summary is the
# article's), or a channel's over its top story (`频道头条`).
_LABEL_ALONE = re.compile(
    f"^(?:【[{HAN}]{{1,6}}】|[{HAN}]{{2,6}}：(?:\\s*[{HAN}]{{2,6}}：)*|(?:核心提示|内容提要|内容摘要)：?|(?:频道|本地|今日)?头条)$"
)
# A news site's buttons and services, on a short line of their own.
# An e-paper's counters (`本文字数:335`, `阅读量:66`).
# The bare words count only with their colon (`阅读:37221`, `关注:567次`).
# …and the day it stamps an article with, without its year (`日期:02-09`): a title stands above it.
_DAY_STAMP = re.compile(r"(?:日期|发布日期|时间)\s*[：:]\s*\d{1,2}[-/]\d{1,2}")
_COUNTER = re.compile(
    r"(?:(?:本文字数|文章字数|字数|阅读量|阅读数|阅读次数|查看次数|浏览量|浏览次数|点击量|点击数|点击次数)\s*[：:]?|(?:阅读|浏览|点击|关注|人气)\s*[：:])\s*\d+\+?(?:人?次)?"
    r"|共有\d+条评论|(?:已有|已经有|共有)?\s*\d+\s*人?次?(?:浏览|阅读|参与|围观)(?:过)?"
)
# A site's filing of the story (`类别:商务时讯`, `栏目：本地新闻`) and an image's file name left
# on a line of its own (`4.jpg`, `11111_副本.jpg`, a copy's markdown `![](/images/a.jpg)`).
_FILED_UNDER = re.compile(f"(?:信息|文章|新闻)?(?:类别|栏目|所属栏目|分类|频道)\\s*[：:]\\s*[{HAN}A-Za-z0-9·]{{1,12}}")
# …or a name of no Han character with any marks in it (`8A0SB{%（）7O）7%J}]MA_AYP_tmb.jpg`).
_IMAGE_FILE = re.compile(
    f"！\\[[^\\]]*\\]（[^）]*）|[\\w\\-\\s.（）\\[\\]]{{0,60}}{IMAGE_EXTENSION}|[^\\s{HAN}]{{1,60}}{IMAGE_EXTENSION}"
    # …or its default name, left as its label: a screenshot's (`QQ截图20210925105328`), a chat app's picture's.
    "|(?:QQ|TIM|微信)?截图_?\\d{8,14}|微信图片_\\d{8,}(?:_\\d+)?"
    # …or a site's label for a picture with its stored file's identifier (`图片默认标题_fororder_81bd390b-c618-42d2-949c-e124a5e8731a`),
    # set off by _ or / (a sentence may end in an identifier it quotes: `…编号为81bd390b-…`).
    "|(?:\\S{0,30}?[_/])?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}",
    re.IGNORECASE,
)
# A news app's prompt on a copy of its page: its name and the button (`青岛新闻APP`, `打开`), or
# what opening it shows (`打开网易新闻 查看精彩图片`).
_APP = "客户端|APP|App|app"  # a news app, as its name ends
_APP_PROMPT = re.compile(rf"(?:打开|下载|立即打开|打开APP|下载APP|APP内打开)|\S{{2,10}}(?:{_APP})|打开\S{{2,10}}\s*查看\S{{2,8}}")
# 扫一扫 and 字号 with what makes them buttons: 扫一扫 码上办 and 老字号 are headlines' words.
_CHROME_WORDS = re.compile(
    r"扫码|扫一扫.{0,8}(?:手机|打开|关注)|扫描到手机|分享至|大字体|小字体|字号\s*[：:]|字体\s*[：:]|彩信|语音阅读|打印本页|关闭窗口|收藏本页|设为首页"
    r"|站内(?:高级)?(?:搜索|检索)|高级搜索"  # an e-paper's search box (`•   标题    站内高级搜索`)
    r"|立即下载|签到天数\s*[：:]|每日心情"  # an app's download button; a forum's poster card (`签到天数: 6 天 [LV.2]`)
    r"|^(?:QQ|微信|微博)登录$"  # a forum's sign-in buttons
    r"|转播到\S{0,6}微博"  # a share button (`转播到腾讯微博`)
    r"|扫描二维码[：:]?$|关注\S{0,12}(?:微信)?公众号|查找“[^”]{2,12}”$"  # how to follow the site's account (`方法1:查找“投资海口”`)
    r"|(?:热线|电话)\s*[：:]\s*[\d\-]{7,}$"  # its hotline (`全球招商服务热线:4008-008-413`)
    r"|举报电话\s*[：:][\d\-\s]+举报邮箱\s*[：:]"  # where to report harmful content (`24小时举报电话:023-57737953 … 举报邮箱:…`)
    # a site's advice on how to view it (`建议使用IE5.0以上 1024*768 中字体显示模式`, `1280×1024分辨率`, `最佳浏览效果`)
    r"|建议您?(?:使用|采用)\S{0,16}?(?:浏览器|IE\s*\d|分辨率)|\d{3,4}\s*[*×xX]\s*\d{3,4}\s*(?:分辨率|像素)|最佳(?:浏览|显示)效果"
    r"|^\D*放大\s*缩小"  # an e-paper's font-size buttons, empty labels before them (`作者: 浏览次数: 放大 缩小 默认`; not a date's)
)
# A site's button or box alone on its line, a list's bullet before it (`搜 索`, `• 分享`, `打印本文`,
# `语音播报`), or labelled with its own name (`语音播报: 语音播报`): words a headline or a
# paragraph holds, never alone.
# A forum's 楼主 (the thread's first post) and its [复制链接], an e-paper's own label (多媒体数字报),
# a box's close button (`x`), a site's font-size buttons (`字号+`) and its QR prompt stand alone too;
# so do the link to the rest of a cut-off copy (`阅读剩余全文(`) and a label of the site's account
# (`官方微信公众号`).
_BUTTON = r"(?:(?:网站|站内)?搜\s*索|扫描二维码|(?:展开|点击)?(?:阅读|查看)(?:剩余)?全文[（(]?|(?:官方)?微信公众号|字号\s*[+\-＋－]|分\s*享|打印本文|打印|语音播报|楼主|(?:多媒体)?数字报|复制链接|用户登录|立即注册|[x×])"
_BUTTON_ALONE = re.compile(f"[•·]?\\s*[\\[［【]?{_BUTTON}[\\]］】]?(?:\\s*[：:]\\s*{_BUTTON})?")
# A picture's label standing for it, in brackets (`(资料图片)`, `（资料图片仅供参考）`): no title, no credit.
_PICTURE_LABEL = re.compile(r"[（(]\s*(?:" + "|".join(PICTURE_LABELS) + r")[^（()）]{0,8}[)）]")
# A site's notice about the copy itself: its address (`本文链接:https://…`) or its rights
# (`本站原创文章，转载请附上原文链接。`, `版权作品，未经授权严禁转载。`).
_COPY_NOTICE = re.compile(
    r"(?:本文链接|原文链接|文章链接|原文地址)\s*[：:]\s*\S+|.{0,12}(?:转载请|(?:严禁|禁止|不得)转载|未经(?:授权|许可).{0,6}转载).{0,24}"
    # …where to send one (`云上大冶投稿邮箱:ysdaye@qq.com`), or its mark and time (`©原创   12-27 15:14`).
    r"|[^\s：:]{0,10}(?:投稿邮箱|投稿信箱|投稿地址)\s*[：:]\s*\S+|©\s*原创(?:\s+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})?"
)
# A link's label and its address on a line of their own (`北京医院治疗白癜风 https://wapjbk.39.net/…`): a site's
# link or an advertisement, no title.
_LINK_WITH_LABEL = re.compile(r"(?P<label>[^，。！？\s：:]{2,30})\s*https?[:：]//\S+")  # its colon folded


def _is_labelled_link(line: str) -> bool:
    """A link's label and its address alone, not a report's own address (`报名网址 https://…`)."""
    link = _LINK_WITH_LABEL.fullmatch(line)
    return bool(link) and not link["label"].endswith(("网址", "链接", "地址", "官网", "网站"))


# A portal's greeting and its widget of the day (`您好!欢迎您来到定兴县人民政府门户网站! 今天是:`).
_GREETING = re.compile(r"(?:您好\s*[！，]?\s*)?欢迎您?(?:来到|访问|光临|登录)\S{2,30}?(?:网站|网)[！。]?\s*(?:今天是\s*[：:]?.{0,20})?")
# A forum's prompt to sign up, sentences though they are (`马上注册，结交更多好友…。`,
# `您需要 登录 才可以下载或查看，没有账号？立即注册`).
# A forum's card of the poster above the post, a field a line between its figures (`主题` / `273` /
# `帖子` / `331` / `积分` / `黄金会员` / `Rank: 8Rank: 8`; the figures are counters), and its thread's
# counters (`查看: 811|回复: 1`): in the page's head only, where no report stands yet.
_POSTER_CARD = re.compile(
    f"(?:主题|帖子|积分|金币|威望|贡献|精华|好友|听众|收听|在线时间|注册时间|最后登录|UID|[{HAN}]{{2}}会员)"
    r"|(?:Rank[：:]\s*\d+)+|查看\s*[：:]\s*\d+\s*[|｜]\s*回复\s*[：:]\s*\d+"
    # …and the poster's medals run together on one line (`实名认证微信认证社区元老忠实会员社区居民`).
    f"|(?:(?:实名|微信|手机|邮箱|视频)认证|社区元老|社区居民|[{HAN}]{{2}}会员){{2,}}"
)
_CARD_DAY_FIELD = re.compile("注册时间|最后登录")  # fields of the card whose figure is a day, the poster's
_FORUM_PROMPT = re.compile(
    r"马上注册[^，]{0,4}，结交|才可以下载或查看|没有账号？\s*立即注册|^只需一步，快速开始$"
)  # each holds 注册, 查看 or 快速开始
# A forum's anti-copy watermark left on a line of its own: ASCII letters, digits and three or
# more of its marks, no Han character (`" P% p- b0 l$ m`); `(1)`, `50% 30%` and a pinyin header
# have fewer, and an English phrase's apostrophes are none of them.
_WATERMARK = re.compile(r"(?=(?:[^%$;\"()*@#&^]*[%$;\"()*@#&^]){3})[\x20-\x7e]{3,60}")
MAX_CHROME_LINE = 60
_TITLE_LIST_ITEM = re.compile(r"^~{3}|~{3}$")
# Digits alone, but for a year's (a year alone may head a review: 2024; `0` beside
# 分享至 counts shares), a forum thread's two counters (`1623 11`: views, replies), or a bar's links without a Han character (`| English|`; `RSS | 手机版` has one).
_COUNTER_OR_LINK = re.compile(r"\d{1,3}|(?!19|20)\d{4}|\d{5,12}|\d{1,7}\s+\d{1,7}|[^\u4e00-\u9fff|]{0,20}\|[^\u4e00-\u9fff]{0,20}")
SITE_NAV_TOKENS = 4
MAX_NAV_TOKEN = 6
_ANY_PUNCTUATION = re.compile(r"[，。、：；！？“”‘’（）《》,.:;!?()\"']")


# A mirror's search-engine bait: adult sites' keywords run together (`久久精品www人人爽人人,欧美性第一页,男人的天堂av女优,…`).
# Three of them on a line with no full stop make it bait; fewer may stand in a report (`成人免费体检`, `…传播无码AV视频。`)
# or its title.
_BAIT_WORD = re.compile(
    "人人爽|人人做|女优|无码|人妻|少妇|嫩模|成人免费|成人在线|国产成人|福利视频|免费视频|欧美性|久久精品|国产精品|精品一区"
    "|一区二区|一区三区|二区三区|一二三区|视频一区|中文字幕|不卡|毛片|伦片|一级片|麻豆|JIZZ"
    "|a(?<![A-Za-z]a)[vV](?![A-Za-z])|A(?<![A-Za-z]A)[vV](?![A-Za-z])"  # each branch opens with a character
)
MIN_BAIT_WORDS = 3


def _is_site_chrome(line: str) -> bool:
    if len(set(_BAIT_WORD.findall(line))) >= MIN_BAIT_WORDS and "。" not in line:
        return True
    if "~~~" in line and _TITLE_LIST_ITEM.search(line):
        return True  # an e-paper's list of the page's titles, set off by ~~~ (`~~~观海卫、周巷进百强`)
    # Chrome is short (prose lines can be megabytes long) but for a site's bar of links set off
    # by bars or spaced dashes, which a roster of names set off by spaces is not.
    if len(line) > MAX_STAMP_LINE:
        return len(line) <= MAX_LINK_BAR and bool(_LINK_MARK.search(line)) and _is_link_bar(line)
    if line.isascii() and _WATERMARK.fullmatch(line):
        return True
    if ("注册" in line or "查看" in line or "快速开始" in line) and _FORUM_PROMPT.search(line):
        return True
    # A trail of links ending at the article may carry its stamp (`…>本地 > 正文  2023-08-11 04:35:30
    # 来源:张掖日报`): a stamp, no chrome alone. A place before a colon opens a title (`山西大同：` over
    # `招商引资促发展`): no label left empty.
    if _is_breadcrumb(line) and not (("正文" in line or "来源" in line) and _web_stamp(line)):
        return True
    if _LABEL_ALONE.match(line) and not places_alone(line.rstrip("：: ")):
        return True
    if _COUNTER.fullmatch(line) or _APP_PROMPT.fullmatch(line):
        return True
    if _FILED_UNDER.fullmatch(line) or _IMAGE_FILE.fullmatch(line) or _BUTTON_ALONE.fullmatch(line) or _PICTURE_LABEL.fullmatch(line):
        return True
    if _COPY_NOTICE.fullmatch(line) or _GREETING.fullmatch(line) or ("//" in line and _is_labelled_link(line)):
        return True
    if len(line) <= MAX_CHROME_LINE and _CHROME_WORDS.search(line) and not _PROSE.search(line) and not _web_stamp(line):
        return True  # a stamp line with buttons is read as a stamp line
    if len(tokens := line.split()) > 1 and all(_page_nav(token) for token in tokens):
        return True  # several pages' navigation on one line: `HC01版：头版 HC02版：要闻`
    return _is_link_bar(line)


def _brand_bar_paper(line: str) -> str:
    """The paper of a site's bar of its own outlets: the paper after the link home, or the bar's one paper, every other item an
    outlet of the paper's place (`焦作日报 | 焦作网 | 焦作论坛`); "" for any other line (a
    group's bar of its papers names several: `兰州晨报 | 甘肃农民报 | 陇南日报`)."""
    items = [item for item in _BRAND_BAR_MARK.split(line.strip()) if item]
    # An e-paper's bar leads with the link home, then its own paper (`返回主页 | 郑州晚报 | 标题导航 | 郑州日报`).
    if len(items) > 2 and items[0] in _HOME_LINKS and (own := named(items[1])) and own.name == items[1]:
        return own.name
    papers = [found for item in items if (found := named(item)) and found.name == item]
    if len(items) < 2 or len(papers) != 1 or not papers[0].home:
        return ""
    place = short_name(papers[0].home)
    return papers[0].name if all(item.startswith(place) for item in items) else ""


_BRAND_BAR_MARK = re.compile(r"\s*\|\s*")
_HOME_LINKS = ("返回主页", "返回首页")


MAX_LINK_BAR = 200  # a site's bar of links, longer than any stamp line
_LINK_MARK = re.compile(r"\s-\s|[|｜/]")


def _is_link_bar(line: str) -> bool:
    """A bar of a site's links: SITE_NAV_TOKENS or more short words, nothing else, but for its label
    (`海南日报报业集团旗下媒体: 海南日报 | 南国都市报 | …`)."""
    line = _BAR_LABEL.sub("", line)
    if _ANY_PUNCTUATION.search(line):
        return False  # the cheaper test first: a line of prose has its marks
    tokens = [token for token in _LINK_SEPARATORS.split(line) if token]  # `重点专题 | 魅力射洪 | 遗失声明/公告`
    if len(tokens) < SITE_NAV_TOKENS:
        return False
    # Short words, a Latin one among them (`… 旅游 ENGLISH`), but not a pinyin header (JIN RI JI MO).
    han_words = sum(1 for t in tokens if len(t) <= MAX_NAV_TOKEN and HAN_CHAR.search(t))
    short_words = han_words >= SITE_NAV_TOKENS and all(
        len(t) <= MAX_NAV_TOKEN and HAN_CHAR.search(t) or _LATIN_LINK.fullmatch(t) for t in tokens
    )
    return short_words and not _names_credited(tokens)


MAX_CREDITED_NAME = 3  # a person's name in a credit: a compound surname's four characters are rare


def _names_credited(tokens: list[str]) -> bool:
    """Whether the words are a staff line (责编 王杰 美编 李晓萌 …) or a credit (闪电新闻记者 谭蓓 宋雪梅 报道,
    `齐鲁晚报 齐鲁壹点 记者 王杰`): a role word among them. A role word that also names a site's section (视频) makes a
    credit only when most of the other words are as short as names: a bar of sections holds longer ones
    (`要闻 | 城市远洋 | 老外在吉林 | 视频 | 热点专题`)."""
    roles = [token for token in tokens if token.endswith(ROLE_WORD_ENDINGS)]
    if not roles or not all(role in _SECTION_ROLE_WORDS for role in roles):
        return bool(roles)
    others = [token for token in tokens if not token.endswith(ROLE_WORD_ENDINGS)]
    return 2 * sum(len(token) <= MAX_CREDITED_NAME for token in others) >= len(others)


_SECTION_ROLE_WORDS = frozenset(["视频", "摄影", "图片"])  # a credit's role words a site's bar of sections may list


# What a bar's label says it lists: a group's outlets, a site's links.
_BAR_LABEL = re.compile(r"^[^\s|｜：:]{0,16}(?:旗下媒体|旗下网站|媒体矩阵|友情链接|相关链接)\s*[：:]\s*")
_LATIN_LINK = re.compile("[A-Za-z]{2,7}")  # a site's link to its English pages (ENGLISH, EN)
_LINK_SEPARATORS = re.compile(r"\s+-\s+|[\s|｜/]+")  # a dash between spaces too: `首页 - 内蒙古新闻 - 国内`
_BREADCRUMB_MARKS = re.compile("[>＞»]")


def _is_breadcrumb(line: str) -> bool:
    # The pattern tries thirty characters at every position; a line without its marks is no trail of links.
    return bool(_BREADCRUMB_START.match(line) or (_BREADCRUMB_MARKS.search(line) and _BREADCRUMB.search(line)))


def _breadcrumb_paper(line: str) -> str:
    """The paper a trail of links ends at, a site's channel of its copies (`新闻中心 > 综合 > 沈阳日报`); "" for any other line."""
    if not _is_breadcrumb(line):
        return ""
    links = [link.strip() for link in _BREADCRUMB_MARKS.split(line) if link.strip()]
    return masthead_publication(links[-1]) if links else ""


def _is_nav_line(line: str) -> bool:
    """E-paper navigation: `前一版 下一版 2025年05月12日`, `放大 | 缩小 | 默认`,
    `上一篇：…`, `新即墨2025年05月12日01版面`."""
    # A page number may be glued before or after a navigation word: `3上一版 4下一版`, `下一篇4`.
    unspaced = _SPACED_DATE.sub(r"\1年\2月\3日", line) if "年" in line else line  # the pattern opens with no character to skip to
    tokens = [_without_page_number(token) for token in _NAV_SEPARATORS.split(unspaced) if token]
    if any(token in NAV_WORDS for token in tokens) and all(token in NAV_WORDS or _NAV_TOKEN.fullmatch(token) for token in tokens):
        return True
    if _NEIGHBOUR_LINK.match(line):
        return True
    match = _NAV_DATE.fullmatch(line.replace(" ", ""))
    if match and match["pub"]:
        return bool(_publication_leading(match))
    return bool(match) and bool(match["label"])


def _without_page_number(token: str) -> str:
    word = token.strip(string.digits)
    return word if word in NAV_WORDS else token


def _publication_leading(match: re.Match) -> str:
    """The publication whose own name is the words before a navigation date
    (`新即墨2025年05月12日01版面`, `海口日报 2022年12月25日`), "" when they are none's."""
    words = match["pub"] or ""
    return words if (found := named(words)) and found.name == words else ""


def _e_paper_issue(line: str) -> str:
    """An e-paper's issue line (`菏泽日报20160817期 第A1版:要闻 下一版>`) as a navigation line
    `_read_nav_line` reads (`菏泽日报2016年08月17日第A1版：要闻`), "" for any other line:
    its day written out, its breadcrumb's label and marks and its neighbours' links dropped,
    led by a publication's own name."""
    if len(line) > MAX_STAMP_LINE or "期" not in line:
        return ""
    day = _ISSUE_DAY.search(line)
    if not day:
        return ""
    words = _ISSUE_LINE_MARKS.sub(" ", line[: day.start()] + f"{day['y']}年{day['m']}月{day['d']}日" + line[day.end() :])
    nav = "".join(token for token in words.split() if _without_page_number(token.rstrip(">＞»")) not in NAV_WORDS)
    match = _NAV_DATE.fullmatch(nav)
    return nav if match and _publication_leading(match) else ""


def _read_nav_line(header: PageHeader, line: str) -> None:
    match = _NAV_DATE.search(line.replace(" ", ""))
    if not match or _NEIGHBOUR_LINK.match(line):
        return
    if publication := _publication_leading(match):
        header.publication = header.publication or publication
    if match["label"]:
        _read_page(header, match["label"])
        header.section = header.section or (match["section"] or "")
    if header.date is None:
        header.date = (int(match["y"]), int(match["m"]), int(match["d"]))
        header.date_evidence = line


# An e-paper's issue line with its date under a label (`第1787期:第01版 本期出版日期:2018-07-09`):
# the label says the date is the issue's, the page's.
# …or the page first, then its section, the issue and the day (`第一版:新闻总第363期 >2022-03-17编印`),
# or without the issue (`第01版:一版要闻 2024年11月26日`, 今日瓯海's e-paper).
_PAGE_THEN_ISSUE = re.compile(
    r"第?"
    + _LABEL
    + f"版\\s*[：:]\\s*(?P<section>[{HAN}·]{{1,12}}?)\\s*(?:总?第\\s*(?P<issue>\\d+)\\s*期)?\\s*[>＞»]?\\s*"
    + _DATE
    + r"\s*"
    + _WEEKDAY
    + r"?\s*(?:编印|出版)?"
)
_ISSUE_PUBLISHED = re.compile(
    r"(?:第\s*(?P<issue>\d+)\s*期\s*[：:]?\s*)?(?:第?" + _LABEL + r"版\s*)?(?:本期)?出版日期\s*[：:]\s*" + _DATE + r"\s*" + _WEEKDAY + "?"
)


def _read_issue_published(header: PageHeader, line: str, match: re.Match) -> None:
    _read_date_line(header, line, match)
    _read_issue(header, match["issue"])
    _read_page(header, match["label"])


def _read_issue(header: PageHeader, issue: str | None) -> None:
    if issue and header.issue_no is None:
        header.issue_no = int(issue)


def _day_of(match: re.Match) -> tuple[int, int, int]:
    """(year, month, day) of a date pattern's match, whichever of its spellings matched; only
    a stamp's year may be short (15-05-28: 2015) or last (13.04.2016, 3/19/2023)."""
    parts = match.groupdict()
    if parts.get("y4"):
        return int(parts["y4"]), int(parts["m4"]), int(parts["d4"])
    if parts.get("y5"):
        return int(parts["y5"]), int(parts["m5"]), int(parts["d5"])
    year = int(parts["y"]) if parts["y"] else 2000 + int(parts["yy"])
    return year, int(parts["m"] or parts["m2"] or parts["m3"]), int(parts["d"] or parts["d2"] or parts["d3"])


def _read_date_line(header: PageHeader, line: str, match: re.Match) -> None:
    """The date and weekday of the page's first date line; 周一 is stored as 星期一, the
    masthead's spelling, so that the weekday column has one value per day. A post's stamp
    with its time of day wins over a day and its weekday alone on a page with no page or issue
    number: that is a portal's widget of the day the page was read (`2018年11月06日 星期二`
    above a report stamped `2020年05月27日 18时21分`), where an e-paper's masthead would
    stand beside its page navigation."""
    posted = match.groupdict().get("time") and header.date_is_a_day_alone and header.page_no is None and header.issue_no is None
    if posted and _day_of(match) != header.date:
        header.date, header.weekday, header.date_is_a_day_alone = None, "", False  # the widget's
    if header.date is None:
        header.date = _day_of(match)
        header.date_evidence = line
        if weekday := match.groupdict().get("weekday"):
            header.weekday = header.weekday or "星期" + weekday[-1]


# A site's date set as a tile, its parts on lines of their own: the year, the month and day, the
# time (`2015` / `03/30` / `16:09`).
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")
_MONTH_DAY_ALONE = re.compile(r"(0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])")
_TIME_ALONE = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


_SOURCE_LABEL_ALONE = re.compile("(?:内容)?(?:来源|出处)\\s*[：:]?")  # a record's field too (`内容出处:` / `《中卫日报》`)
# An e-paper's page that keeps its text for the paper's app (`本页面内容不允许直接阅读,请通过《信阳日报》客户端浏览查看`):
# the page is that paper's own. A site promoting an app (`下载XX客户端`, `阅读本文原文，请下载《…》客户端`) says nothing of
# whose its page is: only a page saying it may not be read here is the app's paper's.
_READ_IN_ITS_APP = re.compile(
    "(?:本页面|本页)(?:内容)?(?:不允许|不能|无法|不支持|暂不支持)[^。]{0,8}请(?:通过|下载|使用|打开)《(?P<name>[^》]{2,12})》客户端"
)


_LABEL_AT_END = re.compile("\\s+(?:责任编辑|编辑|作者|记者|责编)\\s*[：:]$")


def _source_below(lines: list[str], i: int) -> tuple[str, int] | None:
    """(the publication, its line) the next non-blank line names when it is outlets' names alone, each ending
    as an outlet's does, within a tile's reach of the label on line `i`; None for anything else (a headline, a
    lead, a byline under a stray label is no source)."""
    below = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j].strip()), None)
    outlets = simplified(fold_punct(lines[below].strip())) if below is not None else ""
    # …its line may close with the next field's label, its value on the line after (`哈密开发报 编辑:` / `张国锋`).
    outlets = _LABEL_AT_END.sub("", outlets)
    if not _OUTLETS_ALONE.fullmatch(outlets):
        return None
    found = source_publication("来源:" + outlets)
    return (found, below) if found else None


# Outlets' names set off by spaces (`无锡观察 无锡日报 江南晚报 无锡新传媒网`) or a site's and its paper's by a dash
# (`衢州新闻网-衢州晚报`): short, each ending in a paper's, a site's, an app's or a column's word.
_OUTLET_NAME = f"《?[{HAN}A-Za-z0-9]{{1,8}}(?:报|网|新闻|传媒|观察|客户端|融媒|电视台|发布)》?"  # 《中卫日报》: a paper's title marks
_OUTLETS_ALONE = re.compile(f"{_OUTLET_NAME}(?:(?:\\s+|\\s*[-_－]\\s*){_OUTLET_NAME})*")


def _date_tile(lines: list[str], i: int) -> tuple[str, list[int]] | None:
    """(the tile's date as a stamp line, its lines) when the year on line `i` heads a tile:
    the next two non-blank lines are its month and day, then its time."""
    following = [j for j in range(i + 1, min(len(lines), i + 6)) if lines[j].strip()][:2]
    parts = [lines[j].strip() for j in following]
    if len(parts) < 2 or not (_MONTH_DAY_ALONE.fullmatch(parts[0]) and _TIME_ALONE.fullmatch(parts[1])):
        return None
    month, day = _MONTH_DAY_ALONE.fullmatch(parts[0]).groups()
    return f"{lines[i].strip()}-{month}-{day} {parts[1]}", [i, *following]


# A clock of the day the page is read, not the page's date: a portal's widget (`今天是: 2018年9月10日 星期一`,
# or its date under a greeting ending in `今天是:`), an e-paper reader's under its name (`电子报阅读机`,
# `2025-12-06`, `星期六`).
_CLOCK_NEXT = re.compile(r"(?:今天是|电子报阅读机)\s*[：:]?")
_CLOCK_PART = re.compile(f"(?:{_DATE})?\\s*{_WEEKDAY}?")
MAX_CLOCK_PARTS = 2  # lines of a clock under its label: the day, the weekday


def notice_lines(lines: list[str]) -> set[int]:
    """A paper's standing notice printed among its stories (`淮南日报社严正声明` over `长期以来,…未经淮南日报社
    授权同意,…转载…`, `现声明如下:`, `凡…版权均属…`): its heading alone on a line and the lines under it,
    blank lines aside, while each speaks of rights. It is no story of the page, and two pages carrying it
    share no report."""
    found: set[int] = set()
    in_notice = False
    for i, raw in enumerate(lines):
        line = simplified(raw.strip())
        if not line:
            continue
        if _NOTICE_HEADING.fullmatch(line):
            in_notice = True
        elif not (in_notice and _NOTICE_WORDS.search(line)):
            in_notice = False
            continue
        found.add(i)
    return found


_NOTICE_HEADING = re.compile(f"[{HAN}]{{0,20}}(?:严正声明|版权声明|郑重声明)")
_NOTICE_WORDS = re.compile("授权|转载|版权|声明|侵权|法律责任")


def clock_lines(lines: list[str]) -> set[int]:
    """The lines of a clock of the day the page is read (`_CLOCK_NEXT`): a line opening with
    `今天是` and a date, and the date and weekday lines under a label ending a line."""
    found: set[int] = set()
    for i, raw in enumerate(lines):
        if "今天是" not in raw and "阅读机" not in raw:
            continue  # the cheap test first
        line = raw.strip()
        label = _CLOCK_NEXT.search(line)
        if not label:
            continue
        if label.end() < len(line) and _is_clock_after(line[: label.start()], line[label.end() :]):
            found.add(i)  # not a paragraph opening with it (今天是第35个教师节，…)
        elif label.end() == len(line):
            if label.start() == 0:
                found.add(i)  # the label alone; a greeting before it is the site's chrome
            for j in [j for j in range(i + 1, len(lines)) if lines[j].strip()][:MAX_CLOCK_PARTS]:
                if not _CLOCK_PART.fullmatch(fold_punct(lines[j].strip())):
                    break
                found.add(j)
    return found


def _is_clock_after(before: str, after: str) -> bool:
    """A clock's day ends the line, after nothing or after the site's greeting (`欢迎登录赣金网 今天是:2025年07月07日
    星期一`), never after other words (`十年前的今天是2015年7月7日`, `他说：今天是…`)."""
    clock = _CLOCK_PART.fullmatch(fold_punct(after.strip().lstrip("：:").strip()))
    return bool(clock) and (not before.strip() or bool(_GREETING.fullmatch(before.strip())))


def record_field_lines(lines: list[str]) -> set[int]:
    """An index record's fields (a library's or an archive's record of an article): each label alone on its
    line (`分类号:`, `摘要:`, `关键词:`) and its value's lines under it, up to a blank line, the next label or the line that
    heads the text itself (`内容`, `正文`, `全文`), when the page holds at least MIN_RECORD_FIELDS labels a record
    names its fields with (`_RECORD_FIELD_NAMES`; an interview's `主持人：`, a report's `据了解：` are none). Furniture,
    read as any line is (a source's field names the paper: `内容出处:` / `《中卫日报》`)."""
    labels = [i for i, raw in enumerate(lines) if (field := _RECORD_FIELD.fullmatch(raw.strip())) and field["name"] in _RECORD_FIELD_NAMES]
    if len(labels) < MIN_RECORD_FIELDS:
        return set()
    found = set(labels)
    for label in labels:
        for j in range(label + 1, min(len(lines), label + 1 + MAX_FIELD_VALUE_LINES)):
            line = lines[j].strip()
            if not line or _RECORD_FIELD.fullmatch(line) or _RECORD_TEXT_HEAD.fullmatch(line):
                break  # an empty field's label stands over a blank line (`时效:` / `` / the title)
            found.add(j)
    found.update(i for i, raw in enumerate(lines) if _RECORD_TEXT_HEAD.fullmatch(raw.strip()) and i - 1 in found)
    return found


MIN_RECORD_FIELDS = 3  # one or two `label:` lines may be a page's prose; a record prints a column of them
MAX_FIELD_VALUE_LINES = 4  # a field's value: a code, a title, an abstract, a few keywords
_RECORD_FIELD = re.compile(f"(?P<name>[{HAN}]{{2,6}})\\s*[：:]")
# The fields a library's index record or a government site's disclosure record prints (not its title's: its value is
# the headline).
_RECORD_FIELD_NAMES = frozenset(
    """知识类型 内容出处 唯一号 颗粒名称 分类号 中图分类号 摘要 关键词 关键字 主题词 文号 发文字号 时效 有效性 索引号 发布机构
    信息分类 主题分类 体裁分类 组配分类 服务对象 成文日期 生成日期 公开方式 公开范围 公开时限 所属机构 信息来源 刊名 期号 版次 版名""".split()
)
_RECORD_TEXT_HEAD = re.compile("内容|正文|全文")


def teaser_lines(lines: list[str]) -> set[int]:
    """Teaser blocks: a heading line (TEASER_HEADINGS, possibly in 【】 or after ■ ▶, with a
    colon) and the lines right under it up to the next blank line or the first line with
    a full stop or ending in a clause's mark (a link is a title; a line with 。 is prose, as in a printed sidebar);
    under a heading only news sites print (WEB_TEASER_HEADINGS), up to the blank line. On a
    copy that puts a blank line after every line, a blank line ends a block only beside
    another or after a line of prose (a story's first lines under its title)."""
    found: set[int] = set()
    in_block, on_web, prose_read = False, False, False
    double_spaced = None  # read once a block meets a blank line: most pages have no teaser
    for i, raw in enumerate(lines):
        line = simplified(fold_punct(raw.strip()))  # 頻道推薦 of a traditional copy too
        if _TEASER_HEADING.fullmatch(line):
            found.add(i)
            in_block, on_web, prose_read = True, any(h in line for h in WEB_TEASER_HEADINGS), False
        elif in_block and line and (on_web or ("。" not in line and not line.endswith(_CLAUSE_ENDS)) or _KEYWORDS_LABEL.fullmatch(line)):
            found.add(i)
            prose_read = prose_read or "。" in line or line.endswith("…")
        elif in_block and not line and not prose_read and i + 1 < len(lines) and lines[i + 1].strip():
            if double_spaced is None:
                double_spaced = _is_double_spaced(lines)
            in_block = double_spaced  # the blank line every line of such a copy has after it
        else:
            in_block = False
    return found


# A title ends in none of these: a line under a printed heading that does is prose broken where the page
# wrapped it (a 导读's summary: `今年以来，…12个项目开工，` / `总投资56亿元。`).
_CLAUSE_ENDS = ("，", ",", "、", "；", ";", "：", ":")
_KEYWORDS_LABEL = re.compile("(?:关键词|关键字|标签)[：:]")  # a site's tags under its links (`相關閱讀` / `關鍵詞:` / `228國道`)
MIN_DOUBLE_SPACED_LINES = 6
DOUBLE_SPACED_SHARE = 0.8


def _is_double_spaced(lines: list[str]) -> bool:
    """Whether the copy puts a blank line after (nearly) every line of text."""
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    if len(filled) < MIN_DOUBLE_SPACED_LINES:
        return False
    return sum(not lines[i + 1].strip() for i in filled) >= DOUBLE_SPACED_SHARE * len(filled)


# What a site promotes under a paper's name, on the next line: its app or account
# (`河北日报` over `客户端`), no masthead of the page.
_PROMOTED_CHANNEL = re.compile(f"(?:官方)?(?:{_APP}|微信|微博|公众号|抖音号?|视频号)")


def _e_paper_app(line: str) -> str:
    """The paper whose app a line names alone (`信阳日报客户端`), "" when none. Over an e-paper's
    article, below its page navigation, the app is the paper's own; a site's footer may promote
    another paper's (`_is_promoted`)."""
    app = _PAPER_APP.fullmatch(line)
    return masthead_publication(app["paper"]) if app else ""


_PAPER_APP = re.compile(rf"(?P<paper>\S{{2,20}}?)\s*(?:{_APP})")


def _is_promoted(lines: list[str], i: int) -> bool:
    """Whether the next line that is not blank names an app or an account of the paper on line i."""
    following = _next_nonblank(lines, i)
    return following is not None and bool(_PROMOTED_CHANNEL.fullmatch(lines[following].strip()))


def _next_nonblank(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def _previous_nonblank(lines: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


def _slogan_lines(lines: list[str]) -> set[int]:
    """Runs of two or more very short lines with no blank line between: `勇于创一流/争当排头兵`.

    A slogan line is 2 to 8 Han characters and nothing else (spaces around it ignored);
    one such line alone is not a slogan, it may be a headline; nor is a run the next
    non-blank line of which opens a report (`海南区` / `争先进位赶工忙` / `本报乌海1月1日电…`:
    a kicker and a headline), unless a site's words are among it (`打印` / `返回`)."""
    found: set[int] = set()
    run: list[int] = []
    for i, raw in enumerate(lines + [""]):
        if _SLOGAN_LINE.match(raw.strip()):
            run.append(i)
            continue
        if len(run) >= 2 and not (_opens_report(lines, i) and not any(lines[j].strip() in _SITE_WORDS for j in run)):
            found.update(run)
        run = []
    return found


# A report's first clause ending in its dateline's 讯, 消息 or dated 电 (`本报讯`, `本报乌海1月1日电`, `新华社北京6日电`);
# not 通讯员, 闻讯, 好消息.
_REPORT_OPENING = re.compile(r"[^，。：；！？（）(\s]{1,20}?(?:讯(?<![通闻]讯)(?![员息])|消息(?<!好消息)|\d{1,2}日电)")
# A site's words, which a run of short lines holding one is (`打印` / `返回`, `新闻推荐`), whatever is under it.
_SITE_WORDS = frozenset([*NAV_WORDS, *TEASER_HEADINGS, *PAGE_LINKS, "打印", "收藏", "分享", "评论", "纠错"])


def _opens_report(lines: list[str], i: int) -> bool:
    below = next((line.strip() for line in lines[i:] if line.strip()), "")
    return bool(_REPORT_OPENING.match(below))
