"""Projects and officials as researchers need them: one project under its several names,
the stages it reached and when, each office's holders in order, tenure bands, and table
selections that follow what was chosen. On the seeds, the real development pages and a
three-page story of one project (LIFE_PAGES)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from paths import SEEDS
from real_pages import REAL_PAGES
from test_dashboard import frames, open_page

from jimo_data import load_corpus
from jimo_data.analysis import (
    mention_places,
    office_holders,
    office_tenures,
    offices_by_holders,
    project_names,
    project_officials,
    project_summary,
    reaching,
    stage_events,
    with_project_names,
)
from jimo_data.analysis.officials import is_sole_post
from jimo_data.views import page_script
from jimo_data.views.widgets import tenure_shapes

# One project written three ways, signed, started and finished; the district secretary
# changes between the second and the third page.
LIFE_PAGES = {
    "a.txt": "新即墨\n\n2023年1月5日 星期四 第3001期\n\n英派斯体育产业园签约\n\n"
    "本报讯 1月4日，青岛英派斯体育产业园项目正式签约，区委书记韩世军出席签约仪式。\n\n（记者 王明）\n",
    "b.txt": "新即墨\n\n2023年6月1日 星期四 第3050期\n\n英派斯项目开工\n\n"
    "本报讯 5月31日，英派斯体育产业园项目开工建设，区委书记韩世军出席。\n\n（记者 王明）\n",
    "c.txt": "新即墨\n\n2024年3月8日 星期五 第3150期\n\n英派斯项目竣工投产\n\n"
    "本报讯 3月7日，英派斯项目竣工投产，区委书记孙杰出席。\n\n（记者 王明）\n",
}
INPEX = "青岛英派斯体育产业园项目"


@pytest.fixture(scope="module")
def life_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("life")
    for name, text in LIFE_PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def life(life_folder, tmp_path_factory):
    return load_corpus(life_folder, cache_dir=tmp_path_factory.mktemp("life-cache"))


@pytest.fixture(scope="module")
def real(real_corpus):
    return real_corpus


@pytest.fixture
def seeds_app(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


@pytest.fixture
def life_app(monkeypatch, life_folder, tmp_path):
    monkeypatch.setenv("JIMO_CORPUS", str(life_folder))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(tmp_path))


# --- one project, several names -------------------------------------------------------

# (a name, another name, one project?, why)
NAME_PAIRS = [
    ("英派斯体育产业园项目", "青岛英派斯体育产业园项目", True, "a place written before the name"),
    ("青岛英派斯体育产业园项目", "英派斯项目", True, "the long form only adds the kind of site (体育产业园)"),
    ("奇瑞汽车青岛基地项目", "奇瑞汽车项目", True, "the long form only adds the kind of site (青岛基地)"),
    ("奇瑞汽车青岛基地项目", "即墨區奇瑞汽車青島基地項目", True, "traditional characters and the district before it"),
    ("赛捷公务机制造", "赛捷公务机制造项目", True, "a closing 项目"),
    ("九诚电子连接器智能工厂", "九诚电子连接器智能工厂建设项目", True, "a closing 建设项目"),
    ("中通客车控股股份有限公司新能源汽车升级改造项目", "中通客车新能源汽车升级改造项目", True, "a company's legal form"),
    ("万和春（山东）食品冷链物流产业园", "万和春(山东)食品冷链物流产业园项目", True, "brackets of either width"),
    ("山东时代新能源电池产业基地项目二期", "山东时代新能源电池产业基地二期", True, "项目 before the phase"),
    ("海尔净水互联产业园", "海尔日日顺物流产业园", False, "they share a company and 产业园, nothing more"),
    ("年产3.2万吨橡胶助剂项目", "年产32万吨橡胶助剂项目", False, "a decimal point is no punctuation"),
    ("华通高新装备产业园", "华通高新装备产业园海纳特钢项目", False, "a project inside a park is not the park"),
    ("新材料产业园", "新材料产业园新旧动能转换项目", False, "a project inside a park is not the park"),
    ("仰口码头（一期）", "仰口码头（二期）", False, "two phases are two projects"),
    ("营流路片区改造项目一期", "营流路片区改造项目", False, "a phase is not the whole"),
    ("海上世界项目", "烟台海上世界展示中心项目", False, "a building (展示中心) is a project of its own"),
    ("青岛湾项目", "青岛湾改造项目", False, "改造 is an undertaking, not a kind of site"),
    ("青岛湾项目", "湾项目", False, "a place is removed only when four characters are left"),
    ("奇瑞项目", "奇瑞零部件产业园", False, "a short form of two characters names a company, not a project"),
    ("产业园项目", "英派斯体育产业园项目", False, "a generic word is no short form"),
    ("山阳县电子信息产业园", "永新縣電子信息產業園", False, "one core placed in two counties: two projects (a new user's find)"),
    ("南海文化中心项目", "运河文化中心项目", False, "…in two districts (南海, 运河) apart"),
    ("青岛英派斯体育产业园项目", "即墨区英派斯体育产业园项目", True, "…but a district inside the city it is in is one place"),
    ("青岛市英派斯体育产业园项目", "青岛英派斯体育产业园项目", True, "…and a place in full or short is one place"),
]


def test_a_name_without_a_place_stays_apart_from_names_placed_apart():
    names = project_names(["南海文化中心项目", "运河文化中心项目", "文化中心项目"])
    assert len(set(names.values())) == 3


@pytest.mark.parametrize("a, b, same, why", NAME_PAIRS, ids=[why for *_, why in NAME_PAIRS])
def test_names_of_one_project(a, b, same, why):
    names = project_names([a, b])
    assert (names[a] == names[b]) == same, why


def test_a_short_form_that_fits_two_projects_stays_apart():
    names = project_names(["奇瑞汽车项目", "奇瑞汽车青岛基地项目", "奇瑞汽车莱西基地项目"])
    assert len(set(names.values())) == 3


def test_a_project_is_shown_under_its_longest_simplified_name():
    names = project_names(["英派斯项目", "英派斯体育产业园项目", "即墨區英派斯體育產業園項目", INPEX])
    assert set(names.values()) == {INPEX}


def test_real_pages_group_the_names_papers_write_both_ways(real):
    names = project_names(real.projects["name"])
    assert names["奇瑞汽車項目"] == names["即墨區奇瑞汽車青島基地項目"] == "奇瑞汽车青岛基地项目"
    # A park and a project in it stay two (the parser keeps only the project when one
    # sentence names both, so the pair is given here).
    park = project_names(pd.Series(["华通高新装备产业园", "华通高新装备产业园海纳特钢项目"]))
    assert park["华通高新装备产业园"] != park["华通高新装备产业园海纳特钢项目"]
    summary = project_summary(with_project_names(real.projects, names))
    chery = summary.set_index("name").loc["奇瑞汽车青岛基地项目"]
    assert set(chery["aliases"].split("；")) == {"即墨區奇瑞汽車青島基地項目", "奇瑞汽車項目"}
    assert summary["name"].is_unique


def test_a_name_reported_from_places_apart_lists_them(real):
    """Names are grouped by their words: 工人文化宫建设项目 of a 松溪 site (no paper named; its
    officials hold 南平市's and 松溪县's offices) and of 江阴日报 are one row, which says where."""
    places = mention_places(real.projects, real.pages, real.officials)
    summary = project_summary(with_project_names(real.projects, project_names(real.projects["name"]), places)).set_index("name")
    assert summary.loc["工人文化宫建设项目", "places"] == "松溪县；江阴市"
    assert summary.loc["奇瑞汽车青岛基地项目", "places"] == "即墨区"  # 即墨区 written, 青岛日报's home holds it: one place


# (project name, page text, where the mention is, why)
PLACES = [
    ("即墨区英派斯体育产业园项目", "", "即墨区", "a division written with its level before the name"),
    ("东方电气山东重装产业基地项目", "", "", "…a short name is as often a company's (东方电气): not 东方市"),
    ("即墨區英派斯體育產業園項目", "", "即墨区", "…in traditional characters too"),
    ("黔东南苗族侗族自治州凯里市棚户区改造项目", "", "凯里市", "…the innermost of those written, after a long first one"),
]


@pytest.mark.parametrize("name, text, place, reason", PLACES)
def test_the_place_a_name_writes(name, text, place, reason):
    projects = pd.DataFrame({"article_id": ["a#1"], "page_id": ["a"], "name": [name]})
    pages = pd.DataFrame({"page_id": ["a"], "publication": [""], "section": [""], "date": pd.to_datetime([None])})
    officials = pd.DataFrame({"article_id": pd.Series(dtype=object), "jurisdiction": pd.Series(dtype=object)})
    assert mention_places(projects, pages, officials).tolist() == [place]


def test_a_mention_without_a_place_is_where_its_paper_or_its_officials_are():
    projects = pd.DataFrame({"article_id": ["a#1", "b#1", "c#1"], "page_id": ["a", "b", "c"], "name": ["工人文化宫建设项目"] * 3})
    pages = pd.DataFrame(
        {
            "page_id": ["a", "b", "c"],
            "publication": ["江阴日报", "", ""],
            "section": ["", "", ""],
            "date": pd.to_datetime(["2026-03-05", None, None]),
        }
    )
    officials = pd.DataFrame({"article_id": ["b#1", "b#1", "c#1", "c#1"], "jurisdiction": ["南平市", "松溪县", "松溪县", "江阴市"]})
    # a: its paper's home; b: its officials' offices, one within the other; c: offices apart tell nothing
    assert mention_places(projects, pages, officials).tolist() == ["江阴市", "松溪县", ""]


# --- stages -----------------------------------------------------------------------------


def test_each_stage_has_its_first_date_and_the_project_its_aliases(life):
    summary = project_summary(with_project_names(life.projects)).set_index("name")
    assert list(summary.index) == [INPEX]
    inpex = summary.loc[INPEX]
    assert inpex["aliases"] == "英派斯体育产业园项目；英派斯项目"
    assert inpex["stages"] == "签约、开工、投产"
    assert inpex["latest_status"] == "投产"
    assert (inpex["签约"], inpex["开工"], inpex["投产"]) == tuple(map(pd.Timestamp, ("2023-01-05", "2023-06-01", "2024-03-08")))
    assert pd.isna(inpex["竣工"])  # the text says 竣工投产: the furthest stage is the status


def test_stage_events_are_the_marks_of_the_lifecycle_chart(life):
    events = stage_events(with_project_names(life.projects))
    assert list(zip(events["stage"], events["date"].dt.strftime("%Y-%m-%d"))) == [
        ("签约", "2023-01-05"),
        ("开工", "2023-06-01"),
        ("投产", "2024-03-08"),
    ]
    assert set(events["name"]) == {INPEX}


def test_a_stage_reported_without_a_date_is_reached_but_has_no_first_date():
    mentions = pd.DataFrame(
        {
            "article_id": ["a#1", "b#1"],
            "name": ["英派斯项目", "英派斯项目"],
            "status": ["开工", "竣工"],
            "date": pd.to_datetime(["2023-06-01", None]),
        }
    )
    row = project_summary(mentions).iloc[0]
    assert row["stages"] == "开工、竣工" and pd.isna(row["竣工"]) and row["开工"] == pd.Timestamp("2023-06-01")
    assert reaching(mentions, ["竣工"]) == {"英派斯项目"}


# (stages chosen, projects kept, why)
REACHED = [
    (["签约"], {INPEX}, "signed first, though its latest status is 投产"),
    (["开工"], {INPEX}, "started in between"),
    (["竣工"], set(), "no mention reports 竣工"),
    (["竣工", "投产"], {INPEX}, "any of the chosen stages"),
]


@pytest.mark.parametrize("stages, kept, why", REACHED, ids=[why for *_, why in REACHED])
def test_the_status_filter_means_reached_this_stage(life, stages, kept, why):
    assert reaching(with_project_names(life.projects), stages) == kept, why


def test_projects_page_on_a_project_written_three_ways(life_app, deferred_downloads):
    at = open_page("projects", {"status": "签约"})
    table = frames(at)[0]
    assert list(table["项目"]) == [INPEX] and table["别名"].iloc[0] == "英派斯体育产业园项目；英派斯项目"
    assert table["签约"].iloc[0] == pd.Timestamp("2023-01-05") and table["投产"].iloc[0] == pd.Timestamp("2024-03-08")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    marks = {trace["name"]: trace["x"] for trace in chart["data"]}
    assert set(marks) == {"签约", "开工", "投产"}
    assert marks["开工"][0].startswith("2023-06-01")
    assert any(name.startswith("jimo_projects_") and "status-签约" in name for name in deferred_downloads), list(deferred_downloads)


def test_seeds_projects_page_draws_the_lifecycle_chart_in_both_languages(seeds_app):
    for lang, stage in (("zh", "开工"), ("en", "construction started")):
        at = open_page("projects", lang=lang)
        chart = json.loads(at.get("plotly_chart")[0].proto.spec)
        assert stage in {trace["name"] for trace in chart["data"]}
        assert chart["data"][0]["type"] == "scatter" and chart["data"][0]["mode"] == "markers"


def test_the_project_selection_follows_the_project_when_the_status_filter_changes(seeds_app):
    at = open_page("projects")
    names = list(frames(at)[0]["项目"])
    chosen = "京能渔光互补基地"  # reached 开工; rows above it did not
    at.session_state["projects_table"] = {"selection": {"rows": [names.index(chosen)], "columns": []}}
    at.run()
    at.multiselect(key="project_status").set_value(["开工"]).run()
    shown = list(frames(at)[0]["项目"])
    ticked = at.session_state["projects_table"]["selection"]["rows"]
    assert [shown[row] for row in ticked] == [chosen]
    assert at.text[0].value == chosen  # its sentences are shown


# --- officials ---------------------------------------------------------------------------

# (corpus, office, holders in order, why)
HOLDERS = [
    ("seeds", "即墨区委书记", ["韩世军", "孙杰"], "孙杰 succeeded 韩世军"),
    ("seeds", "即墨区区长", ["孙杰", "张宏业"], "孙杰 moved on to 区委书记"),
    ("seeds", "青岛市委书记", ["陆治原", "曾赞荣"], "曾赞荣's bare 书记 mention resolved too"),
    ("real", "胶州市委书记", ["张德平", "刘建军", "张新竹"], "three holders, 2012 to 2022"),
    ("real", "青岛市市长", ["赵豪志", "张新起"], "趙豪志 printed in traditional is 赵豪志; undated last"),
    ("life", "即墨区委书记", ["韩世军", "孙杰"], "a bare 区委书记 on a 新即墨 page is 即墨区's"),
]


@pytest.mark.parametrize("corpus, office, names, why", HOLDERS, ids=[why for *_, why in HOLDERS])
def test_office_holders_in_order(request, seeds_corpus, corpus, office, names, why):
    loaded = seeds_corpus if corpus == "seeds" else request.getfixturevalue(corpus)
    holders = office_holders(loaded.officials, office)
    assert list(holders["name"]) == names, why
    dates = loaded.articles.set_index("article_id")["date"]
    assert (holders["first_article"].map(dates).fillna(pd.Timestamp(0)) == holders["first_date"].fillna(pd.Timestamp(0))).all()
    assert (holders["last_article"].map(dates).fillna(pd.Timestamp(0)) == holders["last_date"].fillna(pd.Timestamp(0))).all()


SOLE_POSTS = [
    ("即墨区委书记", True, "a party committee's secretary"),
    ("青岛市市长", True, "a government's head"),
    ("即墨区人大常委会主任", True, "a standing committee's head: 常委 is its body's name here"),
    ("青岛市副市长", False, "deputies serve together"),
    ("即墨区委副书记", False, ""),
    ("十堰市委常委", False, "…and a committee's members"),
    ("市长助理", False, "…and assistants"),
]


@pytest.mark.parametrize("office, sole, why", SOLE_POSTS)
def test_a_sole_post_is_held_by_one_person_at_a_time(office, sole, why):
    assert is_sole_post(office) is sole, why


def test_offices_with_a_succession_come_before_shared_ones(real):
    """Many people hold a deputy's or a member's post at once: a succession is read from a sole post."""
    offices = offices_by_holders(office_holders(real.officials))
    shared = [i for i, office in enumerate(offices) if not is_sole_post(office)]
    assert shared and min(shared) > max(i for i, office in enumerate(offices) if is_sole_post(office))


def test_office_holders_leave_out_titles_without_a_jurisdiction(real):
    holders = office_holders(real.officials)
    assert "市委书记" in set(real.officials["office"])  # nine people of nine cities
    assert (holders["jurisdiction"] != "").all() and "市委书记" not in set(holders["office"])


def test_seeds_who_held_the_district_secretary_office_when(seeds_corpus):
    holders = office_holders(seeds_corpus.officials, "即墨区委书记").set_index("name")
    assert holders.loc["孙杰", ["first_date", "last_date"]].tolist() == [pd.Timestamp("2026-03-09"), pd.Timestamp("2026-04-03")]
    assert holders.loc["韩世军", "last_date"] == pd.Timestamp("2023-02-25")


def test_officials_page_shows_the_holders_of_the_chosen_office_with_links(seeds_app):
    at = open_page("officials")
    at.selectbox(key="holders_office").set_value("即墨区委书记").run()
    holders = next(frame for frame in frames(at) if "首次提及文章" in frame.columns)
    assert list(holders["姓名"]) == ["韩世军", "孙杰"]
    assert holders["首次提及文章"].str.startswith("/reader?").all()
    assert holders["最近提及文章"].iloc[1].endswith("article=000_a890f07f6fb61a4e.txt%231")


def test_a_link_opens_the_officials_page_on_the_office_whose_holders_it_named(seeds_app):
    """A new user's `/officials?office=即墨区委书记` showed another office, silently: the office is `holders_of`, kept in the link."""
    first = open_page("officials")
    offices = first.selectbox(key="holders_office").options
    other = next(office for office in offices[1:] if office == "即墨区委书记")
    first.selectbox(key="holders_office").set_value(other).run()
    assert first.query_params["holders_of"] == other
    linked = open_page("officials", {"holders_of": other})
    assert linked.selectbox(key="holders_office").value == other
    holders = next(frame for frame in frames(linked) if "首次提及文章" in frame.columns)
    assert list(holders["姓名"]) == ["韩世军", "孙杰"]


