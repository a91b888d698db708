"""Split a page's lines into articles and photo captions.

The text is what a PDF extractor produced: one paragraph per line, headlines as short
lines without sentence punctuation, captions and bylines wherever the layout put them,
and paragraphs broken mid-sentence (`中` / `国式现代化`). The rules, in reading order:

- An article is open from its first headline or body line until a closing byline
  `(周程林 江如意)` or a continuation marker closes it. A marker ends its line and names
  a page in up to three numerals, after its stack letter if any: `(下转二版)`, `(上接第一版)`,
  `(转3版)`, `(接第2版)`, `(上接A1版)`.
- Head candidates (short lines without sentence punctuation, see `is_head_candidate`)
  are held back. If body text follows and no article is open, they are the new
  article's headline block. If an article is open, they are its in-body subheads (or
  a broken fragment), unless the body that follows starts a new report (`本报讯`,
  `本报2月4日讯`, `3月6日，`, `3月6日上午，`, `3月6日至8日，`, `昨日，`, `近日，` …) or an
  opening byline (`□记者 …`) follows them. Held lines left at the page's end go into
  the open article, or else make an article of their own.
- With no held lines before it, only a `本报…讯` lead starts a new article inside an
  open one; a date lead (`3月6日，`) continues the article.
- An opening byline starts a new article unless the open article has no paragraph yet
  (two byline lines under one headline); a `通讯员 …` or `实习生 …` line right after it
  belongs to it.
- An article carries one byline position: when an article opened by a byline at its
  top (`□记者 …`) meets a closing byline, the closing byline belongs to a new article
  whose headline is the last in-body subhead (`is_subhead`; lines held while the
  paragraph stopped mid-sentence are no subheads). With no such subhead, the article
  keeps both bylines. An article not opened by a byline is never split.
- A line that does not end a sentence is joined to the next body line.
- Captions are items of their own: a line starting with one of ■ ▲ ◆ △ ● (the mark is
  dropped) or with 图为, or containing 供图, whatever its length; or a sentence of at
  most MAX_CAPTION_CHARS standing alone between gaps of two or more blank lines on
  both sides, or with such a gap on one side while the open paragraph stopped
  mid-sentence. The page's first and last lines count as standing at a wide gap.
- A photo credit (`梁孝鹏 摄`) right after a caption is the caption's photographer;
  elsewhere it is the current article's; before any article it is dropped.
- A dateline (the line's first clause, at most 20 characters, ending in 讯 or a dated
  电: `本报讯`, `青岛早报5月6日讯`, `新华社北京5月6日电`) followed by parentheses of people
  gives the article its byline. Staff lines (`责编 …`)
  are returned apart from the items; `parse_page` gives them to the page's first item.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .bylines import (
    DESK,
    GROUP_INITIALS,
    PHOTOGRAPHER,
    REPORTER_WORD,
    Byline,
    caption_credit,
    closing_byline,
    credit_before_day,
    is_author_line,
    is_correspondent_line,
    is_opening_byline,
    parse_people,
    photo_credit,
    staff_line,
)
from .officials import SINGLE_SURNAMES, starts_with_surname
from .places import places_alone
from .publications import source_tag
from .text import HAN, IMAGE_EXTENSION, ends_sentence, fold_punct, has_sentence_inside, simplified

ARTICLE, CAPTION = "article", "caption"

_CONTINUATION = re.compile(r"[（(]\s*((?:下转|上接|转|接)第?[A-Z]?[\d一二三四五六七八九十]{1,3}版)\s*[）)]\s*$")
# 本报…讯, or a dated 电 filed from a place (`本报锡林郭勒7月3日电`; not 电费, 电视); an outlet's
# 讯 set off by a space or a bracket (`滨州日报/滨州网讯 9月16日…`; not 通讯员, 资讯平台).
_RELATIVE_DAY = "昨日|今日|近日|日前|昨天|今天"  # a report's day named by its distance from the page's
_NEWS_LEAD = re.compile(
    r"^(?:本报.{0,16}?(?:讯|\d{1,2}日电(?![\u4e00-\u9fff]))|[^\s，。；！？、]{2,24}?讯(?=[\s（(【]|$)|\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚上|晚)?[，,]|(?:"
    + _RELATIVE_DAY
    + r")(?:上午|下午|晚上)?[，,])"
)
# The characters of an event's title a report's lead opens with before the event's day (its subject: a meeting's name).
MIN_EVENT_WORDS_REPEATED = 6
_DAY_OF_EVENT = re.compile(r"\d{1,2}月\d{1,2}日|" + _RELATIVE_DAY)
_EVENT_VERB = re.compile(
    r"(?:召开|举行|举办|启动|开幕|闭幕|开工(?:建设)?|开复工|开竣工|竣工|投产|签约|发布|揭牌|落幕|成立|开班|开营|开通|通车|考察|调研|视察|开展|座谈(?:交流)?)$"
)
# …or such a verb with its object after it (`李政调研陆家嘴区域城市更新和商业提升工作`, `…视察万松东路延伸工程`).
_EVENT_WITH_OBJECT = re.compile(r"(?:召开|调研|视察|考察|检查|督导|指导)[^，。,；！？\s]{2,24}(?:工作|情况|工程|项目|会议|活动)$")
_DECK = re.compile(r"(?:主持|出席|讲话|致辞|陪同)")
_CAPTION_MARK = re.compile(r"^[■▲◆△●]")
# A picture's file name closing a line (`…活动。 本报记者 张乐 摄.jpg`): the line is its caption.
_IMAGE_NAME = re.compile(f"\\s*[A-Za-z0-9_\\-]*{IMAGE_EXTENSION}\\s*$", re.IGNORECASE)
_IMAGE_END = re.compile(f"{IMAGE_EXTENSION}\\s*$", re.IGNORECASE)  # …found by its full stop, a character to skip to

# A dateline is the line's first clause (no punctuation, at most 20 characters) ending
# in 讯 or 消息 (`本报讯`, `青岛早报5月6日讯`, `即墨融媒讯`, `本报消息`) or in a dated 电
# (`新华社北京5月6日电`, `新华社北京6日电`, `本报天台6月29日电`; 发电, 供电 are no dateline), or
# the date before the place (`4月18日黑龙江齐齐哈尔电`: then only before a reporter's
# bracket, as 起停电 may end a clause), or in an app's 报道 before a reporter's bracket
# (`云上黄梅报道(全媒体记者:张志林)`) or a site's 综合, a report it compiled (`红网时刻5月23日综合(常德日报记者 王伟杰)`),
# a site's name, with a dash or not (`衡水新闻网-(记者李雅洁、杜静)`, `中国昌吉网(记者王薇、通讯员郭刚…)`), a media
# centre's (`仪陇融媒(记者 胡威)`), or a site's tag in brackets (`【连网】 (连云港日报全媒体记者 王文 …)`), or a
# site's dateline and the paper it reprints (`呼和浩特新闻网4月23日讯 据《呼和浩特日报》报道(记者 梁婧姝)`),
# before a reporter's bracket; parentheses right after it hold its byline (or 【】: `本报讯【新天水·天水日报记者马哲 王晓馨】`).
_DATELINE_BYLINE = re.compile(
    r"^[^，。：；！？（）(]{0,20}?(?:\d{1,2}月\d{1,2}日)?(?:讯\s*据《[^》]{2,12}》报道|讯|消息|\d{1,2}日电|"
    r"(?:\d{1,2}日[\u4e00-\u9fff]{2,8}电|报道|综合|网\s*[-—]?|融媒(?:体中心)?|】)(?=\s*[（(][^（）()]*?(?:记者|通讯员)))\s*[：:]?\s*[（(【]([^（）()【】]{2,40})[）)】]"
)
# A paragraph opened by its reporters' bracket, with no dateline (`(记者 罗超) 4月3日下午，…`).
# The bracket may credit the work first (文/图) and name the outlet (本报, a group's
# initials: YMG记者…, a paper's or a site's name, or its house: 邯郸日报记者李璇, 湘潭日报社全媒体记者) and its desk (全媒体记者).
_OPENING_BYLINE = re.compile(
    r"^[（(]\s*((?:文/图\s*)?(?:本报|"
    + GROUP_INITIALS
    + r"|[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|融媒体中心|融媒|客户端)社?)?"
    + DESK
    + "?"
    + REPORTER_WORD
    + r"[^（）()]{2,38})[）)]"
)
# The reporters of a report, after the dateline if any (`本报讯 记者陈绍鹏报道:`,
# `本网特约记者马静雅、陈玉志报道：`), their outlet before them, starting at the line's start, a
# space or the dateline's 讯, and more role words among them (`咸宁新闻网讯 咸宁日报记者程慧、通讯员程良万报道:`);
# a site's 讯 may name the paper it carries in brackets (`秦楚网讯(十堰日报)记者兰瑞文 陶德斌报道:`).
_REPORTED_BY = re.compile(
    r"^(?:[^，。：；！？（）(]{0,20}?讯[（(][\u4e00-\u9fff]{2,12}[）)]|[^，。：；！？（）(]{0,20}?(?:^|(?<=[讯\s])))((?:本报|本网|[\u4e00-\u9fff]{2,8}?)?"
    + REPORTER_WORD
    + r"\s?[\u4e00-\u9fff]{2,4}(?:[\s、](?:"
    + REPORTER_WORD
    + r"\s?)?[\u4e00-\u9fff]{2,4})*)\s?报道[：:]"
)
# …or without brackets, its people set off by spaces (`本报讯 记者冯国梁 通讯员黄志宏 3月5日，…`).
_DATELINE_BARE_BYLINE = re.compile(
    r"^[^，。：；！？（）(]{0,20}?讯\s+((?:(?:本报)?" + REPORTER_WORD + r"\s?[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4})*\s+)+)"
)
# …or a bare name after the dateline, set with a space or not, before 报道 (`本网讯 李 佳 报道:`):
# a person's when it begins with a surname (`本报讯 综合报道:` credits nobody).
_DATELINE_NAME_REPORTED = re.compile(f"^[^，。：；！？（）(]{{0,20}}?讯\\s*([{SINGLE_SURNAMES}]\\s?[{HAN}](?:\\s?[{HAN}])?)\\s?报道[：:]")
_BYLINE_LEADS = (_DATELINE_BYLINE, _OPENING_BYLINE, _REPORTED_BY, _DATELINE_BARE_BYLINE, _DATELINE_NAME_REPORTED)
MAX_HEAD_CHARS = 60
MIN_TITLE_ABOVE_STAMP = 8  # characters: a shorter line above a stamp may be a site's label
MAX_TITLE_LINES_ABOVE_STAMP = 2  # a title and its kicker; more is an e-paper's list of titles
MAX_CAPTION_CHARS = 40


@dataclass
class Item:
    kind: str
    line_no: int  # first line of the item in the page (0-based)
    head_lines: list[str] = field(default_factory=list)
    subtitle_lines: list[str] = field(default_factory=list)  # head lines printed below the copy's stamp
    paragraphs: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    continued: str = ""
    closed: bool = False
    opened_by_byline: bool = False
    # In-body subheads that may yet turn out to be the next article's headline:
    # (index of the subhead's first paragraph, its line number, its lines).
    subheads: list[tuple[int, int, list[str]]] = field(default_factory=list)
    _open_fragment: bool = False  # the last paragraph stops mid-sentence

    def add_paragraph(self, text: str, subhead: bool = False) -> None:
        if self._open_fragment and self.paragraphs:
            self.paragraphs[-1] += text
        else:
            self.paragraphs.append(text)
        self._open_fragment = not subhead and not ends_sentence(text)

    @property
    def ends_mid_sentence(self) -> bool:
        return self._open_fragment

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def headline_parts(self, listed: frozenset[str] = frozenset()) -> tuple[str, str, str]:
        kicker, headline, sub = split_headline(self.head_lines, listed)
        return kicker, headline, " ".join(part for part in (sub, _subtitle(_bare_lines(self.subtitle_lines))) if part)


def split_headline(lines: list[str], listed: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(kicker, headline, subheadline) of a headline block.

    The main title is the one line the page lists elsewhere (`listed`: an e-paper's list of
    its titles, a teaser block), else the last line that ends in an event verb (召开, 举行 …, closing
    quotes aside); if none does, the last line that is neither a ——subtitle (starting
    with — or -) nor a deck naming people (主持, 出席, 讲话, 致辞 or 陪同 in a line that
    does not end in an event verb: `曾赞荣讲话 任刚主持`); if every line is one of
    those, the first. Lines above it are the kicker, lines below the subheadline, their
    leading dashes removed. The bullets of an e-paper's list of titles (`• 春运首日…`) are
    no part of a title; a line that is only a bullet is none.
    """
    lines = _bare_lines(lines)
    if not lines:
        return "", "", ""
    # A line ending in a dash leads into the title (`今年签约47个重大项目——`), wherever a copy prints it.
    candidates = [i for i, line in enumerate(lines) if not line.startswith(("—", "-")) and not line.endswith("—") and not _is_deck(line)]
    # A unit or a paper alone under a site's title is who published it (`林芝市交通局`, `今晚报`, `当代商报社`), no title.
    candidates = [i for i in candidates if not _PUBLISHER_ALONE.fullmatch(lines[i])] or candidates
    # Names alone under a title (`黎佳宁 梁国懿`) say who wrote the report, as an official's post and
    # name do under a signed article's (`苏溪镇党委书记 程 亮`): no title either.
    candidates = [i for i in candidates if not _names_alone(lines[i]) and not _signed_by_post(lines[i])] or candidates
    # …nor does a place alone (`房山` under a title): where the story is; nor a column's or a series' tag
    # alone (`【坚定信心 勇毅前行②】`, printed again under the title's credit): it files the story, no title.
    candidates = [i for i in candidates if not places_alone(lines[i]) and not _TAG_ALONE.fullmatch(lines[i])] or candidates
    # A catalogue's field repeating a title (`颗粒名称: 辽西市报…举行` under `辽西市报…举行`) is no title of its own.
    candidates = [i for i in candidates if not _field_repeating(lines[i], lines)] or candidates
    # A copy's own title wins over its 原标题： line, which stays below it as printed.
    candidates = [i for i in candidates if not _ORIGINAL_TITLE.match(lines[i])] or candidates
    # The page's own list of titles names an article by its main title (`生态河:绘就…` listed, `壮美黄河滋养郑州` under it).
    titled = [i for i in candidates if lines[i] in listed]
    events = [i for i in candidates if _is_event_line(simplified(fold_punct(lines[i])).rstrip("”’"))]  # 開工 too
    # With no event's title, a ——subtitle follows its title: a line below it is none (`砥砺前行开新局` / `——宝鸡…综述` /
    # a photo's caption); an event's line below it is (a series' banner and its dash line above an article's title).
    subtitle = next((i for i, line in enumerate(lines) if line.startswith("——")), len(lines))
    above_subtitle = [i for i in candidates if i < subtitle] or candidates
    main = titled[0] if len(titled) == 1 else events[-1] if events else (above_subtitle[-1] if above_subtitle else 0)
    # A short line ending in a colon opens the title a copy broke after it (`区委书记刘伟:` / `央企进驻…`);
    # places alone before it (`三亚市海棠区:`, `山西大同:`) are the kicker's, where the story is.
    before = lines[main - 1] if main else ""
    # So does a book's title alone before a line about its edition (`《…论述摘编》` / `阿拉伯文版出版发行`); before any
    # other it is a column's name (`《今日关注》`), the kicker.
    book = _BOOK_TITLE.fullmatch(before) and _OF_AN_EDITION.match(lines[main])
    opening = before if (_TITLE_OPENING.fullmatch(before) and not places_alone(before[:-1])) or book else ""
    kicker = " ".join(lines[: main - 1 if opening else main])
    return kicker, opening + _without_source_tag(_jumped_title(_ORIGINAL_TITLE.sub("", lines[main]))), _subtitle(lines[main + 1 :])


