"""The dashboard over a Parquet store (JIMO_STORE): every store page opens, and shows
what the folder path shows on the same pages (the seeds and the real development pages,
one store written once per module from the local loader's cache)."""

from __future__ import annotations

import re
import shutil
from urllib.parse import quote

import pandas as pd
import pytest
from paths import REPO, SEEDS
from real_pages import REAL_PAGES
from store_writer import write_store
from streamlit.testing.v1 import AppTest

from jimo_data import load_corpus
from jimo_data.analysis import parse_query, query_mask, summary_figures
from jimo_data.analysis.summary import unplaced_pages
from jimo_data.filters import Filters, select
from jimo_data.ingest.files import discover, hash_files
from jimo_data.ingest.store import CacheStore
from jimo_data.serving import open_store
from jimo_data.views import page_script
from jimo_data.views.data import store_key, store_path
from jimo_data.views.i18n import t
from jimo_data.views.served import NOT_OFFERED, SHOWN_ROWS, STORE_PAGES
from jimo_data.views.widgets import SUMMARY_METRICS

TITLES = {module: label for module, _, label in STORE_PAGES}


def _written_store(source, base, batches: int = 2):
    """(the folder path's corpus, the store of the same pages, the cache folder); the
    store's serving database is built here, once, where the dashboard will find it."""
    cache = base / "cache"
    corpus = load_corpus(source, cache_dir=cache)
    root, files, _ = discover(source)
    state = hash_files(files, {})
    dest = write_store(base / "store", state.hashes, state.unreadable, CacheStore(cache, root).segments.read(), batches)
    open_store(dest, cache_dir=cache).close()
    return corpus, dest, cache


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    base = tmp_path_factory.mktemp("store-dashboard")
    pages = base / "pages"
    shutil.copytree(SEEDS, pages / "seeds")
    shutil.copytree(REAL_PAGES, pages / "real", ignore=shutil.ignore_patterns("*.toml", "*.md"))
    return _written_store(pages, base)


@pytest.fixture(autouse=True)
def _store_env(monkeypatch, served):
    _, dest, cache = served
    monkeypatch.delenv("JIMO_CORPUS", raising=False)
    monkeypatch.setenv("JIMO_STORE", str(dest))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))


def open_page(module: str, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if module != "store_overview":
        at.switch_page(page_script(module)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    kinds = ("markdown", "caption", "warning", "info", "error", "header", "subheader", "title")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.metric}


@pytest.mark.parametrize("module", TITLES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_store_page_opens_in_both_languages(module, lang):
    at = open_page(module, {"lang": lang})
    assert at.title[0].value == t(TITLES[module], lang)
    assert not at.error


def test_the_overview_shows_the_folder_paths_figures_and_names_the_pages_a_store_lacks(served):
    corpus = served[0]
    at = open_page("store_overview")
    expected = summary_figures(corpus.pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects)
    assert metrics(at) == {t(label): expected[key] for key, label in SUMMARY_METRICS.items()}
    assert t("page_collocates") in texts(at) and t("page_reuse") in texts(at)
    assert all(t(label) in texts(at) for label in NOT_OFFERED)


def test_a_store_at_a_url_is_served_as_the_same_store_on_disk(tmp_path, monkeypatch):
    """`--store s3://…` in production; fsspec's in-memory filesystem here (AppTest runs
    the dashboard in this process, so it sees the same memory). The seeds' store: the URL's
    path is what is tested, and every file read through fsspec's memory costs a copy."""
    import fsspec

    shutil.copytree(SEEDS, tmp_path / "pages")
    corpus, dest, cache = _written_store(tmp_path / "pages", tmp_path)
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))
    memory = fsspec.filesystem("memory")
    memory.put(str(dest), "/dashboard-store", recursive=True)
    try:
        monkeypatch.setenv("JIMO_STORE", "memory://dashboard-store")
        at = open_page("store_overview")
        expected = summary_figures(corpus.pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects)
        assert metrics(at)[t("articles")] == expected["articles"] and metrics(at)[t("pages")] == expected["pages"]
    finally:
        memory.rm("/dashboard-store", recursive=True)


def test_a_filter_from_the_url_narrows_the_figures_as_in_the_folder_path(served):
    corpus = served[0]
    wanted = select(corpus, Filters(officials=("孙杰",)))
    at = open_page("store_overview", {"official": "孙杰"})
    shown = metrics(at)
    linked = (
        open_page("store_officials", {"official": "孙杰", "q": "即墨"}).dataframe[0].value[t("col_link")]
    )  # q is written after official
    assert linked.iloc[0].count("official=") == 1 and linked.iloc[0].endswith("official=" + quote("孙杰"))
    assert shown[t("articles")] == (wanted.listing["kind"] == "article").sum()
    assert shown[t("articles")] < (corpus.articles["kind"] == "article").sum()  # it narrows
    assert shown[t("pages")] == len(wanted.pages)


