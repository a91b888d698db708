"""Every dashboard page's logic through streamlit.testing.v1.AppTest, on the seeds."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pandas as pd
import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest

from jimo_data.views import PAGES as PAGE_LIST
from jimo_data.views import page_script
from jimo_data.views.i18n import LABELS, t
from jimo_data.views.state import PAGE_OPTIONS
from jimo_data.views.widgets import OTHER_COLOUR, SERIES_COLOURS

PAGES = [module for module, _, _ in PAGE_LIST]
TITLES = {
    "zh": {
        "overview": "概览",
        "timeline": "期号时间线",
        "keywords": "关键词",
        "bylines": "署名",
        "officials": "官员",
        "projects": "项目",
        "reuse": "转载",
        "reader": "阅读",
        "collocates": "搭配",
    },
    "en": {
        "overview": "Overview",
        "timeline": "Timeline",
        "keywords": "Keywords",
        "bylines": "Bylines",
        "officials": "Officials",
        "projects": "Projects",
        "reuse": "Reprints",
        "reader": "Reader",
        "collocates": "Collocates",
    },
}


def open_page(page: str, params: dict | None = None, lang: str | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    if lang:
        at.query_params["lang"] = lang
    at.run()
    if page != "overview":
        at.switch_page(page_script(page)).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture(autouse=True)
def _seeds(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


def frames(at: AppTest) -> list[pd.DataFrame]:
    return [element.value for element in at.dataframe]


def all_text(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "warning", "info", "success", "header", "subheader", "title", "text")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_renders_in_both_languages(page, lang):
    at = open_page(page, lang=lang)
    assert at.title[0].value == TITLES[lang][page]


def test_overview_counts_and_data_quality():
    at = open_page("overview")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["版面"] == "5" and metrics["文章"] == "21" and metrics["期数"] == "5"  # five dated pages of five (paper, day) issues
    inferred = next(f for f in frames(at) if "依据" in f.columns)
    assert set(inferred["版面"]) == {"003_10918a961b3f8c53.txt", "004_6220ff5f0f64df25.txt"}
    assert "2023年3月20日启动正式签约" in " ".join(inferred["依据"])


def test_official_filter_leaves_only_his_2023_articles_in_the_reader():
    at = open_page("reader", {"official": "韩世军", "from": "2023-01-01"})
    results = frames(at)[0]
    assert len(results) == 2
    assert set(results["日期"].dt.year) == {2023}
    assert all("韩世军" in officials for officials in results["官员"])


def test_each_filter_narrows_the_reader():
    everything = len(frames(open_page("reader"))[0])
    for params in ({"from": "2026-01-01"}, {"to": "2023-12-31"}, {"pub": "青岛日报"}, {"byline": "刘云睿"}, {"q": "观摩"}):
        narrowed = frames(open_page("reader", params))[0]
        assert 0 < len(narrowed) < everything, params
    assert set(frames(open_page("reader", {"byline": "刘云睿"}))[0]["署名"].str.contains("刘云睿")) == {True}


def test_bylines_from_2026_hold_no_2023_reporter(seeds_corpus):
    at = open_page("bylines", {"from": "2026-01-01"})
    ranking = frames(at)[0]
    credits = seeds_corpus.bylines
    only_before_2026 = set(credits.loc[credits["date"].dt.year < 2026, "name"]) - set(credits.loc[credits["date"].dt.year >= 2026, "name"])
    assert {"孙龙飞", "王涛"} <= only_before_2026
    assert not only_before_2026 & set(ranking["姓名"])
    assert (ranking["首次提及"] >= pd.Timestamp("2026-01-01")).all()


def test_officials_page_shows_sun_jie_with_both_offices_and_dates():
    at = open_page("officials")
    table = frames(at)[0]
    sun = table[table["姓名"] == "孙杰"].set_index("职务")
    assert sun.loc["即墨区区长", "首次提及"] == pd.Timestamp("2023-02-25")
    assert sun.loc["即墨区委书记", "首次提及"] == pd.Timestamp("2026-03-09")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert any(trace.get("name") == "即墨区委书记" for trace in chart["data"])


def test_officials_table_lists_the_most_mentioned_first():
    """Most mentioned first, as the store's ranking; a name's code point is no order a reader sees."""
    counts = list(frames(open_page("officials"))[0]["提及次数"])
    assert counts == sorted(counts, reverse=True) and len(set(counts)) > 1


def test_the_career_chart_spans_a_year_at_least():
    """One official of one day (a new user's 何运平) draws a short bar on a year's axis,
    not a bar across the chart; a longer career keeps its own span."""
    one_day = json.loads(open_page("officials", {"official": "宋宗军"}).get("plotly_chart")[0].proto.spec)
    start, end = pd.to_datetime(one_day["layout"]["xaxis"]["range"])
    assert 365 <= (end - start).days <= 366
    careers = json.loads(open_page("officials").get("plotly_chart")[0].proto.spec)
    start, end = pd.to_datetime(careers["layout"]["xaxis"]["range"])
    first_bar = min(pd.Timestamp(base) for trace in careers["data"] for base in trace["base"])
    assert start == first_bar and (end - start).days > 3 * 365  # the bars' own span, unpadded


def test_selecting_an_official_sets_the_global_filter_and_keeps_the_table():
    """A new user's: ticking 孙杰 cut the table to the people of his articles, so the next click
    ticked another row than meant, and 张宏业 (who never appears with him) could not be ticked."""
    at = open_page("officials")
    names = list(frames(at)[0]["姓名"])

    def tick(*people):
        at.session_state["officials_table"] = {"selection": {"rows": [names.index(p) for p in people], "columns": []}}
        at.run()
        assert not at.exception

    tick("孙杰")
    assert at.query_params["official"] in (["孙杰"], "孙杰")
    assert list(frames(at)[0]["姓名"]) == names, "every row where it was"
    assert at.selectbox(key="holders_office").value in {"即墨区区长", "即墨区委书记"}, "an office of the person ticked"
    at.selectbox(key="holders_office").set_value("青岛市委书记").run()
    assert at.selectbox(key="holders_office").value == "青岛市委书记", "…and an office picked then stays (a review's find)"
    tick("孙杰", "张宏业")
    assert at.query_params["official"] == ["孙杰", "张宏业"]
    careers = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {label.split("（")[0] for trace in careers["data"] for label in trace["y"]} == {"孙杰", "张宏业"}, "the ticked people's careers"
    at.selectbox(key="holders_office").set_value("即墨区区长").run()
    holders = frames(at)[1]
    assert {"孙杰", "张宏业"} <= set(holders.iloc[:, 0]), "an office's holders, whoever is ticked"


def test_timeline_reports_the_18_missing_issues():
    at = open_page("timeline")
    assert any("缺失 18 期（第3390期与第3409期之间）" in w.value for w in at.warning)
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["type"] == "bar"


@pytest.mark.parametrize(
    "params, says, why",
    [
        ({"to": "2023-12-31"}, "所选报纸的版面都没有期号", "no numbered issue within the dates: not 'consecutive' (a new user's find)"),
        ({"from": "2026-03-01", "to": "2026-03-31"}, "只有一期印有期号（第3390期）", "one numbered issue: nothing to compare"),
    ],
)
def test_timeline_gaps_speak_of_the_issues_within_the_dates(params, says, why):
    at = open_page("timeline", params)
    said = " ".join(str(e.value) for kind in ("info", "success", "warning") for e in getattr(at, kind))
    assert says in said and "期号连续" not in said, why
    assert t("issue_gaps_scope", "zh") in " ".join(c.value for c in at.caption)


def test_keywords_trend_keyness_and_kwic():
    at = open_page("keywords", {"terms": "孙杰,项目", "kwic": "韩世军", "official": "孙杰"})
    trend, key_terms, kwic = frames(at)[:3]
    assert set(trend["词"]) == {"孙杰", "项目"}
    assert "孙杰" in set(key_terms["词"])
    assert set(kwic["检索词"]) == {"韩世军"} and kwic["链接"].str.startswith("/reader?").all()
    assert at.get("imgs") or at.get("image")  # the word cloud


def test_the_keywords_trend_follows_the_words_searched_for():
    """A user who searched 营商环境 (and 项目) in the sidebar finds their trend and lines here,
    without typing them again; a term typed on the page (the URL's `terms`) still wins."""
    at = open_page("keywords", {"q": "营商环境 项目"})
    assert at.text_input(key="terms_input").value == "营商环境,项目"
    assert at.text_input(key="kwic_input").value == "营商环境"
    at = open_page("keywords", {"q": "营商环境", "terms": "企业"})
    assert at.text_input(key="terms_input").value == "企业"


def test_the_keywords_trend_follows_a_new_search_until_terms_are_typed():
    """A new user searched 项目, then 开工 in the sidebar: the trend stayed on 项目."""
    at = open_page("keywords", {"q": "项目"})
    assert at.text_input(key="terms_input").value == "项目" and "terms" not in at.query_params
    at.sidebar.text_input(key="w_q").set_value("开工").run()
    assert at.text_input(key="terms_input").value == "开工" and "terms" not in at.query_params
    at.text_input(key="terms_input").set_value("孙杰").run()
    at.sidebar.text_input(key="w_q").set_value("项目").run()
    assert at.text_input(key="terms_input").value == "孙杰"  # typed: it stays, and the link holds it
    assert at.query_params["terms"] in ("孙杰", ["孙杰"])
    at.text_input(key="terms_input").set_value("").run()
    assert at.text_input(key="kwic_input").value == "项目", "an emptied box: the search's words again"


def test_the_word_in_context_follows_the_terms_typed_until_a_word_of_its_own_is():
    """A new user typed 孙杰,韩世军 and the lines stayed on 项目."""
    at = open_page("keywords", {"terms": "项目"})
    assert at.text_input(key="kwic_input").value == "项目"
    at.text_input(key="terms_input").set_value("孙杰,韩世军").run()
    assert at.text_input(key="kwic_input").value == "孙杰"
    assert set(frames(at)[2]["检索词"]) == {"孙杰"}
    at.text_input(key="kwic_input").set_value("观摩").run()
    at.text_input(key="terms_input").set_value("项目").run()
    assert at.text_input(key="kwic_input").value == "观摩"  # typed: it stays


def test_the_keyword_trend_counts_from_zero():
    chart = json.loads(open_page("keywords", {"terms": "项目"}).get("plotly_chart")[0].proto.spec)
    assert chart["layout"]["yaxis"]["rangemode"] == "tozero"


def test_projects_status_filter():
    at = open_page("projects", {"status": "开工"})
    table = frames(at)[0]
    assert set(table["最新状态"]) == {"开工"}
    assert "半导体产业基地" in set(table["项目"])  # `半导体产业基地正式开工`; not the targets a work report pushes for
    assert "在上方项目表中勾选一行，可查看另一个项目的报道原句。" in all_text(at)  # how to see another's sentences


def test_a_page_of_empty_sections_says_so_in_full_once():
    """Filters that together keep no article (新即墨's 韩世军 before 2023: each keeps some alone): the officials page says
    so once in full, with what each filter keeps by itself, and each later empty section only that it is empty too
    (a new user read the same box four times on one page)."""
    at = open_page("officials", {"pub": "新即墨", "official": "韩世军", "to": "2022-12-31"})
    assert [info.value for info in at.info].count(t("no_rows", "zh")) == 1
    captions = [caption.value for caption in at.caption]
    assert captions.count(t("no_rows_again", "zh")) >= 1
    alone = [caption for caption in captions if caption.startswith("各筛选条件单独保留的文章数：")]
    assert len(alone) == 1 and "新即墨" not in alone[0] and re.search(r"官员 \d", alone[0]), alone


@pytest.mark.parametrize(
    "params", [{"status": "签约"}, {"official": "孙杰", "status": "开工"}], ids=["no such stage", "not under the filter"]
)
def test_a_stage_no_project_reached_under_the_filters_is_kept_and_shows_none(params):
    """A link's stage that no project reached here (the seeds have no 签约; 孙杰's articles no
    开工) stays chosen and in the URL, and the page says nothing matches: it is not dropped."""
    at = open_page("projects", params)
    assert at.multiselect(key="project_status").value == [params["status"]]
    assert at.query_params["status"] == params["status"]  # one value: a string
    text = all_text(at)
    assert text.count("当前筛选下没有数据。") == 1  # said once for the page, no empty section under it (a new user's)
    assert "提及语句" not in text
    reported = text.split("这些筛选下的项目报道过的阶段（项目数）：")[1].split("。")[0]  # which stage to ask for instead
    assert params["status"] not in reported and re.fullmatch(r"(?:(?:签约|落地|启动|开工|建设|竣工|投产|投用|启用|运营) \d+，?)+", reported)


@pytest.mark.parametrize(
    "params, fragment",
    [
        ({"from": "notadate"}, "notadate"),
        ({"official": "无此人"}, "无此人"),
        ({"to": "2023-01-01", "from": "2024-01-01"}, "2024-01-01 > 2023-01-01"),
        ({"lang": "fr"}, "fr"),
        ({"byline": "<script>alert(1)</script>"}, "script"),
        ({"publication": "新即墨"}, "`publication` 不是筛选条件或页面设置，是否要找：pub"),  # a key no filter or page reads: a new user's
    ],
)
def test_bad_url_values_give_a_message_and_no_exception(params, fragment):
    at = open_page("reader", params)
    messages = " ".join(w.value for w in at.sidebar.warning)
    assert fragment in messages.replace("\\", "")
    assert len(frames(at)[0]) == 21 + 4  # the bad value is ignored: nothing filtered


@pytest.mark.parametrize(
    "params, left",
    [
        ({"publication": "新即墨", "pub": "新即墨"}, {"pub": "新即墨"}),
        ({"article": "no-such-article"}, {}),
        ({"page": "no-such-page", "hl": "项目"}, {"hl": "项目"}),
        ({"role": ["reporter", "nobody"]}, {"role": "reporter"}),
        ({"freq": "fortnight"}, {}),
    ],
)
def test_the_url_keeps_only_what_the_page_used(params, left):
    """A link's key no one reads and a page option's unusable value leave the URL once the sidebar
    has named them, as a filter's do (a new user's: `publication=` and `article=` stayed)."""
    at = open_page("reader", params)
    assert at.sidebar.warning  # named first
    assert {key: at.query_params[key] for key in at.query_params} == left


@pytest.mark.parametrize("page, params", [("collocates", {"term": "项目", "window": "3"}), ("keywords", {"terms": "项目", "kwic": "项目"})])
def test_a_pages_own_settings_are_no_unknown_parameters(page, params):
    at = open_page(page, params)
    assert "不是筛选条件或页面设置" not in " ".join(w.value for w in at.sidebar.warning)


def test_a_chip_label_copied_as_a_value_names_its_official():
    at = open_page("reader", {"official": "韩世军（即墨区）"})
    assert not at.sidebar.warning
    assert at.sidebar.multiselect(key="w_official").value == ["韩世军"]


def test_unknown_article_and_page_in_the_reader():
    at = open_page("reader", {"article": "nope#1", "page": "nope.txt"})
    text = " ".join(w.value for w in at.warning)
    assert "nope" in text


def test_reader_shows_an_article_with_highlights_and_its_page():
    from jimo_data.views.widgets import marked

    at = open_page("reader", {"article": "004_6220ff5f0f64df25.txt#4", "q": "观摩"})
    assert at.header[0].value == f"全区重点项目现场{marked('观摩')}会举行"
    page_text = (SEEDS / "004_6220ff5f0f64df25.txt").read_text("utf-8")
    at.toggle[0].set_value(True).run()  # the page text is sent only when asked for
    assert [e.value for e in at.text if e.value.strip() == page_text.strip()]  # the page, as extracted


def test_csv_download_is_utf8_bom_and_equals_the_table():
    from jimo_data.export import csv_bytes
    from jimo_data.filters import Filters
    from jimo_data.views.widgets import csv_file_name

    at = open_page("bylines", {"from": "2026-01-01"})
    shown = frames(at)[0]
    assert at.download_button[0].label.endswith(f"({len(shown)} 行)")
    data = csv_bytes(shown)
    assert data.startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")["姓名"].tolist() == shown["姓名"].tolist()
    assert csv_file_name("bylines", Filters(date_from=pd.Timestamp("2026-01-01").date())) == "jimo_bylines_2026-01-01_to_end.csv"


def test_corpus_folder_from_arguments_or_environment(monkeypatch, tmp_path):
    from jimo_data.views.data import corpus_path

    default = tmp_path / "default"
    assert corpus_path(["--corpus", str(tmp_path)], default) == tmp_path
    assert corpus_path([f"--corpus={tmp_path}"], default) == tmp_path
    monkeypatch.setenv("JIMO_CORPUS", "/elsewhere")
    assert str(corpus_path([], default)) == "/elsewhere"
    monkeypatch.delenv("JIMO_CORPUS")
    assert corpus_path([], default) == default


@pytest.mark.parametrize("argv", [["--corpus", ""], ["--corpus="], ["--corpus"], ["--corpus", "  "]])
def test_an_empty_corpus_argument_is_a_message_not_the_current_folder(monkeypatch, argv):
    """Path("") is the current folder: the dashboard must not serve whatever is there."""
    monkeypatch.setattr("sys.argv", ["dashboard.py", *argv])
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert "`--corpus` 的值为空" in at.error[0].value
    assert not at.metric  # nothing loaded


@pytest.mark.parametrize("lang, message", [("zh", "没有这个文件夹或文件"), ("en", "No such folder or file")])
def test_a_missing_corpus_folder_is_a_message_in_the_interface_language(monkeypatch, tmp_path, lang, message):
    monkeypatch.setenv("JIMO_CORPUS", str(tmp_path / "nowhere"))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    assert [e.value.count("nowhere") for e in at.error] == [1]  # the path once, in one message
    assert message in at.error[0].value


def test_a_folder_that_cannot_be_loaded_is_a_message_in_the_interface_language(monkeypatch, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(folder / "cache"))  # a cache inside the corpus: load_corpus refuses
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert at.error[0].value.startswith("无法读取")
    assert "inside the corpus folder" in at.error[0].value
    assert not at.get("progress")  # the load's bar does not stay over the message


def test_a_page_added_to_the_folder_appears_once_the_folder_is_checked_again(monkeypatch, tmp_path):
    """The folder's survey is used for FILES_CHECK_SECONDS; forgetting it stands in for
    the seconds passing."""
    import shutil

    from jimo_data.views.folder_watch import forget_all

    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    at = open_page("overview")
    assert {m.label: m.value for m in at.metric}["版面"] == "5"
    page = (SEEDS / "004_6220ff5f0f64df25.txt").read_text("utf-8")
    (folder / "005_added.txt").write_text(page.replace("2月25日", "2月26日"), "utf-8")
    forget_all()
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["版面"] == "6"


def test_a_first_load_parses_in_worker_processes_that_do_not_run_the_dashboard(monkeypatch, tmp_path, caplog):
    """Streamlit runs dashboard.py as `__main__`, which the parse's spawned processes
    import again: they once drew the dashboard themselves, failed to start, and the
    whole folder was parsed in the server's one process."""
    from jimo_data.ingest.batches import PARALLEL_FROM

    folder = tmp_path / "corpus"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(PARALLEL_FROM + 1):  # enough pages for worker processes, each its own text
        (folder / f"{i:03d}.txt").write_text(seeds[i % len(seeds)].read_text("utf-8") + f"\n（第{i}版补记）", "utf-8")
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(tmp_path / "cache"))
    with caplog.at_level("WARNING", logger="jimo_data.ingest"):
        at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=300).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["版面"] == str(PARALLEL_FROM + 1)
    assert "worker processes stopped" not in caplog.text