MIN_PLACES_LISTED = 3  # held lines led by a place and a colon that make a list: one or two are a title's place (`山西大同:…`)
_PLACE_LABEL = re.compile(f"(?P<place>[{HAN}]{{2,12}})[:：]\\s*\\S")


def _lead_credits(line: str, matched: str) -> list:
    """The people a paragraph's lead credits (`_BYLINE_LEADS`, `matched` its folded and simplified text): the first
    lead that names anyone; a dateline's bracket may hold the paper a site carries (`秦楚网讯(十堰日报)记者…报道:`)."""
    for pattern in _BYLINE_LEADS:
        if (found := pattern.match(matched)) and (people := parse_people(fold_punct(line)[found.start(1) : found.end(1)])):
            return people
    return []


def _led_by_a_place(line: str) -> bool:
    label = _PLACE_LABEL.match(line.strip())
    return bool(label) and places_alone(label["place"])


def _field_repeating(line: str, lines: list[str]) -> bool:
    """Whether the line is a field's label and then another of the lines, as printed."""
    label = _FIELD_LABEL.match(line)
    return bool(label) and line[label.end() :] in lines


_FIELD_LABEL = re.compile(f"[{HAN}]{{2,6}}\\s*[:：]\\s*")
_TAG_ALONE = re.compile(r"[【\[][^【】\[\]]{2,20}[】\]]")
_BOOK_TITLE = re.compile("《[^《》]{2,40}》")
_OF_AN_EDITION = re.compile(f"[{HAN}]{{0,6}}?(?:版|出版|发行|首发|面世)")

