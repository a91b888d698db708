"""Officials: a person's name together with a government or party title.

Orders the papers use:
    区委书记孙杰                      title chain, then name
    区委副书记、区长张宏业             a chain joined by 、 (or commas)
    县委常委兼常务副县长王燕           …or by 兼 (a post held besides): stored joined by 、
    区委书记、青岛蓝谷管理局党委书记韩世军
    区人大常委会主任王宝善,区政协主席宋宗军   a list: the chain stops at a name
    区委书记：王明 区长：李强           a list of leaders: title, colon, name
    习近平总书记 / 曾赞荣书记          name, then title

A name is 2-4 Han characters beginning with a Chinese surname: 2-3 after a single
surname (王明, 王明华), 3-4 after a double one (欧阳明, 欧阳明华); it holds no title or
organ word. It must be followed by something that ends a name (punctuation, the end of
the text, or a word such as 出席, 主持, 列席, 调研, 来, 赴), so that `宣传部部长赵明来调研` reads
赵明, not 赵明来. Known names (tag nr in the shipped user dictionary) are tried first and
need no listed surname; they too must be followed by what ends a name. A name before
书记/总书记 is a known name, or a name standing after punctuation (`会上，王明华书记`).
After a colon (full or half width, spaces allowed after it) the name must end at a space,
punctuation or the end of the line, never at a word: `区长：全力以赴` names nobody.
Only the titles of ROLES make an official: 种植户, 负责人, 理事长, 组长 do not.

Government heads are 区长, 市长, 县长, 镇长, 乡长, 省长; each also deputy (副区长) and acting
(代区长, 代理区长: an acting head is the head until elected).

A link of the chain is its places, then at most one government department, then organs,
then the role (`即墨经济开发区党工委书记`, `区住房和城乡建设局局长`, `区人大常委会主任`).
Places are listed cities and districts (with 省/市/区/县/新区), towns (…镇, …街道) and
development zones (…开发区, 高新区). Departments are listed by name, full and short
(住房和城乡建设局, 住建局); a bare 区, 市 or 县 before one is the department's jurisdiction.
Organs are listed too (区委, 党工委, 工委, 管委会, 办事处, 人大常委会 …).

The office (`principal_office`) is one link of the chain with its jurisdiction; a bare
书记 after a name has none, 总书记 after a name is 中共中央总书记.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import places
from .lexicons import lexicon_lines
from .text import HAN, TWO_LEVELS, as_printed, fold_punct, simplified

# Inner Mongolia's banners (旗, county level) and leagues (盟, prefecture level) have 旗长, 盟长;
# a prefecture's 地区 its 行署 (administrative office) and 专员.
_GOVERNMENT_HEADS = ("区长", "市长", "县长", "镇长", "乡长", "州长", "省长", "旗长", "盟长", "专员")
# An acting head (代区长, 代理区长) is appointed until the congress elects them: the head.
_ACTING = ("代理", "代")
_HEAD_PREFIX = "(?:代理|代|常务副|副)?"  # a government head as acting, executive deputy or deputy head
# 组织部长, 宣传部长, 统战部长: the party departments' heads as often printed, short for
# 组织部部长 (组织 alone is no organ: it is a common verb); an office writes them in full.
_SHORT_PARTY_DEPARTMENT_HEADS = ("组织部长", "宣传部长", "统战部长")
_BUREAU_HEADS = ("局长", "厅长")
_DIVISION_HEADS = ("处长", "副处长")  # a department's division's, read with the division (…收费处处长)
# A department's chief officers (交通运输厅总工程师): civil-service posts, read with the department, never
# bare (a firm's or a works' 总工程师 is none).
_CHIEF_OFFICERS = ("总工程师", "总经济师", "总会计师", "总规划师")
_HEADS_OF_PARTS = (*_DIVISION_HEADS, *_CHIEF_OFFICERS)  # posts that need the body they are part of before them
_POSTS = (
    """总书记 副书记 书记 副主任 主任 副主席 主席 副部长 部长 副局长 局长 副司长 司长 副厅长 厅长 秘书长
    副检察长 检察长 常委 主任委员 副主任委员 党工委书记 第一书记 第一副主任 第一副书记 党组成员 副秘书长 副处长 处长""".split()
    + list(_CHIEF_OFFICERS)
)
# Places that are not divisions of the lexicon (`places.txt`) but stand in titles as one: new
# areas and administrative zones of their own (西海岸新区工委书记, 蓝谷管理局局长).
_AREAS = sorted("西海岸新区 西海岸 蓝谷".split(), key=len, reverse=True)
# Development zones: jurisdictions of their own, after a place or alone (即墨经济开发区, 高新区);
# Henan's county zones, 产业集聚区 and, since 2022, 先进制造业开发区 (息县先进制造业开发区).
_ZONES = sorted(
    "经济技术开发区 高新技术产业开发区 高新技术开发区 先进制造业开发区 产业集聚区 经济开发区 经开区 开发区 高新区 工业园区 工业园".split(),
    key=len,
    reverse=True,
)
_ZONE_ENDINGS = tuple(_ZONES)
# Government departments of a district, city or province, as printed in full and short.
# A list, not a shape such as "Han characters ending in 局/委/办": unspaced text gives
# such a shape no left edge (`陪同调研的有区住房和城乡建设局` would all be one name), and
# words ending in 委/办 are common (常委, 编委, 主办, 承办).
_DEPARTMENTS = sorted(
    """发展和改革局 发展和改革委员会 发展改革局 发展改革委员会 发展改革委 发改局 发改委 教育和体育局 教体局 教育局 科学技术局 科技局 工业和信息化局
    工信局 公安局 民政局 司法局 财政局 人力资源和社会保障局 人社局 自然资源和规划局 自然资源局 生态环境局
    住房和城乡建设局 住房城乡建设局 住建局 城市管理局 城管局 综合行政执法局 交通运输局 交通局 水务局 水利局
    农业农村局 农牧局 农牧业局 扶贫开发局 扶贫移民局 扶贫局 商务局 文化和旅游局 文旅局 卫生健康局 卫生健康委员会 卫健局 卫健委 退役军人事务局 应急管理局
    应急局 审计局 市场监督管理局 市场监管局 统计局 医疗保障局 医保局 行政审批服务局 行政审批局 大数据局 信访局
    海洋发展局 投资促进局 投促局 招商投资局 招商局 经济合作局 经合局 林业和草原局 林业局 粮食和物资储备局 粮食局 广播电视局 广电局 体育局 档案局
    气象局 税务局 国有资产监督管理委员会 国资委 地方金融监督管理局 金融工作局 金融局 乡村振兴局 民族宗教事务局
    民宗局 机关事务管理局 政务服务管理局 政务服务和大数据管理局 数据局 能源局 畜牧兽医局 农业局 国土资源局 环境保护局
    环保局 规划局 交通管理局 交管局 人民防空办公室 人防办
    科学技术厅 科技厅 工业和信息化厅 工信厅 教育厅 公安厅 民政厅 司法厅 财政厅 人力资源和社会保障厅 人社厅
    自然资源厅 生态环境厅 住房和城乡建设厅 住房城乡建设厅 住建厅 交通运输厅 水利厅 农业农村厅 农牧厅 商务厅 文化和旅游厅
    文旅厅 卫生健康委员会 退役军人事务厅 应急管理厅 审计厅""".split(),
    key=len,
    reverse=True,
)
# A bureau's head as often printed, the 局 (厅) written once: 教育局长 is 教育局局长. The role
# read is 局长 (厅长), its link reaching back over the bureau whose last character it shares:
# a role for each bureau would make every scan for roles slower.
_BUREAU_ENDS = ("局", "厅")
_BUREAUS = tuple(department for department in _DEPARTMENTS if department.endswith(_BUREAU_ENDS))
_SHORT_DEPARTMENT_HEADS = (*_SHORT_PARTY_DEPARTMENT_HEADS, *(bureau + "长" for bureau in _BUREAUS))
_BUREAU_ENDING = re.compile(f"(?:{'|'.join(_BUREAUS)})\\Z")
_BUREAU_HEADS = tuple(end + "长" for end in _BUREAU_ENDS)
ROLES = sorted(
    [
        *_GOVERNMENT_HEADS,
        *(prefix + head for prefix in ("常务副", "副", *_ACTING) for head in _GOVERNMENT_HEADS),
        *_POSTS,
        *(head + "助理" for head in _GOVERNMENT_HEADS),  # the assistant to a government's head (县长助理)
        # the executive deputy of any deputy's post (常务副书记, 常务副部长, 常务副秘书长)
        *("常务" + role for role in _POSTS if role.startswith("副")),
        *_SHORT_PARTY_DEPARTMENT_HEADS,
        # A court's president, not a hospital's or a school's (院长 of those is no official); the
        # test after the title's first character, so that every title opens with one and the
        # regular-expression engine skips to where one stands (see projects' `_not_denied`).
        *(f"{role[0]}(?<=法院{role[0]}){role[1:]}" for role in ("常务副院长", "副院长", "院长")),
        # The State Council's premier and vice premiers; a bare 总理 is left, as a bare title it would be the page's home's.
        *(f"{role[0]}(?<=国务院{role[0]}){role[1:]}" for role in ("副总理", "总理")),
    ],
    key=len,
    reverse=True,
)
# Party, congress and government organs, committees and ministries.
# The level words a title may stand with bare, its division then the page's (州 of an
# autonomous prefecture, 旗 and 盟 of Inner Mongolia's banners and leagues).
_BARE_LEVEL_CHARS = "区市县省州旗盟"
# A division's own organs, written after its bare level word (县委, 州人大常委会, 旗政协).
# The people's organisations (妇联, 总工会 …) too: 省侨联, 县妇联.
_PEOPLES_ORGANISATIONS = ("妇联", "总工会", "工商联", "科协", "文联", "侨联", "残联")
_LEVEL_ORGANS = (
    *"委 委办 政府 人民政府 人大常委会 人大常务委员会 人大常委 人大 政协 纪委监委 纪委 监委 政法委".split(),
    *_PEOPLES_ORGANISATIONS,
    *"高级人民法院 中级人民法院 人民法院 法院 人民检察院 检察院".split(),  # a province's court is its 高级人民法院
)
_ORGS = sorted(
    {
        *(level + organ for level in _BARE_LEVEL_CHARS for organ in _LEVEL_ORGANS),
        *"""镇委 镇党委 乡党委 街道党工委 镇人大 乡人大 政府办 党委 党支部 党总支 村委会 居委会 党工委 工委 纪工委 纪检委 党组 纪委监委 纪委 监委 地委 行署 人民政府 政府 人大常委会 人大常委
        人大 政协 常委会 常委 管理局 管委会 管委 办事处 委员会 办公室 办公厅 政策研究室 政研室 组织部 宣传部 统战部 群工部 群众工作部 政法委 社会工作部
        编办 妇联 总工会 团委 工商联 科协 文联 侨联 残联 工业和信息化部 科技部 商务部 财政部 农业农村部 科技司 中共中央 国务院""".split(),
    },
    key=len,
    reverse=True,
)
_ROLE_RE = re.compile("|".join(ROLES))
# A place a title's link may start with besides a division: a town or street, a zone, an area.
# A town's or township's name does not end in 镇 or 乡: `莽张镇镇长` is 莽张镇's 镇长; but before a town's
# post it may (`乌镇镇镇长`: 乌镇镇's 镇长).
# A new area (黄渤海新区, 两江新区: national and provincial 新区 with a 工委 and 管委会 of their own).
# A zone named by a word of its own (齐鲁化工区, 东营港经济开发区, 潍坊滨海区, an island: 湄洲岛) is one only before a
# zone's organs, and only at a clause's start: running text gives its name no left edge.
_ZONE_ORGANS = "党工委|工委|管委会|管委"
_ZONE_ORGAN = re.compile(_ZONE_ORGANS)
_NAMED_ZONE = (
    f"(?<![{HAN}])(?:(?![省市县区州旗盟镇乡了在和与及到赴对的是有]|(?<!自)由)[{HAN}]){{2,8}}?(?:{'|'.join(_ZONES)}|区|岛)(?={_ZONE_ORGANS})"
)
# A village or a residents' community, only before its own organs (亭角村党支部, 西安村村委会): elsewhere
# 村 ends words (农村, 乡村) as often as names.
_VILLAGE = f"(?:(?![了在和与及到赴对的是有农乡])[{HAN}]){{1,3}}(?:村|社区)(?=党支部|党总支|村委会|居委会)"
_LOCAL_PLACE = (
    f"(?:(?![了在和与及到赴对的是])(?:[{HAN}]{{2,3}}(?<![镇乡])(?:(?:镇|乡)(?![市县])|街道)|[{HAN}]镇镇|(?:(?![了在和与及到赴对的是有])[{HAN}]){{2,4}}(?<!高)新区)"
    f"|{_NAMED_ZONE}|{'|'.join(_ZONES)}|{'|'.join(_AREAS)}|{_VILLAGE})"
)
# A bare 市 (县, 区, 省) before a zone is the zone's city (`市高新区党工委书记`); before a zone's organ at a
# clause's start or after 由, the zone's level (`仪式由区党工委书记王彦民主持`: the zone the page is of), not a
# zone's name's last character (`…示范区工委书记`, `臨空經(jīng)濟區黨工委`).
_BARE_BEFORE_ZONE = re.compile(f"[区市县省](?={'|'.join(_ZONES)})|(?:^|(?<=[由，,。；;：:、\\s]))[区市县省](?={_ZONE_ORGANS})")
# A village's party branch after its bare level word (`村支部书记`, the village named before), not the
# countryside's (`农村党支部书记`: every village's).
_BARE_VILLAGE_BRANCH = "(?<![农乡渔山])村(?:党?支部|党总支)"
# A street's office is written short after its name (纳福街道办主任): 办 alone is no organ elsewhere.
# …and a CPPCC's special committee after it (市政协提案委, 县政协文史委).
# …and a department's division after it (省发改委收费处, 市委宣传部新闻发布处).
_ORG_TOKEN = f"(?:{'|'.join(_ORGS)}|{_BARE_VILLAGE_BRANCH}|(?<=[{HAN}]{{2}}街道)办|(?<=政协)[{HAN}]{{2,10}}?委(?:员会)?|(?<=[委部厅局])[{HAN}]{{2,6}}?处)"
# A bare 区/市/县 is a jurisdiction only right before a department (区住建局): before 党委
# it is the end of a word (社区党委, 园区党委).
# …or a commission or an office by its short name after its level (市经信委, 市重大办).
# The short name holds no level word (杭州市纪委: 州 is no level there) and the level is no
# word's end (园区建设办, 城区街道办).
# …or the nation's, under the State Council (国务院国资委, 国家发展改革委, 国务院三峡办).
_NATIONAL = "国务院|国家"
_DEPARTMENT_TOKEN = (
    f"(?:(?<!该)(?:[区市县省]|{_NATIONAL})?(?:{'|'.join(_DEPARTMENTS)})"
    f"|(?:(?<![园城社景该])[{_BARE_LEVEL_CHARS}]|{_NATIONAL})(?!{_ZONE_ORGANS})(?:(?![{_BARE_LEVEL_CHARS}])[{HAN}]){{2,3}}(?<![委办])[委办])"
)
_UNITS_AT_END = re.compile(f"(?:{_LOCAL_PLACE})*{_DEPARTMENT_TOKEN}?(?:{_ORG_TOKEN})*\\Z")
_LOCAL_PLACE_AT_END = re.compile(f"{_LOCAL_PLACE}\\Z")
_LOCAL_PLACE_AT_START = re.compile(_LOCAL_PLACE)
# The government of a place: its head (镇长, 代县长; 区长 and 市长 are placed by default
# first) or its administrative organ (a zone's 管委会, a 街道's 办事处).
_GOVERNMENT_HEAD = f"{_HEAD_PREFIX}(?:{'|'.join(_GOVERNMENT_HEADS)})"  # 区长, 代县长, 常务副市长
_GOVERNMENT_OF_A_PLACE = re.compile(f"{_GOVERNMENT_HEAD}|管委会|办事处")
_ROLE_AT_END = re.compile(f"(?:{'|'.join(ROLES)})\\Z")
_GOVERNMENT_HEAD_OR_DEPUTY = re.compile(_GOVERNMENT_HEAD)
# 兼 joins a post held besides the one before it (县委副书记兼县长); like the others, only
# after a role (`_title_chain`), so 兼任 or 兼顾 after a name starts no link.
_SEPARATORS = "、，, 兼"
# Text is folded first, so a half-width colon arrives as ：; spaces may follow it.
_COLON_AFTER_TITLE = re.compile("：[ \u3000]*|[ \u3000]+")
# What may follow a name: a word that ends it. Single characters are checked last.
_FOLLOWERS = tuple(
    sorted(
        """出席 主持 参加 讲话 表示 指出 强调 带队 带领 调研 陪同 考察 走访 致辞 代表 一行 会见 看望 慰问 先后
    深入 前往 前来 听取 宣布 介绍 要求 批示 同志 分别 共同 下达 亲切 接受 参观 视察 检查 督导 莅临 现场 接待 专题 主讲 出任
    面对 面向 感谢 提醒 叮嘱 鼓励 勉励 称赞 肯定 透露 坦言 抛出 表态 谈到 回顾 列席 告诉 见证 签署 揭牌 通报 察看 专程 汇报 报告 通过 发言 部署 传达 宣读 点评 总结 提出 解读 携 亲自 亲临 一同 首先 随后 实地 定期 专门 再次 多次 认真 详细
    致词 随同 深情 委托 寄语 率队 率团 走进 走上 上台 组织 热情 简要 围绕 回答 认为 近日 日前 近期 今天 今日 昨天 昨日 上午 下午 当天 连日
    深有 感慨 动情 激动 笑着 自豪 欣慰 视频 接过 结合 信心 十分 非常 格外 援藏 援疆
    在 赴 到 来 说 则 却 兼 对 等 和 与 及 作 做 就 为 向 率 以 是 也 还 同 的 同 了 称 将 致 从""".split(),
        key=len,
        reverse=True,
    )
)
# A word that follows a name is none (`薛书记强调`: 强 is a surname, 强调 no name).
_VERBS_AFTER_A_NAME = tuple(word for word in _FOLLOWERS if len(word) > 1)
_SURNAMES = frozenset(lexicon_lines("surnames.txt"))  # single and double
_SURNAMES_DOUBLE = frozenset(surname for surname in _SURNAMES if len(surname) == 2)
SINGLE_SURNAMES = "".join(sorted(surname for surname in _SURNAMES if len(surname) == 1))  # for a regex class
# Titles that place the person's office; order = which link of a chain is the principal office.
# The secretary of a commission (政法委书记, 纪委书记) heads no party committee.
_HEAD_OF_PARTY = re.compile(r"(?<!副)(?<!党组)(?<!政法委)(?<!纪委)(?<!纪工委)(?<!纪检委)(?:总书记|书记)$")
_HEAD_OF_GOVERNMENT = re.compile(f"(?<!副)(?:{'|'.join(_GOVERNMENT_HEADS)})$")  # 代区长 and 代理区长 too
_HEAD_OF_BODY = re.compile(r"(?<!副)(?:主任|主席|部长|局长|厅长)$")


@dataclass(frozen=True)
class Official:
    name: str
    title: str  # the title chain as written, links joined by 、
    office: str  # principal office with jurisdiction, e.g. 即墨区委书记; "" when unresolved


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Person names (tag nr) of the shipped jieba user dictionary."""
    return frozenset(parts[0] for line in lexicon_lines("userdict.txt") if len(parts := line.split()) == 3 and parts[2] == "nr")


