"""Hand-made gold annotations for the five seed pages in /work/main/seeds/.

Written by reading the raw page text only (no parser code was consulted).
Every judgement call is explained in a comment next to the value it affects.

Conventions used throughout (from the product's documented rules):
  * articles are listed in the order in which each item STARTS on the page
    (a caption that sits inside a running article is listed after that
    article, because the article started earlier);
  * body_starts = first 10 characters of the body exactly as printed
    (full-width "，" on the 2026 pages, half-width "," on the 2023 pages);
  * bylines are (name, role, outlet); officials are (name, title, office);
    projects are (name, status).
"""

GOLD = {
    # ------------------------------------------------------------------
    # 000: 新即墨 front page, 2026-04-03.
    # Masthead present (新即墨 + 中共青岛即墨区委 / 即墨区人民政府 主办 /
    # 即墨融媒体中心编辑出版 + date line) -> publication 新即墨, date from masthead.
    # No page-staff line on this page.
    # ------------------------------------------------------------------
    "000_a890f07f6fb61a4e.txt": {
        "publication": "新即墨",
        "date": "2026-04-03",
        "date_source": "masthead",
        "issue_no": 3409,
        "lunar_date": "农历二月十六",
        "weekday": "星期五",
        "section": "",
        "articles": [
            # Interview article. Headline block = 3 lines:
            #   扎实开展“干部作风建设年”活动            (above the title -> kicker)
            #   以“三化”攻坚破局 开创即墨高质量发展新局面 (main title)
            #   ——访即墨区委书记孙杰                    (subtitle)
            # No line ends in an event verb (活动/新局面/孙杰), so the main title is
            # the last line that is neither a ——subtitle nor a deck.
            # The two short lines 以项目攻坚锤炼实干作风，激活产业发展新动能 and
            # 以改革创新锻造攻坚作风，激发区域发展新活力 are in-body subheads.
            # The article is interrupted by the caption 海上“种太阳”… (line 29) and
            # continues (现代产业体系，…) until the (下转二版) marker.
            {
                "kind": "article",
                "kicker": "扎实开展“干部作风建设年”活动",
                "headline": "以“三化”攻坚破局 开创即墨高质量发展新局面",
                "subheadline": "访即墨区委书记孙杰",
                "body_starts": "作风是干事之基，成事",
                "continued": "下转二版",
                # No closing byline: the article is continued on page 2.
                "bylines": [],
                # 访即墨区委书记孙杰 (subtitle) and 即墨区委书记孙杰表示 (body) are the
                # same (name, title) -> one tuple; "访" is not part of the title.
                "officials": [
                    ("孙杰", "即墨区委书记", "即墨区委书记"),
                ],
                # 提速女岛绿色能源装备产业园建设 -> a specific facility whose
                # construction is reported -> status 建设.
                # NOT projects: 152个省市区重点项目 (generic count);
                # “三电”核心零部件项目 (a category of projects, no specific X);
                # 海上风电项目 / 装备制造项目 / 风电光伏项目 / 在谈、签约项目 (generic);
                # 宝来换代新车型 / SUV新车型 (products, not projects);
                # 青岛科创大走廊建设 (regional innovation-corridor initiative, not a
                # nameable construction project).
                "projects": [
                    ("女岛绿色能源装备产业园", "建设"),
                ],
            },
            # Standalone short sentence between wide gaps inside article 1 ->
            # photo caption. No photographer line follows.
            {
                "kind": "caption",
                "kicker": "",
                "headline": "",
                "subheadline": "",
                "body_starts": "海上“种太阳”光伏逐",
                "continued": "",
                "bylines": [],
                "officials": [],
                "projects": [],
            },
            # Single-line headline ending in 召开 (half-width parentheses as printed).
            {
                "kind": "article",
                "kicker": "",
                "headline": "区政府党组(扩大)会议暨区政府常务会议召开",
                "subheadline": "",
                "body_starts": "昨日下午，区政府党组",
                "continued": "",
                "bylines": [
                    ("周程林", "reporter", ""),
                    ("江如意", "reporter", ""),
                ],
                # 习近平总书记 appears twice with the same title -> one tuple.
                "officials": [
                    ("张宏业", "区委副书记、区长", "即墨区区长"),
                    ("习近平", "总书记", "中共中央总书记"),
                ],
                "projects": [],
            },
            # Two-line block: 深度融入 青岛科创大走廊 (kicker) +
            # 青岛科创大走廊海洋OPC社区建设启动 (ends in event verb 启动 -> headline).
            {
                "kind": "article",
                "kicker": "深度融入 青岛科创大走廊",
                "headline": "青岛科创大走廊海洋OPC社区建设启动",
                "subheadline": "",
                "body_starts": "3月27日，青岛科创",
                "continued": "",
                "bylines": [
                    ("李勋祥", "reporter", ""),
                ],
                "officials": [],
                # JUDGEMENT (uncertain): the OPC community is a specific, named
                # facility whose lifecycle is reported (社区建设启动) -> status 启动
                # (the printed verb; "建设启动" = construction launched, recorded as
                # 启动 rather than 开工/建设).
                # “海洋智谷·模力空间” has an 启用仪式 -> specific facility put into
                # use -> status 启用 (quote marks dropped from the name).
                # NOT projects: 崂山实验室成果转化基地(国实大厦) is only reported as
                # 入选…“模力空间”培育项目 (a designation/cultivation scheme, no
                # lifecycle); companies signing in (入驻企业) are not projects.
                "projects": [
                    ("青岛科创大走廊海洋OPC社区", "启动"),
                    ("海洋智谷·模力空间", "启用"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 001: 新即墨 front page, 2026-03-09.
    # Masthead present. (Its publisher line reads 即墨市人民政府 — an old/misprinted
    # organ name — but the masthead clearly says 新即墨.)
    # The slogan lines 勇于创一流 / 争当排头兵 / 奋力走在前 are not articles.
    # No page-staff line on this page.
    # ------------------------------------------------------------------
    "001_736da492cd51ba95.txt": {
        "publication": "新即墨",
        "date": "2026-03-09",
        "date_source": "masthead",
        "issue_no": 3390,
        "lunar_date": "农历正月廿一",
        "weekday": "星期一",
        "section": "",
        "articles": [
            # Single-line headline (the space inside it is as printed).
            {
                "kind": "article",
                "kicker": "",
                "headline": "孙杰赴枣庄市山亭区 考察产业帮扶工作",
                "subheadline": "",
                "body_starts": "3月5日，区委书记孙",
                "continued": "",
                # （刘云睿） is appended to the last paragraph.
                "bylines": [
                    ("刘云睿", "reporter", ""),
                ],
                # 区委书记孙杰: bare 区 = 即墨区 (孙杰 is the visiting Jimo secretary).
                # 枣庄市山亭区委书记王德海: another place is named -> office keeps
                # the printed place prefix.
                # 区委常委、组织部部长滕安正 -> principal = 组织部部长 -> 即墨区委组织部部长.
                "officials": [
                    ("孙杰", "区委书记", "即墨区委书记"),
                    ("王德海", "枣庄市山亭区委书记", "枣庄市山亭区委书记"),
                    ("滕安正", "区委常委、组织部部长", "即墨区委组织部部长"),
                ],
                # 孙杰先后到即发集团纺织服装加工、融跃肉制品、同华电子半导体器件研发、
                # 本佳精制红薯制品等项目现场 -> the text itself calls these items
                # projects -> named projects; only visited -> status "".
                # NOT projects: 帮扶项目 / 优质项目 / "项目落地" (generic).
                "projects": [
                    ("即发集团纺织服装加工", ""),
                    ("融跃肉制品", ""),
                    ("同华电子半导体器件研发", ""),
                    ("本佳精制红薯制品", ""),
                ],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "张宏业到移风店镇调研",
                "subheadline": "",
                "body_starts": "3月6日，区委副书记",
                "continued": "",
                "bylines": [
                    ("韩伟绩", "reporter", ""),
                    ("江如意", "reporter", ""),
                ],
                "officials": [
                    ("张宏业", "区委副书记、区长", "即墨区区长"),
                ],
                # Among the visited places only 国家农业科技园良种示范推广项目 is an
                # "X项目" with a specific X -> named project, status "" (visited).
                # JUDGEMENT: it is an agricultural demonstration project rather than
                # a construction project, but it is a physical site named as a 项目.
                # The companies (瑞克斯旺(中国)农业科技有限公司, 青岛世农种苗有限公司,
                # 青岛德龙种子有限公司) and 青岛国际种都产学研创新示范园 are merely
                # visited and not called projects -> excluded.
                "projects": [
                    ("国家农业科技园良种示范推广项目", ""),
                ],
            },
            # Headline printed as one line with a space; half-width parentheses.
            # Ends with （下转二版） (full-width in the source) -> continued.
            {
                "kind": "article",
                "kicker": "",
                "headline": "区十九届人大常委会 召开党组(扩大)会议",
                "subheadline": "",
                "body_starts": "3月6日，区十九届人",
                "continued": "下转二版",
                "bylines": [],
                # 曾赞荣书记: bare 书记 after a name -> office "" (not resolvable here).
                # 区十九届人大常委会 / 区委常委会 are organs without a named person.
                "officials": [
                    ("习近平", "总书记", "中共中央总书记"),
                    ("曾赞荣", "书记", ""),
                ],
                "projects": [],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "青岛大学与即墨区校地合作 交流活动举行",
                "subheadline": "",
                "body_starts": "3月6日，青岛大学与",
                "continued": "",
                "bylines": [
                    ("刘云睿", "reporter", ""),
                ],
                "officials": [],
                # The four 实践基地 are plaques unveiled (揭牌), not construction
                # projects; the companies at the end are only visited -> none.
                "projects": [],
            },
            # Single line; it ends in 主题活动 (举办 is mid-line) but it is the only
            # line of the block, so it is the headline.
            # The body is broken mid-word twice by the extraction (活动肯定 / 了过去,
            # 成 / 长感悟) — same article.
            {
                "kind": "article",
                "kicker": "",
                "headline": "即墨举办纪念第116个“三八”国际妇女节主题活动",
                "subheadline": "",
                "body_starts": "为充分彰显新时代即墨",
                "continued": "",
                "bylines": [
                    ("吴超", "reporter", ""),
                    ("钟超", "reporter", ""),
                ],
                # 各镇街妇联主席 is a title without a name -> not an official.
                "officials": [],
                # “我为妇女儿童办实事”公益服务项目 / 15项重点公益项目 are
                # programs/schemes, not named projects.
                "projects": [],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "第三届全国先进计算技术创新大赛专题赛颁奖仪式举行",
                "subheadline": "",
                "body_starts": "3月6日，第三届全国",
                "continued": "",
                "bylines": [
                    ("刘一凡", "reporter", ""),
                    ("王晓辉", "reporter", ""),
                ],
                # 即墨区人民政府 / 青岛市工业和信息化局 are co-organisers, no person.
                "officials": [],
                # 一批优秀项目 = competition entries, generic -> none.
                "projects": [],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 002: 青岛日报 page (no masthead).
    # Publication: bylines （青报全媒体/观海新闻记者 薛华飞） and "本报…讯" -> 青岛日报.
    # (The second article is credited to 青岛晚报/观海新闻, a sister paper, but it
    # runs here under 本报2月4日讯 on the same page.)
    # Date: dateline 本报2月4日讯 -> Feb 4; year 2026 from the page itself
    # (2026实干崂山, 2026年崂山区…, and “十五五”良好开局 = 2026).
    # ------------------------------------------------------------------
    "002_02c739f944b55ce5.txt": {
        "publication": "青岛日报",
        "date": "2026-02-04",
        "date_source": "dateline",
        "issue_no": None,
        "lunar_date": "",
        "weekday": "",
        "section": "",
        "articles": [
            # Block: 全市“干部作风建设年”活动动员大会召开 (ends in 召开 -> headline),
            # then a subtitle line and a people deck -> both subheadline.
            {
                "kind": "article",
                "kicker": "",
                "headline": "全市“干部作风建设年”活动动员大会召开",
                "subheadline": "以扎实作风推动高质量发展 奋力实现“十五五”良好开局 曾赞荣讲话 任刚主持 梅建华孟庆斌出席",
                "body_starts": "本报2月4日讯 4日",
                "continued": "",
                "bylines": [
                    ("薛华飞", "reporter", "青报全媒体/观海新闻"),
                ],
                # The deck names people without titles (not officials by itself);
                # titles come from the body.
                # 市人大常委主任 (sic, without 会) kept as printed; office normalised
                # to 青岛市人大常委会主任.
                "officials": [
                    ("习近平", "总书记", "中共中央总书记"),
                    ("曾赞荣", "市委书记", "青岛市委书记"),
                    ("任刚", "市委副书记、市长", "青岛市市长"),
                    ("梅建华", "市人大常委主任", "青岛市人大常委会主任"),
                    ("孟庆斌", "市政协主席", "青岛市政协主席"),
                ],
                # 项目招引建设 is generic -> none.
                "projects": [],
            },
            # Block: 崂山区确定今年工作目标 / 2026实干崂山：推动80个项目开工.
            # The second line ends in the event verb 开工 -> headline; the first line
            # (确定 is not an event verb) -> kicker.
            # The caption line (…崂山区委宣传部供图) sits between the headline and the
            # body; the body resumes with 本报2月4日讯 4日，崂山区….
            # The three short lines 抓好255个重大项目 推动经济“质”“量”齐升 /
            # 筑峰四大专业园区 打造现代化产业体系 / 锻造“数智芯” 深度融入青岛科创大走廊
            # are in-body subheads of this article. The article runs to the end of
            # the page, closed by （青岛晚报/观海新闻记者 陈小川）.
            {
                "kind": "article",
                "kicker": "崂山区确定今年工作目标",
                "headline": "2026实干崂山：推动80个项目开工",
                "subheadline": "",
                "body_starts": "本报2月4日讯 4日",
                "continued": "",
                "bylines": [
                    ("陈小川", "reporter", "青岛晚报/观海新闻"),
                ],
                # 崂山区人民政府代理区长仇元明: another place named; 人民政府 dropped,
                # 代理 kept -> 崂山区代理区长.
                "officials": [
                    ("仇元明", "崂山区人民政府代理区长", "崂山区代理区长"),
                ],
                # Projects (planned targets for 2026; the status is the stage the
                # sentence names for that project):
                #  * 推动歌尔虚拟现实整机二期等80个项目开工 -> JUDGEMENT (2026-12-06): a goal (推动), ""
                #  * 青岛国际通信业务出入口局（一期）等80个项目竣工 -> 竣工
                #    (full-width parentheses as printed)
                #  * 加快虚拟现实总部基地、华芯生物医药产业园等项目建设 -> 建设
                #  * 推动歌尔科技产业项目二期、泰科达算力中心产业园等项目竣工 -> JUDGEMENT (2026-12-06): a push
                #    for a stage to come, a goal: "" (as the real pages' golds read 推动…开工; a new user's trial)
                #  * 高标准建设中关村人工智能产业中试创新平台、工业数据资产登记青岛节点等项目
                #    -> the text calls them 项目 -> 建设
                #  * 加快推进海汇德新能源产业基地、(gap) 青源峰达精密仪器产业园等重点项目建设
                #    -> sentence broken by the extraction; both -> 建设
                #  * 推动观海文化科技产业园等项目竣工投用 -> furthest stage 投用
                #  * 推动仰口码头（一期）建成投运 -> specific facility; JUDGEMENT:
                #    投运 (投入运营) recorded as 运营 (furthest stage after 建成=竣工)
                #  * 加快推进小麦岛等旅游码头（站点）建设 -> JUDGEMENT: a specific
                #    pier whose construction is reported; name taken as printed
                #    before the 等… tail, i.e. 小麦岛 -> 建设
                #  * 推进海尔君一等健康社区项目建设 -> 海尔君一 -> 建设
                #  * 深入推进国家海洋生物制品质检中心建设 -> specific facility -> 建设
                #  * 加快落地国家大学科技园 -> JUDGEMENT: specific facility, 落地
                # NOT projects: 255个重点项目 / 80个项目 / 过亿元项目 / 补链强链项目 /
                # 涉海优质项目 (generic counts); 市级以上科技计划项目 / 产学研合作项目 /
                # 产业创新专项 (programs); 智驾云工场、具身智能机器人创新中心、国际数智港
                # (called 特色“园中园”, only 建强 = strengthened, no lifecycle);
                # 景区基础设施综合整治等工程 (generic works); 会场仰口片区 (谋划建设 =
                # planning of an area, not a reported stage); “双训练场”, 国家海洋大基金,
                # 质量技术联合体, 第36届青岛国际啤酒节 (not construction projects).
                "projects": [
                    ("歌尔虚拟现实整机二期", ""),
                    ("青岛国际通信业务出入口局（一期）", "竣工"),
                    ("虚拟现实总部基地", "建设"),
                    ("华芯生物医药产业园", "建设"),
                    ("歌尔科技产业项目二期", ""),
                    ("泰科达算力中心产业园", ""),
                    ("中关村人工智能产业中试创新平台", "建设"),
                    ("工业数据资产登记青岛节点", "建设"),
                    ("海汇德新能源产业基地", "建设"),
                    ("青源峰达精密仪器产业园", "建设"),
                    ("观海文化科技产业园", "投用"),
                    ("仰口码头（一期）", "运营"),
                    ("小麦岛", "建设"),
                    ("海尔君一", "建设"),
                    ("国家海洋生物制品质检中心", "建设"),
                    ("国家大学科技园", "落地"),
                ],
            },
            # Caption (contains 供图). It starts after article 2's headline block,
            # so it is listed after article 2. 崂山区委宣传部供图 is an organisation
            # credit -> no byline.
            {
                "kind": "caption",
                "kicker": "",
                "headline": "",
                "subheadline": "",
                "body_starts": "崂山区接续奋斗、跨越",
                "continued": "",
                "bylines": [],
                "officials": [],
                "projects": [],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 003: 青岛日报 section page 今日即墨 / JIN RI JI MO.
    # Publication: section 今日即墨 JIN RI JI MO and bylines □青岛日报/观海新闻记者.
    # Date: no masthead and no 本报…讯 dateline -> inferred. Full dates reported
    # as past events: 2022年11月5日 (回迁), 2022年12月12日 / 12月14日, and
    # 2023年3月20日启动正式签约 (当日签约率达到98.5%) -> latest = 2023-03-20.
    # (到2023年底 is a target, not a past event.)
    # Page staff line (责编 王杰 刘宗伟 美编 李晓萌 审读 王忠良 排版 吕雪) -> editor
    # bylines of the FIRST item on the page, which is the ■ caption.
    # ------------------------------------------------------------------
    "003_10918a961b3f8c53.txt": {
        "publication": "青岛日报",
        "date": "2023-03-20",
        "date_source": "inferred",
        "issue_no": None,
        "lunar_date": "",
        "weekday": "",
        "section": "今日即墨",
        "articles": [
            # ■ caption, followed by the 梁孝鹏 摄 photographer line.
            {
                "kind": "caption",
                "kicker": "",
                "headline": "",
                "subheadline": "",
                "body_starts": "连日来,即墨区即发1",
                "continued": "",
                "bylines": [
                    ("王杰", "editor", ""),
                    ("刘宗伟", "editor", ""),
                    ("李晓萌", "editor", ""),
                    ("王忠良", "editor", ""),
                    ("吕雪", "editor", ""),
                    ("梁孝鹏", "photographer", ""),
                ],
                "officials": [],
                # 即发10万锭锭数字化纺纱智能工厂 … 该项目 -> the text calls it a
                # project. Name as printed (the doubled 锭锭 typo kept), without the
                # locative 即墨区 in front.
                # JUDGEMENT: status "" — the caption describes the factory as busy
                # (一片繁忙) but names no lifecycle stage.
                "projects": [
                    ("即发10万锭锭数字化纺纱智能工厂", ""),
                ],
            },
            # Block: the long lead line 到2023年底,… (above the title -> kicker) and
            # 即墨:实施七大工程,提速制造业发展 (no event verb on either line -> the last
            # line of the block is the headline). Byline line
            # □青岛日报/观海新闻记者 王涛文/图 follows.
            # The body is interrupted by the ■ caption (战略性前沿 / 领域,…) and by a
            # blank line (基于工业互联网 / 的数字化转型升级). Lines 50–52 are garbled by
            # the extraction (its last paragraph is spliced with, and then followed
            # by, text duplicated from the 企地 article at the bottom of the page);
            # the article is taken to run until the next headline 营流路片区改造加快推进.
            {
                "kind": "article",
                "kicker": "到2023年底,力争规上工业企业数量突破600家,规上工业增加值增速达到6%,规上工业企业研发机构覆盖率达到85%",
                "headline": "即墨:实施七大工程,提速制造业发展",
                "subheadline": "",
                "body_starts": "新增市级以上创新平台",
                "continued": "",
                # 文/图: recorded as reporter per the documented example.
                "bylines": [
                    ("王涛", "reporter", "青岛日报/观海新闻"),
                ],
                # 区政府主要领导 / 即墨区纪委监委相关负责人: no person named.
                "officials": [],
                # * 推动奇瑞乘用车项目产能爬坡提升 -> X项目; JUDGEMENT: status ""
                #   (capacity ramp-up implies production, but no lifecycle stage is named)
                # * 奇瑞零部件产业园及配套项目建成启用 -> 启用 (及配套项目 is generic)
                # * 促进一汽锻造、青特产业园等项目建设 -> 建设
                # * 推动海尔新能源、中电建海上光电等龙头项目早日落地 -> JUDGEMENT (2026-12-06): a goal (推动…早日), ""
                # * 中广核特固态锂电池、京能渔光互补基地开工建设 -> JUDGEMENT: 开工
                #   (开工建设 = construction begins; 建设 is the object of 开工, not a
                #   further stage reached). Name 中广核特固态锂电池 kept as printed.
                # * 通裕重工海上风电装备建成投产 -> 投产
                # * 推动鹏博士电信传媒总部投入运营 -> JUDGEMENT (2026-12-06): a goal, "" (the parser still reads 运营:
                #   a facility's stage word right after its name is read without the clause before it)
                # * 半导体产业基地正式开工 -> 开工
                # * 签约落地中科院海信总部 -> furthest of 签约/落地 = 落地
                # NOT projects: 全市9个投产的整车项目 (generic); 一汽大众、一汽解放、
                # 一汽解放新能源、奇瑞乘用车等整车企业 (companies); 国家海洋技术转移中心
                # (platform); 市级以上科技计划项目 (program); 七大工程 (programs);
                # 5G基站 (generic); 重点项目 / 输电工程 in the garbled tail (generic).
                "projects": [
                    ("奇瑞乘用车项目", ""),
                    ("奇瑞零部件产业园", "启用"),
                    ("一汽锻造", "建设"),
                    ("青特产业园", "建设"),
                    ("海尔新能源", ""),
                    ("中电建海上光电", ""),
                    ("中广核特固态锂电池", "开工"),
                    ("京能渔光互补基地", "开工"),
                    ("通裕重工海上风电装备", "投产"),
                    ("鹏博士电信传媒总部", ""),
                    ("半导体产业基地", "开工"),
                    ("中科院海信总部", "落地"),
                ],
            },
            # Second ■ caption, inside article 2's body; 图为… belongs to it.
            # No photographer line follows it.
            {
                "kind": "caption",
                "kicker": "",
                "headline": "",
                "subheadline": "",
                "body_starts": "即墨汽车产业已成为全",
                "continued": "",
                "bylines": [],
                "officials": [],
                "projects": [],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "营流路片区改造加快推进",
                "subheadline": "",
                "body_starts": "城市更新,给即墨区带",
                "continued": "",
                "bylines": [
                    ("王涛", "reporter", "青岛日报/观海新闻"),
                    ("梁之磊", "correspondent", ""),
                    ("兰玉乔", "correspondent", ""),
                ],
                # 孙志仁 (工作组组长) and 江守岩 (工作组副组长) lead a work group of the
                # 指挥部 -> not government titles -> not officials.
                "officials": [],
                # JUDGEMENT (uncertain):
                # * 营流路片区改造 (headline; 加快推进 is not a lifecycle stage -> "")
                # * 营流路片区改造项目一期 (X项目 with phase as printed; only used as
                #   "乘着…的东风" -> "")
                # * 作为城市更新的攻坚项目,营流路贯通… : the phrase 城市更新的攻坚项目 is
                #   generic, but it is in apposition to 营流路贯通, which the text thus
                #   calls a project; 贯通 (road opened through, 打通了…一条“动脉”) is
                #   recorded as 竣工.
                # The 签约 dates at the end concern relocation agreements with
                # villagers (征迁), not a project signing.
                "projects": [
                    ("营流路贯通", "竣工"),
                    ("营流路片区改造", ""),
                    ("营流路片区改造项目一期", ""),
                ],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "即墨通济新区:从乡村到都市的蝶变",
                "subheadline": "",
                "body_starts": "拓宽后的天山一路,一",
                "continued": "",
                "bylines": [
                    ("王涛", "reporter", "青岛日报/观海新闻"),
                    ("林俊文", "correspondent", ""),
                ],
                "officials": [],
                # * 地铁15号线、蓝谷至胶东国际机场东西快速路已经启动 -> specific
                #   facilities, 启动
                # * 三菱重工海尔空调机、海尔净水互联产业园、生态功能化TPU薄膜产业园等项目
                #   -> the text calls them projects, no stage -> ""
                # * 海尔日日顺物流产业园、青岛中通物流中心、即墨五中通物流等项目 -> ""
                #   (即墨五中通物流 kept as printed)
                # * 阎家岭社区改造项目于2019年7月启动 -> 启动 (the 签约率 is villagers'
                #   relocation signing, earlier in the order anyway)
                # NOT projects: 天山一路 (拓宽后的 = descriptive, not called a project);
                # 青新、青银高速 / 青荣城际铁路 (existing infrastructure, no stage);
                # 墨水河沿岸源头雨污分流改造工程, 两岸绿化工程 (JUDGEMENT: ongoing
                # environmental works, neither X项目 nor called projects nor a facility
                # with a reported stage -> excluded).
                "projects": [
                    ("地铁15号线", "启动"),
                    ("蓝谷至胶东国际机场东西快速路", "启动"),
                    ("三菱重工海尔空调机", ""),
                    ("海尔净水互联产业园", ""),
                    ("生态功能化TPU薄膜产业园", ""),
                    ("海尔日日顺物流产业园", ""),
                    ("青岛中通物流中心", ""),
                    ("即墨五中通物流", ""),
                    ("阎家岭社区改造项目", "启动"),
                ],
            },
            # Block of three lines: 优化营商环境即墨在行动 (series label) /
            # 运用“一台账…”…形成一体化监督合力 (lead) / 即墨“企地”协同护航重点项目.
            # No line ends in an event verb; the last line is neither a ——subtitle
            # nor a people deck -> headline; the two lines above it -> kicker.
            {
                "kind": "article",
                "kicker": "优化营商环境即墨在行动 运用“一台账、两清单、双责任、双问责”监督机制实施靶向监督,定期开展联合调研、联合督导、联合察访形成一体化监督合力",
                "headline": "即墨“企地”协同护航重点项目",
                "subheadline": "",
                "body_starts": "“项目相关手续办理过",
                "continued": "",
                "bylines": [
                    ("王涛", "reporter", "青岛日报/观海新闻"),
                    ("吴栋", "correspondent", ""),
                    ("江翠峰", "correspondent", ""),
                ],
                # 纪委监委相关负责人 / 供电公司有关负责人: unnamed -> none.
                "officials": [],
                # 某输电工程重点项目 (unnamed), 第一批3个重点输电工程, 全区180个重点项目
                # (generic) -> none.
                "projects": [],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 004: no masthead, no 本报…讯 dateline.
    # Publication 新即墨: the page speaks as the district paper (我区在即墨宾馆设分会场,
    # 研究我区贯彻落实意见, 我区贯彻落实情况) and closes articles with district
    # reporters' names in parentheses (韩伟绩, 刘云睿 …), no 青岛日报 credits.
    # Date inferred: latest full past date = 2月25日 (孙杰走访 2月25日下午; 区政府
    # 常务会议 2月25日上午), year 2023 stated on the page (数字青岛建设领导小组2023年
    # 第一次会议; 区政府党组2023年第4次(扩大)会议) -> 2023-02-25.
    # ------------------------------------------------------------------
    "004_6220ff5f0f64df25.txt": {
        "publication": "新即墨",
        "date": "2023-02-25",
        "date_source": "inferred",
        "issue_no": None,
        "lunar_date": "",
        "weekday": "",
        "section": "",
        "articles": [
            # The page starts with body text (2月24日上午,数字青岛建设领导小组…) and no
            # headline: treated as starting mid-article -> headline "".
            {
                "kind": "article",
                "kicker": "",
                "headline": "",
                "subheadline": "",
                "body_starts": "2月24日上午,数字",
                "continued": "",
                "bylines": [
                    ("韩伟绩", "reporter", ""),
                ],
                "officials": [
                    ("陆治原", "市委书记", "青岛市委书记"),
                    ("赵豪志", "市委副书记、市长", "青岛市市长"),
                    ("肖莉", "区委常委、副区长", "即墨区副区长"),
                ],
                "projects": [],
            },
            # Title split over two lines: 科技成果赋智中小企业 (kicker) /
            # “深度行”青岛站活动在即墨举办 (ends in 举办 -> headline).
            {
                "kind": "article",
                "kicker": "科技成果赋智中小企业",
                "headline": "“深度行”青岛站活动在即墨举办",
                "subheadline": "",
                "body_starts": "2月23日至24日,",
                "continued": "",
                "bylines": [
                    ("孙龙飞", "reporter", ""),
                    ("张亭宇", "reporter", ""),
                ],
                # * 市人大常委会副主任张建刚: no 书记/首长/正职 in the chain -> first
                #   title -> 青岛市人大常委会副主任.
                # * 区委副书记、区长、青岛蓝谷管理局局长孙杰 -> 即墨区区长.
                # * 区委常委主任王宝善: JUDGEMENT — evidently a misprint for
                #   区人大常委会主任 (cf. the 观摩会 article), but typos stay as written;
                #   office normalised from the printed title -> 即墨区委常委主任.
                # * 区人大常委会副主任闫丕云 -> first title -> 即墨区人大常委会副主任.
                "officials": [
                    ("任爱光", "工业和信息化部科技司副司长", "工业和信息化部科技司副司长"),
                    ("张建刚", "市人大常委会副主任", "青岛市人大常委会副主任"),
                    ("孙杰", "区委副书记、区长、青岛蓝谷管理局局长", "即墨区区长"),
                    ("王宝善", "区委常委主任", "即墨区委常委主任"),
                    ("闫丕云", "区人大常委会副主任", "即墨区人大常委会副主任"),
                ],
                "projects": [],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "孙杰走访部分重点企业",
                "subheadline": "",
                "body_starts": "2月25日下午,区委",
                "continued": "",
                "bylines": [
                    ("韩伟绩", "reporter", ""),
                    ("于晓佳", "reporter", ""),
                ],
                "officials": [
                    ("孙杰", "区委副书记、区长", "即墨区区长"),
                    ("王新双", "副区长", "即墨区副区长"),
                ],
                # Companies merely visited (英派斯, 永捷电路版(青岛), 威达体育) -> none.
                "projects": [],
            },
            # 全区重点项目现场观摩会举行 (ends in 举行 -> headline) + deck
            # 韩世军 孙杰等领导出席观摩会 (subheadline; names without titles there).
            {
                "kind": "article",
                "kicker": "",
                "headline": "全区重点项目现场观摩会举行",
                "subheadline": "韩世军 孙杰等领导出席观摩会",
                "body_starts": "2月24日,全区重点",
                "continued": "",
                "bylines": [
                    ("刘云睿", "reporter", ""),
                    ("周程林", "reporter", ""),
                ],
                "officials": [
                    ("韩世军", "区委书记、青岛蓝谷管理局党委书记", "即墨区委书记"),
                    ("孙杰", "区委副书记、区长、青岛蓝谷管理局局长", "即墨区区长"),
                    ("王宝善", "区人大常委会主任", "即墨区人大常委会主任"),
                    ("宋宗军", "区政协主席", "即墨区政协主席"),
                ],
                # 16 named manufacturing projects + 2 urban-renewal projects, all only
                # observed (观摩) -> status "". Cleaned: 实地观摩了 dropped from the
                # first, 等16个重点制造业项目 tail dropped from the 16th, 和 dropped
                # before 营流片区改造, 2个重点城市更新项目 tail dropped.
                # (田横海洋生物及装备制造产业园项目 keeps its internal 及.)
                "projects": [
                    ("联东U谷即墨潮海智造港项目", ""),
                    ("奇瑞汽车青岛基地项目", ""),
                    ("即墨综合保税区智能制造产业园项目", ""),
                    ("大医精诚高端医药生产项目", ""),
                    ("云路绿色能源装备制造智能制造产业园项目", ""),
                    ("陆港青铁联东U谷轨道交通数智制造园项目", ""),
                    ("三菱重工海尔空调机三期扩建项目", ""),
                    ("光谷电磁科技项目", ""),
                    ("青岛英派斯体育产业园项目", ""),
                    ("新材料产业园新旧动能转换项目", ""),
                    ("青岛理工智能制造科技产业园项目", ""),
                    ("即发十万纱锭纺纱项目", ""),
                    ("青岛啤酒研发创新基地项目", ""),
                    ("汉缆海洋工程产业链基地项目", ""),
                    ("田横海洋生物及装备制造产业园项目", ""),
                    ("海洋之心·青岛蓝谷国际蓝色生物谷项目", ""),
                    ("营流片区改造", ""),
                    ("地铁7号线二期", ""),
                ],
            },
            # 区委常委会召开全体会议 / 韩世军主持会议并讲话: neither line ends in an
            # event verb (召开 is mid-line); the second line is a deck naming a person
            # who 主持/讲话 -> headline = first line, subheadline = deck.
            {
                "kind": "article",
                "kicker": "",
                "headline": "区委常委会召开全体会议",
                "subheadline": "韩世军主持会议并讲话",
                "body_starts": "2月24日下午,区委",
                "continued": "",
                "bylines": [
                    ("孙龙飞", "reporter", ""),
                    ("韩伟绩", "reporter", ""),
                ],
                # 陆治原 appears with two distinct titles -> two tuples:
                # 陆治原书记 (bare 书记 after the name -> office "") and
                # 青岛市委书记陆治原 (-> 青岛市委书记).
                "officials": [
                    ("习近平", "总书记", "中共中央总书记"),
                    ("陆治原", "书记", ""),
                    ("韩世军", "区委书记", "即墨区委书记"),
                    ("陆治原", "青岛市委书记", "青岛市委书记"),
                ],
                "projects": [],
            },
            {
                "kind": "article",
                "kicker": "",
                "headline": "区政府党组(扩大)会议暨区政府常务会议召开",
                "subheadline": "",
                "body_starts": "2月25日上午,区政",
                "continued": "",
                "bylines": [
                    ("刘云睿", "reporter", ""),
                ],
                # 区委副书记、区长、区政府党组书记孙杰: 党组书记 is not a principal
                # 书记 -> government head 区长 -> 即墨区区长.
                "officials": [
                    ("孙杰", "区委副书记、区长、区政府党组书记", "即墨区区长"),
                    ("习近平", "总书记", "中共中央总书记"),
                ],
                "projects": [],
            },
        ],
    },
}