@pytest.mark.parametrize("person", ["韩世军", "孙杰", "宋宗军"])
def test_the_official_selection_follows_the_person(seeds_app, person):
    at = open_page("officials")
    names = list(frames(at)[0]["姓名"])
    at.session_state["officials_table"] = {"selection": {"rows": [names.index(person)], "columns": []}}
    at.run()
    assert not at.exception
    shown = list(frames(at)[0]["姓名"])
    ticked = at.session_state["officials_table"]["selection"]["rows"]
    assert shown == names  # the table keeps every row under the tick (a new user's)
    assert {shown[row] for row in ticked} == {person}
    assert ticked == [row for row, name in enumerate(shown) if name == person]  # every office of theirs


def test_unticking_the_person_clears_the_official_filter(seeds_app):
    at = open_page("officials", {"official": "韩世军"})
    assert at.session_state["officials_table"]["selection"]["rows"]
    at.session_state["officials_table"] = {"selection": {"rows": [], "columns": []}}
    at.run()
    assert "official" not in at.query_params
    assert "张宏业" in set(frames(at)[0]["姓名"])


# --- tenure bands --------------------------------------------------------------------------


def test_tenures_are_bands_behind_the_lines(life):
    tenures = office_tenures(office_holders(life.officials), "即墨区委书记")
    shapes = tenure_shapes(tenures)
    assert [(s["label"]["text"], s["x0"][:10], s["x1"][:10]) for s in shapes] == [
        ("韩世军", "2023-01-05", "2023-06-01"),
        ("孙杰", "2024-03-08", "2024-03-08"),
    ]
    assert all(s["layer"] == "below" and s["type"] == "rect" and (s["yref"], s["y0"], s["y1"]) == ("paper", 0, 1) for s in shapes)
    assert shapes[0]["fillcolor"] != shapes[1]["fillcolor"]


