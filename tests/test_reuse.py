"""Reprints across papers (jimo_data.analysis.reuse): planted copies among the seeds and
the real development pages are found with their source and lag; articles that only
share boilerplate, and everything else in the corpus, are not."""

from __future__ import annotations

import datetime as dt
import random
import shutil

import pandas as pd
import pytest
from paths import SEEDS
from real_pages import REAL_PAGES
from test_dashboard import all_text, frames, open_page

from jimo_data import load_corpus
from jimo_data.analysis import reuse
from jimo_data.analysis.reuse import MIN_CHARS, find_reprints, reprints, shingle_hashes, shingles_of
from jimo_data.cli import main
from jimo_data.filters import Filters, parse_params, select

WEEKDAYS = "一二三四五六日"
# Original text (written for this test) around a paragraph every 新即墨 report of a meeting could carry
OWN_TEXT = (
    "环秀街道近日组织辖区志愿者走进社区，为独居老人检修电路、清理楼道，并登记老人们提出的"
    "二十余条意见建议。街道负责人表示，下一步将把走访中收集到的问题分类建立台账，明确责任科室和"
    "办结时限，逐项跟踪落实，力争让每一件小事都有回音。参与活动的青年志愿者说，陪老人聊天、帮老人"
    "买菜这些事虽小，却能让人感到社区的温度，今后会坚持每周上门一次。"
)


def page(publication: str, date: dt.date, *articles: tuple[str, str]) -> str:
    """A page as an e-paper text gives it: masthead, date line, then headline and body."""
    masthead = f"{publication}\n\n{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}\n\n"
    return masthead + "\n\n".join(f"{headline}\n\n{body}" for headline, body in articles) + "\n"


def body_of(corpus, headline: str) -> str:
    (body,) = corpus.articles.loc[corpus.articles["headline"] == headline, "body"]
    return body.replace("\n", "\n\n")


def shortened(body: str, keep: float) -> str:
    """The first `keep` of the body's paragraphs: a copy cut short by an editor."""
    paragraphs = body.split("\n\n")
    return "\n\n".join(paragraphs[: max(1, round(len(paragraphs) * keep))])


SUN_JIE = "孙杰赴枣庄市山亭区 考察产业帮扶工作"  # 新即墨, 2026-03-09
ZHANG = "张宏业到移风店镇调研"  # 新即墨, 2026-03-09
INDUSTRY = "即墨:实施七大工程,提速制造业发展"  # 青岛日报, 2023-03-20


@pytest.fixture(scope="module")
def cache(session_cache):
    return session_cache  # the seeds and the real pages parsed once for the session