def test_pages_of_unknown_publication_are_a_choice_in_the_sidebar(monkeypatch, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    (folder / "b.txt").write_text("2024年5月6日\n\n区委书记孙杰到鳌山卫街道调研乡村振兴工作。\n", "utf-8")
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    for lang, shown in (("zh", "（未知刊物）"), ("en", "(unknown publication)")):
        at = open_page("reader", {"pub": "(unknown)"}, lang=lang)
        assert at.sidebar.multiselect(key="w_pub").options == ["新即墨", shown]
        ids = frames(at)[0][{"zh": "文章编号", "en": "Article ID"}[lang]]
        assert len(ids) and ids.str.startswith("b.txt#").all()


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang, message", [("zh", "版面文件（另有 1 个其他文件未读取）"), ("en", "other files not read")])
def test_a_folder_with_no_pages_says_so_on_every_page(monkeypatch, tmp_path, page, lang, message):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text("hi", "utf-8")
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(tmp_path / "cache"))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    if page != "overview":
        at.switch_page(page_script(page)).run()
    assert not at.exception, [e.message for e in at.exception]
    assert message in at.warning[0].value


def test_a_folder_without_issue_numbers_or_text_says_so(monkeypatch, tmp_path):
    """Headings with nothing under them read as a page that failed: each says why it is empty."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("2024年5月6日\n\n区委书记孙杰到鳌山卫街道调研乡村振兴工作。\n", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    for lang, said in (("zh", "都没有期号"), ("en", "No page of the selected papers carries an issue number")):
        timeline = open_page("timeline", {"pub": "(unknown)"}, lang=lang)
        assert said in " ".join(i.value for i in timeline.info)
    reader = open_page("reader", {"page": "binary.txt"}, lang="en")
    reader.toggle(key="page_text_binary.txt").set_value(True).run()
    assert "The file holds no text to show" in " ".join(i.value for i in reader.info)
    overview = open_page("overview", lang="en")
    assert "Pages whose date is inferred or unknown" in all_text(overview)


def test_a_page_link_sent_before_a_date_was_committed_keeps_the_date():
    """A date typed, then a page's link clicked: the click commits the date, and the link
    sends the URL the page had before it (`pub` only). The date stays; a link's own
    value still wins."""
    at = open_page("overview", {"pub": "新即墨"})
    at.sidebar.date_input(key="w_from").set_value(dt.date(2026, 1, 1)).run()
    assert at.query_params["from"] in ("2026-01-01", ["2026-01-01"])
    del at.query_params["from"]  # the page link's older query
    at.switch_page(page_script("timeline")).run()
    assert at.sidebar.date_input(key="w_from").value == dt.date(2026, 1, 1)
    assert at.query_params["from"] in ("2026-01-01", ["2026-01-01"])
    at.query_params["pub"] = "青岛日报"  # a value the URL changes: the URL's, whole
    at.switch_page(page_script("reader")).run()
    assert at.sidebar.multiselect(key="w_pub").value == ["青岛日报"]


def test_the_trend_note_and_the_reporters_count_say_what_they_count():
    """Under 每期 no note of months' gaps; the overview's reporters are not `jimo info`'s people."""
    by_issue = all_text(open_page("keywords", {"per": "issue"}, lang="en"))
    assert "an issue without hits is 0" in by_issue and "a month without any article" not in by_issue
    assert "A break in a line is a month without any article" in all_text(open_page("keywords", lang="en"))
    (reporters,) = [m for m in open_page("overview", lang="en").metric if m.label == "Reporters"]
    assert "jimo info" in reporters.proto.help


