"""Text helpers (jimo_data/parsing/text.py): punctuation folding and sentence ends."""

from __future__ import annotations

import pytest

from jimo_data.parsing.text import (
    chinese_number,
    ends_sentence,
    fold_punct,
    half_width_alnum,
    has_sentence_inside,
    sentences,
    without_cell_bars,
)

FOLDED = [
    # (text, folded, reason)
    ("会议指出,要压实责任;确保安全", "会议指出，要压实责任；确保安全", ""),
    ("会议指出,要压实责任", "会议指出，要压实责任", "a comma alone is folded"),
    ("时间:上午九时", "时间：上午九时", ""),
    ("这是为什么?真好!", "这是为什么？真好！", ""),
    ("(扩大)会议", "（扩大）会议", ""),
    ("投资1,000万元", "投资1,000万元", "a thousands separator between digits stays"),
    ("5:30开始", "5:30开始", "a time between digits stays"),
    ("OPC(一人公司)", "OPC（一人公司）", "kept only with ASCII on both sides: C( then 一"),
    ("2025:", "2025：", "a digit on one side only is not enough"),
    (",开头", "，开头", ""),
    ("即墨区.青岛", "即墨区.青岛", "the full stop is never folded (decimals, URLs)"),
    ("会议召开", "会议召开", "nothing to fold"),
]


@pytest.mark.parametrize("text, folded, reason", FOLDED)
def test_fold_punct_makes_half_width_punctuation_full_width_one_for_one(text, folded, reason):
    assert fold_punct(text) == folded
    assert len(fold_punct(text)) == len(text), "offsets in the folded text are valid in the original"


HALF_WIDTH_ALNUM = [
    # (text, matched as, reason)
    ("２个项目", "2个项目", "full-width digits are digits"),
    ("ＰＰＰ项目", "PPP项目", "…and full-width letters, capitals"),
    ("ａｂｃ", "abc", "…and small ones"),
    ("项目：１；２？", "项目：1；2？", "full-width marks stay: the rules read them as such"),
    ("２０２５年", "2025年", ""),
    ("即墨区", "即墨区", "nothing to fold"),
]


@pytest.mark.parametrize("text, matched, reason", HALF_WIDTH_ALNUM)
def test_half_width_alnum_folds_full_width_digits_and_letters_one_for_one(text, matched, reason):
    assert half_width_alnum(text) == matched
    assert len(half_width_alnum(text)) == len(text), "offsets in the folded text are valid in the original"


ENDS_SENTENCE = [
    # (line, ends a sentence, reason)
    ("全区安全生产工作会议召开。", True, ""),
    ("这是为什么？", True, ""),
    ("这是为什么?", True, "half-width ? is folded first"),
    ("真好!", True, "half-width ! is folded first"),
    ("等等…", True, ""),
    ("抓好落实；", True, "； closes a clause that may end a line"),
    ("抓好落实;", True, "half-width ; is folded first"),
    ("“我们将以实干作风开新局。”", True, "inside closing double quotes"),
    ("他说：‘好。’", True, "inside closing single quotes"),
    ("（完。）", True, "inside a closing parenthesis"),
    ("结束。）", True, ""),
    ("结束。)", True, "half-width closing parenthesis"),
    ("他说“好。”）", True, "several closers"),
    ("好。】", True, ""),
    ("《报告。》", True, ""),
    ("会议召开。  ", True, "trailing spaces are ignored"),
    ("即墨召开全区安全生产工作会议", False, "a headline has no terminal"),
    ("他说：“好”", False, "closing quotes without a terminal inside"),
    ("会议指出,", False, "a comma does not end a sentence"),
    ("”", False, "closers only"),
    ("", False, ""),
]


@pytest.mark.parametrize("line, expected, reason", ENDS_SENTENCE)
def test_ends_sentence(line, expected, reason):
    assert ends_sentence(line) is expected


SENTENCE_INSIDE = [
    # (line, has a sentence end inside, reason)
    ("会上。后来", True, ""),
    ("这是为什么?吗", True, "half-width ? is folded first"),
    ("真好!", True, ""),
    ("即墨召开全区安全生产工作会议", False, ""),
    ("抓好落实；确保安全", False, "； is not a sentence end here"),
    ("等等…", False, "… is not a sentence end here"),
]


@pytest.mark.parametrize("line, expected, reason", SENTENCE_INSIDE)
def test_has_sentence_inside(line, expected, reason):
    assert has_sentence_inside(line) is expected


SENTENCES = [
    # (text, sentences, reason)
    ("会议召开。张宏业出席。", ["会议召开。", "张宏业出席。"], ""),
    ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"], "the closing quote stays with its sentence"),
    ("他说：‘好。’对", ["他说：‘好。’", "对"], ""),
    ("“好！”“坏！”", ["“好！”", "“坏！”"], ""),
    ("一；二！三？四", ["一；", "二！", "三？", "四"], "the last piece needs no terminal"),
    ("好!吗?对;", ["好!", "吗?", "对;"], "half-width ends count, kept as printed"),
    ("第一句。  第二句", ["第一句。", "第二句"], "spaces between sentences are stripped"),
    ("没有结尾", ["没有结尾"], ""),
    ("  ", [], "blank text has no sentences"),
]


@pytest.mark.parametrize("text, expected, reason", SENTENCES)
def test_sentences_keep_closing_quotes(text, expected, reason):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "numeral, value, reason",
    [
        ("一", 1, ""),
        ("十", 10, ""),
        ("十二", 12, ""),
        ("二十", 20, "十 multiplies the digit before it"),
        ("二十三", 23, ""),
        ("两", 2, "两 is 二"),
        ("三两", None, "a few, no number"),
        ("十十", None, ""),
        ("一百", None, "beyond 99"),
    ],
)
def test_chinese_number(numeral, value, reason):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize(
    "line, expected, reason",
    [
        (
            "济宁夫宇食品暨酒店建设项目开工仪式举行 |",
            "济宁夫宇食品暨酒店建设项目开工仪式举行",
            "a bar closing a copied table's cell (a Shandong site's copy)",
        ),
        ("||||||", "", "a line of bars alone is blank"),
        ("RSS | 手机版", "RSS | 手机版", "bars between words stay"),
        ("| | |", "", "…bars set off by spaces alone are blank too"),
        ("开工仪式举行 |  |", "开工仪式举行", "…and close no line"),
    ],
)
def test_a_tables_cell_bars_are_dropped(line, expected, reason):
    assert without_cell_bars([line]) == [expected]
