"""The publications lexicon (jimo_data/parsing/data/publications.txt) and reading a
publication from a name or a byline's outlet (jimo_data/parsing/publications.py)."""

from __future__ import annotations

import pytest

from jimo_data.parsing.lexicons import lexicon_lines
from jimo_data.parsing.publications import named, named_in, of_outlet, registry

LEVELS = {"district", "county", "city", "province", "national", "agency"}


def test_every_entry_has_its_five_fields():
    for line in lexicon_lines("publications.txt"):
        name, level, home, _aliases, source = line.split("\t")
        assert name and level in LEVELS and source, line
        assert bool(home) == (level not in ("national", "agency")), f"{name}: a home exactly when the paper has one"


def test_a_name_or_alias_stands_for_one_publication():
    entries = [line.split("\t") for line in lexicon_lines("publications.txt")]
    names = [name for name, _level, _home, _aliases, _source in entries]
    everything = names + [alias for *_, aliases, _source in entries for alias in aliases.split("|") if alias]
    assert len(everything) == len(set(everything))
    assert {publication.name for publication in registry().values()} == set(names)


NAMED = [
    # (text, publication, home, reason)
    ("青岛日报", "青岛日报", "青岛市", "its name"),
    ("青报全媒体", "青岛日报", "青岛市", "its media group"),
    ("观海新闻", "青岛日报", "青岛市", "its news app"),
    ("新即墨", "新即墨", "即墨区", "the district paper"),
    ("金胶州", "金胶州", "胶州市", "a county-level city's paper"),
    ("大众日报", "大众日报", "山东省", "the provincial paper"),
    ("新 即 墨", "新即墨", "即墨区", "spaces in a masthead are ignored"),
    ("新华社", "新华社", "", "an agency has no home"),
    ("南都", "南方都市报", "广东省", "a short name the bylines print (南都讯)"),
    ("开州日报", "开州日报", "开州区", "a district's daily needs its line: districts are not derived"),
    ("四川经济日报", "四川经济日报", "四川省", "a province's paper whose name holds a national one's (经济日报)"),
    ("青岛日报报道", None, None, "only the whole text is a name"),
    ("即墨区", None, None, "a place is no publication"),
    # A province's or prefecture's daily or evening paper, registered or not (place_daily).
    ("杭州日报", "杭州日报", "杭州市", "a prefecture's daily: its short name and 日报"),
    ("北京晚报", "北京晚报", "北京市", "a province-level city's evening paper"),
    ("湖北日报", "湖北日报", "湖北省", "a province's daily"),
    ("吉林日报", "吉林日报", "吉林省", "a province before the prefecture of the same short name (吉林市)"),
    ("楚雄日报", "楚雄日报", "楚雄彝族自治州", "an autonomous prefecture's short name has no group's name (楚雄彝族)"),
    ("黔东南日报", "黔东南日报", "黔东南苗族侗族自治州", "…nor two"),
    ("峨边日报", None, None, "a county's paper needs a lexicon line"),
    ("余姚日报", "余姚日报", "余姚市", "a county-level city's daily"),
    ("大理日报", "大理日报", "大理白族自治州", "a prefecture before a county-level city of the same short name (大理市)"),
    ("萧山日报", "萧山日报", "萧山区", "a former county-level city's daily: its district's (data/former_cities.txt)"),
    ("城阳日报", None, None, "a district's paper needs a lexicon line: 城阳区 was never a city"),
    ("杭州市日报", None, None, "the paper is named by the short name, not the full one"),
    ("新华日报", None, None, "not a county's short name: 新华区 publishes no 新华日报"),
    ("杭州周报", None, None, "only 日报 and 晚报 follow a place's name"),
    ("光明日报", "光明日报", "", "a registered paper before a place's (光明区 is county-level anyway)"),
    # A city's, district's or county's media centre, registered or not (media_centre).
    ("临沭融媒", "临沭融媒", "临沭县", "a county's media centre by its short name and 融媒"),
    ("云上黄梅", "云上黄梅", "黄梅县", "Hubei's app 云上<place> of a county's media centre"),
    ("云上即墨", None, None, "…of a place in Hubei only"),
    ("舒城县融媒体中心", "舒城县融媒体中心", "舒城县", "…by its full name and 融媒体中心"),
    ("海口市融媒体中心", "海口市融媒体中心", "海口市", "…a prefecture's"),
    ("石景山区融媒体中心", "石景山区融媒体中心", "石景山区", "…a district's"),
    ("即墨区融媒体中心", "新即墨", "即墨区", "a registered alias before a derived centre"),
    ("天津市东丽区融媒体中心", "东丽区融媒体中心", "东丽区", "…a district's centre printed with its city (a Tianjin site, round 27)"),
    ("青岛市即墨区融媒体中心", "新即墨", "即墨区", "…whose registered alias it is then"),
    ("天津市即墨区融媒体中心", None, None, "…only a city the district lies in"),
    ("山东省融媒体中心", None, None, "not a province's: a province's media are its papers"),
    ("融媒体中心", None, None, "no place, no centre"),
    ("青岛融媒体", None, None, "only 融媒 and 融媒体中心 follow a place's name"),
    # A province's paper of its workers, farmers, youth or courts (province_paper).
    ("甘肃工人报", "甘肃工人报", "甘肃省", "a province's trade-union paper (Gansu, round 18)"),
    ("北京青年报", "北京青年报", "北京市", "a province-level city's youth paper"),
    ("四川法治报", "四川法治报", "四川省", "…its courts'"),
    ("兰州工人报", None, None, "a prefecture's: only a province's name leads one"),
    ("中国农民报", None, None, "中国 is no province"),
    ("甘肃周报", None, None, "only the words of _PROVINCE_PAPER_WORDS follow"),
]