def test_bands_are_cut_to_the_charts_dates(life):
    tenures = office_tenures(office_holders(life.officials), "即墨区委书记")
    shapes = tenure_shapes(tenures, pd.Timestamp("2023-03-01"), pd.Timestamp("2023-12-01"))
    assert [(s["label"]["text"], s["x0"][:10], s["x1"][:10]) for s in shapes] == [("韩世军", "2023-03-01", "2023-06-01")]


def test_a_holders_name_cannot_become_markup_in_a_band():
    tenures = pd.DataFrame({"name": ["<b>王</b>"], "office": ["x"], "first_date": [pd.Timestamp("2024-01-01")], "last_date": [pd.NaT]})
    tenures["last_date"] = tenures["first_date"]
    assert tenure_shapes(tenures)[0]["label"]["text"] == "&lt;b&gt;王&lt;/b&gt;"


# --- distinct colours ------------------------------------------------------------------------


@pytest.fixture
def real_app(monkeypatch, session_cache, real_corpus):
    """The dashboard over the real pages, from the session's cache (`real_corpus` parsed them there)."""
    monkeypatch.setenv("JIMO_CORPUS", str(REAL_PAGES))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


def test_no_two_offices_share_a_colour_in_the_career_chart(real_app):
    at = open_page("officials")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    colours = {trace["name"]: trace["marker"]["color"] for trace in chart["data"]}
    assert len(colours) == 20 and len(set(colours.values())) == 20  # the real pages' top people hold 23 offices
    assert colours["其他职务"] == "#C8C8C8"


