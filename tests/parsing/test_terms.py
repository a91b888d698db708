"""Segmentation: the shipped dictionary and stopwords shape the terms table."""

from __future__ import annotations

from jimo_data.parsing.terms import content_terms, stopwords, tokens


def test_user_dictionary_keeps_corpus_words_whole():
    words = tokens("扎实开展干部作风建设年活动，以三化攻坚破局，确保十五五良好开局，移风店镇与蓝谷联动")
    for word in ("干部作风建设年", "三化", "十五五", "移风店镇", "蓝谷"):
        assert word in words


def test_stopwords_come_from_stopwordsiso_and_the_domain_list():
    stop = stopwords()
    assert {"我们", "的"} <= stop  # stopwordsiso
    assert {"推动", "全面", "要"} <= stop  # domain list
    terms = content_terms("要全面推动即墨高质量发展")
    assert terms == ["即墨", "高质量发展"]


def test_article_tokens(seeds_corpus):
    article_id = seeds_corpus.articles["article_id"].iloc[0]
    assert "孙杰" in seeds_corpus.tokens(article_id)
    assert seeds_corpus.tokens("no-such-article") == []