@pytest.mark.parametrize("lang, unknown", [("zh", "（未知刊物）"), ("en", "(unknown publication)")])
def test_a_page_without_a_publication_is_named_alike_in_the_reader(monkeypatch, tmp_path, lang, unknown):
    """The listing and the article's header say what the filter and the overview say, not a blank or (unknown)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "plain.txt").write_text("即墨召开全区安全生产工作会议\n\n近日，即墨区召开全区安全生产工作会议。\n", "utf-8")
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    at = open_page("reader", {"article": "plain.txt#1"}, lang=lang)
    assert set(frames(at)[0][t("col_publication", lang)]) == {unknown}
    assert any(c.value.replace("\\", "").startswith(unknown) for c in at.caption)  # markdown-escaped


@pytest.mark.parametrize(
    "params, bounds, reason",
    [
        ({}, [("2023-02-25", "2026-04-03")] * 2, "the seeds' span: the calendar opens among the pages, not on today"),
        ({"from": "2020-01-01"}, [("2020-01-01", "2026-04-03"), ("2023-02-25", "2026-04-03")], "widened to a link's date outside it"),
    ],
)
def test_the_date_widgets_offer_the_pages_span(params, bounds, reason):
    at = open_page("overview", params)
    assert [(str(d.min), str(d.max)) for d in at.sidebar.date_input] == bounds


def test_an_empty_table_says_whether_the_filters_or_the_corpus_left_nothing():
    """The seeds hold no reprints: with no filter set that is the corpus's, not the filters'."""
    unfiltered = [info.value for info in open_page("reuse").info]
    assert t("none_in_corpus", "zh") in unfiltered and t("no_rows", "zh") not in unfiltered
    filtered = [info.value for info in open_page("officials", {"q": "火星基地"}).info]
    assert t("no_rows", "zh") in filtered


def test_a_pages_editors_write_with_nobody():
    """A new user found seed page 003's 责编, 美编 and 审读 paired as co-authors of its first article."""
    at = open_page("bylines")
    together = frames(at)[-1]
    staff = {"王杰", "刘宗伟", "李晓萌", "王忠良", "吕雪"}
    assert len(together) and not staff & (set(together.iloc[:, 0]) | set(together.iloc[:, 1]))
    assert staff <= set(frames(at)[0].iloc[:, 0]), "…they are still credited, as editors, in the ranking"