def test_tenure_bands_go_into_a_chart_through_figure(seeds_corpus):
    import plotly.express as px

    from jimo_data.views.widgets import figure

    trend = pd.DataFrame({"month": pd.to_datetime(["2023-02-01", "2026-03-01", "2026-04-01"]), "hits": [3, 1, 2]})
    bands = tenure_shapes(office_tenures(office_holders(seeds_corpus.officials), "即墨区委书记"))
    fig = figure(px.line, trend, x="month", y="hits", layout={"shapes": bands})
    assert [shape.label.text for shape in fig.layout.shapes] == ["韩世军", "孙杰"]
    assert {shape.layer for shape in fig.layout.shapes} == {"below"}


def test_real_pages_projects_page_shows_one_row_per_project_and_counts_undated_stages(real_app, real):
    at = open_page("projects")
    table = frames(at)[0].set_index("项目")
    assert set(table.loc["奇瑞汽车青岛基地项目", "别名"].split("；")) == {"即墨區奇瑞汽車青島基地項目", "奇瑞汽車項目"}
    assert "奇瑞汽車項目" not in table.index
    undated = int(((real.projects["status"] != "") & real.projects["date"].isna()).sum())
    assert undated and any(f"另有 {undated} 条阶段报道没有日期" in caption.value for caption in at.caption)


