"""Administrative divisions (`data/places.txt`): which words of a title name a place, and
which place a bare `区`, `市` or `县` of a title means on a publication's pages.

A division is named in full (即墨区, 胶州市, 莒县) or by its short name, the full name
without its level word (即墨, 胶州), when that leaves at least two characters: `莒` alone
is no place, `莒县` is. A publication's home chain is its home and the divisions above it:
即墨区 → 即墨区, 青岛市, 山东省; on its pages a bare `市委书记` is the first division of the
chain ending in 市 (青岛市; on a 胶州市 paper, 胶州市 itself), a bare `区委书记` the first
ending in 区, and a bare title of a level the chain lacks (`区委书记` on a city daily: which
district?) stays unresolved. A district that was a county-level city (`data/former_cities.txt`)
is that city on the pages printed before it became a district (`home_on`): 即墨市 in 2015.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import lexicon_lines

# Level words a division's full name ends in, longest first (自治县 before 县).
_LEVEL_WORDS = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
    "州",
)
LONGEST_NAME = 15  # 积石山保安族东乡族撒拉族自治县, the longest in places.txt


@dataclass(frozen=True)
class Division:
    name: str
    level: str  # province | city | county
    parent: str  # "" for a province


@lru_cache(maxsize=1)
def divisions() -> dict[str, list[Division]]:
    """Full name -> its divisions (more than one when a name repeats, such as 市中区)."""
    found: dict[str, list[Division]] = {}
    for line in lexicon_lines("places.txt"):
        name, level, parent = (line.split("\t") + ["", ""])[:3]
        found.setdefault(name, []).append(Division(name, level, parent))
    return found


def short_name(full: str) -> str:
    """The name without its level word (即墨区 → 即墨) and, for an autonomous division, its
    groups' names (楚雄彝族自治州 → 楚雄, 东乡族自治县 → 东乡), as papers write them: 楚雄州,
    楚雄日报. At least two characters stay (莒县 keeps 莒县)."""
    for word in _LEVEL_WORDS:
        if full.endswith(word) and len(full) - len(word) >= 2:
            short = full[: -len(word)]
            return _without_groups(short) if word in _AUTONOMOUS_LEVELS else short
    return full


_AUTONOMOUS_LEVELS = ("自治州", "自治县", "自治旗")  # the regions' level words hold their group


def _without_groups(name: str) -> str:
    """The name without the ethnic groups' names at its end (楚雄彝族 → 楚雄, 黔东南苗族侗族 →
    黔东南); a name that is one group's alone drops its 族 (鄂温克族 → 鄂温克)."""
    groups = ethnic_groups()
    while group := next((g for g in groups if name.endswith(g) and len(name) - len(g) >= 2), ""):
        name = name[: -len(group)]
    return name[:-1] if name in groups and name.endswith("族") and len(name) > 2 else name


