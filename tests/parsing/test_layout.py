"""Layout rules (jimo_data/parsing/layout.py): a page's lines -> articles and captions
in reading order; a headline block -> kicker, headline, subheadline."""

from __future__ import annotations

import pytest

from jimo_data.parsing.layout import (
    ARTICLE,
    CAPTION,
    is_head_candidate,
    is_subhead,
    listed_titles,
    segment,
    split_head_and_body,
    split_headline,
)

HEAD = "即墨召开全区安全生产工作会议"
HEAD2 = "蓝谷海洋产业加速集聚"
SUBHEAD = "压实安全责任"
SUBHEAD2 = "强化基层治理"
BODY = "会议要求各部门守土有责。"
BODY2 = "蓝谷新引进项目12个。"
# Longer than MAX_CAPTION_CHARS (40), so that it can never be read as a caption.
LONG = "全区上下共同努力推进各项工作，确保全年目标任务圆满完成，为建设现代化强区作出新的更大贡献。"
# A paragraph the extractor broke mid-sentence: too long for a headline, ends in no stop.
BROKEN = "会议指出，要坚持稳中求进。全区上下共同努力推进各项工作，确保全年目标任务圆满完成，为建设现代化强区作出新的更大"
CAPTION_TEXT = "工人在车间作业。"


def items(lines: list[str]):
    return segment(lines, set())[0]


def outline(lines: list[str]) -> list[tuple]:
    """Each item as (kind, head lines joined by /, paragraphs)."""
    return [(item.kind, "/".join(item.head_lines), item.paragraphs) for item in items(lines)]


def headlines(lines: list[str]) -> list[str]:
    return ["/".join(item.head_lines) for item in items(lines) if item.kind == ARTICLE]


def names(item) -> list[str]:
    return [b.name for b in item.bylines]


# --- an article opens with its headline block or body, and a byline or marker closes it