def test_the_keyword_trend_draws_the_tenures_of_the_chosen_office(seeds_app):
    at = open_page("keywords", {"terms": "项目"})
    assert "shapes" not in json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]
    at.selectbox(key="tenure_office").set_value("即墨区委书记").run()
    assert not at.exception
    shapes = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["shapes"]
    assert [shape["label"]["text"] for shape in shapes] == ["韩世军", "孙杰"]
    assert all(shape["layer"] == "below" for shape in shapes)
    # From the month of the first mention to that of the last, as the months' points stand (2026-03-09 to 04-03):
    # March's point lies in 孙杰's band (a new user saw it outside).
    assert [(shape["x0"][:10], shape["x1"][:10]) for shape in shapes] == [("2023-02-01", "2023-02-01"), ("2026-03-01", "2026-04-01")]


def test_keyword_in_context_links_carry_the_word_to_the_reader(seeds_app):
    at = open_page("keywords", {"kwic": "观摩"})
    lines = next(frame for frame in frames(at) if "检索词" in frame.columns)
    assert len(lines) and lines["链接"].str.contains("hl=%E8%A7%82%E6%91%A9").all()


def test_the_officials_named_with_a_project_are_counted_by_article(seeds_corpus):
    """Who appears with a project: the officials of the articles that mention it, most often first."""
    mentions = with_project_names(seeds_corpus.projects)
    articles = mentions.loc[mentions["name"] == INPEX, "article_id"]
    people = project_officials(seeds_corpus.officials, articles)
    named = seeds_corpus.officials[seeds_corpus.officials["article_id"].isin(set(articles))]
    assert set(people["name"]) == set(named["name"]) and len(people)
    assert people["n_articles"].is_monotonic_decreasing
    assert people["n_articles"].max() <= articles.nunique()