def test_the_bylines_chart_says_it_draws_the_first_of_the_ranking():
    at = open_page("bylines")
    ranked = len(frames(at)[0])
    assert ranked > 12
    assert t("chart_top_people", "zh", n=12, total=ranked) in [caption.value for caption in at.caption]
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len({trace["name"] for trace in chart["data"]}) == 12
    # a new user summed a month's stacked bar to more articles than the month has
    assert t("per_month_stacked", "zh") in [caption.value for caption in at.caption]


def test_a_paper_keeps_its_colour_in_the_timeline_whatever_the_dates():
    """新即墨 and 青岛日报 swapped colours when a date filter changed which came first."""

    def colours(params):
        chart = json.loads(open_page("timeline", params).get("plotly_chart")[0].proto.spec)
        return {trace["name"]: trace["marker"]["color"] for trace in chart["data"]}

    every, recent = colours({}), colours({"from": "2026-01-01", "to": "2026-12-31"})
    assert len(every) >= 2 and recent
    assert all(every[paper] == colour for paper, colour in recent.items())


def test_more_papers_than_colours_share_one_bar_in_the_timeline(monkeypatch, real_corpus):
    """On the real pages (over a hundred papers) colours repeated: two papers looked one."""
    from real_pages import REAL_PAGES

    monkeypatch.setenv("JIMO_CORPUS", str(REAL_PAGES))
    at = open_page("timeline")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    colours = {trace["name"]: trace["marker"]["color"] for trace in chart["data"]}
    pages = real_corpus.pages
    if not pages.loc[pages["publication"] != "", "issue_no"].notna().any():  # as on these pages: no gap can be listed, and why
        unplaced = int(pages.loc[pages["publication"] == "", "issue_no"].notna().sum())
        assert t("issue_numbers_unplaced", "zh", n=unplaced) in [info.value for info in at.info]
    papers = set(real_corpus.pages.dropna(subset=["date"])["publication"])
    assert len(colours) == len(SERIES_COLOURS) < len(papers)
    assert len(set(colours.values())) == len(colours)
    other = t("other_papers", "zh", n=len(papers) - len(SERIES_COLOURS) + 1)
    assert colours[other] == OTHER_COLOUR  # a grey of its own: no paper's colour (a new user took it for 湖南日报's)


