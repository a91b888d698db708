"""Recognise bylines, credits and page staff, and split them into people.

Formats seen in 新即墨, 青岛日报 and other Shandong papers:
    (周程林 江如意)                      closing byline of a 新即墨 article
    （青报全媒体/观海新闻记者 薛华飞）      closing byline with outlet
    □青岛日报/观海新闻记者 王涛文/图       opening byline
    半岛都市报•半岛新闻客户端记者 王涛      opening byline led by its outlet
    记    者：王  涛                       role word and name padded with spaces
    通讯员 梁之磊 兰玉乔                   second line of an opening byline
    □记者 赵晓东 报道 / 文/本报记者 高建 通讯员 刘 洋
    本报讯（记者孙丽）                     dateline with byline (see layout.py)
    梁孝鹏 摄 / 梁孝鹏/摄 / 梁孝鹏 王涛 摄   photographer of a caption
    责编 王杰 刘宗伟 美编 李晓萌 …         page staff
    责任编辑:陈晨 / 责编:许可              editor lines

The paper's word is kept as `duty` and sets the role: 记者, 首席记者, 特约记者, 实习记者,
见习记者, 作者 -> reporter; 通讯员, 特约通讯员, 实习生 -> correspondent; 责任编辑, 责编,
编辑, 美编, 审读, 校对, 排版, 组版 -> editor. Names without a role word are reporters;
photographers come from photo credits (`photo_credit`). A name is 2-4 Han characters.
A role word set with spaces inside (`记    者`, padded to the width of 通讯员) is the
word when no Han character follows it (`李美 编辑` stays a name and 编辑; in
`记    者王涛` the word is not read and the text is no byline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .officials import is_name_of_parts, starts_with_double_surname, starts_with_surname
from .places import place_names
from .publications import known
from .text import HAN, HAN_CHAR, SPACES, TWO_LEVELS, fold_punct, has_sentence_inside, simplified

REPORTER, CORRESPONDENT, PHOTOGRAPHER, EDITOR = "reporter", "correspondent", "photographer", "editor"


@dataclass(frozen=True)
class Byline:
    name: str
    role: str  # reporter | correspondent | photographer | editor
    outlet: str = ""  # e.g. 青岛日报/观海新闻; "" when none is given
    duty: str = ""  # the word the paper used: 记者, 通讯员, 摄, 责编, 美编, 审读, 排版 …
    printed_outlet: str = ""  # the outlet printed before the first role word, whoever it credits


_NAME = re.compile(f"^[{HAN}]{{2,4}}$")
# The words papers print before the people of each role.
ROLE_WORDS = {
    "记者": REPORTER,
    "首席记者": REPORTER,
    "特约记者": REPORTER,
    "特派记者": REPORTER,
    "实习记者": REPORTER,
    "见习记者": REPORTER,
    "作者": REPORTER,
    "采访人员": REPORTER,  # a content farm's word for 记者
    "通讯员": CORRESPONDENT,
    "通迅员": CORRESPONDENT,  # a common misprint of 通讯员 (迅 for 讯), printed in datelines' brackets
    "特约通讯员": CORRESPONDENT,
    "实习生": CORRESPONDENT,
    "报道组": CORRESPONDENT,  # a party committee's reporting team (`_REPORTING_GROUP`)
    "见习生": CORRESPONDENT,
    "摄影": PHOTOGRAPHER,
    "特约摄影": PHOTOGRAPHER,
    "摄": PHOTOGRAPHER,
    "责任编辑": EDITOR,
    "责编": EDITOR,
    "编辑": EDITOR,
    "美编": EDITOR,
    "美术编辑": EDITOR,  # the page's designer, written out (美编 short)
    "审读": EDITOR,
    "校对": EDITOR,
    "排版": EDITOR,
    "组版": EDITOR,
    "审核": EDITOR,
    "签审": EDITOR,
    "监审": EDITOR,  # a media centre's supervising review
    "视频": PHOTOGRAPHER,
    "视频编辑": EDITOR,  # who edited the video (视频编辑/熊峰), no camera's
    "图片通讯员": PHOTOGRAPHER,  # a correspondent credited for the pictures (图片通讯员 蒋晓东)
    "图片记者": PHOTOGRAPHER,
    "初审": EDITOR,
    "一审": EDITOR,  # a county centre's three reviews (一审, 二审, 三审)
    "二审": EDITOR,
    "三审": EDITOR,
    "终审": EDITOR,
    "编审": EDITOR,
    "初审编辑": EDITOR,
    "监制": EDITOR,  # a media centre's producer, who signs the item off like 终审
    "总监制": EDITOR,
}
_LONGEST_FIRST = sorted(ROLE_WORDS, key=len, reverse=True)
ROLE_WORD_ENDINGS = tuple(_LONGEST_FIRST)  # a word ending in one holds a role (闪电新闻记者)
# 工作者 (a worker) holds no 作者.
_ROLE_SPLIT = re.compile("(" + "|".join(word if word != "作者" else "作(?<!工作)者" for word in _LONGEST_FIRST) + ")")
# A role word padded with spaces (`记    者`, set to the width of 通讯员); no Han character
# may follow it, so that `李美 编辑` stays the name 李美 and the word 编辑.
_SPACED_ROLE_WORD = re.compile("(?:" + "|".join(r"\s*".join(w) for w in _LONGEST_FIRST if len(w) > 1) + f")(?![{HAN}])")
# Outlets printed before the first role word: joined by one of these marks
# (`青岛日报/观海新闻`, `半岛都市报•半岛新闻客户端`), or ending in a word for a paper,
# a news site or a broadcaster, or in a word for an administrative area (`即墨区记者`:
# the district's own reporter; the place says whom the reporter works for).
_OUTLET_JOINERS = "/／•·・"
# The words of a byline's lead that layout's patterns share: the reporter's word, a desk
# of the paper (全媒体记者: its all-media reporter) and a media group's initials (YMG记者).
REPORTER_WORD = "(?:首席|特约|实习|见习)?(?:记者|通讯员)"
DESK = "(?:全媒体|融媒体|新媒体|全媒|融媒)"
GROUP_INITIALS = "[A-Z]{2,6}"
# 社: 新华社, 报社
_OUTLET_ENDINGS = ("报", "社", "新闻", "全媒体", "全媒", "客户端", "融媒", "融媒体", "融媒体中心", "电视台", "网", "在线")
_OUTLET_ENDINGS += ("传媒集团", "报业集团", "传媒")  # a media group's (大连新闻传媒集团记者, 台传媒记者: 台州's)
_OUTLET_ENDINGS += ("视窗",)  # a county's news site (安吉视窗)
_OUTLET_ENDINGS += ("记者站",)  # a paper's station (a county's, `道县站`, is read by its place: `_looks_like_outlet`)
_PLACE_ENDINGS = ("省", "市", "区", "县", "镇", "乡", "街道")
# The label's colon may be a slash (`编辑/卢维`, `视频编辑/熊峰`: a Chongqing media centre's site).
_STAFF_LINE = re.compile("^(?:" + "|".join(word for word in _LONGEST_FIRST if ROLE_WORDS[word] == EDITOR) + ")\\s*[：:\\s/／]")
# A credits line whose words are set off by bars: `记者|王金刚 编辑|王子梁辰`, `审核|张晓航 终审|朱代军`.
_BRACKETED = re.compile(r"^\s*[\[【]\s*(.*?)\s*[\]】]\s*$")
# A bar, as sites set it: |, its full width, the ideograph 丨 and the vertical dash ︱ (`编辑︱王鑫雨`).
_BAR = "[|｜丨︱]"
# A bar before a credits line (`丨编辑:陆华秀`).
_LEADING_BAR = re.compile(f"^\\s*{_BAR}\\s*")
_BAR_CREDITS = re.compile(f"^(?:{'|'.join(ROLE_WORDS)})\\s*{_BAR}")
# A photo credit: `摄影：` perhaps, names, then 摄, /摄 or 摄影 (see `photo_credit`).
_PHOTO_SUFFIXES = ("/摄", "摄影报道", "摄影", "摄")  # 摄影报道: a report in pictures (`井娇摄影报道`)
# …or a newsroom's station or unit before the names (`浙报融媒共享联盟衢江站 邵秀清 丰莉莎 记者 于山 摄`).
_PHOTO_LEAD = re.compile(f"摄影[：:/\\s]*|[{HAN}]{{2,16}}(?:站|分社|联盟)\\s+")
_PHOTO_LABEL = re.compile("(?:(?:特约)?摄影|照片)\\s*[：:|｜]\\s*(?P<names>.+)")  # `照片:方建园` (photos by), `摄影|江西日报首席记者林君`
_HAN_SPACED = re.compile(f"[{HAN}](?:\\s*[{HAN}])*")
# ■ opens a byline only before its role word and the outlet's name (■本报通讯员 …, ■ 海南日报全媒体记者 …),
# not a photographer's (■ 首席摄影记者 …: a photo item's credit); elsewhere it marks a brief.
# 作者: opens one before a role word (作者:记者 徐媛 …) or names alone (作者:麻向阳 武清远:
# `parse_people` then finds every word a name).
_AUTHOR = "作者\\s*[：:]"  # an author's label, which opens credits or signs a commentary off
# Correspondents glued on after a reporter glued to 记者 (`记者尹兆平通讯员陈子楷`); every name must open with a surname
# (`is_opening_byline`), or it is a sentence (`记者走访通讯员之家`).
_GLUED_CORRESPONDENTS = f"(?:\\s*(?:通讯员|通訊員)\\s*[{HAN}]{{2,4}}(?:[\\s、][{HAN}]{{2,4}})*)?"
_GLUED_TO_REPORTER = re.compile(f"\\s*(?:记者|記者)[{HAN}]")
_OPENING = re.compile(
    f"^\\s*(?:□|■\\s*(?![^\\s：:，。]{{0,10}}?摄影)(?=[^\\s：:，。]{{0,10}}?{DESK}?{REPORTER_WORD}\\s*[：:]?\\s*[{HAN}]{{2,4}}(?:[\\s、]|$))|{_AUTHOR}|文/|文／|图/|本报记者|本报通讯员|(?:记者|記者)[{HAN}]{{2,4}}{_GLUED_CORRESPONDENTS}(?:报道|報道)?\\s*$)"
)
# 记者 near the line's start, with nothing but an outlet or a reporter word's first
# characters glued before it, then a colon or a space: `记者 王涛`, `首席记者：王涛`,
# `青岛早报记者 王凯` (`is_opening_byline` checks that no person stands before it).
_REPORTER_LEAD = re.compile(r"^\s*[^\s：]*?(?:记者|記者)\s*[：\s/／]")  # …or a slash (`青岛日报记者/王涛`)
# An outlet glued to its role word and one name: `半岛全媒体记者陈文堂`, `金胶州数字报记者李燕`.
# Its names may be set off by spaces and say what each did (`滕州融媒记者邓长浩 颜志迎/视频 田璐/文字`), or
# run together (`吉林日报记者李婷姜岸松`: `parse_people` splits them).
# A name of two characters spaced out to three's width (`台传媒记者王 超摄`) is one name too.
_GLUED_NAME = f"(?:[{HAN}]\\s[{HAN}]{{1,5}}|[{HAN}]{{2,6}})(?:[/／][{HAN}]{{1,2}})?"
# Each name after the first may have its own role word (`海南日报客户端丨记者苏庆明 通讯员陈思国`), glued to the name
# before it too (`河南经济报记者李小宝通讯员泽一徐阳`).
_GLUED_LEAD = re.compile(
    f"^\\s*[□■]?(?P<outlet>[^\\s：。，！？；]+?)(?:首席记者|记者|通讯员){_GLUED_NAME}(?:(?:[、\\s]+|(?=记者|通讯员))(?:记者|通讯员)?{_GLUED_NAME})*\\s*$"
)
_JOINED_OUTLET_LEAD = re.compile(f"^\\s*[^\\s]+[{_OUTLET_JOINERS}][^\\s]+\\s")
# …or set off from its role word by a bar (`北京日报客户端 | 记者 陈强`).
_BARRED_OUTLET_LEAD = re.compile(f"^\\s*(?P<outlet>[^\\s|｜丨]+)\\s*[|｜丨]\\s*(?={REPORTER_WORD})")
# An outlet cited as the source of the credit after it (`据海南日报客户端丨记者…`): 据 and the bar are no outlet's;
# nor are the words that give a page's pictures to it (`本版图片均由海南日报全媒体记者 王程龙 摄`).
_CITED_BY = re.compile("^据|^(?:本版|本组|本文)?(?:图片|照片)均?由|[丨|｜]$")
# Names with no role word before the people a role word names: `张晓宁 黄文姣 通讯员 王克军`, `付宇 赵超越 本报记者 王焕照`.
_NAMES_THEN_ROLE = re.compile(f"^\\s*(?:[{HAN}]{{2,3}}\\s+)+(?:特约通讯员|通讯员|本报记者)\\s*[{HAN}]")
_CORRESPONDENT_LINE = re.compile(f"^\\s*(?:特约通讯员|通讯员|实习生|报道组)\\s*：?\\s*[{HAN}]")  # a reporting team's members too
# Text that may stand inside the closing parentheses of a byline.
_CLOSING = re.compile("[（(]([^（）()]{2,60})[）)][\\s|｜]*$")  # a table's bar may follow
# A government's unit by its level and short name (市委办, 县统计局, 县气象站, 市政协, 县总工会): no person's name opens
# with a level's character and ends in a unit's word.
_UNIT_NAME = re.compile("[省市县区州旗镇乡][\u4e00-\u9fff]{1,6}(?:办|委|局|厅|站|处|所|部|会|协|联|院|中心)")
_MENTION_SIGN = re.compile("(?<=[（(])@")
_CLOSING_TAGS = re.compile("(?:\\s*#[^#\\s]{1,30}#)+\\s*(?:\\.{3}|…+)?\\s*$")
# Where the reporter filed from, before 报道 after the names (`王宏伟 济南报道`, `东京报道`, `现场报道`): no person.
_PLACE_REPORTED = re.compile(f"\\s[{HAN}]{{2,3}}(?:摄影)?报道$")  # 青岛摄影报道 too
_ENDS_IN_ROLE_WORD = re.compile(f"{REPORTER_WORD}\\s*$")
_TAKEN = re.compile(r"(?<![文图])/?\s*摄$")
# A photographer after a caption's last sentence: `…栩栩如生，祝福祖国献礼国庆。宋迎迎摄`.
# …or labelled before its names (`“光伏海”。摄影:洪玉杰`).
_CLOSING_PHOTO_LABEL = re.compile(f"(?<=[。！？!?”])\\s*(摄影\\s*[:：]\\s*[{HAN}]{{2,4}}(?:[\\s、][{HAN}]{{2,4}}){{0,3}})\\s*$")
_CLOSING_PHOTO = re.compile(f"(?<=[。！？!?”])\\s*((?:[{HAN}]{{1,4}}[\\s、]?){{1,5}})\\s*[/／]?摄$")
# …or after a caption with no closing mark, set off by a space and led by a reporter's word
# (`…生产基地项目建设现场 本报记者 邓宇权 摄`).
_SPACED_PHOTO_CREDIT = re.compile(f"(?<=\\S)\\s+((?:本报)?{REPORTER_WORD}\\s+[{HAN}]{{2,4}}(?:[\\s、][{HAN}]{{2,4}}){{0,3}})\\s*[/／]?摄$")
# …or by the names alone, glued to 摄 or not (`航拍…开发项目建设现场 王磊摄`): each a surname's.
_SPACED_PHOTOGRAPHERS = re.compile(f"(?<=[{HAN}])\\s+([{HAN}]{{2,3}}(?:[\\s、][{HAN}]{{2,3}}){{0,2}})\\s*摄$")


def _spaced_photo_credit(line: str, folded: str) -> tuple[str, list[Byline]] | None:
    """(the caption, its photographers) of a caption with no closing mark and its reporter's credit; a
    caption holding a sentence is `_photo_credit_after_last_sentence`'s to read."""
    credit = _SPACED_PHOTO_CREDIT.search(folded)
    if not credit and (named := _SPACED_PHOTOGRAPHERS.search(folded)) and all(map(_reads_as_a_person, _NAME_SEPARATORS.split(named[1]))):
        credit = named
    if not credit or has_sentence_inside(folded[: credit.start()]):
        return None
    people = _photographers(line[credit.start(1) : credit.end(1)], line[credit.start() : credit.end()])
    return (line[: credit.start()].rstrip(), people) if people else None


