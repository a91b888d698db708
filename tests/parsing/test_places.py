"""Places (jimo_data/parsing/places.py): the divisions lexicon, short names and home chains."""

from __future__ import annotations

import pytest

from jimo_data.parsing.places import full_name, home_chain, jurisdiction_of_bare, place_ending_at, short_name

SHORT_NAMES = [
    ("即墨区", "即墨", ""),
    ("胶州市", "胶州", ""),
    ("莒县", "莒县", "one character would be left: the full name is the only name"),
    ("内蒙古自治区", "内蒙古", "the longest level word goes"),
]


@pytest.mark.parametrize("full, expected, reason", SHORT_NAMES)
def test_short_names(full, expected, reason):
    assert short_name(full) == expected


HOME_CHAINS = [
    ("即墨区", ("即墨区", "青岛市", "山东省"), "a district, its city, its province"),
    ("胶州市", ("胶州市", "青岛市", "山东省"), "a county-level city"),
    ("莒县", ("莒县", "日照市", "山东省"), ""),
    ("山东省", ("山东省",), ""),
    ("市中区", ("市中区",), "a name four divisions share: its parent is not known"),
    ("", (), "no home"),
]


@pytest.mark.parametrize("home, expected, reason", HOME_CHAINS)
def test_home_chains(home, expected, reason):
    assert home_chain(home) == expected


@pytest.mark.parametrize(
    "level, home, expected",
    [("区", "即墨区", "即墨区"), ("市", "即墨区", "青岛市"), ("市", "胶州市", "胶州市"), ("县", "即墨区", ""), ("省", "莒县", "山东省")],
)
def test_a_bare_level_is_the_first_division_of_the_chain_at_that_level(level, home, expected):
    assert jurisdiction_of_bare(level, home_chain(home)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("会见枣庄市山亭", "山亭"), ("来自青岛市", "青岛市"), ("前往即墨", "即墨"), ("前往", ""), ("到莒", "")],
)
def test_the_longest_place_name_ending_at_a_position(text, expected):
    assert place_ending_at(text, len(text)) == expected


@pytest.mark.parametrize(
    "place, level, expected", [("吉林", "市", "吉林市"), ("吉林", "省", "吉林省"), ("即墨", "", "即墨区"), ("即墨区", "", "即墨区")]
)
def test_full_names(place, level, expected):
    assert full_name(place, level) == expected