def find_officials(text: str, home: str = "") -> list[Official]:
    """Every titled mention in the text, in order of appearance; `home` is the
    jurisdiction of the page's publication (即墨区, 青岛市), whose bare titles it means."""
    chain = places.home_chain(home)
    printed = fold_punct(text)
    folded = simplified(printed)  # titles and names are matched in simplified characters
    found: list[Official] = []
    listed_office, listed_end = "", -1  # the office of the official just named, and where the name ends
    for match in _ROLE_RE.finditer(folded):
        if _opens_a_division(folded, match.end() - 1):
            continue  # `吉林省长春市`: a province and a city's name, no 省长
        name = _name_after(folded, match.end())
        command = None if name else _COMMAND_POST_AFTER.match(folded, match.end())
        if command and _ROLE_RE.search(command["link"]):
            command = None  # `区委常委、统战部部长王明会见了商会会长李强`: another's post and name, no command's
        if command:
            name = _name_after(folded, command.end())
        if name:
            links = _title_chain(folded, match.start(), match.end())
            if links[0] in _HEADS_OF_PARTS:
                continue  # a division's head or a chief officer with no body of government before it (医院财务处处长): no official
            chain_start = match.end() - len("、".join(links))
            if command:
                links.append(command["link"])
            if _COMPANY_ORGAN_AT_END.search(folded, max(0, chain_start - MAX_COMPANY_ORGAN), chain_start):
                continue  # `建业集团董事会主席胡葆森`, `…公司工会主席张乃刚`: a company's post, no official
            office = principal_office(links, chain)
            if listed_office and _NEXT_IN_LIST.fullmatch(folded, listed_end, chain_start):
                office = _in_listed_division(links, listed_office) or office
                office = _of_same_body(_in_town(office, _town_of(listed_office)), listed_office)
            office = _in_named_division(office, folded, match.start(), chain)
            office = _in_county_city_reported(links, office, folded, match.start(), chain)
            office = _in_visiting_delegation(links, office, folded, chain_start)
            listed_office, listed_end = office, folded.find(name, match.end()) + len(name)
            found.append(Official(as_printed(printed, folded, name, match.end()), "、".join(links), office))
            for also, start in _sharing_the_title(folded, listed_end):
                found.append(Official(as_printed(printed, folded, also, start), "、".join(links), office))
                listed_end = start + len(also)
            continue
        before = _name_before(folded, match.start())
        if not before:
            continue
        named = as_printed(printed, folded, before, match.start() - len(before))
        if match.group(0) == "书记" and folded.endswith(_COMMITTEES, 0, match.start() - len(before)):
            # `自治区党委鹿心社书记`: the committee is written before the name, the title after it.
            written = folded[: match.start() - len(before)] + match.group(0)
            links = _title_chain(written, len(written) - len(match.group(0)), len(written))
            found.append(Official(named, "、".join(links), principal_office(links, chain)))
        elif match.group(0) in ("总书记", "书记"):
            # 书记 alone after a name (`刘学书记提到`) places nobody: the analysis gives it the office the person holds that year.
            found.append(Official(named, match.group(0), "中共中央总书记" if match.group(0) == "总书记" else ""))
        elif _GOVERNMENT_HEAD_OR_DEPUTY.fullmatch(match.group(0)):
            # `姜大明省长在报告中强调`, `张建国副省长按下…`: a government head or deputy after the name, read like its title.
            found.append(Official(named, match.group(0), principal_office([match.group(0)], chain)))
    return found