def _reads_as_a_person(word: str) -> bool:
    """Whether a word credited with no role word may be a person's name: a surname first, and no organ's or
    party's last character (文旅局, 项目部, 施工方). The public (游客, 居民) `_split_names` turns away, as it does
    everywhere (`_NOT_PEOPLE`)."""
    return starts_with_surname(word) and not word.endswith(_ORGAN_ENDINGS)


_ORGAN_ENDINGS = tuple("部局办科方区司处队站所院社厂馆位")


# Where the copy is from, noted between the last sentence and its credit: `…用水。 据《新疆日报》(王志清 摄)`.
_SOURCE_NOTE = re.compile(r"\s*据《[^《》]{2,20}》$")
# A reporter's credit after the paragraph's last sentence, with no mark (`…参加会议。本报记者弓旭东`);
# its names must read as people (`…。记者随后来到` is prose).
# Its outlet may lead it (`…情况…… 武平县融媒体中心记者 李 玥`, a paper's brand: `…感。华商记者张映伟 通讯员 司京昆`),
# a name of two set with a space. Every person must carry a role word: a lead `parse_people` cannot read as an
# outlet is taken for a person with none (`…。封面记者…`).
_CLOSING_REPORTER = re.compile(
    f"(?<=[。！？!?”…])\\s*((?:本报|[{HAN}]{{2,10}}?)?记者\\s?(?:[{HAN}]\\s[{HAN}]|[{HAN}]{{2,4}})(?:[\\s、][{HAN}]{{2,4}}){{0,3}})\\s*$"
)
# A credit after a □ at the end of a caption: `…集群。□记者丁兆霞`, `□聊城日报全媒体记者赵宏磊王培源`.
_CLOSING_MARK = re.compile("□\\s*([^□。！？]{0,40}?(?:记者|通讯员|摄影?)[^□。！？]{0,20})\\s*$")
# Names alone after a □ or ■ closing a paragraph's last sentence: the writers (`…的贡献。■成佳佳`).
_CLOSING_MARKED_NAMES = re.compile(f"(?<=[。！？!?”…])\\s*[□■]\\s*([{HAN}]{{2,4}}(?:[\\s、][{HAN}]{{2,4}}){{0,3}})\\s*$")
# A credit line of an outlet and its people: `东昌府融媒：于继镔`.
_OUTLET_CREDIT = re.compile(f"^(?P<outlet>[^\\s：]{{2,12}})：\\s*(?P<names>[{HAN}]{{2,4}}(?:\\s+[{HAN}]{{2,4}})*)$")
# What each did set off by spaces, not slashes (`记者 石闯 翟宝宽 文 周甬 图`): the names before 文 wrote, those
# after it took the pictures, read as `石闯 翟宝宽/文 周甬/图` is, each photographer's mark their own. Both
# marks stand alone, and a name of two characters or more stands before 文: a name spaced to three's width may
# end in 文 (`记者 张 文 李明 摄`).
_SPACED_WORKS = re.compile(f"(?<=[{HAN}]{{2}})\\s+文\\s+(?P<photographers>(?:[{HAN}]{{2,4}}\\s+)*[{HAN}]{{2,4}})\\s+[图摄]$")


