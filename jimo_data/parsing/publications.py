"""The publications a page may belong to (`data/publications.txt`), and reading a
page's publication from its own words: its masthead line, or the outlet its own
bylines name (`青岛日报/观海新闻记者 王涛` -> 青岛日报), never a paper it mentions
(`据青岛日报报道`).

Each publication has a level (district, county, city, province, national, agency) and
a home: the jurisdiction whose officials a bare title on its pages means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import lexicon_lines
from .places import divisions, divisions_of_short_name, former_cities, full_name, home_chain, place_ending_at, place_starting_at, short_name
from .text import HAN, SPACES, simplified

# What joins the names of one outlet in a byline: 青岛日报/观海新闻, 半岛都市报•半岛新闻, 南宁新闻网-南宁晚报
_OUTLET_PARTS = re.compile(r"\s*[/／•·・\-]\s*")


@dataclass(frozen=True)
class Publication:
    name: str
    level: str
    home: str  # "" for national papers and agencies
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def registry() -> dict[str, Publication]:
    """Every name and alias -> its publication."""
    by_name: dict[str, Publication] = {}
    for line in lexicon_lines("publications.txt"):
        name, level, home, aliases, _source = (line.split("\t") + [""] * 5)[:5]
        publication = Publication(name.strip(), level.strip(), home.strip(), tuple(a.strip() for a in aliases.split("|") if a.strip()))
        for known in (publication.name, *publication.aliases):
            by_name.setdefault(known, publication)
    return by_name


def named(text: str) -> Publication | None:
    """The publication a name or alias stands for (the whole text, spaces ignored,
    traditional characters folded)."""
    return known(simplified(SPACES.sub("", text)))


def known(name: str) -> Publication | None:
    """The registered publication of this exact name or alias, else the daily or evening
    paper of a province or prefecture the name spells (`place_daily`), a media centre's
    (`media_centre`) or a province's paper of its workers, farmers or youth (`province_paper`)."""
    return registry().get(name) or place_daily(name) or media_centre(name) or province_paper(name)


# The papers every province and prefecture publishes under its own short name: 杭州日报
# (杭州市), 湖北日报 (湖北省), 北京晚报 (北京市); and the county-level cities' (余姚日报, 石狮日报,
# 常熟日报), those that became districts too (上虞日报, 萧山日报: `data/former_cities.txt`). Not
# districts' or counties': 新华日报 and 解放日报 are no papers of 新华区 or 解放区, and a county's
# paper has no one pattern of name (今日莒县, 金胶州).
_PLACE_PAPER_WORDS = ("日报", "晚报")
_PLACE_PAPER_LEVELS = ("province", "city", "county")


def place_daily(name: str) -> Publication | None:
    """The paper `<short name><日报|晚报>` of the province, prefecture or county-level city of
    that short name, with it as home (a province before a prefecture, a prefecture before
    a city of the same name: 吉林日报 is 吉林省's, 大理日报 大理白族自治州's); None for any other name."""
    if not name.endswith(_PLACE_PAPER_WORDS):
        return None
    home = _places_with_dailies().get(name[:-2])
    return Publication(name, divisions()[home][0].level, home, ()) if home else None


# Every county and district, and many a city, has had its media centre since 2018, standing in
# for its paper: 临沭县融媒体中心, printed short as 临沭融媒 too.
_MEDIA_CENTRE_WORDS = ("融媒体中心", "融媒")
_MEDIA_CENTRE_LEVELS = ("city", "county")


# Hubei's media centres publish through the province's 长江云 as apps named 云上<place>
# (云上黄梅, 云上孝昌): the centre's own outlet, with the same home.
_CLOUD_APP = "云上"
_CLOUD_APP_PROVINCE = "湖北省"


def media_centre(name: str) -> Publication | None:
    """The media centre `<place><融媒体中心|融媒>` of the city, district or county of that
    name, full or short, or Hubei's app `云上<place>` of one, with it as home; None for any other name."""
    if name.startswith(_CLOUD_APP):
        full = full_name(name.removeprefix(_CLOUD_APP))
        in_hubei = bool(full) and _CLOUD_APP_PROVINCE in home_chain(full)
        return Publication(name, divisions()[full][0].level, full, ()) if in_hubei else None
    word = next((word for word in _MEDIA_CENTRE_WORDS if name.endswith(word)), "")
    full = full_name(name[: -len(word)]) if word else ""
    level = next((division.level for division in divisions().get(full, ()) if division.level in _MEDIA_CENTRE_LEVELS), None)
    if level:
        return Publication(name, level, full, ())
    within = _within_its_city(name[: -len(word)]) if word else ""
    return known(within + word) if within else None  # 天津市东丽区融媒体中心 is 东丽区融媒体中心


def _within_its_city(place: str) -> str:
    """The district or county a place names after the city or province it lies in
    (`天津市东丽区` -> 东丽区), else ""."""
    outer = place_starting_at(place, 0)
    inner = full_name(place[len(outer) :]) if outer else ""
    return place[len(outer) :] if inner and full_name(outer) in home_chain(inner) else ""