def test_the_officials_ranking_has_the_folder_paths_names_and_counts(served):
    """The folder path's officials by articles, then name, cut at SHOWN_ROWS with a caption
    saying so (the development pages name more people than a page sends the browser)."""
    corpus = served[0]
    at = open_page("store_officials")
    shown = at.dataframe[0].value.set_index(t("col_name"))[t("col_articles")]
    counts = corpus.officials.groupby("name")["article_id"].nunique().rename("n").reset_index()
    expected = counts.sort_values(["n", "name"], ascending=[False, True]).head(SHOWN_ROWS).set_index("name")["n"]
    assert list(shown.items()) == list(expected.items())  # most articles first, then by name
    assert (t("store_rows_limit", n=SHOWN_ROWS) in texts(at)) is (len(counts) > SHOWN_ROWS)
    top = shown.index[0]
    assert at.dataframe[0].value[t("col_link")].iloc[0].endswith("official=" + quote(top))  # its articles in the reader


@pytest.mark.parametrize(
    "query",
    [
        "项目 开工",  # two two-character words: the bigram index alone
        "高质量发展",  # a longer word: candidates verified on their text
        "即墨 -项目",  # an exclusion
    ],
)
def test_a_text_query_lists_the_articles_the_folder_path_finds(served, query):
    corpus = served[0]
    found = corpus.articles[query_mask(parse_query(query), corpus.articles, corpus.bylines)]
    at = open_page("store_reader", {"q": query})
    assert t("results") + f" ({len(found)})" in texts(at)
    listed = at.dataframe[0].value
    assert set(listed[t("col_article_id")]) <= set(found["article_id"])
    assert len(listed) == min(len(found), 50)


def test_reading_one_article_shows_its_text_and_marks_the_query(served):
    corpus = served[0]
    article = corpus.articles[corpus.articles["body"].str.contains("开工")].iloc[0]
    at = open_page("store_reader", {"article": article["article_id"], "q": "开工"})
    first = next(p for p in article["body"].split("\n") if "开工" in p)
    shown = texts(at)
    assert first.split("开工")[0][-5:] in shown.replace("\\", "")
    assert ":color[开工]" in shown


def test_an_unknown_article_is_a_message():
    at = open_page("store_reader", {"article": "nowhere.txt#1"})
    assert "nowhere" in texts(at)


def test_a_filter_a_store_cannot_answer_is_named_and_ignored():
    at = open_page("store_overview", {"reprints": "exclude"})
    assert "`reprints`" in "\n".join(w.value for w in at.sidebar.warning)
    assert "reprints" not in at.query_params


@pytest.mark.parametrize(
    "module, key, value",
    [
        ("store_projects", "project", "英派斯项目"),
        ("store_officials", "holders_of", "即墨区委书记"),
        ("store_bylines", "role", "editor"),
        ("store_reader", "page", "001.txt"),
    ],
)
def test_a_folder_pages_setting_a_store_page_does_not_read_is_named_and_dropped(module, key, value):
    """A folder page's link opened over a store (`projects?project=…`): the store's page
    does not read it, so it says the setting was ignored and drops it from the URL (a new
    user saw all 61 projects under a URL still saying status=开工, which a store now reads)."""
    at = open_page(module, {key: value})
    assert f"`{key}`" in "\n".join(w.value for w in at.sidebar.warning)
    assert key not in at.query_params


def test_the_rankings_speak_the_interface_language(served):
    """Roles are words, not codes; a project's column is headed as a project's, not a person's name (姓名)."""
    bylines = open_page("store_bylines", {"lang": "zh"}).dataframe[0].value
    roles = set("、".join(bylines[t("role", "zh")]).split("、"))
    assert roles and roles <= {t(f"role_{role}", "zh") for role in ("reporter", "correspondent", "editor", "photographer")}
    projects = open_page("store_projects", {"lang": "zh"}).dataframe[0].value
    assert t("col_project", "zh") in projects.columns and t("col_name", "zh") not in projects.columns
    english = open_page("store_overview", {"lang": "en"})
    assert ", ".join(t(label, "en") for label in NOT_OFFERED) in texts(english)


def test_a_store_another_parser_wrote_is_said_to_be_so(served, monkeypatch, tmp_path):
    """Its rows may differ from a fresh parse of the same pages: the sidebar says so, and by which versions."""
    assert not open_page("store_overview").sidebar.warning  # this parser's own store: nothing to say
    _, dest, cache = served
    older = tmp_path / "older"
    shutil.copytree(dest, older)
    (older / "store.json").write_text('{"format": 1, "parser_version": "0123456789abcdef"}')
    monkeypatch.setenv("JIMO_STORE", str(older))
    for lang in ("zh", "en"):
        warned = "\n".join(w.value for w in open_page("store_overview", {"lang": lang}).sidebar.warning)
        assert "0123456789abcdef" in warned and "jimo ingest" in warned