def _slashed_works(spaced: re.Match) -> str:
    *others, last = spaced["photographers"].split()
    return "/文 " + " ".join([*(name + "/摄" for name in others), last + "/图"])


_SUFFIXES = re.compile(r"(?:文/图|文／图|/文|/图|报道|報道|摄影报道|摄影|摄|采访整理|整理|编写|撰文)$")


def parse_people(text: str, default_role: str = REPORTER) -> list[Byline]:
    """Split byline text into people: `青岛日报/观海新闻记者 王涛 通讯员 林俊文` -> 2 rows.

    Text before the first role word is the outlet when it contains / ／ • · or ・, or ends
    in 报, 社, 新闻, 全媒体, 全媒, 客户端, 融媒, 融媒体, 融媒体中心, 电视台 or 网, or in 省, 市, 区,
    县, 镇, 乡 or 街道 (a place: `即墨区记者 王凯` -> outlet 即墨区, never a person);
    or is a media group's initials (YMG); `本报`, `本网` and a desk (全媒体, 本报融媒体; `DESK`) are
    none, before the first role word or after names; only reporters get it, and spaces around its joining mark are dropped.
    A colon or a bar (`记者|王金刚`) separates like a space. After the names, 文/图, /文,
    /图, 报道, 摄影 and 摄 are dropped, and a place before 报道 (`济南报道`); a byline ending
    in 摄 (`记者 唐克 摄`) makes its reporters photographers. Returns [] when the
    text holds anything that is not a name or a role word, so that `(2025年)` is never
    read as a byline; names run together (`通讯员王明李晓红`) are split by `split_run`.
    (`扩大` is two Han characters and reads as a name: `closing_byline` keeps
    `召开党组(扩大)` out.)
    """
    text = fold_punct(text)
    if "：" in text:  # the labels' patterns would be tried at every position of every credit
        text = _AUTHOR_THE_HOUSE.sub("", _NAME_GLUED_TO_LABEL.sub(r"\1 \2", text))
    text = _ROLE_THEN_SLASH.sub(r"\1 ", _SOURCE_FIELD.sub(" ", _EMPTY_LABEL.sub(" ", text)))
    text = _close_spaced_role_words(_SEPARATOR_MARKS.sub(" ", text)).strip()
    text = _WORK_PREFIX.sub("", _THIS_PAPER_BEFORE_ROLE.sub(" ", text)).replace("文/摄", "摄")  # wrote and photographed
    text = _SPACED_WORKS.sub(_slashed_works, text)
    text = _PHOTOS_BY.sub(" 摄影 ", text)
    text = _DESK_LABEL.sub(" ", _REPORTING_GROUP.sub(" 报道组 ", _COMPILED_REPORT.sub(" ", text)))  # a committee's team first
    text = _without_site_and_place(text)
    # `记者 单毅 朱绍祥 报道 王鼎鑫 摄影`: who reported, then who photographed.
    text = _REPORTED_THEN_PHOTOGRAPHED.sub(r" 摄影 \g<names>", text)
    # `记者 郭海洋/摄 冯启俊/文`: a name's own /摄 makes that one a photographer.
    took_photos = set(map(simplified, _NAME_THEN_PHOTO.findall(text)))
    text = _NAME_THEN_PHOTO.sub(r"\1", text)
    # `记者 张旭/文 张人峰/摄`: where the names say what each did, the last one's /摄 is its own.
    if (last := _LAST_NAME_THEN_PHOTO.search(text)) and _NAME_THEN_WORK.search(text):
        took_photos.add(simplified(last[1]))
        text = text[: last.start()] + last[1]
    text = _NAME_THEN_WORK.sub(r"\1", text) if "/" in text or "／" in text else text
    # Role words are matched in simplified characters (記者, 通訊員); names are given as printed.
    as_written, text = text, simplified(text)
    # `YMG全媒体记者 唐克 摄`: the reporter named took the photograph.
    photographed = bool(_TAKEN.search(text))
    people: list[Byline] = []
    role, duty, outlet, next_outlet, n_roles, cursor = default_role, "", "", "", 0, 0
    parts = _ROLE_SPLIT.split(text)
    for at, part in enumerate(parts):
        if part.strip() in ROLE_WORDS:  # before the suffixes go: 摄影 is both (`伍荟茹 摄影 王慧晴`)
            role, duty, n_roles = ROLE_WORDS[part.strip()], part.strip(), n_roles + 1
            outlet = next_outlet or outlet
            continue
        part = _SUFFIXES.sub("", part.strip()).strip().rstrip("/／").rstrip()  # `陈婧/摄`: the slash before 摄
        if not part:
            continue
        if not duty and _looks_like_outlet(part):
            # An outlet in front of the first role word: `青报全媒体/观海新闻记者`, several set
            # off by spaces (`新安晚报 安徽网 大皖客户端记者`); or in front of names with no
            # role word (`齐鲁晚报•齐鲁壹点 刘震 通讯员 …`): reporters.
            # All of it outlets or only the first: a name may end like a house or a place (王建社, 张镇).
            first, *rest = _clean_outlet(part).split() or [""]  # 本报, a desk: no outlet
            listed, first = _people_before_outlet(first)
            outlets = [first, *rest] if rest and all(map(_is_media_name, rest)) else [first]
            outlet, part = "/".join(outlets), " ".join([*listed, *rest[len(outlets) - 1 :]])
            if not part:
                continue
        elif duty and at + 1 < len(parts):
            part, next_outlet = _before_next_outlet(part)
        names = _split_names(part)
        if names is None:
            return []
        # The outlet is the reporters' (a correspondent is no staff of the paper); the
        # outlet printed before a first role word that is not 记者 (`金胶州数字报通讯员孔浩`)
        # still says whose page it is.
        printed = outlet if n_roles <= 1 else ""
        for name in names:
            name, cursor = _as_printed_name(as_written, text, name, cursor)
            people.append(Byline(name, role, outlet if role == REPORTER else "", duty, printed))
    return [
        Byline(p.name, PHOTOGRAPHER, p.outlet, p.duty, p.printed_outlet)
        if (photographed and p.role in (REPORTER, CORRESPONDENT)) or simplified(p.name) in took_photos
        else p
        for p in people
    ]