def test_a_link_keeps_the_office_whose_tenures_band_the_keyword_trend(seeds_app):
    """The office picked for tenure bands is kept in the URL (a new user's find), and a link draws them again."""
    at = open_page("keywords", {"terms": "项目"})
    at.selectbox(key="tenure_office").set_value("即墨区委书记").run()
    assert at.query_params["tenure"] == "即墨区委书记"
    linked = open_page("keywords", {"terms": "项目", "tenure": "即墨区委书记"})
    shapes = json.loads(linked.get("plotly_chart")[0].proto.spec)["layout"]["shapes"]
    assert [shape["label"]["text"] for shape in shapes] == ["韩世军", "孙杰"]
    assert "tenure" not in open_page("keywords", {"terms": "项目"}).query_params  # none picked: none in the link


def test_a_link_opens_the_projects_page_on_its_project(seeds_app):
    """The project whose sentences show is kept in the URL (a new user's find): a link opens on it, not on the first row."""
    listed = frames(open_page("projects"))[0]["项目"]
    last = listed.iloc[-1]
    assert last != listed.iloc[0]
    at = open_page("projects", {"project": last})
    assert [block.value for block in at.text][0] == last
    assert at.query_params["project"] == last


def test_a_page_entered_again_from_the_sidebar_keeps_its_own_settings(seeds_app):
    """The sidebar's navigation carries the filters only: a page's terms, measure and tenure bands were lost
    on coming back to it (a new user's find). The browser drops them from the URL; AppTest does not, so the
    test drops them as the browser does."""
    at = open_page("keywords", {"terms": "开工", "measure": "per_10k", "tenure": "即墨区区长"})
    at.switch_page(page_script("overview"))
    for key in ("terms", "measure", "tenure", "per", "kwic"):
        at.query_params.pop(key, None)
    at.run()
    assert "terms" not in at.query_params  # the overview holds no keywords' settings
    at.switch_page(page_script("keywords")).run()
    assert {key: at.query_params.get(key) for key in ("terms", "measure", "tenure")} == {
        "terms": "开工",
        "measure": "per_10k",
        "tenure": "即墨区区长",
    }
    assert at.selectbox(key="tenure_office").value == "即墨区区长"


