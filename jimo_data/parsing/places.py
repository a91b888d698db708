"""Administrative divisions (`data/places.txt`): which words of a title name a place, and
which place a bare `区`, `市` or `县` of a title means on a publication's pages.

A division is named in full (即墨区, 胶州市, 莒县) or by its short name, the full name
without its level word (即墨, 胶州), when that leaves at least two characters: `莒` alone
is no place, `莒县` is. A publication's home chain is its home and the divisions above it:
即墨区 → 即墨区, 青岛市, 山东省; on its pages a bare `市委书记` is the first division of the
chain ending in 市 (青岛市; on a 胶州市 paper, 胶州市 itself), a bare `区委书记` the first
ending in 区, and a bare title of a level the chain lacks (`区委书记` on a city daily: which
district?) stays unresolved.
"""

from __future__ import annotations

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
LONGEST_NAME = 12


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
    for word in _LEVEL_WORDS:
        if full.endswith(word) and len(full) - len(word) >= 2:
            return full[: -len(word)]
    return full


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Every full and short name -> a full name (the first listed for a short name two
    divisions share, such as 吉林 for 吉林省 and 吉林市)."""
    names: dict[str, str] = {}
    for full in divisions():
        names.setdefault(full, full)
        names.setdefault(short_name(full), full)
    return names


def place_starting_at(text: str, start: int) -> str:
    """The longest division name (full or short) that starts at `start` in the text, or ""."""
    names = place_names()
    for length in range(min(LONGEST_NAME, len(text) - start), 1, -1):
        if text[start : start + length] in names:
            return text[start : start + length]
    return ""


def place_ending_at(text: str, end: int) -> str:
    """The longest division name (full or short) that ends at `end` in the text, or ""."""
    names = place_names()
    for length in range(min(LONGEST_NAME, end), 1, -1):
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


@lru_cache(maxsize=512)
def home_chain(home: str) -> tuple[str, ...]:
    """The home and every division above it, innermost first; () for no home. A home
    whose name repeats (市中区) stops at itself: its parent is not known."""
    chain: list[str] = []
    while home and home not in chain:
        chain.append(home)
        found = divisions().get(home, [])
        home = found[0].parent if len(found) == 1 else ""
    return tuple(chain)


def jurisdiction_of_bare(level_char: str, chain: tuple[str, ...]) -> str:
    """Which division a bare 区/市/县/省 (or 自治区) means on pages whose home chain is
    `chain`. A bare 区 is a district, county level: an autonomous region (广西壮族自治区) or
    a prefecture's 地区 ends in 区 too, and a 区委书记 on its paper is no head of it."""
    for division in chain:
        if division.endswith(level_char) and (level_char != "区" or _is_county(division)):
            return division
    return ""


def _is_county(name: str) -> bool:
    return any(division.level == "county" for division in divisions().get(name, []))
