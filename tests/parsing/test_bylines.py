"""Byline rules (jimo_data/parsing/bylines.py): byline text -> people with role, duty and
outlet; which lines are closing bylines, opening bylines, photo credits and staff lines."""

from __future__ import annotations

import pytest

from jimo_data.parsing.bylines import (
    closing_byline,
    credit_before_day,
    is_correspondent_line,
    is_opening_byline,
    parse_people,
    photo_credit,
    staff_line,
)


def people(bylines) -> list[tuple[str, str, str]]:
    return [(b.name, b.role, b.duty) for b in bylines]


# --- role words: the paper's word is the duty, and it sets the role --------------

ROLES = [
    # (text, [(name, role, duty)], reason)
    ("周程林 江如意", [("周程林", "reporter", ""), ("江如意", "reporter", "")], "no role word: reporters (新即墨 closing byline)"),
    ("记者 王涛", [("王涛", "reporter", "记者")], ""),
    ("特约记者 张新", [("张新", "reporter", "特约记者")], "the longest role word wins over 记者 inside it"),
    ("实习记者 李娜", [("李娜", "reporter", "实习记者")], ""),
    ("采访人员 曲黎悦", [("曲黎悦", "reporter", "采访人员")], "a content farm's word for 记者"),
    (
        "华夏时报(chinatimes.net.cn)记者公培佳 青岛摄影报道",
        [("公培佳", "reporter", "记者")],
        "an outlet's web address names nobody; nor does the place a report (摄影报道 too) was filed from",
    ),
    (
        "来源:Hi威海客户端采访人员曲黎悦",
        [("曲黎悦", "reporter", "采访人员")],
        "a source field names nobody; it ends before a reporter's word glued to it",
    ),
    ("来源:人民日报编辑部 责任编辑:张三", [("张三", "editor", "责任编辑")], "…not before an editor's (编辑部 is the source's)"),
    (
        "记者 高倩荷 见习生 陈炽明",
        [("高倩荷", "reporter", "记者"), ("陈炽明", "correspondent", "见习生")],
        "见习生, a trainee, is a role word like 实习生",
    ),
    (
        "记者 杨晓 见习记者 冯创新 通迅员 曹聪",
        [("杨晓", "reporter", "记者"), ("冯创新", "reporter", "见习记者"), ("曹聪", "correspondent", "通迅员")],
        "通迅员, a common misprint of 通讯员, is a correspondent's word (a Henan portal, round 49)",
    ),
    (
        "责任编辑：陈鸿儒 美术编辑：张三 校对：李四",
        [("陈鸿儒", "editor", "责任编辑"), ("张三", "editor", "美术编辑"), ("李四", "editor", "校对")],
        "美术编辑, the designer's word written out, names an editor (no 美术 read as a name; a review's line)",
    ),
    ("驻萧山记者 方亮", [("方亮", "reporter", "记者")], "a reporter posted to a place: the posting names nobody"),
    (
        "记者 杨群 共享联盟天台站 李兆葵",
        [("杨群", "reporter", "记者"), ("李兆葵", "reporter", "记者")],
        "a station between names is a desk, not a name",
    ),
    (
        "记者 王涛 县委报道组 李明",
        [("王涛", "reporter", "记者"), ("李明", "correspondent", "报道组")],
        "a party committee's reporting team (报道组) is no name: its members write as correspondents do (the corpus's golds)",
    ),
    ("县委报道组 李明", [("李明", "correspondent", "报道组")], "…opening the byline"),
    ("本报两会报道组 王明", [("王明", "reporter", "")], "…but a paper's own team is a desk: its reporters"),
    (
        "记者王博 鄞州区委报道组杨磊 徐庭娴",
        [("王博", "reporter", "记者"), ("杨磊", "correspondent", "报道组"), ("徐庭娴", "correspondent", "报道组")],
        "…glued to its first member (宁波日报, round 34)",
    ),
    ("□本报记者综合报道", [], "a report the paper compiled (综合报道) names nobody (常州日报, round 32)"),
    ("记者 王明 综合整理", [("王明", "reporter", "记者")], "…and is no name after one"),
    (
        "通讯员 梁之磊 兰玉乔",
        [("梁之磊", "correspondent", "通讯员"), ("兰玉乔", "correspondent", "通讯员")],
        "a role word covers every name after it",
    ),
    ("实习生 王凯", [("王凯", "correspondent", "实习生")], "interns count with correspondents"),
    ("记者 王涛 通讯员 林俊文", [("王涛", "reporter", "记者"), ("林俊文", "correspondent", "通讯员")], "each role word starts a new run"),
    ("记者孙丽", [("孙丽", "reporter", "记者")], "no space needed after the role word"),
    ("责任编辑 陈晨", [("陈晨", "editor", "责任编辑")], ""),
    ("责编 王杰", [("王杰", "editor", "责编")], ""),
    ("编辑 许可", [("许可", "editor", "编辑")], ""),
    ("美编 李晓萌", [("李晓萌", "editor", "美编")], ""),
    ("审读 王忠良", [("王忠良", "editor", "审读")], ""),
    ("校对 张明", [("张明", "editor", "校对")], ""),
    ("排版 吕雪", [("吕雪", "editor", "排版")], ""),
    ("组版 孙强", [("孙强", "editor", "组版")], ""),
    ("记者：王涛", [("王涛", "reporter", "记者")], "a colon after the role word is a separator"),
    ("□记者 赵晓东", [("赵晓东", "reporter", "记者")], "the □ of an opening byline is not part of a name"),
    ("首席记者 张伟", [("张伟", "reporter", "首席记者")], "首席记者 is one role word, 首席 no name"),
    ("见习记者 李娜", [("李娜", "reporter", "见习记者")], ""),
    ("特约通讯员 王凯", [("王凯", "correspondent", "特约通讯员")], "特约通讯员 before 通讯员: 特约 is no name"),
    ("作者：王涛", [("王涛", "reporter", "作者")], "the label 作者 introduces the writer; it is no name"),
    ("作者 王涛 李明", [("王涛", "reporter", "作者"), ("李明", "reporter", "作者")], ""),
    ("作者单位：即墨区第一中学", [], "a note about the writer is no byline"),
    (
        "通讯员张明 记者李晓红",
        [("张明", "correspondent", "通讯员"), ("李晓红", "reporter", "记者")],
        "role words glued to the names (as in `…电(通讯员张明 记者李晓红)`)",
    ),
    (
        "通讯员王明李晓红",
        [("王明", "correspondent", "通讯员"), ("李晓红", "correspondent", "通讯员")],
        "names run together: split where every part starts with a surname (王明李 leaves 晓红, 晓 is none)",
    ),
    ("通讯员张海铎薛学江张婧", [(n, "correspondent", "通讯员") for n in ("张海铎", "薛学江", "张婧")], "3-character parts are tried first"),
    ("记者张凯林尉迟健平", [(n, "reporter", "记者") for n in ("张凯林", "尉迟健平")], "…4-character ones after a double surname (尉迟)"),
    ("通讯员一二三四五", [], "a run no surname splits is no byline"),
    ("记者 管理员", [], "a website's account names nobody"),
    ("资料图片", [], "a caption's label for a file photo names nobody"),
    ("效果图", [], "…nor a rendering's"),
    (
        "本报记者 郭海洋/摄 冯启俊/文",
        [("郭海洋", "photographer", "记者"), ("冯启俊", "reporter", "记者")],
        "a name's own /摄 makes that one a photographer, the others keep their role",
    ),
    ("本报记者 郭海洋/攝", [("郭海洋", "photographer", "记者")], "…in traditional characters"),
    (
        "記者鄧長浩 顏志迎/視頻 田璐/文字",
        [("鄧長浩", "reporter", "记者"), ("顏志迎", "reporter", "记者"), ("田璐", "reporter", "记者")],
        "a name's own /视频 or /文字 says what that one did; all keep the role (video is no photograph)",
    ),
    ("本報記者 郭海洋/攝 冯启俊/文", [("郭海洋", "photographer", "记者"), ("冯启俊", "reporter", "记者")], "…a name's own /攝 too"),
    (
        "记者 张仰强 陈婧/摄",
        [("张仰强", "photographer", "记者"), ("陈婧", "photographer", "记者")],
        "…at the end, /摄 is the whole credit's",
    ),
    (
        "实习生 张文怡 摄影 王慧晴 徐欢",
        [("张文怡", "correspondent", "实习生"), ("王慧晴", "photographer", "摄影"), ("徐欢", "photographer", "摄影")],
        "摄影 between names is a role word, not a suffix to drop",
    ),
    ("特约摄影 陈玉 摄", [("陈玉", "photographer", "特约摄影")], "特约摄影 is a role word (else 特约 reads as a name)"),
    (
        "今晚报特派记者 张凯林 尉迟健平",
        [("张凯林", "reporter", "特派记者"), ("尉迟健平", "reporter", "特派记者")],
        "特派记者 (sent by the paper)",
    ),
    (
        "□本報記者孟向東刁良梓本報通訊員康帆",
        [("孟向東", "reporter", "记者"), ("刁良梓", "reporter", "记者"), ("康帆", "correspondent", "通讯员")],
        "本報 before a role word names nobody in traditional characters too",
    ),
    ("许又声看望省两会新闻记者 给新闻工作者点赞", [], "工作者 holds no role word 作者: a headline, no byline"),
    ("记者 王涛/图", [("王涛", "reporter", "记者")], "…/图 alone stays with the role word (文/图 is a reporter's, seeds/003)"),
    (
        "■文/衡阳日报全媒体记者 邹红辉 通讯员 邹 健 陈曙霞 图/通讯员 刘欣荣",
        [
            ("邹红辉", "reporter", "记者"),
            ("邹健", "correspondent", "通讯员"),
            ("陈曙霞", "correspondent", "通讯员"),
            ("刘欣荣", "photographer", "摄影"),
        ],
        "图/ after the writers credits the pictures: those it names took them, whatever role word follows (Hunan, round 19)",
    ),
    ("文/记者 王涛 图/李明", [("王涛", "reporter", "记者"), ("李明", "photographer", "摄影")], "…without a role word after it"),
    (
        "福州日报记者 张旭/文 张人峰/摄",
        [("张旭", "reporter", "记者"), ("张人峰", "photographer", "记者")],
        "where the names say what each did, the last one's /摄 is its own, not the credit's (Fujian, round 19)",
    ),
    ("记者 张旭 张人峰/摄", [("张旭", "photographer", "记者"), ("张人峰", "photographer", "记者")], "…elsewhere the credit's"),
    ("韦斌/文 黎有科/图", [("韦斌", "reporter", ""), ("黎有科", "photographer", "")], "…and /图 (Hainan, round 12)"),
    (
        "郑报全媒体记者 石闯 翟宝宽 文 周甬 图",
        [("石闯", "reporter", "记者"), ("翟宝宽", "reporter", "记者"), ("周甬", "photographer", "记者")],
        "文 and 图 set off by spaces say what each did as the slashes do (Henan, round 39)",
    ),
    (
        "记者 石闯 文 周甬 李明 摄",
        [("石闯", "reporter", "记者"), ("周甬", "photographer", "记者"), ("李明", "photographer", "记者")],
        "…every name after 文 took pictures",
    ),
    (
        "记者 张 文 李明 摄",
        [("张文", "photographer", "记者"), ("李明", "photographer", "记者")],
        "…but a name spaced to three's width may end in 文: a name of two characters stands before the mark",
    ),
]


