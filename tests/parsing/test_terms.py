"""Segmentation (jimo_data/parsing/terms.py): the shipped dictionary and stopwords shape
the terms table. Tables of (input, expected, reason)."""

from __future__ import annotations

import jieba
import pytest

from jimo_data.parsing.terms import content_terms, stopwords, term_counts, tokens


def test_user_dictionary_keeps_corpus_words_whole():
    words = tokens("扎实开展干部作风建设年活动，以三化攻坚破局，确保十五五良好开局，移风店镇与蓝谷联动")
    for word in ("干部作风建设年", "三化", "十五五", "移风店镇", "蓝谷"):
        assert word in words


def test_the_user_dictionary_leaves_jiebas_own_tokenizer_alone():
    tokens("扎实开展干部作风建设年活动")
    assert "干部作风建设年" not in jieba.lcut("扎实开展干部作风建设年活动")


def test_stopwords_come_from_stopwordsiso_and_the_domain_list():
    stop = stopwords()
    assert {"我们", "的"} <= stop  # stopwordsiso
    assert {"推动", "全面", "要"} <= stop  # domain list
    terms = content_terms("要全面推动即墨高质量发展")
    assert terms == ["即墨", "高质量发展"]


CONTENT_TERMS = [
    ("即墨高质量发展", ["即墨", "高质量发展"], "two or more Han characters"),
    ("墨水河边的村", ["墨水河"], "one Han character (边, 村) is no term"),
    ("2025年即墨发展", ["即墨", "发展"], "a number is no term"),
    ("发展 3.5 万元", ["发展", "万元"], "nor a decimal, nor a space"),
    ("蓝谷OPC社区", ["蓝谷", "OPC", "社区"], "a Latin word is a term"),
    ("A股市场", ["A股", "市场"], "a Latin letter with Han characters"),
    ("我们的即墨", ["即墨"], "stopwordsiso words (我们, 的) are no terms"),
    ("要全面推动即墨高质量发展", ["即墨", "高质量发展"], "domain stopwords (要, 全面, 推动) are no terms"),
]


@pytest.mark.parametrize("text, expected, reason", CONTENT_TERMS)
def test_content_terms(text, expected, reason):
    assert content_terms(text) == expected


def test_term_counts_count_each_term():
    assert term_counts("即墨即墨蓝谷，我们的蓝谷") == {"即墨": 2, "蓝谷": 2}


def test_article_tokens(seeds_corpus):
    article_id = seeds_corpus.articles["article_id"].iloc[0]
    assert "孙杰" in seeds_corpus.tokens(article_id)
    assert seeds_corpus.tokens("no-such-article") == []
