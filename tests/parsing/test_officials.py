"""Officials (jimo_data/parsing/officials.py): who is named with which title, and the
office that places them. One table per rule, rows of (input, expected, reason)."""

from __future__ import annotations

import pytest

from jimo_data.parsing.officials import find_officials, principal_office


def titled(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(text)]


TITLE_ORDERS = [
    ("区委书记孙杰出席会议。", [("孙杰", "区委书记")], "title chain, then name"),
    ("区委副书记、区长张宏业主持会议。", [("张宏业", "区委副书记、区长")], "a chain joined by 、"),
    (
        "区委书记，青岛蓝谷管理局党委书记韩世军出席。",
        [("韩世军", "区委书记、青岛蓝谷管理局党委书记")],
        "a full-width comma joins links too; stored joined by 、",
    ),
    ("区委副书记,区长张宏业出席。", [("张宏业", "区委副书记、区长")], "a half-width comma"),
    ("区委副书记 区长张宏业出席。", [("张宏业", "区委副书记、区长")], "a space"),
    (
        "区人大常委会主任王宝善,区政协主席宋宗军出席。",
        [("王宝善", "区人大常委会主任"), ("宋宗军", "区政协主席")],
        "a list: a chain stops at a name",
    ),
    ("青岛市委书记曾赞荣出席。", [("曾赞荣", "青岛市委书记")], "place and organ are part of the title"),
    ("移风店镇党委书记王明出席。", [("王明", "移风店镇党委书记")], "a town (…镇) is a place"),
    ("深入学习贯彻习近平总书记重要讲话精神。", [("习近平", "总书记")], "name, then 总书记"),
    ("会上，曾赞荣书记讲话。", [("曾赞荣", "书记")], "name, then 书记"),
]


@pytest.mark.parametrize("text, expected, reason", TITLE_ORDERS)
def test_title_orders(text, expected, reason):
    assert titled(text) == expected


NAMES = [
    ("宣传部部长赵明来调研。", ["赵明"], "来 ends a name: 赵明, not 赵明来"),
    ("区委书记王明赴平度考察。", ["王明"], "赴 ends a name"),
    ("区委书记王明在会上讲话。", ["王明"], "在 ends a name"),
    ("区委书记王明出席。", ["王明"], "出席 ends a name"),
    ("区长王明。", ["王明"], "punctuation ends a name"),
    ("副区长王明", ["王明"], "the end of the text ends a name"),
    ("区委书记王明华强调。", ["王明华"], "a single surname and two characters"),
    ("区长王明华明出席。", [], "a single-surname name has at most 3 characters"),
    ("区委书记欧阳明出席。", ["欧阳明"], "a double surname"),
    ("区委书记欧阳明华出席。", ["欧阳明华"], "a double surname allows 4 characters"),
    ("区长欧阳。", [], "a double surname alone is no name"),
    ("区委书记众人出席。", [], "众 is not a surname"),
    ("区委书记王主任出席。", [], "a name holds no title word"),
    ("区委书记孙杰今天出席。", [], "a known name too must be followed by what ends a name"),
    ("总书记习近平出席。", ["习近平"], "a known name (userdict, tag nr) needs no listed surname: 习 is none"),
]


@pytest.mark.parametrize("text, expected, reason", NAMES)
def test_names(text, expected, reason):
    assert [o.name for o in find_officials(text)] == expected


NOT_OFFICIALS = [
    ("种植户王明说，今年大白菜丰收。", "种植户"),
    ("企业负责人李强介绍了项目进展。", "负责人"),
    ("协会理事长张伟表示。", "理事长"),
    ("专班组长刘洋说。", "组长"),
]


@pytest.mark.parametrize("text, title", NOT_OFFICIALS)
def test_titles_outside_the_vocabulary_make_no_official(text, title):
    assert find_officials(text) == []


PRINCIPAL_OFFICE = [
    (["区委书记", "青岛蓝谷管理局党委书记"], "即墨区委书记", "the first party head"),
    (["区长", "区委书记"], "即墨区委书记", "a party head outranks a government head written before it"),
    (["区委副书记", "区长"], "即墨区区长", "副书记 is no party head"),
    (["区政府党组书记", "区长"], "即墨区区长", "党组书记 is no party head"),
    (["蓝谷管委会主任", "区长"], "即墨区区长", "a government head outranks the head of a body"),
    (["区委常委", "代理区长"], "即墨区代理区长", "代理区长 is a government head"),
    (["副区长", "区总工会主席"], "即墨区总工会主席", "副区长 is no government head; the head of a body outranks it"),
    (["区政协副主席", "区总工会主席"], "即墨区总工会主席", "副主席 is no head of a body"),
    (["区委常委", "副区长"], "即墨区副区长", "else the first link that is not a bare 常委"),
    (["区委常委"], "即墨区委常委", "a chain of a bare 常委 only keeps it"),
]


@pytest.mark.parametrize("chain, expected, reason", PRINCIPAL_OFFICE)
def test_principal_office_order(chain, expected, reason):
    assert principal_office(chain) == expected


JURISDICTION = [
    (["区委书记"], "即墨区委书记", "bare 区 is 即墨区"),
    (["市委书记"], "青岛市委书记", "bare 市 is 青岛市"),
    (["区长"], "即墨区区长", "区长 is 即墨区's"),
    (["副区长"], "即墨区副区长", ""),
    (["代理区长"], "即墨区代理区长", ""),
    (["市长"], "青岛市市长", "市长 is 青岛市's"),
    (["副市长"], "青岛市副市长", ""),
    (["人民政府区长"], "即墨区区长", "人民政府 before 区长 is dropped"),
    (["区政府副区长"], "即墨区副区长", "政府 before 区长 is dropped"),
    (["区人大常委主任"], "即墨区人大常委会主任", "人大常委 becomes 人大常委会"),
    (["区人大常委会主任"], "即墨区人大常委会主任", "人大常委会 stays"),
    (["青岛蓝谷管理局党委书记"], "青岛蓝谷管理局党委书记", "a place token keeps its place"),
    (["区委常委", "移风店镇党委书记"], "移风店镇党委书记", "…and takes no organ from an earlier link"),
    (["区委常委", "组织部部长"], "即墨区委组织部部长", "a department takes the organ before it"),
    (["市委常委", "组织部部长"], "青岛市委组织部部长", ""),
    (["组织部部长"], "组织部部长", "no organ before it: as written"),
]


@pytest.mark.parametrize("chain, expected, reason", JURISDICTION)
def test_office_jurisdiction(chain, expected, reason):
    assert principal_office(chain) == expected


MENTIONS = [
    ("区委常委、宣传部部长赵明出席。", [("赵明", "区委常委、宣传部部长", "即墨区委宣传部部长")], "office of a whole chain in running text"),
    ("会上，曾赞荣书记讲话。", [("曾赞荣", "书记", "")], "a bare 书记 after a name has no office"),
    ("会上，王明华书记讲话。", [("王明华", "书记", "")], "an unknown name before 书记 standing after punctuation"),
    ("会上王明华书记讲话。", [], "an unknown name before 书记 must stand after punctuation"),
    ("深入学习贯彻习近平总书记重要讲话精神。", [("习近平", "总书记", "中共中央总书记")], "总书记 after a name is 中共中央总书记"),
]


@pytest.mark.parametrize("text, expected, reason", MENTIONS)
def test_mentions(text, expected, reason):
    assert [(o.name, o.title, o.office) for o in find_officials(text)] == expected