@pytest.mark.parametrize("text, expected, reason", ROLES)
def test_role_words_set_role_and_duty(text, expected, reason):
    assert people(parse_people(text)) == expected


# --- role words padded with spaces ------------------------------------------------

SPACED = [
    # (text, [(name, role, duty)], reason)
    ("记    者：王  涛", [("王涛", "reporter", "记者")], "role word padded to the width of 通讯员, spaced two-character name"),
    ("记  者:王涛", [("王涛", "reporter", "记者")], "half-width colon"),
    ("通　讯　员　李明", [("李明", "correspondent", "通讯员")], "full-width spaces"),
    ("特 约 记 者 王涛", [("王涛", "reporter", "特约记者")], "the longest spaced word wins"),
    ("记    者：王  涛  通讯员：李  明", [("王涛", "reporter", "记者"), ("李明", "correspondent", "通讯员")], ""),
    (
        "李美 编辑 王涛",
        [("李美", "reporter", ""), ("王涛", "editor", "编辑")],
        "美 编 followed by 辑 is no spaced 美编: a spaced role word has no Han character after it",
    ),
    ("记    者王涛", [], "a spaced word glued to the name is not read: no byline rather than a wrong one"),
]


@pytest.mark.parametrize("text, expected, reason", SPACED)
def test_role_words_padded_with_spaces(text, expected, reason):
    assert people(parse_people(text)) == expected


# --- outlets: the text before the first role word, for reporters only -------------