# A post in a command or a working group last in a chain, after the posts that place the person
# (`市人大常委会副主任、市湖库水系连通建设工作指挥部副指挥长林鹤志`, `县委副书记、援疆分指挥部指挥长`):
# part of the title, never its office (no body of government has it), and no role of its own,
# so that such a post alone (`巡视组组长`) places nobody. So is the head of an association the post holder leads
# (`市政协副主席、市政协联谊会会长姚美学`).
_COMMAND_POST_AFTER = re.compile(f"、(?P<link>[{HAN}]{{2,24}}?(?:副?总指挥|副?指挥长|副?组长|副?会长)(?!部))")


def _opens_a_division(text: str, at: int) -> bool:
    """Whether a title's closing 长 at `at` opens a division's full name (长春市, 长沙县)."""
    return text[at : at + 2] in _chang_place_starts() and places.place_starting_at(text, at) in places.divisions()


@lru_cache(maxsize=1)
def _chang_place_starts() -> frozenset[str]:
    """The first two characters of the divisions whose names open with 长 (the cheap test first)."""
    return frozenset(name[:2] for name in places.divisions() if name.startswith("长"))


# A town's office written bare (镇长, 党委书记, 镇人大主席): its town is the one a list of
# the town's leaders named first.
# What stands between a name and the next title of the same list: a separator, and the
# bare level word of the town's organs (`，镇党委副书记、镇长…`).
_NEXT_IN_LIST = re.compile(f"(?:[{_SEPARATORS}]|和|与|及)(?:[镇乡]|街道)?")  # `永春县委书记林锦明和县长蔡萌芽`
_BARE_TOWN_OFFICE = re.compile(r"^(?P<level>[镇乡]|街道)?(?=党委|党工委|人大|政府|办事处|(?:代理|代|常务副|副)?[镇乡]长)")