@pytest.mark.parametrize("text, name, home, reason", NAMED)
def test_named(text, name, home, reason):
    found = named(text)
    assert (found.name, found.home) == (name, home) if name else found is None


OUTLETS = [
    # (a byline's outlet, publication, reason)
    ("青岛日报/观海新闻", "青岛日报", ""),
    ("青报全媒体/观海新闻", "青岛日报", "an alias"),
    ("青岛晚报/观海新闻", "青岛晚报", "the first part that is known: the sister paper, not the shared app"),
    ("半岛都市报•半岛新闻", "半岛都市报", "joined by •"),
    ("半岛都市报 · 半岛网", "半岛都市报", "joined by · with spaces"),
    ("齐鲁晚报／齐鲁壹点", "齐鲁晚报", "a full-width slash"),
    ("南寧新聞網-南寧晚報", "南宁晚报", "a hyphen between a site and its paper (Guangxi, round 19)"),
    ("即墨区", None, "a place is no publication"),
    ("即墨区融媒体中心", "新即墨", "the district paper's media centre"),
    ("聊城日报全媒体", "聊城日报", "a name and a few more characters: the paper's newsroom"),
    ("观海新闻/青岛早报", "青岛早报", "a paper's own name before an alias its house's papers share"),
    ("青报全媒体/半岛网", "青岛日报", "two aliases: the first known part"),
    ("光明日報", "光明日报", "traditional characters, as mirror sites print"),
    ("大眾報業·齊魯壹點", "齐鲁晚报", "traditional characters in an alias"),
    ("潍坊日报社全媒体", "潍坊日报", ""),
    ("YMG全媒体", "烟台日报", "an alias and a suffix"),
    ("青岛全媒体", None, "a place and a suffix: no publication"),
    ("宁波日报全媒体", "宁波日报", "a place's paper and a suffix"),
    ("半岛晨报", None, "an alias (半岛, 半岛都市报's) beginning another paper's name: Dalian's 半岛晨报 (a Liaoning forum page)"),
    ("半岛记者", "半岛都市报", "…but the alias before a reporter's word"),
    ("", None, ""),
]


@pytest.mark.parametrize("outlet, name, reason", OUTLETS)
def test_of_outlet(outlet, name, reason):
    found = of_outlet(outlet)
    assert (found.name if found else None) == name


OUTLET_PAPERS = [
    # (an outlet, (publication, home) or None, reason)
    (
        "东南网-晋江经济报",
        ("晋江经济报", "晋江市"),
        "a county-level city's short name and words before 报 (a dateline on 东南网, round 33)",
    ),
    ("唐山劳动日报", ("唐山劳动日报", "唐山市"), "…a prefecture's"),
    ("西藏商报", ("西藏商报", "西藏自治区"), "…a province's"),
    ("北京报", None, "…one to three characters: a short name and 报 alone is no paper unless registered (昌都报 is)"),
    ("淮安区报", ("淮安区报", "淮安区"), "a district's full name and 报: the district's, not 淮安市's"),
    ("今日高邮", ("今日高邮", "高邮市"), "a county-level division's 今日<place>"),
    ("今日瓯海", ("今日瓯海", "瓯海区"), "…a district's"),
    ("今日青岛", None, "…not a prefecture's: a city paper's section title"),
    ("上海证券报", ("上海证券报", ""), "a national paper printed in a city: registered, its entry wins"),
    ("中华工商时报", None, "no place before the words"),
    ("晋江经济报道", None, "报道 is no paper"),
    ("晋江市场监督管理局报", None, "more than three characters between the place and 报"),
    ("南京大学报", None, "a university's paper: its home is no jurisdiction"),
    ("中山大学校报", None, "…nor its 校报"),
    ("即墨政务简报", None, "a bulletin (简报) is no paper"),
    ("青岛天气预报", None, "…nor a forecast (预报)"),
    ("东方早报", None, "东方, 东方市's short name, is a word of papers elsewhere (Shanghai's 东方早报)"),
]


@pytest.mark.parametrize("outlet, expected, reason", OUTLET_PAPERS)
def test_a_paper_named_after_its_place_where_an_outlet_stands(outlet, expected, reason):
    found = of_outlet(outlet)
    assert ((found.name, found.home) if found else None) == expected


NAMED_IN = [
    # (a line, the publication it names first, reason)
    ("来源：杭州日报 2024-01-02", "杭州日报", "a place's paper on a source line"),
    ("本文来源于温州日报数字报", "温州日报", "a place's paper inside a word"),
    ("青岛日报 杭州日报", "青岛日报", "the first named"),
    ("杭州日报 青岛日报", "杭州日报", "the first named, registered or not"),
    ("马鞍山日报", "马鞍山日报", "the longest place before 日报: 马鞍山, not 鞍山"),
    ("据新华日报报道", None, "新华 is no province or prefecture"),
    ("「本文来源:半岛晨报」", None, "an alias beginning another paper's name names none"),
    ("半岛记者报道", "半岛都市报", "…but 报道 (reports) is no paper's name"),
    ("来源：半岛都市报", "半岛都市报", "a registered name itself"),
]


@pytest.mark.parametrize("line, name, reason", NAMED_IN)
def test_named_in(line, name, reason):
    found = named_in(line)
    assert (found.name if found else None) == name
