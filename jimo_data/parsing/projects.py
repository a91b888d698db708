"""Named projects and the lifecycle stage the text reports for them.

Three shapes carry a project name:
    青岛英派斯体育产业园项目(二期)            a specific name ending in 项目 (with its 二期 or
                                            (二期)); 项目化, 项目包, 项目库, 项目制 are none
    推动歌尔虚拟现实整机二期等80个项目开工     the items of a list the text calls projects:
    万华化学、青岛啤酒2个重点城市更新项目       `A、B等N个…项目`, `A、B N个…项目`, `A等项目`
    通裕重工海上风电装备建成投产              a facility whose lifecycle stage is reported,
    签约落地中科院海信总部                    also with the stage first, the name closing the clause
Names are cleaned of leading verbs (推动, 实地观摩了 …) and conjunctions; generic
mentions (重点项目, 该项目, 152个省市区重点项目, 海上风电项目, 输电工程) are not names.
A text gives each name once: its first mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from .lexicons import lexicon_lines
from .places import after_places, divisions, place_ending_at, place_starting_at
from .text import CHINESE_DIGITS, HAN, IMAGE_EXTENSION, as_printed, chinese_number, fold_punct, half_width_alnum, sentences, simplified

# Lifecycle stages, earliest first; a mention's status is the furthest stage of the clause
# after its name (up to the next ，；。！？、), or the stage word of a facility shape.
STAGES = ("签约", "落地", "启动", "开工", "建设", "竣工", "投产", "投用", "启用", "运营")
_STAGE_WORDS = {
    "开工建设": "开工",
    "已开工建设": "建设",  # started before, building now
    "签约": "签约",
    "落地": "落地",
    "启动": "启动",
    "开工": "开工",
    "开复工": "开工",  # started, or started again after a pause
    "开竣工": "开工",  # a batch started or finished: each item has started at least
    "动工": "开工",
    "奠基": "开工",
    "上马": "开工",
    "建设": "建设",
    "在建": "建设",
    "竣工": "竣工",
    "建成": "竣工",
    "完工": "竣工",
    "投产": "投产",
    "量产": "投产",
    "并网": "投产",  # a power plant connected to the grid (并网发电) produces
    "投用": "投用",
    "投入使用": "投用",
    "营业": "运营",
    "开业": "运营",
    "开园": "投用",  # a park opened to its tenants
    "启用": "启用",
    "落成": "竣工",
    "投运": "运营",
    "运营": "运营",
    "施工": "建设",
    "封顶": "建设",
    # Milestones of the works under way: a steel frame's first lift, the interior's fitting out.
    "首吊": "建设",
    "内装": "建设",
    "落户": "落地",
    "签订": "签约",
    "签署": "签约",
    "通车": "投用",
    "通航": "投用",
    # A trial run or an acceptance comes after the works are done, before production.
    "试车": "竣工",
    "试生产": "竣工",
    "试运行": "竣工",
    "验收": "竣工",
    "投入运营": "运营",
}
# 启动区 (a zone's first area), 建设者, 施工现场 and 施工单位 are no stages (a 施工现场 says 建设 only when
# nothing else does, in `find_projects`: it is often a ceremony's venue), nor is a stage
# followed by 后: `项目建成后，年发电量…` says what follows it, not that it happened; a 建设
# before 项目 is the kind's attribute (重点建设项目), no report (a 建设现场 is a site being built), nor after a sum
# (`投资5亿元建设…项目`: what the money is for; `投资7.58亿元建设的…`, `…建设了…` say it was built).
# 上马 is also a place (城阳区上马街道). 实施 then 工地 is no 施工 (`…改造项目实施工地`: the site it is carried out on).
_NOT_A_STAGE_AFTER = {
    "施工": "(?!现场|单位)(?<!实施工)",
    "建设": "(?!(?:试点|示范)?项目)(?:(?<![亿万]元建设)|(?=[了的]))",
    "上马": "(?!街道|镇|村|社区|山)",
    "内装": "(?!有|入|着|满)",  # 箱内装有…: what something holds
}


def _not_denied(words) -> str:
    """An alternation of stage words, each not denied: a stage denied is none reached (尚未开工,
    没有投产, 不签约). The test stands after each word's first character, not before the
    words: a pattern that opens with characters lets the regular-expression engine skip to
    where one of them stands, one that opens with a lookbehind is tried at every position."""
    return "(?:" + "|".join(f"{word[0]}(?<![未不]{word[0]})(?<!没有{word[0]}){word[1:]}" for word in words) + ")"


def _each(words: str, after: str) -> str:
    """`(?:A|B)after` written as `Aafter|Bafter`: a branch a word, each opening with its character
    (see `_not_denied`)."""
    return "|".join(word + after for word in words.split("|"))


_STAGE_WORD = _not_denied(w + _NOT_A_STAGE_AFTER.get(w, "") for w in sorted(_STAGE_WORDS, key=len, reverse=True))
_STAGE_RE = re.compile(f"(?:{_STAGE_WORD})(?![区者后前]|(?:达效|达产)后)")  # 建成后, 竣工前: a condition

# A single dash joins a name (一汽—大众); a double one (——) ends a clause, see clean_name.
_BRACKETED_COMMA = "\ue011"  # a 、 inside a name's bracket (`_masked_commas`)
_JOINING_PLUS = "\ue012"  # a + joining two words of a name (`_masked_pluses`)
_NAME_CHAR_SET = f"{HAN}A-Za-z0-9.·“”（）()\\-—×/＃{_BRACKETED_COMMA}{_JOINING_PLUS}"  # 年产3.2万吨, 4×70万吨/年, 再生水处理站(1#站)
_NAME_CHARS = f"[{_NAME_CHAR_SET}]"
_NAME_CHAR = re.compile(_NAME_CHARS)
_OUTSIDE_NAMES = re.compile(f"[^{_NAME_CHAR_SET}]")  # what no name holds
_OUTSIDE_LISTS_OF_NAMES = re.compile(f"[^{_NAME_CHAR_SET}、]")  # …nor a list of names
MAX_NAME = 40  # characters of a name before its 项目
_WORKS_VERBS = "建设|改造|提升|扩建|改扩建"  # what a project does to a facility, which a name may keep
_WORK_ON = f"{_WORKS_VERBS}|新建|改建|续建|提质|提档|升级|维修|修缮"  # …and the other works done on a thing
MAX_COMMA_ITEM = 30  # characters of an item of a list set off by commas
_ITEM = f"{_NAME_CHARS}{{2,{MAX_NAME}}}?"
# `A、B、C等N个(重点)项目` / `A、B2个重点城市更新项目` / `A等项目`
# A list's 等, not a word holding it: a grade (中等职业学校, 高等院校, 等级) or a plasma (等离子); an item may end in 中 or
# 特 (即墨一中等, 斯达特等). Most words after a list's 等 are the next word's (等高新技术产业项目, 等同类项目).
_LISTS_END = "(?!(?<=[中高初])等(?:职业|专业|院校|教育|收入))等(?!级|离子)"
# A list's items hold only name characters and 、, and its 等 or count follows them: the
# lookahead lets a search try a start only where one is ahead (without it, every length
# of every item is tried at every position of a sentence).
_LIST = re.compile(
    f"(?=[{_NAME_CHAR_SET}、\\d]*?[等个])(?P<items>{_ITEM}(?:、{_ITEM})*)(?:{_LISTS_END}(?:[^，。；、]{{0,12}}?的)?(?:\\d+|[一二三四五六七八九十两百]+)?个?|(?:\\d+|[一二三四五六七八九十两]+)个(?!个))"
    f"(?:[{HAN}、]|[\\d.]+){{0,12}}?(?:项目|(?P<works>工程)(?![^，。；]{{0,6}}项目))"  # 等东方太阳城其他文旅项目, 等7个省、市重点项目, 等总投资5亿元至10亿元项目
)
# `分别是A、B、C项目，`: items a list's label introduces, the last one's 项目 closing the clause,
# are projects each, 项目 or not (众诚供热煤电机组改建、齐星热电联产、埕口水库增容项目).
_LIST_LABELS = "分别是|分别为|分别有|主要有|包括"  # what introduces a list's items
_ENUMERATED = re.compile(f"(?:{_LIST_LABELS})[：:]?(?P<items>{_ITEM}(?:、{_ITEM})+)项目(?=[，。；,]|$)")
# `此次集中开工项目,包含A、B等。`: the items a batch of projects contains, closed by 等 at a clause's end.
_PROJECTS_CONTAIN = re.compile(f"项目[，,]?(?:包含|包括)[：:]?(?P<items>{_ITEM}(?:、{_ITEM})+)等(?=[，。；,]|$)")
# `…实地察看了A、B、C等地。`: the places a visit went to, a list closed by 等地 or 等处; those named as works, parks,
# plants or centres are projects (`_is_site_visited`), the towns, villages, scenic spots and offices among them none.
_VISITED = re.compile(f"(?P<items>{_ITEM}(?:、{_ITEM})+)等[地处](?=[，。；,]|$)")
# `竣工项目有A、B、C等4个。`: the items a batch has, up to the clause's end, a count after them or not.
_PROJECTS_HAD = re.compile(
    f"(?<![该此本])项目有[：:]?(?P<items>{_ITEM}(?:、{_ITEM})+)(?:等(?:\\d+|[一二三四五六七八九十两]+)?个?)?(?=[，。；,]|$)"
)
# `分别为A工程、B工程、C工程。`: a list's label before works, each named with its 工程.
_LABELLED_WORKS = re.compile(f"(?:{_LIST_LABELS})[：:]?(?P<items>{_ITEM}工程(?:、{_ITEM}工程)+)(?=[，。；,]|$)")
# `举行了A、B、C项目和D项目开工奠基仪式`: the items a ceremony of their stage is held for, sharing their 项目, listed
# right after 举行 (`各县(市、区)分别举行…` lists no items).
_CEREMONY_LIST = re.compile(
    f"举[行办]了?(?P<items>{_ITEM}(?:、{_ITEM})+)项目(?:[和及]{_ITEM}项目)?(?:{_STAGE_WORD})[{HAN}]{{0,4}}?(?:仪式|典礼)"
)
# `包括A、B、C在内的N个项目`
_INCLUDING = re.compile(f"包括(?P<items>{_ITEM}(?:、{_ITEM})*)在内的(?:(?:\\d+|[一二三四五六七八九十两百]+)个)?[{HAN}]{{0,8}}?项目")
# …with its phase or the section of the works it names in brackets after it: `(一期)`, `(临云互通段)`;
# not a company named by its business (安徽宏祥工程项目管理有限公司), nor a contractor's site office
# (`中铁十局青岛分公司项目部`: a works' or a project's own, `…一期工程项目部`, names it).
_NAMED = re.compile(
    f"{_NAME_CHARS}{{2,{MAX_NAME}}}?项目(?![化包库制]|部(?<=(?:公司|集团)项目部)|部(?<=局项目部)|区(?!域)|管理(?:咨询)?(?:有限|股份)?(?:责任)?公司)(?:[（(](?:[一二三四五六七八九十]期|[^（）()，。]{{1,10}}?段)[）)]|[一二三四五六七八九十]期)?”?"
)
# Not 片区, 新区, 社区: areas and communities are places, not undertakings.
_FACILITY = "产业园|科技园|博览园|工业园|园区|基地|总部|工厂|电厂|生产线|中心|工程|码头|电池|装备|大厦|平台|小镇|景区|公路|铁路|谷|港"
MAX_FACILITY_NAME = 60  # characters of a facility's name (or names) before its facility word
# A facility's word with its phase or its second name in brackets after it: 石湖港后物流交通服务中心（石湖港区停车场）开工
_FACILITY_NAMED = f"(?:{_FACILITY})[（(]?(?:[一二三四五六七八九十]期)?[）)]?(?:[（(][^（）()，。、]{{2,12}}[）)])?"
# …and the stage it reached.
_FACILITY_REACHED = (
    f"(?:[{HAN}]{{1,6}}段)?"  # 沈海高速改扩建工程南村段正式通车: the stretch reported
    f"(?:已经?|正式|全面|顺利|圆满|尽快|早日|加快|奠基|正在进行\\S{{0,8}}?|正在|正如火如荼地?|紧张|主体(?:结构)?|全线|[左右]幅|于?(?:今年|去年|\\d{{4}}年)?\\d{{1,2}}月(?:\\d{{1,2}}日)?)*(?P<stage>开工建设|开工|动工|建成投产|建成投运|竣工投用|建成通车|建成|竣工|投产|投入运营|投入使用|投用|投运|运营(?!管理|商|方|主体)|启用|建设(?!项目|水平)|施工|封顶|通车)"
    # …集团工程建设公司 is a company, not a facility reaching a stage (in …产业园建设项目 the
    # 建设 is the project's name: `_without_heads` keeps the project, not the facility); nor is a
    # level of building (平台建设水平).
    "(?!公司|单位|者|集团)"
)
# A railway's name is mostly two characters, one of each city it joins (郑万铁路, 当远铁路). A bridge is named by the
# words before its 大桥 (泉州大桥, 纳溪长江大桥) and reported alone: no list runs up to it, and it is no facility word of
# lists (麦什扎黄河大桥及其引道工程 is one works).
_BRIDGE = "大桥"
MAX_BRIDGE_NAME = 20
_FACILITY_STAGE = re.compile(
    f"(?P<name>(?:{_NAME_CHARS}|、){{3,{MAX_FACILITY_NAME}}}?{_FACILITY_NAMED}|[{HAN}]{{2}}铁路|{_NAME_CHARS}{{2,{MAX_BRIDGE_NAME}}}?{_BRIDGE})"
    + _FACILITY_REACHED
)
# Where a facility's word is followed by its stage: the name's search starts only there
# (a sentence's facility words without one would each cost a search to its end).
_FACILITY_THEN_STAGE = re.compile(f"(?:{_FACILITY_NAMED}|{_BRIDGE}){_FACILITY_REACHED}")
# A named facility standing for itself, with or without a stage: a clause's words up to a
# word that only an undertaking ends in (奇瑞零部件产业园入驻…, 利群综合办公楼正在…).
_OWN_FACILITY = "产业园区|产业园|科技园|物流园|加工园|产业城|产业基地|生产基地|超级工厂|智能工厂|办公楼|综合体"
# Not where something else is (`位于海南产业园的…项目`, `位于…产业园内的`, `位于…产业园，总投资…的`): the park is its place.
# …not the start of a company's name (哈尔滨建新装配产业园科技有限责任公司, …产业园开发公司).
_BUSINESS = "(?:科技|发展|投资|建设|开发|运营|管理|实业|置业)"  # what a company's name says it does
_COMPANY_AFTER = f"{_BUSINESS}?(?:股份)?有限(?:责任)?公司|{_BUSINESS}(?:公司|集团)"
_NAMED_FACILITY = re.compile(
    f"(?:^|(?<=[，。；、：,了]))(?!位于[^的，。；]{{0,40}}?(?:{_OWN_FACILITY})[^的，。；,]{{0,6}}[的，,])(?P<name>{_NAME_CHARS}{{3,40}}?(?:{_OWN_FACILITY}))"
    f"(?![{HAN}]{{0,1}}(?:项目|园|区)|[县市]|招商|集中|党工委|管委|负责人|(?:常务)?副?(?:主任|书记)|中心|基地|[一二三四五]期|{_COMPANY_AFTER})"  # 生产基地县: a designation; …园区集中签约: a batch's host; …园区党工委, …园区主任: its organ, its head
)
# The works on a named road, line, bridge, reservoir, hub, irrigation district, hill or school, standing for themselves:
# `西环路改造工程`, `国道107京港线漯河境新建工程`, `锦屏中学迁建工程`, `青岛地铁一期工程`.
# (Each word opens with its character, its lookbehind after it: see `_not_denied`.)
# A phase too names its works (`北影怀柔新校区一期工程`, `夜景照明二期工程`): a kind has none.
_WORKS_OF = "路(?<!道路)(?!局)|大道|大街|国道|省道|线(?<!生产线)|桥|隧道|互通|立交|地铁|水库|枢纽|灌区|闸|泵站|堤|山|码头|污水处理厂|水厂|中学|小学|中(?<=[一二三四五六七八九十]中)|小区|期(?<=[一二三四五六七八九十]期)"  # not 道路, 生产线: kinds; 铁路局 a bureau; 一中, a numbered school
MAX_WORKS_NAME = 30  # characters of the named thing before its word (…路, …中学)
# A river, a lake or a site is named with the works done on it (泌水河治理工程, 龙光门遗址保护工程): alone before 工程
# (秦皇河等工程, 东郊湖工程) it is the place the works are at, and words of a place after it name a place's works (石河子市民生
# 工程, 清溪街道…). Not rivers and lakes at large (河湖治理工程, 美丽河湖), a river's stretch, ditch or basin (河段, 河沟, 黄河流域),
# a place named after one (河南, 湖北), a river's works' kinds (拦河坝, 河道), nor a kind of site (红色遗址, 工业遗址, 考古遗址).
_WATERS_AND_SITES = "河(?![湖南北坝道堤岸床段沟]|流域)|(?<!河)湖(?![南北])|溪|(?<![色业化古史命大])遗址"
_WATER_WORKS = "治理|整治|修复|保护|保护展示|清淤|疏浚|引水|调水|防洪|治污|建设|改造|提升"  # what is done on a river or a site
_WORKS_OF_A_NAMED = (
    f"(?:(?:{_WORKS_OF})(?:[（(][^）)]{{1,12}}[）)])?[{HAN}\\d]{{0,10}}?"
    f"|(?:{_WATERS_AND_SITES})(?:(?![省市县区镇乡村街])[{HAN}\\d]){{0,8}}?(?:{_WATER_WORKS}))工程"
)
_NOT_WORKS = "(?!师|院|局|处|公司|集团|建设公司|指挥部|项目部|部|队)"
_WORKS_ON_A_NAMED = re.compile(f"(?P<name>{_NAME_CHARS}{{1,{MAX_WORKS_NAME}}}?{_WORKS_OF_A_NAMED}){_NOT_WORKS}")
# Where the word of a named thing is followed by its works: the name's search starts only there.
_WORKS_OF_THEN_WORKS = re.compile(_WORKS_OF_A_NAMED + _NOT_WORKS)
_WORKS_OF_WORD = re.compile(f"{_WORKS_OF}|{_WATERS_AND_SITES}")
_ROADS_AND_BUILDINGS = re.compile(_WORKS_OF)
# A list of kinds of work going on after a facility's stage, closed by 等 or a count and what the items are
# (工作, 领域, 维度 …: `…园区建设、城市改造6个维度`): its short items are kinds (港口码头, 特色小镇, and with a word
# leading up to the list, 从现代农业); a longer one may be named (青岛国际邮轮港).
_WORK_LISTED_ON = re.compile("、[^，。；]{0,40}?(?:等|[\\d一二三四五六七八九十]+个)(?:工作|领域|方面|任务|事项|维度)")
KIND_OF_WORK_CHARS = 5
# `签约落地中科院海信总部`, `加快落地国家大学科技园`: the stage before the name.
_STAGE_FACILITY = re.compile(f"(?P<stage>签约落地|落地|签约|启用)(?P<name>{_NAME_CHARS}{{3,30}}?(?:{_FACILITY}))(?=[，。；、,]|$)")
# 就 (on) after a person's or a party's name (`闫继红就…项目`, `…和东阳光集团就…项目`); not 成就, 就业, 早就.
_ON_IT = "就(?<=[\u4e00-\u9fff]{2}就)(?<![成造迁将早也去]就)(?![业地近])"
# Words a clause leads up to its project with: verbs, a visit's, a count's; 就 after a person's
# name (`闫继红就中央广电总台…项目`; 成就梦想… is a name), 暨 after an event (`开工活动暨…项目`;
# between two names it joins one project's: …产业园暨…生产项目); a government with whom a company signs
# (`利州区政府与…公司新建…项目`), a time it took (`不到半年时间…项目`).
_LEADING = re.compile(
    r"此次|本次|图为|促使|促成|倾心|真心|用心|悉心|尽心|拼抢|做实做细|咬定|紧盯|盯紧|涵盖|设于|所在地为|共同为|乃至|转入|力促|除(?<=项目除)|提升|实地观摩了|观摩了|先后到|先后走进|走进|来到|推动|推行|实行|推进|加快|加速(?<!激光加速)(?!器)|时间|促进|支持|抓好|实施|提速|"
    r"有力支撑|高标准建设|建(?<!”建)设(?!试点|示范)|打造|引进|招引|争取|包括|围绕|聚焦|签约落地|签约|落地|观摩|参观|针对|突破|助力|助推|获得|解决|梳理|"
    r"感受|抓住|加大|护航|影响|实现|确保|保证|乘着|深入|通过|对(?![接口外])|以(?![上下])|形成|谋划|新引进|培育|报批|调研了|调研|视察了|视察|考察了|考察|"
    r"察看了|察看|查看了|查看|踏察了|踏察|踏勘了|踏勘|吸引|新开工|集中开工|集中签约了|集中签约|签约了|开复工|开竣工|开工了|开工|启动了|启动(?!区)|竣工了|竣工|投产了|"
    r"现场办公|督导|督察|督查了|督查(?!平台|指挥|考核|系统|中心)|指导|检查|跟进|化解|依托|构建|吹响|援助|安排|掌握|走访|看望|参加完?|出席|举行|举办|开展|共有|拥有|该[市县区镇乡](?![场域块村级内外])|主要有|宣布|指出|强调|截至(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?|截至目前|抢抓|盘点|利(?<!综合利)(?<!循环利)(?<!资源化利)(?<!再生利)(?<!再利)(?<!回收利)用|设在|前往|到|了解|询问|新规划了|规划了|继续|涉及|签订了|签订|签署了|签署|听取了|听取|在(?!线)|坚持|部署|打好|赴|标志着|分别为|分别是|亲临|迎来|按照|同志介绍|介绍了|介绍|表示|政府与|"
    + _ON_IT
    + r"|仪式暨|活动暨|典礼暨|会议?暨|总投资[\d.]+亿元|投资[\d.]+亿元|现场调度|破解|说起|谈起|进入|入驻|推介|简称|当地|预计|尽显|关注(?<!“关注)"
)


def _after_leading_word(name: str) -> str:
    """The name after the first of the words a clause leads up to it with (`_LEADING`).
    Each of the words opens with a character, a lookbehind or lookahead following it: the
    regular-expression engine then skips to where one may stand (a word opening with a class
    of characters, a day's digits, would make it try every word at every position)."""
    found = _LEADING.search(name)
    return name[found.end() :] if found else name


# 有 is no conjunction in the words it begins (有机肥, 有色金属, 有限公司, 有线电视).
_CONJUNCTION = re.compile(r"^(?:和|及|与|以及|并|其中|如(?!意)|有(?![机色限线])|当(?!地)|暨|但是?)")  # 如意 (如意河) is a word
# Verbs that open a clause but may stand inside a name (新希望, 成就, …提高汽油质量, 曾高路对接项目, 纬三路打通工程,
# 电网调度自动化项目), and a point's
# ordinal (`二是凯里黄平机场建设项目要…`): stripped
# only from the name's start (`进行项目集中签约`, `就大别山革命老区项目`).
# So are the words that introduce an item (更有, 也有, 又有, 还有, a list's 中既有, 位于, 为, 比如, 包含) and a campaign's
# (监督保障); not those a name begins with (既有住宅, 使馆区, 保障性住房, 为民服务中心).
_LEADING_VERB = re.compile(
    r"^(?:年内|继|对接|打通|严格|统筹调度|调度|[一二三四五六七八九十]是|进行|打响|提高|希望|巡查|介绍|就(?!业)|更有|也有|中既有|又有|还有|而|位于|现场为|为(?!民)|包含|加上|比如|涵盖|监督保障|使得|使用|使(?!馆)"
    # A list's label glued to its first item (`…10个项目，具体为中国芒果文化博览园项目、…`).
    r"|(?:具体|分别)(?:为|是)|主要(?:有|包括|为)|包括"
    # The paper's own place, named as ours (`我州滇南中心城市调水控制性工程`): no part of the name, as a place's name would be.
    r"|我(?:省|市|州|县|区|旗|盟)"
    # What there is now (`现有A、B等8个工业项目`), keeping up (`保持项目建设加速度`) and an aerial shot opening a caption
    # (`航拍…开发项目建设现场`; not a drone base's name): at the start only, where inside a name they are its words
    # (水土保持项目, 青岛啤酒现有生产线…, 青岛大疆航拍无人机…).
    r"|现有|保持|航拍(?!基地|中心|产业)"
    # A clause's adverb of time before the name (`目前中马钦州产业园区的开发建设已全面启动`).
    r"|目前|当前"
    # Developing a field's projects (`发展光伏项目可以…`): the field is a kind; not a road or a centre named so (发展大道).
    r"|发展(?![大路中])"
    # A road's way to a facility and where people come from (`，直通平江…产业园`, `；来自…项目的来宾`), opening a clause:
    # inside a name they are its words (青岛港直通铁路专用线工程).
    r"|直通|通往|通向|来自"
    r")"
)


def _without_conjunction(name: str) -> str:
    """The name without a leading conjunction, unless the conjunction begins a place's
    name (和龙, 如皋, 当阳: `和龙卧龙湖抽水蓄能电站项目` keeps its 和)."""
    conjunction = _CONJUNCTION.match(name)
    if not conjunction:
        return name
    return name if _begins_a_place(name, 0, conjunction.end()) else name[conjunction.end() :]


def _begins_a_place(text: str, start: int, after: int) -> bool:
    """Whether the conjunction text[start:after] begins a place's name (和田, 和龙, 如皋): a
    place starts at it, and none right after it (和平度市…: 平度市 makes 和 a conjunction,
    whatever 和平 spells)."""
    return bool(place_starting_at(text, start)) and not place_starting_at(text, after)


_NUMERALS = frozenset(CHINESE_DIGITS + "十")


def _split_items(items: str) -> list[str]:
    """A list's items: split at 、 but not inside brackets (加楷科技产业园（铝模及爬架生产、租赁一体化）) nor between
    numerals (二、三期工程: the second and third phases)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(items):
        depth += (char in "（(") - (char in "）)")
        if char == "、" and depth <= 0 and not (items[i - 1 : i] in _NUMERALS and items[i + 1 : i + 2] in _NUMERALS):
            parts.append(items[start:i])
            start = i + 1
    return [*parts, items[start:]]


# What names a kind, not one undertaking (`_generic`), by what the name is or begins with…
_GENERIC_NAME = re.compile(
    r"(?:^(?:重点|重大|龙头|大|好|新|该|此|这个|这些|各类|相关|配套|合作|(?:全面)?战略合作|招商引资|双招双引|招商|建设|在谈|洽谈|意向|签约|储备|在建|投资|城市更新的?|单体)?项目$)"
    r"|^高(?:品质|质量|水平|标准|精尖)|^大(?:园区|平台)"  # 高精尖项目: high-end ones, a kind
    # A kind of housing (住宅项目, 安置房): each one is named by its place or its developer.
    r"|^(?:商品|保障性|安置|人才|商住|商业)?(?:住宅|住房|房|公寓)(?:项目)?$"
    r"|^(?:省市区|全区|全市|全省|全县|全镇|[省市县区]属|一批|批(?!发)|多个|多地|各地|首批|大?部分|(?:绝)?大多数|多数|所有|全部|更多|某|重点|重大|[省市区县]级?(?:重点|重大)|\d+强)"
    r"|^(?:年度)?(?:重点|重大)工程(?:项目)?$"
    f"|^(?:{_WORKS_VERBS}|新建)+工程(?:项目)?$"
    r"|^(?:[省市区县]级|国家级)?示范项目$"
    r"|^(?:海上|配套|分布式|集中式|屋顶)?(?:风电|光伏|风电光伏|装备制造|新能源|制造业|产业|产业链|工业|农业|文旅|旅游|民生(?:保障|实事)?|基础设施|城市更新|城市建设|城建|交通|水利|市政(?:道路|设施)?)项目$"
    r"|^(?:新一代信息技术|新材料|新能源|新材料新能源|高端装备|现代服务业|总部|服务|现代农业|生物医药|高端|高新科技|高新技术)(?:项目)?$"
    # An industry or a kind of business (先进制造业项目, 新业态项目) is a category; so is a sector
    # of the economy (生物经济, 数字经济).
    r"|^(?:先进|现代|传统|新兴|优势|特色)(?:制造业|服务业|农业|工业|产业)项目$|^[\u4e00-\u9fff]{0,2}业态(?:项目)?$|^[\u4e00-\u9fff]{2,4}经济(?:项目)?$"
    # Policy words that stand before 项目 and name no undertaking (人才项目, 转型升级项目).
    # A region's integration (长三角一体化项目): a national strategy, under which many a project falls.
    r"|^(?:长三角|京津冀|粤港澳|成渝|长江经济带|区域|城乡)一体化(?:项目)?$"
    # …nor does a kind of renewal alone (城中村改造项目, 棚户区改造: each place has its own, named by the place).
    r"|^(?:城中村|棚户区|旧城|旧村)改造(?:项目)?$"
    r"|^(?:人才|创业|(?:精准)?扶贫|(?:社会)?公益|技改|基建|基础|援疆|援藏|高铁|央企投资|BOT|PPP|工程|中央预算内|(?:政府|企业|社会|民间|外资|省际间?|省外|境外)投资|现有|转型升级|海洋生态|生态|科研|创新|应用创新|战略性新兴产业|新兴产业|产业链延伸|交流|特色|社会民生|民生|百项重点工程|固定资产投资)(?:项目)?$"
    r"|^(?:综合|室外|室内)?(?:输电|供电|基础设施|配套|民生)+工程$"
    # A programme named by whom or what it serves (“菜篮子”工程, 民心工程): every place has one, no undertaking.
    r"|^“?(?:菜篮子|米袋子|民心|惠民|为民|暖心|德政|放心)”?工程(?:项目)?$"
    # A sector, alone or with a word saying its kind (供水, 污水处理, 休闲农业, 交通物流): an industry, no
    # undertaking; a brand before it names a company (优然牧业, 中国建材).
    r"|^(?:休闲|生态|现代|特色|设施|循环|智慧|交通|家居)?(?:农业|渔业|牧业|林业|养殖|种植|种养|观光|物流|建材|供水|供热|供气|污水处理)(?:项目)?$"
    # A kind of works (道路工程, 桥梁工程: a works' trades, listed as its parts).
    r"|^(?:道路|桥梁|排水|给排水|给水|供水|污水|雨污|管网|绿化|亮化|照明|景观|土建|安装|装饰|装修|附属|市政|水利|电力|通信|管线|交通枢纽|水利枢纽)+工程$"
    # …or greening and lighting done on a place the text does not name (小区绿化亮化, 道路硬化): every place has them.
    r"|^(?:小区|园区|城区|厂区|校园|村庄|道路|街道|街巷)?(?:绿化|亮化|美化|硬化|净化)+(?:工程)?(?:项目)?$"
    # A size class (小(一)型水库工程: any small reservoir of the first class).
    r"|^[大中小][（(]?[一二]?[）)]?型"
    # Kinds of buildings a programme builds everywhere (老旧小区改造项目, 中小学校建设项目).
    r"|^(?:中小|乡镇|农村|城乡|城镇|各类|公办|民办|老旧|保障性)"
    # Totals and batches (累计投产投用项目, 各…).
    r"|^(?:集中|累计)|^(?:各|除|总计|本届|单个|数个)"
    # What kind of project it is by a quality (基础性、公益性、服务性项目, 标志性项目).
    r"|^[\u4e00-\u9fff]{1,4}性(?:项目)?$"
    # Projects by where they stand in the year or the works (新建项目, 续建项目, 上半年项目), a
    # batch (第五期…) or all of them (所有项目).
    r"|^(?:新建|续建|在建|拟建|施工|所有|全部|上半年|下半年|全年|今年)项目$"
    r"|^第[\d一二三四五六七八九十]+[期批]"
    # A verb or a field before 项目 (优化项目, 落实项目, 教育项目); 项目 and a phase (项目一期).
    r"|^(?:优化|落实|推进|服务|保障|谋划|储备|教育|攻坚|(?:高端)?制造业|整合)项目$|^项目"
    r"|^(?:特色|城市|田园|相关|现代|高端|大型|综合|汽车|商业|[省市区县]级)?(?:产业园区|产业园|工业园区|工业园|园区|科技园|物流园|产业城|产业基地|生产基地|基地|综合体|工厂|学校|医院|污水处理厂|高铁站|火车站)(?:项目)?$"
    # …a platform of a kind (园区平台), a rated hotel (星级酒店), a city's programme (海绵城市: cities build it, each many works).
    r"|^(?:园区|产业|招商)平台$|^(?:[一二三四五]|高)?星级酒店(?:项目)?$|^(?:海绵城市|智慧城市|城市更新)(?:建设)?(?:项目)?$"
    # …a national programme's body every county sets up (融媒体中心, 新时代文明实践中心): an organisation's kind, its place names one.
    r"|^[县区市]?(?:融媒体中心|新时代文明实践(?:中心|所|站))(?:建设)?(?:项目)?$"
    # Kinds of railway (高速铁路, 城际铁路), no one line.
    r"|^(?:高速|城际|普速|地方|货运|客运|重载|干线|支线|市域|市郊|轨道|专用)铁路(?:项目)?$"
    # …or of production line, by its qualities or size alone (全自动生产线, 年产10万吨生产线, 新上智能生产线): a line
    # is named by what it makes or whose it is.
    r"|^(?:[\u4e00-\u9fff]{0,4}?(?:新建|新上|新增|建成))?(?:[\d一二两三四五六七八九十]+条)?(?:年产[\d.]+万?吨)?"
    r"(?:智能化?|自动化|数字化|全自动|半自动|现代化|先进|高端|新型?)*生产线(?:项目)?$"
    # …or of bridge, by where it crosses or that it is new (跨河大桥, 新建大桥, 长江大桥 with no place before it).
    r"|^(?:新建?|跨[江河海湖线]|长江|黄河|珠江)?大桥$"
    # …or of road (高速公路, 农村公路).
    r"|^(?:普通)?(?:高速|一级|二级|三级|四级|国省干线|干线|农村|乡村|县乡|城乡|旅游|省道|国道|县道|乡道)公路(?:项目)?$"
)
# A line of business alone, what is made, grown or run (肉牛养殖, 零部件加工, 产业基金管理): a field to invest in,
# no undertaking; a brand before it (东岳塑料制造) names one company's (`data/lines_of_business.txt`), a county's or a
# city's name a place's projects of a kind (`_is_generic_of_a_place`).
_LINE_OF_BUSINESS = re.compile(
    "^(?:"
    + "|".join(sorted(lexicon_lines("lines_of_business.txt"), key=len, reverse=True))
    + ")(?:精?深)?(?:养殖|种植|加工|管理|制造)(?:项目)?$"
)
# Kinds of projects (重点项目, 骨干项目), or by who funds them (独资项目, 合资项目: a company alone or with others), or a
# paired place's aid or a government's support (援建项目, 扶持项目): a name that ends in one names a kind.
_KINDS_BEFORE_PROJECT = (
    "重点|重大|重磅|大|百亿|千亿|优质|成熟|企业|帮扶|补链强链|过亿元|涉海|龙头|骨干|支柱|标杆|牵引|计划|公益服务|培育|招商"
    "|独资|合资|外资|内资|援建|援助|扶持"
    # …or a company's subsidiary (全资子公司项目, 新设子公司项目): its undertaking is named apart (a named branch's,
    # 国网即墨供电分公司项目, is a name).
    "|子公司"
)
# …or by a word it holds anywhere. (Each branch opens with its character, a lookbehind after
# it, a group of words written out word by word with `_each`: see `_not_denied`.)
_GENERIC_WORD = re.compile(
    "|".join(
        [
            # A list's 等 (not the grade of 中等职业学校, 高等院校, 等级, nor 等量, 等离子).
            r"等(?<![中高初同特对平]等)(?!级|量|离子)",
            r"要|是|把|让|将(?!军)|特别|正在|已经|还|也|抓好|一些|一切|这|那(?=些|个|里|么|样|种)|其他|其它|其余|没有",  # not 都, 使: 新都, 大使; 那 of 发那特 (a name) neither
            # Follow-up works (后续建设项目, not 三峡后续工作规划项目) and a kind of management (城市管理项目) are no undertaking.
            r"后续(?:建设)?项目$|管理(?:项目)?$",
            # Good projects (引进好项目, 宣传好项目: a verb's complement) and a bond (超长期国债) are no undertaking.
            r"好项目$",
            _each("国债|专项债|债券", "(?:项目)?$"),
            # A programme's connectivity (对俄基础设施互联互通项目): many works, none named.
            r"互联互通(?:项目)?$",
            # Projects from outside a place (贵港市外项目: investment it brought in) are a kind.
            r"外(?<=[市县区省境]外)(?:项目)?$",
            # A kind of region's projects (大别山革命老区项目, 库区项目).
            r"区(?<=[老山库牧林垦边]区)(?:建设)?项目$",
            # The projects of a kind of company (19家入驻企业项目, 规上企业项目, 行业龙头企业投资项目): 企业项目 below.
            r"龙头企业",
            _each(_KINDS_BEFORE_PROJECT, "项目$"),
            # Cooperation projects are a kind (前期合作项目, 闽昌合作项目), but for the one with a named company or
            # group, or a named strategic framework (…有限公司合作项目, 东阳光全面战略合作项目).
            r"合(?<!公司合)(?<!集团合)(?<![\u4e00-\u9fff]{2}战略合)作项目$",
            # …whose parties are unnamed (双方战略合作项目, 两国全面战略合作项目).
            _each("双方|两国|两地|各方|双边", "(?:全面)?战略合作项目$"),
            # A place's or a facility's major projects of an industry (…科技城重大产业项目): a kind.
            _each("重点|重大", "(?:产业|工业)项目$"),
            # …or its key parks (钦州重点产业园区: several, a kind).
            _each("重点|重大", "(?:产业园区|产业园|工业园区|工业园|园区)$"),
            # Batches (一大批项目, 稳投资抓项目, 集中开复工项目, 首批) and a policy's (教育补短板项目).
            r"一大批|抓|补短板(?:项目)?$|集中(?:开复工|开工|签约|竣工|投产)|首批$|一批$|批次$|相关|多个",  # 城区多个小区: several
            # A count of a place's major kinds closing the name (八大园区, 十大民生工程, 绿电替代三大基地): a programme's
            # parts, none named; only a kind's word after the count (五大连池, a city, and 八大处 are names).
            r"大(?<=[两二三四五六七八九十]大)(?:民生|重点|重大|产业|特色)?(?:园区|产业|工程|项目|平台|基地|板块|片区)$",
            # …or a quality's kind (京津冀协同发展标志性项目, 示范性项目).
            r"性(?<=标志性|示范性|基础性|公益性|引领性|支撑性|带动性|战略性|突破性)(?:项目)?$",
            # A place's every project (和孚镇各项目, 全区各类项目): all of them, none named.
            r"各(?:类|个|大)?(?:重点|重大)?(?:工程)?项目$",
            # A company (…有限公司, …集团) is no project; its project is (…有限公司项目).
            r"公司$|集团$",
        ]
    )
)
# …or by a number it holds: a count (3个…, 15项…: a number of items), a size (100亿级项目), a
# rank (世界500强企业, 500强项目), a year's projects (2019年项目). Apart from `_GENERIC_WORD`,
# whose branches open with characters: these open with a digit.
_GENERIC_NUMBER = re.compile(
    r"(?:\d+|[两二三四五六七八九十百][一两二三四五六七八九十百]*)(?:个|宗|项(?!目))"
    r"|\d+(?:亿级|强企业|强项目$)"
    r"|\d{4}年度?(?:\d{1,2}月)?[^\d项]{0,6}项目$"
    r"|^“?\d+”?(?:项目)?$"  # a number alone, quoted or not (“3341”项目: a programme), a place's before it (泉州市2024项目创优年: a campaign's year)
)
_GENERIC_NUMBER_CUE = re.compile("[\\d两二三四五六七八九十百]")  # what each of `_GENERIC_NUMBER`'s branches opens with


def _generic(text: str) -> bool:
    """Whether the text names a kind (`_GENERIC_NAME`, `_GENERIC_WORD`, `_GENERIC_NUMBER`, `_LINE_OF_BUSINESS`). Apart,
    not one pattern: the words anywhere are searched for, the rest tried at the start only (in
    one pattern the regular-expression engine would try every branch at every position)."""
    return bool(
        _GENERIC_WORD.search(text)
        or _LINE_OF_BUSINESS.match(text)
        or (_GENERIC_NUMBER_CUE.search(text) and _GENERIC_NUMBER.search(text))
        or _GENERIC_NAME.match(text)  # the costliest last: its every branch is tried
    )


# What may stand before a name and is none of it: a size (5000亩国家级…, 两个…, 3.5万平方米的…, 又一个…).
_SIZE = re.compile(
    "^[又另]?(?:[\\d.]+|[一二两三四五六七八九十百千万亿]+)(?:多|余)?(?:万?平方米|亩|亿元|万元|个|座|家|处)(?:以上|以下|左右)?"
)
# A list's count of its items after the last one, without 等 (`…、上渡经杨河至土地坪公路3条公路建成通行`): no
# part of that item's name, which ends as a name does before it.
_COUNT_OF_ITEMS = re.compile(f"(?:\\d+|[一二两三四五六七八九十]+)[条座个项所处家][{HAN}]{{1,4}}$")
# What names no one undertaking, before its size is stripped: a rank or a scale, a description
# (青岛市首个森林康养综合体, 我国首条…生产线, 亚洲最大啤酒生产基地, 千亿元级光电显示产业园区); a list's district
# or zone (其他县区和宝鸡高新区、宝鸡港务区299个项目), a place (小镇, 古镇, 美丽乡村, 校区 and 超市 are built);
# several of a kind (5个10万吨新型涂料项目), or a kind (一款…综合体).
_RANK = re.compile(f"^[{HAN}\\d]{{0,4}}?(?:首[个条座家]|最大|唯一|亿元级)")  # 我国首条民航轮胎生产线: the first of a kind
_PLACE_NAME = re.compile(
    "(?:新区|开发区|高新区|高新技术产业园区|港务区|保税区|示范区|片区|社区|城区|县区|(?<![超城])市|县|(?<![小古新])(?<!新市)镇|乡|街道|(?<!乡)村)$"
)
MAX_PLACE_WORD = len("高新技术产业园区")  # its longest word: the search starts that far from the end, not at every character
_A_KIND = re.compile("^[一这该](?:款|种)")


# Words 项目 may follow that make it their object, no name's end: a preposition (…服务保障为项目建设保驾护航), a stage
# (集中开工项目), a campaign's verb (谋项目, 推进项目).
_PREPOSITIONS_BEFORE_PROJECT = "和|与|及|在|对|上|类|向"
_STAGES_BEFORE_PROJECT = "开工|动工|完工|竣工|投产|签约|建成"
_ONE_CHARACTER_VERBS_ON_PROJECTS = "谋|引|攻|招|促|推"
_CAMPAIGN_VERBS_ON_PROJECTS = "加强|强化|做实|跑出|营造|延链|聚力|破除|推动|推进|落实|优化|谋划|储备|引进|招引|争取|紧盯|盯紧|锚定|洽谈"
# Words a noun phrase naming a project does not hold or end in: a verb phrase caught
# before 项目 (详细了解项目, 抓实项目建设, 平度摁下了项目), a clause (城阳区在重大投资项目, 县政府向项目, 系 as
# "is"; not 水系, 体系, 系列, 系统), a category (航空产业项目, 产业类项目, 基础设施类和民生类).
_NOT_A_NAME = re.compile(
    "|".join(
        [
            r"了|不住|领导|力争|作风|发挥|先后|我区|我市|我县|我们|听取|做好|抓实|完善(?!工程)|完成|率|在(?!线)|系(?<![水体全]系)(?![列统])|情况|状况$|汇报|季度|主体工程|会场|书记|区长|市长|县长|局(?<![布格结当]局)长|厅长|主席|主任|主持|落实|部分(?<![及和与东南西北中]部分)(?![院区])",
            _each("仪式|活动|典礼|会|开工|签约|竣工|投产|启动|开幕|揭牌|奠基", "暨"),
            r"万元|亿元|万(?<=\d万)$|亿(?<=\d亿)$|不断|持续|积极|全力|倾力|着力|竭力|尽力|进一步|作为|提效|类",
            # A preposition before 项目 makes it the object (…服务保障为项目建设保驾护航, 项目部就项目建设…沟通;
            # not 华为's 为).
            _each(_PREPOSITIONS_BEFORE_PROJECT, "$"),
            r"就$|为(?<![华有]为)$",
            r"日(?<=\d日)$|精神$",
            # A project said before (建成后该项目, 此项目): this one, no name.
            r"该$|此$",
            _each(_STAGES_BEFORE_PROJECT, "$"),
            # A phase alone after 及 (研发中心及二期项目) and a day (…已于2月5日) name none.
            r"及[\d一二三四五六七八九十]+期$",
            # A stage's phrase (…建设进入收尾) describes, not names.
            r"收尾$",
            # The set phrases of a project ceremony's story: verbs of the officials (掀起, 再掀, 力促, 代表,
            # 高度重视, 必须抓项目), 并 joining two verbs, a round or a batch (新一轮, 第四次), the
            # ceremony itself, and titles (县委常委、…对A、B等项目: the list starts after them).
            r"并(?<![合兼]并)(?![购网联])|掀|必须|重视|代表|力促|一轮|第[\d一二三四五六七八九十]+(?:[次批]|届(?!.*(?:馆|中心)$))|仪式|负责人|常委|党组成员",
            # A visit's or a campaign's words (一行, 举措, 出击; 谋项目, 引项目, 攻项目: a one-character
            # verb on 项目); a batch (…一批重点企业); an agenda, not an undertaking (…协同联动发展, 产业转型).
            r"一行|举措|出击|一批|发展$|转型$|召开|成立|全部|董事长|经理|指挥长|进(?<!先进)行|希(?<!新希)(?<!东方希)望|慰问",
            _each(_ONE_CHARACTER_VERBS_ON_PROJECTS, "$"),
            # Each of the projects (用摄像记录每个项目, 各个项目) and a campaign's activity (月开工竞赛活动项目).
            r"每一?个|各个|活动$",
            # An organ or a unit where a project would stand (机关单位, a works' headquarters: 红太阳指挥部).
            _each("单位|部门|指挥部", "$"),
            # …or a company's department (`首钢通钢公司设备工程部项目管理部`: the 项目 is its office's); not its
            # headquarters or its club (中交集团上海总部项目, 恒大集团足球俱乐部项目).
            r"(?:公司|集团)[\u4e00-\u9fff]{0,2}(?:工程|管理|技术|设备|财务|营销|市场|事业|运营)部$",
            # People at a ceremony or a works (来宾及职工, 干部职工, 施工人员): no undertaking.
            _each("职工|来宾|嘉宾|群众|村民|干部|人员", "$"),
            # A campaign's verb on 项目 (加强项目, 做实项目, 聚力项目) or a time (春节期间, 7至10月).
            _each(_CAMPAIGN_VERBS_ON_PROJECTS, "$"),
            r"期间|阶段|月(?<=\d月)$|上半年$|下半年$",
            # A clause's word (虽然, 下达), and what describes a kind, not one undertaking (世界级, 民生实事,
            # 上下游配套).
            r"虽然|下达|诞生|世界级|民生实事|强链|知名|上下游|全链条|战略性",
            # A level's designation (省级以上智能工厂) names a kind.
            r"级以上",
            # A side of a place (行政中心北侧), a campaign (招商引资), a government (人民政府), or a facility's
            # grounds where something happens (…基地内礼炮震天) is no name.
            r"侧(?<=[东南西北]侧)$|招商引资$|政府$",
            _each("基地|园区|产业园|中心|厂区|现场", "内[^项工]*$"),
            # A designation a place becomes (成为国家级光伏产业基地) is no undertaking.
            r"成为",
            # A clause's adverbs and particles (升腾着, 紧紧盯著, 大力发展, 实地踏查, …之后, 现任) stand in no name.
            r"着|著|大力|实地|之后|现任",
            # …or a clause's verb of having (装备制造产业园已有项目准备落户: the park has projects).
            r"已有|共有|拥有",
            # A campaign's goals (节能减排, 降耗增效) are no undertaking.
            r"减排|增效",
            # A festival (盐湖城旅游文化艺术节项目签约仪式: the projects signed at it) is an event, no undertaking.
            r"节(?<![调环关章细]节)$",
            # A quoted slogan pairing its parts with 一 (“一主一副两翼多点”产业园区, “一带一路”) is a plan's shape, no
            # undertaking (“三馆一院” is one: three halls and an institute).
            r"“一[^”]一",
            # A free-trade port or zone being built is a programme, not one undertaking (海南自贸港建设).
            _each("自由贸易港|自贸港|自由贸易试验区|自贸区", "(?:建设)?$"),
        ]
    )
)
# The ends no candidate is a name with (`clean_name` rejects it first): a kind before 项目 (`_GENERIC_WORD`), a word
# that makes 项目 its object (`_NOT_A_NAME`); of two characters at most, so that a cut inside the word leaves too
# few to be a name (`现场办公|益服务项目`: a longer word cut inside may leave one).
_NO_NAME_ENDINGS = tuple(
    f"{word}项目"
    for words in (
        _KINDS_BEFORE_PROJECT,
        _PREPOSITIONS_BEFORE_PROJECT,
        _STAGES_BEFORE_PROJECT,
        _ONE_CHARACTER_VERBS_ON_PROJECTS,
        _CAMPAIGN_VERBS_ON_PROJECTS,
    )
    for word in words.split("|")
    if len(word) <= 2
)
# …and what a name does not open with: a stage (开工…), a year (2019年…), a count (3个, 百余名项目建设者),
# a phase alone (二期), a measure said twice (一铲铲项目建设热土: every spadeful), a project named before
# (该冷链物流园项目, 整个项目), a kind (一系列惠民), a level's designation (认定市级…), a year's word opening a
# clause about its projects (去年慈溪市项目投资…), a holiday's or a season's batch (元旦项目集中开竣工); a field's
# projects (新兴产业, up to four characters before 产业). Apart from `_NOT_A_NAME`: its words are searched
# for at every position, and a pattern whose branches all open with a character lets the engine skip to where
# one stands (see `_not_denied`); these are tried once, at the start.
_NOT_A_NAME_AT_START = re.compile(
    r"(?:开工|投产|签约|竣工)|\d{4}年|[^项]{0,4}产业$|[\d多余个]+$|\d+[多余]?个|[一二三四五六七八九十](?:、[一二三四五六七八九十])*期(?:工程)?$"
    r"|(?:\d+|[一二两三四五六七八九十百千]+)[多余]?名$|一(.)\1|(?:该|整个|一系列|主动|积极)|(?:认定|评定|新增|获评)"
    r"|又一(?=个|批|项|重|[十百千\d一二三四五六七八九])|(?:去年|今年|明年|当年|往年|全年|[上下]半年)|[\d一二三四五六七八九十]{1,2}月份?$"  # a month's batch (9月份项目)
    r"|年度"  # a year's programme (年度重点援疆项目)
    r"|十大|\d{1,3}大(?!道|街|桥|厦)"  # a ranking (十大新闻项目, 6大应用平台); not 百大 (百大集团, a company) nor 一大 (一大会址)
    r"|(?:元旦|春节|新春|新年|国庆|五一|端午|中秋|岁末|年末|年底|年初|年中|[春夏秋冬]季)$"
)


# Where a project stands, written before its name: a direction, a town or street (a 小镇 is
# built, no town: 丝网小镇项目), a zone.
_LEADING_LOCATION = re.compile(
    f"^(?:东部|西部|南部|北部|[区县镇园]内|[{HAN}]{{2,3}}(?:(?<!小)镇|街道)|[{HAN}]{{0,6}}?(?:开发区|高新区|度假区|示范区)|[{HAN}]{{1,6}}?新区)"  # a bare 新区 is the name's (新区水系工程)
)
MIN_NAME_AFTER_LOCATION = 4
_NUMBERED_ROAD = re.compile(r"[GSX]?\d{1,4}(?:国道|省道|县道)")
# A zone by its kind alone, with no name of its own (经开区, 高新区, 园区内).
_BARE_ZONE = re.compile("(?:经济技术|经济)?(?:开发区|经开区|高新区|度假区|示范区|新区)|[区县镇园]内")  # at a name's start
# A state builder's engineering bureau (中铁四局, 中建八局, 中交一航局, 中国二冶): written before a
# place and its works, the contractor, no part of the name.
_CONTRACTOR = re.compile(
    "^中国?(?:[铁建交水][一二三四五六七八九十]{1,3}(?:航务工程局|航局|局)|[一二三四五六七八九十]{1,3}冶)(?:集团)?(?:有限公司)?"
)
# What a zone's works are called after its name (沅城旅游度假区开发项目): the zone is the name.
_DEVELOPMENT_ALONE = re.compile("(?:整体|综合)?(?:开发|建设|改造|提升|整治|治理)(?:项目)?")


@dataclass(frozen=True)
class ProjectMention:
    name: str
    status: str  # the lifecycle stage reported for it (see STAGES, `find_projects`), "" when none
    sentence: str


# The end of a paragraph with no closing mark (a subhead, a caption whose credit was taken off). A line a PDF
# broke inside a name ends so too (`…自动化` / `码头项目…`); the layout rejoins most such lines before this is read.
_UNMARKED_END = re.compile("\n(?<=[^。！？；…：，、\n]\n)")  # the mark tested after it: see `_not_denied`
# A number before #: a works' numbered part (1#站, 2#楼), no social post's topic (#项目建设进行时#).
_NUMBERED_PART = re.compile("#(?<=\\d#)")


def find_projects(text: str) -> list[ProjectMention]:
    """Named projects in the text, one per name (its first mention), in order of appearance;
    a name a later sentence says again with its 项目 (沐水小镇, then 沐水小镇项目) is the same one.
    A mention whose clause reports no stage takes the stage a later clause of its sentence
    part reports of `项目` (`…产业园项目，…，目前项目一期已竣工投产；`), else a list label's in its
    sentence (`竣工项目有：A、B`) or in the ；-set parts before it (`开工代表性项目有：A项目，…；B项目，…`),
    else the stage of a batch the text has just reported (`27个重点项目集中开工。其中，A、B…`: the
    batch's sentence and the next CARRIED_SENTENCES). A mention that reports none takes the stage a later
    sentence naming it reports, and a sentence whose subject is 该项目 gives the one project the sentence
    before named the further stage its clauses about it report (`_further`)."""
    found: dict[str, ProjectMention] = {}
    first_said: dict[str, str] = {}  # a name without its closing 项目 -> the sentence that first said it
    batch, since_batch, list_stage = "", 0, ""
    # A paragraph that ends in no mark (a subhead, a caption whose credit was taken off) ends a clause all the
    # same: the next paragraph's words are no part of a name in it, though its sentence may go on.
    printed = _UNMARKED_END.sub("，", fold_punct(text)).replace("\n", "")
    # 項目 is 项目, ２个 is 2个, 1#站 1＃站 (a name's character, where a topic's # is none); names are given as printed.
    folded = _NUMBERED_PART.sub("＃", _masked_pluses(_masked_commas(half_width_alnum(simplified(printed)))))
    cursor, named_last = 0, []  # named_last: the projects the sentence before named
    for sentence in sentences(folded):
        cursor = max(cursor, folded.find(sentence, cursor))
        as_written = printed[cursor : cursor + len(sentence)]
        if len(named_last) == 1 and _THIS_PROJECT.match(sentence):
            found[named_last[0]] = _further(found[named_last[0]], _said_about_it(_clauses_of_part(sentence)))
        named_last = []
        collective = (_BATCH_STAGE.search(sentence) or _BATCH_STAGED.search(sentence)) if "个" in sentence or "集中" in sentence else None
        if collective and not _PLANNED.search(sentence[: collective.start()]):
            batch, since_batch = _STAGE_WORDS[collective["stage"]], 0
        elif batch and _PART_OF_BATCH.search(sentence):
            since_batch = 0  # the batch's next part (`新旧动能转换项目4个：分别是…`) carries its stage on
        listed = _LISTED_STAGE.search(sentence) if "项目" in sentence else None
        if listed and _PLANNED.search(sentence[: listed.start("stage")]):
            listed = None
        for raw, clause in _candidates(sentence):
            raw = _in_a_pair(raw, sentence)
            if raw is None:
                continue
            for name in map(clean_name, _pair(raw, sentence)):
                if not name:
                    continue
                # 沐水小镇 and a later sentence's 沐水小镇项目 are one project: its first mention names it,
                # and a later sentence reports its stage when the first reported none.
                # …and so are 南江粮库新库项目 and a later 南江粮库新库建设项目.
                stem = name.removesuffix("项目").removesuffix("建设")
                first = first_said.setdefault(stem, as_written)
                if name not in found and first == as_written:
                    earlier_key = None  # a new project
                else:
                    earlier_key = next((key for key in (name, stem, stem + "项目", stem + "建设项目") if key in found), None)
                    if earlier_key is None or found[earlier_key].status or found[earlier_key].sentence == as_written:
                        continue  # its stage reported already, or its first sentence read
                clause = clause() if callable(clause) else clause  # read for a name kept only
                carried = list_stage or (batch if since_batch <= CARRIED_SENTENCES else "")
                stage = _mention_stage(sentence, name, clause, listed, carried)
                if earlier_key is None:
                    found[name] = ProjectMention(as_printed(as_written, sentence, name), stage, as_written)
                elif stage:
                    found[earlier_key] = replace(found[earlier_key], status=stage)
                named_last.append(earlier_key or name)
        since_batch += not sentence.endswith("；")  # a list's parts set off by ；are one sentence's
        # A labelled list's items set off by ；(`开工代表性项目有：A项目，总投资…；B项目，…；`) are
        # one sentence's: the label's stage carries on to the sentence's end.
        if not sentence.endswith("；"):
            list_stage = ""
        elif listed:
            list_stage = _STAGE_WORDS[listed["stage"]]
    return _without_heads(list(found.values()))


# A sentence about the project the sentence before named, 该项目 its subject (`…了解A项目建设。该项目已…实现投产投用。`,
# `该项目于今年1月签约`); not a thing of the project's (`该项目所在的产业园已竣工`, `该项目与已竣工的…相邻`).
_THIS_PROJECT = re.compile("(?:该|此)项目(?:已|于|目前|现已|正在|正式|顺利|全面|今年|日前|近日)")


def _further(mention: ProjectMention, stage: str) -> ProjectMention:
    """The mention with `stage` when that is further than the stage it reports."""
    if not stage or (mention.status and STAGES.index(stage) <= STAGES.index(mention.status)):
        return mention
    return replace(mention, status=stage)


def _mention_stage(sentence: str, name: str, clause: str, listed: re.Match | None, carried: str) -> str:
    """The stage a sentence reports of a project it names: its clause's, else a later clause's about
    it, a list label's before it, the stage `carried` from a list or a batch, or its site's."""
    stage = _furthest_stage(clause.replace(name, " ", 1)) or _stage_said_of_it(sentence, name)
    if not stage and listed and sentence.find(name) >= listed.end():
        stage = _STAGE_WORDS[listed["stage"]]
    return stage or carried or _site_stage(clause)


_QUOTES = re.compile("[“”]")


def _fields_involved(items: list[str]) -> bool:
    """Whether a list's items are the fields its projects are in (`涉及新能源、新材料、装备制造业等项目`):
    led by 涉及, none with its own 项目 (`涉及…、工业互联网产融平台运营项目等20个项目` names projects)."""
    return "涉及" in items[0] and not any(item.endswith("项目") for item in items)


def _masked_pluses(text: str) -> str:
    """The text with each + between two words masked (`乡村振兴+村级光伏发电站项目`, `“区块链+AI”平台`): a
    name may hold it; a + between digits (`“4+5+5”项目行动计划`) is a programme's count, no name's."""
    return _PLUS_BETWEEN_WORDS.sub(_JOINING_PLUS, text) if "+" in text or "＋" in text else text


_PLUS_BETWEEN_WORDS = re.compile(f"(?<=[{HAN}A-Za-z])[+＋](?!项目)(?=[{HAN}A-Za-z“‘])")  # not a slogan's `党建+项目`


def _masked_commas(text: str) -> str:
    """The text with each 、 inside a short bracket (`水系(道孟河、芙蓉河)综合治理项目`) or a quoted slogan's
    parts (`“万、千、百、十”脱贫攻坚项目`) masked: a name may hold it, a list is not split at it. The
    mask is one character: names are given as printed, by their place in the text."""
    return _SHORT_BRACKET.sub(lambda match: match.group(0).replace("、", _BRACKETED_COMMA), text) if "、" in text else text


# Items of two characters or more: `各县（市、区）` lists levels, a name's bracket names its parts; a slogan's parts
# in quotes are one or two characters each (a quoted motto's clauses, `“投资为纲、项目为王”`, are longer).
_SHORT_BRACKET = re.compile("[（(](?:[^（）()，。；、]{2,8}、)+[^（）()，。；、]{2,8}[）)]|“(?:[^“”，。；、]{1,2}、)+[^“”，。；、]{1,2}”")


def _in_a_pair(raw: str, sentence: str) -> str | None:
    """A candidate in a pair of 既有…也有 (又有, 还有): None when it names a kind
    (`既有生产扩能项目，也有产业新建项目`), else without the 既有 that opens the pair
    (`既有汉江科技园项目，也有…`). Outside a pair, as it is: 既有 may begin a name
    (既有住宅加装电梯项目)."""
    if not raw.startswith(_PAIR_WORDS):  # most candidates: no search of the sentence
        return raw
    at = max(0, sentence.find(raw))
    opens = raw.startswith("既有") and bool(_PAIR_SECOND.search(sentence, at + len(raw)))
    closes = not raw.startswith("既有") and "既有" in sentence[:at]
    if not (opens or closes):
        return raw
    if _PAIRED_KIND.match(raw) and not _FACILITY_WORD.search(raw):
        return None
    return raw[2:] if opens else raw


# A pair's halves that name kinds: a short phrase and 项目; a name of its own is longer, or
# names its facility (既有投资10亿元的汉江汽车零部件产业园项目).
_PAIRED_KIND = re.compile(f"^(?:既|也|又|还)有[{HAN}]{{2,6}}项目$")
_PAIR_WORDS = ("既有", "也有", "又有", "还有")
_PAIR_SECOND = re.compile("[也又还]有")


def _without_heads(mentions: list[ProjectMention]) -> list[ProjectMention]:
    """The mentions less those whose name begins another's of the same sentence: there the
    shorter names the place of the longer (`光磊高端产业园` beside `光磊高端产业园…生产线提升项目`)
    or is its project cut short (`…产业园` beside `…产业园(二期)项目`), quotes aside (a list's
    `厕所革命` beside `“厕所革命”项目`); or ends it after a 、 (`南区…建设项目` beside `东区、南区…建设项目`)."""
    unquoted = {mention.name: _QUOTES.sub("", mention.name) for mention in mentions}
    return [
        mention
        for mention in mentions
        if not any(
            other.sentence == mention.sentence and other.name != mention.name and _part_of(unquoted[mention.name], unquoted[other.name])
            for other in mentions
        )
    ]


def _part_of(name: str, other: str) -> bool:
    """Whether `name` opens `other` or ends it after a 、."""
    return other.startswith(name) or other.endswith("、" + name)


_COUNT = "(?:\\d+|[一二三四五六七八九十两百]+)[个宗](?![月多])"  # 10个月 is a time, 十多个 no count; 宗, Guangdong's measure
# A batch of projects reaching a stage together: 集中开工, 集中签约, 项目集中竣工投产, and a
# count of projects doing so (`12个重大项目竣工`, `有5个项目竣工，包括…`).
_BATCH_STAGE = re.compile(
    # Not a part of the projects (已有5个项目开工, 其中, 仅, 还有): the rest have not.
    f"(?:集中|(?<!已有)(?<!其中)(?<!还有)(?<!仅){_COUNT}[^，,；。]{{0,8}}?项目(?:集中|同步|同时|统一)?)(?P<stage>开复工|开竣工|开工|签约|竣工|投产|落地|启动)"
)
# The stages a batch or a list's kind word names before its projects, not denied (尚未开工).
_BATCHED_STAGE = _not_denied(["开复工", "开竣工", "开工", "签约", "竣工", "投产"])
# …or the stage before the count: `此次开工的14个项目`, or a total's (`全市共开工247个项目`), not a target's (`明年开工10个
# 项目`) nor one of a year's several counts (`竣工1个、续建5个项目`); not `尚未开工的3个项目`.
_BATCH_STAGED = re.compile(f"(?P<stage>{_BATCHED_STAGE})(?:的|(?<=共开工|共签约|共竣工|共投产)){_COUNT}[^，,；。]{{0,8}}?项目")
CARRIED_SENTENCES = 2
# A stage the list's kind word after its items names (`…A、B等新开工项目建设`, `等签约项目`): the items reached it;
# not a stage planned right before it (拟开工, 计划开工, 力争新开工, 待签约: `_PLANNED_KIND`) and not 建设
# (`重点建设项目` is a kind of project, no stage).
_KIND_STAGED = re.compile(f"(?P<stage>{_BATCHED_STAGE})的?(?:重点|重大|产业)?项目")
MAX_PLAN_BEFORE_KIND = 4  # characters a plan's words take before the kind's stage (力争新, 计划)
# A part of a batch, counted and listed: `基础设施配套项目5个：分别是…` (not `全市安排项目145个，`),
# or a kind's list (`基础设施类和民生类项目有A、B`), or a field's (`基础设施方面，主要包括A、B等13个项目`).
_PART_OF_BATCH = re.compile(f"项目{_COUNT}[：:]|类项目(?:主要)?(?:有|包括)|方面[，,]?(?:主要)?(?:有|包括)")
# Clauses of money between a list's count and its label (`签约项目5个，总投资6.5亿元，分别是：`).
# Each clause is read up to its first 投资 only, so that a clause with two (`总投资10亿元、年度投资5亿元`)
# has one reading: a sentence of many such clauses costs its length, not 2 to the power of it.
_INVESTMENT_CLAUSES = "(?:[，,](?:(?!投资)[^，。；：:]){0,16}投资[^，。；：:]{0,16}?)*[，,]?"
# A list's label naming the projects' stage (`竣工项目有：`, `集中开工的项目包括`, `新签约的项目主要包括：`,
# `签约的12个项目分别为`): every project named after it in the sentence reached that stage.
# 有 and 为 only with their colon: 有关, 有望, 有序 and 为 (for) follow 项目 too (`签订合同的5个项目为:`).
_LISTED_STAGE = re.compile(
    f"(?P<stage>{_STAGE_WORD})(?!后)[^，。；：:]{{0,12}}?项目[^，。；：:]{{0,4}}?{_INVESTMENT_CLAUSES}(?:主要)?(?:包括[：:]?|有[：:]|分别为[：:]?|分别是[：:]?|为[：:])"
)
# A later clause about the project: `目前项目一期已竣工投产`, `该项目已开工`.
# …or goes on about it with no subject of its own: `…项目已完成主体工程，正在建设五星级酒店`,
# `…项目，在鄂托克经济开发区开工建设`, `…项目，于8月14日正式开工`, `…项目已完成年度计划投资，且已基本完工`.
_ABOUT_IT = re.compile(r"^(?:(?:目前|现在|当前|今年)?(?:该|此)?项目|正在|已经?|并|且(?=已|正在)|在|于)")


_COMMA = re.compile(r"[，,]")


def _stage_said_of_it(sentence: str, name: str) -> str:
    """The stage a later clause of the name's part of the sentence (up to ；) reports,
    when that clause speaks of `项目` (the project just named); within MAX_CLAUSE characters."""
    after = sentence.find(name) + len(name)
    return _said_about_it(_clauses_of_part(sentence[after:])[1:])


def _clauses_of_part(text: str) -> list[str]:
    """The clauses of the text's first part (up to ；), within MAX_CLAUSE characters."""
    return _COMMA.split(text[:MAX_CLAUSE].split("；")[0])


def _said_about_it(clauses: list[str]) -> str:
    """The furthest stage the clauses that speak of the project (`_ABOUT_IT`) report."""
    stages = [stage for clause in clauses if _ABOUT_IT.match(clause) and (stage := _furthest_stage(clause))]
    return _furthest(stages)


def _candidates(sentence: str):
    """(raw name, the clause naming it or the stage word) for every project shape. Cheap
    substring checks keep the backtracking patterns off sentences they cannot match. A name
    found by its 项目, the commonest shape, gives its clause as a function: most such names
    are cleaned away, and their clauses are never read."""
    labelled = _LIST_LABEL.search(sentence)  # 分别是, 包括, 具体为: a list's label
    if "个" in sentence and "项目" in sentence and (_COMMA_LIST_CUE.search(sentence) or _PROJECTS_ARE_LISTED.search(sentence)):
        yield from _comma_listed(sentence)
    projects_named = "项目" in sentence
    if projects_named or "工程" in sentence:
        lists = _LIST.finditer(sentence) if _LIST_CUE.search(sentence) else ()
        enumerated = _ENUMERATED.finditer(sentence) if projects_named and "、" in sentence and labelled else ()
        including = _INCLUDING.finditer(sentence) if projects_named and "包括" in sentence and "在内的" in sentence else ()
        contained = _PROJECTS_CONTAIN.finditer(sentence) if projects_named and "包" in sentence else ()
        had = _PROJECTS_HAD.finditer(sentence) if "项目有" in sentence and "、" in sentence else ()
        works = _LABELLED_WORKS.finditer(sentence) if labelled and "、" in sentence and "工程" in sentence else ()
        ceremony = (
            _CEREMONY_LIST.finditer(sentence)
            if projects_named and "举" in sentence and "、" in sentence and ("仪式" in sentence or "典礼" in sentence)
            else ()
        )
        for match in (*lists, *enumerated, *including, *contained, *had, *works, *ceremony):
            if "——" in match["items"]:
                continue  # `…基地内礼炮震天、机车轰鸣——9个…项目`: a scene, then the count after a dash
            if match["items"].endswith("第"):
                continue  # `…县第一个村集体光伏项目`: an ordinal, which of its kind it is, no count of items
            if _UNITS.search(sentence, match.end("items"), match.end()):
                continue  # `区督查局、区住建局等相关部门和项目责任单位`: a list of units, not of projects
            field = _KINDS.search(sentence, match.end("items"), match.end())
            if field and not _FIELDS_PROJECTS.fullmatch(sentence, match.end("items"), match.end()):
                continue  # `A、B等10个类别的15项…项目`, `新能源、煤炭综合开发等领域重大项目`: a list of kinds, not of projects
            if _TALENT.search(sentence, match.end("items"), match.end()):
                continue  # `包括院士、长江学者在内的14个人才项目`: people a programme brings in, no undertakings
            items = _split_items(match["items"])
            if "涉及" in match["items"] and _fields_involved(items):
                # `签下了涉及新能源、新材料、装备制造业等项目`: the fields the projects are in (items
                # with their own 项目 are projects: `涉及5G产业…、工业互联网产融平台运营项目等20个项目`)
                continue
            if _MEANS.match(sentence, match.end("items")):
                continue  # `通过实地观摩、听取汇报、问询交流等方式了解…项目`: a list of means, not of projects
            if _WAYS_OF_PROJECTS.match(sentence, match.end()):
                continue
            if match["items"].endswith("项目") and _COUNTED.match(sentence, match.end("items")):
                continue  # `新能源新材料项目7个、…`: a kind counted, as below
            if "、" not in match["items"] and _SEVERAL.match(sentence, match.end("items")):
                continue  # `绍兴市区11个重大项目`, `清华大学4个…项目`: one name is not several projects, but whose they are
            from_list = match.re.pattern == _LIST.pattern  # by its text: a benchmark may wrap the compiled pattern
            if from_list and match["works"] and "其他" in sentence[match.end("items") : match.end()]:
                continue  # `A、B等6条县乡公路及其他公路工程`: the 工程 is the others', not the items'
            if from_list and match["works"]:
                # `崔杨路东延、团大公路改线等2项新建工程`: the works on named roads, lines, bridges,
                # each the 工程 it lists; a list of kinds of works (饮水安全、道路硬化等民生工程) is none.
                items = [named for item in items if (named := _listed_works(item))]
                if not items:
                    continue
            if from_list and (counted := _BARE_COUNT.match(sentence, match.end("items"))) and (_count(counted[1]) or 0) > len(items) + 1:
                # `A项目、清华大学4个科技成果转化项目`: a count more than the items, no 等 before it, is the last one's own
                # projects (清华大学's four), none of them named; one more may be the last joined by 和 (`…、D和E5个项目`).
                items = items[:-1]
                if not items:
                    continue
            # The items' own words are no stage of theirs (蜜桔科技跨境电商运营中心 is not
            # 运营, 涛雒风情小镇建设 not 建设); the words before the first item may be.
            first = clean_name(items[0])
            named_part = match["items"][max(0, match["items"].find(first)) if first else 0 :]
            stage = _cleft_said(sentence, match.start()) + _clause_around(sentence, match.start(), match.end()).replace(named_part, " ")
            kind = _KIND_STAGED.search(sentence, match.end("items"), match.end())
            if kind and not _PLANNED_KIND.search(sentence, max(0, kind.start() - MAX_PLAN_BEFORE_KIND), kind.start()):
                stage = kind["stage"]  # `A、B等新开工项目`: what the list calls its items, whatever the clause plans
            # A field's counted projects (`A、B等3个社会领域重大项目`) and a batch's items (`竣工项目有A、B`) may list fields or
            # parts (`集成电路、人工智能等3个领域重大项目`, `园区道路、污水管网`): those that end as names are the projects.
            named_only = bool(field) or match.re.pattern == _PROJECTS_HAD.pattern
            for item in items:
                if not named_only or _ENDS_AS_A_NAME.search(clean_name(item)):
                    yield item, stage
        for match in _found_near(_NAMED, sentence, _PROJECT_WORD, MAX_NAME, _OUTSIDE_NAMES):
            if _COUNTED.match(sentence, match.end()) or _FIELD_AFTER.match(sentence, match.end()):
                continue  # `新能源新材料项目7个、高端装备制造项目8个`, `社会事业及民生项目方面`: kinds, not names
            if _PROMOTION_AFTER.match(sentence, match.end()):
                continue  # `…循环经济试验区项目推介会`: the projects a meeting promotes, a place's, none named
            if _COUNT_THEN_PROJECT.search(match.group(0)):
                continue  # `生态保护和环境治理方面共有2个项目`: a count of projects, whatever words come before it
            if _ORDINAL_OF_KIND.search(match.group(0)) and _NAMED.match(sentence, match.end()):
                continue  # `第一个村集体光伏项目鹿鸣乡…发电站项目`: which of its kind it is, its name straight after
            raw = _after_copula(sentence, match)
            if raw.endswith("工程项目") and _WORKS_STAFF.match(sentence, match.end()):
                raw = raw[:-2]  # `…一期工程项目经理`: the 项目 is the manager's; the works is named by its 工程
            yield raw, partial(_named_clause, sentence, match.start(), match.end())
    if _STAGE_RE.search(sentence) and _FACILITY_WORD.search(sentence):
        for match in _found_near(_FACILITY_STAGE, sentence, _FACILITY_THEN_STAGE, MAX_FACILITY_NAME, _OUTSIDE_LISTS_OF_NAMES):
            items = _split_items(match["name"])
            if _WORK_LISTED_ON.match(sentence, match.end()):  # `推进港口码头、交通设施、特色小镇建设、城中村改造等工作`
                items = [item for item in items if len(clean_name(item) or item) > KIND_OF_WORK_CHARS]
            if match.start() and _NAME_CHAR.match(sentence, match.start() - 1):
                items = items[1:]  # its first name cut off inside a longer one (…星萌冻|干食品生产线建设项目、…小镇建设)
            planned = _PLANNED.search(sentence, 0, match.start("stage"))  # `预计沪宁高速公路于2026年6月建成通车`: no report
            yield from ((item, "" if planned else match["stage"]) for item in items)
        for match in _STAGE_FACILITY.finditer(sentence):
            yield from ((item, match["stage"]) for item in _split_items(match["name"]))
    if labelled:
        for match in _COUNTED_LIST.finditer(sentence):
            clause = _clause_around(sentence, match.start(), match.start("items"))
            items = _counted_items(match)
            every = (match["projects"] or match["named"]) and not match["more"] and _count(match["count"]) == len(items)
            for item in items:
                if every or _ENDS_AS_A_NAME.search(clean_name(item)):
                    yield item, clause
    if "工程" in sentence:
        for match in _found_near(_WORKS_ON_A_NAMED, sentence, _WORKS_OF_THEN_WORKS, MAX_WORKS_NAME, _OUTSIDE_NAMES):
            # Not when cleaning cuts the named thing off (…永清路提升改造工程: 提升 reads as a verb),
            # nor when the thing has no name of its own (新建中学工程, 桥梁工程: kinds of works).
            if _names_a_thing(clean_name(match["name"])):  # 国道324线…工程: the line, named by 国道324
                yield match["name"], _clause_around(sentence, match.start(), match.end())
    if "为代表" in sentence and "工程" in sentence:
        for match in _REPRESENTATIVE_WORKS.finditer(sentence):
            if _NAMED_THING.search(match["name"]):  # not a programme or a kind (以乡村振兴重点工程为代表)
                yield match["name"], _clause_around(sentence, match.start(), match.end())
    if "等地" in sentence or "等处" in sentence:
        for match in _VISITED.finditer(sentence):
            clause = _clause_around(sentence, match.start(), match.end())
            yield from ((item, clause) for item in _split_items(match["items"]) if _is_site_visited(clean_name(item)))
    if "的" in sentence and ("在建" in sentence or "正在" in sentence):
        for match in _UNDER_WAY.finditer(sentence):
            if "的" not in match["name"]:  # `正在建设的全省重要的…`: what it is, not its name
                yield match["name"], match["stage"]
    if "现场" in sentence:
        for name, clause in _sites_named(sentence):
            if "会场" not in clause:  # a ceremony's venue (`在燕山大道施工现场设立分会场`): where a batch starts, maybe none of it
                yield name, clause
    if "的项目" in sentence and (named := _THE_PROJECT_IS.search(sentence)) and not _DESCRIBES_THEM.search(named["name"]):
        yield named["name"], sentence[: named.start()]
    if not _OWN_FACILITY_WORD.search(sentence):
        return
    for match in _NAMED_FACILITY.finditer(sentence):
        yield match["name"], _clause_around(sentence, match.start(), match.end())


# Words the patterns cannot match without: the patterns backtrack over every position of
# a sentence, these find in one pass where a match may be. A list's 等 or N个 and its 项目
# stand in one clause (`_LIST`).
_FACILITY_WORD = re.compile(f"{_FACILITY}|{_BRIDGE}")
_OWN_FACILITY_WORD = re.compile(_OWN_FACILITY)
_PROJECT_WORD = re.compile("项目")
# The works that stands for a batch's kind (`以鹳河流域(丁河段)水环境综合治理工程为代表的5个水利项目`): named, one of them,
# when it names a road, a building, a river or a site (`_NAMED_THING`).
_REPRESENTATIVE_WORKS = re.compile(f"以(?P<name>{_NAME_CHARS}{{4,{MAX_NAME}}}?工程)为代表")
_NAMED_THING = re.compile(f"{_WORKS_OF}|{_WATERS_AND_SITES}|流域")
# What a visit's place is named as when it is a project (`_is_site_visited`).
_VISITED_SITE = re.compile(f"(?:项目|工程|{_OWN_FACILITY}|工业园|园区|基地|总部|工厂|电厂|生产线|中心|大厦)$")
# A centre of public services or of command is an office a visit inspects (便民服务中心, 应急指挥中心), no works.
_PUBLIC_OFFICE = re.compile("(?:服务|指挥|管理|运行|调度|实践|活动|政务|审批|职教|疾控|救助|监测|应急)中心$")
_LIST_CUE = re.compile("[等个][^，。；]*(?:项目|工程)")
_LIST_LABEL = re.compile("分别|主要有|包括|具体|项目[是为][：:]")
_FIELD_AFTER = re.compile("方面|领域")  # the field a kind of project is in
_ORDINAL_OF_KIND = re.compile("(?:第[一二三四五六七八九十\\d]+|首)[个座家]")  # 首个, 第一个: the first of a kind
_BARE_COUNT = re.compile("(\\d+|[一二三四五六七八九十两]+)个")  # a list's count with no 等 before it
_PROMOTION_AFTER = re.compile("推介会|推介活动|招商会|洽谈会|说明会")  # a meeting promoting a place's projects (not 推介成功)
_COUNT_THEN_PROJECT = re.compile(f"{_COUNT}(?:重点|重大)?项目”?$")
# A clause saying which project reached the stage, its name alone after 的项目是 (`此次…集中开工的项目是泉厦金生命健康硅谷。`):
# the name needs no project word of its own.
_THE_PROJECT_IS = re.compile(f"的项目(?:是|为)(?P<name>{_NAME_CHARS}{{4,30}})(?=[，。；,]|$)")
# …not what the projects are (`…是…精神的生动实践`, `…的项目为近三年来最多`): a description, a comparison, a span of time.
_DESCRIBES_THEM = re.compile("的|最|以来|年来|之一|数量")
# The staff and offices a works' 项目 opens (项目经理, 项目部, 项目指挥部): a name before them ends at its 工程.
_WORKS_STAFF = re.compile("经理|部(?![署分门])|指挥部|负责人|总工|总监|办公室")
# A counted list of a batch's items, named one by one (`产业转型类项目12项，具体为：唐通物流园、
# 水北湾、寺河煤矿管带机输煤工程等`): the items that end as a name does (`_ENDS_AS_A_NAME`) are
# projects, with or without 项目; the others (水北湾, 泽州县中医院) may be places or programmes.
# A count of 项目 that the items match one for one (`此次观摩的四个项目分别是A、B、C、D`) makes
# each of them a project, whatever it ends in (建业·运河古镇, 芙蓉湖主题公园).
# The count may follow 项目, clauses of money may precede the label, and 和 may join the last
# item (`新开工项目两个，分别是海远生物和伍佰生物`).
_COUNTED_LIST = re.compile(
    f"(?P<named>项目)?(?P<count>\\d+|[一二三四五六七八九十两百]+)[项个](?P<projects>(?:重点|重大)?项目)?{_INVESTMENT_CLAUSES}"
    f"(?:具体为|具体是|具体包括|{_LIST_LABELS}|(?<=项目)[是为](?=[：:]))[：:]?"
    f"(?P<items>{_ITEM}(?:(?:、{_ITEM})+(?:和(?P<last>{_ITEM}))?|和(?P<only_last>{_ITEM})))(?P<more>等)?(?=[，。；,]|$)"
)
_ENDS_AS_A_NAME = re.compile(f"(?:项目|{_FACILITY}|{_OWN_FACILITY})$")
# A list's tail naming 部门 or 单位 lists the units it names (their 项目 is another
# noun's: 项目责任单位).
# …or places (`北京、青岛、上海、南京等5个城市的企业`): whose companies sign, none of them a project.
_UNITS = re.compile(
    "部门|单位|个(?:城市|省份|国家|地区)|人(?<=\\d人)(?=参加|出席|参与|观摩|见证|到场)"
)  # …or people attending (…代表等约1000人参加了…)
_KINDS = re.compile("类别|方面|领域|大类")
# …but a field's projects (`A、B等3个社会领域重大项目`) may list them, where the items name them (not fields,
# `新能源、煤炭综合开发等领域重大项目`), and kinds counted (`等10个类别的15项…项目`) none.
_FIELDS_PROJECTS = re.compile(f"等?(?:{_COUNT})?[{HAN}]{{0,6}}(?:领域|方面)(?:重大|重点)?项目")
_TALENT = re.compile("(?:人才|引智)项目$")  # not 人才公寓, 人才安居项目: housing for them
# …or of what a works serves (兼顾防汛抗旱、旅游观光等功能的…项目), or of a project's aspects (了解项目进展、
# 工程进度、基础设施配套等情况).
_MEANS = re.compile(
    "等(?:多种|各种)?(?:方式|形式(?!主义)|途径|手段|渠道|措施|举措|方法|功能|用途|情况|问题|环节)"
)  # (not 等以PPP方式建设的项目)
# …or of the ways projects are pushed on (一线服务等项目推进机制): 项目 then a mechanism; or of the
# aspects of a project's progress a visit learnt (`了解图纸设计、主体厂房建设等项目进展等情况`).
_WAYS_OF_PROJECTS = re.compile("[^，。；]{0,4}?(?:机制|制度|模式|办法)|[^，。；等]{0,6}等(?:情况|方面)")
_COUNTED = re.compile(f"(?:各|近|约|超)?{_COUNT}")  # 近20宗: about twenty
_SEVERAL = re.compile("(?:[2-9]|\\d{2,}|[两二三四五六七八九十百][一两二三四五六七八九十百]*)[个条座]")  # 两条高速公路: several


# A list whose items commas set off, opened by a stage or a list's label and closed by a
# count of projects the items match (`开工A，B，C等11个重点项目`, `分别是A，B，C三个项目`):
# the count tells it from a run of clauses.
_COMMA_ITEM = f"[{_NAME_CHAR_SET}、]{{2,{MAX_COMMA_ITEM}}}?"
_COMMA_LIST = re.compile(
    f"(?:{_LIST_LABELS}|{_STAGE_WORD})[：:]?(?P<items>{_COMMA_ITEM}(?:[，,]{_COMMA_ITEM}){{2,}})"
    f"(?P<more>等)?(?P<count>\\d+|[一二三四五六七八九十两百]+)个(?:重点|重大)?项目"
)
# …or by a count of projects and 为 (`7个项目为:A,B,…,G`), up to the sentence's end; an item may
# hold a 、 (`桥包上、下村污水处理…工程`).
_COMMA_LIST_ITEM = f"[^，,。；：:]{{2,{MAX_COMMA_ITEM}}}"
_COUNT_THEN_COMMA_LIST = re.compile(
    f"(?P<count>\\d+|[一二三四五六七八九十两百]+)个(?:重点|重大)?项目(?:分别)?[为是][：:]"
    f"(?P<items>{_COMMA_LIST_ITEM}(?:[，,]{_COMMA_LIST_ITEM})+)(?P<more>)(?=[。；]|$)"
)
_PROJECTS_ARE_LISTED = re.compile("项目(?:分别)?[为是][：:]")
_COMMA_LIST_CUE = re.compile("[，,][^，,。；]{2,30}[，,]")


def _listed_works(item: str) -> str:
    """A list of works' item as the 工程 it lists on a named road, line or bridge; "" for a kind of
    works (涵闸除险加固) or a company (华新水泥)."""
    works = item if item.endswith("工程") else item + "工程"
    if not _ROADS_AND_BUILDINGS.search(works):
        return ""  # a river's or a site's works among kinds (`渭河生态修复、绿化美化、河道疏浚等工程`): one more kind
    return works if _WORKS_ON_A_NAMED.fullmatch(name := clean_name(works)) and _names_a_thing(name) else ""


def _is_site_visited(name: str) -> bool:
    """Whether a visit's place, cleaned, is named as works, a park, a plant or a centre, no office (`_PUBLIC_OFFICE`)."""
    return bool(_VISITED_SITE.search(name)) and not _PUBLIC_OFFICE.search(name)


def _sites_named(sentence: str):
    """(name, clause) of each facility named right before its works' site (`_SITE_WORD`): the run of name characters
    there, at most MAX_FACILITY_NAME of them, when it ends in one of `_SITE_THINGS` (a plain test of its end, where a
    pattern would try every length of the run)."""
    for site in _SITE_WORD.finditer(sentence):
        run = _OUTSIDE_NAMES.split(sentence[max(0, site.start() - MAX_FACILITY_NAME) : site.start()])[-1]
        if len(run) > 2 and run.endswith(_SITE_THINGS):
            yield run, _clause_around(sentence, site.start() - len(run), site.end())


def _names_a_thing(name: str) -> bool:
    """Whether the words before one of a works' things (…路, …闸) name it: 涵闸除险加固工程 names none."""
    return any(_names_the_thing(name[: thing.start()], thing.group()) for thing in _works_things(name))


def _comma_listed(sentence: str):
    """(item, the words before the list) of each comma-set list whose items the count
    matches: as many, or no more after 等. An item after a count and 为 may report its stage
    (`…,文罗镇启动农村生活用水净化供水工程。`): the count bounds the list."""
    for pattern, not_an_item in ((_COMMA_LIST, _CLAUSE_NOT_ITEM), (_COUNT_THEN_COMMA_LIST, _SUM_OR_SPEECH)):
        for match in pattern.finditer(sentence):
            items = _COMMA.split(match["items"])
            count = _count(match["count"])
            counted = count is not None and (len(items) == count or (match["more"] and len(items) <= count))
            if counted and not any(not_an_item.search(item) and not _ENDS_AS_A_NAME.search(item) for item in items):
                opening = _CLAUSE_MARK.split(sentence[max(0, match.start() - MAX_CLAUSE) : match.start("items")])[-1]
                for item in items:
                    for part in _named_parts(item):
                        yield part, opening


def _named_parts(item: str) -> list[str]:
    """A comma-set item's names: its parts set off by 、 when each ends as a name does
    (`A保护工程、B湿地建设项目`), else the item whole (`东区、南区污水处理厂调节池建设项目`: one works)."""
    parts = item.split("、")
    return parts if all(_ENDS_AS_A_NAME.search(part) for part in parts) else [item]


# What a clause holds and a name does not: a count, a sum, an event, a stage but 建设 (…产业园建设),
# a speaker's verb (…表示热烈祝贺，他说，A等5个项目).
_CLAUSE_NOT_ITEM = re.compile("等|个|[亿万]元|举行|召开|开工|竣工|签约|投产|启动|落地|表示|说$|指出|强调")
_SUM_OR_SPEECH = re.compile("等|个|[亿万]元|举行|召开|表示|说$|指出|强调")


def _counted_items(match: re.Match) -> list[str]:
    """A counted list's items; 和 before the last, both names of four characters or more,
    joins two of them (`海远生物和伍佰生物`; 中和环保产业园 is one)."""
    items = _split_items(match["items"])
    last = match["last"] or match["only_last"]
    if last:
        before = items[-1][: -len(last) - 1]
        if len(before) >= MIN_PAIRED_NAME and len(last) >= MIN_PAIRED_NAME:
            return [*items[:-1], before, last]
    return items


def _count(numeral: str) -> int | None:
    return int(numeral) if numeral.isdigit() else chinese_number(numeral)  # None: 一百, 三两


def _found_near(pattern: re.Pattern, text: str, word: re.Pattern, reach: int, outside: re.Pattern):
    """`pattern.finditer(text)` for a pattern whose every match holds `word` at most `reach` characters after its
    start, with no character `outside` matches before the word: each search begins after the last such character
    within reach of the next word, not at every position before it."""
    pos = 0
    while cue := word.search(text, pos):
        start = max(pos, cue.start() - reach)
        if before := outside.search(text[start : cue.start()][::-1]):
            start = cue.start() - before.start()
        match = pattern.search(text, start)
        if match is None:
            return
        yield match
        pos = match.end()


MIN_PAIRED_NAME = 4
MIN_LEFT_AFTER_VERB = 2
# Buildings a county builds and names (莲池小学, 县殡仪馆, 失地农民安置小区): before 建设项目
# they are the name's, after at least two characters of their own (学校建设项目 is a kind).
_BUILDING = "小学|中学|学校|幼儿园|医院|卫生院|住院部|门诊部|馆|厂房|厂|小区|公寓|大楼|楼|广场|公园|体育场|客运站|服务区"
# A road, a bridge, a railway or its station said to be under way before it (`考察了正在建设的沪昆高铁邵阳北站`, a
# photo's `在建中的…走廊`); not a building, whose kinds are as often under way (`在建的公租房小区`, `正在建设的5G基站`),
# nor what a place is becoming (`正在建设的…国际科技创新中心`), nor what was under way before (`去年还在建的…`)…
_LINE_WORKS = f"{_BRIDGE}|大道|大街|公路|铁路|高速|通道|走廊|隧道|水库|码头"
_RAIL_STATION = "[东南西北]站|火车站|高铁站"  # not any 站 (5G基站, 污水处理站)
_UNDER_WAY = re.compile(
    f"(?P<stage>正在建设|正在施工|(?<!还)在建中?)的(?P<name>{_NAME_CHARS}{{2,30}}?(?:{_LINE_WORKS}|{_RAIL_STATION}|项目))(?=[，。；、,和及与]|$)"
)
# …or a facility, a building or such works named before its works' site (`在泉州港石狮航运中心施工现场`, `新邵大道建设现场`;
# a site named by its 项目 is `_NAMED`'s); no works (`交通工程施工现场`: a kind) nor valley (`峡谷`).
_SITE_WORD = re.compile("(?:施工|建设)现场")
_NOT_SITE_THINGS = {"工程", "电池", "装备", "平台", "谷", "港"}  # a kind of works, products, a valley, a port: no one building
_SITE_THINGS = tuple(
    dict.fromkeys(
        [
            *(word for word in _FACILITY.split("|") if word not in _NOT_SITE_THINGS),
            *_BUILDING.split("|"),
            *_LINE_WORKS.split("|"),
            "站",  # any station: its site is one building's
        ]
    )
)
_PHASE_WORDS = "[（(][一二三四五六七八九十]期[）)]"  # a phase after 项目: 项目（三期）
_PHASE_BARE = "(?:[一二三四五六七八九十]期)"  # …or before 工程 without brackets: 提升一期工程
_PHASE = re.compile(f"{_PHASE_WORDS}$")
_FACILITY_AND_VERB = re.compile(
    f"(?:{_FACILITY}|{_OWN_FACILITY}|[{HAN}A-Za-z0-9]{{2}}(?:{_BUILDING}))(?:{_WORKS_VERBS})+项目(?:{_PHASE_WORDS})?$"
)


# …and the works of a named thing (广西长琦新型环保墙面材料建设项目): four characters of its
# own before the verb, brackets too (项城市西环路（G106）建设项目), none of them a verb (else the
# verb before it was stripped first);
# the thing is judged like a name (基础设施建设项目 is a kind's works: `_works_thing`).
_NAMED_WORKS = re.compile(f"[{HAN}A-Za-z0-9（）()]{{4}}(?P<verb>{_WORKS_VERBS}){_PHASE_BARE}?(?:工程(?:{_PHASE_WORDS})?项目|工程|项目)$")
# The words that close a name, with nothing of its own: 项目, 工程（二期）项目, 一期工程.
_CLOSING_WORDS = re.compile(f"{_PHASE_BARE}?(?:工程)?(?:{_PHASE_WORDS})?(?:项目)?(?:{_PHASE_WORDS})?$")
# The most characters those words take (一期, 工程, （二期）, 项目, （三期）): a search for them from further back would
# try every position of a long name for a match that can only be at its end.
MAX_CLOSING_WORDS = 14
_WORKS_VERB_ALONE = re.compile(f"(?:{_WORKS_VERBS})(?:项目)?")
_WORKS_VERB_END = re.compile(f"(?:{_WORKS_VERBS})$")


def _works_things(name: str) -> list[re.Match]:
    """The words of the things a works' name may name (…路, …线, …中学), any of which its words
    before may name; a phase (一期) only in a name with no other (桥梁一期工程: 桥梁 is a kind)."""
    things = list(_WORKS_OF_WORD.finditer(name))
    return [thing for thing in things if thing.group() != "期"] or things


def _names_the_thing(before: str, thing: str) -> bool:
    """Whether the words before a works' thing (…路, …码头) name it: two characters or more (one
    before a river's or a lake's word: 淮河, 汉江), not a works verb or a kind of place alone (新建, 城市, 农村)."""
    return len(before) >= (1 if thing in _WATER_WORDS else 2) and not _UNNAMED_THING.fullmatch(before)


_WATER_WORDS = ("河", "溪", "湖")


# …nor what a sluice or a pumping station does (排涝闸, 分洪闸, 排涝泵站: kinds of water works).
_UNNAMED_THING = re.compile(f"(?:{_WORK_ON}|在建|重点|城市|城区|农村|乡村|城乡|市政|交通|水利|排涝|分洪|泄洪|节制|防洪|挡潮|提水|排水)+")


def _works_thing(name: str) -> str:
    """The project of the thing whose works the name is (…材料建设项目 → …材料项目), else the name."""
    works = _NAMED_WORKS.search(name)
    return name[: works.start("verb")] + "项目" if works else name


_JOINED = re.compile("及|与")
# A phase closes a name as a facility's word does (…棚户区改造一期及乐城公园二期).
_FACILITY_END = re.compile(f"(?:{_FACILITY}|{_OWN_FACILITY}|[一二三四五六七八九十]期)$")


def _pair(raw: str, sentence: str) -> list[str]:
    """`A和B`: two names when both have four characters or more of their own, a closing
    等项目 aside (赛捷…基地和万丰…基地); none when both have two or more (湿地和旅游项目,
    新能源整车和电池等项目: 电池 is no name of its own); else 和 is inside one name (万和春…).
    Facilities joined by 及 or 与, each ending in its facility word or its phase and no kind, are two names.
    What stands before 关于 (about) is who speaks of the project, never its name
    (`县自然资源和规划局关于该项目`, `听取了关于A项目`), nor what stands before 就 (on) after the
    parties' names (`市政府和东阳光集团就东阳光…项目`): it is dropped first."""
    raw = raw.rsplit("关于", 1)[-1]
    if "就" in raw:
        raw = _PARTIES_ON.sub("", raw)
    facilities = _JOINED.split(raw)
    if len(facilities) > 1 and all(len(f) >= MIN_PAIRED_NAME and _FACILITY_END.search(f) and not _is_generic(f) for f in facilities):
        return facilities  # `A产业园及B产业园`, `A中心与B中心`: two facilities, each named in full (…中心及综合配套工程 is one)
    if "和" not in raw:
        return [raw]
    parts = _split_at_and(raw)
    if _products_of_one(parts) or _one_of_a_series(raw, parts, sentence):
        return [raw]
    # A `…的` clause, a list's label and the words that introduce an item (也有) are no name's.
    own = [len(_LEADING_VERB.sub("", _LABEL_LEAD.sub("", part.rsplit("的", 1)[-1])).removesuffix("等项目")) for part in parts]
    if len(parts) == 1 or all(n >= MIN_PAIRED_NAME for n in own):
        return parts
    return [] if all(n >= 2 for n in own) else [raw]


# The parties who act on a project (`…和东阳光集团就`), as `_LEADING` reads them.
_PARTIES_ON = re.compile(f"^.*{_ON_IT}")


# A project named by what it makes, or its site by what is made there (模具和关键零部件制造产业园项目).
_MAKES_THEM = re.compile("(?:生产|加工|制造)(?:线|基地|产业园)?项目$")
_OUTPUT = re.compile("[\\d.]+万?(?:吨|套|件|台|辆|平方米|米|瓶|只|片|个)")  # a yearly output: 5000吨, 100万套


def _one_of_a_series(raw: str, parts: list[str], sentence: str) -> bool:
    """Whether `raw`, closed by its 项目, follows an item of a series closed by its own
    (`…焦化升级改造项目、卓科碳基碳纳米管和导电浆料项目、…`): a 和 inside it then joins the parts of
    one name, since two projects would have been written with two 项目 as the others are; but
    not after a part that ends as a name does (`A基地和B基地项目`: two facilities)."""
    if not raw.endswith("项目") or _named_before_last(parts):
        return False
    return sentence.endswith("项目、", 0, sentence.find(raw))


def _named_before_last(parts: list[str]) -> bool:
    """Whether a part of `A和B` before the last ends as a name does (`A基地和B基地项目`): its own project."""
    return any(_ENDS_AS_A_NAME.search(part) for part in parts[:-1])


def _products_of_one(parts: list[str]) -> bool:
    """Whether the parts of `A和B` are the products of one project, which makes them all: one company's (named
    in the first part alone), named by what it makes (`铭成带钢汽车配件和冷轧带钢生产项目`) or by its output of each (`年产100万套车架和100万套减震项目`),
    no part before the last ending as a name does."""
    if len(parts) < 2 or _named_before_last(parts):
        return False
    if _COMPANY_BEFORE_WORDS.search(parts[0]) and all(_product(part) for part in parts[1:]):
        return True  # `…建筑工程有限公司装配式钢结构和轻钢房屋项目`: one company's project, what it builds
    return bool(_MAKES_THEM.search(parts[-1])) or all(_OUTPUT.match(part) for part in parts[1:])


_COMPANY_BEFORE_WORDS = re.compile("(?:公司|集团)(?=.)")  # a company with words of its own after it
MAX_PRODUCT = 6  # characters of a product's words with the closing 项目 off (轻钢房屋); longer, they name a project of their own


def _product(part: str) -> bool:
    """Whether a part after the first of `A和B` is a product's words: short, no company of its own."""
    return len(part.removesuffix("项目")) <= MAX_PRODUCT and not _COMPANY_BEFORE_WORDS.search(part)


_LABEL_LEAD = re.compile(f"^.*?(?:{_LIST_LABELS}|具体为)[：:]?")  # `分别是中和环保产业园`: 中 is no name


def _split_at_and(raw: str) -> list[str]:
    """`raw` split at each 和 but one opening a place's full name (和田市), a route's end
    that is a place (西宁至和田高速), one inside a department's name (`_AND_OF_A_DEPARTMENT`), or
    one joining two works on one thing (油茶新建和提质改造)."""
    inside = {at + span.index("和") for span in _AND_OF_A_DEPARTMENT if (at := raw.find(span)) >= 0}
    cuts = [
        i
        for i, char in enumerate(raw)
        if char == "和"
        and i not in inside
        and not _and_of_a_place(raw, i)
        and not _after_a_place_alone(raw, i)
        and not (_WORK_ON_END.search(raw, 0, i) and _WORK_ON_START.match(raw, i + 1))
    ]
    return [raw[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(raw)])]


# Two works on one thing joined by 和 (油茶新建和提质改造项目): one undertaking.
_WORK_ON_END = re.compile(f"(?:{_WORK_ON})$")
_WORK_ON_START = re.compile(_WORK_ON)


# Departments whose names hold 和, the field they name one (基层人力资源和社会保障服务信息平台).
_AND_OF_A_DEPARTMENT = ("人力资源和社会保障", "住房和城乡建设", "自然资源和规划", "文化和旅游", "工业和信息化", "科学技术和")


def _after_a_place_alone(raw: str, at: int) -> bool:
    """Whether the 和 at `at` follows a place's full name alone and begins no place: it opens
    the name the place is written before (丹寨县和光逸境建设项目), joins no two places' projects
    nor a place and a party working together (即墨区和华为公司合作项目)."""
    before = raw[at - 1 : at]  # the cheaper test first: a division's name ends in its level
    return (
        before in _LEVEL_ENDS
        and raw[:at] in divisions()
        and not place_starting_at(raw, at + 1)
        and not _PARTY_OR_JOINT_WORK.search(raw, at + 1)
    )


_LEVEL_ENDS = frozenset("省市区县州旗盟")
_PARTY_OR_JOINT_WORK = re.compile("公司|集团|企业|大学|学院|银行|合作|共建|签约|签订|携手")


def _and_of_a_place(raw: str, at: int) -> bool:
    """Whether the 和 at `at` opens a place's name: a full one (和田市), or a route's end
    (西宁至和田高速). A short name does not count: in 神华新能源和龙拓… 和 joins two names,
    whatever 和龙 spells."""
    return place_starting_at(raw, at) in divisions() or (raw[at - 1 : at] in ("至", "到") and _begins_a_place(raw, at, at + 1))


def _unquoted(name: str) -> str:
    """A name in quotes, without them; a quotation opening before it and closing after
    it (`“青岛光电产业园是…` ) drops its opening mark."""
    if name.startswith("“") and (name.endswith("”") or "”" not in name):
        return name[1:].removesuffix("”")
    return name


# What a list of projects opens with after its clause (`…开工建设的项目为A和B`): no part of A.
_PROJECTS_ARE = re.compile("^项目(?:分别)?[为是]")
_SUPPORTING_WORKS = re.compile(r"及配套(?:项目|设施)$")
_GLUED_BEFORE = re.compile(f"^.*{IMAGE_EXTENSION}|^[^（(]*[）)]|^.*[（(](?=[^（()）]*$)", re.IGNORECASE)
_GLUED_BEFORE_CUE = re.compile("[.（()）]")  # what each of `_GLUED_BEFORE`'s branches needs
_DAY_BEFORE = re.compile("^[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上)?")  # the day it happened: `2月2日岚山区…项目开工`
_NOT_NAME_CHAR = re.compile(f"[^{HAN}A-Za-z0-9]")
_PROJECT_SITE = re.compile("现场(?<=项目现场)$")  # a list of sites visited: `先后到A项目现场、B项目现场…`


# An event's name (or its venue's) and 暨 before a project's (`…重点项目大会战暨宁夏恒丰瑞斯特服饰项目`,
# `…签约活动文昌分会场暨国道G360…公路`): the event is no part of it.
_EVENT_THEN_JI = re.compile("^.*(?:仪式|活动|典礼|会|会场|会战|开工|签约|竣工|投产|启动|开幕|揭牌|奠基)暨")


# A clause may hold several leading words before the name (`…集团工程建设公司正全力以赴推进…`: 建设, 以,
# 推进); a name holding that many of them is rarer than such a clause.
STRIP_ROUNDS = 5

# What a thing combines, then words of a kind (`集住宿、餐饮…于一体的综合性酒店项目`): a description, which a name
# may follow (a dash cuts it off: `…于一体的大型城市综合体——青岛万达广场项目`).
_KIND_DESCRIBED = re.compile("(?:大型|新型|现代化?|综合性?|一站式|多功能|高端|全?产业链|特色)+")


@lru_cache(maxsize=8192)  # a list's first item is cleaned twice, and names recur from page to page
def clean_name(raw: str) -> str:
    """Strip surrounding quotes, leading verbs and conjunctions (up to STRIP_ROUNDS rounds), a
    `…的` clause, a leading 了/在, a leading location (a direction, a town, a zone) when
    four characters are left, and a trailing 及配套项目/及配套设施; '' when what is left has fewer
    than 4 Han, Latin or digit characters, is generic, or has unbalanced quotes."""
    # What a name cannot span: an image's file name glued before it (…120739.jpg浙江兆龙…), a
    # bracket closing what opened before it (a byline's `吴鑫矾）项目`), a bracket opening an aside
    # the name is in (`在分现场（金展房地产开发项目旁）`).
    name = raw.strip("，, ").lstrip("·•")  # a dot after a place cut off before it (`开发区·铁山区…`) opens no name
    if name.endswith(_NO_NAME_ENDINGS) and not _COUNT_OF_ITEMS.search(name):
        # What follows cuts a name's front only, but for a count of items closing it: a name that ends so
        # (…推进重点项目, 集中开工项目) is none whatever is cut, or too short once cut inside its last word, and
        # many candidates are such.
        return ""
    if _GLUED_BEFORE_CUE.search(name):  # most names hold none of the marks, and the pattern reads to the end
        name = _GLUED_BEFORE.sub("", name)
    name = _without_kind_label(_unquoted(name))
    name = _PROJECT_SITE.sub("", _DAY_BEFORE.sub("", _EVENT_THEN_JI.sub("", name) if "暨" in name else name))
    for _ in range(STRIP_ROUNDS):
        stripped = _without_conjunction(_LEADING_VERB.sub("", _after_leading_word(name)))
        if stripped == name:
            break
        left = stripped[: _CLOSING_WORDS.search(stripped, max(0, len(stripped) - MAX_CLOSING_WORDS)).start()]
        if len(left) < MIN_LEFT_AFTER_VERB or _WORKS_VERB_ALONE.fullmatch(left):  # 项目（三期）, 改造工程 is nothing left
            name = _kept_works_name(name, stripped)
            if not name:
                return ""
            break
        name = stripped
    described = "于一体的" in name
    # A `…的` clause or a clause before —— is no part of the name; a name wholly quoted
    # after it (…投资的“联东U谷·青岛科创中心项目”) loses its quotes.
    # A dash left before it opens no name (`县城建设—G342…改建工程`).
    if name.endswith("的项目") and _ENDS_AS_A_NAME.search(name[:-3]):
        name = name[:-3]  # a facility's project (联香集茶叶产业园的项目) is the facility's
    name = _unquoted(_PROJECTS_ARE.sub("", _after_dashes(name).rsplit("的", 1)[-1])).lstrip("—-")
    if described and (kind := _KIND_DESCRIBED.match(name)):
        # `集研发、生产于一体的现代化青岛啤酒智能工厂项目`: a place's name after the description's words opens the name;
        # anything else is what kind of thing it is (`…于一体的综合性酒店项目`, `…综合性海洋科技产业园区`).
        if not place_starting_at(name, kind.end()):
            return ""
        name = name[kind.end() :]
    if name.endswith(("）", ")")) and "（" not in name and "(" not in name:
        name = name[:-1]  # a bracket closing an alias an aside named (`高速公路(以下简称循隆高速)建成`)
    if _RANK.match(name) or _PLACE_NAME.search(name, len(name) - MAX_PLACE_WORD) or _SEVERAL.match(name) or _A_KIND.match(name):
        return ""
    name = _SIZE.sub("", name).removeprefix("了")
    if (count := _COUNT_OF_ITEMS.search(name)) and _ENDS_AS_A_NAME.search(name, 0, count.start()):
        name = name[: count.start()]
    if (contractor := _CONTRACTOR.match(name)) and (
        place_starting_at(name, contractor.end()) or _NUMBERED_ROAD.match(name, contractor.end())
    ):
        name = name[contractor.end() :]  # 中铁四局浦北县…工程, 中交二航局228国道…项目: the bureau builds it, the place or the road names it
    located = _LEADING_LOCATION.match(name)
    if located and not name[located.end() :].removesuffix("项目"):
        return ""  # a place alone (青岛西海岸新区) is no project
    rest = name[located.end() :] if located else ""
    if (zone := _BARE_ZONE.match(name)) and _names_a_kind(name[zone.end() :]):
        return ""  # a zone's projects of a kind, the zone unnamed (经开区重大工业项目): a kind
    if located and len(rest) >= MIN_NAME_AFTER_LOCATION and not _names_a_kind(rest) and not _DEVELOPMENT_ALONE.fullmatch(rest):
        # Where it stands is no part of its name (颜店镇山东时代…基地), but for a kind it is the
        # name (万洋山旅游度假区配套基础设施项目).
        name = name[located.end() :]
    if _NUMBERED_ROAD.search(name) and _NUMBERED_ROAD.match(road := after_places(name.lstrip("·•"))):
        name = road  # `阳新203省道改建工程`, `开发区·铁山区315省道…`: a numbered road's name is its number, the places where it runs
    name = _SUPPORTING_WORKS.sub("", name)
    if len(_NOT_NAME_CHAR.sub("", name)) < 4 or _names_none(_without_divisions_in_chang(name.removesuffix("项目"))) or _is_generic(name):
        return ""
    # The thing whose works the name is judged as the name was (a name that is its own thing, most are, once).
    thing = _works_thing(name)
    if (thing != name and (_generic(thing) or _is_generic_of_a_place(thing))) or _is_generic_of_a_place(name):  # 宜宾市翠屏区城市建设项目
        return ""
    if name.count("“") != name.count("”") or ".." in name or "…" in name:
        return ""  # unbalanced quotes, or an ellipsis: words left out (`…通过国家10部委验收......`), no name
    return name


def _names_none(words: str) -> bool:
    """Whether the words hold or open with what no name does (`_NOT_A_NAME`, `_NOT_A_NAME_AT_START`)."""
    return bool(_NOT_A_NAME_AT_START.match(words) or _NOT_A_NAME.search(words))


def _without_divisions_in_chang(name: str) -> str:
    """The name with each 长 between two places masked, a division's full name before it and a
    name (full or short) opening with it, so that no head's title is read across them
    (公主岭市长春国家农高区…: no 市长; 李区长海信…, no place before, keeps its 区长)."""
    if "长" not in name:
        return name
    return "".join(
        "□" if char == "长" and place_ending_at(name, at) in divisions() and place_starting_at(name, at) else char
        for at, char in enumerate(name)
    )


def _after_copula(sentence: str, match: re.Match) -> str:
    """The name a clause about a project says it is (`开工建设的项目是新兴…项目`, `参观的第一站，是安徽邦基饲料生产项目`, a visit's stop:
    是 is no part of it); after a named project (`…项目是省…优选项目`, `…工程是…重大建设项目`) 是 says what kind it is."""
    raw = match.group(0)
    if raw.startswith("是") and sentence.endswith(("的项目", "站", "站，"), 0, match.start()):
        return raw[1:]
    works, copula, kind = raw.partition("是")
    if copula and works.endswith("工程") and not clean_name(kind):
        return works  # `…10万吨级航道拓宽工程是广西重大建设项目`: the works is named by its 工程, the 项目 after 是 is what kind it is
    return raw


def _after_dashes(name: str) -> str:
    """The name after a clause that —— closes; but a phase before —— opens the part it names
    (`…公共平台一期——航天装配及异地协同中心项目` is one name)."""
    before, dashes, after = name.rpartition("——")
    return name if dashes and _PHASE_BEFORE_DASHES.search(before) else after


_PHASE_BEFORE_DASHES = re.compile("[一二三四五六七八九十\\d]期$")


def _kept_works_name(name: str, stripped: str) -> str:
    """The name whose stripping left nothing, kept whole when a facility's works verb is
    where the cut fell (…产业园建设项目, a list's 沙坡头景区提升改造), less a word that
    introduces it (为下港…改造建设项目); "" when it was verbs only (实地察看项目, 实地察看改造项目).
    A list's item without 项目 needs its facility word (涛雒风情小镇建设, not 全民健身投资建设)."""
    without_phase = _PHASE.sub("", name)  # …建设项目(二期)
    named_works = without_phase.endswith(("项目", "工程")) and _NAMED_WORKS.search(without_phase)
    cut_at_works = _WORKS_VERB_END.search(name[: len(name) - len(stripped)])
    if not cut_at_works or not (_FACILITY_AND_VERB.search(name + ("" if "项目" in name else "项目")) or named_works):
        return ""
    return _without_conjunction(_LEADING_VERB.sub("", name))


def _without_kind_label(name: str) -> str:
    """A facility's name without the kind of project it is called before it (`我县省级重点项目沐水小镇`
    → 沐水小镇, `这些项目中既有互市贸易交易中心` → 互市贸易交易中心): a label ending in a kind's
    项目 (`_KIND_LABEL`), a facility's name after it. Any other name as it is (`海上风电项目配套工程`)."""
    label, found, rest = name.rpartition("项目")
    if not (found and rest):
        return name  # most names: 项目 closes them, or they hold none
    rest = _AMONG_THEM.sub("", rest)
    return rest if _KIND_LABEL.search(label + found) and _ENDS_AS_A_NAME.search(rest) else name


_KIND_LABEL = re.compile("(?:重点|重大|龙头|骨干|这些|上述)项目$")
_AMONG_THEM = re.compile("^中(?:既有|还有|有|包括)")  # 这些项目中既有A、B: among them are A and B


def _names_a_kind(name: str) -> bool:
    """A kind by its name or by the thing its works are done on (配套基础设施建设项目)."""
    return _is_generic(name) or _generic(_works_thing(name))


def _is_generic(name: str) -> bool:
    """A kind, not one undertaking: a list's item without 项目 (`基础设施`) as much as with it."""
    return _generic(name) or (not name.endswith("项目") and _generic(name + "项目"))


def _is_generic_of_a_place(name: str) -> bool:
    """A place's projects of a kind (齐齐哈尔市重点产业项目, 青岛市即墨区重大项目) or of the
    place alone (即墨区项目): the divisions it starts with add nothing specific. (A place's
    facility, 即墨古城, is specific, and so is one of a kind it has one of, 周至县污水处理厂.) Quotes round the kind are no part of it (黑河市“百大项目”)."""
    if "”" in name:  # the cheap test first: every name kept is judged here
        name = _QUOTES.sub("", name)
    if not name.endswith("项目"):
        return False
    rest = after_places(name)
    return rest != name and (not rest.removesuffix("项目") or (_generic(rest) and not _ONE_OF_A_PLACE.match(rest)))


# Facilities a place has one of, named by it (周至县污水处理厂, 菏泽高铁站, 莒县融媒体中心): the place's own, though the kind
# alone is none.
_ONE_OF_A_PLACE = re.compile("(?:污水处理厂|高铁站|火车站|融媒体中心|新时代文明实践中心)(?:建设)?(?:项目)?$")


# Real clauses are far shorter; reading at most this much either side of a name keeps a
# sentence with thousands of names and no mark from costing its length for each name.
MAX_CLAUSE = 500
_CLAUSE_MARK = re.compile(r"[，；。！？,、]")


def _cleft_said(sentence: str, start: int) -> str:
    """The `…的` clause right before the clause at `start` when that one opens by listing what it is
    (`当天同步开工的，还有A、B等项目`: what the items did is said first), else ""."""
    if not _CLEFT_LIST.match(sentence, start):
        return ""
    said = _CLEFT_SAID.search(sentence, max(0, start - MAX_CLAUSE), start)
    return said["said"] if said and not _NOT_REACHED.search(said["said"]) else ""


_CLEFT_LIST = re.compile("(?:还|也)?有|包括|是|为")
# A stage missed, put off or only planned (`没有按期开工的`, `暂缓开工的`, `原定今年开工的`, `未按期竣工的`): none reached.
_NOT_REACHED = re.compile("没|未|暂缓|推迟|延期|延后|滞后|原定|原计划|不能|无法|停")
_CLEFT_SAID = re.compile("(?P<said>[^，。；,]+的)[，,]$")


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause naming a project: the stage may come before the name (集中签约了A项目,
    also inside the raw match) or after it (A项目开工), up to the next mark, 、 too: in
    `调研A建设项目、B项目` the 建设 is A's, not B's. At most MAX_CLAUSE characters each side."""
    before = _CLAUSE_MARK.split(sentence[max(0, start - MAX_CLAUSE) : start])[-1]
    after = _CLAUSE_MARK.split(sentence[end : end + MAX_CLAUSE], maxsplit=1)[0]
    return before + sentence[start:end] + " " + after


def _named_clause(sentence: str, start: int, end: int) -> str:
    """The clause of a name found by its 项目 (`_NAMED`), with the words after the series it opens."""
    return _clause_around(sentence, start, end) + _series_end(sentence, end)


def _series_end(sentence: str, end: int) -> str:
    """What follows a series of projects the name opens (`举行A项目、B项目开工仪式`): the
    words after its last 项目, which report the stage of every item; "" when the name
    ends no series item (no 、 right after it). A stage inside another item's name
    (`A项目、B建设项目`) is that item's, not the series'."""
    if not sentence.startswith("、", end):
        return ""
    series = _CLAUSE_END.split(sentence[end : end + MAX_CLAUSE], maxsplit=1)[0]
    return " " + series.rpartition("项目")[2] if "项目" in series else ""


_CLAUSE_END = re.compile(r"[，；。！？,]")


# A plan is no stage reached: 将于5月开工, 计划年底竣工, 预计10底投产, 力争年内投用, nor a
# commitment or a sprint: 确保早投产, 冲刺完工; nor a condition: 一旦投产.
_PLAN_WORDS = "将|计划|预计|拟|力争|力促|争取|确保|冲刺|一旦"
_IN_THE_CLAUSE = "[^，,；。]*$"  # a word before a stage in the stage's clause
_PLANNED = re.compile(f"(?:{_PLAN_WORDS}){_IN_THE_CLAUSE}")
_PLANNED_KIND = re.compile(f"(?:{_PLAN_WORDS}|待|未|要|准备)新?$")  # right before a list's kind word's stage
_PLAN_WORD = re.compile(_PLAN_WORDS)
# …but a stage said done now is reached, whatever was planned before it (`4个计划新开工项目现已全部开工`; not a plan
# that was to be done by a day, `原计划去年底已全部建成`), unless its words describe another thing (`现已建成投用的冷链中心`).
_DONE_BEFORE = re.compile("(?:现|目前|如今)已经?(?:全部|基本|均|都|陆续|顺利|正式|全面)?$")
_STAGES_DESCRIBING = re.compile(f"(?:{_STAGE_WORD})*的")


def _site_stage(clause: str) -> str:
    """建设 when the clause names the works' site (施工现场) and plans nothing (`将于5月在施工现场…`,
    `确保…早日投产`), else "": a fallback, since a site is often a ceremony's venue, whose stage says more."""
    return "建设" if "施工现场" in clause and not _PLAN_WORD.search(clause) else ""


# A push for a stage to come (`推动…等项目竣工`, `…早日落地`, `加快落地…项目`): a goal, no stage reached; but
# `推动…项目建设`, `加快建设` report works under way, and so may a stage 加快 is not right before (`加快推进开工建设`).
_URGED = re.compile(f"(?:推动|早日){_IN_THE_CLAUSE}|加快$")


def _furthest(stages: list[str]) -> str:
    return max(stages, key=STAGES.index) if stages else ""


def _furthest_stage(text: str) -> str:
    """The furthest stage the text reports, not planned or urged. A plan in a `…的` right before the name
    (`计划投资4.5亿元的 已经投产`: `_mention_stage` blanks the name to a space) is the investment's, not the stage's."""
    stages = []
    for m in _STAGE_RE.finditer(text):
        before, stage = text[: m.start()].rpartition("的 ")[2], _STAGE_WORDS[m.group(0)]
        reported = not _PLANNED.search(before) and (stage == "建设" or not _URGED.search(before))
        if reported or (_DONE_BEFORE.search(before) and not _STAGES_DESCRIBING.match(text, m.end())):
            stages.append(stage)
    return _furthest(stages)