OUTLETS = [
    # (text, [(name, outlet)], reason)
    ("大众日报/大众网记者 张伟", [("张伟", "大众日报/大众网")], ""),
    ("新华社记者 张伟", [("张伟", "新华社")], "an outlet may end in 社: a news agency"),
    # Outlets no lexicon lists, read by their endings alone (a listed one is read by its name).
    ("中新社记者 王涛", [("王涛", "中新社")], "…an unlisted agency's 社"),
    ("红网记者 王涛", [("王涛", "红网")], "…a site's 网"),
    ("大连新闻传媒集团记者 冉嬛", [("冉嬛", "大连新闻传媒集团")], "…a media group's 传媒集团 (Liaoning, round 19)"),
    ("台传媒记者王 超摄", [("王超", "台传媒")], "…or its 传媒 alone (台州's, Zhejiang, round 39)"),
    ("西乌融媒记者 王涛", [("王涛", "西乌融媒")], "…a media centre's 融媒"),
    ("宁县融媒体中心记者 王涛", [("王涛", "宁县融媒体中心")], "…融媒体中心"),
    ("XYZ记者 王涛", [("王涛", "XYZ")], "…a group's initials"),
    ("浙江在線記者 項捷", [("項捷", "浙江在线")], "…or in 在线, a news site"),
    ("半岛记者 于红靓", [("于红靓", "半岛")], "…or is a paper's name or alias (半岛都市报's 半岛)"),
    (
        "新安晚报 安徽网 大皖客户端记者 王吉祥 项磊",
        [("王吉祥", "新安晚报/安徽网/大皖客户端"), ("项磊", "新安晚报/安徽网/大皖客户端")],
        "several outlets set off by spaces",
    ),
    ("齐鲁晚报•齐鲁壹点 王建社 通讯员 李明", [("王建社", "齐鲁晚报•齐鲁壹点"), ("李明", "")], "…not a name ending like a house (王建社)"),
    ("青岛日报社记者 张伟", [("张伟", "青岛日报社")], "or in 社: the paper's house"),
    ("齐鲁晚报/齐鲁壹点记者 张伟", [("张伟", "齐鲁晚报/齐鲁壹点")], "a / makes an outlet, whatever it ends in"),
    ("齐鲁晚报·齐鲁壹点记者 张伟", [("张伟", "齐鲁晚报·齐鲁壹点")], "so does a middle dot ·"),
    ("齐鲁晚报•齐鲁壹点记者 张伟", [("张伟", "齐鲁晚报•齐鲁壹点")], "so does a bullet •"),
    ("半岛都市报•半岛新闻客户端记者 王涛", [("王涛", "半岛都市报•半岛新闻客户端")], ""),
    ("半岛都市报 • 半岛新闻客户端记者 王涛", [("王涛", "半岛都市报•半岛新闻客户端")], "spaces around the joining mark are dropped"),
    ("大众日报客户端记者 张伟", [("张伟", "大众日报客户端")], "ends in 客户端"),
    ("即墨区融媒体中心记者 李明", [("李明", "即墨区融媒体中心")], "ends in 融媒体中心"),
    ("莱西融媒体记者 李明", [("李明", "莱西融媒体")], "ends in 融媒体"),
    ("即墨融媒记者 李明", [("李明", "即墨融媒")], "ends in 融媒"),
    ("青岛电视台记者 王凯", [("王凯", "青岛电视台")], "ends in 电视台"),
    ("大众网记者 张伟", [("张伟", "大众网")], "ends in 网"),
    (
        "即墨区记者 王凯",
        [("王凯", "即墨区")],
        "a place is never a person; it is kept as the outlet because it says whom the reporter works for (the district's media)",
    ),
    ("青岛市 记者 王凯", [("王凯", "青岛市")], "a place set apart by a space is the outlet too"),
    ("通济街道通讯员 李明", [("李明", "")], "ends in 街道: a place, no person; a correspondent gets no outlet"),
    ("首席记者 张伟", [("张伟", "")], "首席 is part of the role word, not an outlet"),
    ("■本报记者 何可人", [("何可人", "")], "a mark before 本报 is no outlet"),
    ("青岛日报/观海新闻记者 王涛", [("王涛", "青岛日报/观海新闻")], ""),
    ("青报全媒体/观海新闻记者 薛华飞", [("薛华飞", "青报全媒体/观海新闻")], ""),
    ("青岛早报记者 王凯", [("王凯", "青岛早报")], "ends in 报"),
    ("观海新闻记者 王凯", [("王凯", "观海新闻")], "ends in 新闻"),
    ("青报全媒体记者 王凯", [("王凯", "青报全媒体")], "ends in 全媒体"),
    ("本报记者 高建", [("高建", "")], "本报 (this paper) is no outlet"),
    ("本网特约记者 马静雅", [("马静雅", "")], "本网 (this site) is no outlet"),
    ("记者/凌雪敏 通讯员/施光礼", [("凌雪敏", ""), ("施光礼", "")], "a slash after a role word is no outlet's joiner"),
    ("青岛日报/观海新闻记者 王涛", [("王涛", "青岛日报/观海新闻")], "…a slash before it is"),
    ("文/本报记者 高建", [("高建", "")], "文/ in front is the opening-byline mark, not an outlet"),
    ("青岛日报/观海新闻记者 王涛 通讯员 林俊文", [("王涛", "青岛日报/观海新闻"), ("林俊文", "")], "the outlet is the reporters' only"),
    ("青岛日报通讯员 张伟", [("张伟", "")], "a correspondent gets no outlet even when one is printed"),
    ("全媒体记者 侯庆萍", [("侯庆萍", "")], "a desk alone (全媒体) is the page's own paper's: no outlet"),
    ("本报通讯员 阳精华 本报记者 李飞跃", [("阳精华", ""), ("李飞跃", "")], "本报 after names, before a role word, names nobody"),
    ("作者：本报全媒体记者 王凯", [("王凯", "")], "…nor does its desk (全媒体), after 作者 too"),
    ("作者：新媒体记者 王凯", [("王凯", "")], "…a desk alone after a label"),
    ("本报 记者 高建", [("高建", "")], "本报 set apart by a space is no outlet either"),
    ("融媒体 记者 侯庆萍", [("侯庆萍", "")], "…nor a desk"),
    ("本报融媒体记者 侯庆萍", [("侯庆萍", "")], "…本报 and its desk"),
    ("YMG记者李仁通讯员马昕姜建彬", [("李仁", "YMG"), ("马昕", ""), ("姜建彬", "")], "a media group's initials are an outlet"),
    ("G记者 李仁", [], "…two capitals at least: a single letter is no outlet, and no name"),
    ("文/图 半岛全媒体首席记者 王好", [("王好", "半岛全媒体")], "the work credited before the outlet is none of it"),
    ("文/圖 半島全媒體首席記者 王好", [("王好", "半岛全媒体")], "…in traditional characters too"),
    (
        "衡水湖。长城网·冀云客户端记者 张文婧 摄",
        [("张文婧", "长城网·冀云客户端")],
        "a caption's sentence before its credit is no part of the outlet",
    ),
    ("黄河口融媒体中心记者 王涛", [("王涛", "黄河口融媒体中心")], "an unlisted outlet ending in 融媒体中心 (no place's centre)"),
    (
        "本版图片均由海南日报全媒体记者 王程龙 摄",
        [("王程龙", "海南日报全媒体")],
        "the words that give a page's pictures to the credit are no outlet's (a Hainan e-paper, round 24)",
    ),
    (
        "■陈雪红、欧阳兴、信息日报/信息日报客户端记者 刘建华/文",
        [("陈雪红", "信息日报/信息日报客户端"), ("欧阳兴", "信息日报/信息日报客户端"), ("刘建华", "信息日报/信息日报客户端")],
        "people listed before the outlet are its reporters too (Jiangxi, a new user's page)",
    ),
    ("安吉视窗记者 吴静", [("吴静", "安吉视窗")], "a county's news site (视窗)"),
    ("道县站记者 谢万波", [("谢万波", "道县站")], "…a paper's or a site's station in a county (a Hunan site's copy, round 36)"),
    (
        "记者 王明 李建站 通讯员 赵华",
        [("王明", ""), ("李建站", ""), ("赵华", "")],
        "…but a person's name ending in 站 before a later role word is no outlet (a review's credit)",
    ),
    (
        "新甘肃·甘肃日报记者 黄胜强 王朝霞 新甘肃·每日甘肃网见习记者 王宇晨",
        [("黄胜强", "新甘肃·甘肃日报"), ("王朝霞", "新甘肃·甘肃日报"), ("王宇晨", "新甘肃·每日甘肃网")],
        "an outlet closing the names before a later role word is that role's (a Gansu paper, round 35)",
    ),
    ("甘肃日报记者 黄胜强 见习记者 王宇晨", [("黄胜强", "甘肃日报"), ("王宇晨", "甘肃日报")], "…else the first outlet goes on"),
    ("记者 黄胜强 王家庄 通讯员 王宇晨", [("黄胜强", ""), ("王家庄", ""), ("王宇晨", "")], "…an outlet's name, not a person's (庄)"),
]


@pytest.mark.parametrize("text, expected, reason", OUTLETS)
def test_outlet_is_read_before_the_first_role_word(text, expected, reason):
    assert [(b.name, b.outlet) for b in parse_people(text)] == expected


# --- suffixes after the names are dropped -----------------------------------------

SUFFIXES = [
    # (text, names, reason)
    ("记者 王涛文/图", ["王涛"], "文/图 glued to the name"),
    ("记者 王涛文／图", ["王涛"], "full-width slash"),
    ("记者 孟国庆 采访整理", ["孟国庆"], "采访整理 (interviewed and written up: a Henan e-paper, round 38)"),
    ("记者 孙学良报道", ["孙学良"], "报道 glued to a name is the reporter's word (a Xinjiang media centre, round 42)"),
    ("记者 王宏伟 济南报道", ["王宏伟"], "…a word before it after a name is where the report was filed"),
    ("记者 王宏伟 东京报道", ["王宏伟"], "…a foreign city"),
    ("记者 李明 现场报道", ["李明"], "…or the scene"),
    ("王涛/文", ["王涛"], ""),
    ("王涛/图", ["王涛"], ""),
    ("记者 赵晓东 报道", ["赵晓东"], ""),
    ("记者 赵晓东 摄影报道", ["赵晓东"], "摄影 and 报道 both dropped"),
    ("记者 赵晓东 摄影", ["赵晓东"], ""),
    ("记者 赵晓东 摄", ["赵晓东"], ""),
    ("YMG全媒体记者 王宏伟 济南报道", ["王宏伟"], "the place a report was filed from is no person"),
    ("半岛全媒体记者 王磊 整理", ["王磊"], "整理 (compiled by) after the names is no name"),
]