def _before_next_outlet(part: str) -> tuple[str, str]:
    """(the names, the outlet) of the part between two role words whose last word is an
    outlet, the next role word's (`记者 黄胜强 王朝霞 新甘肃·每日甘肃网见习记者 王宇晨`); else (the part, "")."""
    names, _, last = part.rpartition(" ")
    last = _clean_outlet(last)
    return (names, last) if names.strip() and last and _is_media_name(last) else (part, "")


def _as_printed_name(printed: str, folded: str, name: str, start: int) -> tuple[str, int]:
    """The name as printed, found in the folded text at or after `start`, and where it
    stands; set with spaces (`麥 毅`), it is found across them and given without them."""
    if (at := folded.find(name, start)) >= 0:  # most names: printed as one run
        return printed[at : at + len(name)], at
    found = re.compile(r"\s*".join(map(re.escape, name))).search(folded, start)
    if not found:
        return name, start
    return SPACES.sub("", printed[found.start() : found.end()]), found.start()


# The reporters' closing 报道 and names closed by 摄影 after it: those took the photographs.
_REPORTED_THEN_PHOTOGRAPHED = re.compile(f"\\s(?:报道|報道)\\s+(?P<names>[{HAN}]{{2,4}}(?:\\s+[{HAN}]{{2,4}})*)\\s*(?:摄影|攝影)$")
# A credits line's fields are set off by bars or a spaced slash (`… 责任编辑:冷晶晶 / 编审:翟竞 |`).
_SEPARATOR_MARKS = re.compile(f"[：□■●]|{_BAR}|\\s/\\s")
# A slash right after a role word sets off its names (`记者/凌雪敏 通讯员/施光礼`), like a colon.
_ROLE_THEN_SLASH = re.compile("(" + "|".join(_LONGEST_FIRST) + ")\\s*[/／]")
# A name glued to the next label (`编辑: 于灵爽责编: 赵滢溪`): set apart, or the first label reads as an empty one.
_NAME_GLUED_TO_LABEL = re.compile(f"(?<=：)(\\s*[{HAN}]{{2,4}}?)({'|'.join(_LONGEST_FIRST)})(?=\\s*：)")
# A label with nothing after it (`编辑:周忻昊 点击数: 字号:`): a site's counter or button, no name. A bar
# sets off a name as a space does (`编辑:吕丹丹|责编:冯钰颖`).
_EMPTY_LABEL = re.compile(r"[^\s：:|｜丨︱]{1,6}：\s*(?=$|[^\s：:|｜丨︱]{1,6}：)")
# The source of a credits line (`通讯员:舒明军 来源:谷城县融媒体中心 责任编辑:…`) names no person.
# It ends before a reporter's word glued to it (`来源:Hi威海客户端采访人员曲黎悦`) and before a label glued to it
# (`来源: 黑龙江日报编辑: 于灵爽`).
_SOURCE_FIELD = re.compile(
    f"[\u4e00-\u9fff]{{0,2}}来源\\s*：\\s*(?:(?!{REPORTER_WORD}|采访人员|(?:{'|'.join(_LONGEST_FIRST)})\\s*：)[^\\s|｜/])+"
)  # 稿件来源, 信息来源 too
# 本报 (this paper) before a role word names nobody, at the start or after names
# (`本报通讯员 阳精华 刘魁春 本报记者 李飞跃`).
# 記者, 通訊員 of a traditional copy (the text is simplified after this pattern is applied).
_TRADITIONAL_REPORTER_WORD = "(?:首席|特約|實習|見習)?(?:記者|通訊員)"
# A reporter posted to a place (`驻萧山记者 方亮`) is the paper's: the posting names nobody.
_THIS_PAPER_BEFORE_ROLE = re.compile(
    f"(?:本报|本報|本网|本網){DESK}?(?={REPORTER_WORD}|{_TRADITIONAL_REPORTER_WORD})|(?<![^\\s：:]){DESK}(?={REPORTER_WORD})|(?<![^\\s：:])驻[{HAN}]{{1,4}}(?={REPORTER_WORD})"
)
# A station or another reporting team between names (`记者 杨群 共享联盟天台站 李兆葵`, `本报两会报道组 王明`):
# whose desk the next names work at, no name.
_DESK_LABEL = re.compile(f"(?<![^\\s：:])(?:[{HAN}]{{3,10}}站|[{HAN}]{{1,10}}(?:报道组|報道組))(?=\\s)")
# A party committee's reporting team (`县委报道组 李明`, `鄞州区委报道组杨磊`, its first member glued; its
# propaganda department's, `县委宣传部报道组`): its members write for the paper as its correspondents do, and
# the team is their role word (`ROLE_WORDS`; so `_ROLE_SPLIT` splits at it too). Not a paper's own team
# (`本报两会报道组`: its reporters), nor the team's supplied copy (`县委报道组供稿`: no one named).
_REPORTING_GROUP = re.compile(f"(?<![^\\s：:])[{HAN}]{{0,8}}?(?:委|委宣传部)(?:报道组|報道組)")
# A report compiled from several sources (`□本报记者综合报道`, `记者 王明 综合整理`): how it was written, no name.
_COMPILED_REPORT = re.compile("综合(?:报道|整理|编辑)")
# An outlet's web address in brackets after its name (`华夏时报(chinatimes.net.cn)记者`) names nobody.
_SITE_ADDRESS = re.compile(r"[（(][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[）)]")