def test_the_project_chart_counts_the_projects_it_cannot_draw():
    """Projects reported with no stage have no mark: the chart's note says how many."""
    at = open_page("projects")
    listed = frames(at)[0]
    unstaged = int(listed[t("col_latest_status", "zh")].isna().sum() + (listed[t("col_latest_status", "zh")] == "").sum())
    assert 0 < unstaged < len(listed)
    assert any(t("lifecycle_unstaged", "zh", n=unstaged) in caption.value for caption in at.caption)


def test_a_chart_with_no_staged_project_says_why_above_the_listed_projects():
    """A byline's articles name projects but no stage (a new user saw "no data" over a full table)."""
    at = open_page("projects", {"byline": "刘云睿"})
    listed = frames(at)[0]
    assert len(listed) and not at.get("plotly_chart")
    assert t("lifecycle_none_staged", "zh", n=len(listed)) in [info.value for info in at.info]


def test_a_keyword_without_hits_says_so_under_the_word_cloud():
    at = open_page("keywords", {"q": "火星基地"})
    assert not at.get("imgs") and t("no_rows", "zh") in [info.value for info in at.info]


def test_the_trend_table_counts_items_as_its_text_holds_them():
    """The trend searches captions and notices too: its count is of items, not the overview's articles."""
    trend = frames(open_page("keywords", {"terms": "项目"}))[0]
    assert t("col_items", "zh") in trend.columns and t("col_articles", "zh") not in trend.columns