FORMS = [
    # (text, [(name, role)], reason)
    ("YMG全媒体记者 唐克 摄", [("唐克", "photographer")], "a byline ending in 摄: the reporter took the photograph"),
    (
        "编辑: 于灵爽责编: 赵滢溪",
        [("于灵爽", "editor"), ("赵滢溪", "editor")],
        "a name glued to the next label: the first label is no empty one (a Heilongjiang paper's copy, round 42)",
    ),
    (
        "来源: 黑龙江日报编辑: 于灵爽",
        [("于灵爽", "editor")],
        "…and a source's name ends before a label glued to it",
    ),
    (
        "记者 单毅 朱绍祥 报道 王鼎鑫 摄影",
        [("单毅", "reporter"), ("朱绍祥", "reporter"), ("王鼎鑫", "photographer")],
        "the reporters' closing 报道, then who photographed (a miss on an unseen page, Tianjin)",
    ),
    ("记者 单毅 报道", [("单毅", "reporter")], "…报道 alone closes the reporters"),
    ("记者|王金刚 编辑|李明", [("王金刚", "reporter"), ("李明", "editor")], "a bar separates like a colon"),
    ("审核|张晓航 终审|朱代军", [("张晓航", "editor"), ("朱代军", "editor")], "审核 and 终审 are editors' words"),
    (
        "记者 纪伟 通讯员 艾宏彬 报道 视频 徐明",
        [("纪伟", "reporter"), ("艾宏彬", "correspondent"), ("徐明", "photographer")],
        "视频 credits the film, as 摄 the photograph",
    ),
    ("责任编辑: 刘斐 签审: 刘芝杰", [("刘斐", "editor"), ("刘芝杰", "editor")], "签审 is an editor's word"),
    ("記者 呂奇 編輯：徐曉偉", [("呂奇", "reporter"), ("徐曉偉", "editor")], "traditional characters, as mirror sites print"),
    ("半島全媒體記者 鄔明洋 通訊員 楊發鵬 報道", [("鄔明洋", "reporter"), ("楊發鵬", "correspondent")], "traditional 通訊員 and 報道"),
    ("记者 王泉林 通讯员 曹文娟 摄", [("王泉林", "photographer"), ("曹文娟", "photographer")], "摄 at the end: all took the photograph"),
]


@pytest.mark.parametrize("text, expected, reason", FORMS)
def test_byline_forms_of_other_papers(text, expected, reason):
    assert [(b.name, b.role) for b in parse_people(text)] == expected


@pytest.mark.parametrize("text, names, reason", SUFFIXES)
def test_suffixes_after_names_are_stripped(text, names, reason):
    assert [b.name for b in parse_people(text)] == names


# --- names: 2-4 Han characters; anything else makes the text no byline ------------

NAMES = [
    # (text, names, reason)
    ("刘 洋", ["刘洋"], "a two-character name set with a space is one name"),
    ("通讯员 刘 洋 王凯", ["刘洋", "王凯"], ""),
    ("王 小明", ["王小明"], "a single character joins a following token of at most two"),
    (
        "記者 張朝廣 麥 毅",
        ["張朝廣", "麥毅"],
        "…and a name set with a space is given as printed, traditional too (a Guangxi mirror, round 26)",
    ),
    ("王 小明明", [], "...but not a longer one: 王 alone is no name"),
    ("周程林、江如意", ["周程林", "江如意"], "、 and commas separate names too"),
    ("欧阳小明", ["欧阳小明"], "four characters: the longest name"),
    ("一二三四五", [], "five characters are no name, and no surname splits them"),
    (
        "记者 江新辉 巴依斯古楞",
        ["江新辉", "巴依斯古楞"],
        "…but a Mongolian name of two parts (name_parts.txt) is one, not split at a surname (Inner Mongolia, round 44)",
    ),
    ("今报记者 南国今报", [], "a paper's name where a name would stand is no person: no byline"),
    ("1/3 下一页 上一页 首页 尾页", [], "…nor a paged copy's links, the page count before them no outlet (a Guizhou site, round 55)"),
    ("责任编辑:张三 返回", ["张三"], "…which are passed over, the names beside them kept (a review's find)"),
    ("编辑:安吉视窗", [], "…nor a site's: four characters ending like an outlet (round 28)"),
    ("编辑:王建网", ["王建网"], "…but three may be a person's"),
    ("编辑:会议公司", [], "…nor a firm's: four characters ending in 公司 (a Hubei copy, round 29)"),
    ("周", [], "one character is no name"),
    ("2025年", [], "digits: not a byline"),
    ("记者 王涛 A组", [], "one token that is no name rejects the whole text"),
    ("记者 王涛 通讯员 A组", [], "...even when the names before it are fine"),
    ("记者", [], "a role word without names has no people"),
    ("区委宣传部、即墨日报记者 王凯", ["王凯"], "an organ listed before an outlet is no person"),
    ("黄岛区、青岛日报记者 王凯", ["王凯"], "…nor a place"),
]


@pytest.mark.parametrize("text, names, reason", NAMES)
def test_names_are_two_to_four_han_characters(text, names, reason):
    assert [b.name for b in parse_people(text)] == names


# --- closing bylines: parenthesised names ending a paragraph ----------------------

CLOSING_MARKS = [
    ("东昌府融媒：于继镔", [("于继镔", "reporter")], "a credit line of an outlet and its people"),
    ("区委书记：王明", None, "a title is no outlet"),
    ("东港新市区不断壮大的楼宇经济集群。□记者丁兆霞", [("丁兆霞", "reporter")], "a credit after □ closing a caption"),
    (
        "与会人员进行观摩。 □聊城日报全媒体记者赵宏磊王培源",
        [("赵宏磊", "reporter"), ("王培源", "reporter")],
        "an outlet, names run together",
    ),
    ("□ 王涛 李明", None, "a □ line with no role word is an opening byline, not a closing one"),
    (
        "为杨浦发展做出更大的贡献。■成佳佳",
        [("成佳佳", "reporter")],
        "names alone after ■ closing the last sentence: its writers (Shanghai)",
    ),
    ("做出贡献。■新闻链接", None, "…a heading after ■ is no name"),
]


@pytest.mark.parametrize("line, expected, reason", CLOSING_MARKS)
def test_closing_credit_after_a_mark(line, expected, reason):
    found = closing_byline(line)
    assert ([(p.name, p.role) for p in found[1]] if found else None) == expected