MAX_TITLE_OPENING = 10  # characters of a title's opening words before its colon (区委书记刘伟:, 专家解读：)
# …Han characters only, and no page's label spelt in numerals (`第一版：`).
_TITLE_OPENING = re.compile(f"(?![^:：]*版[:：])[{HAN}]{{2,{MAX_TITLE_OPENING}}}[:：]")


_PUBLISHER_ALONE = re.compile(
    f"[{HAN}]{{2,14}}(?:(?<![新好布格大破全结开])局|委员会|委|办公室|人民政府|政府|融媒体中心|宣传部|网信办|政府办)(?:[{HAN}]{{2,6}}(?:处|科|股|室))?"
    f"|[{HAN}]{{1,6}}(?:日报|晚报|晨报|商报|时报|都市报|导报)社?"  # or its house (当代商报社)
)


_NAME_OF_HAN = re.compile(f"[{HAN}]{{2,4}}")


LONE_NAME = 3  # characters of a name alone on its line: two are as often a word (高考, 金秋), four a title's (王者归来)


def _names_alone(line: str) -> bool:
    """Whether the line is people's names set off by spaces, each with a surname first (`黎佳宁 梁国懿`),
    or one name of three characters (`白梅薇`)."""
    names = line.split()
    if len(names) == 1 and len(line) != LONE_NAME:
        return False
    return bool(names) and all(_NAME_OF_HAN.fullmatch(name) and starts_with_surname(name) for name in names)