# A province's papers of its trade unions, farmers, youth league and courts carry its short
# name: 甘肃工人报, 甘肃农民报, 北京青年报, 四川法治报. Their bare titles mean the province.
_PROVINCE_PAPER_WORDS = ("工人报", "工人日报", "农民报", "农民日报", "农村报", "青年报", "法制报", "法治报")


def province_paper(name: str) -> Publication | None:
    """The paper `<province's short name><_PROVINCE_PAPER_WORDS>`, with the province as home;
    None for any other name (a city's 青年报 is no province's)."""
    word = next((word for word in _PROVINCE_PAPER_WORDS if name.endswith(word)), "")
    full = _places_with_dailies().get(name[: -len(word)], "") if word else ""
    return Publication(name, "province", full, ()) if full and divisions()[full][0].level == "province" else None


def province_papers() -> list[str]:
    """The name of every province's paper `province_paper` knows."""
    return [
        place + word
        for place, full in _places_with_dailies().items()
        for word in _PROVINCE_PAPER_WORDS
        if divisions()[full][0].level == "province"
    ]


def place_dailies() -> list[str]:
    """The name of every province's, prefecture's and county-level city's daily and evening paper."""
    return [place + word for place in _places_with_dailies() for word in _PLACE_PAPER_WORDS]


@lru_cache(maxsize=1)
def _places_with_dailies() -> dict[str, str]:
    """Short name -> full name of every province, prefecture-level division and county-level
    city; a former county-level city's (上虞) -> the district it became (上虞区)."""
    found: dict[str, str] = {}
    for level in _PLACE_PAPER_LEVELS:
        for full, same_name in divisions().items():
            if any(division.level == level for division in same_name) and (level != "county" or full.endswith("市")):
                found.setdefault(short_name(full), full)
    for district, (city, _) in former_cities().items():
        found.setdefault(short_name(city), district)
    return found


# What may follow a publication's name in an outlet: 聊城日报全媒体, 潍坊日报社全媒体, YMG全媒体.
MAX_OUTLET_SUFFIX = 8  # 大众日报淄博融媒体中心


def of_outlet(outlet: str) -> Publication | None:
    """The publication a byline's outlet names: its first part that is a publication's
    own name (`观海新闻/青岛早报` -> 青岛早报: 观海新闻 is an alias the house's papers
    share), else its first part that is a known alias (`青报全媒体/观海新闻` -> 青岛日报,
    `半岛都市报•半岛新闻客户端` -> 半岛都市报), or that starts with one followed by a few
    more characters (`聊城日报全媒体`, `潍坊日报社`), else its first part named after a place
    (`outlet_paper`: 东南网-晋江经济报 -> 晋江经济报; `today_paper`: 今日高邮)."""
    parts = _OUTLET_PARTS.split(SPACES.sub("", outlet))
    for part in parts:
        if (found := named(part)) and found.name == part:
            return found
    for part in parts:
        if found := named(part) or _named_at_start(part):
            return found
    return next((found for part in parts if (found := outlet_paper(part) or today_paper(part))), None)


# A paper an outlet names after its place, not a daily (晋江经济报, 唐山劳动日报, 西藏商报): one to three
# characters and 报 after the short name of a province, prefecture or county-level city, or 报 after a
# division's full name (淮安区报). Read only where an outlet stands (a dateline, a byline's outlet, a
# 来源 line), where a name ending in 报 is a paper's; elsewhere `<place>…报` may be a mention or a
# headline's words. A national paper printed in a city (上海证券报) is registered, and its entry wins.
# Not a university's paper (南京大学报, 中山大学校报: its home is no jurisdiction) nor a bulletin or a
# forecast (即墨政务简报, 青岛天气预报); not after 东方, 东方市's short name and a word of papers elsewhere
# (东方早报, 东方今报).
_OUTLET_PAPER = re.compile(f"[{HAN}]{{1,3}}报")
_NOT_A_PLACES_PAPER = re.compile("(?:学|校|简|预|通|公|喜|情|汇)报$")
_COMMON_WORD_PLACES = ("东方",)


def outlet_paper(name: str) -> Publication | None:
    """The paper `<short name><one to three characters>报` of the place of that short name, or
    `<full name>报`, with that place as home; None for any other name."""
    if not name.endswith("报") or _NOT_A_PLACES_PAPER.search(name):
        return None
    if division := divisions().get(name[:-1]):
        return Publication(name, division[0].level, name[:-1], ())
    for end in range(2, len(name) - 1):
        home = _places_with_dailies().get(name[:end]) if name[:end] not in _COMMON_WORD_PLACES else None
        if home and _OUTLET_PAPER.fullmatch(name, end):
            return Publication(name, divisions()[home][0].level, home, ())
    return None