CLOSING = [
    # (line, (text before, names) or None, reason)
    ("(周程林 江如意)", ("", ["周程林", "江如意"]), "a line of its own"),
    ("全区上下共同努力。(周程林 江如意)", ("全区上下共同努力。", ["周程林", "江如意"]), "after a full stop"),
    ("全区上下共同努力。（青报全媒体/观海新闻记者 薛华飞）", ("全区上下共同努力。", ["薛华飞"]), "full-width parentheses"),
    ("全区上下共同努力。 (周程林) ", ("全区上下共同努力。", ["周程林"]), "spaces around it"),
    ("要持续发力！(周程林)", ("要持续发力！", ["周程林"]), ""),
    ("林鑫 陈何畏/文", ("", ["林鑫", "陈何畏"]), "writers alone on a line before /文 (a Fujian county centre's site, round 45)"),
    ("经济发展/文", None, "…each name opening with a surname"),
    ("(原文链接)", None, "a link's label in brackets names nobody (原 is a surname; a Zhejiang paper's copy, round 34)"),
    ("工作很辛苦。（县委报道组供稿）", None, "…nor a team's supplied copy (供稿)"),
    ("实现突破发展 。 (来源:Hi威海客户端采访人员曲黎悦)", ("实现突破发展 。", ["曲黎悦"]), "a source and its reporter in the brackets"),
    ("化为美好现实!本报记者 汤晓峰 朱文君", ("化为美好现实!", ["汤晓峰", "朱文君"]), "a reporter's credit after an ASCII !"),
    ("签约仪式现场!宋迎迎 摄", ("签约仪式现场!", ["宋迎迎"]), "…a photographer's"),
    ("各方代表参观了展区。 本报记者 韩坚 摄", ("各方代表参观了展区。", ["韩坚"]), "a photo credit's role words are no names"),
    ("實地察看。記者 胡鴻麗 攝", ("實地察看。", ["胡鴻麗"]), "…in traditional characters, names as printed"),
    ("尽显魅力。广州日报全媒体记者莫伟浓摄", ("尽显魅力。", ["莫伟浓"]), "…an outlet and its role word glued to the name"),
    (
        "实现县县通高速。薛玉娟 记者郭芷汇 摄",
        ("实现县县通高速。", ["薛玉娟", "郭芷汇"]),
        "…a name, then a reporter's word glued to the next (赣南日报, round 55)",
    ),
    (
        "提升枢纽效能。 兵团日报全媒体记者 刘美惠子 通讯员 魏巍 鲁珊 摄",
        ("提升枢纽效能。", ["刘美惠子", "魏巍", "鲁珊"]),
        "…an outlet's and a correspondent's credit longer than names alone (round 28)",
    ),
    ("提升枢纽效能。 我们看到了工人们正在施工的场面摄", None, "…its words must be people"),
    ("提升枢纽效能。 刘美惠子 王凯明 通讯员 魏巍 鲁珊 张明 摄", None, "…each named after a role word"),
    ("提升枢纽效能。 刘美惠子 魏巍 鲁珊 王凯 张明 李强 摄", None, "…named by role words, not a longer run of names"),
    ("扒龙舟。记者 夏强、廖靖文 摄", ("扒龙舟。", ["夏强", "廖靖文"]), "…names joined by 、"),
    ("开学第一课。 记者 张仰强 陈婧/摄", ("开学第一课。", ["张仰强", "陈婧"]), "…a slash before 摄"),
    ("开学第一课。陈婧/摄", ("开学第一课。", ["陈婧"]), "…after names alone"),
    ("正在作业。本报记者 张 超 摄", ("正在作业。", ["张超"]), "…a two-character name set with a space"),
    ("大型停车场。(竺仕宝 摄) |", ("大型停车场。", ["竺仕宝"]), "a table's bar after the bracket"),
    ("如何破题？(周程林)", ("如何破题？", ["周程林"]), ""),
    (
        "副市长王宁岗参加会议。本报记者弓旭东",
        ("副市长王宁岗参加会议。", ["弓旭东"]),
        "a reporter's credit after the last sentence, no mark",
    ),
    ("参加会议。记者 王涛 李明", ("参加会议。", ["王涛", "李明"]), "…记者 and names set apart"),
    ("进展顺利……记者 王涛", ("进展顺利……", ["王涛"]), "…after an ellipsis"),
    (
        "了解项目进展情况…… 武平县融媒体中心记者 李 玥",
        ("了解项目进展情况……", ["李玥"]),
        "…its outlet before 记者, a name of two set with a space",
    ),
    (
        "增添人民群众的幸福感。华商记者张映伟 通讯员 司京昆 王定",
        ("增添人民群众的幸福感。", ["张映伟", "司京昆", "王定"]),
        "…a paper's brand before 记者 (华商, a Shaanxi page), correspondents after",
    ),
    ("增添人民群众的幸福感。封面记者张映伟", None, "…but what leads 记者 must read as an outlet (封面 is no registered one)"),
    ("会议由记者王涛主持", None, "…only after a sentence's end"),
    ("项目进展顺利。记者随后来到", None, "…and only names starting with a surname: this is prose"),
    ("他说：“要持续发力。”(周程林)", ("他说：“要持续发力。”", ["周程林"]), "a quote that ends a sentence"),
    ("他说：‘要持续发力。’(周程林)", ("他说：‘要持续发力。’", ["周程林"]), ""),
    ("「要持续发力。」(周程林)", ("「要持续发力。」", ["周程林"]), ""),
    ("『要持续发力。』(周程林)", ("『要持续发力。』", ["周程林"]), ""),
    ("蓄势待发……(周程林)", ("蓄势待发……", ["周程林"]), "an ellipsis ends a sentence"),
    ("全区上下共同努力（详见二版）(周程林)", ("全区上下共同努力（详见二版）", ["周程林"]), "a closing parenthesis ends one too"),
    ("灌溉用水。 据《新疆日报》(王志清 摄)", ("灌溉用水。 据《新疆日报》", ["王志清"]), "a note of the copy's source after the sentence"),
    ("灌溉用水 据《新疆日报》(王志清 摄)", None, "…still after a sentence's end"),
    ("全区上下共同努力(周程林)", None, "the text before does not end a sentence: names in mid-sentence"),
    ("全区上下共同努力，(周程林)", None, "a comma does not end a sentence"),
    ("区委常委会召开党组(扩大)", None, "(扩大) in a headline: the text before ends no sentence"),
    ("全年工作报告。(2025年)", None, "(2025年) is no name"),
    ("(周)", None, "one character: no name"),
    ("全区上下共同努力。(周程林) 下一句", None, "only at the end of the line"),
    ("全区上下共同努力。（半岛都市报•半岛新闻客户端记者 王涛）", ("全区上下共同努力。", ["王涛"]), "an outlet-led byline"),
    ("全区上下共同努力。（即墨区记者 王凯）", ("全区上下共同努力。", ["王凯"]), "a place before the role word is no person"),
    ("全区上下共同努力。（记者 王  涛 通讯员 李明）", ("全区上下共同努力。", ["王涛", "李明"]), ""),
    ("全区上下共同努力。（作者 王涛）", ("全区上下共同努力。", ["王涛"]), ""),
    ("全区上下共同努力。（即墨区）", None, "a place alone: no people"),
    ("全区上下共同努力。（青岛日报）", None, "an outlet alone: no people"),
    ("全区上下共同努力。（作者单位：即墨区第一中学）", None, "a note about the writer is no byline"),
    ("全区上下共同努力。(署名除外)", None, "…nor a credit's note, but where a piece is signed (a Guangdong e-paper, round 25)"),
    ("“光伏海”。摄影:洪玉杰", ("“光伏海”。", ["洪玉杰"]), "a photo credit labelled before its names (a Qinghai copy, round 31)"),
    ("会议现场。摄影：张三 李四", ("会议现场。", ["张三", "李四"]), "…naming two"),
    ("我们都在看。摄影：全景网", None, "…but a picture agency is no person"),
    ("他喜欢摄影：风景照", None, "…and only after a sentence's end"),
    ("奠定基础。(吉县融媒体中心 徐磊)", ("奠定基础。", ["徐磊"]), "an outlet and names, no role word (a Shanxi site's copy, round 35)"),
    ("奠定基础。(吉县融媒体中心 抓落实)", None, "…names opening with a surname"),
    ("奠定基础。(县里各部门 徐磊)", None, "…an outlet's name, a paper's, a site's or a media centre's"),
    ("奠定基础。（南方电网 李华）", None, "…a news outlet's: a grid's 网 is none (a review's line)"),
    ("奠定基础。（中国江苏网 李华）", ("奠定基础。", ["李华"]), "…a news site's 网 is one (a review's line)"),
    (
        "畅谈开局。(@北京日报 记者 朱松梅 王雅贤) #2026北京两会现场# ...",
        ("畅谈开局。", ["朱松梅", "王雅贤"]),
        "a social post's topics after its credit, its outlet mentioned with @ (a Beijing paper's app, round 42)",
    ),
    ("畅谈开局。#两会# 大家都来看", None, "…topics not at the line's end close nothing"),
    ("推动企业提质增效。(市委办)", None, "a government unit by its short name sent the report: no person (a Henan e-paper, round 42)"),
    ("推动企业提质增效。(县统计局)", None, "…a bureau"),
    ("推动企业提质增效。(县气象站)", None, "…a station"),
    ("推动企业提质增效。(县总工会)", None, "…a people's organisation (a review's lines)"),
    ("推动企业提质增效。(区伟)", ("推动企业提质增效。", ["区伟"]), "…but a name opening with the surname 区 is a person's"),
    (
        "推动企业提质增效。(王立新 李文会)",
        ("推动企业提质增效。", ["王立新", "李文会"]),
        "…and one ending in such a word (会) without a level's",
    ),
    (
        "详细了解情况。(作者:钟祥市融媒体中心 通讯员 杜威)",
        ("详细了解情况。", ["杜威"]),
        "作者 before an outlet and its people's role words names the house (a Hubei centre's post, round 43)",
    ),
    (
        "大理日报(记者 勾六零 通讯员 杨婧)",
        ("", ["勾六零", "杨婧"]),
        "an outlet's name and its people's bracket on a line of their own (a forum's copy of a Yunnan paper, round 42)",
    ),
    ("大理日报(2015年)", None, "…a bracket of people"),
    ("县里各部门(记者 王明)", None, "…after a news outlet's name"),
    (
        "广东紫泉饮料河源万绿湖生产基地项目建设现场 本报记者 邓宇权 摄",
        ("广东紫泉饮料河源万绿湖生产基地项目建设现场", ["邓宇权"]),
        "a caption with no closing mark, then its reporter's photo credit set off by a space (a Guangdong paper's photo page, round 42)",
    ),
    ("现场 记者来到 摄", None, "…the role word set off from the names"),
    (
        "航拍关东里文化旅游开发项目建设现场 王磊摄",
        ("航拍关东里文化旅游开发项目建设现场", ["王磊"]),
        "…or by the names alone, glued to 摄, each a surname's (国际在线, round 56)",
    ),
    ("辉南县汇能生物质热电联产项目正加速建设 马玉瑶 摄", ("辉南县汇能生物质热电联产项目正加速建设", ["马玉瑶"]), "…or not"),
    ("工人们在现场 进行拍摄", None, "…not a verb of shooting (拍摄) after a space"),
    ("这是 大家摄", None, "…nor words no surname opens"),
    ("项目建设现场 文旅局摄", None, "…nor an organ (文旅局, 项目部: a review's find)"),
    ("项目建设现场 游客摄", None, "…nor the public (游客, 居民)"),
]