# A post and a name set off by a space (`苏溪镇党委书记 程 亮`, `县长 李明`): whoever signs an article.
_POST_AND_NAME = re.compile(
    f"[{HAN}]{{0,20}}(?:书记|[区市县镇乡州省]长|主任|主席|总经理|董事长)\\s+(?P<name>[{HAN}](?:\\s?[{HAN}]){{1,2}})"
)


def _signed_by_post(line: str) -> bool:
    signed = _POST_AND_NAME.fullmatch(line.strip())
    return bool(signed) and starts_with_surname(signed["name"].replace(" ", ""))


def listed_titles(lines: list[str], furniture: set[int]) -> frozenset[str]:
    """The page's furniture lines, bare of bullets and labels as head lines are: among them are the
    titles a page lists (its 导读, an e-paper's list of titles), which `split_headline` looks for."""
    return frozenset(_bare_lines([lines[i] for i in furniture]))


def _bare_lines(lines: list[str]) -> list[str]:
    """Head lines without an e-paper's bullets and a site's labels; none left of a bullet alone."""
    return [bare for line in lines if (bare := _SITE_SUFFIX.sub("", _SITE_LABEL.sub("", _BULLET.sub("", line))).strip())]


def _subtitle(lines: list[str]) -> str:
    return " ".join(line.lstrip("—-").strip() for line in lines)


# A site's label of the lines after it (`[摘要]本报记者 郭海洋/摄 冯启俊/文`): no part of them.
_SUMMARY_LABEL = re.compile(r"^\s*(?:\[摘要\]|【摘要】|摘要\s*[：:])\s*")
# A copy's note of its rights closing a paragraph, after its credit (`…提升。 (本报记者 刘朔池 摄)
# (本条新闻版权归滨海日报所有,转载请注明出处。)`): no part of the text.
_RIGHTS_NOTE_AT_END = re.compile(r"\s*[（(][^（）()]{0,30}转载[^（）()]{0,20}[）)]\s*$")
# A copy's label of the title the paper printed (`原标题：台州一批重大项目签约开工`): the label is
# no part of a headline, when that line is the only title.
_ORIGINAL_TITLE = re.compile(r"^原[标標]?[题題]\s*[：:]\s*(?=\S)")  # 原標題 of a traditional copy too, and short (原题：)


def _jumped_title(line: str) -> str:
    """The title of the article a jump line continues (`上接第1版《锚定“六大强市”目标…》`), else the line."""
    jump = _JUMP_LINE.fullmatch(line)
    return jump["title"] if jump else line


_JUMP_LINE = re.compile(r"[（(]?(?:上接|接)第?\s*[A-Z]?\d{1,2}\s*版\s*《(?P<title>[^》]+)》[）)]?")


def _without_source_tag(headline: str) -> str:
    """A headline without the tag of the paper it was taken from (`【光明日报】激发海洋活力`:
    the tag names the source, which the page's header reads); any other bracket stays (`【专题】…`)."""
    tagged = source_tag(headline)
    return headline[tagged[1] :] if tagged and headline[tagged[1] :] else headline


_BULLET = re.compile(r"^[•·●■◆▪►▶\s]+")
# A news site's label of how it came by the story, before its title (`转载 东南部新学校将+1!…`,
# `【原创】…`): set apart by a space or brackets, no word of the title; a forum thread's category
# in square brackets before its title (`[【关注】] 湛江市党政考察团…`, `[本地新闻] …`).
# …or a site's column word set apart by a space before a title of six characters or more (`观察 西乡交通建设创历史新高`;
# not 聚焦 or 关注, which are a title's verbs: `聚焦 重点项目建设攻坚年活动`).
_SITE_LABEL = re.compile(r"^(?:[\[【](?:转载|原创|置顶)[\]】]\s*|(?:转载|原创|置顶)\s+|\[[^\[\]]{2,8}\]\s+|(?:观察|视点|特写)\s+(?=\S{6}))")


# What a site's page title adds after the story's: its own name (`…共推家乡发展——诸暨网-凯发官网首页`),
# or the dots of a title it cut (`…调度会议召开 ..`).
# A name ending in 网 alone may be the title's own words (`——织密防汛安全网`): a site's only with
# a second part after it (`-凯发官网首页`).
_SITE_NAME = r"[^\s—_|｜]{2,12}"
_SITE_SUFFIX = re.compile(
    r"(?:——|_|\s[-|｜]\s?)\s*"
    + rf"(?:{_SITE_NAME}(?:新闻网|日报网|在线|客户端|网站|首页)|{_SITE_NAME}网(?=\s*[-_|｜]))(?:\s*[-_|｜]\s*{_SITE_NAME})*$"
    # …or its channel after an underscore, as a page's title joins it (`…“六大房山”_全球要闻`).
    + rf"|_[^\s—_|｜]{{0,8}}(?:要闻|新闻|频道|资讯|快讯|动态)(?:\s*[-_|｜]\s*{_SITE_NAME})*$"
    + r"|\s+(?:\.{2,3}|…)$"
)


