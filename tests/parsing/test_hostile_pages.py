"""Hostile pages: long repetitive lines cost work in proportion to their length.

Not timed: each test counts the work a rule does (characters it reads, lengths it hands
to jieba) on a hostile text and on one twice as long, or runs a line whose old reading
backtracked exponentially (it never returned) and checks what it reads."""

from __future__ import annotations

import re

import pytest

from jimo_data.parsing import parse_page, projects, terms
from jimo_data.parsing.bylines import photo_credit

# The characters jieba gathers into one block (its re_han_default).
JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")
HEADER = "新即墨\n\n2026年4月3日 农历二月十六 星期五 第3409期\n\n扎实推进重点项目建设\n\n"


def _page(body: str) -> bytes:
    return (HEADER + body + "\n").encode()


@pytest.mark.parametrize(
    "line, names, reason",
    [
        (
            "记者 王涛 " * 60 + "记者王涛王涛摄",
            [],
            "a run of six Han characters is no group of 2-4: no credit, found without trying every cut",
        ),
        ("王涛 " * 60 + "a摄", [], "a Latin letter before 摄 ends the names"),
        ("王 涛 " * 60 + "摄", ["王涛"] * 60, "spaced two-character names, sixty of them"),
        ("梁孝鹏 " * 40 + "/摄", ["梁孝鹏"] * 40, "a long credit is still a credit"),
    ],
)
def test_a_long_line_of_names_is_read_in_one_pass(line, names, reason):
    assert [p.name for p in photo_credit(line)] == names, reason


def _clause_chars(monkeypatch, body: str) -> int:
    """Characters of the clauses the project rules read around names on the page."""
    read = []
    original = projects._clause_around

    def counting(sentence, start, end):
        clause = original(sentence, start, end)
        read.append(len(clause))
        return clause

    monkeypatch.setattr(projects, "_clause_around", counting)
    parse_page(_page(body))
    return sum(read)


@pytest.mark.parametrize(
    "unit, reason",
    [
        ("A1个项目", "a list shape with no mark in the sentence: every clause ran back to its start"),
        ("万华化学项目", "named projects with no mark between them"),
    ],
)
def test_project_clauses_grow_with_the_page_not_its_square(monkeypatch, unit, reason):
    short = _clause_chars(monkeypatch, unit * 1000)
    long = _clause_chars(monkeypatch, unit * 2000)
    assert long <= 2.2 * short, reason  # twice the names, each read within MAX_CLAUSE: about twice the work


def _longest_block_given_to_jieba(monkeypatch, body: str) -> int:
    given = []
    real = terms.tokenizer()

    class Counting:
        def cut(self, text, hmm):
            given.append(max((len(m.group()) for m in JIEBA_BLOCK.finditer(text)), default=0))
            return real.rust.cut(text, hmm)

    monkeypatch.setattr(terms, "tokenizer", lambda: terms.Segmenter(Counting(), real.words))
    parse_page(_page(body))
    return max(given)


@pytest.mark.parametrize(
    "body, reason",
    [
        ("".join(chr(0x4E00 + i * 7919 % 20000) for i in range(20_000)), "20,000 Han characters with no mark"),
        ("摄" * 20_000, "one character repeated"),
    ],
)
def test_jieba_never_gets_a_block_longer_than_the_cap(monkeypatch, body, reason):
    """jieba's HMM works in the square of a block's length; blocks are cut at MAX_BLOCK."""
    assert _longest_block_given_to_jieba(monkeypatch, body) <= terms.MAX_BLOCK, reason


def test_cutting_blocks_changes_no_tokens_of_ordinary_text():
    text = "即墨区委书记孙杰调研重点项目建设，强调要加快推进青岛英派斯体育产业园项目。" * 50
    assert terms.tokens(text) == terms.jieba_tokenizer().lcut(text)


def _later_clauses_read(monkeypatch, n_names: int) -> int:
    """Later clauses the project rules read for a stage said of a project, on one long
    sentence of distinct names: `万华0号产业园项目，万华1号产业园项目，…`."""
    calls = []
    about_it = projects._ABOUT_IT

    class Counting:
        def match(self, clause):
            calls.append(clause)
            return about_it.match(clause)

    monkeypatch.setattr(projects, "_ABOUT_IT", Counting())
    parse_page(_page("".join(f"万华{i}号产业园项目，" for i in range(n_names))))
    return len(calls)


def test_later_clauses_are_read_near_each_name_not_to_the_sentence_end(monkeypatch):
    assert _later_clauses_read(monkeypatch, 2000) <= 2.2 * _later_clauses_read(monkeypatch, 1000)


@pytest.mark.parametrize(
    "sentence, expected, reason",
    [
        (
            "签约项目2个" + "，总投资10亿元、年度投资5亿元" * 30 + "。",
            [],
            "clauses with 投资 twice after a count, and no label: each read one way before giving up",
        ),
        (
            "新签约项目5个，分别是" + "和美乡村和谐社区" * 25 + " 其余略。",
            [],
            "a run of 和 in a counted list's items: only the last 和 may join two of them",
        ),
    ],
)
def test_a_long_list_is_read_without_trying_every_cut(sentence, expected, reason):
    assert [(m.name, m.status) for m in projects.find_projects(sentence)] == expected, reason