def test_the_overview_says_its_data_quality_ignores_the_filters():
    at = open_page("overview", {"from": "2026-01-01"})
    assert t("data_quality_unfiltered", "zh") in [caption.value for caption in at.caption]
    assert t("data_quality_unfiltered", "zh") not in [caption.value for caption in open_page("overview").caption]


def test_the_reader_names_its_list_by_what_chose_the_rows_not_the_article_open(deferred_downloads):
    open_page("reader", {"official": "孙杰", "q": "项目", "article": "000_a890f07f6fb61a4e.txt#1"})
    names = list(deferred_downloads)
    listed = [name for name in names if name.startswith("jimo_articles_孙杰")]
    assert listed and all("article-" not in name for name in listed), names


def test_a_projects_sentences_are_downloaded_under_its_name(deferred_downloads):
    """One download per project: the file of one project's sentences never overwrites another's (a new user's find)."""
    from jimo_data.filters import Filters
    from jimo_data.views.widgets import csv_file_name

    at = open_page("projects", {})
    chosen = [block.value for block in at.text][0]
    assert csv_file_name("project_sentences", Filters(), {"project": (chosen,)}) in deferred_downloads, list(deferred_downloads)


def test_the_projects_page_lists_the_officials_of_the_chosen_projects_articles():
    """Which officials appear with a project (a new user's question): its articles' officials, counted."""
    at = open_page("projects", {})
    assert t("project_officials", "zh") in [header.value for header in at.subheader]
    officials = frames(at)[-1]
    assert len(officials) and officials.iloc[:, -1].is_monotonic_decreasing