ARTICLES = [
    # (lines, outline, reason)
    (
        [HEAD, BODY, "", "吴波致辞。长城网记者 卢婉凤 摄", "", HEAD2, BODY2],
        [(ARTICLE, HEAD, [BODY]), (CAPTION, "", ["吴波致辞。"]), (ARTICLE, HEAD2, [BODY2])],
        "a photographed caption after a report ends it: the next title opens another (a review's page)",
    ),
    (
        [HEAD, BODY, "(周程林 江如意)", HEAD2, BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [BODY2])],
        "the closing byline closes the first; held lines head the next",
    ),
    (
        [HEAD, BODY + "(周程林 江如意)", HEAD2, BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [BODY2])],
        "a byline at the end of the last paragraph closes it too",
    ),
    ([BODY, BODY2], [(ARTICLE, "", [BODY, BODY2])], "body text with no headline opens an article"),
    (["(周程林 江如意)", BODY], [(ARTICLE, "", []), (ARTICLE, "", [BODY])], "a closing byline with no article open makes one of its own"),
    ([HEAD, BODY, HEAD2], [(ARTICLE, HEAD, [BODY, HEAD2])], "held lines at the page's end belong to the open article"),
    (
        [HEAD, BODY, "(周程林)", HEAD2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [])],
        "...or, with none open, are a headline of their own",
    ),
    (
        [HEAD, BODY + "（下转二版）", HEAD2, BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [BODY2])],
        "a continuation marker closes the article",
    ),
    ([HEAD, BODY + "（下转二版）", LONG], [(ARTICLE, HEAD, [BODY]), (ARTICLE, "", [LONG])], "...so the body after it is a new article"),
    (
        [BODY, "-", BODY2],
        [(ARTICLE, "", [BODY]), (ARTICLE, "", [BODY2])],
        "a rule between items (`-`) closes the article above it (常州日报's copy, round 32)",
    ),
    ([BODY, "* * *", HEAD2, BODY2], [(ARTICLE, "", [BODY]), (ARTICLE, HEAD2, [BODY2])], "…`* * *` too"),
    (
        [HEAD, "\\", BODY],
        [(ARTICLE, HEAD, [BODY])],
        "a stray mark alone on its line (`\\`, an image's leftover) is nothing, no headline (a Tibetan paper's copy, round 53)",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", ARTICLES)
def test_article_opens_and_closes(lines, expected, reason):
    assert outline(lines) == expected


CONTINUATIONS = [
    # (line, continued, reason)
    (BODY + "（下转二版）", "下转二版", ""),
    (BODY + "(下转二版) ", "下转二版", "half-width parentheses, trailing space"),
    (BODY + "（上接第一版）", "上接第一版", ""),
    (BODY + "（转3版）", "转3版", ""),
    (BODY + "（接第2版）", "接第2版", ""),
    (BODY + "（下转第二十一版）", "下转第二十一版", "up to three numerals"),
    (BODY + "（下转二版", "", "unclosed: not a marker"),
    (BODY + "（下转二版）全区上下共同努力。", "", "only at the end of a line"),
    (BODY + "（下转A2版）", "下转A2版", "a page of a stack: its letter, then a numeral"),
    (BODY + "（下转AB版）", "", "a page number is a numeral"),
]


@pytest.mark.parametrize("line, continued, reason", CONTINUATIONS)
def test_continuation_marker(line, continued, reason):
    article = items([HEAD, line])[0]
    assert (article.continued, article.closed) == (continued, bool(continued))


# --- an e-paper's list of the page's titles above the article -----------------------

NAV = "返回主页 | 版面导航 | 标题导航"  # furniture: its line number is in the set given to segment
LISTS_OF_TITLES = [
    # (lines, the furniture's line numbers, the article's head lines, reason)
    (
        [HEAD2, HEAD, NAV, "李晋修视察机场项目时强调", HEAD, BODY],
        {2},
        ["李晋修视察机场项目时强调", HEAD],
        "the article's title printed in the list above it, furniture between: the list is no part of its head (Jilin, round 18)",
    ),
    (
        [HEAD2, HEAD, "李晋修视察机场项目时强调", HEAD, BODY],
        set(),
        [HEAD2, HEAD, "李晋修视察机场项目时强调", HEAD],
        "…with no furniture between, no list is told",
    ),
    ([HEAD2, NAV, HEAD, BODY], {1}, [HEAD2, HEAD], "no title printed twice: no list"),
]


@pytest.mark.parametrize("lines, furniture, head, reason", LISTS_OF_TITLES)
def test_a_list_of_titles_is_no_part_of_the_head(lines, furniture, head, reason):
    assert segment(lines, furniture)[0][0].head_lines == head


# --- held lines: a headline block, or subheads inside the open article ------------

HELD_LINES = [
    # (lines, outline, reason)
    ([HEAD, BODY, SUBHEAD, BODY2], [(ARTICLE, HEAD, [BODY, SUBHEAD, BODY2])], "an article is open: a subhead"),
    (
        [HEAD, "——压实责任 守牢底线", BODY],
        [(ARTICLE, "/".join([HEAD, "——压实责任 守牢底线"]), [BODY])],
        "no article open: the headline block",
    ),
    (
        [HEAD, BODY, SUBHEAD, "本报2月4日讯 " + BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, SUBHEAD, ["本报2月4日讯 " + BODY2])],
        "the body opens a new report: a new headline",
    ),
    (
        [HEAD, BODY, HEAD2, "□记者 赵晓东", BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [BODY2])],
        "an opening byline follows: a new headline",
    ),
    (
        [HEAD, BODY, "(周程林)", HEAD2, "□记者 赵晓东", BODY2],
        [(ARTICLE, HEAD, [BODY]), (ARTICLE, HEAD2, [BODY2])],
        "held lines before an opening byline after a closed article",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", HELD_LINES)
def test_held_lines_are_a_headline_or_subheads(lines, expected, reason):
    assert outline(lines) == expected


REPORT_LEADS = [
    # (first body line after held lines, starts a new report, reason)
    ("本报讯 " + BODY2, True, ""),
    ("本报2月4日讯 " + BODY2, True, ""),
    ("本报讯（记者孙丽）" + BODY2, True, "with a dateline byline"),
    ("本报锡林郭勒7月3日电  (记者  徐永升)" + BODY2, True, "a dated 电 filed from a place"),
    ("本报7月3日电费上涨，" + BODY2, False, "电费 is no dispatch"),
    ("滨州日报/滨州网讯 9月16日至17日，" + BODY2, True, "an outlet's 讯 set off by a space (Shandong)"),
    ("青島新聞網2月25日訊 " + BODY2, True, "…dated, in traditional characters"),
    ("通讯员深入一线，" + BODY2, False, "…not 通讯员"),
    ("资讯平台上线，" + BODY2, False, "…nor a word ending in 讯 inside a sentence"),
    ("3月6日，" + BODY2, True, "month-day and a comma"),
    ("3月6日,蓝谷新引进项目12个。", True, "a half-width comma"),
    ("3月6日上午，" + BODY2, True, ""),
    ("3月6日至8日，" + BODY2, True, "a range of days"),
    ("昨日，" + BODY2, True, ""),
    ("昨天下午，" + BODY2, True, ""),
    ("今日，" + BODY2, True, ""),
    ("近日，" + BODY2, True, ""),
    ("日前，" + BODY2, True, ""),
    ("3月6日全区召开会议，部署安全生产工作。", False, "a date without the comma is the subject of a sentence"),
    ("本报记者走访发现，蓝谷新引进项目12个。", False, "本报 without 讯 is no dateline"),
    ("会议指出，" + BODY2, False, ""),
]

PLACES_LISTED = [
    # (lines, outline, reason)
    (
        [
            "盐湖区:运城市经纬燃气有限公司智慧调度平台项目",
            "垣曲县:山西翌佳环保科技有限公司废弃铜渣综合利用项目",
            "平陆县:山西晋纲精密研磨材料建设项目",
            BODY,
        ],
        [
            (
                ARTICLE,
                "",
                [
                    "盐湖区:运城市经纬燃气有限公司智慧调度平台项目",
                    "垣曲县:山西翌佳环保科技有限公司废弃铜渣综合利用项目",
                    "平陆县:山西晋纲精密研磨材料建设项目",
                    BODY,
                ],
            )
        ],
        "held lines each led by a place and a colon: a list the article opens with, no title (a Shanxi paper's page, round 43)",
    ),
    (
        ["山西大同:项目建设跑出加速度", "盐湖区:智慧调度平台项目开工", BODY],
        [(ARTICLE, "山西大同:项目建设跑出加速度/盐湖区:智慧调度平台项目开工", [BODY])],
        "…three of them: one or two are a title's place",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", PLACES_LISTED)
def test_held_lines_led_by_places_are_a_list(lines, expected, reason):
    assert outline(lines) == expected


LEADS_ON_AN_EVENT = [
    # (held title, the paragraph after it, starts a new report, reason)
    (
        "全国脱贫攻坚总结表彰大会在京隆重举行",
        "全国脱贫攻坚总结表彰大会2月25日上午在北京人民大会堂隆重举行。",
        True,
        "a lead naming the event its title names, in the same words: a report under it (an Inner Mongolia county's bulletin, round 41)",
    ),
    ("坚持项目为王 推动高质量发展", "坚持项目为王，全区上下形成合力。", False, "…not under a subhead naming no event"),
    ("全区重点项目集中开工", "全区上下形成合力，抓项目促发展。", False, "…nor a lead with other words than the title's"),
    (
        "全区安全生产大检查启动",
        "全区安全生产大检查将持续三个月，覆盖全区。",
        False,
        "…nor one that names no day after them (a review's line)",
    ),
    ("全区安全生产大检查启动", "全区安全生产大检查将于3月5日结束，覆盖全区。", False, "…right after them"),
    ("全区召开会议", "全区召开会议3月5日举行。", False, "…nor a title too short to name an event's subject"),
]


@pytest.mark.parametrize("title, lead, new_report, reason", LEADS_ON_AN_EVENT)
def test_a_lead_repeating_an_event_title_starts_a_report(title, lead, new_report, reason):
    expected = [HEAD, title] if new_report else [HEAD]
    assert headlines([HEAD, BODY, title, lead]) == expected


@pytest.mark.parametrize("line, new_report, reason", REPORT_LEADS)
def test_a_report_lead_after_held_lines_starts_an_article(line, new_report, reason):
    expected = [HEAD, SUBHEAD] if new_report else [HEAD]
    assert headlines([HEAD, BODY, SUBHEAD, line]) == expected


NO_HELD_LINES = [
    # (line right after a paragraph, starts a new article, reason)
    ("本报讯 " + BODY2, True, "a 本报…讯 lead opens a new article even without a headline"),
    ("本报2月4日讯 " + BODY2, True, ""),
    ("本报赤峰7月3日电（记者 徐永升）" + BODY2, True, "a dispatch's dateline too"),
    ("3月6日，" + BODY2, False, "a date lead with no held lines stays in the article"),
    ("昨日，" + BODY2, False, ""),
]


@pytest.mark.parametrize("line, new_article, reason", NO_HELD_LINES)
def test_a_report_lead_without_held_lines(line, new_article, reason):
    assert len(items([HEAD, BODY, line])) == (2 if new_article else 1)


# --- opening bylines -----------------------------------------------------------

OPENING_BYLINES = [
    # (lines, [(head, bylines, paragraphs)], reason)
    ([HEAD, "□记者 赵晓东 报道", BODY], [(HEAD, ["赵晓东"], [BODY])], "the byline under its headline"),
    (
        ["□记者 赵晓东", "通讯员 梁之磊 兰玉乔", BODY],
        [("", ["赵晓东", "梁之磊", "兰玉乔"], [BODY])],
        "a correspondent line continues the opening byline",
    ),
    (["□记者 赵晓东", "文/本报记者 高建", BODY], [("", ["赵晓东", "高建"], [BODY])], "two byline lines before any body: one article"),
    ([HEAD, "[摘要]本报记者 冯启俊", BODY], [(HEAD, ["冯启俊"], [BODY])], "a site's label before a line is none of it"),
    ([HEAD, "【摘要】", BODY], [(HEAD, [], [BODY])], "…alone on its line, nothing"),
    (
        [HEAD, BODY, "□记者 赵晓东", BODY2],
        [(HEAD, [], [BODY]), ("", ["赵晓东"], [BODY2])],
        "an opening byline after body text starts an article",
    ),
    (
        ["□记者 赵晓东", BODY, "通讯员 梁之磊 兰玉乔", LONG],
        [("", ["赵晓东"], [BODY, "通讯员 梁之磊 兰玉乔" + LONG])],
        "a correspondent line away from the opening byline is text",
    ),
    (
        ["蓄积高质量发展新动能 象州县二〇一九年重大项目建设亮点回顾 □龚坚 李宛玲", BODY],
        [("蓄积高质量发展新动能 象州县二〇一九年重大项目建设亮点回顾", ["龚坚", "李宛玲"], [BODY])],
        "a title with its writers after a □ on its line: the title, then who wrote it (来宾日报, round 32)",
    ),
    (
        ["发展新动能 □专题报道", BODY],
        [("发展新动能 □专题报道", [], [BODY])],
        "…words that are no names after the □ stay the title's",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", OPENING_BYLINES)
def test_opening_byline(lines, expected, reason):
    assert [("/".join(a.head_lines), names(a), a.paragraphs) for a in items(lines)] == expected


# --- one byline position per article ----------------------------------------------

ONE_BYLINE_POSITION = [
    # (lines, [(head, bylines, paragraphs)], reason)
    (
        [HEAD, "□记者 赵晓东", BODY, SUBHEAD, BODY, SUBHEAD2, BODY2, "(周程林 江如意)"],
        [(HEAD, ["赵晓东"], [BODY, SUBHEAD, BODY]), (SUBHEAD2, ["周程林", "江如意"], [BODY2])],
        "opened by a byline, closed by another: a new article under the LAST subhead",
    ),
    (
        [HEAD, "□记者 赵晓东", BODY, BODY2, "(周程林 江如意)"],
        [(HEAD, ["赵晓东", "周程林", "江如意"], [BODY, BODY2])],
        "no subhead to split at: one article with both",
    ),
    (
        [HEAD, BODY, SUBHEAD, BODY2, "(周程林)"],
        [(HEAD, ["周程林"], [BODY, SUBHEAD, BODY2])],
        "not opened by a byline: the closing byline is its own",
    ),
    (
        [HEAD, BODY, "通讯员李英姿 记者龙源", "", "转发此文至微博"],
        [(HEAD, ["李英姿", "龙源"], [BODY, "转发此文至微博"])],
        "a credit led by correspondents after an article's text closes it, however much follows",
    ),
    (
        [HEAD, "通讯员 赵考壮 记者 孙涛", BODY],
        [(HEAD, ["赵考壮", "孙涛"], [BODY])],
        "…before any text it opens the article",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", ONE_BYLINE_POSITION)
def test_one_byline_position_per_article(lines, expected, reason):
    assert [("/".join(a.head_lines), names(a), a.paragraphs) for a in items(lines)] == expected


def test_a_subhead_shaped_fragment_of_a_broken_sentence_is_no_subhead_to_split_at():
    found = items([HEAD, "□记者 赵晓东", BROKEN, "贡献而不懈奋斗", "全区上下共同努力。", "(周程林)"])
    assert [("/".join(a.head_lines), names(a)) for a in found] == [(HEAD, ["赵晓东", "周程林"])]


# --- broken sentences -------------------------------------------------------------

REJOINED = [
    # (lines, paragraphs, reason)
    ([HEAD, BROKEN, "贡献。" + LONG], [BROKEN + "贡献。" + LONG], "a paragraph ending mid-sentence continues on the next line"),
    ([HEAD, BODY, LONG], [BODY, LONG], "a paragraph that ends a sentence is complete"),
    ([HEAD, BROKEN, "国", "式现代化。" + LONG], [BROKEN + "国式现代化。" + LONG], "a held fragment that is no subhead is joined"),
]


@pytest.mark.parametrize("lines, paragraphs, reason", REJOINED)
def test_broken_sentences_are_rejoined(lines, paragraphs, reason):
    assert items(lines)[0].paragraphs == paragraphs


# --- captions ---------------------------------------------------------------------

GAP = ["", ""]  # two blank lines: a wide gap
CAPTIONS = [
    # (lines, caption texts, reason)
    ([HEAD, LONG, "■" + CAPTION_TEXT, LONG], [CAPTION_TEXT], "■ marks a caption; the mark is dropped"),
    ([HEAD, LONG, "▲" + CAPTION_TEXT, LONG], [CAPTION_TEXT], ""),
    ([HEAD, LONG, "◆" + CAPTION_TEXT, LONG], [CAPTION_TEXT], ""),
    ([HEAD, LONG, "△" + CAPTION_TEXT, LONG], [CAPTION_TEXT], ""),
    ([HEAD, LONG, "●" + CAPTION_TEXT, LONG], [CAPTION_TEXT], ""),
    ([HEAD, LONG, "★" + CAPTION_TEXT, LONG], [], "★ is no caption mark"),
    ([HEAD, LONG, "图为" + CAPTION_TEXT, LONG], ["图为" + CAPTION_TEXT], ""),
    ([HEAD, LONG, "■" + LONG, LONG], [LONG], "a marked caption may be long"),
    ([HEAD, LONG, "崂山区接续奋斗、跨越发展。崂山区委宣传部供图", LONG], ["崂山区接续奋斗、跨越发展。崂山区委宣传部供图"], "供图 anywhere"),
    ([HEAD, LONG, *GAP, CAPTION_TEXT, *GAP, LONG], [CAPTION_TEXT], "a short sentence alone between two wide gaps"),
    (
        [HEAD, LONG, "", "衡水市人民政府副市长吴波致辞。长城网记者 卢婉凤 摄", "", LONG],
        ["衡水市人民政府副市长吴波致辞。"],
        "one sentence and a photographer's credit after a report's text: a caption, its text kept (a Hebei copy, round 38)",
    ),
    (
        [HEAD, LONG + "市长致辞。长城网记者 卢婉凤 摄", LONG],
        [],
        "…not a long paragraph closed by the credit: the report's close",
    ),
    ([HEAD, LONG, "会议召开。市长致辞。长城网记者 卢婉凤 摄", LONG], [], "…nor two sentences, short as they are"),
    (
        [HEAD, LONG, "活动将持续至10月底。记者 王涛 摄", "蓝谷海洋产业加速集聚", LONG],
        [],
        "…nor a line run on to the next: a report's close (a review's lines)",
    ),
    ([HEAD, LONG, "", "活动将持续至10月底。记者 王涛 文/摄", "", LONG], [], "…nor a writer's credit who took the pictures too (文/摄)"),
    (
        [HEAD, LONG, "", "吴波致辞。(长城网记者 卢婉凤 摄)", "", LONG],
        [],
        "…nor a bracketed credit after a report's text: its close, as before",
    ),
    ([HEAD, LONG, "", CAPTION_TEXT, *GAP, LONG], [], "one blank line before is no wide gap"),
    ([HEAD, LONG, *GAP, CAPTION_TEXT, "", LONG], [], "one blank line after is no wide gap"),
    ([HEAD, LONG, *GAP, "工人在车间作业", *GAP, LONG], [], "not a sentence: no caption"),
    ([HEAD, LONG, *GAP, "工" * 39 + "。", *GAP, LONG], ["工" * 39 + "。"], "40 characters: exactly MAX_CAPTION_CHARS"),
    ([HEAD, LONG, *GAP, "工" * 40 + "。", *GAP, LONG], [], "41 characters: one past MAX_CAPTION_CHARS"),
    ([HEAD, BROKEN, *GAP, CAPTION_TEXT, "贡献。" + LONG], [CAPTION_TEXT], "one wide gap, while the paragraph stopped mid-sentence"),
    ([HEAD, BROKEN, CAPTION_TEXT, *GAP, "贡献。" + LONG], [CAPTION_TEXT], "...the gap may be after it"),
    ([HEAD, LONG, *GAP, CAPTION_TEXT, LONG], [], "one wide gap after a complete paragraph is no caption"),
    ([HEAD, BROKEN, "", CAPTION_TEXT, "", "贡献。" + LONG], [], "mid-sentence, but no wide gap"),
    ([CAPTION_TEXT, *GAP, HEAD, LONG], [CAPTION_TEXT], "the page's edge counts as a wide gap"),
    (["集中开工仪式在安州区举行 (记者 苏东华 摄)", LONG], ["集中开工仪式在安州区举行"], "a photo credit in brackets closing a line"),
    (["召开党组(扩大)会议", LONG], [], "…brackets without one are none"),
]


def test_a_captions_credit_under_a_title_closes_no_article():
    # 淮南日报's e-paper (round 30): the picture's caption and its credit between the title and the report.
    lines = [HEAD, "图为潘集电厂俯瞰。 本报记者 张 越 摄", "本报讯 6月27日上午,潘集电厂二期工程开工。" + LONG]
    assert [(kind, head) for kind, head, _ in outline(lines)] == [("caption", ""), ("article", HEAD)]


def test_a_caption_keeps_its_photo_credit():
    (caption,) = [item for item in items(["集中开工仪式在安州区举行 (记者 苏东华 摄)", LONG]) if item.kind == CAPTION]
    assert [(b.name, b.role) for b in caption.bylines] == [("苏东华", "photographer")]


@pytest.mark.parametrize("lines, captions, reason", CAPTIONS)
def test_captions(lines, captions, reason):
    assert [item.paragraphs[0] for item in items(lines) if item.kind == CAPTION] == captions


def test_a_rights_note_after_a_closing_credit_is_no_text():
    """A copy's note of its rights after a credit (round 28) hid the credit and stayed in the text."""
    (item,) = items(["航道整治工程火热推进。 (本报记者 刘朔池 摄) (本条新闻版权归滨海日报所有,转载请注明出处。)"])
    assert (item.paragraphs, names(item)) == (["航道整治工程火热推进。"], ["刘朔池"])


def test_caption_interrupting_a_sentence_leaves_it_whole():
    article, caption = items([HEAD, BROKEN, *GAP, CAPTION_TEXT, "贡献。" + LONG])
    assert (article.paragraphs, caption.paragraphs, caption.closed) == ([BROKEN + "贡献。" + LONG], [CAPTION_TEXT], True)


PHOTO_CREDITS = [
    # (lines, (caption's photographers, article's photographers), reason)
    ([HEAD, LONG, "■" + CAPTION_TEXT, "梁孝鹏 摄", LONG], (["梁孝鹏"], []), "right after a caption: the caption's"),
    ([HEAD, LONG, "■" + CAPTION_TEXT, LONG, "梁孝鹏 摄", LONG], ([], ["梁孝鹏"]), "after body text: the open article's"),
    ([HEAD, LONG, "梁孝鹏 摄"], (None, ["梁孝鹏"]), "no caption on the page"),
]


@pytest.mark.parametrize("lines, expected, reason", PHOTO_CREDITS)
def test_photo_credit_goes_to_the_caption_before_it(lines, expected, reason):
    found = items(lines)
    captions = [names(i) for i in found if i.kind == CAPTION]
    articles = [names(i) for i in found if i.kind == ARTICLE]
    assert (captions[0] if captions else None, articles[0]) == expected


def test_photo_credit_before_any_item_is_dropped():
    assert [names(i) for i in items(["梁孝鹏 摄", HEAD, LONG])] == [[]]


# --- staff lines and dateline bylines ---------------------------------------------


@pytest.mark.parametrize(
    "lines, expected, reason",
    [
        (
            [HEAD, BODY, "记者:亚荣 思栋 编辑:秀芬", "编辑:王路雅", "审核:李苗"],
            [(HEAD, ["亚荣", "思栋", "秀芬"])],
            "credits under the last report, then the page's staff: the report's (Shaanxi, a new user's page)",
        ),
        (
            [HEAD, BODY, "记者:亚荣 思栋", BODY2],
            [(HEAD, []), ("", ["亚荣", "思栋"])],
            "credits followed by a report open it",
        ),
        (["记者:亚荣 思栋"], [("", ["亚荣", "思栋"])], "credits alone on a page, no article before them: an article of their own"),
        (
            [HEAD, BODY, "潮州日报全媒体记者 林宗楷)"],
            [(HEAD, ["林宗楷"])],
            "…a credit whose opening bracket the copy lost (a Guangdong copy, round 24)",
        ),
        ([HEAD, BODY, "蓝谷新引进项目12个)"], [(HEAD, [])], "…a closing bracket alone makes no credit"),
        (
            [HEAD, BODY, "特约通讯员 毛凤全 编辑:王利红"],
            [(HEAD, ["毛凤全", "王利红"])],
            "…correspondents' credit closing the page's last article (an Inner Mongolia page, round 36)",
        ),
        (
            [HEAD, BODY, "特约通讯员 毛凤全", BODY2],
            [(HEAD, [])],
            "…not further up: a correspondent's line followed by text opens a paragraph the copy broke",
        ),
    ],
)
def test_credits_followed_by_nothing_credit_the_article_before(lines, expected, reason):
    assert [("/".join(i.head_lines), names(i)) for i in items(lines)] == expected


@pytest.mark.parametrize(
    "lines, expected, reason",
    [
        ([HEAD, "作者：王涛", BODY], [(HEAD, ["王涛"])], "作者: before the text opens the article (a site's copy)"),
        (
            [HEAD, BODY, "作者：王涛", HEAD2, BODY2],
            [(HEAD, ["王涛"]), (HEAD2, [])],
            "…after an article's text it closes it (a commentary), and the next title heads the next",
        ),
    ],
)
def test_an_author_line_opens_or_closes_by_where_it_stands(lines, expected, reason):
    assert [("/".join(i.head_lines), names(i)) for i in items(lines)] == expected


def test_staff_lines_are_returned_apart_from_the_items():
    found, staff = segment([HEAD, BODY, "责编 王杰 美编 李晓萌", BODY2], set())
    assert [(b.name, b.duty) for b in staff] == [("王杰", "责编"), ("李晓萌", "美编")]
    assert [(names(i), i.paragraphs) for i in found] == [([], [BODY, BODY2])]


SPLIT_STAFF_LINES = [
    # (lines after the article, staff (name, duty), the article's paragraphs, reason)
    (
        ["[編輯:", "吳曲波", "]"],
        [("吳曲波", "编辑")],
        [BODY],
        "a label, its name and a closing bracket on three lines (Anhui mirror, round 18)",
    ),
    (["责编：", "王杰"], [("王杰", "责编")], [BODY], "…a label and its name on two"),
    (["综合来源：", "新华社"], [], [BODY, "综合来源：", "新华社"], "…not a line ending in a colon whose next line names nobody"),
    (["会议强调，要做好以下工作：", "王杰"], [], [BODY, "会议强调，要做好以下工作：", "王杰"], "…nor a sentence ending in a colon"),
]


@pytest.mark.parametrize("after, staff, paragraphs, reason", SPLIT_STAFF_LINES)
def test_a_staff_label_split_from_its_name_is_one_staff_line(after, staff, paragraphs, reason):
    found, found_staff = segment([HEAD, BODY, *after], set())
    assert [(b.name, b.duty) for b in found_staff] == staff
    assert [p for i in found for p in i.paragraphs] == paragraphs


@pytest.mark.parametrize(
    "line, reason",
    [
        ("编辑:直通县市", "a column's name after 编辑"),
        ("监制:陶然 策划:田霜月 执行:李平", "labels that are no role words"),
    ],
)
def test_a_staff_line_naming_nobody_is_no_text(line, reason):
    found, staff = segment([HEAD, BODY, line], set())
    assert ([i.paragraphs for i in found], staff) == ([[BODY]], [])


def test_a_keywords_line_is_no_text_and_its_glued_editor_is_staff():
    found, staff = segment([HEAD, BODY, "关键词:闫继红,中央广电总台责任编辑:马书广"], set())
    assert [(b.name, b.duty) for b in staff] == [("马书广", "责任编辑")]
    assert [i.paragraphs for i in found] == [[BODY]]
    assert segment([HEAD, BODY, "标签：项目建设 营商环境"], set())[0][0].paragraphs == [BODY]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("关键词：营商环境", "one keyword over a report's section"),
        ("关键词：新质生产力 报告提出，要加快培育一批企业，达到100家。", "…or a sentence after it"),
    ],
)
def test_a_reports_own_keyword_line_is_its_text(line, reason):
    assert segment([HEAD, BODY, line], set())[0][0].paragraphs == [BODY, line]


def test_a_line_closed_by_a_pictures_file_name_is_its_caption_and_a_repeat_of_it_no_text():
    caption = "2月22日，我市与全省同步举行开发区活动。"
    found = items([HEAD, caption + " 本报记者 张乐 摄.jpg", caption, BODY])
    assert [(i.kind, i.paragraphs, names(i)) for i in found] == [(CAPTION, [caption], ["张乐"]), (ARTICLE, [BODY], [])]
    assert found[0].bylines[0].role == "photographer"


def test_furniture_lines_are_skipped():
    assert items(["新即墨", HEAD, BODY])[0].head_lines == ["新即墨", HEAD]
    assert segment(["新即墨", HEAD, BODY], {0})[0][0].head_lines == [HEAD]


def test_each_item_starts_at_its_first_line():
    split = [HEAD, "□记者 赵晓东", BODY, SUBHEAD, BODY2, "(周程林)"]
    assert [i.line_no for i in items(split)] == [0, 3]
    assert [i.line_no for i in items([HEAD, LONG, "■" + CAPTION_TEXT, LONG])] == [0, 2]


DATELINES = [
    # (first body line, bylines, reason)
    ("本报讯（记者孙丽）" + BODY2, [("孙丽", "reporter")], ""),
    (
        "本报3月6日讯(记者 孙丽 通讯员 张伟)" + BODY2,
        [("孙丽", "reporter"), ("张伟", "correspondent")],
        "half-width parentheses, several people",
    ),
    ("本报讯（2025年）" + BODY2, [], "not people: no byline"),
    ("会议指出（记者孙丽）" + BODY2, [], "only after a dateline (讯 or a dated 电)"),
    (
        "青岛早报5月6日讯（记者 王涛 通讯员 李明）" + BODY2,
        [("王涛", "reporter"), ("李明", "correspondent")],
        "any paper's 讯 dateline, not only 本报",
    ),
    ("即墨融媒5月6日讯(记者 王涛)" + BODY2, [("王涛", "reporter")], ""),
    ("本报讯（记者 孙丽）" + BODY2, [("孙丽", "reporter")], ""),
    ("新华社北京5月6日电（记者 张伟）" + BODY2, [("张伟", "reporter")], "a dated 电 dateline"),
    ("新华社北京6日电（记者 张伟）" + BODY2, [("张伟", "reporter")], "the day alone is a date"),
    (
        "新华社济南5月6日电(通讯员张明 记者李晓红)" + BODY2,
        [("张明", "correspondent"), ("李晓红", "reporter")],
        "role words glued to the names",
    ),
    (
        "青岛日报社全媒体中心/观海新闻客户端5月6日讯（记者 王涛）" + BODY2,
        [("王涛", "reporter")],
        "a dateline of 18 characters before its date (at most 20)",
    ),
    ("青岛早报5月6日讯（2025年）" + BODY2, [], "not people: no byline"),
    (
        "本报讯 记者冯国梁 通讯员黄志宏 " + BODY2,
        [("冯国梁", "reporter"), ("黄志宏", "correspondent")],
        "people without brackets, set off by spaces after 讯",
    ),
    ("本报讯 全区召开会议 " + BODY2, [], "…only after a role word"),
    (
        "大众日报淄博融媒体中心•鲁中网11月16日讯(记者 王钰程)" + BODY2,
        [("王钰程", "reporter")],
        "20 characters before the date: the date does not count",
    ),
    ("本報訊 (記者 楊飛)" + BODY2, [("楊飛", "reporter")], "traditional characters; names as printed"),
    ("本报讯 (通讯员代明 记者彭传军)" + BODY2, [("代明", "correspondent"), ("彭传军", "reporter")], "代 is a surname"),
    ("光伏发电（储能）项目年内投产。", [], "电 without a date before it is no dateline (发电, 供电)"),
    ("近日，即墨发布春耕快讯（之三）" + BODY2, [], "a 讯 after punctuation: the dateline is the line's first clause"),
    (
        "今年以来全区各镇街累计向区融媒体中心报送快讯（图文）" + BODY2,
        [],
        "21 characters before 讯: too long for a dateline, a clause of a sentence",
    ),
    ("本报消息(记者 楼盼 杨林聪)" + BODY2, [("楼盼", "reporter"), ("杨林聪", "reporter")], "消息 ends a dateline like 讯"),
    ("本报天台6月29日电（记者 杨群）" + BODY2, [("杨群", "reporter")], "a dated 电 after a place"),
    (
        "4月18日黑龙江齐齐哈尔电(记者 魏伯勤 通讯员 刘佳)" + BODY2,
        [("魏伯勤", "reporter"), ("刘佳", "correspondent")],
        "the date before the place",
    ),
    ("5月6日起停电（王家庄）" + BODY2, [], "…then only before a reporter's bracket: 起停电 ends a clause"),
    ("云上黄梅报道(全媒体记者:张志林)2月12日，" + BODY2, [("张志林", "reporter")], "an app's 报道 before its reporter's bracket (Hubei)"),
    ("据新华社报道（2025年）" + BODY2, [], "…only before a reporter's bracket"),
    (
        "红网时刻5月23日综合(常德日报记者 王伟杰)5月21日至22日，" + BODY2,
        [("王伟杰", "reporter")],
        "…so is a site's 综合, a report it compiled (a Hunan site's copy, round 41)",
    ),
    ("数据综合（2025年）" + BODY2, [], "…again only before a reporter's bracket"),
    ("仪陇融媒(记者 胡威)3月19日，" + BODY2, [("胡威", "reporter")], "…and a media centre's name (a Sichuan county's post, round 43)"),
    (
        "衡水新聞網-(記者李雅潔、杜靜)按照市委统一部署，" + BODY2,
        [("李雅潔", "reporter"), ("杜靜", "reporter")],
        "a site's name and a dash before its reporters' bracket (a Hebei mirror)",
    ),
    ("即墨网-（2025年）" + BODY2, [], "…only before a reporter's bracket"),
    (
        "中国昌吉网(记者王薇、通讯员郭刚)丰硕成果鼓舞人心，" + BODY2,
        [("王薇", "reporter"), ("郭刚", "correspondent")],
        "…or without the dash (a Xinjiang site, round 26)",
    ),
    ("中国昌吉网(2025年)" + BODY2, [], "…still only before a reporter's bracket"),
    (
        "本报讯【新天水·天水日报记者马哲 王晓馨】7月26日，" + BODY2,
        [("马哲", "reporter"), ("王晓馨", "reporter")],
        "a dateline's reporters in 【】 (a Gansu e-paper, round 27)",
    ),
    (
        "【連網】 (連云港日報全媒體記者 王文 通訊員 段慧明)日產70萬瓶蟹味菇項目于近日開工，" + BODY2,
        [("王文", "reporter"), ("段慧明", "correspondent")],
        "a site's tag in brackets before its reporters' bracket (a Jiangsu mirror, round 24)",
    ),
    ("【图片新闻】（2025年）" + BODY2, [], "…only before a reporter's bracket"),
    (
        "呼和浩特新闻网4月23日讯 据《呼和浩特日报》报道(记者 梁婧姝)4月22日，" + BODY2,
        [("梁婧姝", "reporter")],
        "a site's dateline and the paper it reprints before the reporter's bracket (Inner Mongolia, round 24)",
    ),
    ("(记者 罗超) 4月3日下午，" + BODY2, [("罗超", "reporter")], "a paragraph opened by its reporters' bracket"),
    ("(文/图 记者 蔡晓华)3月4日，" + BODY2, [("蔡晓华", "reporter")], "…crediting the work first"),
    (
        "(YMG记者李仁通讯员马昕)3月4日，" + BODY2,
        [("李仁", "reporter"), ("马昕", "correspondent")],
        "…naming its outlet by the group's initials",
    ),
    ("(全媒体记者 侯庆萍)3月4日，" + BODY2, [("侯庆萍", "reporter")], "…naming the desk"),
    ("(邯郸日报记者李璇)11月3日，" + BODY2, [("李璇", "reporter")], "…naming its paper (a Hebei copy, round 26)"),
    (
        "（湘潭日报社全媒体记者 丁白玉 实习生 张捷）10月8日上午，" + BODY2,
        [("丁白玉", "reporter"), ("张捷", "correspondent")],
        "…or its house (日报社) and desk (a Hunan copy, round 31)",
    ),
    ("(邯郸日报)11月3日，" + BODY2, [], "…with a role word: a paper alone is no byline"),
    ("（王家庄）村里的新事" + BODY2, [], "…with a role word: a bracket of a name alone is no byline"),
    ("本报讯 记者陈绍鹏报道:11月28日，" + BODY2, [("陈绍鹏", "reporter")], "记者X报道: names the report's reporters"),
    ("本网特约记者马静雅、陈玉志报道：" + BODY2, [("马静雅", "reporter"), ("陈玉志", "reporter")], "…after no dateline, joined by 、"),
    ("本报讯 记者陈绍鹏 徐芸报道:" + BODY2, [("陈绍鹏", "reporter"), ("徐芸", "reporter")], "…joined by a space"),
    (
        "咸宁新闻网讯 咸宁日报记者程慧、通讯员程良万报道:" + BODY2,
        [("程慧", "reporter"), ("程良万", "correspondent")],
        "…their outlet before them, another role word among them (a miss on an unseen page, Hubei)",
    ),
    (
        "秦楚网讯(十堰日报)记者兰瑞文 陶德斌报道:" + BODY2,
        [("兰瑞文", "reporter"), ("陶德斌", "reporter")],
        "…after a site's 讯 and the paper it carries in brackets, which credits no one (a Hubei copy, round 52)",
    ),
    ("江门日报讯 (记者/凌雪敏 通讯员/施光礼)" + BODY2, [("凌雪敏", "reporter"), ("施光礼", "correspondent")], "a slash after a role word"),
    (
        "本网讯 李 佳 报道:在随县上下" + BODY2,
        [("李佳", "reporter")],
        "a bare name, spaced, between the dateline and 报道 (Hubei portal, round 18)",
    ),
    ("本报讯 王建国报道：" + BODY2, [("王建国", "reporter")], "…unspaced"),
    ("本报讯 综合报道:" + BODY2, [], "…not a word that begins with no surname (综合, compiled)"),
    (
        "大祥融媒讯:(通讯员 胡晓建 刘一凡 吕曦东  )" + BODY2,
        [("胡晓建", "correspondent"), ("刘一凡", "correspondent"), ("吕曦东", "correspondent")],
        "a colon between the dateline and its bracket (Hunan, round 10)",
    ),
]


@pytest.mark.parametrize("line, expected, reason", DATELINES)
def test_dateline_byline(line, expected, reason):
    assert [(b.name, b.role) for b in items([HEAD, line])[0].bylines] == expected


def test_a_reported_by_bylines_outlet_is_the_reporters():
    people = items([HEAD, "咸宁新闻网讯 咸宁日报记者程慧、通讯员程良万报道:" + BODY2])[0].bylines
    assert [(b.name, b.outlet) for b in people] == [("程慧", "咸宁日报"), ("程良万", "")]  # the page's publication by its byline
    glued = items([HEAD, "咸宁新闻网讯咸宁日报记者程慧报道：" + BODY2])[0].bylines
    assert [(b.name, b.outlet) for b in glued] == [("程慧", "咸宁日报")]  # the outlet starts after 讯, not inside a word


# --- headline blocks ---------------------------------------------------------------

HEADLINES = [
    # (head lines, (kicker, headline, subheadline), reason)
    ([], ("", "", ""), ""),
    ([HEAD], ("", HEAD, ""), ""),
    (
        ["深入学习贯彻党的二十大精神", HEAD, "曾赞荣讲话 任刚主持"],
        ("深入学习贯彻党的二十大精神", HEAD, "曾赞荣讲话 任刚主持"),
        "the line ending in an event verb is the title; above it the kicker, below the subheadline",
    ),
    (
        ["区委常委会会议召开", "研究部署下一步工作"],
        ("", "区委常委会会议召开", "研究部署下一步工作"),
        "the event line wins over a later line",
    ),
    (
        ["第三届即墨古城文化节开幕", "“非遗进景区”系列活动同步启动"],
        ("第三届即墨古城文化节开幕", "“非遗进景区”系列活动同步启动", ""),
        "the LAST event line is the title",
    ),
    (
        ["“即墨古城文化节开幕”", "市民游客共享文化盛宴"],
        ("", "“即墨古城文化节开幕”", "市民游客共享文化盛宴"),
        "closing quotes before the event verb",
    ),
    (
        ["中國天水花牛蘋果商貿城開工建設", "陸浩 劉偉平等為工程開工奠基"],
        ("", "中國天水花牛蘋果商貿城開工建設", "陸浩 劉偉平等為工程開工奠基"),
        "an event verb in traditional characters (開工建設)",
    ),
    (
        ["我市党政代表团赴如皋海安考察", "提振信心，鼓足干劲，为南通建设北翼门户城市添一份力"],
        ("", "我市党政代表团赴如皋海安考察", "提振信心，鼓足干劲，为南通建设北翼门户城市添一份力"),
        "a visit's verb ends a title too (考察, 调研, 视察; a miss on an unseen page, Jiangsu)",
    ),
    (["市领导到鹿寨县调研", "为企业发展送服务"], ("", "市领导到鹿寨县调研", "为企业发展送服务"), "…调研"),
    (["省委书记视察", "为企业发展送服务"], ("", "省委书记视察", "为企业发展送服务"), "…视察"),
    (["深入学习贯彻党的二十大精神", HEAD2], ("深入学习贯彻党的二十大精神", HEAD2, ""), "no event verb: the last line"),
    ([HEAD2, "——访青岛蓝谷管理局"], ("", HEAD2, "访青岛蓝谷管理局"), "a —— subtitle is never the title; its dashes go"),
    ([HEAD2, "-访青岛蓝谷管理局"], ("", HEAD2, "访青岛蓝谷管理局"), "a hyphen for the dash"),
    (["推动高质量发展", "曾赞荣讲话 任刚主持"], ("", "推动高质量发展", "曾赞荣讲话 任刚主持"), "a deck naming people is never the title"),
    (
        ["推动高质量发展", "曾赞荣出席青岛英派斯体育产业园项目开工"],
        ("推动高质量发展", "曾赞荣出席青岛英派斯体育产业园项目开工", ""),
        "a line naming people that ends in an event verb is a title, not a deck",
    ),
    (["曾赞荣讲话", "任刚主持"], ("", "曾赞荣讲话", "任刚主持"), "only decks: the first line"),
    (["【光明日报】激发海洋活力 续谱明珠华章"], ("", "激发海洋活力 续谱明珠华章", ""), "the source paper's tag is no part of the title"),
    (["【专题】激发海洋活力"], ("", "【专题】激发海洋活力", ""), "…another bracketed word is"),
    (["【光明日报】"], ("", "【光明日报】", ""), "…and a tag alone stays"),
    (["原标题:台州一批重大项目签约开工"], ("", "台州一批重大项目签约开工", ""), "a copy's label of the paper's title goes"),
    (["原题:台州一批重大项目签约开工"], ("", "台州一批重大项目签约开工", ""), "…written short (a Jilin copy, round 36)"),
    (["原标题:"], ("", "原标题:", ""), "…a label alone stays"),
    (["原標題:青島:272個重大項目集中開工建設"], ("", "青島:272個重大項目集中開工建設", ""), "…in traditional characters too (原標題)"),
    (
        ["即墨区召开会议", "原标题：即墨区召开全区工作会议"],
        ("", "即墨区召开会议", "原标题：即墨区召开全区工作会议"),
        "a copy's own title wins; its 原标题： line stays below it as printed",
    ),
    (
        ["转载 石景山区2025年重大项目今日开工"],
        ("", "石景山区2025年重大项目今日开工", ""),
        "a site's label before the title, a space after it",
    ),
    (["【原创】即墨区召开会议"], ("", "即墨区召开会议", ""), "…or in brackets"),
    (
        ["[【关注】] 湛江市党政考察团来茂名市考察"],
        ("", "湛江市党政考察团来茂名市考察", ""),
        "a forum thread's category in square brackets (Guangdong, round 19)",
    ),
    (
        ["[2016]湛江市党政考察团来茂名市考察"],
        ("", "[2016]湛江市党政考察团来茂名市考察", ""),
        "…set apart by a space: glued it is the title's",
    ),
    (["转载工作会议召开"], ("", "转载工作会议召开", ""), "no space after it: the title's own word"),
    (
        ["林芝市2020年第二批40个重点项目集中开工 总投资23.39亿元", "林芝市交通局"],
        ("", "林芝市2020年第二批40个重点项目集中开工 总投资23.39亿元", "林芝市交通局"),
        "a unit alone under a site's title published it: no title (a Tibet government site)",
    ),
    (["即墨区人民政府"], ("", "即墨区人民政府", ""), "…a unit alone and nothing else stays"),
    (
        ["天津静海区代区长:打造对接服务雄安新区示范区", "今晚报"],
        ("", "天津静海区代区长:打造对接服务雄安新区示范区", "今晚报"),
        "…and a paper alone, registered or not (a Tianjin copy of 今晚报)",
    ),
    (
        ["雁峰区经济保卫战全面打响春节后首签80亿大单", "当代商报社"],
        ("", "雁峰区经济保卫战全面打响春节后首签80亿大单", "当代商报社"),
        "…or its house (a Hunan copy of 当代商报)",
    ),
    (["项目建设传喜报", "即墨区召开会议"], ("项目建设传喜报", "即墨区召开会议", ""), "喜报 is no paper"),
    (
        ["聚焦产业升级 强化项目监督", "岑溪市1至2月实现新开工项目27个竣工项目4个", "黎佳宁 梁国懿"],
        ("聚焦产业升级 强化项目监督", "岑溪市1至2月实现新开工项目27个竣工项目4个", "黎佳宁 梁国懿"),
        "names alone under a title say who wrote it: no title (a Guangxi e-paper, round 18)",
    ),
    (["黎明 王者归来"], ("", "黎明 王者归来", ""), "…two words with surnames first and nothing else stay the title"),
    (["即墨区召开会议", "王者归来"], ("即墨区召开会议", "王者归来", ""), "…one word with a surname first is no list of names"),
    (
        ["甘州:以高质量项目建设推动高质量发展", "白梅薇"],
        ("", "甘州:以高质量项目建设推动高质量发展", "白梅薇"),
        "…but one name of three characters alone under a title is who wrote it: no title, left below it (a copy of 张掖日报, round 30)",
    ),
    (["即墨区召开会议", "高考"], ("即墨区召开会议", "高考", ""), "…two characters are as often a word"),
    (
        ["区委书记刘伟:央企进驻提升产业聚集", "房山"],
        ("", "区委书记刘伟:央企进驻提升产业聚集", "房山"),
        "a place alone under a title is where the story is: no title (新京报, round 21)",
    ),
    (["房山"], ("", "房山", ""), "…but alone it stays the title"),
    (
        ["【坚定信心 勇毅前行②】新疆:重大项目带动经济发展", "【坚定信心 勇毅前行②】"],
        ("", "【坚定信心 勇毅前行②】新疆:重大项目带动经济发展", "【坚定信心 勇毅前行②】"),
        "a series' tag alone, printed again under the title's credit, files the story: no title (光明日报, round 32)",
    ),
    (["【坚定信心 勇毅前行②】"], ("", "【坚定信心 勇毅前行②】", ""), "…but alone it stays the title"),
    (
        ["区委书记刘伟:", "央企进驻提升产业聚集"],
        ("", "区委书记刘伟:央企进驻提升产业聚集", ""),
        "a short line ending in a colon opens the title a copy broke after it",
    ),
    (
        ["山西大同:", "招商引资促发展"],
        ("山西大同:", "招商引资促发展", ""),
        "…but places alone before the colon are the kicker's: where the story is (光明日报, round 30; 三亚市海棠区:)",
    ),
    (["第01版:", "莘县考察团来高新区考察"], ("第01版:", "莘县考察团来高新区考察", ""), "…a page's label is none: its digits are no words"),
    (["第一版：", "莘县考察团来高新区考察"], ("第一版：", "莘县考察团来高新区考察", ""), "…nor its numerals"),
    (
        ["招商引资 项目建设", "全区上下拿出满格干劲狠抓项目建设凝聚发展合力:", "招商引资促发展"],
        ("招商引资 项目建设 全区上下拿出满格干劲狠抓项目建设凝聚发展合力:", "招商引资促发展", ""),
        "…a long one is a kicker",
    ),
    (["即墨区召开会议", "高质量 发展"], ("即墨区召开会议", "高质量 发展", ""), "…a word with no surname first (发展) is no name"),
    (
        ["通州", "建新功、谋发展,勇挑大梁争贡献", "今年签约47个重大项目、开工51个亿元项目——"],
        ("通州", "建新功、谋发展,勇挑大梁争贡献", "今年签约47个重大项目、开工51个亿元项目——"),
        "a line ending in a dash leads into the title, whatever its verbs and wherever the copy prints it (a Jiangsu e-paper)",
    ),
    (
        ["上接第1版《锚定“六大强市”目标 凝聚高质量发展力量》"],
        ("", "锚定“六大强市”目标 凝聚高质量发展力量", ""),
        "a jump line's title is the continued article's (a Yunnan e-paper, round 26)",
    ),
    (["《锚定目标》"], ("", "《锚定目标》", ""), "…a title in brackets alone is no jump line"),
    (["观察 西乡交通建设创历史新高"], ("", "西乡交通建设创历史新高", ""), "a site's column word before the title is none of it (round 28)"),
    (
        ["浙江诸暨:凝聚“游子”共识,共推家乡发展——诸暨网-凯发官网首页"],
        ("", "浙江诸暨:凝聚“游子”共识,共推家乡发展", ""),
        "a site's name after its page's title is none of it (Zhejiang)",
    ),
    (["青岛港发展纪实 - 青岛新闻网"], ("", "青岛港发展纪实", ""), "…set off by a spaced hyphen"),
    (
        ["房山区委书记邹劲松:全力建设“六大房山”_全球要闻"],
        ("", "房山区委书记邹劲松:全力建设“六大房山”", ""),
        "…or its channel after an underscore (a Beijing copy, round 36)",
    ),
    (["我们的新闻"], ("", "我们的新闻", ""), "…not a title's own 新闻"),
    (["与大海的创新“约会”——青岛创新发展侧记"], ("", "与大海的创新“约会”——青岛创新发展侧记", ""), "…not a title's own dash"),
    (["守护群众生命线——织密防汛安全网"], ("", "守护群众生命线——织密防汛安全网", ""), "…nor a title's own 网 (a review's find)"),
    (
        ["物流园和泰东高速项目建设现场调度会议召开 .."],
        ("", "物流园和泰东高速项目建设现场调度会议召开", ""),
        "the dots of a cut title (Shandong)",
    ),
    (["济南路下周通车?市民说…"], ("", "济南路下周通车?市民说…", ""), "…not a title's own ellipsis"),
    (["特写 两会"], ("", "特写 两会", ""), "…a title it leaves shorter than six characters keeps it"),
    (
        ["聚焦 重点项目建设攻坚年活动"],
        ("", "聚焦 重点项目建设攻坚年活动", ""),
        "…and 聚焦, a title's verb, is no column word (a review's find)",
    ),
    (
        ["香河重点项目建设全面提速", "领导分包 逐一调度 倒排时间"],
        ("", "香河重点项目建设全面提速", "领导分包 逐一调度 倒排时间"),
        "a deck of three short phrases under its title is no title (a Hebei site)",
    ),
    (["领导分包 逐一调度 倒排时间"], ("", "领导分包 逐一调度 倒排时间", ""), "…alone it is the title"),
    (
        ["全区会议", "抓项目 促发展 惠民生"],
        ("全区会议", "抓项目 促发展 惠民生", ""),
        "…three-character phrases are a slogan's title (a review's find)",
    ),
    (["全区项目观摩", "深化改革 扩大开放"], ("全区项目观摩", "深化改革 扩大开放", ""), "…and two four-character phrases a title"),
    (
        ["我市举行11月份重大项目集中开工活动", "开工项目16个总投资68.5亿元"],
        ("", "我市举行11月份重大项目集中开工活动", "开工项目16个总投资68.5亿元"),
        "a deck of a batch's figures under its title is no title (a Hubei e-paper, round 31)",
    ),
    (["开工项目16个 总投资68.5亿元"], ("", "开工项目16个 总投资68.5亿元", ""), "…alone it is the title"),
    (
        ["龙游招商引资迎来开门红", "3个项目总投资达58.6亿元"],
        ("", "龙游招商引资迎来开门红", "3个项目总投资达58.6亿元"),
        "…its first figure perhaps a count alone, under a title that reports no event (浙江日报, round 55)",
    ),
    (
        ["招商引资结硕果", "5个项目落户我区"],
        ("招商引资结硕果", "5个项目落户我区", ""),
        "…a count and words, no second figure, is a title under its kicker",
    ),
    (
        ["深学细悟担使命 扛旗争先树标杆", "苏溪镇党委书记 程 亮"],
        ("", "深学细悟担使命 扛旗争先树标杆", "苏溪镇党委书记 程 亮"),
        "an official's post and name under a signed article's title say who signed it: no title (a Zhejiang e-paper)",
    ),
    (["抓项目 促发展", "市长 说好话"], ("抓项目 促发展", "市长 说好话", ""), "…a post and words that are no name are a title's"),
    (
        ["招商引资结硕果", "长汀:开竣工项目32个 总投资78亿元"],
        ("招商引资结硕果", "长汀:开竣工项目32个 总投资78亿元", ""),
        "…but a title naming its place before the figures is one",
    ),
    (
        ["李政调研陆家嘴区域城市更新和商业提升工作", "推动城市更新 激发经济活力"],
        ("", "李政调研陆家嘴区域城市更新和商业提升工作", "推动城市更新 激发经济活力"),
        "an event's verb with its object after it makes the title, as one closing the line does (Shanghai)",
    ),
    (
        ["市人大领导视察万松东路延伸工程", "项目进展顺利"],
        ("", "市人大领导视察万松东路延伸工程", "项目进展顺利"),
        "…视察 a works",
    ),
    (
        ["庄悦群王雄飞陈秋生与港澳委员座谈交流", "发挥独特优势 当好桥梁纽带 凝心聚力推动茂名跑好“十五五”关键一程"],
        ("", "庄悦群王雄飞陈秋生与港澳委员座谈交流", "发挥独特优势 当好桥梁纽带 凝心聚力推动茂名跑好“十五五”关键一程"),
        "…a 座谈 (a meeting's discussion) closing the line is an event's (a Guangdong portal's copy, round 40)",
    ),
    (
        ["调研发现问题", "全市经济运行平稳"],
        ("调研发现问题", "全市经济运行平稳", ""),
        "…not a verb whose object is no work, meeting or project",
    ),
    (
        ["王爱明主持召开梅河口市重点项目调度会议", "有思想 / 有温度"],
        ("", "王爱明主持召开梅河口市重点项目调度会议", "有思想 / 有温度"),
        "…so a line naming who chaired (主持) a meeting it names is no deck (Jilin)",
    ),
    (
        ["全区项目建设观摩", "产业项目见力度 民生项目有温度"],
        ("全区项目建设观摩", "产业项目见力度 民生项目有温度", ""),
        "…two longer phrases are a title",
    ),
    (["观察家 点评时事新闻"], ("", "观察家 点评时事新闻", ""), "…a longer word is the title's own"),
    (
        ["《习近平关于中国式现代化论述摘编》", "阿拉伯文版出版发行"],
        ("", "《习近平关于中国式现代化论述摘编》阿拉伯文版出版发行", ""),
        "a book's title alone on the line before opens the title a copy broke after it (a Guangxi e-paper, round 41)",
    ),
    (
        ["《今日关注》", "全区召开安全生产会议"],
        ("《今日关注》", "全区召开安全生产会议", ""),
        "…before a line about its edition only: before any other it is a column's name, the kicker (a review's line)",
    ),
    (
        ["关注", "《条例》解读", "全区召开安全生产会议"],
        ("关注 《条例》解读", "全区召开安全生产会议", ""),
        "…alone: a book's title and more words before is a kicker",
    ),
    (
        ["砥砺前行开新局", "——宝鸡勇立潮头谱写新时代追赶超越新篇章综述", "宝钛集团工人在加工钛产品"],
        ("", "砥砺前行开新局", "宝鸡勇立潮头谱写新时代追赶超越新篇章综述 宝钛集团工人在加工钛产品"),
        "a ——subtitle follows its title: a line under it (a photo's caption) is no title (a Shaanxi e-paper, round 41)",
    ),
    (
        ["奋进新征程 建功新时代", "——庆祝中国共产党成立100周年特别报道", "全区召开安全生产会议"],
        ("奋进新征程 建功新时代 ——庆祝中国共产党成立100周年特别报道", "全区召开安全生产会议", ""),
        "…but an event's line under it is the title, a series' banner and its dash line above it (a review's line)",
    ),
    (["全区召开会议开新局"], ("", "全区召开会议开新局", ""), "a title ending in 开新局 is no bureau (局) publishing the page"),
    (
        [
            "辽西市报联合体第三次理事会议在盘锦举行",
            "知识类型: 析出资源",
            "颗粒名称: 辽西市报联合体第三次理事会议在盘锦举行",
            "分类号: G210",
        ],
        ("", "辽西市报联合体第三次理事会议在盘锦举行", "知识类型: 析出资源 颗粒名称: 辽西市报联合体第三次理事会议在盘锦举行 分类号: G210"),
        "a catalogue's field repeating a title line is no title of its own (a library's record of a Liaoning paper's report, round 41)",
    ),
    (
        ["滁州经开区举行招商引资项目集中签约仪式", "许继伟吴劲王图强汪建中见证签约"],
        ("", "滁州经开区举行招商引资项目集中签约仪式", "许继伟吴劲王图强汪建中见证签约"),
        "a line of who witnessed the event is a deck, though it ends in the event's verb (an Anhui e-paper, round 42)",
    ),
    (
        ["奋斗百年路 启航新征程", "三代人见证家乡巨变"],
        ("奋斗百年路 启航新征程", "三代人见证家乡巨变", ""),
        "…only witnessing a signing, an opening or the like: 见证巨变 is a feature's title (a review's line)",
    ),
    (
        ["会议名称: 全区安全生产会议召开"],
        ("", "会议名称: 全区安全生产会议召开", ""),
        "…a field whose words no other line prints stays a title",
    ),
]


@pytest.mark.parametrize("lines, expected, reason", HEADLINES)
def test_split_headline(lines, expected, reason):
    assert split_headline(lines) == expected


LISTED = "生态河:绘就人水和谐美丽新图景"
LISTED_HEADLINES = [
    # (head lines, the page's furniture lines, expected, reason)
    (
        [LISTED, "壮美黄河滋养郑州"],
        {LISTED, "返回主页"},
        ("", LISTED, "壮美黄河滋养郑州"),
        "the line the page lists among its titles is the main one, the line under it its subtitle (Henan, round 39)",
    ),
    ([LISTED, "壮美黄河滋养郑州"], set(), ("生态河:绘就人水和谐美丽新图景", "壮美黄河滋养郑州", ""), "…without the list, the last line"),
    (
        ["全区项目建设观摩", "产业项目见力度 民生项目有温度"],
        {"全区项目建设观摩", "产业项目见力度 民生项目有温度"},
        ("全区项目建设观摩", "产业项目见力度 民生项目有温度", ""),
        "…only one line listed: a list of both says nothing of which is the title",
    ),
]


def test_a_pages_lines_are_compared_bare_of_their_bullets():
    assert listed_titles(["• " + LISTED, "要闻"], {0}) == {LISTED}


@pytest.mark.parametrize("lines, listed, expected, reason", LISTED_HEADLINES)
def test_a_title_the_page_lists_is_the_main_one(lines, listed, expected, reason):
    assert split_headline(lines, frozenset(listed)) == expected


EVENT_VERBS = [
    "召开",
    "举行",
    "举办",
    "启动",
    "开幕",
    "闭幕",
    "开工",
    "开工建设",
    "开复工",  # 青海海西州208个项目集中开复工 (a Qinghai e-paper, round 24)
    "开竣工",
    "竣工",
    "投产",
    "签约",
    "发布",
    "揭牌",
    "落幕",
    "成立",
    "开班",
    "开营",
    "开通",
    "通车",
    "开展",  # 《青岛日报》创刊70周年史料展开展 (an exhibition opens)
]


@pytest.mark.parametrize("verb", EVENT_VERBS)
def test_each_event_verb_marks_the_title(verb):
    assert split_headline(["全区重点项目集中" + verb, "研究部署下一步工作"])[1] == "全区重点项目集中" + verb


@pytest.mark.parametrize("word", ["主持", "出席", "讲话", "致辞", "陪同"])
def test_each_deck_word_marks_a_deck(word):
    assert split_headline([HEAD2, "曾赞荣" + word])[1] == HEAD2


SUBHEADS = [
    # (line, is a subhead, reason)
    ("压实安全责任", True, "one clause"),
    ("压实责任", True, "a clause of exactly 4 characters"),
    ("压实", False, "a clause of 2 is a broken fragment"),
    ("现代化", False, "...and of 3"),
    ("压实 责任", False, "clauses shorter than 4"),
    ("强化基层治理 提升服务水平", True, "two clauses"),
    ("强化基层治理，提升服务水平", True, ""),
    ("聚焦主业：提升服务水平", True, ""),
    ("强化基层治理 提升服务水平 守牢安全底线", False, "three clauses"),
    ("工" * 30, True, "30 characters"),
    ("工" * 31, False, "31 characters"),
    ("压实、强化安全责任", False, "、 makes it a list from a sentence"),
    ("守牢安全的底线", False, "的 makes it a phrase from a sentence"),
]


@pytest.mark.parametrize("line, expected, reason", SUBHEADS)
def test_is_subhead(line, expected, reason):
    assert is_subhead(line) is expected


HEAD_CANDIDATES = [
    # (line, is a head candidate, reason)
    ("本报讯(YMG全媒体记者 王宏伟 济南报道)", False, "a dateline and its reporters, the report cut off after them, is no title"),
    ("本報訊(記者 王宏偉)", False, "…in traditional characters"),
    (HEAD, True, ""),
    ("工" * 60, True, "exactly MAX_HEAD_CHARS"),
    ("工" * 61, False, "one past MAX_HEAD_CHARS"),
    (BODY, False, "ends a sentence"),
    ("会议强调要压实责任；", False, "a semicolon ends one too"),
    ("广西武宣县多个胶合板项目集中开工!", True, "one closing ! on a short line: headlines exclaim"),
    ("灵山这27个重大项目开竣工！", True, "…full width"),
    ("工" * 29 + "！", True, "MAX_EXCLAIMED_HEAD characters"),
    ("工" * 30 + "！", False, "a longer line that exclaims is prose standing alone"),
    ("刚刚!青岛270个项目集中开工 总投资近3000亿元", True, "one ！ inside a short line: an exclaimed lead"),
    ("新城崛起！青岛胶东临空经济示范区平度片区五年蝶变", True, "…full width"),
    ("加油！加油！", False, "two ！ are speech"),
    ("102.5亿元!泗洪县15个项目集中开工!", True, "…but two clauses of a title's length on a short line exclaim (Jiangsu, round 17)"),
    ("吉安一103亿项目开工!凝心聚力稳经济大盘!", True, "…(Jiangxi, round 16)"),
    ("太好了！我们赢了！", False, "…a clause shorter than MIN_EXCLAIMED_CLAUSE is speech"),
    ("开工!孝感市“两湖”绿道项目正式开建!", True, "…but a lead word's before a title's length is a title (网易号, round 56)"),
    ("快走！我们一起去看看吧！", False, "…a shorter second clause is speech"),
    ("同志们！我们一定要把这个项目建设好！", False, "…and so is an address to people (a review's find)"),
    ("工" * 13 + "！" + "工" * 15 + "！", True, "…on a line of MAX_EXCLAIMED_HEAD characters"),
    ("工" * 14 + "！" + "工" * 15 + "！", False, "…not longer"),
    ("“真没想到！”", False, "…and so is a quotation that exclaims"),
    ("工" * 11 + "！" + "工" * 28, False, "…and a longer line that exclaims inside, after more than a lead word, is prose"),
    (
        "每日热闻!2022年四季度襄阳市重大项目“三集中”活动在襄州区举行",
        True,
        "a lead word's ！ on a longer line: a column's label before the title",
    ),
    ("工" * 6 + "！" + "工" * 28, True, "…a lead of MAX_EXCLAIMING_LEAD characters"),
    ("重磅！重磅！" + "工" * 28, False, "…once: two marks are speech"),
    ("冲啊！！", False, "a doubled ！ is speech"),
    ("钢城这场“行走的会议”为何能让人热血奔涌?", True, "one ？ on a short line: headlines ask too"),
    ("参加项目拉练的代表在张湾区参观亨兴汽车装备制造项目、", False, "a line ending mid-clause (、 ，) is no title"),
    ("集中开工仪式举行，", False, "…"),
    ("济南路下周通车？中山路旧城改造现场", True, "…inside"),
    ("真的吗？真的吗？", False, "two questions are speech"),
    ("“这是为什么？”", False, "…and so is a quotation that asks"),
    ("“会议强调要压实责任。”", False, "inside closing quotes"),
    ("会议强调要压实责任。推动", False, "a sentence inside"),
    ("会议强调，要压实责任", True, "a comma is no sentence punctuation"),
    ("——" + "访" * 60 + "。", True, "a —— line always, even long and punctuated: a subtitle"),
    ("—访青岛蓝谷管理局。", True, "a single dash too"),
    (
        "闫继红就中央广电总台涿州文化产业综合项目进展及启动仪式筹备工作召开调度会 全力以赴保障项目顺利启动 努力打造协同发展典范工程",
        True,
        "a longer title: long clauses set apart by single spaces, no mark",
    ),
    ("首页 要闻 本地 政务 民生 文旅 " * 4, False, "…not a bar of short link words"),
    (
        "闫继红就中央广电总台涿州文化产业综合项目进展及启动仪式筹备工作召开调度会，全力以赴保障项目顺利启动，努力打造协同发展典范工程",
        False,
        "…nor a long line with its commas",
    ),
]


@pytest.mark.parametrize("line, expected, reason", HEAD_CANDIDATES)
def test_is_head_candidate(line, expected, reason):
    assert is_head_candidate(line) is expected


@pytest.mark.parametrize(
    "lines, expected, reason",
    [
        (["• 春运首日发送旅客6.22万人次"], ("", "春运首日发送旅客6.22万人次", ""), "an e-paper list's bullet is no part of the title"),
        (["流亭街道：抢抓机遇", "•"], ("", "流亭街道：抢抓机遇", ""), "a line that is only a bullet is none"),
    ],
)
def test_bullets_are_no_part_of_a_headline(lines, expected, reason):
    assert split_headline(lines) == expected


HEAD_AND_BODY = [
    (
        "龚旗煌来潍调研   本报讯 (记者 付凯)9月1日，北京大学校长龚旗煌来潍调研。",
        ["龚旗煌来潍调研", "本报讯 (记者 付凯)9月1日，北京大学校长龚旗煌来潍调研。"],
        "a title and a 本报讯 report",
    ),
    (
        "曾赞荣调研自贸片区   6月19日，曾赞荣到青岛自贸片区调研，强调要发挥特色优势，深化改革创新，努力当好排头兵。",
        ["曾赞荣调研自贸片区", "6月19日，曾赞荣到青岛自贸片区调研，强调要发挥特色优势，深化改革创新，努力当好排头兵。"],
        "a title and a paragraph of prose",
    ),
    ("今日青岛   今日即墨   今日胶州", ["今日青岛   今日即墨   今日胶州"], "links set apart by spaces are no title and report"),
    ("记    者：王  涛", ["记    者：王  涛"], "a spaced byline stays one line"),
    (
        "本网讯(记者:张磊    徐澜)3月19日上午，全省第八期“三个一批”活动遂平向日葵智慧物流城项目开工仪式举行。",
        ["本网讯(记者:张磊    徐澜)3月19日上午，全省第八期“三个一批”活动遂平向日葵智慧物流城项目开工仪式举行。"],
        "spaces inside a bracket set names apart: no title before them (a Henan county site, round 44)",
    ),
]


@pytest.mark.parametrize("line, expected, reason", HEAD_AND_BODY)
def test_a_title_and_its_report_on_one_line(line, expected, reason):
    assert split_head_and_body(line) == expected


def test_a_title_and_its_report_on_one_line_make_an_article():
    got = items(["龚旗煌来潍调研   本报讯 (记者 付凯)9月1日，北京大学校长龚旗煌来潍调研。"])[0]
    assert (got.headline_parts()[1], [b.name for b in got.bylines]) == ("龚旗煌来潍调研", ["付凯"])