def _damaged_store(folder):
    """A store whose one done batch's file list is not Parquet."""
    (folder / "done").mkdir()
    (folder / "files").mkdir()
    (folder / "store.json").write_text('{"format": 1}')
    (folder / "done" / "b0000").write_text("")
    (folder / "files" / "batch=b0000.parquet").write_bytes(b"not parquet")
    return folder


@pytest.mark.parametrize(
    "make, zh, en",
    [
        (lambda folder: folder, "不是数据仓库", "not a store"),  # no store.json
        (_damaged_store, "无法读取数据仓库", "cannot be read"),
    ],
)
def test_a_store_that_cannot_be_opened_is_a_message_in_the_interface_language(monkeypatch, tmp_path, make, zh, en):
    monkeypatch.setenv("JIMO_STORE", str(make(tmp_path)))
    for lang, words in (("zh", zh), ("en", en)):
        at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
        at.query_params["lang"] = lang
        at.run()
        assert not at.exception and words in at.error[0].value


def test_a_batch_added_to_the_store_is_served_on_a_later_rerun(monkeypatch, tmp_path):
    corpus, dest, cache = _written_store(SEEDS, tmp_path)
    held = (dest / "done" / "b0001").read_text()
    (dest / "done" / "b0001").unlink()  # the ingest has not finished this batch yet
    monkeypatch.setenv("JIMO_STORE", str(dest))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(cache))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    at.run()
    before = metrics(at)[t("pages")]
    (dest / "done" / "b0001").write_text(held)
    store_key.clear()  # what the few seconds between two checks of the layout do
    at.run()
    assert before < metrics(at)[t("pages")] == len(corpus.pages)


@pytest.mark.parametrize(
    "argv, env, expected",
    [
        (["--store", "/s"], {}, "/s"),
        (["--store=/s"], {"JIMO_STORE": "/t"}, "/s"),  # the command line wins
        ([], {"JIMO_STORE": "/t"}, "/t"),
        (["--corpus", "/c"], {"JIMO_STORE": "/t"}, None),  # a folder named on the command line wins over the env
        ([], {}, None),  # the seeds
        ([], {"JIMO_CORPUS": "<store>"}, "<store>"),  # a corpus that holds store.json is a store
        (["--corpus", "<store>"], {}, "<store>"),
    ],
)
def test_which_store_is_served(monkeypatch, served, argv, env, expected):
    dest = str(served[1])
    for name in ("JIMO_STORE", "JIMO_CORPUS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.replace("<store>", dest))
    argv = [arg.replace("<store>", dest) for arg in argv]
    assert store_path(argv) == (expected.replace("<store>", dest) if expected else None)


def test_the_results_are_paged_newest_first(served):
    corpus = served[0]
    at = open_page("store_reader")
    first = at.dataframe[0].value
    at.number_input(key="store_results_page").set_value(2).run()
    second = at.dataframe[0].value
    assert len(first) == 50 and 0 < len(second) <= 50
    assert not set(first[t("col_article_id")]) & set(second[t("col_article_id")])
    dates = pd.concat([first, second])[t("col_date")].dropna()
    assert dates.is_monotonic_decreasing and len(corpus.articles) > 100


def test_the_pages_without_a_date_are_counted_and_their_articles_a_link_away(served):
    corpus = served[0]
    unplaced = unplaced_pages(corpus.pages)
    assert unplaced["undated"] > 0  # the real pages have some
    shown = texts(open_page("store_overview"))
    assert t("pages_undated", n=unplaced["undated"]) in shown and "undated=only" in shown
    listed = texts(open_page("store_reader", {"undated": "only"}))
    assert f"{t('results')} ({corpus.articles['date'].isna().sum()})" in listed


def test_every_result_can_be_downloaded_not_only_the_page_shown():
    """A new user's CSV held the first 50 of 293 results (2026-12-06): a second button downloads all of them."""
    at = open_page("store_reader")
    total = int(re.search(r"\((\d+)\)", next(str(e.value) for e in at.subheader)).group(1))
    labels = [element.proto.label for element in at.get("download_button")]
    assert total > 50 and t("store_download_all", n=f"{total:,}") in labels, labels


def test_the_projects_ranking_keeps_the_projects_that_reached_a_stage(served):
    """`projects?status=开工` over a store (a new user found it ignored, 2026-12-06): the names a
    mention of the filtered articles reports at 开工, each with the stages its mentions report."""
    corpus = served[0]
    at = open_page("store_projects", {"status": "开工"})
    shown = at.dataframe[0].value
    started = set(corpus.projects.loc[corpus.projects["status"] == "开工", "name"])
    assert set(shown[t("col_project")]) == started and started
    assert shown[t("col_stages")].str.contains("开工").all()
    assert "开工" in at.query_params["status"] and not at.sidebar.warning  # kept in the URL, named as ignored nowhere
