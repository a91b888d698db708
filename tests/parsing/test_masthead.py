"""Page furniture (jimo_data/parsing/masthead.py): which lines are not content, and what they say."""

from __future__ import annotations

import pytest

from jimo_data.parsing.masthead import PageHeader, masthead_publication, read_header, record_field_lines, split_title_and_stamp

MASTHEAD_DATE = "2026年4月3日 农历二月十六 星期五 第3409期"
FILLER = " 本报地址即墨区蓝鳌路一二三号邮编二六六二零零电话八八五一二三四五六七八九"


def header(text: str) -> PageHeader:
    return read_header(text.split("\n"))


def padded(line: str, length: int) -> str:
    """`line` continued with masthead small print to exactly `length` characters."""
    out = (line + FILLER)[:length]
    assert len(out) == length and not out.endswith(" ")
    return out


# --- single lines: furniture or content ------------------------------------

MASTHEAD_NAMES = [
    # (line, publication, reason)
    ("新即墨", "新即墨", "a publication's name alone on its line"),
    ("金胶州", "金胶州", "any publication of the registry, not only the Qingdao papers"),
    ("大 众 日 报", "大众日报", "a masthead set with spaces"),
    ("新即墨数字报", "新即墨", "the e-paper's own chrome: name and 数字报"),
    ("青岛日报电子版", "青岛日报", "name and 电子版"),
    ("浙江日报 数字报纸", "浙江日报", "…and 数字报纸, the e-paper word written out"),
    ("观海新闻", "", "an alias alone is no masthead: it is also a line of text"),
    ("新即墨报道", "", "the whole line must be the name"),
    ("据青岛日报", "", "a mention is no masthead"),
    ("今日竹山-数字报|今日竹山-电子版", "今日竹山", "an e-paper's title bar names its paper by its place too (竹山, round 54)"),
    ("首页|新闻|电子版", "", "…not a bar of links"),
    ("大众日报-数字报|齐鲁晚报-电子版|半岛都市报-数字报", "", "…nor a group's bar of several papers' e-papers (a review's find)"),
]


@pytest.mark.parametrize("line, publication, reason", MASTHEAD_NAMES)
def test_masthead_publication(line, publication, reason):
    assert masthead_publication(line) == publication