def plant(folder, seeds_corpus) -> None:
    """Pages with planted reprints, and a page that only shares a paragraph of
    boilerplate, in `folder`/planted."""
    first_paragraph = body_of(seeds_corpus, SUN_JIE).split("\n\n")[0]
    pages = {
        # three days later in the city paper, under a new headline
        "qd_0312.txt": page("青岛日报", dt.date(2026, 3, 12), ("即墨山亭携手深化产业协作", body_of(seeds_corpus, SUN_JIE))),
        # the same day in the city paper: the higher-level paper is the source
        "qd_0309.txt": page("青岛日报", dt.date(2026, 3, 9), (ZHANG, body_of(seeds_corpus, ZHANG))),
        # a district paper reprints the city paper's report four days later, a third shorter
        "xjm_0324.txt": page("新即墨", dt.date(2023, 3, 24), (INDUSTRY, shortened(body_of(seeds_corpus, INDUSTRY), 2 / 3))),
        # not a reprint: one paragraph of another report, then its own text
        "xjm_0401.txt": page("新即墨", dt.date(2026, 4, 1), ("社区志愿服务暖人心", first_paragraph + "\n\n" + OWN_TEXT)),
    }
    (folder / "planted").mkdir()
    for name, text in pages.items():
        (folder / "planted" / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def planted(tmp_path_factory, seeds_corpus, cache):
    """Seeds and real pages with the planted pages."""
    folder = tmp_path_factory.mktemp("reuse")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(REAL_PAGES, folder / "real", ignore=shutil.ignore_patterns("gold", "*.tsv"))
    plant(folder, seeds_corpus)
    return load_corpus(folder, cache_dir=cache)


def cluster_of(found, page_name: str):
    (cluster,) = found.loc[found["article_id"].str.startswith(f"planted/{page_name}"), "cluster_id"]
    return found[found["cluster_id"] == cluster].set_index("role")


@pytest.mark.parametrize(
    "planted_page, source, copy_headline, lag, min_share",
    [
        ("qd_0312.txt", ("新即墨", SUN_JIE), "即墨山亭携手深化产业协作", 3, 0.99),  # a new headline changes nothing
        ("qd_0309.txt", ("青岛日报", ZHANG), ZHANG, 0, 0.99),  # same day: 青岛日报 (city) before 新即墨 (district)
        ("xjm_0324.txt", ("青岛日报", INDUSTRY), INDUSTRY, 4, 0.99),  # all of the shortened copy is in the source
    ],
)
def test_a_planted_reprint_is_found_with_its_source_and_lag(planted, planted_page, source, copy_headline, lag, min_share):
    cluster = cluster_of(reprints(planted), planted_page)
    assert len(cluster) == 2
    assert (cluster.at["source", "publication"], cluster.at["source", "headline"]) == source
    assert cluster.at["copy", "headline"] == copy_headline
    assert (cluster.at["source", "lag_days"], cluster.at["copy", "lag_days"]) == (0, lag)
    assert cluster.at["copy", "share"] >= min_share


# The two reprints the real pages hold: a content farm's copy (round 21) of a 新和县 report another
# round's page carries too, a day after the meeting both report; and a Jiangxi provincial site's copy
# (round 14) of a 弋阳 county account's report (round 40), 25 days after it.
REAL_REPRINTS = {"real/h21bcsvg_20240930_1.txt", "real/h14ayy_20200124_1.txt"}


def test_only_the_planted_reprints_are_found(planted):
    """Shared boilerplate (a paragraph, or the seeds' two 区政府常务会议 reports three
    years apart) makes no cluster; of the real pages, only two reports' two copies each do."""
    found = reprints(planted)
    copies = set(found.loc[found["role"] == "copy", "article_id"].str.split("#").str[0])
    assert copies == {"planted/qd_0312.txt", "planted/xjm_0324.txt", "seeds/001_736da492cd51ba95.txt", *REAL_REPRINTS}
    assert found["cluster_id"].nunique() == 5


def test_reprints_are_kept_for_the_next_process_and_derived_again_when_a_text_changes(planted, tmp_path, monkeypatch):
    """A new load of the same folder (a new dashboard process) reads the clusters from the
    cache folder; an edited article, or a damaged copy, derives them again."""
    folder, cache = planted.root, tmp_path / "cache"
    first = reprints(load_corpus(folder, cache_dir=cache))
    assert first.equals(reprints(planted))
    (kept,) = (cache / "derived").glob("*/reprints-*")

    def derived_again(*_):
        raise AssertionError("derived again")

    with monkeypatch.context() as patched:
        patched.setattr(reuse, "candidate_pairs", derived_again)
        assert reprints(load_corpus(folder, cache_dir=cache)).equals(first)  # read back, the same dtypes
    (kept / "reprints.parquet").write_bytes(b"damaged")
    assert reprints(load_corpus(folder, cache_dir=cache)).equals(first)
    assert len(list((cache / "derived").glob("*/reprints-*"))) == 1
    copy = folder / "planted" / "qd_0312.txt"
    original = copy.read_text("utf-8")
    try:
        copy.write_text(original.replace("即墨山亭携手深化产业协作", "即墨山亭携手深化产业协作（续）"), "utf-8")
        with monkeypatch.context() as patched, pytest.raises(AssertionError, match="derived again"):
            patched.setattr(reuse, "candidate_pairs", derived_again)
            reprints(load_corpus(folder, cache_dir=cache))
    finally:
        copy.write_text(original, "utf-8")


def test_the_seeds_and_real_pages_alone_have_no_reprints(seeds_corpus):
    assert reprints(seeds_corpus).empty


@pytest.mark.parametrize(
    "body, compared, why",
    [
        ("图为活动现场。", False, "a caption"),
        ("字" * (MIN_CHARS - 1), False, "one character short of the minimum"),
        ("，。 \n" * 100 + "字" * (MIN_CHARS - 1), False, "punctuation and spaces do not count"),
        ("字" * MIN_CHARS, True, "long enough"),
    ],
)
def test_short_articles_are_not_compared(body, compared, why):
    assert bool(shingles_of(body)) == compared, why
    assert bool(len(shingle_hashes([body])[0])) == compared, why


def test_bodies_hashed_together_have_each_its_own_shingles(seeds_corpus, real_corpus, monkeypatch):
    """Hashed end to end, in batches, each body gets the hashes of its own shingles and
    none spanning two bodies: one hash per distinct 5-gram, as hashed alone."""
    bodies = [*seeds_corpus.articles["body"], *real_corpus.articles["body"], "字" * MIN_CHARS, "", "图为活动现场。"]
    monkeypatch.setattr(reuse, "BATCH_TEXTS", 7)  # batch ends inside the list, and a short last batch
    together = shingle_hashes(bodies)
    assert [len(hashes) for hashes in together] == [len(shingles_of(body)) for body in bodies]
    assert sum(len(hashes) > 0 for hashes in together) > 50
    for body, hashes in zip(bodies, together):
        assert hashes.tolist() == shingle_hashes([body])[0].tolist()


def test_the_reprints_filter_leaves_out_copies_only(planted):
    link = parse_params({"reprints": ["exclude"]}, planted)
    assert link.messages == [] and link.filters.slug() == "no-reprints"
    kept = set(select(planted, link.filters).listing["article_id"])
    found = reprints(planted)
    assert set(planted.articles["article_id"]) - kept == set(found.loc[found["role"] == "copy", "article_id"])
    assert set(found.loc[found["role"] == "source", "article_id"]) <= kept


def random_text(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))


