"""Places (jimo_data/parsing/places.py): the divisions lexicon, short names and home chains."""

from __future__ import annotations

import datetime as dt

import pytest

from jimo_data.parsing.places import (
    divisions,
    divisions_within,
    ethnic_groups,
    former_cities,
    full_name,
    home_chain,
    home_on,
    jurisdiction_of_bare,
    place_ending_at,
    places_alone,
    short_name,
)

SHORT_NAMES = [
    ("即墨区", "即墨", ""),
    ("胶州市", "胶州", ""),
    ("莒县", "莒县", "one character would be left: the full name is the only name"),
    ("内蒙古自治区", "内蒙古", "the longest level word goes"),
    ("楚雄彝族自治州", "楚雄", "an autonomous prefecture drops its group: papers write 楚雄州, 楚雄日报"),
    ("黔东南苗族侗族自治州", "黔东南", "…all its groups"),
    ("博尔塔拉蒙古自治州", "博尔塔拉", "…written without 族 (蒙古)"),
    ("龙胜各族自治县", "龙胜", "…or as 各族, all groups"),
    ("鄂温克族自治旗", "鄂温克", "a name that is its group's alone drops only 族"),
    ("鄂伦春自治旗", "鄂伦春", "…and keeps a group written without 族"),
    ("宁夏回族自治区", "宁夏", "a region's group is part of its level word"),
]


def test_every_autonomous_division_has_a_short_name_without_its_groups():
    """ethnic_groups.txt holds every group an autonomous division of places.txt names:
    else that division's short name keeps a group's name, which no paper writes."""
    autonomous = [full for full in divisions() if full.endswith(("自治州", "自治县", "自治旗"))]
    kept = {full: short for full in autonomous if (short := short_name(full)).endswith("族") or short.endswith(ethnic_groups())}
    assert len(autonomous) > 100
    assert kept == {"鄂伦春自治旗": "鄂伦春"}  # named after its group alone, which has no 族 to drop


@pytest.mark.parametrize("full, expected, reason", SHORT_NAMES)
def test_short_names(full, expected, reason):
    assert short_name(full) == expected


HOME_CHAINS = [
    ("即墨区", ("即墨区", "青岛市", "山东省"), "a district, its city, its province"),
    ("胶州市", ("胶州市", "青岛市", "山东省"), "a county-level city"),
    ("莒县", ("莒县", "日照市", "山东省"), ""),
    ("山东省", ("山东省",), ""),
    ("市中区", ("市中区",), "a name four divisions share: its parent is not known"),
    ("即墨市", ("即墨市", "青岛市", "山东省"), "a former county-level city stands where its district does"),
    ("", (), "no home"),
]


@pytest.mark.parametrize("home, expected, reason", HOME_CHAINS)
def test_home_chains(home, expected, reason):
    assert home_chain(home) == expected


@pytest.mark.parametrize(
    "home, day, expected, reason",
    [
        ("即墨区", dt.date(2015, 3, 2), "即墨市", "before the change the district was a county-level city"),
        ("即墨区", dt.date(2017, 9, 30), "即墨市", "…up to the month before it"),
        ("即墨区", dt.date(2017, 10, 1), "即墨区", "from the month of the change, the district"),
        ("即墨区", None, "即墨区", "an undated page: today's division"),
        ("城阳区", dt.date(2005, 1, 1), "城阳区", "a district that was never a city"),
    ],
)
def test_a_district_was_its_county_level_city_before_the_change(home, day, expected, reason):
    assert home_on(home, day) == expected


def test_every_former_city_became_one_listed_division():
    for district, (city, _since) in former_cities().items():
        assert len(divisions().get(district, [])) == 1, f"{district}: one division, so that its chain is known"
        assert city not in divisions(), f"{city} is no division of today"


@pytest.mark.parametrize(
    "level, home, expected",
    [("区", "即墨区", "即墨区"), ("市", "即墨区", "青岛市"), ("市", "胶州市", "胶州市"), ("县", "即墨区", ""), ("省", "莒县", "山东省")],
)
def test_a_bare_level_is_the_first_division_of_the_chain_at_that_level(level, home, expected):
    assert jurisdiction_of_bare(level, home_chain(home)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("会见枣庄市山亭", "山亭"),
        ("来自青岛市", "青岛市"),
        ("前往即墨", "即墨"),
        ("前往", ""),
        ("到莒", ""),
        ("来自积石山保安族东乡族撒拉族自治县", "积石山保安族东乡族撒拉族自治县"),  # the longest name, 15 characters
    ],
)
def test_the_longest_place_name_ending_at_a_position(text, expected):
    assert place_ending_at(text, len(text)) == expected


@pytest.mark.parametrize(
    "place, level, expected", [("吉林", "市", "吉林市"), ("吉林", "省", "吉林省"), ("即墨", "", "即墨区"), ("即墨区", "", "即墨区")]
)
def test_full_names(place, level, expected):
    assert full_name(place, level) == expected


DIVISIONS_WITHIN = [
    # (home, level, name, its division or None, reason)
    ("日照市", "区", "东港", "东港区", "a district of the city, by its short name"),
    ("日照市", "区", "黄岛", None, "…not another city's district"),
    ("山东省", "市", "烟台", "烟台市", "a city of the province"),
    ("新疆维吾尔自治区", "区", "阿克苏", None, "a bare 区 is county level: a prefecture (阿克苏地区) is none"),
    ("新疆维吾尔自治区", "区", "天山区", "天山区", "…a district is"),
]


@pytest.mark.parametrize("home, level, name, expected, reason", DIVISIONS_WITHIN)
def test_the_divisions_of_a_level_within_a_home(home, level, name, expected, reason):
    assert divisions_within(home, level).get(name) == expected, reason


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        ("山西大同", True, "two short names run together"),
        ("三亚市海棠区", True, "a city's full name and its district's"),
        ("即墨", True, "one short name"),
        ("区委书记刘伟", False, "a title and a name are no places"),
        ("山西大同招商", False, "…nor words after the places"),
        ("", False, "nothing is no place"),
    ],
)
def test_places_alone(text, expected, reason):
    assert places_alone(text) is expected
