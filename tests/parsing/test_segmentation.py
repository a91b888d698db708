"""Segmentation at native speed, same tokens: `terms.tokens` (jieba-rs through rjieba)
yields exactly `terms.jieba_tokens` (jieba, the reference), with the same user dictionary,
HMM and block cap. docs/parsing.md ("Segmentation") says where the two differ and how
each difference is remedied."""

from __future__ import annotations

import math

import pytest
from paths import SEEDS
from real_pages import REAL_PAGES, page_files

from jimo_data.parsing import article_text, parse_page, terms


def _article_texts(files):
    for path in files:
        for article in parse_page(path.read_bytes()).articles:
            text = article_text(*(article[part] for part in ("kicker", "headline", "subheadline", "body")))
            yield f"{path.name} #{article['seq']}", text


@pytest.mark.parametrize("folder", [SEEDS, REAL_PAGES], ids=["seeds", "real pages"])
def test_every_article_has_jiebas_tokens(folder):
    files = sorted(folder.rglob("*.txt")) if folder == SEEDS else page_files(folder)
    texts = dict(_article_texts(files))
    assert len(texts) > 20
    differ = [name for name, text in texts.items() if terms.tokens(text) != terms.jieba_tokens(text)]
    assert differ == []


# Texts on which jieba-rs alone once cut otherwise than jieba (each found on a real page or
# by comparing random strings); the tokens are jieba's.
HARD_CASES = [
    (
        "发布时间：2020-11-06 09:30",
        ["发布", "时间", "：", "2020", "-", "11", "-", "06", " ", "09", ":", "30"],
        "jieba-rs's HMM keeps a date whole",
    ),
    ("网址www.jnzx.gov.cn", ["网址", "www", ".", "jnzx", ".", "gov", ".", "cn"], "and a web address"),
    ("发E-mail给我们", ["发", "E", "-", "mail", "给", "我们"], "a hyphen between letters"),
    ("content_199154.html", ["content", "_", "199154", ".", "html"], "an underscore; a decimal point only before digits"),
    ("版本1.2.3发布", ["版本", "1.2", ".", "3", "发布"], "jieba's HMM takes one decimal part"),
    ("增长3.5%以上", ["增长", "3.5%", "以上"], "a percentage stays whole in both"),
    ("学习C++语言", ["学习", "C++", "语言"], "a dictionary word with marks is no HMM run: whole"),
    ("AT&T公司", ["AT&T", "公司"], "likewise"),
    ("建徒徒徒点", ["建徒", "徒徒点"], "an exact tie of two HMM paths: jieba takes the later state letter"),
    (
        "建徒徒，徒点，建徒徒徒点",
        ["建徒徒", "，", "徒点", "，", "建徒", "徒徒点"],
        "a tie whose HMM words the text had before, untied: every block holding one is looked at",
    ),
    ("产徒强派我书徒书", ["产徒", "强派", "我", "书徒书"], "a tie inside a stretch the HMM cut around a dictionary word (强派)"),
    ("一要设设育", ["一要", "设", "设育"], "a stretch whose HMM word (一要) is also a dictionary word"),
    ("中㐀㐁国", ["中", "㐀", "㐁", "国"], "extension A is no Han for jieba: one token a character"),
    ("𠀁𠀂", ["𠀁", "𠀂"], "nor the supplementary planes"),
    ("他说\r\n好的", ["他", "说", "\r\n", "好", "的"], "CRLF is one token"),
    ("好" + "即墨" * 150, ["好"] + ["即墨"] * 149 + ["即", "墨"], "a block is cut after MAX_BLOCK characters, even inside a word"),
    ("即墨区委书记孙杰", ["即墨", "区委书记", "孙杰"], "the user dictionary (孙杰)"),
]


@pytest.mark.parametrize("text, expected, reason", HARD_CASES, ids=[case[2] for case in HARD_CASES])
def test_hard_cases(text, expected, reason):
    assert terms.jieba_tokens(text) == expected, "the reference"
    assert terms.tokens(text) == expected, reason


def test_jieba_rs_weighs_words_against_jiebas_total():
    """jieba adds a user word's frequency to its total without taking off the word's own
    (习近平 is in jieba's dictionary too); a ballast word gives jieba-rs the same total.
    No page was found whose tokens it changes, but `suggest_freq` shows the total: for
    了是 (了 + 是, no word) it is f(了) f(是) / total + 1, by jieba-rs's own arithmetic."""
    reference = terms.jieba_tokenizer()
    log_total = math.log(reference.total)
    pieces = math.log(reference.FREQ["了"]) - log_total + math.log(reference.FREQ["是"]) - log_total
    assert terms.tokenizer().rust.suggest_freq("了是") == int(math.exp(pieces + log_total)) + 1


@pytest.fixture
def fresh_segmenter():
    terms._load_tokenizer.cache_clear()
    yield
    terms.use_dictionary_cache(None)
    terms._load_tokenizer.cache_clear()


def test_a_worker_loads_the_dictionary_copy_without_jieba(tmp_path, monkeypatch, fresh_segmenter):
    """Deriving the dictionary loads jieba's, the slow part of starting a worker: the
    copy in the cache folder spares it."""
    terms.use_dictionary_cache(tmp_path)
    expected = terms.tokens("即墨区委书记孙杰调研移风店镇")
    (copy,) = tmp_path.glob("jieba-*-sealed.marshal")
    terms._load_tokenizer.cache_clear()

    def no_jieba():
        raise AssertionError("jieba's dictionary was loaded")

    monkeypatch.setattr(terms, "jieba_tokenizer", no_jieba)
    assert terms.tokens("即墨区委书记孙杰调研移风店镇") == expected
    assert copy.exists()


def test_the_copy_is_named_by_the_user_dictionary(tmp_path, monkeypatch, fresh_segmenter):
    """An edited user dictionary must not be served from a copy made before the edit."""
    terms.use_dictionary_cache(tmp_path)
    terms.tokenizer()
    real = terms.lexicon_lines
    monkeypatch.setattr(terms, "lexicon_lines", lambda name: [*real(name), "墨水河畔 50 ns"] if name == "userdict.txt" else real(name))
    terms._load_tokenizer.cache_clear()
    terms.jieba_tokenizer.cache_clear()
    try:
        assert "墨水河畔" in terms.tokens("走在墨水河畔")
    finally:
        terms.jieba_tokenizer.cache_clear()
    assert len(list(tmp_path.glob("jieba-*-sealed.marshal"))) == 2