def test_an_outlet_mentioned_in_a_social_posts_credit_is_named_without_the_sign():
    _, people = closing_byline("畅谈开局。(@北京日报 记者 朱松梅) #两会现场#")
    assert [(p.name, p.outlet) for p in people] == [("朱松梅", "北京日报")]


@pytest.mark.parametrize("line, expected, reason", CLOSING)
def test_closing_byline_only_after_a_sentence_end(line, expected, reason):
    found = closing_byline(line)
    assert (found and (found[0], [b.name for b in found[1]])) == expected


# --- opening bylines at an article's top, and their second line --------------------

OPENING = [
    # (line, is an opening byline, reason)
    ("□本报记者综合报道", True, "a credit of a compiled report opens its article, naming nobody (常州日报, round 32)"),
    ("青岛日报记者/王涛", True, "a slash for the colon after 记者 (a Chongqing media centre's site, round 45)"),
    ("本报通讯员张琳", True, "the paper's correspondent glued to the name (柳州日报, round 47)"),
    ("本报通讯员队伍不断壮大", False, "…not a sentence about them"),
    ("记者/王涛 夏雷", True, "…with no outlet before it"),
    ("本报综合报道", False, "…not without its mark or role word"),
    ("□链接", False, "…nor a box's heading after the mark (a Chongqing copy, round 39)"),
    ("□背景链接", False, ""),
    ("□记者 赵晓东 报道", True, "□ mark"),
    ("半岛全媒体记者陈文堂", True, "an outlet glued to 记者 and one name"),
    ("记者尹兆平通讯员陈子楷", True, "…or 记者 glued to a name, its correspondents glued on (a Guangdong e-paper, round 40)"),
    ("记者走访通讯员之家", False, "…each name glued to 记者 opening with a surname: a sentence's words do not"),
    ("记者尹兆平通讯员说明情况", False, ""),
    ("台传媒记者王 超摄", True, "…a two-character name spaced out to three's width; 传媒, a media group's short name (Zhejiang, round 39)"),
    ("台州日报记者王 超", True, ""),
    ("半島全媒體記者陳文堂", True, "the same in traditional characters"),
    ("青岛日报通讯员王涛", True, "an outlet glued to 通讯员 and one name"),
    ("海南日报客户端记者苏庆明 通讯员陈思国", True, "…each further name with its own role word glued to it"),
    ("据海南日报客户端丨记者苏庆明 通讯员陈思国", True, "…the outlet cited as the source, a bar after it (a Hainan copy)"),
    ("据了解记者王涛 通讯员李明", False, "…but 据了解 is no outlet"),
    ("吉林日报记者李婷姜岸松", True, "…two names run together after it (a Jilin e-paper)"),
    ("通讯员史树梅卢立平报道", True, "correspondents alone when 报道 closes their credit (a Shandong portal's copy)"),
    ("通讯员史树梅卢立平", False, "…else a correspondents' line follows a reporter's"),
    ("半島全媒體記者 鄔明洋 通訊員 楊發鵬 報道", True, "traditional characters"),
    ("齐鲁晚报•齐鲁壹点 刘震 通讯员 孙汇遥", True, "an outlet of joined names, then people without 记者"),
    ("金胶州/我爱金胶州/金胶州数字报记者李燕", True, "an outlet of several names glued to 记者"),
    ("滕州融媒記者鄧長浩 張騰藝 顏志迎/視頻 田璐/文字", True, "…names set off by spaces, each with what it did"),
    (
        "华夏时报(chinatimes.net.cn)记者公培佳 青岛摄影报道",
        True,
        "…the outlet's web address in brackets, the place reported from after the name",
    ),
    ("我是记者王涛", False, "glued words that are no outlet"),
    ("□青岛日报/观海新闻记者 王涛文/图", True, ""),
    ("□ 王涛 李明", True, "□ with names only"),
    ("文/本报记者 高建 通讯员 刘 洋", True, "文/ mark"),
    ("文／王涛", True, "full-width slash"),
    ("文/王涛 李明", True, "文/ before names without a role word"),
    ("图/王涛", True, "图/ mark"),
    ("■文/衡阳日报全媒体记者 邹红辉 通讯员 邹 健", True, "■ and 文/ before an outlet's reporter (Hunan, round 19)"),
    ("■文件精神要落实", False, "…not before other words: ■ marks a brief"),
    ("张晓宁 黄文姣 通讯员 王克军", True, "reporters named without their word, then correspondents (Gansu, round 8)"),
    ("全面推进 通讯员 王克军", False, "…names of two or three characters"),
    ("会议 各单位 通讯员 王克军", False, "…each with a surname first"),
    ("本报记者 高建", True, ""),
    ("本报记者高建 通讯员刘洋", True, "本报记者 opens even glued to its names"),
    ("记者 王涛", True, "记者 and a space"),
    ("记者王涛", True, "记者 glued to one name alone on the line"),
    ("记者王涛 张新", False, "glued, then more: not the opening form"),
    ("记者在现场看到", False, "a sentence about the reporter"),
    ("本报记者在现场看到", False, ""),
    ("□记者 在现场看到", False, "the mark alone is not enough: the rest must be people"),
    ("通讯员 张伟", False, "a correspondent line opens nothing by itself"),
    ("通讯员 赵考壮 记者 孙涛", True, "…but correspondents named before a reporter make a byline"),
    ("王涛", False, "names without a mark"),
    ("记者：王涛", True, "记者 and a colon"),
    ("记    者：王  涛", True, "a spaced role word"),
    ("首席记者 张伟", True, "a longer reporter word"),
    ("见习记者：李娜", True, ""),
    ("青岛早报记者 王凯", True, "an outlet glued before 记者"),
    ("半岛都市报•半岛新闻客户端记者 王涛", True, ""),
    ("即墨区融媒体中心记者 李明 通讯员 张伟", True, ""),
    ("即墨区记者 王凯", True, "a place before 记者 is the outlet"),
    ("我是记者 王涛", False, "what is glued before 记者 would be a person: not an outlet-led byline"),
    ("首席记者王涛", False, "only 记者 itself may be glued to a lone name"),
    ("青岛早报记者从市住建局获悉，全区新开工项目12个。", False, "a sentence about the reporter"),
    ("记者：今年以来即墨发展势头如何？", False, "an interviewer's question"),
    ("作者：王涛", True, "作者: before names alone too (after an article's text it closes it: layout)"),
    ("作者：新华社", False, "…names only: a paper is none"),
    ("■记者 何可人", True, "■ mark"),
    ("■记者 刘建新 摄", True, "…a photographer's"),
    ("■本报通讯员 阳精华 刘魁春 本报记者 李飞跃", True, "…before any role word, 本报 too"),
    ("■2月6日上午，全区召开会议", False, "■ before anything else marks a brief"),
    ("■ 海南日报全媒体记者 周月光", True, "…before an outlet's name and its role word (a Hainan e-paper, round 24)"),
    ("■ 海南日报召开全媒体记者座谈会，", False, "…not before a sentence about reporters"),
    ("■ 首席摄影记者 岳建文", False, "…nor before a photographer's credit: a photo item's (Anhui, round 10)"),
    ("作者:记者 徐媛 通讯员 江峰", True, "作者: before a role word"),
    ("□本报记者周文俊 文/摄", True, "文/摄: wrote and photographed"),
    ("九江日报全媒记者 张新红", True, "an outlet ending in 全媒"),
    ("文/图 记者 蔡晓华", True, "文/图 credits the work before the people"),
    ("会议召开。青岛日报记者王涛", False, "an outlet holds no sentence: a paragraph is none"),
    ("付宇 赵超越 本报记者 王焕照", True, "names without their word before the paper's reporter (a Jilin e-paper, round 29)"),
    ("付宇 赵超越 本报 王焕照", False, "…the role word itself, not the paper alone"),
    ("记者杨忠厚报道", True, "记者 glued to one name and its 报道 (a Liaoning site's copy, round 35)"),
    ("记者杨忠厚报道会议", False, "…nothing after 报道"),
    ("●本报记者 杨晓江 实习生 张茜", True, "● marks a byline as ■ does (a Sichuan copy, round 36)"),
    ("北京日报客户端 | 记者 陈强", True, "an outlet set off from its role word by a bar (a Beijing copy, round 36)"),
    ("今天上午 | 记者 陈强", False, "…an outlet's name before the bar"),
    ("县气象站 | 记者 陈强", False, "…a station only after a place's name (道县站), not any 站 (a review's line)"),
    ("記者楊忠厚報道", True, "记者 glued to one name and 报道 in traditional characters"),
    ("景县·服务雄安招商推介对接会现场。长城网记者 胡竞文 摄", False, "a sentence before the credit: a caption's (a Hebei copy, round 38)"),
    ("河南经济报记者李小宝通讯员泽一 徐阳", True, "a later role word glued to the name before it (a Henan copy, round 37)"),
]