# A deck of three or more four-character phrases set off by spaces (`领导分包 逐一调度 倒排时间`), under or
# over its title; three-character ones are a slogan's title (`抓项目 促发展 惠民生`).
_PHRASES_DECK = re.compile(f"[{HAN}]{{4}}(?:[ \u3000]+[{HAN}]{{4}}){{2,}}")


def _is_event_line(line: str) -> bool:
    return bool(_EVENT_VERB.search(line) or _EVENT_WITH_OBJECT.search(line))


# …or of a batch's figures, each a few words and a number (`开工项目16个总投资68.5亿元`, `签约项目12个 总投资56亿元`),
# the first perhaps the number alone (`3个项目总投资达58.6亿元`).
_FIGURES_DECK = re.compile(f"(?:[{HAN}]{{0,6}}\\d+(?:\\.\\d+)?(?:个|项|宗|亿元|万元)[\\s，,]*){{2,3}}")


def _is_deck(line: str) -> bool:
    bare = line.strip()
    return (
        (bool(_DECK.search(line)) and not _is_event_line(line))
        or bool(_WITNESSED.search(bare))
        or bool(_PHRASES_DECK.fullmatch(bare) or _FIGURES_DECK.fullmatch(bare))
    )


# Who witnessed the event a title names (`许继伟吴劲王图强汪建中见证签约`): a deck, though it ends in the event's verb.
_WITNESSED = re.compile("见证(?:签约|签字|揭牌|开工|奠基|开业|投产)$")  # not 见证巨变, 见证历史: a feature's title


def is_subhead(line: str) -> bool:
    """An in-body subhead: one or two balanced clauses, not a sentence broken off.

    At most 30 characters, no 、 or 的, and one or two clauses (split at commas, colons
    and spaces) of at least 4 characters each.
    """
    if len(line) > 30 or "、" in line or "的" in line:
        return False
    clauses = [c for c in re.split(r"[，,：:\s]+", line) if c]
    return 1 <= len(clauses) <= 2 and all(len(c) >= 4 for c in clauses)


def is_head_candidate(line: str) -> bool:
    """A line that may be a headline or subhead: at most MAX_HEAD_CHARS characters with
    no sentence punctuation (。！？…； at the end, 。！？ inside), but for one ！ on a line
    of at most MAX_EXCLAIMED_HEAD characters, or after a lead word of at most
    MAX_EXCLAIMING_LEAD on a line of any length (`…项目集中开工！`, `刚刚!青岛270个项目集中开工`, `每日热闻!…`:
    headlines exclaim; a quotation that exclaims, `“真没想到！”`, is speech). A line starting with — is a subtitle (`——访…`) and always a candidate; a dateline with its
    reporters (`本报讯(记者 王宏伟 济南报道)`) is none."""
    if line.startswith(("——", "—")):
        return True
    folded = fold_punct(line)
    if (len(line) > MAX_HEAD_CHARS and not _SPACED_TITLE.fullmatch(line)) or folded.endswith(("、", "，")):
        return False  # a title ends no clause mid-way
    if _DATELINE_BYLINE.match(simplified(folded)):
        return False  # a dateline and its reporters, the report cut off after them: `本报讯(记者 王宏伟)`
    if _EXCLAIMS_ONCE.match(folded) and not line.startswith(("“", "「", '"')):
        # one exclamation or question, anywhere on a short line: `刚刚!青岛270个项目集中开工`,
        # `…为何能让人热血奔涌?`; after a lead word on a line of any length: `每日热闻!2022年…活动在襄州区举行`
        line = folded.replace("！", "，").replace("？", "，")
    return not ends_sentence(line) and not has_sentence_inside(line)


# A longer title: two or three clauses set apart by single spaces, no mark at all (a news site's
# title line: `…召开调度会 全力以赴保障项目顺利启动 努力打造协同发展典范工程`); prose has its
# commas, a bar of links more and shorter words.
_SPACED_TITLE = re.compile(r"[^\s，。；：！？、,.;:!?]{1,40}(?: [^\s，。；：！？、,.;:!?]{1,40}){1,2}")
MAX_EXCLAIMED_HEAD = 30  # a longer line that exclaims is a sentence of prose standing alone
MAX_EXCLAIMING_LEAD = 10  # …unless its mark follows a lead word: 刚刚！, 重磅！, 每日热闻！, 总投资241亿元！
MIN_EXCLAIMED_CLAUSE = 4  # characters of each clause of a title that exclaims twice
MIN_TITLE_AFTER_LEAD = 10  # …or of its second, after a lead word (开工！, 刚刚！): longer than a cry (快走！我们赢了！)
_EXCLAIMS_ONCE = re.compile(
    f"(?=[^！？]*[！？][^！？]*$)(?:.{{0,{MAX_EXCLAIMED_HEAD}}}$|[^！？]{{1,{MAX_EXCLAIMING_LEAD}}}[！？])"
    # …or twice on a short line, the second at its end, after clauses of a title's length
    # (`102.5亿元!泗洪县15个项目集中开工!`; `加油！加油！`, `太好了！我们赢了！` are speech)
    f"|(?=[^！？]{{{MIN_EXCLAIMED_CLAUSE},}}[！？][^！？]{{{MIN_EXCLAIMED_CLAUSE},}}[！？]$).{{0,{MAX_EXCLAIMED_HEAD}}}$"
    # …or after a lead word of two or three characters, a title's length after it (`开工!孝感市“两湖”绿道项目正式开建!`;
    # an address to people, `同志们！…`, is speech)
    f"|(?=[^！？]{{2,3}}(?<!们)[！？][^！？]{{{MIN_TITLE_AFTER_LEAD},}}[！？]$).{{0,{MAX_EXCLAIMED_HEAD}}}$",
    re.DOTALL,
)