def _without_site_and_place(text: str) -> str:
    """A credit without what names nobody at its ends: its outlet's web address in brackets
    and the place it was filed from (`华夏时报(chinatimes.net.cn)记者公培佳 青岛摄影报道`)."""
    text = _SITE_ADDRESS.sub("", text) if "." in text else text
    place = _PLACE_REPORTED.search(text)
    # The words before 报道 right after a role word are the reporter's name, glued to 报道 (`记者 孙学良报道`).
    return text[: place.start()] if place and not _ENDS_IN_ROLE_WORD.search(text, 0, place.start()) else text


_WORK_PREFIX = re.compile(r"^(?:文[/／][图圖]|[图圖]/文|文/|[图圖]/|文／)")  # mirrors print 圖
# The credit for the pictures after the writers' (`文/…记者 邹红辉 通讯员 陈曙霞 图/通讯员 刘欣荣`): those it
# names took them, whatever role word follows the label.
_PHOTOS_BY = re.compile("(?<=\\s)[图圖][/／]\\s*(?:" + "|".join(_LONGEST_FIRST) + ")?")
# `鄧長浩 張騰藝/視頻 田璐/文字`: what each named did (the video, the text) keeps the role.
_NAME_THEN_WORK = re.compile(f"([{HAN}]{{2,4}})[/／](?:文字|文|视频|視頻)(?![{HAN}])")
_LAST_NAME_THEN_PHOTO = re.compile(f"([{HAN}]{{2,4}})[/／](?:摄影|摄|攝|图|圖)\\s*$")  # 图: 韦斌/文 黎有科/图
_NAME_THEN_PHOTO = re.compile(f"([{HAN}]{{2,4}})[/／](?:摄影|摄|攝)(?![{HAN}])(?=\\s*\\S)")  # at the end it is the credit's


def _close_spaced_role_words(text: str) -> str:
    """`记    者：王  涛` -> `记者：王  涛`: a role word padded with spaces is the word."""
    return _SPACED_ROLE_WORD.sub(lambda m: SPACES.sub("", m.group()), text)


def _looks_like_outlet(text: str) -> bool:
    text = simplified(text)  # 半島全媒體
    return (
        any(mark in text for mark in _OUTLET_JOINERS)
        or text.endswith(_OUTLET_ENDINGS + _PLACE_ENDINGS)
        or bool(_LATIN_OUTLET.fullmatch(text))
        or known(text) is not None  # a paper's short name in its bylines (半岛记者, 南都记者)
        or (len(text) >= 2 and known(text + "报") is not None)  # …or its name without 报 (华商记者: 华商报's)
        or (text.endswith("站") and text[:-1] in place_names())  # a paper's station in a county (道县站记者)
    )


_LATIN_OUTLET = re.compile(GROUP_INITIALS)  # YMG记者李仁 (烟台日报传媒集团)
_MEDIA_ENDINGS = tuple(ending for ending in _OUTLET_ENDINGS if ending != "社")
# 作者 before an outlet and its people's role words (`作者:钟祥市融媒体中心 通讯员 杜威`): the house, then who wrote.
_AUTHOR_THE_HOUSE = re.compile(f"^\\s*作者\\s*：?\\s*(?=[^\\s：]{{2,16}}?(?:{'|'.join(_MEDIA_ENDINGS)})\\s*{REPORTER_WORD})")


# A news outlet's endings, with no role word to say so: not a bare 网 (南方电网 is a grid, no news site).
# Without a role word, a media name (`_is_media_name`) is a news outlet's but for a shop's 在线 and the
# networks that end in 网 and carry no news (南方电网).
_NOT_NEWS = ("在线", "电网", "管网", "水网", "路网", "气网", "光网")


def _is_news_outlet(text: str) -> bool:
    """A registered or derived paper's, site's or media centre's name, or one ending as a news outlet's does."""
    return known(text) is not None or (_is_media_name(text) and not simplified(text).endswith(_NOT_NEWS))


def _is_media_name(text: str) -> bool:
    """A paper's, a site's or an app's name (安徽网, 大皖客户端), as no person's name ends."""
    return simplified(text).endswith(_MEDIA_ENDINGS) or known(text) is not None


_SPACED_JOINER = re.compile(f"\\s*([{_OUTLET_JOINERS}])\\s*")


def _clean_outlet(text: str) -> str:
    text = _SENTENCE_END.split(text)[-1]  # a caption's sentence before its credit is no outlet's
    text = _SPACED_JOINER.sub(r"\1", text.strip().strip("/").lstrip("■□●◆▲"))  # ■本报记者: a mark, no outlet
    text = _CITED_BY.sub("", text)
    return "" if _THIS_OUTLET.fullmatch(text) else text


_SENTENCE_MARKS = "。！？!?"
_SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
# The page's own paper or site, its desk too (本报全媒体记者), or the desk alone
# (全媒体记者: the paper's all-media reporter): it names none.
_THIS_OUTLET = re.compile(f"(?:本报|本网)?{DESK}?")