CREDIT_BEFORE_DAY = [
    # (line, (credit, report) or None, reason)
    (
        "记者 胡肖飞 文/摄 2月27日，婺城区…工程施工现场。",
        ("记者 胡肖飞 文/摄", "2月27日，婺城区…工程施工现场。"),
        "a credit opening the paragraph, the report run on from its day (浙江日报, round 35)",
    ),
    ("  记者杨忠厚报道 4月26日,大连市举行…", ("记者杨忠厚报道", "4月26日,大连市举行…"), "…glued to one name (a Liaoning site's copy)"),
    ("记者 胡肖飞 文/摄 今天，婺城区…", None, "…the report opening with its day"),
    ("我是记者 王涛 3月5日来到这里。", None, "…the credit an opening byline's, not prose's"),
    ("记者 胡肖飞 2024年2月27日，婺城区…", ("记者 胡肖飞", "2024年2月27日，婺城区…"), "…its year before the day (a review's line)"),
    ("记者 胡肖飞，王明 2月27日，婺城区…", None, "…no prose's mark in the credit"),
]


@pytest.mark.parametrize("line, expected, reason", CREDIT_BEFORE_DAY)
def test_a_credit_before_the_day_it_reports(line, expected, reason):
    assert credit_before_day(line) == expected


@pytest.mark.parametrize("line, expected, reason", OPENING)
def test_opening_byline(line, expected, reason):
    assert is_opening_byline(line) is expected


CORRESPONDENT_LINES = [
    # (line, is a correspondent line, reason)
    ("通讯员 梁之磊 兰玉乔", True, ""),
    ("通讯员梁之磊", True, ""),
    ("实习生 王凯", True, ""),
    ("报道组 裘霞萍 赵国青", True, "a reporting team's members under the reporter's line (浙江日报, round 38)"),
    ("记者 王涛", False, "a reporter line is an opening byline, not its continuation"),
    ("通讯员表示，工作进展顺利", False, "a sentence starting with 通讯员"),
    ("特约通讯员 李明", True, ""),
    ("通讯员：李明", True, "a colon after the role word"),
    ("通讯员:李明", True, "half-width colon"),
    ("通 讯 员  李  明", True, "a spaced role word"),
]


@pytest.mark.parametrize("line, expected, reason", CORRESPONDENT_LINES)
def test_correspondent_line(line, expected, reason):
    assert is_correspondent_line(line) is expected


# --- photo credits ---------------------------------------------------------------

CREDITS = [
    # (line, photographers, reason)
    ("梁孝鹏 摄", ["梁孝鹏"], ""),
    ("韦晓平胡宇佳摄", ["韦晓平", "胡宇佳"], "names run together, each opening with a surname (柳州日报, round 47)"),
    ("市民在公园里拍摄", [], "…not a sentence ending in 摄"),
    ("梁孝鹏摄", ["梁孝鹏"], "no space"),
    ("梁孝鹏/摄", ["梁孝鹏"], ""),
    ("摄影:徐国亮", ["徐国亮"], "the label before the names, no 摄 after"),
    ("照片:方建园", ["方建园"], "…照片 (photos) as the label (a Shanghai district's post)"),
    ("摄影|林君", ["林君"], "…a bar after the label (a Jiangxi site, round 24)"),
    ("特约摄影：陈玉 管钰楠", ["陈玉", "管钰楠"], "…特约摄影"),
    ("摄影爱好者", [], "…only with its colon"),
    ("梁孝鹏 摄影", ["梁孝鹏"], ""),
    ("井娇摄影报道", ["井娇"], "a report in pictures (a Shanxi county's e-paper, round 41)"),
    ("毛海挺攝影", ["毛海挺"], "…in traditional characters (a Zhejiang app's copy, round 42)"),
    ("  梁孝鹏 摄  ", ["梁孝鹏"], "spaces around"),
    ("梁孝鹏 王涛 摄", ["梁孝鹏", "王涛"], "several photographers"),
    ("刘 洋 摄", ["刘洋"], "a spaced name"),
    ("梁孝鹏", [], "no 摄: a name is no credit"),
    ("摄", [], ""),
    ("欧阳小明明 摄", [], "five characters are no name"),
    ("梁孝鹏 拍摄", [], "拍摄 is a verb, not the credit"),
    ("工人在车间作业。梁孝鹏 摄", [], "a credit is a line of its own"),
    ("浙报融媒共享联盟衢江站 邵秀清 摄", ["邵秀清"], "a newsroom's station before the names is none of them (浙江日报, round 30)"),
    ("衢州市柯城区委宣传部 邵秀清 摄", [], "…a unit of another kind is no credit's lead"),
]


@pytest.mark.parametrize("line, names, reason", CREDITS)
def test_photo_credit(line, names, reason):
    credit = photo_credit(line)
    assert [b.name for b in credit] == names
    assert all((b.role, b.duty) == ("photographer", "摄") for b in credit)