# Marks alone on a line, an image's or a link's leftover where it stood (`\`): no text, no headline.
_STRAY_MARKS = re.compile(r"[\\|/<>^`]+")
# A rule between items (`-`, `------`, `* * *`).
_DIVIDER = re.compile(r"[-—=*_~]+(?: *[-—=*_~]+)*")
# A title with its writers' names after a □ on its line, each with a surname first.
_TITLE_THEN_WRITERS = re.compile(f"(?P<title>\\S.{{5,58}}?)\\s*□\\s*(?P<names>[{HAN}]{{2,4}}(?:[\\s、]+[{HAN}]{{2,4}}){{0,3}})\\s*")
# A title and its report on one line, set apart by a run of spaces (an extractor joined them):
# `龚旗煌来潍调研   本报讯 (记者 付凯)…`.
_HEAD_THEN_BODY = re.compile(r"^(?P<head>\S.{3,58}?)[ \u3000]{3,}(?P<body>\S.*)$")
MIN_JOINED_BODY = 40


def _title_then_writers(line: str) -> re.Match | None:
    signed = _TITLE_THEN_WRITERS.fullmatch(line)
    names = signed["names"].replace("、", " ").split() if signed else []
    return signed if names and all(map(starts_with_surname, names)) and is_head_candidate(signed["title"]) else None