# A county's or a district's paper called 今日<place> (今日瓯海, 今日高邮). Read only where an outlet
# stands or from a line claiming the page's rights (`今日瓯海©版权所有`): a city paper's sections
# bear such titles too (齐鲁晚报's 今日烟台), and a title alone says nothing of whose page it is.
_TODAY_PAPER = "今日"


def today_paper(name: str) -> Publication | None:
    """The paper `今日<place>` of the county or district of that name, full or short, with it
    as home; None for any other name."""
    full = full_name(name.removeprefix(_TODAY_PAPER)) if name.startswith(_TODAY_PAPER) else ""
    is_county = any(division.level == "county" for division in divisions().get(full, ()))
    return Publication(name, "county", full, ()) if is_county else None


def masthead_paper(name: str) -> Publication | None:
    """A paper named after its place as a masthead prints it: an outlet's `<place>…报` (`outlet_paper`),
    or `<short name>报` of one division, a county's or a district's too (兰陵报), which only a masthead's own
    line (the name, then the day with its weekday or issue) says is a paper. Not `今日<place>`, a city
    paper's section as often as a county's paper, nor a short name several divisions share (朝阳, 鼓楼)
    or a word (光明, 解放, 平安, 公安: `_WORD_PLACES`)."""
    if found := outlet_paper(name):
        return found
    place = name[:-1] if name.endswith("报") and name[:-1] not in _WORD_PLACES else ""
    homes = divisions_of_short_name(place)
    return Publication(name, homes[0].level, homes[0].name, ()) if len(homes) == 1 else None


# Short names that are words too, before 报 a paper's name of its own (光明报 is no 光明区's).
_WORD_PLACES = (*_COMMON_WORD_PLACES, "光明", "解放", "平安", "公安", "城区", "新华", "人民", "和平", "长安", "青年")


def of_page(name: str) -> Publication | None:
    """The publication a page's publication (as read, or as a correction names it) stands for:
    a registered or derived name (`named`), or a paper named after its place (`masthead_paper`,
    `today_paper`), whose home is that place."""
    return named(name) or masthead_paper(name) or today_paper(name)


def _named_at_start(part: str) -> Publication | None:
    part = simplified(part)
    for end in range(len(part) - 1, max(1, len(part) - MAX_OUTLET_SUFFIX - 1), -1):
        if (found := known(part[:end])) and not (found.name != part[:end] and _begins_another_paper(part, end)):
            return found
    return None


# A paper's own name ending after an alias: there the alias begins another paper's name
# (半岛晨报, Dalian's, after 半岛, an alias of 半岛都市报), not a mention of the alias's paper.
_ANOTHER_PAPERS_END = re.compile(f"[{HAN}]{{1,3}}?报(?![道告名送社业])")


def _begins_another_paper(text: str, after_alias: int) -> bool:
    return bool(_ANOTHER_PAPERS_END.match(text, after_alias))


# A paper's name in brackets before a headline: `【光明日报】激发海洋活力 续谱明珠华章`.
_SOURCE_TAG = re.compile(r"^【(?P<name>[^】]{2,12})】\s*")


def source_tag(line: str) -> tuple[Publication, int] | None:
    """The publication a line's leading tag names (`【光明日报】…`) and where the text after
    the tag starts; None when the line opens with no tag or its word is no paper (`【专题】`)."""
    tag = _SOURCE_TAG.match(line)
    found = named(tag["name"]) if tag else None
    return (found, tag.end()) if found else None


# …or before a colon opening a title, a copying site's credit (`达州日报:渠县大马力推进重点项目建设`).
_CREDIT_BEFORE_TITLE = re.compile(r"^(?P<name>[^：:\s]{2,12})[：:](?=[^。！？：:]{4,40}$)")


def title_credit(line: str) -> Publication | None:
    """The publication named before the colon opening a title-long line; None when its word is no paper (`渠县:…`)."""
    credit = _CREDIT_BEFORE_TITLE.match(line)
    return named(credit["name"]) if credit else None


def named_in(line: str) -> Publication | None:
    """The first publication the line names (a registered name or alias, or a place's
    paper: `place_daily`), the longest at a place."""
    line = simplified(line)
    names = registry()
    hits = [(start, -len(name), name) for name in names if (start := line.find(name)) >= 0]
    hits = [hit for hit in hits if names[hit[2]].name == hit[2] or not _begins_another_paper(line, hit[0] + len(hit[2]))]
    hits += [(start, -len(name), name) for start, name in _place_dailies_in(line)]
    return known(min(hits)[2]) if hits else None


_PLACE_PAPER = re.compile("|".join(_PLACE_PAPER_WORDS))


def _place_dailies_in(line: str):
    """(start, name) of every place's paper the line names: the longest place before its 日报."""
    for word in _PLACE_PAPER.finditer(line):
        place = place_ending_at(line, word.start())
        if place and place_daily(name := place + word.group(0)):
            yield word.start() - len(place), name