FURNITURE_LINE = [
    ("打开网易新闻 查看精彩图片", True, "what a news app's page opens on (a portal's copy)"),
    ("阅读剩余全文(", True, "the link to the rest of a cut-off copy"),
    ("官方微信公众号", True, "a label of the site's account"),
    ("方法2:用微信扫描二维码:", True, "how to follow the site's account"),
    ("关注投资海口的微信公众号", True, "…"),
    ("全球招商服务热线:4008-008-413", True, "its hotline"),
    ("马上注册登陆,结交更多好友,享用更多功能,让你轻松玩转社区", True, "a forum's prompt to sign up, 登陆 for 登录 (大茂名网, round 32)"),
    ("QQ登录", True, "…its sign-in buttons"),
    ("只需一步,快速开始", True, "…and their label"),
    ("1330", True, "a forum's counter of four digits (the poster's points)"),
    ("2016", False, "…but a year alone may head a review"),
    ("~~~观海卫、周巷进百强", True, "an e-paper's list of the page's titles, set off by ~~~ (慈溪日报, round 24)"),
    ("省防总检查珠海防汛防风工作~~~", True, "…at either end"),
    ("建议使用IE5.0以上 1024*768 中字体显示模式 51La", True, "a site's advice on how to view it (宝鸡日报's e-paper, round 32)"),
    ("本站最佳浏览效果为1280×1024分辨率", True, "…its screen size"),
    (
        "海南日报报业集团旗下媒体: 海南日报 | 南国都市报 | 南海网 | 南岛晚报 | 证券导报 | 法制时报 返回报网首页 |   版面导航",
        True,
        "a group's bar of its outlets, after its label (海南日报's e-paper, round 32)",
    ),
    ("友情链接：人民网 | 新华网 | 青岛新闻网 | 大众网", True, "…a site's links after theirs"),
    ("建议使用新型储能技术提升电网调峰能力", False, "…advice of a report's own is a headline's"),
    ("作者: 浏览次数: 放大 缩小 默认", True, "an e-paper's empty labels and font-size buttons (Chongqing, round 22)"),
    ("要读懂全文，还需查看原文。", False, "…words a sentence holds"),
    ("网站搜索", True, "a portal's search box (a Hebei county's portal)"),
    ("您好!欢迎您来到定兴县人民政府门户网站! 今天是:", True, "a portal's greeting and its widget of the day"),
    ("欢迎访问青岛新闻网", True, "…a site's welcome"),
    ("欢迎登录赣金网", True, "…to log in to it (a Jiangxi portal, round 52)"),
    (
        "24小时举报电话:023-57737953 18996597535 举报邮箱:483465053@qq.com",
        True,
        "a site's numbers to report harmful content (a Chongqing county's site, round 52)",
    ),
    ("市民可拨打举报电话反映问题", False, "…not a sentence telling readers to call it"),
    ("市场监管局举报电话：12315 全天受理", False, "…nor a notice's one number without the site's mailbox (a review's find)"),
    (
        "久久精品www人人爽人人,欧美性第一页,男人的天堂av女优,亚洲最大福利视频网站,在线成人免费,91在线www,欧亚洲嫩模精品一区三区",
        True,
        "a mirror's search-engine bait, adult sites' words run together (an Inner Mongolia mirror, round 52)",
    ),
    ("全市成人免费体检项目今起启动", False, "…but one such word stands in a report"),
    ("嫩模女优不是好职业", False, "…and two in a title"),
    ("警方介绍，该团伙在境外网站传播无码AV视频、人妻类低俗内容。", False, "…and three in a sentence (a review's find)"),
    ("欢迎您来到美丽的即墨！", False, "…but a welcome to a place is a line of text"),
    ("核心提示", True, "a summary's label over it (a Hunan copy)"),
    ("核心提示：一季度集中开工项目32个", False, "…not with the summary on its line"),
    ("频道头条", True, "a channel's label over its top story (a Yunnan site)"),
    ("今天是: 2018年9月10日 星期一", True, "a portal's clock of the day it is read"),
    ("今天是第35个教师节，县委书记张三看望慰问了一线教师。", False, "…not a paragraph opening with 今天是 (a review's find)"),
    ("欢迎登录赣金网     今天是:2025年07月07日 星期一", True, "…after a site's greeting on its line (a Jiangxi portal, round 52)"),
    ("据悉，今天是2025年7月7日", False, "…but not after a sentence's clause"),
    ("十年前的今天是2015年7月7日", False, "…nor after any words but a greeting (a review's find)"),
    ("字号+", True, "a site's font-size buttons (即墨融媒's site, a new user's find)"),
    ("字号－", True, "…full width"),
    ("扫描二维码", True, "…and its QR code's prompt alone"),
    ("扫描二维码预约入园", False, "…not a line that says what to scan it for"),
    ("头条新闻早知道", False, "…not a line that begins with 头条"),
    # (line, is furniture, reason)
    ("新即墨", True, "publication name"),
    ("当前位置:首页 > 新闻 > 青岛新闻", True, "a breadcrumb"),
    ("地方网 > 山东 > 青岛市 > 今日青岛 > 正文", True, "a breadcrumb without its label"),
    ("您当前的位置:云南网 >> 大理频道 >> 频道头条 >> 正文", True, "a breadcrumb's longer label"),
    ("晋江新闻网 >> 新闻中心 >> 晋江时政 >>正文", True, "links joined by >>"),
    ("您所在的位置:康巴传媒网", True, "a breadcrumb's label, 您所在的位置, with no marks"),
    ("位置决定未来", False, "位置 alone opens no breadcrumb"),
    ("青岛新闻APP", True, "a news app's name on a copy of its page"),
    ("打开", True, "…and its button"),
    ("打开新局面", False, "…a headline starting with 打开"),
    ("www.ijjnews.com    晋江新闻网 2016-12-30 07:50", True, "a stamp led by a site's address and unlisted name"),
    (
        "  • 资讯类型:热点关注  /  发布时间:2021-02-26  /  浏览:2168 次  /  ",
        True,
        "a stamp led by a bullet and a site's type of news (a Jiangsu copy)",
    ),
    ("大河网 2016-12-30 07:50", True, "…its name alone"),
    ("截至2016-12-30 07:50", False, "…not a word of prose"),
    ("西乌发布 2023-07-12 09:34:42", True, "…an account's name (…发布)"),
    ("石嘴山 2010-09-05 11:09 宁夏日报", True, "…the place it reports from"),
    ("发表于:2021-05-26 10:26:50", True, "发表于 labels a stamp"),
    ("老吕 发表于 2011-5-7 11:26:33 | 显示全部楼层 |阅读模式", True, "…a forum post's stamp: the poster, 发表于, no colon"),
    ("内蒙古新闻网  15-05-28 16:09 打印本页 来源: 锡林郭勒日报", True, "an older site's stamp with a two-digit year and a time"),
    ("比分15-05-28", False, "…not without its time"),
    ("  [复制链接]", True, "a forum's button in brackets"),
    ("用户登录", True, "a site's sign-in button (a new user's Xinjiang page)"),
    ("立即注册", True, ""),
    ("新闻2023-01-28VA0[00_03_13][20230128-180239].png", True, "a picture's file name with brackets (a new user's Henan page)"),
    ("转播到腾讯微博", True, "a share button"),
    (
        "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。",
        True,
        "a forum's prompt to sign up, a sentence though it is (a Yunnan forum's copy)",
    ),
    ("您需要 登录 才可以下载或查看，没有账号？立即注册", True, ""),
    ("很多老人没有账号，也不会用手机。", False, "…its words in other prose are none"),
    ("新注册企业可马上注册登记。", False, ""),
    ("x", True, "a box's close button"),
    ('" P% p- b0 l$ m', True, "a forum's anti-copy watermark: no Han, two marks or more"),
    ("Made in China 2025", False, "…words without marks are none"),
    ("Q&A session", False, "…nor with one"),
    ("50% 30% (1)", False, "…nor with fewer than three"),
    ("China's 'Belt' road", False, "…and apostrophes are none"),
    (
        "张三丰 李四海 王五洲 赵六合 钱七星 孙八方 周九成 吴十全 郑一鸣 冯二虎 陈三省 褚四维 卫五福 蒋六顺 沈七巧 韩八斗 杨九天 朱十里 秦一帆 尤二中 许三多 何四海 吕五常 施六艺 张七彩 孔八一 曹九江 严十力",
        False,
        "a roster of names longer than a stamp line, set off by spaces, is no bar of links",
    ),
    (
        "首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 财经 - 教育 - 旅游 - 美食 - 医药 - 汽车 - 楼市 - 娱乐 - 体育 - 道德法制 - 草原社区 - 草原家园 加入收藏 | 设为首页",
        True,
        "a site's bar of links set off by spaced dashes, longer than a stamp line (an Inner Mongolia portal)",
    ),
    ("首页 - 新闻", False, "…of four links or more"),
    ("通版阅读请点击:", True, "an e-paper's 通版 link"),
    ("展开通版 收缩通版", True, "…its buttons"),
    ("国内统一刊号:CN64-0001", True, "a national serial number, any province's"),
    ("CN64-0001", True, "…alone"),
    ("今日青岛 今日即墨 今日胶州 今日平度 今日莱西", True, "a row of short site links"),
    ("发挥特色优势 深化改革创新 努力当好全市高水平对外开放的排头兵", False, "a headline of phrases: a long one among them"),
    ("走在前 勇争先 创一流", False, "three phrases are a headline, not a row of links"),
    ("责编 王杰 刘宗伟 美编 李晓萌", False, "a staff line is no chrome"),
    ("闪电新闻记者 谭蓓 宋雪梅 报道", False, "…nor a credit whose outlet is glued to its role word"),
    ("【导语】", True, "a bracketed label alone"),
    ("扫码查看访谈视频", True, "a site's service on a line of its own"),
    ("0 分享至", True, ""),
    ("2019-03-19 09:54:00 来源:德州日报 大字体 小字体 扫码带走", True, "a stamp line with buttons (read as a stamp line)"),
    ("HC01版:文化示范·头版 HC02版:文化示范·要闻", True, "several pages' navigation on one line, two stack letters"),
    ("新闻热线:", True, "a label alone with its colon"),
    ("3上一版 4下一版", True, "navigation words with their page numbers glued before"),
    ("3上一篇  下一篇4 2013年10月11日 放大 缩小 默认", True, "…or after (Henan, round 18)"),
    (" 青岛日报 ", True, "publication name with spaces around"),
    ("新即墨报", False, "the whole line must be a publication name"),
    ("即墨区人民政府 主办", True, "publisher line"),
    ("主办单位：即墨区人民政府", True, ""),
    ("项目已高端医药客商代表主办的市长孙永红副书记产业转移。", False, "a short sentence that mentions 主办 is prose"),
    ("即墨融媒体中心编辑出版", True, ""),
    ("青岛日报社出版发行", True, ""),
    ("出版发行：即墨融媒体中心", True, "…the label before its house"),
    ("阿拉伯文版出版发行", False, "…a book's edition published is a title's news (a Guangxi paper, round 41)"),
    ("《习近平著作选读》由人民出版社出版发行", False, "…by a publishing house, 出版社 (a review's line)"),
    ("中共青岛即墨区委", True, "the party committee alone on a line"),
    ("中共青岛即墨区委员会", True, ""),
    ("中共即墨区委宣传部", False, "a department is not the publisher: the line must end at 委/委员会"),
    ("国内统一连续出版物号 CN37-0001", True, ""),
    ("邮发代号23-45", True, ""),
    ("CN 37-0001", True, ""),
    (padded("即墨区人民政府 主办", 40), True, "publisher line of 40 characters"),
    (padded("即墨区人民政府 主办", 41), False, "41 characters is a sentence that mentions a publisher"),
    (MASTHEAD_DATE, True, "masthead date line"),
    ("2026年4月3日 星期五", True, "a weekday makes it a masthead date"),
    ("2026年4月3日 农历二月十六", True, "a lunar date makes it a masthead date"),
    ("2026年4月3日 第3409期", True, "an issue number makes it a masthead date"),
    ("2026年4月3日召开全区安全生产工作会议。", False, "a date alone is body text"),
    (padded(MASTHEAD_DATE, 40), True, "masthead date line of 40 characters"),
    (padded(MASTHEAD_DATE, 41), False, "41 characters is body text"),
    ("01版:要闻", True, "e-paper page navigation"),
    ("第01版：要闻", True, ""),
    ("1版：" + "一二三四五六七八九十一二", True, "a section name of 12 characters"),
    ("1版：" + "一二三四五六七八九十一二三", False, "13 characters is not a section name"),
    ("前一版 下一版 2025年05月12日", True, "navigation words"),
    ("2014 年 10 月 24 日 星期 放大 缩小 默认", True, "a template's date with its parts spaced and its weekday blank"),
    ("2014 年 10 月 24 日 星期 放大 缩小 默认 召开", False, "…with a word of prose it is no navigation"),
    ("2013年11月7日 星期 [ 标题导航 ] [版面导航]", True, "…buttons in brackets (Hunan, round 24)"),
    ("［版面导航］", True, "…full-width"),
    ("返回目录", True, ""),
    ("版面导航", True, ""),
    ("上一期", True, ""),
    ("下一期将继续关注项目进展。", False, "a navigation word must stand alone"),
    ("新即墨2025年05月12日01版面", True, "publication + date + page"),
    ("2025年05月12日第1版", True, "date + page"),
    ("青岛日报2025年05月12日", True, "publication + date"),
    ("海口日报 2022年12月25日", True, "a prefecture's daily the lexicon does not list + date"),
    ("会议纪要2025年05月12日", False, "words before the date that name no publication"),
    ("观海新闻2025年05月12日", False, "an alias is no masthead: a line of text may be one"),
    ("2025年05月12日", True, "a date alone is no navigation but a date line"),
    ("新即墨2025年05月12日01版面刊发了本文", False, "navigation must be the whole line"),
    ("即墨召开全区安全生产工作会议", False, "a headline"),
    ("本文字数:335", True, "an e-paper's counter"),
    ("阅读量:66", True, "…"),
    ("日期:02-09", True, "a day without its year: chrome, it dates nothing"),
    ("关注:567次", True, "a counter of the bare word (关注, 阅读) with its colon"),
    ("阅读:37221", True, "…"),
    ("共有0條評論", True, "a comment counter"),
    ("已有 0 人浏览", True, "a readers' counter"),
    ("1268人阅读", True, "…"),
    ("300人参与活动", False, "…alone on its line only"),
    ("关注民生实事", False, "…which without its colon is a headline's word"),
    ("类别:商务时讯", True, "a site's filing of the story"),
    ("类别丰富的文化活动", False, "…its word in a headline"),
    ("4.jpg", True, "an image's file name left on a line of its own"),
    ("11111_副本.jpg", True, "…"),
    ("![](/images/ldqxn_wx.jpg)", True, "a copy's markdown image"),
    ("现场照片.jpg 见附件", False, "a file name in a line of text"),
    ("QQ截图20210925105328", True, "…or an image's default name left as its label: a screenshot's (a Xinjiang portal, round 36)"),
    ("微信图片_20230412093021", True, "…a chat app's picture's"),
    (
        "图片默认标题_fororder_81bd390b-c618-42d2-949c-e124a5e8731a",
        True,
        "…or a site's default label with its stored file's identifier (国际在线, round 56)",
    ),
    ("本次招标项目编号为81bd390b-c618-42d2-949c-e124a5e8731a", False, "…not a sentence ending in an identifier it quotes"),
    ("截图说明了一切", False, "…its digits, not a word after 截图"),
    ("北京医院治疗白癜风 https://wapjbk.39.net/yiyuanzaixian/bdf/", True, "a link's label and address: an ad (a Henan copy, round 37)"),
    ("项目详情请见 https://wapjbk.39.net/a/b 欢迎各界人士前来参观考察洽谈合作", False, "…the address closing the line"),
    ("报名网址 https://www.jimo.gov.cn/bm", False, "…not a report's own address (a review's line)"),
    ("字號: 默認 超大 | 打印 |", True, "a site's font-size buttons (traditional)"),
    ("掃一掃在手機打開當前頁", True, "its phone prompt"),
    ("客服 设为首页 |", True, "its home-page link"),
    ("即墨老字号焕发新活力", False, "…老字号 in a headline: 字号 is a button only with its colon"),
    ("扫一扫 码上办", False, "…扫一扫 only with its phone prompt"),
    ("浏览次数: 字体:【", True, "its font buttons' label"),
    ("杭州网  发布时间:2017-09-15 06:21", True, "a site's name, then its stamp's label"),
    (
        "http://www.cnnb.com.cn  中国宁波网   2014-11-05 08:05:06   稿源: 中国宁波网-宁波日报",
        True,
        "an address (its colon folded) before a site's name",
    ),
    ("Xin Lang Cai Jing·2026-02-24 13:12", True, "a site's name in pinyin, with its dot"),
    ("掌上曲靖 2020-05-19 22:20:23", True, "an app's name alone before a date and a time"),
    ("政务要闻   2025-01-05 17:50   河南", True, "an app's column, the day and the time, and the province it was posted from (round 35)"),
    ("本地新闻 2025-01-05 17:50 IP属地：广西", True, "…the province labelled"),
    ("政务要闻 2025-01-05 17:50 南京", False, "…a province, not any place"),
    ("截至目前 2025-01-05 17:50 河南", False, "…not 截至 (as of)"),
    ("政务要闻 2025-01-05 河南", False, "…with its time"),
    ("截至 2020-05-19 22:20 全市", False, "…nothing after the time"),
    ("截至目前 2020-05-19 22:20:23", False, "…not 截至 (as of) and its words"),
    ("全市共有 20 2020-05-19 22:20:23", False, "…a name alone"),
    ("掌上曲靖 2020-05-19 22:20:23 发布会召开", False, "…and nothing after its time but the seconds"),
    ("右江日报 2017-05-19 08:55 大字", True, "…or the copy's font-size buttons (an unregistered paper's name)"),
    ("右江日报 2017-05-19 08:55 大会召开", False, "…buttons, not words"),
    ("来源:编辑:发布时间:2019-02-19 查看数0", True, "empty labels (编辑) before the stamp's"),
    ("阅读量大增", False, "a counter's word in a headline"),
    ("搜 索", True, "a site's search box"),
    ("  • 分享", True, "a share button, a list's bullet before it"),
    ("打印本文", True, "a print button"),
    ("语音播报", True, "a read-aloud button"),
    ("语音播报: 语音播报", True, "…labelled with its own name"),
    ("  •   标题    站内高级搜索", True, "an e-paper's search box and its field"),
    ("本文链接:https://wap.lxxnews.com/content/646847/63/13685032.html", True, "a site's address of the copy (Hunan, a new user's page)"),
    ("云上大冶投稿邮箱:ysdaye@qq.com", True, "where to send a contribution (Hubei, a new user's page)"),
    ("©原创   12-27 15:14", True, "an app's mark of its own copy, and the time"),
    ("©原创作品展在区文化馆开幕", False, "…not a title that begins with it"),
    ("本站原创文章,转载请附上原文链接。", True, "…its rights"),
    ("版权作品，未经授权严禁转载。", True, "…"),
    ("对未经授权擅自开工的项目依法查处。", False, "未经授权 in prose, no reprint"),
    ("分享经济带动就业", False, "a button's word in a headline"),
    ("国务院信息 | 省政府信息 | 重点专题 | 魅力射洪 | 遗失声明/公告 | 政务微博", True, "a site's links set off by bars and slashes"),
    ("聚焦两会 | 代表委员热议高质量发展", False, "…not a headline with a bar"),
    (
        "要闻    |    城市远洋    |    老外在吉林    |    直观中国    |    视频    |    原创    |    热点专题    |    特色产业",
        True,
        "…a section's role word among them (视频), the others longer than names (国际在线, round 56)",
    ),
    ("责编 王杰 美编 李晓萌 校对 张明", False, "…not a staff line, whose words are its roles and names"),
    ("齐鲁晚报 齐鲁壹点 记者 王杰", False, "…nor a credit whose outlets are longer than names (a review's find)"),
    ("视频 张三 摄影 李四", False, "…nor a credit of a section's role words and names"),
    ("首頁 新聞 問政 專題 論壇 汽車 樓市 家裝 理財 飲食 旅游 ENGLISH", True, "…a link to the English pages among them (a Guangxi site)"),
    ("(资料图片)", True, "a picture's label standing for it"),
    ("（资料图片仅供参考）", True, "…with a few words after it"),
    ("(资料图片由区委宣传部提供并经过编辑处理)", False, "…not a sentence"),
    ("楼主", True, "a forum's first post's label (Hubei, a new user's page)"),
    ("文章来源: 作者:", True, "labels left empty (Jiangxi, round 12)"),
    ("信息分类: 头条", True, "a site's filing of the copy (Shanxi, round 10)"),
    ("| 索引号 | 53040020261650881 | 文     号 |   |", True, "a row of a government site's disclosure table"),
    ("截至 2016-11-01", False, "…a date after 截至 is no author's"),
    ("文章来源: 作者:张三", False, "…not when one is filled in"),
    ("签到天数: 6 天 [LV.2]偶尔看看I", True, "…and its poster's card"),
    ("普通会员 TA的每日心情 | 开心 2021-3-25 16:41 |", True, "…its mood line, a time in it"),
    ("多媒体数字报", True, "an e-paper's label alone (Heilongjiang, a new user's page)"),
    ("文章字数:674", True, "an e-paper's counter"),
    ("8354浏览", True, "…a copy's readers counted"),
    ("8A0SB{%()7O)7%J}]MA_AYP_tmb.jpg", True, "a picture's file name with marks and no Han character (Henan, a new user's page)"),
    ("数字报刊平台建设加快推进", False, "a headline starting with 数字报"),
]


@pytest.mark.parametrize("line, is_furniture, reason", FURNITURE_LINE)
def test_furniture_lines(line, is_furniture, reason):
    assert (0 in header(line).furniture) is is_furniture


# --- what furniture says about the page -------------------------------------


def fields(h: PageHeader) -> dict:
    return {
        "publication": h.publication,
        "date": h.date,
        "date_evidence": h.date_evidence,
        "issue_no": h.issue_no,
        "lunar_date": h.lunar_date,
        "weekday": h.weekday,
        "section": h.section,
        "page_no": h.page_no,
        "page_label": h.page_label,
    }


NONE = fields(PageHeader())