def _leaves_a_bracket_open(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def split_head_and_body(line: str) -> list[str]:
    """The line, or its title and its report when the title is a head candidate and what
    follows the spaces opens a report (`本报讯`, `3月6日，`) or is a paragraph of prose."""
    joined = _HEAD_THEN_BODY.match(line)
    if not joined or not is_head_candidate(joined["head"]) or _leaves_a_bracket_open(joined["head"]):
        return [line]  # spaces inside brackets set names apart (`本网讯(记者:张磊    徐澜)3月19日…`): one line
    body = joined["body"]
    opens_report = _NEWS_LEAD.match(simplified(fold_punct(body)))
    is_prose = len(body) >= MIN_JOINED_BODY and (ends_sentence(body) or has_sentence_inside(body))
    return [joined["head"], body] if opens_report or is_prose else [line]


# A site's line of keywords under its story (`关键词:闫继红,中央广电总台`: two or more, no
# sentence) is no text of it; an editor's credit glued to its end (`…中央广电总台责任编辑:马书广`)
# names the page's staff. A report's own `关键词：营商环境` over a section is its text.
_KEYWORDS = re.compile(r"^(?:关键词|关键字|标签)\s*[：:]\s*[^，,、\s。！？；]{1,20}(?:[，,、\s]+[^，,、\s。！？；]{1,20})+$")
MAX_KEYWORDS_LINE = 60
_GLUED_STAFF = re.compile(r"(?:责任编辑|责编|编辑)\s*[：:]\s*\S+$")


# A page's markup may set a staff label's name on the lines under it (`[編輯:` / `吳曲波` / `]`).
MAX_STAFF_LABEL = 8
_CLOSING_BRACKET_ALONE = re.compile(r"[\]】)）]")


def _split_staff_lines_joined(lines: list[str]) -> list[str]:
    """The lines, each staff label alone on its line (ending in a colon) joined with the
    name on the next line and a closing bracket alone after it, when together they are a
    staff line (`staff_line`); the lines joined in stay, blank, so that no line moves."""
    for i, line in enumerate(lines[:-1]):
        if len(line) > MAX_STAFF_LABEL or not line.endswith((":", "：")):
            continue
        taken = [i + 1] + ([i + 2] if i + 2 < len(lines) and _CLOSING_BRACKET_ALONE.fullmatch(lines[i + 2]) else [])
        joined = line + "".join(lines[j] for j in taken)
        if staff_line(joined):
            lines[i] = joined
            for j in taken:
                lines[j] = ""
    return lines


def segment(lines: list[str], furniture: set[int], stamps: set[int] = frozenset()) -> tuple[list[Item], list[Byline]]:
    """Articles and captions of a page in reading order, and the page staff (责编 …).
    `stamps` are the furniture lines that date a copy: a title stands above one, and the
    lines of its head block below it are its subtitle."""
    return _Segmenter(lines, furniture, stamps).run()


class _Segmenter:
    def __init__(self, lines: list[str], furniture: set[int], stamps: set[int]):
        self.lines = _split_staff_lines_joined([line.strip() for line in lines])
        self.furniture = furniture
        self.stamps = stamps
        self.items: list[Item] = []
        self.staff: list[Byline] = []
        self.current: Item | None = None
        self.pending: list[tuple[int, str]] = []
        self.previous_kind = ""

    def run(self) -> tuple[list[Item], list[Byline]]:
        for i, line in enumerate(self.lines):
            if line and i not in self.furniture:
                self.previous_kind = self._read_line(i, line)
        if self.pending:
            if self._article_is_open():
                self._flush_pending_into_body()
            else:
                self._start_article(self.pending[0][0])
        return self._with_bare_credits_closing(), self.staff

    def _with_bare_credits_closing(self) -> list[Item]:
        """The items, less an article a byline opened and nothing followed (`记者:亚荣 思栋 编辑:秀芬`
        under the last report, then only the page's staff or furniture): that byline credits
        the article before it."""
        kept: list[Item] = []
        before: Item | None = None  # the last article kept
        for item in self.items:
            if before and item.kind == ARTICLE and item.opened_by_byline and not item.head_lines and not item.paragraphs:
                before.bylines.extend(item.bylines)
                continue
            kept.append(item)
            before = item if item.kind == ARTICLE else before
        return kept

    def _read_line(self, i: int, line: str) -> str:
        line = _SUMMARY_LABEL.sub("", line)
        if "转载" in line:
            line = _RIGHTS_NOTE_AT_END.sub("", line)
        if not line or _STRAY_MARKS.fullmatch(line):
            return "label"
        if _DIVIDER.fullmatch(line):
            # A rule between items (`-`, `------`, `* * *`): what stood above it ends there.
            self._flush_pending_into_body()
            if self.current is not None:
                self.current.closed = True
            return "divider"
        if "□" in line and (signed := _title_then_writers(line)):
            # A title and its writers after a □ (`…亮点回顾 □龚坚 李宛玲`): the title, then the credit that opens the report.
            self._read(i, signed["title"])
            return self._read(i, "□" + signed["names"])
        parts = split_head_and_body(line)
        if len(parts) == 1:
            return self._read(i, line)
        # A title and its report on one line: the report follows its title, no caption.
        self._read(i, parts[0])
        self._read_text(i, parts[1])
        return "text"

    def _ends_the_text(self, i: int) -> bool:
        """Whether line i, the page's last, follows an open article's text with no title held between."""
        return not self.pending and self._article_is_open() and bool(self.current.paragraphs) and self._is_last_line(i)

    def _is_last_line(self, i: int) -> bool:
        return not any(line.strip() for j, line in enumerate(self.lines[i + 1 :], start=i + 1) if j not in self.furniture)

    def _read(self, i: int, line: str) -> str:
        if len(line) <= MAX_KEYWORDS_LINE and _KEYWORDS.match(line):
            glued = _GLUED_STAFF.search(line)
            self.staff.extend((staff_line(glued.group()) or []) if glued else [])
            return "keywords"
        if (people := staff_line(line)) is not None:
            self.staff.extend(people)
            return "staff"
        if people := photo_credit(line):
            target = self.items[-1] if self.previous_kind == CAPTION and self.items else self.current
            if target is not None:
                target.bylines.extend(people)
            return "credit"
        if credit_then_report := credit_before_day(line):
            credit, report = credit_then_report
            self._open_with_credit(i, credit)
            self._read_text(i, report)
            return "opening"
        if (credit := _without_unopened_close(line)) != line and is_opening_byline(credit):
            line = credit  # a credit whose opening bracket the copy lost (`潮州日报全媒体记者 林宗楷)`)
        # A correspondents' line is the opening credit's second, or closes the page's last article
        # (`特约通讯员 毛凤全 编辑:王利红`); further up, it may open a paragraph the copy broke.
        if is_opening_byline(line) or (is_correspondent_line(line) and (self.previous_kind == "opening" or self._ends_the_text(i))):
            signed = is_author_line(line)  # after an article's text, a commentary's signature ends it
            if (
                not self.pending
                and self._article_is_open()
                and (self._is_last_line(i) or (self.current.paragraphs and (is_correspondent_line(line) or signed)))
            ):
                # A credit closing the page's last article, or led by correspondents after an
                # article's text (`通讯员李英姿 记者龙源`): opening credits lead with the reporter.
                self.current.bylines.extend(parse_people(line))
                self.current.closed = self.current.closed or signed
                return "closing"
            self._open_with_credit(i, line)
            return "opening"
        if match := _CONTINUATION.search(line):
            before = line[: match.start()].strip()
            if before:
                self._read_text(i, before)
            self._flush_pending_into_body()
            if self.current is not None:
                self.current.continued = match.group(1)
                self.current.closed = True
            return "continuation"
        # A caption's credit (`图为潘集电厂俯瞰。 本报记者 张 越 摄`, `衡水市副市长吴波致辞。长城网记者 卢婉凤 摄`)
        # closes no article: the caption is read below.
        closing = closing_byline(line)
        # …where no title waits above it for its report (a caption under a title is read with it, as before), and
        # it stands apart, blank lines either side: a line run on to the next is a report's close.
        captioned = bool(
            closing and not self.pending and self._blank_run(i, -1) and self._blank_run(i, +1) and _photographed_sentence(line, *closing)
        )
        if closing and not closing[0].startswith("图为") and not captioned:
            before, people = closing
            if before:
                self._read_text(i, before)
            self._flush_pending_into_body()
            if self.current is None:
                self._start_article(i)
            elif self.current.opened_by_byline and self.current.subheads:
                self._split_at_last_subhead()
            self.current.bylines.extend(people)
            self.current.closed = True
            return "closing"
        if self.items and self.items[-1].kind == CAPTION and [line] == self.items[-1].paragraphs:
            return CAPTION  # a caption printed again under its picture (the first was its alt text)
        if self._is_caption(i, line) or captioned:
            if captioned and self._article_is_open():
                self.current.closed = True  # a photographed caption ends the report above it: the next title opens another
            caption = Item(CAPTION, i)
            line = _IMAGE_NAME.sub("", line)
            text, caption.bylines = caption_credit(line) or closing_byline(line) or (line, [])
            caption.add_paragraph(_CAPTION_MARK.sub("", text).strip())
            caption.closed = True
            self.items.append(caption)
            return CAPTION
        self._read_text(i, line)
        return "text"

    def _open_with_credit(self, i: int, credit: str) -> None:
        """The credit opens an article: the held lines' or a new one, or the open one while it has no text."""
        if self.pending or not self._article_is_open() or self.current.paragraphs:
            self._start_article(self.pending[0][0] if self.pending else i)
        self.current.bylines.extend(parse_people(credit))
        self.current.opened_by_byline = True

    def _read_text(self, i: int, line: str) -> None:
        if is_head_candidate(line):
            self.pending.append((i, line))
            return
        # 本報訊 of a traditional copy is 本报讯; a mirror's junk marks before a dateline go.
        line = line.lstrip("?？ \u3000\t")
        matched = simplified(fold_punct(line))
        starts_report = bool(_NEWS_LEAD.match(matched))
        if self.pending:
            if not self._article_is_open() or starts_report or self._leads_on_held_event(matched):
                self._start_article(self.pending[0][0])
            else:
                self._flush_pending_into_body()
        elif not self._article_is_open() or (starts_report and matched.startswith("本报") and self.current.paragraphs):
            self._start_article(i)
        self.current.add_paragraph(line)
        self.current.bylines.extend(_lead_credits(line, matched))

    def _leads_on_held_event(self, lead: str) -> bool:
        """Whether the paragraph is the lead of a report under the held title of an event: a lead
        names the event as its title does, in the same words, then its day (`全国脱贫攻坚总结表彰大会在京隆重举行` /
        `全国脱贫攻坚总结表彰大会2月25日上午…举行`), where a subhead's paragraph goes on from it."""
        title = simplified(fold_punct(self.pending[-1][1]))
        shared = len(os.path.commonprefix([title, lead]))
        return shared >= MIN_EVENT_WORDS_REPEATED and bool(_DAY_OF_EVENT.match(lead, shared)) and _is_event_line(title)

    def _start_article(self, line_no: int) -> None:
        self.pending = self.pending[self._past_list_of_titles() :]
        head = [text for _, text in self.pending]
        if sum(map(_led_by_a_place, head)) >= MIN_PLACES_LISTED:
            # Items each led by its place (`盐湖区:…项目` / `垣曲县:…项目` / …): a list the article opens with, no title.
            self.current = Item(ARTICLE, line_no)
            for text in head:
                self.current.add_paragraph(text, subhead=True)
        else:
            below = self._first_held_line_below_a_stamp()
            self.current = Item(ARTICLE, line_no, head_lines=head[:below], subtitle_lines=head[below:])
        self.items.append(self.current)
        self.pending = []

    def _past_list_of_titles(self) -> int:
        """The first held line past an e-paper's list of the page's titles, which it prints
        above the article with the article's own title among them: a held line printed
        twice, with furniture (the list's navigation, a date line) between, marks the list,
        and the head begins after that furniture; 0 when no line repeats so."""
        texts = [text for _, text in self.pending]
        for n in range(len(texts) - 1, 0, -1):
            if texts[n] not in texts[:n]:
                continue
            first, again = self.pending[texts.index(texts[n])][0], self.pending[n][0]
            between = [no for no in range(first + 1, again) if no in self.furniture]
            if between:
                return next(i for i, (no, _) in enumerate(self.pending) if no > between[-1])
        return 0

    def _first_held_line_below_a_stamp(self) -> int:
        """The first held line below a copy's stamp that stands under a title: one or two held
        lines above it, the last long enough to be a title (a news site's copy:
        `晋江:171个项目签约开竣工…`, its stamp, then a subtitle); else past the last held line."""
        for n in range(1, min(len(self.pending), MAX_TITLE_LINES_ABOVE_STAMP + 1)):
            (above, title), (below, _) = self.pending[n - 1], self.pending[n]
            if len(title) >= MIN_TITLE_ABOVE_STAMP and any(above < stamp < below for stamp in self.stamps):
                return n
        return len(self.pending)

    def _flush_pending_into_body(self) -> None:
        if not self.pending:
            return
        if self.current is None:
            self._start_article(self.pending[0][0])
            return
        texts = [text for _, text in self.pending]
        if all(is_subhead(text) for text in texts) and not self.current.ends_mid_sentence:
            self.current.subheads.append((len(self.current.paragraphs), self.pending[0][0], texts))
        for text in texts:
            self.current.add_paragraph(text, subhead=is_subhead(text))
        self.pending = []

    def _split_at_last_subhead(self) -> None:
        index, line_no, head_lines = self.current.subheads.pop()
        article = Item(ARTICLE, line_no, head_lines=head_lines, paragraphs=self.current.paragraphs[index + len(head_lines) :])
        del self.current.paragraphs[index:]
        self.current.closed = True
        self.current = article
        self.items.append(article)

    def _article_is_open(self) -> bool:
        return self.current is not None and not self.current.closed

    def _is_caption(self, i: int, line: str) -> bool:
        if _CAPTION_MARK.match(line) or line.startswith("图为") or "供图" in line or caption_credit(line) or _IMAGE_END.search(line):
            return True
        if len(line) > MAX_CAPTION_CHARS or not ends_sentence(line):
            return False
        gaps = (self._blank_run(i, -1) >= 2, self._blank_run(i, +1) >= 2)
        # A short sentence in a wide gap is a caption when it stands apart on both sides,
        # or when it interrupts a paragraph that stopped mid-sentence.
        return all(gaps) or (any(gaps) and self._article_is_open() and self.current.ends_mid_sentence)

    def _blank_run(self, i: int, step: int) -> int:
        """Blank lines next to line i in direction step; past the page's edge, 99."""
        count, j = 0, i + step
        while 0 <= j < len(self.lines) and not self.lines[j]:
            count, j = count + 1, j + step
        return count if 0 <= j < len(self.lines) else 99


def _photographed_sentence(line: str, text: str, people: list[Byline]) -> bool:
    """Whether a line's closing credit is a photographer's, unbracketed, after one short sentence: a caption's
    (`衡水市人民政府副市长吴波致辞。长城网记者 卢婉凤 摄`), not a report's closing credit, which follows sentences.
    A bracketed credit (`…平面图。(本报记者 陈东 摄)`) is read as it was: a caption by `caption_credit` where it stands
    apart. `文/摄` credits a report's writer, who took its pictures too."""
    return (
        bool(text)
        and not line.rstrip().endswith((")", "）"))
        and "文/摄" not in line
        and len(text) <= MAX_CAPTION_CHARS
        and not has_sentence_inside(text.rstrip("。！？!? "))
        and all(person.role == PHOTOGRAPHER for person in people)
    )


def _without_unopened_close(line: str) -> str:
    """The line less a closing bracket at its end that nothing on it opened."""
    return line[:-1].rstrip() if line.endswith((")", "）")) and "(" not in line and "（" not in line else line