def _in_named_division(office: str, text: str, end: int, home: tuple[str, ...]) -> str:
    """A bare office of a level the page's home has no division of (区委书记 on a city's
    paper, 市长 on a province's) in the last division of that level, within the home, that
    the text names before `end` (`东港区…区委书记王世波`, `烟台…市长王良`); a bare county
    office on a county-level city's page in the county it was (`_former_county`); else as it is."""
    level = _bare_level_of(office)  # a level the home has placed the office already
    if not level or not home:
        return office
    pattern = _names_of_divisions_within(home[0], level)
    named = pattern.findall(text, 0, end) if pattern else []
    division = places.divisions_within(home[0], level)[named[-1]] if named else _former_county(home[0], level)
    if not division:
        return office
    return (division if _BARE_HEAD.match(office) else division[: -len(level)]) + office


_OWN_CITY = re.compile("我市|本市|全市")


def _in_county_city_reported(links: list[str], office: str, text: str, end: int, home: tuple[str, ...]) -> str:
    """A bare city office (市委书记, 市长) on a prefecture city's page that reports from one
    county-level city within it: named in the text's first sentence, the only one named
    before the title, and the prefecture not named before it (`项城市…集中开工仪式…举行。市委书记
    刘昌宇`: 项城市委书记, on 周口日报's page; `青岛市…活动在胶州市举行。市委书记…`: 青岛市委书记);
    else `office` as it is."""
    if not home or not home[0].endswith("市") or _bare_level_of(bare := principal_office(links)) != "市":
        return office  # the cheap test first: this runs for every official of a city's page
    pattern = _names_of_divisions_within(home[0], "市")
    cities = places.divisions_within(home[0], "市")
    named = {cities[found.group()]: found for found in pattern.finditer(text, 0, end)} if pattern else {}
    if len(named) != 1:
        return office
    ((city, found),) = named.items()
    if found.start() > text.find("。") or places.short_name(home[0]) in text[:end] or _OWN_CITY.search(text, 0, end):
        return office  # named later, or the prefecture named, or spoken of as the paper's own (我市…)
    return (city if _BARE_HEAD.match(bare) else city[:-1]) + bare


# A delegation led by its own place's leaders (`宿迁市党政代表团在市委书记魏国强，市委副书记、市长王天琦率领下来我市考察`):
# the leaders' titles right after 在, bare (a title naming its place places itself), up to 率领下 or 带领下; not
# a visit's words between (`代表团在我市考察期间，市委书记…陪同`: the hosts).
_DELEGATION_LED_BY = re.compile(
    f"(?:党政|经贸|考察|友好)?(?:代表团|考察团)(?:一行)?在(?P<leaders>[{_BARE_LEVEL_CHARS}][^。；]{{1,80}}?)(?:率领|带领)下"
)
_HOSTS_OR_VISIT = re.compile("我|期间|陪同|考察|调研")


def _in_visiting_delegation(links: list[str], office: str, text: str, start: int) -> str:
    """A bare office among the leaders of a delegation named after its place is that place's, not
    the page's home's (a visit to the paper's city: 宿迁市委书记 on 徐州日报's page); else `office`."""
    if "团" not in text or "领下" not in text:
        return office  # the cheap test first: this runs for every official
    for led in _DELEGATION_LED_BY.finditer(text):
        if led.start("leaders") <= start < led.end("leaders") and not _HOSTS_OR_VISIT.search(led["leaders"]):
            division = places.full_name(places.place_ending_at(text, led.start()))
            level = _bare_level_of(bare := principal_office(links))
            if level and division.endswith(level) and division in places.divisions():
                return (division if _BARE_HEAD.match(bare) else division[: -len(level)]) + bare
    return office


def _former_county(home: str, level: str) -> str:
    """The county a county-level city was before it became one (射洪市 was 射洪县 until
    2019), for a bare county office on its page (`我县…县委书记蒲从双`): a city of county
    level has no county within it, so a 县 it speaks of bare is its own, from before. The
    name is made, not looked up (the places lexicon keeps no former names): a city that was
    never a county gets one that never was; "" for any other home or level."""
    is_county_city = home.endswith("市") and any(d.level == "county" for d in places.divisions().get(home, []))
    return home[:-1] + "县" if level == "县" and is_county_city else ""