# Words standing where a name would, that name nobody: a website's account (管理员), an anonymous author,
# a credit's note (署名除外: but where a piece is signed).
# …and a caption's label for its picture in the brackets a credit takes (`(资料图片)`, `(效果图)`).
PICTURE_LABELS = ("资料图片", "资料照片", "资料图", "网络图片", "示意图", "效果图")
# A link's label where a closing byline would stand (`(原文链接)`) names nobody either; nor a box's
# heading after a □ (`□链接`: facts about a place the report names).
_LINK_LABELS = ("原文链接", "阅读原文", "查看原文", "相关链接", "新闻链接", "延伸阅读", "链接", "背景链接", "知识链接")
_SUPPLIED = ("供稿", "提供", "撰稿")  # a team's or a unit's supplied copy (`县委报道组供稿`)
# The public a picture may be credited to (`…现场 游客摄`), a picture agency (全景) and a shot's height (高空): no names.
_THE_PUBLIC = frozenset(["游客", "居民", "市民", "村民", "群众", "车主", "商户", "读者", "全景", "高空"])
# A paged copy's links are no names either, and are passed over (`1/3 下一页 上一页 首页 尾页`: the page count would
# read as an outlet; `责任编辑:张三 返回` credits 张三); the masthead counts them among a site's words.
PAGE_LINKS = frozenset(["首页", "尾页", "末页", "上页", "下页", "上一页", "下一页", "上一篇", "下一篇", "返回", "返回顶部", "关闭"])
_NOT_PEOPLE = frozenset(
    [*"管理员 小编 本网 网友 佚名 不详 本报 编辑部 记者站 署名除外".split(), *PICTURE_LABELS, *_LINK_LABELS, *_SUPPLIED, *_THE_PUBLIC]
)


_FIRM_ENDINGS = ("公司", "集团", "中心", "办公室")
_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
_TWO_LEVELS = re.compile(TWO_LEVELS)  # a column's name where a name would stand (`编辑:直通县市`)


def _people_before_outlet(text: str) -> tuple[list[str], str]:
    """(the people a credit lists before its outlet, the outlet): `陈雪红、欧阳兴、信息日报/信息日报客户端`
    (then 记者 刘建华) credits three reporters; ([], text) when what precedes the last 、 is no names."""
    listed, _, outlet = text.rpartition("、")
    names = listed.split("、") if listed else []
    people = names and all(_NAME.fullmatch(name) and starts_with_surname(name) and not _looks_like_outlet(name) for name in names)
    return (names, outlet) if people else ([], text)


def _split_names(text: str) -> list[str] | None:
    """`周程林 江如意` -> two names; `刘 洋` (a two-character name set with a space) -> one."""
    tokens = [t for t in _NAME_SEPARATORS.split(text) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) <= 2:
            token, i = token + tokens[i + 1], i + 1
        if token in PAGE_LINKS:
            i += 1
            continue
        # A paper's, a site's or a firm's name where a name would stand (今报记者 南国今报, `编辑:安吉视窗`,
        # `编辑:会议公司`): a four-character name is never one's, a shorter one may end like it (王建网).
        if token in _NOT_PEOPLE or known(token) or (len(token) >= 4 and (_is_media_name(token) or token.endswith(_FIRM_ENDINGS))):
            return None
        if _TWO_LEVELS.search(token):
            i += 1
            continue
        if not _NAME.match(token) and not is_name_of_parts(token):  # 巴依斯古楞: one Mongolian name, not two
            run = split_run(token)
            if run is None:
                return None
            names.extend(run)
        else:
            names.append(token)
        i += 1
    return names


MAX_RUN = 12
_HAN_RUN = re.compile(f"[{HAN}]+")


def split_run(token: str) -> list[str] | None:
    """Names run together (`张海铎薛学江张婧`, `王明李晓红`): parts of 2 or 3 Han
    characters each starting with a surname, 3-character parts tried first, the first
    split where every part does; None when there is none. Where one name ends is a guess
    the papers leave to the reader; this is the reader's usual one."""
    if not (5 <= len(token) <= MAX_RUN) or not _HAN_RUN.fullmatch(token):
        return None
    return _split(token)


def _split(rest: str) -> list[str] | None:
    if not rest:
        return []
    for length in (4, 3) if starts_with_double_surname(rest) else (3, 2):  # 尉迟健平, 欧阳明
        head = rest[:length]
        if len(head) == length and starts_with_surname(head) and (tail := _split(rest[length:])) is not None:
            return [head, *tail]
    return None


def closing_byline(line: str) -> tuple[str, list[Byline]] | None:
    """A byline in parentheses closing a paragraph, after a □ closing a caption
    (`…楼宇经济集群。□记者丁兆霞`), names alone after such a mark (`…的贡献。■成佳佳`: its writers), or a reporter's credit after its last sentence
    (`…参加会议。本报记者弓旭东`, names starting with a surname): returns (text before it, people).

    Only at the end of the line, and only when the line is the byline alone or the text
    before it ends a sentence (。！？…, a closing quote or a closing parenthesis), perhaps
    with a note of the copy's source between (`…用水。 据《新疆日报》(王志清 摄)`); a reporter's
    credit may name its outlet (`…情况…… 武平县融媒体中心记者 李 玥`)."""
    # A social post closes its credit with its topics (`…(@北京日报 记者 朱松梅) #两会现场# ...`) and mentions the
    # outlet's account with @: neither is any person's or outlet's name.
    if "#" in line:
        line = _CLOSING_TAGS.sub("", line)
    if "@" in line:
        line = _MENTION_SIGN.sub("", line)
    credit = _OUTLET_CREDIT.match(fold_punct(line).strip())
    if credit and _looks_like_outlet(credit["outlet"]) and (names := _split_names(credit["names"])):
        return "", [Byline(n, REPORTER, credit["outlet"], "", credit["outlet"]) for n in names]
    if "文" in line and (written := _WRITERS_LINE.fullmatch(line.strip())):
        names = _NAME_SEPARATORS.split(written["names"])
        if all(map(starts_with_surname, names)):
            return "", [Byline(name, REPORTER, "", "文") for name in names]
    # A literal test before each pattern: the patterns are searched at every position of the line.
    folded = simplified(line)  # 攝 of a traditional copy is 摄; names are given as printed
    photo = _CLOSING_PHOTO.search(folded) if "摄" in folded else None
    if photo and (people := _photographers(line[photo.start(1) : photo.end(1)], line[photo.start() : photo.end()])):
        return line[: photo.start()].rstrip(), people
    if folded.endswith("摄") and (credit := _photo_credit_after_last_sentence(line, folded) or _spaced_photo_credit(line, folded)):
        return credit
    labelled = _CLOSING_PHOTO_LABEL.search(folded) if "摄影" in folded else None
    if (
        labelled
        and (people := photo_credit(line[labelled.start(1) :]))
        and all(starts_with_surname(p.name) and not _looks_like_outlet(p.name) for p in people)
    ):
        return line[: labelled.start()].rstrip(), people  # people, not a picture agency (全景网)
    match = _CLOSING.search(line) if ")" in line or "）" in line else None
    match = match or (_CLOSING_MARK.search(line) if "□" in line else None)
    marked = None if match else (_CLOSING_MARKED_NAMES.search(line) if "□" in line or "■" in line else None)
    credit = None if match or marked else (_CLOSING_REPORTER.search(line) if "者" in line else None)
    match = match or marked or credit
    if not match:
        return None
    before = line[: match.start()].rstrip()
    if match.re is _CLOSING and _is_news_outlet(before.strip()):
        # An outlet's name and its people's bracket on a line of their own (`大理日报(记者 勾六零 通讯员 杨婧)`).
        credited = parse_people(before.strip() + match.group(1))
        return ("", credited) if credited else None
    if before and fold_punct(_SOURCE_NOTE.sub("", before))[-1:] not in "。！？”’」』…）":
        return None  # `召开党组(扩大)` or a name list in the middle of a sentence
    people = parse_people(match.group(1)) or (_outlet_then_names(match.group(1)) if match.re is _CLOSING else [])
    if credit and not all(starts_with_surname(person.name) and person.duty for person in people):
        return None
    if match.re is _CLOSING and any(not person.duty and _UNIT_NAME.fullmatch(person.name) for person in people):
        return None  # `（市委办）`: a unit sent the report, no person
    if marked and not all(starts_with_surname(person.name) for person in people):
        return None  # `…。■新闻链接`: a heading, no one
    return (before, people) if people else None