HEADER_FIELDS = [
    # (text, fields other than the defaults, reason)
    (
        "新即墨\n中共青岛即墨区委\n即墨区人民政府 主办\n即墨融媒体中心编辑出版\n" + MASTHEAD_DATE,
        {
            "publication": "新即墨",
            "date": (2026, 4, 3),
            "date_evidence": MASTHEAD_DATE,
            "issue_no": 3409,
            "lunar_date": "农历二月十六",
            "weekday": "星期五",
        },
        "the masthead of the district paper",
    ),
    ("2026年4月3日 星期五", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 星期五", "weekday": "星期五"}, ""),
    (
        "西藏日报(汉)/2024 年/1 月/3 日/第 001 版",
        {
            "publication": "西藏日报",
            "date": (2024, 1, 3),
            "date_evidence": "西藏日报（汉）/2024 年/1 月/3 日/第 001 版",
            "page_no": 1,
            "page_label": "001",
        },
        "an e-paper reader's page line: the paper, its edition, the date and the page set off by slashes (Tibet, round 27)",
    ),
    (
        "江西日报/2024 年/1 月/12 日/第 002 版要闻",
        {
            "publication": "江西日报",
            "date": (2024, 1, 12),
            "date_evidence": "江西日报/2024 年/1 月/12 日/第 002 版要闻",
            "page_no": 2,
            "page_label": "002",
            "section": "要闻",
        },
        "…its section after the page (江西日报, round 30)",
    ),
    (
        "锦州日报/2024 年/4 月/1 日/第 A02 版综合新闻",
        {
            "publication": "锦州日报",
            "date": (2024, 4, 1),
            "date_evidence": "锦州日报/2024 年/4 月/1 日/第 A02 版综合新闻",
            "page_no": 2,
            "page_label": "A02",
            "section": "综合新闻",
        },
        "…a page lettered by its section (锦州日报, round 34)",
    ),
    ("某某通讯/2024 年/1 月/3 日/第 001 版", {}, "…of a registered paper only"),
    (
        "2019年04月03星期三",
        {"date": (2019, 4, 3), "date_evidence": "2019年04月03星期三", "weekday": "星期三"},
        "an e-paper template may drop 日 before the weekday (Hubei, a new user's page)",
    ),
    (
        "秦皇岛十四个项目开工仪式不到半小时\n《工人日报》(2013年09月11日 03版)",
        {"date": (2013, 9, 11), "date_evidence": "《工人日报》（2013年09月11日 03版）", "page_no": 3, "page_label": "03"},
        "a portal's source line under the title: the paper's date and page (Hebei, a new user's page)",
    ),
    (
        "\n".join(f"第{n}行正文内容较长一些" for n in range(16)) + "\n《工人日报》(2013年09月11日 03版)",
        {},
        "a portal's source line dates the page in its head only",
    ),
    (
        "《中国共产党章程》（2017年10月24日）",
        {},
        "…not a document's title and date: no page, no registered paper",
    ),
    (
        "《 人民日报 》（ 2013年09月11日   第 03 版）",
        {"date": (2013, 9, 11), "date_evidence": "《 人民日报 》（ 2013年09月11日   第 03 版）", "page_no": 3, "page_label": "03"},
        "…spaced as people.com.cn prints it",
    ),
    (
        "《内蒙古日报》(2017年1月17日) 01版",
        {"date": (2017, 1, 17), "date_evidence": "《内蒙古日报》（2017年1月17日） 01版", "page_no": 1, "page_label": "01"},
        "…or its page after the bracket, as an e-paper prints it (Inner Mongolia, round 29)",
    ),
    (
        "吉战顺 2016-11-01 |",
        {"date": (2016, 11, 1), "date_evidence": "吉战顺 2016-11-01 |"},
        "an item's author and date alone on a line (Jiangsu, round 12)",
    ),
    (
        "| 索引号 | 53040020261650881 | 文     号 |   |\n| 来   源 | 玉溪网 | 公开日期 | 2026-03-02 |",
        {"date": (2026, 3, 2), "date_evidence": "| 来   源 | 玉溪网 | 公开日期 | 2026-03-02 |"},
        "a government site's disclosure table: the day it was made public (Yunnan, round 9)",
    ),
    (
        "新闻作者:    发布时间:2019年04月03日  查看次数:次",
        {"date": (2019, 4, 3), "date_evidence": "新闻作者：    发布时间：2019年04月03日  查看次数：次"},
        "a stamp line led by 新闻作者",
    ),
    ("2026年4月3日 农历二月十六", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 农历二月十六", "lunar_date": "农历二月十六"}, ""),
    ("2026年4月3日 第3409期", {"date": (2026, 4, 3), "date_evidence": "2026年4月3日 第3409期", "issue_no": 3409}, ""),
    (
        "2024年9月3日 星期二 第4年 第211期",
        {"date": (2024, 9, 3), "date_evidence": "2024年9月3日 星期二 第4年 第211期", "issue_no": 211, "weekday": "星期二"},
        "the paper's year of publication before its issue (a new user's county page)",
    ),
    ("01版:要闻", {"page_no": 1, "page_label": "01", "section": "要闻"}, ""),
    (
        "第1787期:第01版 本期出版日期:2018-07-09",
        {
            "date": (2018, 7, 9),
            "date_evidence": "第1787期：第01版 本期出版日期：2018-07-09",
            "issue_no": 1787,
            "page_no": 1,
            "page_label": "01",
        },
        "an e-paper's issue line, its date under the label of the issue's date (Jiangsu)",
    ),
    ("出版日期：2018年7月9日", {"date": (2018, 7, 9), "date_evidence": "出版日期：2018年7月9日"}, "…the label alone"),
    ("前一版 下一版 2025年05月12日", {"date": (2025, 5, 12), "date_evidence": "前一版 下一版 2025年05月12日"}, ""),
    (
        "2014 年 10 月 24 日 星期 放大 缩小 默认",
        {"date": (2014, 10, 24), "date_evidence": "2014 年 10 月 24 日 星期 放大 缩小 默认"},
        "spaced parts",
    ),
    (
        "新即墨2025年05月12日01版面",
        {"publication": "新即墨", "date": (2025, 5, 12), "date_evidence": "新即墨2025年05月12日01版面", "page_no": 1, "page_label": "01"},
        "",
    ),
    (
        "菏泽日报20160817期 第A1版:要闻 下一版>",
        {
            "publication": "菏泽日报",
            "date": (2016, 8, 17),
            "date_evidence": "菏泽日报2016年08月17日第A1版：要闻",
            "page_no": 1,
            "page_label": "A1",
            "section": "要闻",
        },
        "an e-paper's issue: the paper's name glued to the day, then the page; its neighbours' link goes",
    ),
    (
        "当前位置:新岚山20231130期 >> 第A2版:要闻",
        {
            "publication": "新岚山",
            "date": (2023, 11, 30),
            "date_evidence": "新岚山2023年11月30日第A2版：要闻",
            "page_no": 2,
            "page_label": "A2",
            "section": "要闻",
        },
        "…in a breadcrumb",
    ),
    ("当前位置:某某网20231130期 >> 第A2版:要闻", {}, "…only after a publication's own name (a breadcrumb, nothing read)"),
    (
        "当前位置:茂名日报 第2021-09-22期 第A4版:信宜观察",
        {
            "publication": "茂名日报",
            "date": (2021, 9, 22),
            "date_evidence": "茂名日报2021年09月22日第A4版：信宜观察",
            "page_no": 4,
            "page_label": "A4",
            "section": "信宜观察",
        },
        "…its day dashed after 第",
    ),
    ("当前位置:茂名日报 第2021-0922期 第A4版:信宜观察", {}, "…dashed throughout or not at all"),
    (
        "您所在的位置:新岚山20231130期 >> 第A2版:要闻",
        {
            "publication": "新岚山",
            "date": (2023, 11, 30),
            "date_evidence": "新岚山2023年11月30日第A2版：要闻",
            "page_no": 2,
            "page_label": "A2",
            "section": "要闻",
        },
        "…behind any of a breadcrumb's labels",
    ),
    (
        "青岛日报 2025年05月12日 第3版",
        {
            "publication": "青岛日报",
            "date": (2025, 5, 12),
            "date_evidence": "青岛日报 2025年05月12日 第3版",
            "page_no": 3,
            "page_label": "3",
        },
        "spaces inside navigation are ignored",
    ),
    (
        "海口日报 2022年12月25日",
        {"publication": "海口日报", "date": (2022, 12, 25), "date_evidence": "海口日报 2022年12月25日"},
        "a place's paper",
    ),
]


@pytest.mark.parametrize("text, expected, reason", HEADER_FIELDS)
def test_what_furniture_says_about_the_page(text, expected, reason):
    assert fields(header(text)) == {**NONE, **expected}


FIRST_VALUE_WINS = [
    # (text, field, value, reason)
    ("青岛日报\n新即墨", "publication", "青岛日报", ""),
    ("青岛日报\n新即墨2025年05月12日01版面", "publication", "青岛日报", "a navigation line does not replace the masthead"),
    ("2026年4月3日 星期五\n2026年4月4日 星期六", "date", (2026, 4, 3), ""),
    ("2026年4月3日 星期五\n2026年4月4日 星期六", "weekday", "星期五", ""),
    ("2026年4月3日 农历二月十六\n2026年4月4日 农历二月十七", "lunar_date", "农历二月十六", ""),
    ("2026年4月3日 第3409期\n2026年4月4日 第3410期", "issue_no", 3409, ""),
    ("2026年4月3日 星期五\n新即墨2025年05月12日01版面", "date", (2026, 4, 3), "the masthead date line before navigation"),
    ("2026年4月3日 星期五\n新即墨2025年05月12日01版面", "date_evidence", "2026年4月3日 星期五", ""),
    ("新即墨2025年05月12日01版面\n新即墨2025年05月13日02版面", "date", (2025, 5, 12), ""),
    ("新即墨2025年05月12日01版面\n新即墨2025年05月13日02版面", "page_no", 1, ""),
    ("01版:要闻\n02版:综合", "section", "要闻", ""),
    ("01版:要闻\n02版:综合", "page_no", 1, ""),
    ("01版:要闻\n今日即墨\nJIN RI JI MO", "section", "要闻", "navigation before a section header"),
    ("今日即墨\nJIN RI JI MO\n专题报道\nZHUAN TI", "section", "今日即墨", ""),
]


@pytest.mark.parametrize("text, field, value, reason", FIRST_VALUE_WINS)
def test_the_first_value_found_wins(text, field, value, reason):
    assert fields(header(text))[field] == value


# --- page navigation: page labels with a stack letter ----------------------

PAGE_NAVIGATION = [
    # (line, (page_no, page_label, section) or None when the line is content, reason)
    ("A05版：城事", (5, "A05", "城事"), "page_no is the label's digits: the page's place in its stack; the letter stays in page_label"),
    ("A05版:城事", (5, "A05", "城事"), "half-width colon"),
    ("第A05版：城事", (5, "A05", "城事"), ""),
    ("03版：要闻", (3, "03", "要闻"), "no stack letter"),
    ("B12版：理论·学习", (12, "B12", "理论·学习"), ""),
    ("A05：城事", (5, "A05", "城事"), "without 版: a stack letter and two digits"),
    ("A08：理论·学习", (8, "A08", "理论·学习"), "without 版: a section of 5 characters"),
    ("05：城事", None, "without 版 a bare number before a colon is a list item, not a page"),
    ("F1：中国大奖赛", None, "without 版 one digit is a name (F1), not a page label"),
    ("G20：杭州峰会开幕", None, "without 版 a section has at most 5 characters: this is a headline"),
    ("第A05版", (5, "A05", ""), "a page label alone"),
    ("A05版", (5, "A05", ""), ""),
    ("第3版面", (3, "3", ""), ""),
    ("第02版:要闻 PDF版", (2, "02", "要闻"), "the link to the page's PDF after the section"),
    ("00009版:要闻", (9, "00009", "要闻"), "a label padded with zeros"),
    ("第02版:要闻 PDF", (2, "02", "要闻"), ""),
    ("大众日报2024年05月06日A05版", (5, "A05", ""), "a stack letter in publication-date-page navigation"),
    ("A05版：城事新闻今日关注即墨高质量发展", None, "a section of more than 12 characters is a headline"),
    ("当前版：01版", (1, "01", ""), "an e-paper's current-page label"),
    ("当前版: 02版 上一版 下一版 上一期", (2, "02", ""), "…its links to the neighbours after it"),
    ("第A1版:要闻 下一版>", (1, "A1", "要闻"), "a page line ending in a link"),
    ("第01版:要闻 4下一版", (1, "01", "要闻"), "…with the next page's number glued before it"),
    ("第01版:要闻 PDF版阅读", (1, "01", "要闻"), "…or the PDF's"),
    ("版面:第01版:一版要闻", (1, "01", "一版要闻"), "an e-paper's labelled page line"),
    ("版面:1: 要闻       上一篇    下一篇", (1, "1", "要闻"), "…its page without 版, labelled (an e-paper reader's, Guangdong)"),
    ("1: 要闻", None, "…not without the label"),
    ("第一版:要闻", (1, "01", "要闻"), "a page in Chinese numerals"),
    ("第十二版", (12, "12", ""), "…十 and a digit"),
    ("第二十三版：副刊", (23, "23", "副刊"), "…a digit, 十 and a digit"),
    ("第二四版", None, "…digits without 十 are no Chinese numeral"),
    ("04-05版:专题", (4, "04", "专题"), "a spread: its first page"),
    ("2024年5月3日 星期五 第03版：要闻", (3, "03", "要闻"), "a masthead date line carrying the page and its section"),
    ("第01版:一版要闻 2024年11月26日", (1, "01", "一版要闻"), "…or the page and section first, the day after (今日瓯海, round 33)"),
]


@pytest.mark.parametrize("line, expected, reason", PAGE_NAVIGATION)
def test_page_navigation_gives_page_and_section(line, expected, reason):
    got = header(line)
    if expected is None:
        assert (got.furniture, got.page_no, got.section) == (set(), None, "")
    else:
        assert (got.page_no, got.page_label, got.section, got.furniture) == (*expected, {0})


NAVIGATION_WORDS = [
    # (line, is furniture, reason)
    ("往期回顾", True, ""),
    ("返回主页 | 版面导航 | 标题导航", True, "an e-paper's links home and to its two indexes"),
    ("上一篇 下一篇", True, "several navigation words separated by spaces"),
    ("放大 | 缩小 | 默认", True, "separated by |"),
    ("放大｜缩小｜默认", True, "full-width |"),
    ("PDF版 手机版", True, ""),
    ("往期阅读", True, ""),
    ("默认", True, "a font-size button of a news site"),
    ("返回目录", True, ""),
    ("上一版 下一版 2025年05月12日", True, "dates may stand among navigation words"),
    ("下一版 即墨召开全区安全生产工作会议", False, "a line with other words than navigation words is content"),
    ("上一篇：即墨召开全区安全生产工作会议", True, "a link to the previous article"),
    ("下一篇:没有了", True, ""),
    ("放大招 破难题", False, "navigation words must be whole tokens"),
    (
        "2025年05月28日 星期三 旧版入口 | 返回报网首页 | 版面导航 当前版: 02版 上一版 下一版 往期",
        True,
        "a site's bar: dates, a weekday, the current page among its words",
    ),
    ("2018/12/28 上午9:27:28 星期五 新闻热线:0577-67898890 | 关于我们 | 旧版", True, "…a time of day and a hotline"),
    ("旧版 即墨召开全区安全生产工作会议", False, "…and no other words"),
]


@pytest.mark.parametrize("line, is_furniture, reason", NAVIGATION_WORDS)
def test_lines_of_navigation_words_are_furniture(line, is_furniture, reason):
    assert (0 in header(line).furniture) is is_furniture


def test_a_link_to_another_article_does_not_date_the_page():
    assert header("上一篇：2024年5月6日全区安全生产工作会议召开").date is None


# --- date lines: a date alone on a line ---------------------------------------

DATE_LINES = [
    # (line, date or None when the line is content, reason)
    ("2024年05月06日", (2024, 5, 6), ""),
    ("2024年5月6日 星期一", (2024, 5, 6), "a weekday (the masthead-date rule reads it)"),
    ("2024-05-06", (2024, 5, 6), ""),
    ("【字体:     发布日期:2017-07-13", (2017, 7, 13), "a government site's font-size buttons (【字体:) before its stamp"),
    ("【字体:大 中 小】 2007年06月22日", (2007, 6, 22), "…its buttons before a date alone (a Qinghai forum's copy, round 36)"),
    ("更新于2011-04-27", (2011, 4, 27), "a day the page was updated on (a Hainan company's news page, round 36)"),
    (
        "来源:新浪城市宜宾2012年10月18日10:59【评论0条】字号:T|T",
        (2012, 10, 18),
        "a source's name glued to the stamp's day (a Sichuan portal's copy, round 52)",
    ),
    ("时间：即日起至2025年3月31日17:00", None, "…but no other label's words glued to a day a notice gives (a review's find)"),
    (
        "阳光东坑  http://dk.sun0769.com/   2008-11-07 17:17",
        (2008, 11, 7),
        "a site's name and address before the day and time, whatever the name ends in (a Guangdong town's site, round 52)",
    ),
    (
        "责编: 来源: 党政综合办公室 发布日期: 2019-02-18 浏览次数:",
        (2019, 2, 18),
        "an empty 责编 label leads the stamp as 责任编辑 does (a Henan zone's site, round 52)",
    ),
    (
        "南海网 http://www.hinews.cn 时间:2018-03-28 15:57 来源:海南日报 作者:陈栋",
        (2018, 3, 28),
        "a site's name before its address (a Hainan copy: its portal's day above was taken, a new user found)",
    ),
    (
        "您当前的位置 :中华龙都网  >> 新闻中心     来源:中华龙都网 2017-03-17 10:20:19",
        (2017, 3, 17),
        "a trail of links to a channel, then the copy's source and its stamp (a Henan copy, round 9, a new user's find)",
    ),
    ("发布于 2011-04-27", (2011, 4, 27), "…or posted on"),
    (
        "来源:红网 作者:谢万波 何国好 刘晓天 蒋杰 编辑:于佳丽 2019-07-12 15:33:25",
        (2019, 7, 12),
        "a label may credit four people before the date (a Hunan site's copy, round 36)",
    ),
    ("2024/05/06", (2024, 5, 6), ""),
    ("版次:01  2023年06月28日", (2023, 6, 28), "an edition's page label before its date (淮南日报, round 30)"),
    (
        "当前位置:金融情报局网_中国金融门户网站 让金融财经离的更近>本地 > 正文  2023-08-11 04:35:30 来源:张掖日报",
        (2023, 8, 11),
        "a trail of links ending at the article (正文), then its stamp (a copy of 张掖日报, round 30)",
    ),
    ("2024.5.6", (2024, 5, 6), ""),
    ("2024-05/06", None, "one separator throughout"),
    ("2024年01月12日数字报", (2024, 1, 12), "an e-paper's date with its word (数字报) (a Gansu e-paper, round 25)"),
    ("2024年01月12日数字报告会", None, "…not a word that goes on"),
    (
        "©原创   2021-08-28 17:36   钟祥市融媒体中心记者:王超华",
        (2021, 8, 28),
        "©原创 (an original post) leads a stamp (a Hubei media centre, round 25)",
    ),
    (
        "阿陈 2020-03-27 16:06 来源:新疆日报",
        (2020, 3, 27),
        "a poster's name before the stamp's time and its source (a Xinjiang copy, round 24)",
    ),
    (
        "稿源:津滨网   编辑:高志翔   2022-03-15 23:59",
        (2022, 3, 15),
        "a 稿源 label leads a stamp as 来源 does (a Tianjin site's page, round 23)",
    ),
    ("2024-05-06 10:21:00", (2024, 5, 6), "a time with seconds"),
    ("2024年05月06日 10:21", (2024, 5, 6), ""),
    ("2024-05-06 10:21 来源：大众日报", (2024, 5, 6), "the source of a web copy"),
    ("2024-05-06 10:21 | 来源:青岛日报/观海新闻", (2024, 5, 6), ""),
    ("来源：大众日报 2024-05-06 10:21", (2024, 5, 6), "the source before the date"),
    ("发布时间：2024-05-06 10:21", (2024, 5, 6), "a label before the date"),
    ("发布日期:2024年5月6日", (2024, 5, 6), ""),
    ("更新时间：2024年5月6日", (2024, 5, 6), "a date line's label that labels no stamp"),
    ("时间:2024-05-06", (2024, 5, 6), "…"),
    ("2024年5月6日，全区安全生产工作会议召开。", None, "a date inside a sentence"),
    ("2024年5月6日召开", None, "a date opening a headline"),
    ("截至2024-05-06 10:21", None, "words before the date"),
    ("2024-05-06 10:21 来源：大众日报 作者：李明", (2024, 5, 6), "a stamp line with its author (the author is a byline, see below)"),
    ("2024-07-02 作者： 来源： 大众日报", (2024, 7, 2), "a date without a time, with the labels of a stamp line"),
    ("刊发日期：2021-08-27 阅读次数： 作者：李焕青", (2021, 8, 27), "a label before the date"),
    ("出版日期:2019/12/5   字数:1224A+   A-", (2019, 12, 5), "…an e-paper's 出版日期 with its word count (Hunan)"),
    ("来源:涡河网 作者:涡河网 人气:401 发布时间:2023-05-05 14:29:06", (2023, 5, 5), "a site's counter (人气, 点击, 浏览) before the date"),
    (
        "来源:县融媒体中心 作者:毛金山 浏览量: 发布时间:2022-04-20 00:46 字号:",
        (2022, 4, 20),
        "…a counter's label with its 量, empty (a Sichuan county centre, round 34)",
    ),
    ("来源:县融媒体中心 阅读数:12 访问次数:30 发布时间:2022-04-20 00:46", (2022, 4, 20), "…阅读数, 访问次数"),
    (
        "点击数:762 更新时间:2018-03-09",
        (2018, 3, 9),
        "…and 更新时间, a date's label: no time needed after it (a Shandong county site, round 40)",
    ),
    (
        "发布者:系统管理员发布时间:2010-05-25浏览次数:42",
        (2010, 5, 25),
        "a poster's label, its name run on into the date's label (a Guangxi university's copy, round 40)",
    ),
    (
        "www.scol.com.cn (2019-01-04 09:15:05) 来源:乐山日报",
        (2019, 1, 4),
        "a site's address and its stamp in brackets (a Sichuan site's copy, round 40)",
    ),
    ("2024-05-06 大字", None, "a date with neither a time nor a stamp's label"),
    ("老吕 发表于 2011-5-7 11:26:33 | 显示全部楼层 |阅读模式", (2011, 5, 7), "a forum post's stamp (a miss on an unseen page, Zhejiang)"),
    (
        "内蒙古新闻网  15-05-28 16:09 打印本页 来源: 锡林郭勒日报",
        (2015, 5, 28),
        "a two-digit year: 20yy (a miss on an unseen page, Inner Mongolia)",
    ),
    ("发布时间：2024年5月6日", (2024, 5, 6), "a date line may open with a label"),
    ("2024-05-06 10:21 全区召开会议，部署工作", None, "prose after a stamp's date is no stamp"),
    ("2024年01月27日 第02版：要闻", (2024, 1, 27), "an e-paper date line with its page and section"),
    ("发布时间:2023-02-22   杭州日报", (2023, 2, 22), "a stamp's 发布时间, the paper after the date"),
    ("发稿时间:2021-05-13 07:53", (2021, 5, 13), "发稿时间 labels a stamp"),
    ("发表日期:2011-01-05 15:35:38", (2011, 1, 5), "发表日期 labels a stamp, its time after the day (a mirror's Chongqing copy, round 55)"),
    ("发稿时间:2021-05-13", (2021, 5, 13), "…a date line"),
    ("内容更新时间:2023-09-01 16:15:25来源:闽侯乡音报", (2023, 9, 1), "内容更新时间 labels a stamp (a Fujian county site, round 46)"),
    (
        "信息来源:县融媒体中心 作者:吴波 陈枢 发布时间:2022-07-19 08:21 【 字体:",
        (2022, 7, 19),
        "信息来源 labels a stamp's source (a Shaanxi county portal, round 46)",
    ),
    ("成都发布 2023-05-19", (2023, 5, 19), "an account's name and a date alone"),
    ("成都发布 2023-05-19 全面启用", None, "…not with words after the date"),
    ("北海日报 2022-10-20", (2022, 10, 20), "a paper's own name and a date alone"),
    (
        "  • 2019-06-05   《柳州日报》   记者 谢耘",
        (2019, 6, 5),
        "a bullet, the day, the registered paper it comes from and its writer (a CPPCC site's copy, Guangxi, round 45)",
    ),
    ("• 2019-06-05 《西游记》 吴承恩", None, "…a registered paper only"),
    ("宝安湾 2021-08-04 原创", (2021, 8, 4), "a WeChat article's header: the account, the day, 原创 (a Shenzhen account's copy)"),
    ("宝安湾 2021-08-04 原创文章", None, "…原创 alone after the day"),
    ("观海新闻 2022-10-20", None, "…not an alias's, which a line of text may begin with"),
    ("2020年05月27日 18时21分", (2020, 5, 27), "a time of day in 时 and 分"),
    ("2018-01-18 连州市委宣传部 连州发布", (2018, 1, 18), "the day, who posts and the account: a WeChat copy's header (a Guangdong page)"),
    ("2018-01-18 连州发布", (2018, 1, 18), "…the account alone"),
    ("2018-01-18 连州市委宣传部", None, "…not without an account's name (网, 发布, 融媒, 客户端)"),
    (
        "陈方方   发布时间:2013-03-20 10:31:00   来源:拉萨晚报",
        (2013, 3, 20),
        "an author's name before the stamp's labels (a Tibet copy, round 29)",
    ),
    ("时政要闻   发布时间:2013-03-20 10:31:00", None, "…a name of two or three characters: four are a column's"),
    ("搜狐焦点西宁站小编 2017-12-23 09:00:11", (2017, 12, 23), "a site's editor signing the post (a Qinghai paper's copy, round 42)"),
    ("2014-11-23   发表:", (2014, 11, 23), "a date and an empty 发表 label: a county site's stamp (a Guangxi site, round 43)"),
    ("据了解   发布时间:2013-03-20 10:31:00", None, "…and it begins with a surname: words that are none lead no stamp"),
    ("字数:553 2025年09月05日 要闻", (2025, 9, 5), "an e-paper's word count (字数) before its date (a Shandong county paper, round 29)"),
]


SOURCES = [
    ("来源：德州日报", "德州日报", "a source line"),
    ("内容出处:\n《中卫日报》\n报纸", "中卫日报", "…a record's field, its paper in title marks on the next line (中卫, round 54)"),
    (
        "来源:\n哈密开发报 编辑:\n张国锋",
        "哈密开发报",
        "…the paper on the next line, closed by the next field's label, its value below (a Xinjiang paper's copy, round 55)",
    ),
    ("来源:\n哈密开发报 新闻:\n张国锋", "", "…but only a credit's label: a line naming more than the outlets is no source"),
    (
        "《淮安区报》淮安市淮安区融媒体中心",
        "淮安区报",
        "a footer's paper in title marks before the house publishing it, registered or not (a district paper's site, round 55)",
    ),
    ("◎ 《浦东时报》上海市浦东新区融媒体中心", "浦东时报", "…after the footer's mark"),
    ("《人民日报》发表评论员文章", "", "…not a paper a line cites"),
    ("《人民日报》点赞青岛西海岸新区融媒体中心", "", "…nor a headline citing a paper about another house (a review's find)"),
    (
        "【报纸名称】:张家口日报",
        "张家口日报",
        "…an archive record's field of the paper's name, its label in 【】 (a Hebei paper, round 52)",
    ),
    (
        "2025-11-20 09:51 闽东日报",
        "闽东日报",
        "…a paper's name alone after the day and time, as a site gives its source (a Fujian copy, round 52)",
    ),
    ("2025-11-20 09:51 浏览量", "", "…but no counter's label"),
    ("  • 2019-06-05   《柳州日报》   记者 谢耘", "柳州日报", "…or a stamp citing the paper in 《》 (a Guangxi copy, round 45)"),
    ("本文轉自:人民網-青海頻道", "人民日报", "…本文转自 (reposted from), traditional (a Qinghai copy of 人民网)"),
    (
        "2025-03-14 5 5 济宁高新新闻 content_199154.html 1 莘县考察团来高新区考察 /enpproperty-->",
        "济宁高新新闻",
        "the properties an e-paper system leaves in its article pages name the paper",
    ),
    ("2020-12-31 2 2 处州晚报 content_241261.html 1 3 吴启珍 /enpproperty-->", "", "…a registered one only"),
    ("--> 2023-03-02 1 1 黔东南日报 c210982.html 1 县领导调研 /enpproperty-->", "黔东南日报", "…whatever the article's file is called"),
    (
        "2023-11-29 今年签约47个重大项目—— 通州 1 1 南通日报 content_156359.html 1 3 建新功 /enpproperty-->",
        "南通日报",
        "…with the article's deck and kicker between the date and the page numbers (a Jiangsu page)",
    ),
    ("2020-10-29 岳建文 1 1 淮北日报 content_58448.html 1 3 建设紧锣密鼓 /enpproperty-->", "淮北日报", "…or its author"),
    (
        "国内统一刊号:CN52-0017 黔东南日报社出版",
        "黔东南日报",
        "a serial number's line: its publisher is named after the one paper (a miss on an unseen page, Guizhou)",
    ),
    ("青岛日报社出版发行", "", "…without the serial number a publisher may print several papers"),
    ("中共青岛市委主管青岛日报社出版 国内统一刊号:CN37-0001", "青岛日报", "…the longest registered name ending at 报社"),
    (
        "贵州日报报刊社 贵州日报当代融媒体集团 出版 国内统一刊号:CN52-0013 代号65-1",
        "贵州日报",
        "…or at its 报刊社, with the group between it and 出版 (a Guizhou e-paper, round 24)",
    ),
    ("贵州日报报刊社主办 国内统一刊号:CN52-0013", "", "…a house that runs it (主办) publishes no one paper"),
    ("2019-03-19 09:54:00 来源:德州日报 大字体 小字体 扫码带走", "德州日报", "a stamp line with its source"),
    ("半岛都市报 2021-11-26 02:19 大字", "半岛都市报", "a stamp line led by the paper's name"),
    ("http://www.e23.cn2011-12-05 10:21:02舜网", "济南日报", "a site's name (an alias) glued to the stamp"),
    ("本网站所有内容属《青岛西海岸报》所有", "青岛西海岸报", "a site's footer"),
    ("◎ 《今日兖州》 济宁市兖州日报社印刷厂广告营销中心", "今日兖州", "a paper's footer"),
    ("据青岛日报报道，2024-05-06 10:21", "", "a mention in prose is no source"),
    ("来源：某某网", "", "an unregistered source"),
    ("来源：世界华商大会组委会", "", "…nor a paper's brand inside another word (华商, overseas Chinese businesspeople; 华商报's)"),
    ("2020-03-31 |來自: 今日東平報", "今日东平", "來自 (from), traditional, a name with 报 after it"),
    ("华夏时报 发布于 2019-10-21 12:51:38", "华夏时报", "发布于"),
    ("-- 菏泽日报 -- 版次:[新闻●广告]", "菏泽日报", "an e-paper's 版次 line naming the paper"),
    ("【光明日报】激发海洋活力 续谱明珠华章", "光明日报", "the paper's name in brackets before a headline"),
    ("日期: 来源:齐鲁晚报青岛融媒收集编辑:齐鲁晚报青岛融媒", "齐鲁晚报", "a source named with more characters after the paper's name"),
    ("2018-06-02 10:24:18 來源:光明網-《光明日報》  作者:", "光明日报", "a source in traditional characters"),
    ("作者:廖洋 来源:中国科学报 发布时间:2022/2/25 20:46:34", "中国科学报", "labels before the date"),
    ("焦作日报 | 焦作网 | 焦作论坛", "焦作日报", "a site's bar of its own outlets, one paper among them (Henan, round 18)"),
    (
        "返回主页 | 郑州晚报 | 标题导航 | 郑州日报",
        "郑州晚报",
        "an e-paper's bar: the paper after the link home is its own, its sister paper after (Henan, round 25)",
    ),
    ("郑州晚报 | 标题导航 | 郑州日报", "", "…without the link home, two papers name none"),
    ("集团数字报刊 : 兰州晨报 | 甘肃农民报 | 陇南日报 | 天水日报", "", "…a group's bar of its papers names no one"),
    ("青岛日报 | 青岛晚报 | 青岛新闻网", "", "…nor a house's bar of two papers of one place"),
    ("焦作网 | 焦作论坛", "", "…a bar without a paper none"),
    ("焦作日报 | 新乡网", "", "…nor one with an outlet of another place"),
    ("2023-07-21 周口日报", "周口日报", "an e-paper's line of a date and its paper"),
    ("2023-07-21 星期五 周口日报", "周口日报", "…with the weekday"),
    ("2023-07-21 观海新闻", "", "…an alias is no paper's own name"),
    ("当前报纸名称:余姚日报", "余姚日报", "an e-paper's 报纸名称 label; a county-level city's daily"),
    ("内容出处: 《中卫日报》 报纸", "中卫日报", "出处 (source) names it as 来源 does"),
    ("石嘴山 2010-09-05 11:09 宁夏日报", "宁夏日报", "a stamp led by a place, the paper after its time"),
    (
        "中共射洪市委宣传部主管 射洪市融媒体中心主办  地址:射洪市滨江路北段1号景观楼",
        "射洪市融媒体中心",
        "a media centre publishing the site: its own reports are the centre's",
    ),
    ("青岛日报社主办  地址:青岛市", "", "…a paper's publisher, whose site carries other papers too, is none"),
    (
        "中共巴音郭楞蒙古自治州委员会主管主办| 巴音郭楞日报社©版权所有",
        "巴音郭楞日报",
        "…but a publisher's line with its copyright notice names the paper whose copy it is",
    ),
    ("射洪市融媒体中心主办 全民阅读活动在城区启幕，市民踊跃参加", "", "…nor a line of prose"),
    ("淮南日报社严正声明", "淮南日报", "the house's notice of its rights on its own page names its paper (Anhui, round 20)"),
    ("第01版:要闻 PDF版阅读\n信阳日报客户端", "信阳日报", "an e-paper's own app below its page navigation (Henan)"),
    ("要闻\n信阳日报客户端", "", "…not on a page without page navigation: a site may promote another paper's app"),
    ("淮南日报社发布声明称，", "", "…not a sentence reporting one"),
    ("欢迎您阅览天门日报 您是第", "天门日报", "an e-paper's greeting to its reader names its paper (Hubei, round 31)"),
    ("欢迎阅读", "", "…a greeting naming no paper names none"),
    ("他说欢迎您阅览天门日报", "", "…only a line opened by the greeting"),
    ("来源 怀化日报", "怀化日报", "a space for the colon after 来源 at the line's start (a Hunan party site's copy, round 23)"),
    ("数据来源 怀化日报", "", "…only at the line's start: another word's 来源 is no label"),
    (
        "今日瓯海©版权所有 未经许可不得转载",
        "今日瓯海",
        "a county's 今日<place> claiming the page's rights, on a line of site chrome (round 33)",
    ),
    ("今日烟台", "", "…a 今日<place> alone is a city paper's section"),
    ("来源:今日高邮", "今日高邮", "…or a source line's"),
    ("来源:晋江经济报 作者:吴道淼", "晋江经济报", "a county-level city's <place>…报 where an outlet stands"),
    (
        "2021/09/25      编辑:哈密市融媒体中心   来源:哈密日报   (点击: )",
        "哈密日报",
        "the source before an editor's house named first (a Xinjiang portal, round 36)",
    ),
    ("新闻中心 > 综合 > 沈阳日报", "沈阳日报", "a trail of links ending at a paper, a site's channel of its copies (round 36)"),
    ("新闻中心 > 沈阳日报 > 综合", "", "…ending at it"),
    ("本站网页版权属上虞日报社所有,未经许可,不得转载镜像", "上虞日报", "a notice of rights 版权属… names its owner (round 36)"),
    (
        "2021年06月03日10:49  来源:滨城时报",
        "滨城时报",
        "a source line's unregistered paper, known by its word, given as printed (a Tianjin district's, round 39)",
    ),
    ("来源:中国政府网", "", "…a site, no newspaper's word"),
    ("来源:滨城时报网", "", "…the name whole: a site named after a paper is no paper"),
    ("2021年06月03日 编辑:滨城时报", "", "…only after 来源: an editor's house may be any paper"),
    ("来源:综合巴渝都市报", "巴渝都市报", "…a word citing the source (综合, 转自, 据) is no part of its name; 都市报 a newspaper's word"),
    (
        "2018-01-11 06:41 来源:365每日更新最新网址-三峡日报 责任编辑:李好",
        "三峡日报",
        "…nor are a site's words and a dash before it (a mirror of a Hubei paper's copy, round 42)",
    ),
    ("来源:中国赣州网-赣南日报", "赣南日报", "…a site's name and a dash"),
    ("发布时间: 2022年11月22日 09:06:42 文章来源:赣南日报", "赣南日报", "…文章来源 is a source's label too"),
    ("来源:赣南日报社区版", "", "…the newspaper's word ends the name"),
    ("来源: 县融媒体中心-据湖北日报", "湖北日报", "…and a word citing it after the dash is no part of it (a review's line)"),
    ("来源:转自东南晨报", "东南晨报", "…晨报"),
    ("来源:海峡商报", "海峡商报", "…商报"),
    ("来源:滨城晚报", "滨城晚报", "…晚报"),
    ("来源:滨城早报", "滨城早报", "…早报"),
    ("© 2017 今日房县", "今日房县", "a county's 今日<place> after the mark and the year (a Hubei e-paper's footer, round 39)"),
    ("© 2010-2017 今日房县", "今日房县", "…a span of years"),
    (
        "2021\n\n02/08\n\n08:43\n\n来源\n\n无锡观察 无锡日报 江南晚报 无锡新传媒网",
        "无锡日报",
        "a tile's 来源 alone, its outlets on the next line (a Jiangsu paper's site, round 40)",
    ),
    ("来源\n\n本报记者 王涛报道", "", "…a line naming no outlet under it is no source"),
    ("来源\n青岛日报社举办新春联谊会", "", "…nor a headline naming a paper: only outlets' names set off by spaces"),
    (
        "".join(f"第{n}段，会议召开。\n" for n in range(20)) + "来源:\n衢州新闻网-衢州晚报\n作者:\n记者 徐颖之",
        "衢州晚报",
        "…a field's label under the report, past the page's head, a site's and its paper's names joined by a dash (a Zhejiang portal, round 51)",
    ),
    ("来源：\n即墨区重点项目集中开工\n\n3月2日，即墨区举行仪式。", "", "…but an empty field over the next headline names none"),
    (
        "温馨提示\n本页面内容不允许直接阅读,请通过《信阳日报》客户端浏览查看。",
        "信阳日报",
        "an e-paper page keeping its text for its paper's app is that paper's (a Henan e-paper, round 40)",
    ),
    ("更多精彩内容，请下载《人民日报》客户端查看。", "", "…not a site promoting an app"),
    ("点击阅读本文原文，请下载《人民日报》客户端", "", "…its text's original either"),
    ("© 2017 今日房县版权所有", "今日房县", "…its name ending where the notice's words begin"),
    ("© 2017 今日烟台", "", "…of a county only: a city paper's section bears such a title"),
    (
        "达州日报:渠县大马力推进重点项目建设",
        "达州日报",
        "a paper's name before the colon opening a title is a copying site's credit (an aggregator, round 53)",
    ),
    ("渠县:大马力推进重点项目建设", "", "…a place's is where the story is"),
    ("达州日报:渠县大马力推进重点项目建设。县委书记出席并讲话。", "", "…and a sentence is no title"),
    (
        "达州日报:渠县大马力推进重点项目建设\n\n正文。\n\n四川日报网版权所有 未经许可不得转载",
        "达州日报",
        "…first, as a tag before a title (【光明日报】…): a copying site's rights footer below names the site (a review's find)",
    ),
]


@pytest.mark.parametrize("line, expected, reason", SOURCES)
def test_source_lines_name_the_copys_publication(line, expected, reason):
    assert header(line).source == expected


@pytest.mark.parametrize(
    "text", ["来源\n\n本报记者 王涛报道", "来源\n青岛日报社举办新春联谊会", "来源\n新华社北京5月6日电（记者 李明）国务院召开常务会议。"]
)
def test_a_stray_source_label_leaves_the_line_under_it_to_the_report(text):
    assert header(text).furniture == set()


@pytest.mark.parametrize(
    "promoted, reason",
    [
        ("客户端", "a site's footer promoting the paper's app (a miss on an unseen page, Hebei)"),
        ("官方微信", "…its account"),
        ("抖音号", ""),
    ],
)
def test_a_papers_name_over_its_app_or_account_is_no_masthead(promoted, reason):
    page = header("领导调研重点项目\n正文。\n更多精彩内容请关注\n河北日报\n" + promoted)
    assert (page.publication, 3 in page.furniture) == ("", True)
    assert header("河北日报\n领导调研重点项目").publication == "河北日报", "over a headline it is the masthead"


def test_a_date_and_paper_line_names_the_paper_anywhere_and_dates_the_page_at_its_head():
    foot = header("新闻标题\n" + "正文。\n" * 20 + "2023-07-21 周口日报")
    assert (foot.source, foot.date) == ("周口日报", None)
    head = header("2023-07-21 周口日报\n新闻标题")
    assert (head.source, head.date, head.furniture) == ("周口日报", (2023, 7, 21), {0})


@pytest.mark.parametrize(
    "line, date, reason",
    [
        ("   2012-09-03 青海省科技厅", (2012, 9, 3), "a date and the body whose site carries the copy (a Qinghai department, round 31)"),
        ("2021-05-13 即墨区人民政府", (2021, 5, 13), "…a government"),
        ("2012-09-03 开工仪式", None, "…but not any words after a date: a body's name ends in its kind (厅, 局, 政府 …)"),
    ],
)
def test_a_date_and_a_publishing_body_date_the_page_and_name_no_paper(line, date, reason):
    head = header(line + "\n新闻标题\n正文。")
    assert (head.source, head.date) == ("", date)


@pytest.mark.parametrize(
    "line, expected, reason",
    [
        (
            "榆林市吴堡县第三季度重点项目集中开工 来源:文化艺术网-文化艺术报 作者:刘燕郡 时间:2022-07-06",
            ["榆林市吴堡县第三季度重点项目集中开工", "来源:文化艺术网-文化艺术报 作者:刘燕郡 时间:2022-07-06"],
            "a title and its stamp flattened onto one line: cut in two (a miss on a Shaanxi page)",
        ),
        ("景县新闻网    时间：2017-02-28 11:55", ["景县新闻网    时间：2017-02-28 11:55"], "…not a stamp led by its site's name"),
        ("项目进展顺利 来源：本报综合", ["项目进展顺利 来源：本报综合"], "…nor a title and a source with no date"),
        ("全区召开安全生产会议 时间紧任务重", ["全区召开安全生产会议 时间紧任务重"], "…nor words after a title that are no stamp"),
        (
            "第十届读书节开幕 时间：2022-07-06 09:00 地点：市图书馆",
            ["第十届读书节开幕 时间：2022-07-06 09:00 地点：市图书馆"],
            "…not an event's notice (its place, 地点)",
        ),
        (
            "读书节开幕 时间：2022-07-06 09:00 来源：市图书馆",
            ["读书节开幕", "时间：2022-07-06 09:00 来源：市图书馆"],
            "…a stamp may give its time before its source",
        ),
        (
            "吴堡县重点项目集中开工 作者:刘燕 2022-07-06 10:00",
            ["吴堡县重点项目集中开工", "作者:刘燕 2022-07-06 10:00"],
            "…an author does",
        ),
        (
            "我区举行重点项目春季开工仪式2021/4/9",
            ["我区举行重点项目春季开工仪式", "2021/4/9"],
            "a site's page title with its day run on after it: cut in two (a Heilongjiang page, round 23)",
        ),
        ("我区举行重点项目开工仪式 2021-04-09", ["我区举行重点项目开工仪式", "2021-04-09"], "…or a space between"),
        (
            "聂卫国:忠县三峡后续项目开局良好2015-10-16 09:49 来源:忠州日报 我要评论0",
            ["聂卫国:忠县三峡后续项目开局良好", "2015-10-16 09:49 来源:忠州日报 我要评论0"],
            "…or its day, time and source, the title holding a speaker's colon (a Chongqing forum's copy, round 49)",
        ),
        (
            "会议指出:要抓好项目2015-10-16 09:49 作者:李明",
            ["会议指出:要抓好项目2015-10-16 09:49 作者:李明"],
            "…a colon's words with a day and time but no source are no title and stamp",
        ),
        (
            "2020年第三批“促投资稳增长”项目集中开工仪式2020/4/10",
            ["2020年第三批“促投资稳增长”项目集中开工仪式", "2020/4/10"],
            "…the title may open with its year (a company's site, Xinjiang, round 44)",
        ),
        ("截至2021/4/9", ["截至2021/4/9"], "…a title has at least five characters"),
        ("项目于2021年4月9日", ["项目于2021年4月9日"], "…a day written with 年月日 may close a sentence's words: not cut"),
        ("项目进展2021/4-9", ["项目进展2021/4-9"], "…one separator throughout"),
        ("项目开工,进展顺利2021/4/9", ["项目开工,进展顺利2021/4/9"], "…no prose's comma in a title"),
        (
            "把污水治理工程打造成精品工程、安全工程。来源:徐州日报 作者:骆耀明",
            ["把污水治理工程打造成精品工程、安全工程。", "来源:徐州日报 作者:骆耀明"],
            "a paragraph a copy ran its source's stamp on to, after its last sentence (a Jiangsu copy, round 43)",
        ),
        (
            "来源:河南日报 2021-09-079月2日,漯河市示范区举行签约仪式。",
            ["来源:河南日报 2021-09-07", "9月2日,漯河市示范区举行签约仪式。"],
            "…or before its first sentence, the copy's day closing the stamp (a Henan copy, round 43)",
        ),
        ("他说来源:网络的消息不可信。", ["他说来源:网络的消息不可信。"], "…only after a sentence's end or at the line's start"),
        ("来源:河南日报 漯河市示范区举行签约仪式。", ["来源:河南日报 漯河市示范区举行签约仪式。"], "…the opening stamp with its day"),
        (
            "来源:县域经济网 2025-11-13 18:03:17 作者:林春宏 编辑:李莹莹",
            ["来源:县域经济网 2025-11-13 18:03:17 作者:林春宏 编辑:李莹莹"],
            "…and not inside its time: the seconds are the stamp's (a Hainan copy, round 46)",
        ),
        (
            "奏响春日施工“奋进曲”2025-04-01 10:12:14 连日来，施工现场机械轰鸣。记者 郭炳中 摄来源:吕梁日报",
            ["奏响春日施工“奋进曲”", "2025-04-01 10:12:14", "连日来，施工现场机械轰鸣。记者 郭炳中 摄", "来源:吕梁日报"],
            "a whole copy on one line: title, day and time, text, and its source after a photo credit's 摄 (吕梁日报, round 55)",
        ),
        (
            "会议指出2025-04-01 10:12:14 前完成",
            ["会议指出2025-04-01 10:12:14 前完成"],
            "…only before text with a sentence's end",
        ),
        ("他的作品由王涛摄来源:网络", ["他的作品由王涛摄来源:网络"], "…a credit's 摄 after a space only"),
        (
            "本次拍卖会定于2024-05-06 09:30 在县公共资源交易中心举行。",
            ["本次拍卖会定于2024-05-06 09:30 在县公共资源交易中心举行。"],
            "…no title ends in a word leading up to a time (定于: a review's find)",
        ),
    ],
)
def test_a_title_and_its_stamp_on_one_line_are_two(line, expected, reason):
    assert split_title_and_stamp([line]) == expected


def test_an_empty_author_label_names_nobody():
    assert header("2024-07-02 作者： 来源： 大众日报").credits == []


def test_the_author_of_a_stamp_line_is_a_byline():
    got = header("来源：大众网   作者：王琨 陈健   2013-01-09 14:03:00")
    assert ([(p.name, p.role) for p in got.credits], got.source, got.date) == (
        [("王琨", "reporter"), ("陈健", "reporter")],
        "大众网",
        (2013, 1, 9),
    )


@pytest.mark.parametrize(
    "line, is_furniture, reason",
    [
        ("121909", True, "a site's counter"),
        ("0", True, "a counter of shares or likes, beside its button"),
        ("138", True, "…of up to three digits"),
        ("1623 11", True, "a forum thread's two counters, views and replies (a Zhejiang forum's page)"),
        ("查看: 811|回复: 1", True, "…labelled (a Guangdong forum's page, round 19)"),
        ("主题", True, "a field of the forum's card of the poster"),
        ("黄金会员", True, "…the poster's rank"),
        ("Rank: 8Rank: 8", True, "…in stars"),
        ("实名认证微信认证社区元老忠实会员社区居民", True, "…the poster's medals run together (a Hubei forum's page, round 44)"),
        ("社区居民", False, "…one medal alone may be a title's words"),
        ("| English|", True, "a bar's links without a Han character"),
        ("RSS", False, "a word alone may be a title's"),
        ("2024", False, "a year alone may head a review"),
        ("益阳在线", True, "a site's name over its story"),
        ("辽阳新闻网官方新闻门户-权威媒体 辽阳门户", True, "…or its name and its boasts, its pages' banner (a Liaoning site, round 35)"),
        ("辽阳新闻网 - 权威门户", True, "…set off by a dash"),
        ("辽阳新闻网报道市委书记调研门户网站建设", False, "…the boast right after the name: a headline may hold 门户"),
        ("官方新闻门户", False, "…after a place's site's name"),
        (
            "青岛新闻网权威发布：地铁6号线今日开通",
            False,
            "…boasts and separators only: a headline may follow a site's name (a review's line)",
        ),
        ("工布江达县人民政府", True, "a government's name over the story on its site"),
        ("河北新闻网手机版", True, "a site's mobile edition"),
        ("人民政府", False, "a name needs its place"),
        ("织密民生保障网", False, "…a place's: a headline may end in 网"),
        ("数字乡村在线", False, "…or in 在线"),
        ("即墨区全面推进重点项目建设提质增效行动在线", False, "…a name of at most twelve characters before its ending"),
        ("山西大同：", False, "…but a place before a colon opens a title (光明日报's `山西大同：` over its title, round 30)"),
    ],
)
def test_a_counter_a_bar_of_links_or_a_sites_name_is_furniture_in_the_page_head(line, is_furniture, reason):
    assert (0 in header(line).furniture) is is_furniture
    body = "\n".join(f"第{n}段正文。" for n in range(20))
    assert len(header(body + "\n" + line).furniture) == 0, "further down: a paragraph's broken-off figure"


@pytest.mark.parametrize("line, date, reason", DATE_LINES)
def test_date_lines_are_furniture_and_date_the_page(line, date, reason):
    got = header(line)
    assert (got.date, got.furniture) == (date, {0} if date else set())


def test_an_e_paper_header_of_page_section_issue_and_day():
    """`第一版:新闻总第363期 >2022-03-17编印` (a new user's Inner Mongolia e-paper page)."""
    got = header("第一版:新闻总第363期 >2022-03-17编印\n达拉特旗重大项目集中开复工")
    assert (got.page_no, got.section, got.issue_no, got.date, got.furniture) == (1, "新闻", 363, (2022, 3, 17), {0})


def test_a_papers_standing_notice_is_furniture_up_to_its_last_line_on_rights():
    # 淮南日报's e-paper prints its notice between a story's stamp and its text (rounds 20 and 30): two pages
    # carrying it shared a "reprint" before.
    lines = [
        "潘集电厂二期工程开工",
        "版次:01  2023年06月28日",
        "淮南日报社严正声明",
        "",
        "长期以来,淮南市部分自媒体未经淮南日报社授权同意,擅自转载。",
        "现声明如下:",
        "凡淮南日报社记者署名的作品,版权均属淮南日报社所有。",
        "图为潘集电厂俯瞰。",
        "本报讯 6月27日上午,工程开工,未经批准不得转载。",
    ]
    assert {2, 4, 5, 6} <= header("\n".join(lines)).furniture
    assert not {0, 7, 8} & header("\n".join(lines)).furniture
    story = "即墨区开展版权宣传活动\n本报讯 本届版权博览会在青岛开幕，展示了版权保护的成果。"
    assert not header(story).furniture  # a story on rights, no notice's heading over it


def test_a_label_left_empty_is_chrome_but_places_before_a_colon_are_none():
    assert 0 in header("即墨新闻：").furniture  # a section's label, a place opening it or not
    assert 0 not in header("山西大同：").furniture  # places alone open a title (光明日报, round 30)


def test_an_e_papers_day_without_its_year_is_a_stamp_that_dates_nothing():
    # 淄博晚报's e-paper, round 32: the title, then `日期:12-30`, then a picture's label over the credit.
    got = header("项目筑基蓄能未来\n日期:12-30\n鑫泰石化集团项目现场")
    assert (got.furniture, got.stamps, got.date) == ({1}, {1}, None)


def test_a_sites_menu_of_short_words_does_not_push_the_stamp_out_of_the_head():
    # A district site's menu, an item a line (永川日报's site, round 30): slogans' lines, no head's.
    menu = "焦点\n政要\n镇街部门\n医疗卫生\n社会\n领航\n热点\n教育学校\n文化体育\n图片\n\n问问\n专题\n视频\n新闻发布\n视界\n旅游\n直播"
    got = header(menu + "\n位置:首页  >  详情页\n区政协委员集中视察新城\n来源: 编辑:永川迁移 2019-12-03 22:03:47")
    assert got.date == (2019, 12, 3)


def test_a_two_digit_year_dates_a_stamp_only_with_its_time():
    """Two-digit numbers joined by dashes may be anything: with a label alone they date nothing."""
    assert header("15-05-28 16:09 来源:锡林郭勒日报").date == (2015, 5, 28)
    assert header("15-05-28 来源:锡林郭勒日报").date is None
    assert header("15-13-05 16:09 来源:锡林郭勒日报").date is None, "no 13th month"


def test_a_date_line_gives_the_date_and_weekday_as_the_masthead_spells_it():
    got = header("2024/05/06 周一 10:21")
    assert (got.date, got.date_evidence, got.weekday) == ((2024, 5, 6), "2024/05/06 周一 10:21", "星期一")


ABOVE = "即墨召开全区安全生产工作会议\n"
DATE_LINE_PLACE = [
    # (text, date, furniture, reason)
    (ABOVE * 14 + "2024-05-06 10:21", (2024, 5, 6), {14}, "the 15th non-blank line that is not furniture is in the page's head"),
    (ABOVE * 15 + "2024-05-06 10:21", None, {15}, "the 16th is not: such a date dates another text (a notice's signature)"),
    (ABOVE.replace("\n", "\n\n") * 14 + "2024-05-06 10:21", (2024, 5, 6), {28}, "blank lines do not count"),
    (ABOVE * 15 + "2024年05月06日", None, {15}, "nor in the form that e-paper navigation prints"),
    (
        "返回主页 | 版面导航 | 标题导航\n" * 5 + ABOVE * 14 + "2023/07/26",
        (2023, 7, 26),
        {0, 1, 2, 3, 4, 19},
        "furniture does not count: an e-paper's long navigation keeps its date line in the head",
    ),
    ("2024-05-06 10:21\n2024-05-07 08:00", (2024, 5, 6), {0, 1}, "the first date line wins"),
    (
        ABOVE * 15 + "浙江日报 要闻 00009 天台10个重大项目集中开工 2021-06-30 22735848 2 2021年06月30日 星期三",
        (2021, 6, 30),
        {15},
        "…but an e-paper's record of the article (paper, section, page, title, date, its number) dates it anywhere (Zhejiang)",
    ),
    (
        ABOVE * 15 + "要闻 00009 天台10个重大项目集中开工 2021-06-30 22735848 2 2021年06月30日 星期三",
        None,
        set(),
        "…when it starts with a paper's name",
    ),
    ("2026年4月3日 星期五\n第02版：要闻\n2024-05-06 10:21", (2026, 4, 3), {0, 1, 2}, "the masthead date line first"),
    (
        "2018年11月06日 星期二\n2020年05月27日 18时21分",
        (2020, 5, 27),
        {0, 1},
        "…but a day and its weekday alone on a page of no page or issue number is a portal's widget of the day it was"
        " read: a post's stamp with its time wins (a Tibet page)",
    ),
    ("2018年11月06日 星期二\n2018-11-06 09:30", (2018, 11, 6), {0, 1}, "…the same day either way"),
    ("人民日报 2026年4月3日 星期五\n2024-05-06 10:21", (2026, 4, 3), {0, 1}, "…and a paper's name beside the day makes it a masthead"),
    ("2026年4月3日 星期五\n2024-05-06", (2026, 4, 3), {0, 1}, "…and a date line without a time is no post's stamp"),
    (
        "山南市人民政府\n今天是: 2018年9月10日 星期一\n" + ABOVE + "2023-06-05 12:53:12 来源:乃东区政府办",
        (2023, 6, 5),
        {0, 1, 3},
        "a portal's widget of the day it is read (今天是) never dates the page (a Tibet portal)",
    ),
    (
        "您好!欢迎您来到县人民政府门户网站! 今天是:\n2018年9月10日 星期一\n" + ABOVE,
        None,
        {0, 1},
        "…nor its date under a greeting ending in 今天是",
    ),
    (
        "欢迎登录赣金网     今天是:2025年07月07日 星期一\n" + ABOVE + "来源:中国赣州网-赣南日报    作者:    发布时间:2013年09月24日",
        (2013, 9, 24),
        {0, 2},
        "…nor its date after the greeting on one line (a Jiangxi portal, round 52)",
    ),
    (
        "电子报阅读机\n2025-12-06\n星期六\n当前报纸名称:包头日报\n" + ABOVE,
        None,
        {0, 1, 2, 3},
        "…nor an e-paper reader's clock under its name (an Inner Mongolia e-paper)",
    ),
    (ABOVE + "13.04.2016  15:41", (2016, 4, 13), {1}, "a stamp with the day first and the year last, with its time (a Qinghai copy)"),
    (ABOVE + "13.04.2016", None, set(), "…not without its time"),
    (
        "注册时间\n2016-10-31\n最后登录\n2024-11-19\n" + ABOVE + "发表于 2017-7-6 22:23:46",
        (2017, 7, 6),
        {0, 1, 2, 3, 5},
        "a forum poster's card gives the days the poster joined and last came, not the post's (round 44)",
    ),
    (
        ABOVE + "编辑:关玲 时间:3/19/2023 4:38:14 PM 浏览:329",
        (2023, 3, 19),
        {1},
        "a stamp with the month first and the year last, its time to 12 hours (a Henan county site, round 44)",
    ),
    (ABOVE + "时间:3/19/2023 16:38:14", None, set(), "…only with its AM or PM, which says the month comes first"),
    (ABOVE + "2015\n03/30\n16:09\n" + ABOVE, (2015, 3, 30), {1, 2, 3}, "a date set as a tile: year, month/day, time (a Jilin copy)"),
    (ABOVE + "2015\n" + ABOVE, None, set(), "…not a year alone"),
    (
        ABOVE * 15 + "2023-11-29 通州 1 1 南通日报 content_156359.html 1 3 建新功 /enpproperty-->",
        (2023, 11, 29),
        {15},
        "an e-paper system's properties line dates the issue wherever it stands (it closes the page: a Jiangsu page)",
    ),
    (
        "2026年4月3日 星期五\n" + ABOVE + "2023-11-29 1 1 南通日报 content_156359.html 1 建新功 /enpproperty-->",
        (2026, 4, 3),
        {0, 2},
        "…after a masthead's date line",
    ),
    (
        ABOVE * 15 + "2025-09-30 2 2 河北经济日报 con180624.html 1 围场:“民心路”修进百姓心坎里",
        (2025, 9, 30),
        {15},
        "…left without its comment's end, the day opening the line and the page numbers after it (a Hebei e-paper, round 24)",
    ),
    (
        ABOVE * 15 + "2025-09-30 京津冀协同发展标志性项目 拔节生长 1 1 沧州日报 content_114506.html 1 北京城市副中心",
        (2025, 9, 30),
        {15},
        "…or the title's few words between (a Hebei e-paper, round 40)",
    ),
    (
        ABOVE * 15 + "2025-09-30 一 二 三 四 五 六 七 2 2 河北经济日报 con180624.html 1 新闻",
        None,
        set(),
        "…not a run of words longer than a title's",
    ),
]


@pytest.mark.parametrize("text, date, furniture, reason", DATE_LINE_PLACE)
def test_only_a_date_line_in_the_pages_head_dates_the_page(text, date, furniture, reason):
    got = header(text)
    assert (got.date, got.furniture) == (date, furniture)


# --- teaser blocks: links to other articles ------------------------------------

TEASER = "相关新闻\n即墨召开2023年全区安全生产工作会议\n2023-05-03 即墨区推进重点项目建设\n"
LINK = "即墨召开全区安全生产工作会议"  # longer than a slogan line, so that only the teaser rule can make it furniture
# A copy that puts a blank line after every line (lines 0 to 13).
DOUBLE_SPACED = "".join(f"第{n}行。\n\n" for n in range(7))
TEASER_BLOCKS = [
    # (text, furniture, reason)
    (TEASER + "\n全区安全生产工作会议召开", {0, 1, 2}, "a heading and the lines under it up to a blank line"),
    ("相关阅读\n" + LINK, {0, 1}, ""),
    ("推荐阅读\n" + LINK, {0, 1}, ""),
    ("新闻推荐\n" + LINK, {0, 1}, ""),
    ("热点推荐\n" + LINK, {0, 1}, ""),
    ("相关推荐\n2020年8月，青岛召开全市工作会议。\n" + LINK, {0, 1, 2}, "相关推荐 and 频道推荐: headings only news sites print"),
    ("頻道推薦\n" + LINK, {0, 1}, "…in traditional characters"),
    ("【相关阅读】\n" + LINK, {0, 1}, "a heading in brackets"),
    ("▶相关新闻：\n" + LINK, {0, 1}, "a heading after a mark, with a colon"),
    ("相关新闻\n\n即墨召开全区安全生产工作会议", {0}, "a blank line right under the heading: an empty block"),
    ("相关新闻\n5月6日，区应急局开展安全生产检查。\n" + LINK, {0}, "a line with 。 is prose (a printed sidebar), not a link"),
    ("新闻推荐\n2020年8月，青岛召开全市工作会议。\n" + LINK, {0, 1, 2}, "under a heading only news sites print, prose is a teaser too"),
    ("即墨相关新闻报道汇总\n" + LINK, set(), "the heading must be the whole line"),
    (
        "导 读\n" + LINK + "\n" + LINK + "！",
        {0, 1, 2},
        "an e-paper's 导读, its list of titles, its characters spaced out (Henan, round 39)",
    ),
    (
        "【导读】\n今年以来，全区12个项目集中开工，\n总投资56亿元。",
        {0},
        "…its summary of prose is the report's text, a line the page wrapped after a comma too",
    ),
    (
        DOUBLE_SPACED + "新闻推荐\n\n总投资近30亿元 渠县集中开工\n\n本报讯(吴涛记者袁婧)11月30日上午，渠县项目开工。\n\n \n\n版权所有",
        {14, 16, 18},
        "a copy with a blank line after every line: a blank line ends a block only beside another (a Sichuan site's copy)",
    ),
    (
        DOUBLE_SPACED + "新闻推荐\n\n渠县集中开工\n\n本报讯 渠县项目开工。\n\n县委书记出席并讲话。\n\n版权所有",
        {14, 16, 18},
        "…or after a line of prose: the story's first lines under its title, not the story",
    ),
    (DOUBLE_SPACED + "新闻推荐\n\n渠县集中开工\n\n\n全区召开会议", {14, 16}, "…or at two blank lines"),
    (
        "相關閱讀\n關鍵詞:\n228國道\n- 福州連江2條“白改黑”路段近期通車2018-05-28",
        {0, 1, 2, 3},
        "a site's label for its tags (關鍵詞:) ends no block, though it ends in a colon (福州新闻网, round 56)",
    ),
]


@pytest.mark.parametrize("text, furniture, reason", TEASER_BLOCKS)
def test_teaser_blocks_are_furniture(text, furniture, reason):
    assert header(text).furniture == furniture


RECORD_FIELDS = [
    (
        "以高速公路建设带动经济发展\n知识类型:\n析出资源\n分类号:\nU412.36+6\n摘要:\n中宁至营盘水高速公路的开工建设，标志着…\n关键词:\n高速公路\n经济发展\n内容\n本报讯 中宁至营盘水高速公路的开工建设。",
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        "an index record's labels alone on their lines, each value under it, and the line heading the text (a library's record, round 54)",
    ),
    (
        "发布机构:\n文号:\n时效:\n\n刘俊义来云州区督导调研\n\n3月11日，刘俊义前来我区。",
        {0, 1, 2},
        "…an empty field's label stands over a blank line: the title under it is no value (a government site's record)",
    ),
    (
        "各位代表:\n今年的工作如下。\n同志们:\n我们要努力。",
        set(),
        "…two labels alone are a speech's addresses, no record (at least three make one)",
    ),
    (
        "记者:\n王明\n编辑:\n李强\n通讯员:\n张伟\n本报讯 开工了。",
        set(),
        "…nor are a byline's labels a record's fields: the byline rules read them",
    ),
    (
        "主持人：\n今年以来进展如何？\n李强：\n今年我区院士港二期项目已封顶。\n负责人介绍：\n项目已开工。",
        set(),
        "…nor an interview's speakers or a report's `介绍：`: only the names a record gives its fields count (a review's find)",
    ),
]


@pytest.mark.parametrize("text, furniture, reason", RECORD_FIELDS)
def test_an_index_records_fields_are_furniture(text, furniture, reason):
    assert record_field_lines(text.split("\n")) == furniture


def test_teaser_lines_say_nothing_about_the_page():
    got = header("相关新闻\n2024-05-03 10:00\n01版:要闻")
    assert (got.date, got.page_no, got.section, got.furniture) == (None, None, "", {0, 1, 2})


# --- section headers: a pinyin line under the section name ------------------

SECTION_HEADERS = [
    # (text, section, furniture, reason)
    ("今日即墨\nJIN RI JI MO", "今日即墨", {0, 1}, ""),
    ("今日即墨\n\nJIN RI JI MO", "今日即墨", {0, 2}, "blank lines between are skipped"),
    ("即墨新闻特别报道\nJI MO XIN WEN", "即墨新闻特别报道", {0, 1}, "a section name of 8 characters"),
    ("即墨新闻特别报道栏\nJI MO XIN WEN", "", {1}, "9 characters is not a section name; the pinyin line is still furniture"),
    ("JIN RI JI MO", "", {0}, "no line above"),
    ("今日即墨\nJIMO", "今日即墨", {0, 1}, "four capitals are a pinyin line"),
    ("今日即墨\nOPC", "", set(), "three capitals are not"),
    ("今日即墨\nJin Ri Ji Mo", "", set(), "capitals only"),
]


@pytest.mark.parametrize("text, section, furniture, reason", SECTION_HEADERS)
def test_pinyin_section_header_takes_the_short_line_above_as_section(text, section, furniture, reason):
    got = header(text)
    assert (got.section, got.furniture) == (section, furniture)


# --- slogans: runs of very short Han lines ----------------------------------

SLOGANS = [
    # (text, furniture, reason)
    ("勇于创一流\n争当排头兵\n奋力走在前", {0, 1, 2}, ""),
    ("勇于创一流\n争当排头兵", {0, 1}, "a run of two lines"),
    ("勇于创一流", set(), "one short line is not a slogan (it may be a headline)"),
    ("勇于创一流\n\n争当排头兵", set(), "a blank line breaks the run"),
    ("担当\n实干", {0, 1}, "two Han characters per line"),
    ("勇\n争当排头兵", set(), "one character is not a slogan line"),
    ("勇于创新争当排头\n奋力走在前列", {0, 1}, "eight Han characters"),
    ("奋力开创发展新局面\n勇于创新争当排头", set(), "nine characters break the run"),
    ("勇于创一流。\n争当排头兵", set(), "Han characters only: no punctuation"),
    ("  勇于创一流\n争当排头兵  ", {0, 1}, "spaces around a line are ignored"),
    (
        "海南区\n争先进位赶工忙\n本报乌海1月1日电 (记者 郝飚)一场大雪过后。",
        set(),
        "a run over a report's dateline is its kicker and headline (内蒙古日报, round 55)",
    ),
    ("勇于创一流\n争当排头兵\n\n全区召开会议，部署工作。", {0, 1}, "…a line of prose under it is no dateline"),
    ("勇于创一流\n争当排头兵\n通讯员王明介绍，全区召开会议。", {0, 1}, "…nor a correspondent's 讯 (a review's find)"),
    ("打印\n关闭\n本报讯 全区召开会议，部署工作。", {0, 1}, "…and a site's words over a dateline stay furniture (a review's find)"),
    ("会议召开。\n勇于创一流\n争当排头兵", {1, 2}, "a run that ends the page counts"),
]


@pytest.mark.parametrize("text, furniture, reason", SLOGANS)
def test_slogans_are_runs_of_two_or_more_short_han_lines(text, furniture, reason):
    assert header(text).furniture == furniture


@pytest.mark.parametrize(
    "line, publication, reason",
    [
        ("人民日报海外版 2022年09月14日 星期三", "人民日报海外版", "a registered paper"),
        ("兰陵报  2024年9月3日 星期二 第211期", "兰陵报", "a county's short name and 报 (a new user's page)"),
        ("兰陵报  2024年9月3日 星期二 第4年 第211期", "兰陵报", "…with the paper's year of publication before its issue"),
        ("晋江经济报 2024年9月3日 星期二", "晋江经济报", "…a place's paper as an outlet names it"),
        ("东方报 2024年9月3日 星期二", "", "东方 is a word of papers elsewhere"),
        ("招商报 2024年9月3日 星期二", "", "no place before 报"),
        ("今日即墨 2024年9月3日 星期二", "", "a 今日<place> on a date line is as often a city paper's section (青岛日报's)"),
        ("光明报 2024年9月3日 星期二", "", "a short name that is a word too (光明区's 光明)"),
        ("鼓楼报 2024年9月3日 星期二", "", "a short name several districts share"),
    ],
)
def test_a_masthead_date_line_led_by_the_papers_name_names_it(line, publication, reason):
    assert header(line).publication == publication


@pytest.mark.parametrize(
    "line, expected",
    [
        ("作者:记者 丁春贵 报道     签发日期:2023年09月18日", [("丁春贵", "reporter")]),
        ("2025-11-12 编辑: 郝暖", [("郝暖", "editor")]),
        (
            "2022-12-27 16:41:41 编辑:王丽霞 责任编辑:王睿 审核:李晓霞 来源:甘州区融媒体中心",
            [("王丽霞", "editor"), ("王睿", "editor"), ("李晓霞", "editor")],
        ),
        (
            "©原创   2021-08-28 17:36   钟祥市融媒体中心记者:王超华 王琛 蔡梦竹",
            [("王超华", "reporter"), ("王琛", "reporter"), ("蔡梦竹", "reporter")],
        ),  # 记者: after the date labels reporters (a Hubei media centre, round 25)
        ("发布:2026/3/4 11:20:50 来源:即墨信息港 浏览次 编辑:佚名", []),
        (
            "记者:琚晓青 王文龙 通讯员:舒明军 来源:谷城县融媒体中心 责任编辑:冷晶晶 / 编审:翟竞 |",
            [("琚晓青", "reporter"), ("王文龙", "reporter"), ("舒明军", "correspondent"), ("冷晶晶", "editor"), ("翟竞", "editor")],
        ),
        ("日期: 来源:齐鲁晚报青岛融媒", []),
        ("栏目 要闻 来源:大众网 编辑:李强", [("李强", "editor")]),  # words before any role word are no people
        ("信息来源:济南市政府门户网站", []),
        ("刊发日期:2021-05-07 作者:  语音阅读:", []),
        ("刊发日期:2018-09-26 阅读次数: 作者:常映红  语音阅读:语音阅读", [("常映红", "reporter")]),
        ("来源:太仓日报 责编:朱敏 时间:2016-11-30", [("朱敏", "editor")]),  # 责编, the next label 时间
        (
            "2017年07月11日 09:36:18 来源: 衢州新闻网-衢州日报 记者 方利军 倪晗",
            [("方利军", "reporter"), ("倪晗", "reporter")],
        ),  # after its source
        ("2017年07月11日 09:36:18 来源: 衢州日报 大字体 小字体", []),  # …a site's buttons are no people
        (
            "2022-09-05 09:40:23 来源:东阳市融媒体中心 胡剑文 图片通讯员 蒋晓东",
            [("胡剑文", "reporter"), ("蒋晓东", "photographer")],
        ),  # …a name before the first role word is the writer's; 图片通讯员 took the pictures (a Zhejiang site, round 31)
        ("2022-09-05 09:40:23 来源:东阳市融媒体中心 胡剑文", []),  # …but a name with no role word on the line is none
        ("2022-09-05 来源:东阳市融媒体中心 点击 通讯员 蒋晓东", []),  # …nor a word not opening with a surname
        (
            "2019-05-14 15:33:42 | 來源: 中國網 | 作者: 姚華勝 | 責任編輯: 郭穎慧",
            [("姚華勝", "reporter"), ("郭穎慧", "editor")],
        ),  # as printed
        ("来源: 儋州融媒全媒体 作者:韦斌/文 黎有科/图 点击:11075 收藏", [("韦斌", "reporter"), ("黎有科", "photographer")]),  # who did what
        ("来源:金羊网 作者:丰西西 发表时间:2025-02-06 07:37", [("丰西西", "reporter")]),  # …whatever its word
        ("2020-05-19 编辑:王五来源:大众日报", [("王五", "editor")]),  # a listed label glued to the name ends it
        ("2020-05-19 作者:张三发布时间:2020", [("张三", "reporter")]),
        ("2020-05-19 作者：李明浏览：33", [("李明", "reporter")]),
        ("2017-12-22 15:59:18 来源:东南网 责任编辑:王俊杰 我来说两句 |", [("王俊杰", "editor")]),  # a comment link ends them
        (
            "2021-3-2 16:48|编辑: 胡琪琦|作者: 江怀远 易政研 |来源: 益阳日报 |查看: 12124 |举报",
            [("胡琪琦", "editor"), ("江怀远", "reporter"), ("易政研", "reporter")],
        ),  # the next label ends a label's names
        ("【发布日期:2011-12-31】 【来源:】 【阅读:次】【作者:记者 林涵】", [("林涵", "reporter")]),  # a bracket closes a field
        ("  • 2019-06-05   《柳州日报》   记者 谢耘", [("谢耘", "reporter")]),  # after the paper it cites
        (
            "作者:本报记者 李建斌 杨珏 本报通讯员 马静波 《光明日报》( 2024年03月24日 03版)",
            [("李建斌", "reporter"), ("杨珏", "reporter"), ("马静波", "correspondent")],
        ),  # the paper's citation after them (光明网) names no one
        (
            "2019年12月11日 星期三 编辑:陈鸿儒 组版:曾彦红 校对:邓超",
            [("陈鸿儒", "editor"), ("曾彦红", "editor"), ("邓超", "editor")],
        ),  # an e-paper's masthead day and its page staff (齐鲁晚报, round 50)
        ("2019年12月11日 星期三 农历十一月十六", []),  # …a masthead day alone credits no one
        (
            "2016-01-08 08:23:16 来源:中国甘肃网_甘肃日报 作者: 责任编辑:李秀清 点击图片浏览下一页",
            [("李秀清", "editor")],
        ),  # an empty 作者 before 责任编辑 names no 责任; a button (点击…) no editor (a Gansu copy, round 51)
        ("作者: 出版日期:2014.05.12 点击数:0", []),  # an empty 作者 before 出版日期 names no 出版 (a Hebei paper's archive, round 52)
        ("汕尾日报 记者 李济超  2016-08-17 11:29", [("李济超", "reporter")]),  # before the stamp's day and time (an app's page, round 53)
        ("汕尾日报 新闻中心  2016-08-17 11:29", []),  # …words with no role word are no people
        ("汕尾日报 记者 李济超 更新时间  2016-08-17 11:29", [("李济超", "reporter")]),  # …not a label run on without its colon
        ("汕尾日报 特约记者 城区分社 2016-08-17 11:29", []),  # …nor a unit's name after a role word (a review's finds)
        ("西藏日报 记者 达瓦次仁 格桑  2016-08-17 11:29", [("达瓦次仁", "reporter"), ("格桑", "reporter")]),  # …names of any people's
        ("发布时间:2024-02-18 信息来源:大祥区 作者:大祥区", []),  # a division where the author would be: the district's site (邵阳)
        ("发布时间:2024-02-18 作者:江山", [("江山", "reporter")]),  # …a name spelled like a short place name stays a person's
    ],
)
def test_the_people_a_stamp_line_credits(line, expected):
    assert [(p.name, p.role) for p in header(line).credits] == expected