def test_a_projects_articles_naming_nobody_are_said_to_name_nobody():
    """A project whose articles name no official says so, not that the filters leave nothing (a new user's find)."""
    at = open_page("projects", {"status": "开工"})
    text = all_text(at)
    assert "报道这个项目的文章没有提到官员。" in text and "当前筛选下没有数据。" not in text


def test_an_empty_selection_says_what_each_filter_keeps_by_itself():
    """Which filter emptied the view (a new user's wish): each filter's articles alone, then none together."""
    at = open_page("officials", {"pub": "新即墨", "official": "韩世军", "to": "2022-12-31"})
    said = [caption.value for caption in at.main.caption if "合在一起一篇也没有" in caption.value]
    assert len(said) == 1 and all(label in said[0] for label in ("报纸", "官员", "截止日期")), said  # under the first empty section, once
    assert not [w for w in at.sidebar.warning if "合在一起" in w.value]  # not again in the sidebar (a review's find)
    english = [
        c.value for c in open_page("officials", {"pub": "新即墨", "official": "韩世军", "to": "2022-12-31", "lang": "en"}).main.caption
    ]
    assert [c for c in english if c.startswith("Articles each filter keeps by itself: ") and ", " in c and "，" not in c]
    assert not [c for c in open_page("reader", {"q": "量子计算机"}).main.caption if "合在一起" in c.value]  # one filter says it itself
    assert not [c for c in open_page("officials", {"official": "韩世军"}).main.caption if "合在一起" in c.value]