@lru_cache(maxsize=1)
def ethnic_groups() -> tuple[str, ...]:
    """The ethnic groups' names of `data/ethnic_groups.txt`, longest first."""
    return tuple(sorted(lexicon_lines("ethnic_groups.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Every full, short and common name -> a full name (the first listed for a short name two
    divisions share, such as 吉林 for 吉林省 and 吉林市)."""
    names: dict[str, str] = {}
    for full in divisions():
        for name in (full, short_name(full), *_common_names(full)):
            names.setdefault(name, full)
    for city, _since in former_cities().values():
        names.setdefault(city, city)  # 即墨市委书记 names 即墨市 (its short name stays today's district's)
    return names


@lru_cache(maxsize=1)
def _divisions_by_short_name() -> dict[str, tuple[Division, ...]]:
    found: dict[str, list[Division]] = {}
    for full, same_name in divisions().items():
        found.setdefault(short_name(full), []).extend(same_name)
    return {short: tuple(named) for short, named in found.items()}


def divisions_of_short_name(short: str) -> tuple[Division, ...]:
    """Every division of that short name (鼓楼: the four cities' 鼓楼区), where `place_names` keeps one."""
    return _divisions_by_short_name().get(short, ())


def _common_names(full: str) -> list[str]:
    """An autonomous division's name as papers write it, short name and level character:
    楚雄州 (楚雄彝族自治州), 石林县 (石林彝族自治县), 莫力达瓦旗."""
    level = next((word for word in _AUTONOMOUS_LEVELS if full.endswith(word)), "")
    return [short_name(full) + level[-1]] if level else []


@lru_cache(maxsize=1)
def _longest_by_edge() -> tuple[dict[str, int], dict[str, int]]:
    """The longest place name opening with each two characters, and ending with each: most
    places in a text open or end no name, and are then passed over with one lookup."""
    opening: dict[str, int] = {}
    ending: dict[str, int] = {}
    for name in place_names():
        opening[name[:2]] = max(opening.get(name[:2], 0), len(name))
        ending[name[-2:]] = max(ending.get(name[-2:], 0), len(name))
    return opening, ending


def place_starting_at(text: str, start: int) -> str:
    """The longest division name (full or short) that starts at `start` in the text, or ""."""
    names = place_names()
    longest = _longest_by_edge()[0].get(text[start : start + 2], 0)
    for length in range(min(longest, len(text) - start), 1, -1):
        if text[start : start + length] in names:
            return text[start : start + length]
    return ""


def after_places(text: str) -> str:
    """The text after the division names (full or short) it opens with: 即墨区重大项目 -> 重大项目."""
    at = 0
    while at < len(text) and (place := place_starting_at(text, at)):
        at += len(place)
    return text[at:]


def places_alone(text: str) -> bool:
    """Whether the text is division names run together and nothing else: 山西大同, 三亚市海棠区."""
    return bool(text) and not after_places(text)


def place_ending_at(text: str, end: int) -> str:
    """The longest division name (full or short) that ends at `end` in the text, or ""."""
    names = place_names()
    longest = _longest_by_edge()[1].get(text[end - 2 : end], 0) if end >= 2 else 0
    for length in range(min(longest, end), 1, -1):
        if text[end - length : end] in names:
            return text[end - length : end]
    return ""


def full_name(place: str, level_char: str = "") -> str:
    """The full name a written place stands for: itself when listed in full, else the
    division whose short name it is, preferring the one whose name ends in the level
    character written after it (吉林 before 市 → 吉林市)."""
    if place in divisions():
        return place
    if level_char and place + level_char in divisions():
        return place + level_char
    return place_names().get(place, place)


@lru_cache(maxsize=1)
def former_cities() -> dict[str, tuple[str, dt.date]]:
    """A district's name -> (the county-level city it was, the first day it was the district)."""
    found = {}
    for line in lexicon_lines("former_cities.txt"):
        former, now, since = line.split("\t")
        year, month = since.split("-")
        found[now] = (former, dt.date(int(year), int(month), 1))
    return found


def home_on(home: str, day: dt.date | None) -> str:
    """The home a page printed on `day` means: the county-level city a district was before
    that day (即墨区 before 2017-10: 即墨市), else the home; the home for an undated page."""
    former, since = former_cities().get(home, ("", None))
    return former if former and day and day < since else home


@lru_cache(maxsize=512)
def home_chain(home: str) -> tuple[str, ...]:
    """The home and every division above it, innermost first; () for no home. A home
    whose name repeats (市中区) stops at itself: its parent is not known. A former
    county-level city (即墨市) stands where its district does (即墨市, 青岛市, 山东省)."""
    if now := _district_of_former_city().get(home):
        return (home, *home_chain(now)[1:])
    chain: list[str] = []
    while home and home not in chain:
        chain.append(home)
        found = divisions().get(home, [])
        home = found[0].parent if len(found) == 1 else ""
    return tuple(chain)


@lru_cache(maxsize=1)
def _district_of_former_city() -> dict[str, str]:
    return {former: now for now, (former, _) in former_cities().items()}


def jurisdiction_of_bare(level_char: str, chain: tuple[str, ...]) -> str:
    """Which division a bare 区/市/县/省 (or 自治区) means on pages whose home chain is
    `chain`. A bare 区 is a district, county level: an autonomous region (广西壮族自治区) or
    a prefecture's 地区 ends in 区 too, and a 区委书记 on its paper is no head of it."""
    for division in chain:
        if division.endswith(level_char) and (level_char != "区" or _is_county(division)):
            return division
    return ""


@lru_cache(maxsize=64)
def divisions_within(home: str, level_char: str) -> dict[str, str]:
    """Every name (full, short, common) of the divisions of this level (a bare 区's: county
    level) inside `home` -> its full name: 东港区, 东港 -> 东港区 for 日照市 and 区."""
    found: dict[str, str] = {}
    for full in divisions():
        if full.endswith(level_char) and (level_char != "区" or _is_county(full)) and home in home_chain(full)[1:]:
            for name in (full, short_name(full), *_common_names(full)):
                found.setdefault(name, full)
    return found


def is_province(name: str) -> bool:
    """Whether the name (full, short or common) is a province's (河南, 广西壮族自治区)."""
    full = place_names().get(name, "")
    return any(division.level == "province" for division in divisions().get(full, ()))


def _is_county(name: str) -> bool:
    return any(division.level == "county" for division in divisions().get(name, []))