CREDITS_WITH_ROLES = [
    # (line, [(name, role, duty)], reason)
    (
        "记者 王泉林 通讯员 曹文娟 摄",
        [("王泉林", "photographer", "记者"), ("曹文娟", "photographer", "通讯员")],
        "role words are no names: a byline whose reporter and correspondent took the photograph, read like `记者 唐克 摄`"
        " (the gold of rounds 20 and 28)",
    ),
    (
        "通讯员 曹文娟 王凯 摄",
        [("曹文娟", "photographer", "通讯员"), ("王凯", "photographer", "通讯员")],
        "a role word covers the names after it",
    ),
    ("本报记者 乔利峰 摄", [("乔利峰", "photographer", "记者")], "a longer reporter's word (本报记者) is no name either"),
    (
        "浙报融媒共享联盟衢江站 邵秀清 丰莉莎 记者 于山 摄",
        [("邵秀清", "photographer", ""), ("丰莉莎", "photographer", ""), ("于山", "photographer", "记者")],
        "…after a newsroom's station (浙江日报, round 30)",
    ),
    (
        "薛玉娟 记者郭芷汇 摄",
        [("薛玉娟", "photographer", ""), ("郭芷汇", "photographer", "记者")],
        "…or glued before a name, the credit on a line of its own (a review's find after round 55)",
    ),
]


@pytest.mark.parametrize("line, people, reason", CREDITS_WITH_ROLES)
def test_a_credit_with_role_words_is_a_byline(line, people, reason):
    assert [(b.name, b.role, b.duty) for b in photo_credit(line)] == people


# --- staff lines: the page's editors --------------------------------------------

STAFF = [
    # (line, [(name, duty)], reason)
    ("编    辑：李铭纯 肖  璐", [("李铭纯", "编辑"), ("肖璐", "编辑")], "a spaced editor's word"),
    ("一 审:魏 倩", [("魏倩", "一审")], "a county centre's three reviews (一审, 二审, 三审)"),
    ("编辑:周忻昊 点击数: 字号:", [("周忻昊", "编辑")], "labels with nothing after them are a site's counters and buttons"),
    (
        "编辑:吕丹丹|责编:冯钰颖",
        [("吕丹丹", "编辑"), ("冯钰颖", "责编")],
        "…a bar sets off a name as a space does: 编辑 is no empty label (Heilongjiang, round 39)",
    ),
    ("编辑:吕丹丹丨责编:冯钰颖", [("吕丹丹", "编辑"), ("冯钰颖", "责编")], "…the ideograph 丨 as a bar"),
    ("[ 責任編輯:張曉靜 ]", [("張曉靜", "责任编辑")], "a site's brackets around the line"),
    ("[责任编辑:不详]", [], "不详 (unknown) names nobody"),
    ("丨责编:罗廷方", [("罗廷方", "责编")], "a bar before the line (丨, the ideograph a site sets as one)"),
    ("|编辑:陆华秀", [("陆华秀", "编辑")], "…or a plain bar"),
    ("编辑︱王鑫雨", [("王鑫雨", "编辑")], "a vertical dash (︱) between the word and the name, like a bar (Hubei, a new user's page)"),
    ("编辑丨王鑫雨", [("王鑫雨", "编辑")], "…or the ideograph 丨"),
    ("监制︱严晓晴", [("严晓晴", "监制")], "a media centre's producer signs the item off"),
    ("监审丨冯一波  姚文婷", [("冯一波", "监审"), ("姚文婷", "监审")], "…and its supervising review (Hubei, a new user's page)"),
    ("总监制︱蒋毅", [("蒋毅", "总监制")], "…and its executive producer"),
    ("监制：严晓晴", [("严晓晴", "监制")], "…after a colon"),
    ("监制:陶然 策划:田霜月 执行:李平", [], "a label that is no role word (策划, 执行): its words are no names, nor the line the staff's"),
    ("责任编辑:冷晶晶 / 翟竞", [("冷晶晶", "责任编辑"), ("翟竞", "责任编辑")], "a spaced slash between names separates them"),
    (
        "责编 王杰 刘宗伟 美编 李晓萌 审读 王忠良 排版 吕雪",
        [("王杰", "责编"), ("刘宗伟", "责编"), ("李晓萌", "美编"), ("王忠良", "审读"), ("吕雪", "排版")],
        "",
    ),
    ("责任编辑:陈晨", [("陈晨", "责任编辑")], "half-width colon"),
    ("责任编辑：陈晨", [("陈晨", "责任编辑")], ""),
    ("  责编 许可", [("许可", "责编")], "leading spaces"),
    ("编辑 许可", [("许可", "编辑")], ""),
    ("美编：李晓萌", [("李晓萌", "美编")], ""),
    ("审读 王忠良", [("王忠良", "审读")], ""),
    ("校对 张明", [("张明", "校对")], ""),
    ("排版：吕雪", [("吕雪", "排版")], ""),
    ("组版 孙强", [("孙强", "组版")], ""),
    ("责编：许可 记者 王涛", [("许可", "责编")], "a staff line yields editors only"),
    ("责编王杰", None, "the staff word must be followed by a colon or a space"),
    ("编辑部召开会议", None, "a sentence starting with 编辑"),
    ("编辑 王杰认为，要抓好落实。", None, "…or 编辑 and a space"),
    ("审核 通过后，企业即可当天领取营业执照", None, "…with no sentence's end: nobody named, no staff line"),
    ("本版责编 王杰", None, "the line must start with the staff word"),
    ("记者 王涛", None, "not a staff word"),
    ("编辑:直通县市", [], "a column's name after 编辑 (two level words together): a staff line naming nobody"),
    ("编辑:王路雅 直通县市", [("王路雅", "编辑")], "…beside a person"),
    ("编辑:返回", [], "…nor a page's link alone (a review's find after round 55)"),
    ("编审:蔡雪杰", [("蔡雪杰", "编审")], "every editor's role word opens a staff line: 编审 (a Fujian copy's, round 39)"),
    ("总监制:王涛", [("王涛", "总监制")], "…总监制"),
    ("编辑/卢维", [("卢维", "编辑")], "a slash for the label's colon (a Chongqing media centre's site, round 45)"),
    ("视频编辑/熊峰", [("熊峰", "视频编辑")], "…the video's editor (视频 alone credits the film)"),
    ("编辑: 赵新 吉网新闻热线:0431-82902222", [("赵新", "编辑")], "a site's hotline after the names is no one's (a Jilin site, round 46)"),
]


@pytest.mark.parametrize("line, expected, reason", STAFF)
def test_staff_line(line, expected, reason):
    found = staff_line(line)
    assert (found if found is None else [(b.name, b.duty) for b in found]) == expected
    assert all(b.role == "editor" for b in found or [])


def test_a_credits_line_set_off_by_bars_keeps_everyone():
    assert [(p.name, p.role) for p in staff_line("记者|王金刚 编辑|王子梁辰")] == [("王金刚", "reporter"), ("王子梁辰", "editor")]


def test_a_staff_line_keeps_the_texts_author():
    """`作者` on a news site's credits line is the author of the article it closes; a
    staff line keeps nobody else who is no editor (记者 of other articles)."""
    found = [(p.name, p.role, p.duty) for p in staff_line("编辑:肖文忠 作者:赖巍 左云华")]
    assert found == [("肖文忠", "editor", "编辑"), ("赖巍", "reporter", "作者"), ("左云华", "reporter", "作者")]
    assert [p.name for p in staff_line("编辑:肖文忠 记者:赖巍")] == ["肖文忠"]


@pytest.mark.parametrize("line", ["初审编辑:陶云江", "編輯:徐曉偉 責編:馬園亮"])
def test_more_staff_words(line):
    assert staff_line(line) and all(p.role == "editor" for p in staff_line(line))


def test_no_traditional_character_folds_to_a_glued_role_word_cue():
    """`is_opening_byline` reads a glued outlet (`…記者陳文堂`) only on lines holding 者 or
    通, before folding them: that holds while no traditional character folds to either."""
    from jimo_data.parsing.text import _traditional

    _, folds_to = _traditional()
    assert not {"者", "通"} & set(folds_to.values())