# Writers credited alone on a line, their names before `/文` (`林鑫 陈何畏/文`: a county media centre's site).
_WRITERS_LINE = re.compile(f"(?P<names>[{HAN}]{{2,4}}(?:[\\s、]+[{HAN}]{{2,4}}){{0,3}})\\s*[/／]\\s*文")


# A bracketed credit of an outlet and its people, no role word (`（吉县融媒体中心 徐磊）`).
_OUTLET_THEN_NAMES = re.compile(f"(?P<outlet>[^\\s：:]{{2,16}})\\s+(?P<names>[{HAN}]{{2,4}}(?:\\s+[{HAN}]{{2,4}})*)")


def _outlet_then_names(text: str) -> list[Byline]:
    """The reporters of a closing bracket's outlet and names: the outlet a news outlet's name
    (`_is_news_outlet`), each name opening with a surname; [] for any other text."""
    credit = _OUTLET_THEN_NAMES.fullmatch(text.strip())
    if not credit or not _is_news_outlet(credit["outlet"]):
        return []
    names = _split_names(credit["names"]) or []
    if not names or not all(starts_with_surname(name) for name in names):
        return []
    return [Byline(name, REPORTER, credit["outlet"], "", credit["outlet"]) for name in names]


MAX_CLOSING_CREDIT = 40
_SENTENCE_ENDS = _SENTENCE_MARKS + "”"  # …or the quote closing the last sentence


def _photo_credit_after_last_sentence(line: str, folded: str) -> tuple[str, list[Byline]] | None:
    """A photo credit after a caption's last sentence, longer than `_CLOSING_PHOTO` reads, its
    outlet and role words naming everyone (`…效能。 兵团日报全媒体记者 刘美惠子 通讯员 魏巍 鲁珊 摄`)."""
    end = max(map(folded.rfind, _SENTENCE_ENDS))
    tail = line[end + 1 :]
    if end < 0 or len(tail) > MAX_CLOSING_CREDIT or not any(word in folded[end:] for word in ("记者", "通讯员")):
        return None
    people = parse_people(tail)
    return (line[: end + 1], people) if people and all(person.duty for person in people) else None


def caption_credit(line: str) -> tuple[str, list[Byline]] | None:
    """A photograph's credit in brackets closing a line (`…在安州区举行 (记者 苏东华 摄)`),
    which makes the line a caption: (the caption's text, the people); None for any other line."""
    credit = _BRACKETED_PHOTO_CREDIT.search(simplified(line)) if "摄" in line or "攝" in line else None
    if credit is None:
        return None
    return line[: credit.start()].rstrip(), parse_people(line[credit.start(1) : credit.end(1)])


_BRACKETED_PHOTO_CREDIT = re.compile(f"[（(]\\s*((?:本报)?{REPORTER_WORD}[^（）()]{{2,30}}摄)\\s*[）)]\\s*$")


# A credit opening a paragraph, the report run on after a space from its day as after a dateline
# (`记者 胡肖飞 文/摄 2月27日，…`, `记者杨忠厚报道 4月26日，…`).
_CREDIT_BEFORE_DAY = re.compile(
    f"\\s*(?P<credit>[^\\s，。,；;！？]{{0,16}}?{REPORTER_WORD}[^，。,；;！？]{{2,30}}?)\\s+(?=(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}日)"
)


def credit_before_day(line: str) -> tuple[str, str] | None:
    """(the credit, the report) of a paragraph opening with a credit before the day it reports
    (`_CREDIT_BEFORE_DAY`, the credit an opening byline's); None for any other line."""
    match = _CREDIT_BEFORE_DAY.match(line) if "月" in line else None
    if not match or not is_opening_byline(match["credit"]):
        return None
    return match["credit"], line[match.end() :]


def is_opening_byline(line: str) -> bool:
    """A byline at an article's top, and the whole line must be people. It starts with
    □, 文/, 图/ or 本报记者, or ■ or 作者: before a role word (`■本报通讯员 …`,
    `作者:记者 徐媛`), or names correspondents before a reporter (`通讯员 赵考壮 记者 孙涛`),
    or is `记者` glued to one name alone on the line, or starts
    with 记者 (spaced or not) and a colon or a space, with nothing glued before 记者 that
    reads as a person: an outlet or the rest of a longer reporter word
    (`即墨区融媒体中心记者 李明`, `首席记者：王涛`, `记    者：王  涛`; not `我是记者 王涛`)."""
    normal = _close_spaced_role_words(fold_punct(line))
    if (first_role := _ROLE_SPLIT.search(normal)) and _SENTENCE_END.search(normal, 0, first_role.start()):
        return False  # a sentence before the credit (`…对接会现场。长城网记者 胡竞文 摄`): a caption's or a paragraph's close
    opening, joined, lead = _OPENING.match(normal), _JOINED_OUTLET_LEAD.match(normal), _REPORTER_LEAD.match(normal)
    correspondents_first = _CORRESPONDENT_LINE.match(normal)
    names_first = _NAMES_THEN_ROLE.match(normal)
    glued = _glued_lead(normal) if not (opening or joined or lead or correspondents_first or names_first) else None
    barred = _BARRED_OUTLET_LEAD.match(normal)
    # The line's shape before its people: most lines are prose, which parse_people reads part by part.
    if not (opening or joined or lead or glued or correspondents_first or names_first or barred):
        return False
    people = parse_people(line)
    if not people:
        return bool(opening and _COMPILED_REPORT.search(normal))  # `□本报记者综合报道`: a credit naming nobody
    if opening:
        # Names glued to 记者 are names when each opens with a surname (`记者尹兆平通讯员陈子楷`, not `记者走访通讯员之家`).
        return not _GLUED_TO_REPORTER.match(normal) or all(starts_with_surname(simplified(person.name)) for person in people)
    if names_first:  # the people named without their word are reporters
        return all(starts_with_surname(person.name) for person in people)
    if correspondents_first:  # `通讯员 赵考壮 记者 孙涛`; correspondents alone when 报道 closes their credit (`通讯员史树梅卢立平报道`)
        return any(person.duty.endswith("记者") for person in people) or simplified(normal).rstrip().endswith("报道")
    glued = glued or _glued_lead(normal)
    if glued and _looks_like_outlet(_clean_outlet(glued["outlet"])):  # as the byline will name it
        return True
    if joined and people[0].outlet:
        return True  # `齐鲁晚报•齐鲁壹点 刘震 通讯员 孙汇遥`: an outlet of joined names, then people
    if barred and _looks_like_outlet(barred["outlet"]):
        return True  # `北京日报客户端 | 记者 陈强`
    return bool(lead) and people[0].duty != ""