@pytest.mark.parametrize(
    "shared, own, reprint, why",
    [
        (1.0, 0.0, True, "a whole copy"),
        (0.66, 0.0, True, "a copy cut by a third: all of it is in the source"),
        (0.34, 0.0, True, "a copy that keeps a third of the source"),
        (0.6, 0.4, True, "most of the copy is the source's text"),
        (0.45, 0.55, False, "less than half of it is"),
        (0.35, 0.65, False, "a third of it is"),
    ],
)
def test_a_text_is_a_reprint_when_most_of_it_is_in_the_other(shared, own, reprint, why):
    """Shares of a 1,000-character source, on text with no shingle in common by chance."""
    rng = random.Random(0)
    source = random_text(rng, 1000)
    other = source[: int(1000 * shared)] + random_text(rng, int(1000 * own))
    articles = {
        "article_id": ["a#1", "b#1"],
        "kind": ["article", "article"],
        "body": [source, other],
        "date": [dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 5)],
        "publication": ["青岛日报", "新即墨"],
        "headline": ["甲", "乙"],
        "page_id": ["a", "b"],
    }
    found = find_reprints(pd.DataFrame(articles))
    assert list(found["role"]) == (["source", "copy"] if reprint else []), why


def test_a_bad_reprints_value_is_named_and_ignored(seeds_corpus):
    link = parse_params({"reprints": ["some"]}, seeds_corpus)
    assert link.filters == Filters()
    assert [str(m) for m in link.messages] == ["`reprints`: “some” is not one of include, exclude; ignored"]


def test_the_cli_prints_each_cluster_source_first(planted, cache, capsys):
    assert main(["--cache-dir", str(cache), "reuse", str(planted.root)]) == 0
    header, *lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert header == ["cluster", "role", "date", "lag", "share", "publication", "headline", "article_id"]  # a new user had none
    assert [(cid, role, lag, pub) for cid, role, _date, lag, _share, pub, *_ in lines] == [
        ("1", "source", "—", "—"),  # the real pages' reprints (REAL_REPRINTS): sites and accounts that name no paper
        ("1", "copy", "+25d", "—"),
        ("2", "source", "—", "青岛日报"),
        ("2", "copy", "+4d", "新即墨"),
        ("3", "source", "—", "—"),
        ("3", "copy", "+1d", "—"),
        ("4", "source", "—", "青岛日报"),
        ("4", "copy", "+0d", "新即墨"),
        ("5", "source", "—", "新即墨"),
        ("5", "copy", "+3d", "青岛日报"),
    ]


@pytest.fixture
def dashboard_on_planted(monkeypatch, planted, cache):
    monkeypatch.setenv("JIMO_CORPUS", str(planted.root))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))


@pytest.mark.parametrize(
    "params, clusters, labels",
    [
        ({}, 5, ("稿件组", "角色", "来源")),  # every cluster
        ({"from": "2026-01-01"}, 2, ("稿件组", "角色", "来源")),  # the two stories of March 2026
        ({"to": "2025-12-31", "lang": "en"}, 3, ("Story", "Role", "Source")),  # the one of 2023 and the real pages' of 2019 and 2024
        ({"pub": "青岛日报", "from": "2026-03-10"}, 1, ("稿件组", "角色", "来源")),  # its copy of 3-12, with its source
    ],
)
def test_the_reprints_page_lists_the_clusters_of_the_filtered_articles(dashboard_on_planted, params, clusters, labels):
    (shown,) = frames(open_page("reuse", params))
    story, role, source = labels
    assert shown[story].nunique() == clusters
    assert (shown[role] == source).sum() == clusters
    paper = shown.columns[shown.columns.isin(["报纸", "Publication"])][0]
    assert shown[paper].ne("").all(), "a printing of no known paper is named as the filter names it (a new user's)"


def test_the_reader_names_the_other_printings(dashboard_on_planted, planted):
    copy = planted.articles.loc[planted.articles["article_id"].str.startswith("planted/qd_0312"), "article_id"].iloc[0]
    at = open_page("reader", {"article": copy})
    finding = [button for button in at.button if button.key == "find_reprints"]
    if finding:  # reprints not yet found in this process: the reader offers to find them
        finding[0].click().run()
    text = all_text(at)
    assert "也刊登于：[新即墨 2026-03-09]" in text and "（来源）" in text