def leave_and_return(at, page: str, dropped: tuple[str, ...], link: dict | None = None):
    """To the overview and back to `page`, the URL losing the `dropped` keys as the browser's navigation
    drops them; the way back a link with its own values (`link`) or the sidebar's."""
    at.switch_page(page_script("overview"))
    for key in dropped:
        at.query_params.pop(key, None)
    at.run()
    at.query_params.update(link or {})
    return at.switch_page(page_script(page)).run()


def test_a_link_naming_some_of_a_pages_settings_is_whole_as_it_is(seeds_app):
    """A timeline's `page=` brought back the reader's last `article=`, which the reader shows first (a review's find)."""
    article, other_page = "004_6220ff5f0f64df25.txt#4", "000_a890f07f6fb61a4e.txt"
    at = leave_and_return(open_page("reader", {"article": article}), "reader", ("article",), {"page": other_page})
    assert (at.query_params.get("page"), at.query_params.get("article")) == (other_page, None)


def test_a_page_that_stopped_keeps_the_settings_it_stopped_on(seeds_app):
    """An emptied collocates term stops the page; coming back brought the old term back (a review's find)."""
    at = open_page("collocates", {"term": "项目"})
    at.text_input(key="colloc_term").input("").run()
    at = leave_and_return(at, "collocates", ("term", "window", "assoc", "kwic_sort", "compare_by"))
    assert at.query_params.get("term") == "" and [info.value for info in at.info] == ["请输入一个检索词，查看它的搭配词"]