def _glued_lead(line: str) -> re.Match | None:
    """`_GLUED_LEAD` on the line in simplified characters. No traditional character folds
    to 者 or 通, so a line without either holds no 记者 or 通讯员 once folded."""
    if "者" not in line and "通" not in line:
        return None
    return _GLUED_LEAD.match(_without_site_and_place(simplified(line)))  # 华夏时报(chinatimes.net.cn)记者…


def is_correspondent_line(line: str) -> bool:
    """`通讯员 …`, `特约通讯员 …` or `实习生 …` of people (a colon may follow the word):
    the second line of an opening byline."""
    normal = _close_spaced_role_words(fold_punct(line))
    return bool(_CORRESPONDENT_LINE.match(normal)) and bool(parse_people(line))


def is_author_line(line: str) -> bool:
    """`作者：…`: after an article's text it closes it (a commentary's), before any it opens one."""
    return bool(_AUTHOR_LABEL.match(fold_punct(line)))


_AUTHOR_LABEL = re.compile(f"^\\s*{_AUTHOR}")


def photo_credit(line: str) -> list[Byline]:
    """`梁孝鹏 摄` -> the photographer: a line of names (a spaced `刘 洋` is one)
    followed by 摄, /摄 or 摄影. Role words among them (`记者 王泉林 通讯员 曹文娟 摄`)
    are no names: such a line is a byline whose reporters took the photograph."""
    names = _photo_names(line)
    return [] if names is None else _photographers(names, line)


def _photographers(names: str, credit: str) -> list[Byline]:
    """The people of a photo credit (`credit`, its `names` without 摄): with role words
    among them (本报记者 too, or glued before a name: `薛玉娟 记者郭芷汇`) it is a byline whose reporters took the photograph."""
    folded = simplified(names)
    if any(word.endswith(ROLE_WORD_ENDINGS) for word in folded.split()) or _GLUED_ROLE.search(folded) or _ROLE_THEN_NAME.search(folded):
        return parse_people(credit)
    return [Byline(n, PHOTOGRAPHER, "", "摄") for n in _split_names(names) or []]


def _photo_names(line: str) -> str | None:
    """The names of a photo credit line, None when it is none. The names are groups of 2-4
    Han characters, a single space allowed inside a group (`刘 洋`) and at least one
    between groups; a leading 摄影 is the word when the rest reads so, else part of a name.
    Read by `_fits_groups` rather than one regular expression: the ways to cut a line into
    such groups grow exponentially with its length, and a pattern that tries them all
    stalls on a long line of names that fails at its end (`记者 王涛 记者 王涛 …`)."""
    text = line.strip()
    suffix = next((s for s in _PHOTO_SUFFIXES if simplified(text).endswith(s)), None)  # 攝影 of a traditional copy too
    if suffix is None:
        labelled = _PHOTO_LABEL.match(text)  # `摄影:徐国亮`: the label before, no 摄 after
        return labelled["names"] if labelled and _fits_groups(labelled["names"]) else None
    text = text[: -len(suffix)].rstrip()
    lead = _PHOTO_LEAD.match(text)
    for names in ([text[lead.end() :]] if lead else []) + [text]:
        # …or run together (`韦晓平胡宇佳摄`), or a reporter's word glued to a name (`薛玉娟 记者郭芷汇 摄`)
        if (
            _fits_groups(names)
            or (len(names) >= MIN_PHOTOGRAPHERS_RUN and split_run(names))
            or _fits_groups(_ROLE_THEN_NAME.sub(r"\1 ", names))
        ):
            return names
    return None


MIN_PHOTOGRAPHERS_RUN = 6  # two names of three characters; five split two ways (王明李小红: 2 + 3, or 3 + 2), a guess


# An outlet and its role word glued to the names (`广州日报全媒体记者莫伟浓`).
_GLUED_ROLE = re.compile(f"[{HAN}]{REPORTER_WORD}[{HAN}]")
# …or a reporter's word opening a name's group (`薛玉娟 记者郭芷汇`): a name of two or three characters, a longer run no name.
_ROLE_THEN_NAME = re.compile(f"(?<!\\S)({REPORTER_WORD})(?=[{HAN}]{{2,3}}(?![{HAN}]))")


def _fits_groups(names: str) -> bool:
    """Whether Han characters and the spaces between them cut into groups of 2-4
    characters with at most one space inside a group and at least one between groups."""
    if not _HAN_SPACED.fullmatch(names):
        return False
    gaps = [len(space) for space in HAN_CHAR.split(names)[1:-1]]  # gaps[i]: after character i
    fits = [True] + [False] * len(gaps + [0])
    for end in range(2, len(fits)):
        fits[end] = any(
            fits[end - size] and (end == size or gaps[end - size - 1] >= 1) and all(gap <= 1 for gap in gaps[end - size : end - 1])
            for size in (2, 3, 4)
            if size <= end
        )
    return fits[-1]


_HOTLINE_AFTER = re.compile(r"\s+\S{0,10}热线\s*[：:]\s*[\d\-－—]+\s*$")


def staff_line(line: str) -> list[Byline] | None:
    """`责编 王杰 刘宗伟 美编 李晓萌 审读 王忠良 排版 吕雪` -> five editors.

    The line starts with 责任编辑, 责编, 美编, 审读, 校对, 排版, 组版 or 编辑 (spaced too:
    `编    辑：`) followed by a colon or a space (`编辑部…` is no staff line), and holds no
    sentence; only the editors on it are kept, and the text's 作者 (`编辑:肖文忠 作者:赖巍 左云华`:
    a news site's credits for the article it closes). A credits line set off by bars
    (`记者|王金刚 编辑|王子梁辰`) keeps everyone on it. None for any other line; [] for a
    staff line that names nobody: a label that is no role word (`监制:陶然 策划:田霜月 执行:李平`),
    a column's name (`编辑:直通县市`)."""
    line = _LEADING_BAR.sub("", _BRACKETED.sub(r"\1", line))  # a site's `[ 责任编辑:张晓静 ]`
    line = _HOTLINE_AFTER.sub("", line)  # `编辑: 赵新 吉网新闻热线:0431-82902222`: the site's number, no one's
    normal = _close_spaced_role_words(simplified(fold_punct(line)).strip())  # 編輯, 責編 alike
    if _BAR_CREDITS.match(normal):
        return parse_people(line, default_role=EDITOR) or None
    if not _STAFF_LINE.match(normal) or _SENTENCE_END.search(normal):
        return None
    if any(label not in ROLE_WORDS for label in _LABEL.findall(_EMPTY_LABEL.sub(" ", normal))):
        return []  # its words are no names
    people = [p for p in parse_people(line, default_role=EDITOR) if p.role == EDITOR or p.duty == "作者"]
    if not people and not _names_nobody(normal):
        return None  # `审核 通过后，企业即可…`: prose that begins with a role word
    return people


def _names_nobody(normal: str) -> bool:
    """Whether a staff line's words besides its labels all stand for nobody: `不详`, a
    column's name (`直通县市`)."""
    words = [word for word in _CREDIT_MARKS.split(normal) if word and word not in ROLE_WORDS]
    return bool(words) and all(word in _NOT_PEOPLE or word in PAGE_LINKS or _TWO_LEVELS.search(word) for word in words)


_CREDIT_MARKS = re.compile(f"(?:[\\s：:/]|{_BAR})+")
_LABEL = re.compile(r"(?:^|(?<=\s))([^\s：]{1,6})：")
