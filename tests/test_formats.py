"""Composed pages (tests/pages/) for each format the papers use, with their expected reading."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from jimo_data import load_corpus

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def composed(session_cache):
    return load_corpus(PAGES, cache_dir=session_cache)  # the real pages among them: parsed once for the session


def page(corpus, page_id):
    return corpus.pages.set_index("page_id").loc[page_id]


def articles(corpus, page_id):
    return corpus.articles[corpus.articles["page_id"] == page_id].sort_values("seq")


def people(corpus, article_id):
    rows = corpus.bylines[corpus.bylines["article_id"] == article_id]
    return sorted(zip(rows["name"], rows["role"], rows["outlet"]))


def officials(corpus, page_id):
    rows = corpus.officials[corpus.officials["page_id"] == page_id]
    return sorted(zip(rows["name"], rows["title"], rows["office"]))


def test_epaper_navigation_lines_give_date_page_and_section_and_are_not_articles(composed):
    p = page(composed, "epaper_navigation.txt")
    assert (p["publication"], p["date"], p["date_source"], p["page_no"], p["section"]) == (
        "新即墨",
        pd.Timestamp("2025-05-12"),
        "masthead",
        1,
        "要闻",
    )
    got = articles(composed, "epaper_navigation.txt")
    assert list(got["headline"]) == ["即墨召开全区安全生产工作会议"]


def test_half_width_punctuation_and_editor_line(composed):
    article_id = "epaper_navigation.txt#1"
    assert people(composed, article_id) == [("赵晓东", "reporter", ""), ("陈晨", "editor", "")]
    assert officials(composed, "epaper_navigation.txt") == [
        ("张宏业", "区委副书记、区长", "即墨区区长"),
        ("王新双", "副区长", "即墨区副区长"),
    ]
    projects = composed.projects[composed.projects["page_id"] == "epaper_navigation.txt"]
    # `全力推动…项目开工建设`: a push for the works to start, a goal, no stage reached (docs/parsing.md)
    assert list(zip(projects["name"], projects["status"])) == [("青岛英派斯体育产业园项目", "")]


def test_qingdao_daily_byline_formats(composed):
    got = articles(composed, "qingdao_bylines.txt")
    assert list(got["headline"]) == ["移风店镇大白菜丰收节开幕", "蓝谷海洋产业加速集聚", "田横镇推进乡村振兴"]
    ids = list(got["article_id"])
    assert people(composed, ids[0]) == [("孙丽", "reporter", ""), ("许可", "editor", "")]
    assert people(composed, ids[1]) == [("刘洋", "correspondent", ""), ("高建", "reporter", "")]
    assert people(composed, ids[2]) == [
        ("张伟", "correspondent", ""),
        ("李娜", "correspondent", ""),
        ("王凯", "reporter", "观海新闻/青岛早报"),
    ]


def test_ordinary_people_are_not_officials_and_names_stop_at_the_verb(composed):
    assert officials(composed, "qingdao_bylines.txt") == [
        ("孙海涛", "田横镇党委书记", "田横镇党委书记"),
        ("赵明", "宣传部部长", "宣传部部长"),
    ]


def test_title_chains_with_commas_and_lists_of_officials(composed):
    assert officials(composed, "officials_orders.txt") == [
        ("习近平", "总书记", "中共中央总书记"),
        ("宋宗军", "区政协主席", "即墨区政协主席"),
        ("王宝善", "区人大常委会主任", "即墨区人大常委会主任"),
        ("韩世军", "区委书记、青岛蓝谷管理局党委书记", "即墨区委书记"),
    ]


def test_multi_line_headline_subhead_caption_and_broken_sentence(composed):
    got = articles(composed, "headline_blocks.txt")
    assert list(got["kind"]) == ["article", "caption", "article"]
    first, caption, second = got.itertuples()
    assert (first.kicker, first.headline, first.subheadline) == ("乘势而上开新局", "奋力谱写即墨高质量发展新篇章", "访即墨区委书记孙杰")
    assert "以项目建设为抓手 推动经济稳步增长\n" in first.body  # an in-body subhead stays a paragraph
    assert "为中国式现代化贡献即墨力量。" in first.body  # the broken sentence is rejoined
    assert first.continued == "下转二版"
    assert caption.body == "即墨古城夜景。"
    assert (second.headline, second.subheadline) == ("区政协召开常委会议", "张宏业主持会议并讲话")
    assert people(composed, second.article_id) == [("周程林", "reporter", ""), ("江如意", "reporter", "")]


def test_a_dateline_without_a_year_on_the_page_gives_no_date(composed):
    p = page(composed, "no_year.txt")
    assert pd.isna(p["date"]) and p["date_source"] == "unknown"
    assert p["status"] == "warning" and "no date" in p["problems"]
    assert p["publication"] == "青岛日报"


def test_section_page_with_staff_caption_and_a_page_that_starts_mid_article(composed):
    p = page(composed, "section_page.txt")
    assert (p["publication"], p["section"], p["date"], p["date_source"]) == ("青岛日报", "今日即墨", pd.Timestamp("2024-05-10"), "inferred")
    assert "2024年5月10日正式开工" in p["date_evidence"]
    got = articles(composed, "section_page.txt")
    assert list(got["kind"]) == ["article", "caption", "article"]
    first, caption, second = got.itertuples()
    assert first.headline == "" and first.body.startswith("但在产业链配套方面") and first.continued == "下转第三版"
    assert people(composed, first.article_id) == [
        ("张华", "editor", ""),
        ("李明", "editor", ""),
        ("王强", "editor", ""),
        ("赵丽", "editor", ""),
    ]
    assert caption.body.startswith("鳌山卫街道") and people(composed, caption.article_id) == [("刘洋", "photographer", "")]
    assert second.headline == "即墨港口物流加快发展"
    assert people(composed, second.article_id) == [("孙明", "correspondent", ""), ("王涛", "reporter", "青岛日报/观海新闻")]
    projects = composed.projects[composed.projects["article_id"] == second.article_id]
    assert list(zip(projects["name"], projects["status"])) == [("女岛港扩建项目", "开工")]