@lru_cache(maxsize=64)
def _names_of_divisions_within(home: str, level: str) -> re.Pattern | None:
    names = sorted(places.divisions_within(home, level), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _bare_level_of(office: str) -> str:
    """The level word of a bare head (县长, 代市长) or organ (区委书记), else ""."""
    if head := _BARE_HEAD.match(office):
        return head.group(1)
    bare = _BARE_LEVEL.match(office)
    return bare.group(0) if bare and not placed_by(office) else ""


def _in_listed_division(links: list[str], listed: str) -> str:
    """The office of a chain written bare (县长, 县委副书记), listed right after an office
    placed in a division of its level, in that division (`岑巩县委书记周培芝，县长吴世胜`:
    岑巩县县长, whatever the page's home; `和田地区地委书记闫汾新、…、行署专员…`: 和田地区行署专员);
    "" for any other chain."""
    bare = principal_office(links)
    if placed_by(bare) or not (_BARE_HEAD.match(bare) or _BARE_LEVEL.match(bare) or _PREFECTURE_ORGAN.match(bare)):
        return ""
    placed = _with_jurisdiction(bare, [listed], ())
    return placed if placed != bare else ""


def _town_of(office: str) -> str:
    """The town (…镇, …乡, …街道) an office is placed in, else ""."""
    found = placed_by(office)
    return found[-1] if found and found[-1].endswith(("镇", "乡", "街道")) else ""


def _in_town(office: str, town: str) -> str:
    """A bare town office placed in `town` (`中疃镇党委书记张才，镇长高明标`: the list's
    town); any other office, or no town, as it is."""
    bare = _BARE_TOWN_OFFICE.match(office)
    if not town or not bare or placed_by(office):
        return office
    return town + office[bare.end("level") if bare["level"] else 0 :]


def _of_same_body(office: str, previous: str) -> str:
    """A bare deputy after the head of a body in a list (`区政协主席金衍光、副主席金朝辉`),
    or a bare head after its deputy, is that body's; any other office as it is."""
    role = _ROLE_AT_END.search(previous)
    if not _ROLE_RE.fullmatch(office) or not role or role.group(0) == office:
        return office
    return previous[: role.start()] + office if role.group(0).removeprefix("副") == office.removeprefix("副") else office


def _sharing_the_title(text: str, pos: int):
    """(name, start) of the names listed after a titled name that share its title
    (`副市长陈志刚、沈可出席`: 沈可 is 副市长 too): each after a 、, a name that is no place
    (`、江阴、张家港两市`). A name before a title or place is no such name (`_ends_name`):
    `、常务副区长李明` is the next entry, with its own title; nor is a word an organ follows (`、边合区党工委书记…`:
    no organ is written after a person's name, the word is the next entry's place)."""
    while text.startswith("、", pos) and (name := _name_at(text, pos + 1, _ends_name)) and name not in places.place_names():
        if _ORG_RE.match(text, pos + 1 + len(name)):
            return
        yield name, pos + 1
        pos += 1 + len(name)


_CONCURRENT = re.compile("[（(]兼[）)]")


def _name_after(text: str, pos: int) -> str:
    """The name right after a title. After a colon or spaces (`区长：李强`, a list of
    leaders; `党工委书记   王志明`, a caption) it must end at a space, punctuation, the end
    of the line or the next entry of the list, a place or a title (`区委书记：王锋市南区代区长：…`):
    a colon also opens speech (`区长：全力以赴…`), where a word after a surname-like start
    is no name. A post held besides another (`党工委书记(兼)颜伟`) says so before the name."""
    if concurrent := _CONCURRENT.match(text, pos):
        pos = concurrent.end()
    colon = _COLON_AFTER_TITLE.match(text, pos)
    if colon:
        return _name_at(text, colon.end(), _ends_listed_name)
    return _name_at(text, pos, _ends_name)


@lru_cache(maxsize=1)
def _known_names_by_first() -> dict[str, list[str]]:
    """The known names by their first character, each list in the order of `known_names()`."""
    by_first: dict[str, list[str]] = {}
    for name in known_names():
        by_first.setdefault(name[0], []).append(name)
    return by_first


# A name transliterated from Uyghur, Kazakh, Tibetan or Mongolian, its parts joined by a
# middle dot (塔依尔·卡地尔, 阿达力别克·巴合提汗): the dot makes it a name, with no surname.
# Some pages type a full stop for the dot (孜巴克.如孜); a Chinese name before a full stop
# (王林.下一步) is a sentence's end, so the stop joins parts of a name that starts with no surname.
_NAME_DOTS = "·・•‧."
_NAME_DOT = re.compile(f"[{_NAME_DOTS}]")
_DOTTED_NAME = re.compile(f"[{HAN}]{{1,8}}(?:{_NAME_DOT.pattern}[{HAN}]{{1,8}}){{1,2}}")


def _name_at(text: str, pos: int, ends_name: Callable[[str, int], bool]) -> str:
    for name in _known_names_by_first().get(text[pos : pos + 1], ()):
        if text.startswith(name, pos) and ends_name(text, pos + len(name)):
            return name
    if (dotted := _DOTTED_NAME.match(text, pos)) and _is_dotted_name(dotted.group(0)):
        # The shortest that ends a name (what follows the last part may be a verb), and
        # that part has two characters or more.
        last_part = max(map(dotted.group(0).rfind, _NAME_DOTS)) + pos + 1
        end = next((end for end in range(last_part + 1, dotted.end() + 1) if ends_name(text, end)), last_part)
        return text[pos:end] if end - last_part >= 2 else ""
    if composed := _name_of_parts(text, pos, ends_name):
        return composed
    for length in (2, 3, 4):
        candidate = text[pos : pos + length]
        if len(candidate) == length and _is_name(candidate) and ends_name(text, pos + length):
            return _with_final_conjunction(text, pos, candidate)
    return ""


def _is_dotted_name(dotted: str) -> bool:
    """Whether the run is a name's parts, not a title and a name (`行署专员巨艾提•伊明`: the
    next entry of a list) nor a sentence's end (`_DOTTED_NAME`)."""
    first = _NAME_DOT.split(dotted, maxsplit=1)[0]
    return not _ROLE_RE.search(first) and not ("." in dotted and starts_with_surname(dotted))


def _name_of_parts(text: str, pos: int, ends_name: Callable[[str, int], bool]) -> str:
    """A Tibetan or Mongolian name written without a dot: two or three parts of
    `data/name_parts.txt` (白玛朗杰, 斯琴毕力格), the longest run that ends a name."""
    ends: list[int] = []
    end = pos
    while len(ends) < 3 and (part := _name_part_at(text, end)):
        end += len(part)
        ends.append(end)
    return next((text[pos:end] for end in reversed(ends[1:]) if ends_name(text, end)), "")


def is_name_of_parts(token: str) -> bool:
    """Whether the token is wholly a Tibetan or Mongolian name of two or three parts (巴依斯古楞)."""
    return _name_of_parts(token, 0, lambda text, end: end == len(text)) == token


def _name_part_at(text: str, pos: int) -> str:
    """The longest part of `data/name_parts.txt` at `pos`, else "" (most characters start none)."""
    return next((part for part in _name_parts_by_first().get(text[pos : pos + 1], ()) if text.startswith(part, pos)), "")


@lru_cache(maxsize=1)
def _name_parts_by_first() -> dict[str, list[str]]:
    """The parts of `data/name_parts.txt` by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for part in sorted(lexicon_lines("name_parts.txt"), key=len, reverse=True):
        by_first.setdefault(part[0], []).append(part)
    return by_first


def _with_final_conjunction(text: str, pos: int, name: str) -> str:
    """The name, or the name and the 和 (与, 及) after it when that ends at a mark: `张继和，`
    is 张继和 (a 和 joins two names, and none follows)."""
    end = pos + len(name) + 1
    joined = text[pos:end]
    at_mark = end >= len(text) or text[end] in "，。；、,;"
    if text[end - 1 : end] in _JOINING and at_mark and _is_name(joined):
        return joined
    return name


_JOINING = ("和", "与", "及")


# A committee written before a name and its 书记 (`自治区党委鹿心社书记`, `市委孙杰书记`, `区纪委…书记`):
# the organs ending in 委 but a standing committee (常委, 人大常委), which has no 书记.
_COMMITTEES = tuple(organ for organ in _ORGS if organ.endswith("委") and not organ.endswith("常委"))
# Words before a committee that say which one, no division's name (新县委书记: the new county secretary).
_MODIFIERS = frozenset("新原老前该本全各")


# Words a name with its title after it follows in running text (`随着张建国副省长按下…`, `由王明副县长主持`).
_WORDS_BEFORE_A_NAME = ("随着", "由")


def _name_before(text: str, pos: int) -> str:
    """`习近平总书记`, `曾赞荣书记`: a known name, or a name standing after punctuation,
    after a party committee (`自治区党委鹿心社书记`) or after a word that leads up to a name (`随着`); none
    where a division's full name ends before the title (`…出席;银川市副市长、…`: the place's post, its holder
    after it; a short name, 建平 or 和平, ends a person's name as often)
    or 一 does (`信宜一副市长乐为家乡代言`: a deputy mayor)."""
    if places.place_ending_at(text, pos) in places.divisions() or text.endswith("一", 0, pos):
        return ""
    for length in (3, 2, 4):
        start = pos - length
        if start < 0:
            continue
        candidate = text[start:pos]
        if candidate in known_names():
            return candidate
        at_boundary = start == 0 or not _is_han(text[start - 1]) or text.endswith((*_COMMITTEES, *_WORDS_BEFORE_A_NAME), 0, start)
        if at_boundary and _is_name(candidate) and not _LOCAL_PLACE_AT_START.fullmatch(candidate):  # 乌镇镇镇长: a town
            return "" if candidate + text[pos] in places.divisions() else candidate  # 公主岭市长春…: a city, no person
    return ""


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
# Words of two characters a surname starts: coming to a place by its one-character name
# (`总书记来湘考察`: he came to Hunan), the whole of a level (`、全国工商联…副秘书长`: a
# national body), two levels together (`区县市长通道`) and the nation (国家高度重视). The
# rare surnames 来 and 全 stand in longer names (来晓东).
_TWO_CHARACTER_WORD = re.compile(f"来[{HAN}]|全[国省市县区镇乡村]|国家|{TWO_LEVELS}")
_ORG_RE = re.compile(_ORG_TOKEN)


def _is_name(candidate: str) -> bool:
    # The surname first: it rules out most candidates at the cost of a set lookup.
    if not starts_with_surname(candidate) or not _HAN_NAME.fullmatch(candidate):
        return False
    if _ROLE_RE.search(candidate) or _ORG_RE.search(candidate) or candidate.startswith(_VERBS_AFTER_A_NAME):
        return False
    if candidate[:2] in _SURNAMES_DOUBLE:
        return len(candidate) >= 3
    if _TWO_CHARACTER_WORD.fullmatch(candidate):
        return False
    return len(candidate) <= 3  # a single surname, checked first


def starts_with_surname(name: str) -> bool:
    return name[:2] in _SURNAMES_DOUBLE or name[0] in _SURNAMES


def starts_with_double_surname(name: str) -> bool:
    return name[:2] in _SURNAMES_DOUBLE


def _ends_name(text: str, pos: int) -> bool:
    if _ends_listed_name(text, pos):
        return True
    return text.startswith(_FOLLOWERS, pos)


_CLAUSE_MARK = re.compile("[，,。；;：:！？!?]")
# A company's organs, before a post that is the company's (董事会主席, 集团主席, 公司党委书记).
_COMPANY_ORGAN_AT_END = re.compile("(?:董事会|董事局|监事会|集团|公司)(?:工会)?$")  # …and its trade union (公司工会主席)
MAX_COMPANY_ORGAN = len("董事会工会")  # the longest the pattern above holds
_VISITS = ("调研", "考察", "视察", "检查", "督导", "走访")


def _ends_listed_name(text: str, pos: int) -> bool:
    if pos >= len(text) or not _is_han(text[pos]):
        return True
    # The next entry of a list of leaders glued to the name: a place or an organ and a title, within the
    # clause (`市委书记王景武宣布…,市长…`: 武宣 is a county, but no title follows it before the comma).
    entry = _CLAUSE_MARK.split(text[pos : pos + 30], maxsplit=1)[0]
    role = _ROLE_RE.search(entry[:15])
    if not role:
        # …or a place the official visits right after the name (`区委书记王伟平度调研`: 王伟 in 平度).
        return bool((places := placed_by(entry)) and text.startswith(_VISITS, pos + len("".join(places))))
    # The places read at its start may not eat into the role: in `梁李兴及镇长`, 兴及镇 is
    # no town (its 镇 is the role's), so 兴 is the name's.
    return bool(placed_by(entry)) or bool(_ORG_RE.match(entry))


def _title_chain(text: str, role_start: int, role_end: int) -> list[str]:
    """The links of the title chain ending at this role, read leftwards."""
    links: list[str] = []
    end = role_end
    start = role_start
    while True:
        start = _back_to_separator(text, _link_start(text, start))
        if links and _HONOUR_BEFORE.search(text, max(0, start - MAX_HONOUR), start):
            return links  # `全国优秀县委书记,福鼎市委书记包江苏`: an honour the person won, no post held
        links.insert(0, text[start:end])
        if start == 0 or text[start - 1] not in _SEPARATORS:
            return links
        previous_role = _ROLE_AT_END.search(text, max(0, start - 12), start - 1)
        if not previous_role:
            return links
        end, start = start - 1, previous_role.start()


# Words that make a title an honour (优秀县委书记, 模范乡长, 最美村支书).
_HONOUR_BEFORE = re.compile("(?:优秀|模范|先进|最美|十佳|杰出)$")
MAX_HONOUR = 2

MAX_UNREAD_LINK = 12


def _back_to_separator(text: str, start: int) -> int:
    """A link inside a chain runs back to the 、 that joins it to the link before, over
    words the place and organ lists do not know naming a unit (…区, …园, …局, …中心:
    `区委书记、青岛轨道交通产业示范区工委书记`), not over a name and a verb
    (`…副总编辑李海燕对话广饶县委书记`)."""
    before = text[max(0, start - MAX_UNREAD_LINK - 1) : start]
    joined = re.search(f"、([{HAN}]{{1,{MAX_UNREAD_LINK}}}(?:区|园|港|城|局|中心))$", before)
    return start - len(joined.group(1)) if joined and _ROLE_AT_END.search(text, 0, start - len(joined.group(1)) - 1) else start


def _link_start(text: str, role_start: int) -> int:
    """Where the link of the role starting at `role_start` starts: before its organs and
    department, and before the places (divisions, towns, zones) in front of them."""
    # A role holding its organ (党工委书记) lets a zone's name before it be read as one; a
    # role sharing its bureau's last character (教育局长) reads the bureau and its level (区教育局长).
    units_end = role_start
    if held := _ZONE_ORGAN.match(text, role_start):
        units_end = held.end()
    elif text.startswith(_BUREAU_HEADS, role_start) and _BUREAU_ENDING.search(text, max(0, role_start - 12), role_start + 1):
        units_end = role_start + 1
    start = _UNITS_AT_END.search(text, _han_run_start(text, max(0, role_start - 30), units_end), units_end).start()
    start = _at_short_named_head(text, _after_cut_place(text, start), role_start)
    start = _at_one_character_division(text, start)
    while True:
        place = places.place_ending_at(text, start)
        local = _LOCAL_PLACE_AT_END.search(text, max(0, start - 8), start)
        if not place and not local:
            return start - 1 if start and _BARE_BEFORE_ZONE.match(text, start - 1) else _bare_region_start(text, start)
        start = start - len(place) if place else local.start()


def _at_one_character_division(text: str, start: int) -> int:
    """A division of one character and its level writes the level once before its party
    committee (莒县委书记, 郊区委书记: 莒县's 县委, 郊区's 区委) or another of its organs (临县政协主席,
    莒县人大常委会副主任): the link starts at its name. Only
    a name of two characters: a longer one ends before the organ as a place does (即墨区委). A
    conjunction joins a list (`林锦明和县委副书记…`), and a modifier says which committee
    (`新县委书记`, the new one; `原区委书记`), whatever division they spell (和县, 新县)."""
    if not text.startswith(_LEVEL_ORGANS, start + 1) or text[start : start + 1] not in _BARE_LEVEL_CHARS or not start:
        return start
    if text[start - 1] in _JOINING or text[start - 1] in _MODIFIERS or places.place_ending_at(text, start):
        return start
    return start - 1 if text[start - 1 : start + 1] in places.divisions() else start


def _han_run_start(text: str, start: int, end: int) -> int:
    """Where the run of Han characters ending at `end` starts, at `start` at the earliest. The
    units before a role are Han characters only: searched for from here, not from 30
    characters before the role over a comma, the pattern is tried at fewer positions and
    finds the same. (Every word of `_UNITS_AT_END` is Han: a test holds them so.)"""
    other = _NOT_HAN.search(text[start:end][::-1])
    return end - other.start() if other else start


_NOT_HAN = re.compile(f"[^{HAN}]")


def _at_short_named_head(text: str, start: int, role_start: int) -> int:
    """A head written after its division's short name (西乡县长: 西乡县's 县长) starts at the
    name, whatever town the units before it seemed to spell (仪式由西乡县长: no 由西乡 township)."""
    if text[role_start : role_start + 1] not in _BARE_LEVEL_CHARS:
        return start
    division = places.place_ending_at(text, role_start + 1)
    begins = role_start + 1 - len(division)
    return begins if division in places.divisions() and begins > start else start


def _after_cut_place(text: str, start: int) -> int:
    """The start of units whose first town cuts a known place in two moved past the cut
    character (`荣成俚岛镇`: 荣成's 俚岛镇, not 成俚岛镇; `平度南村镇`)."""
    if not _LOCAL_PLACE_AT_START.match(text, start + 1):
        return start  # no town after the first character: nothing to cut (the cheaper test first)
    return start + 1 if places.place_ending_at(text, start + 1) else start


_BARE_REGION = "自治区"  # an autonomous region's own papers name it bare, as a province's 省


def _bare_region_start(text: str, start: int) -> int:
    """A link's start moved before a bare 自治区 in front of it (`自治区主席`), or into one
    whose 区 an organ took (`自治区政协主席`: 区政协 is an organ)."""
    if text.endswith(_BARE_REGION, 0, start):
        return start - len(_BARE_REGION)
    if text.startswith("区", start) and text.endswith(_BARE_REGION[:-1], 0, start):
        return start - len(_BARE_REGION) + 1
    return start


def leading_places(link: str) -> list[str]:
    """The places a link starts with, as written, longest first: `枣庄市山亭区委书记` -> [枣庄市, 山亭区];
    divisions (full or short name), towns, zones and areas."""
    found: list[str] = []
    pos = 0
    names = places.place_names()
    while True:
        division = next(
            (
                link[pos:end]
                for end in range(min(len(link), pos + places.LONGEST_NAME), pos + 1, -1)
                if link[pos:end] in names and not _other_level_follows(link, end, names[link[pos:end]])
            ),
            "",
        )
        local = _LOCAL_PLACE_AT_START.match(link, pos)
        word = max(division, local.group(0) if local else "", key=len)
        if not word:
            return found
        found.append(word)
        pos += len(word)


def placed_by(office: str) -> list[str]:
    """The places an office starts with that end before its role: 代县长 (an acting
    county head) names no 代县, whose name would eat into the role."""
    found = leading_places(office)
    role = _ROLE_RE.search(office)
    while found and role and len("".join(found)) > role.start():
        found.pop()
    return found


def _other_level_follows(link: str, end: int, full: str) -> bool:
    """A short name followed by another level's word is not that division: 楚雄州委 is the
    prefecture's, not 楚雄市's; nor one followed by a bureau's word (公安局, not 公安县's)."""
    follows = link[end : end + 2] if link.startswith("分局", end) else link[end : end + 1]
    if follows in ("局", "厅", "分局"):  # a short name before a bureau's word is the bureau's: 公安局, 公安分局, not 公安县's
        return not link.endswith(full, 0, end)
    return follows in ("省", "市", "县", "区", "州") and not full.endswith(follows)


def jurisdiction(office: str, home: str = "") -> str:
    """The place an office belongs to, in full: its innermost leading place
    (`枣庄市山亭区委书记` -> 山亭区, `即墨区区长` -> 即墨区, `移风店镇党委书记` -> 移风店镇); a zone
    with the place written before it, which names it (`即墨经济开发区…` -> 即墨经济开发区: every
    city has an 经济开发区), or a zone written bare with the place its page is from (`高新区…` on a
    大冶 page -> 大冶高新区); "" when it names none (a bare title whose place the page does not tell)."""
    found = placed_by(office)
    if not found:
        return ""
    if found[-1] in _ZONES and len(found) > 1:
        place = found[-2]
        return _short(place) + found[-1]
    if len(found) == 1 and found[0] in _BARE_ZONES:  # a province's or a country's paper does not say whose
        return _short(home) + found[-1] if home and not home.endswith(("省", "自治区")) else ""
    return places.full_name(found[-1])


# Zones every city may have, which their name alone does not place (`高新区党工委书记`).
_BARE_ZONES = frozenset((*_ZONES, "示范区", "综合保税区", "保税区", "自贸区", "新区", "园区"))


def _short(place: str) -> str:
    return places.short_name(places.full_name(place)) if place in places.place_names() else place


def held_alone(office: str) -> bool:
    """Whether one person at a time holds the office: a party committee's secretary or a government's head
    (县委书记, 县长), not a deputy's post or a seat (副区长, 区委常委), which several hold together."""
    return bool(_HEAD_OF_PARTY.search(office) or _HEAD_OF_GOVERNMENT.search(office))


def principal_office(chain: list[str], home: tuple[str, ...] = ()) -> str:
    """The office that places the person: the first party head (书记, 总书记; not 副书记
    or 党组书记), else the first government head (区长, 市长, 县长, 镇长, 乡长, 省长, also 代 and 代理;
    not 副), else the first head of a body (主任, 主席, a department's 部长, a bureau's 局长 or 厅长; not 副), else the first link that
    is no seat a post after it places better (`_is_seat`; a chain of seats only, its first link); with its
    jurisdiction, a bare 区, 市, 县 or 省 read in the home chain of the page's publication."""
    for test in (_HEAD_OF_PARTY.search, _HEAD_OF_GOVERNMENT.search, _HEAD_OF_BODY.search):
        for i, link in enumerate(chain):
            if test(link):
                return _with_jurisdiction(link, chain[:i], home)
    for i, link in enumerate(chain):
        if not _is_seat(link, chain[i + 1 : i + 2]):
            return _with_jurisdiction(link, chain[:i], home)
    return _with_jurisdiction(chain[0], [], home)


_MEMBERSHIPS = ("常委", "党组成员")
_PARTY_GROUP_HEADS = ("党组书记", "党组副书记")


def _is_seat(link: str, following: list[str]) -> bool:
    """A seat on a committee or a party group (常委, 党组成员), or a party group's secretary
    before a post that is no deputy's (市住建局党组书记、局长: the group is the body's, whose head
    the post is; 市人大党组书记、副主任 or 常务副主任 keeps the secretary, the higher of the two)."""
    if link.endswith(_MEMBERSHIPS):
        return True
    return link.endswith(_PARTY_GROUP_HEADS) and bool(following) and "副" not in following[0]


# A place's organ is written once with the level: 泰安市市委 is 泰安市委 (but 即墨区区长 stays).
_REPEATED_LEVEL = re.compile(f"([{_BARE_LEVEL_CHARS}])\\1(?=委|人民政府|政府|人大|政协)")
_BARE_HEAD = re.compile(f"{_HEAD_PREFIX}([{_BARE_LEVEL_CHARS}])长")
# A bare level word a link starts with: the division of that level in the page's home chain.
_BARE_LEVEL = re.compile(f"{_BARE_REGION}|[{_BARE_LEVEL_CHARS}]")
# A prefecture's (地区) party committee and administrative office, named by its short name
# (阿克苏地委, 阿克苏行署): bare, the earlier link's or the home's.
_PREFECTURE_ORGAN = re.compile("地委|行署")
# A bare level's organ is no place's, whatever a place's short name its first characters spell
# (市中级人民法院: not 市中区's).
_BARE_LEVEL_ORGAN = re.compile(f"[{_BARE_LEVEL_CHARS}](?:{'|'.join(sorted(_LEVEL_ORGANS, key=len, reverse=True))})")
# A seat on a committee glued before a post of the same committee, its secretary-general or a
# unit's head (自治区党委常委秘书长, 市委常委宣传部部长): the post is the committee's (党委秘书长,
# 市委宣传部部长). A committee has no 主任 of its own: 区委常委主任 (a misprint, seeds/004) stays.
_GLUED_MEMBERSHIP = re.compile(f"(?<=委)常委(?=秘书长|[{HAN}]{{1,6}}?[部委办厅局])")
_OWN_COMMITTEE = re.compile("镇委")  # the bare levels' (州委, 旗委) are read as the home's before
_GOVERNMENT_BEFORE_HEAD = re.compile(f"(?:^[{_BARE_LEVEL_CHARS}])?(?:人民政府|政府)(?={_HEAD_PREFIX}(?:{'|'.join(_GOVERNMENT_HEADS)}))")


# The party's name before a local committee (中共西乡县委书记) names no other office than the
# committee's; 中共中央 is the central committee.
_PARTY_NAME = re.compile("^中共(?!中央)")


def _with_jurisdiction(link: str, earlier: list[str], home: tuple[str, ...]) -> str:
    """人民政府/政府 before 区长 (市长, 县长) is dropped and 人大常委 becomes 人大常委会;
    then a link starting with a place (枣庄市山亭区委书记, 移风店镇党委书记, 即墨经济开发区…)
    keeps it; a bare (副, 常务副, 代, 代理) 区长 is the district an earlier link of the chain
    names (枣庄市山亭区委副书记、区长), else the home district (即墨区区长), and a bare 区…
    too (区委书记 -> 即墨区委书记), likewise 市, 县, 省 and 自治区, and stays bare when the home
    chain has no division of that level; another government head (镇长) or a
    管委会/办事处 takes the places of the nearest earlier link naming some (and no party
    organ), and a department takes the organ (…区委, …党委) of the nearest earlier link
    that has one."""
    # A bare level's government goes whole (区政府区长 → 区长); a place's keeps the place
    # (新野县政府县长 → 新野县县长).
    link = _GOVERNMENT_BEFORE_HEAD.sub("", _PARTY_NAME.sub("", link))
    link = _GLUED_MEMBERSHIP.sub("", re.sub(r"人大常委(?!会)", "人大常委会", link))
    if link.endswith(_SHORT_DEPARTMENT_HEADS):
        link = link[:-1] + link[-2] + "长"  # 统战部长 -> 统战部部长, 教育局长 -> 教育局局长
    if placed_by(link) and not _BARE_LEVEL_ORGAN.match(link):
        return _REPEATED_LEVEL.sub(r"\1", link, count=1)
    if headed := _head_of_short_name(link):
        return headed
    head = _BARE_HEAD.match(link)
    if head:
        level = head.group(1)
        return (_earlier_division(earlier, level) or places.jurisdiction_of_bare(level, home)) + link
    if _BARE_BEFORE_ZONE.match(link) and _is_zone_organ_at_zone_home(link[1:], earlier, home):
        return home[0] + link[1:]  # 区党工委副书记 on the zone's own paper: the bare level is the zone's
    if bare := _BARE_LEVEL.match(link):
        level = bare.group(0)
        division = _earlier_division(earlier, level) or places.jurisdiction_of_bare(level, home)
        return division[: -len(level)] + link if division else link
    if _PREFECTURE_ORGAN.match(link):
        division = _earlier_division(earlier, "地区") or places.jurisdiction_of_bare("地区", home)
        return places.short_name(division) + link if division else link
    # A zone's organ written bare on the zone's own paper (党工委副书记 on 济宁高新新闻) is the zone's.
    if _is_zone_organ_at_zone_home(link, earlier, home):
        return home[0] + link
    # The government of a place (开发区党工委副书记、管委会主任; 镇党委副书记、镇长) is the
    # place's, not its party committee's: the places of the nearest earlier link naming some.
    if _GOVERNMENT_OF_A_PLACE.match(link):
        return _nearest_places(earlier) + link
    # A department without its own jurisdiction (组织部部长) belongs to the organ before it;
    # a committee's own office (州委书记 after 省委常委) to none.
    if _OWN_COMMITTEE.match(link):
        return link
    # A post after a seat on a body's party group is the body's (自治区广电局党组成员、副局长,
    # 县政协党组书记、主席).
    if earlier and (body := _PARTY_GROUP_SEAT.sub("", earlier[-1])) != earlier[-1] and body.endswith(_BODIES):
        return _with_jurisdiction(body + link, [], home)
    for previous in reversed(earlier):
        organ = _PARTY_ORGAN.match(_with_jurisdiction(previous, [], home))
        if organ:
            # A people's organisation (区委常委、总工会主席), the supervisory commission (县委常委、纪委书记、监委主任: the
            # state's organ beside the party's 纪委) and a government's bureau (市委常委、政法委书记、公安局局长) are the
            # division's, not its committee's.
            of_division = _PEOPLES_ORGANISATION.match(link) or link.startswith(("监委", *_BUREAUS))
            return (_COMMITTEE_END.sub("", organ.group(1)) if of_division else organ.group(1)) + link
    # A government's bureau after posts of no party organ (吴堡县政协副主席、教体局局长) is the division's
    # the nearest of them opens with, its level alone when bare (县人大常委会副主任、教育局长 → 县教育局局长).
    if link.endswith(_BUREAU_HEADS):
        return _nearest_places([_with_jurisdiction(previous, [], home) for previous in earlier], or_bare_level=True) + link
    return link


_BODIES = ("局", "厅", "委", "办", "部", "政协", "会")  # 人大常委会, 管委会
_PARTY_GROUP_SEAT = re.compile("党组(?:成员|副?书记)$")
_PARTY_ORGAN = re.compile(f"(.*?(?:[{_BARE_LEVEL_CHARS}]委|党委|党工委))")
_COMMITTEE_END = re.compile("(?:党工委|党委|委)$")
_PEOPLES_ORGANISATION = re.compile("|".join(_PEOPLES_ORGANISATIONS))


# A division's head after its short name, the level written once (厦门市长, 即墨区长).
_SHORT_NAME_HEAD = re.compile(f"(?P<place>[{HAN}]{{2,6}}?)(?P<head>{_HEAD_PREFIX}(?P<level>[{_BARE_LEVEL_CHARS}])长)")


def _is_zone_organ_at_zone_home(link: str, earlier: list[str], home: tuple[str, ...]) -> bool:
    return bool(_ZONE_ORGAN.match(link)) and bool(home) and home[0].endswith(_ZONE_ENDINGS) and not _nearest_places(earlier)


def _head_of_short_name(link: str) -> str:
    """`厦门市长` -> 厦门市市长: the head of the division its short name and level spell, as
    every other head is written (烟台市市长); "" when the words before the head name none."""
    found = _SHORT_NAME_HEAD.fullmatch(link)
    if not found:
        return ""
    full = places.full_name(found["place"], found["level"])
    return full + found["head"] if full.endswith(found["level"]) and full in places.divisions() else ""


def _earlier_division(links: list[str], level: str) -> str:
    """The division of that level an earlier link of the chain names (`青岛市委常委、副市长`:
    the 副市长 is 青岛市's), as written there (`聊城市莘县县委副书记、县长` -> 聊城市莘县),
    before the page's home is asked."""
    for link in reversed(links):
        division = jurisdiction(link)
        # A zone's (齐鲁化工区党工委书记) is no district's: a zone has no 区长.
        if division.endswith(level) and not _ZONE_ORGAN.search(link):
            written = "".join(placed_by(link))  # 固始县代县长: 固始县, no 代县
            return written if written.endswith(level) else division
    return ""


def _nearest_places(links: list[str], or_bare_level: bool = False) -> str:
    """The places a link starts with (即墨经济开发区, 移风店镇), of the last link starting with some; with
    `or_bare_level`, of the last link starting with places or a bare level (县人大常委会副主任: 县)."""
    for link in reversed(links):
        if found := leading_places(link):
            return "".join(found)
        if or_bare_level and (bare := _BARE_LEVEL.match(link)):
            return bare.group(0)
    return ""