AGREEMENT = [
    # (label, values, English, reason)
    ("undated_left_out", {"n": 1}, "The date filter leaves out 1 article without a date", "one: singular (a new user's `1 articles`)"),
    ("undated_left_out", {"n": "1,234"}, "leaves out 1,234 articles without", "a figure as shown, with its separator"),
    ("undated_included", {"n": 1}, "1 article without a date (captions included) is included", "…the verb agrees too"),
    ("reuse_count", {"clusters": 1, "copies": 2}, "1 story reprinted, 2 copies.", "each noun agrees with its own figure"),
    ("undated_left_out", {"n": 0}, "leaves out 0 articles", "zero takes the plural"),
]


@pytest.mark.parametrize("label, values, english, reason", AGREEMENT)
def test_english_nouns_agree_with_their_figures(label, values, english, reason):
    assert english in t(label, "en", **values)
    assert "[" not in t(label, "zh", **values)


def test_every_agreeing_word_names_a_figure_of_its_label():
    for label, (_, english) in LABELS.items():
        named = set(re.findall(r"\[(\w+):", english))
        assert named <= set(re.findall(r"\{(\w+)", english)), label


OPTION_LABELS = [
    # (key, values in the URL, the option's value, reason)
    ("role", ["编辑"], ("editor",), "a choice by its label as the page shows it (a new user's role=编辑 was refused)"),
    ("role", ["Editor", "记者"], ("editor", "reporter"), "…in either language, English in any case"),
    ("freq", ["月"], "month", "…a choice labelled by itself"),
    ("compare_by", ["两种报纸"], "pub", "…or under its prefix (compare_by_)"),
    ("role", ["主编"], (), "a word that labels no choice is refused"),
]


@pytest.mark.parametrize("key, values, expected, reason", OPTION_LABELS)
def test_a_page_option_takes_a_choice_by_its_label(key, values, expected, reason):
    assert PAGE_OPTIONS[key].parse(values, None)[0] == expected, reason


def test_the_overviews_issues_count_the_filtered_articles_as_its_figures_do():
    """A new user filtered to one article of 孙杰's and saw its issue listed with 6."""
    at = open_page("overview", {"from": "2026-01-01", "to": "2026-03-31", "official": "孙杰"})
    issues = next(frame for frame in frames(at) if "期号" in frame.columns)
    articles = next(metric for metric in at.metric if metric.label == "文章")
    assert int(issues["文章数"].sum()) == int(str(articles.value).replace(",", "")) == 1


def test_the_projects_page_says_which_rows_are_named_from_places_apart(monkeypatch):
    """工人文化宫建设项目 of a 松溪 site and of 江阴日报 is one row (names are grouped by their words):
    the page says so, and the row's places name both (a new user's find, 2026-12-06)."""
    from real_pages import REAL_PAGES

    monkeypatch.setenv("JIMO_CORPUS", str(REAL_PAGES))
    at = open_page("projects")
    notes = [str(caption.value) for caption in at.caption]
    assert any("个项目的提及来自互不相属的地方" in note for note in notes), notes
    table = frames(at)[0].set_index(t("col_project", "zh"))
    assert table.loc["工人文化宫建设项目", t("col_places", "zh")] == "松溪县；江阴市"
