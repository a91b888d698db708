"""Editing corrections.toml from the officials and projects pages (views/officials.py,
views/projects.py, the shared save in views/correcting.py), through AppTest on a copy
of the seeds or of the real development pages: what the page shows after the save and
in a new session, and a read-only folder that says so and changes nothing."""

from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pytest
from paths import SEEDS
from real_pages import REAL_PAGES
from test_cache_faults import make_read_only  # noqa: F401  (a fixture)
from test_dashboard import frames, open_page

from jimo_data import load_corpus
from jimo_data.corrections import CORRECTIONS_FILE
from jimo_data.views.i18n import t

EN = "en"
NAME, OFFICE, JURISDICTION, CORRECTED = (t(label, EN) for label in ("col_name", "col_office", "col_jurisdiction", "col_corrected"))
PROJECT, ALIASES = t("col_project", EN), t("col_aliases", EN)
SHORT, LONG = "三菱重工海尔空调机", "三菱重工海尔空调机三期扩建项目"  # one project the parser keeps apart (two pages)


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "pages"
    shutil.copytree(SEEDS, copy)
    return copy


@pytest.fixture
def on(monkeypatch, session_cache):
    """Opens a page of the dashboard over a folder, as a new session."""

    def open_on(folder, page: str, lang: str = EN, chosen_project: str | None = None):
        monkeypatch.setenv("JIMO_CORPUS", str(folder))
        monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))
        at = open_page(page, lang=lang)
        if chosen_project:  # what ticking its row in the projects table sets
            at.session_state["_project_chosen"] = chosen_project
            at.run()
        return at

    return open_on


def rows_of(at, column: str, value: str) -> pd.DataFrame:
    shown = next(frame for frame in frames(at) if column in frame.columns)
    return shown[shown[column] == value]


def edit_official(at, row: str, every_mention: bool, button: str, **fields):
    at.selectbox(key="edit_official_row").set_value(row).run()
    for key, value in fields.items():
        at.text_input(key=f"edit_{key}").input(value)
    scope = at.radio(key="edit_official_scope")
    scope.set_value(scope.options[1 if every_mention else 0])
    at.button(key=button).click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def saved(at) -> list[str]:
    return [element.value for element in at.success]


# (row chosen, every mention?, fields typed, the rows of the person shown after: (jurisdiction, office, corrected), why)
OFFICE_EDITS = [
    (
        "张宏业 · 即墨区 · 即墨区区长",
        False,
        {"office": "即墨区委副书记"},
        [("即墨区", "即墨区委副书记", "official 1; official 2")],
        "a rule per article of the row",
    ),
    (
        "孙杰 · 即墨区 · 即墨区区长",
        False,
        {"office": "即墨区代区长"},
        [("即墨区", "即墨区代区长", "official 1; official 2; official 3; official 4"), ("即墨区", "即墨区委书记", "")],
        "the row's articles only: his later office stays",
    ),
    (
        "孙杰 · 即墨区 · 即墨区区长",
        True,
        {"office": "即墨区代区长"},
        [("即墨区", "即墨区代区长", "official 1")],
        "every mention of the name: one rule, and his two offices become one",
    ),
    (
        "张宏业 · 即墨区 · 即墨区区长",
        False,
        {"jurisdiction": "青岛市"},
        [("青岛市", "即墨区区长", "official 1; official 2")],
        "the jurisdiction alone",
    ),
]


@pytest.mark.parametrize("row, every_mention, fields, expected, why", OFFICE_EDITS, ids=[case[-1] for case in OFFICE_EDITS])
def test_an_office_set_on_the_officials_page_is_shown_marked_and_kept(folder, on, row, every_mention, fields, expected, why):
    name = row.split(" · ")[0]
    at = edit_official(on(folder, "officials"), row, every_mention, "save_office", **fields)
    labels = sorted({label for *_, marks in expected for label in marks.split("; ") if label})
    assert saved(at) == [t("saved_rules", EN, rules="; ".join(labels))]
    for session in (at, on(folder, "officials")):  # this session, and a new one reading the file
        shown = rows_of(session, NAME, name)
        assert sorted(shown[[JURISDICTION, OFFICE, CORRECTED]].itertuples(index=False, name=None)) == sorted(expected)


def test_a_dropped_official_mention_leaves_the_table(folder, on):
    row = "王宝善 · 即墨区 · 即墨区委常委主任"  # 区委常委 read as part of his office
    at = edit_official(on(folder, "officials"), row, False, "drop_official")
    assert saved(at) == [t("saved_rules", EN, rules="drop 1")]
    for session in (at, on(folder, "officials")):
        assert list(rows_of(session, NAME, "王宝善")[OFFICE]) == ["即墨区人大常委会主任"]


def test_the_form_starts_on_the_person_ticked(folder, on, monkeypatch):
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    at = open_page("officials", {"official": "张宏业"}, lang=EN)  # the table also lists the others of his articles
    assert at.selectbox(key="edit_official_row").value == "张宏业 · 即墨区 · 即墨区区长"
    assert at.text_input(key="edit_office").value == "即墨区区长"


def test_the_form_follows_the_person_ticked_next(folder, on, monkeypatch):
    """Ticking another person moves the form to them: a rule saved for the row still shown would be someone else's."""
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    at = open_page("officials", {"official": "张宏业"}, lang=EN)
    at.sidebar.multiselect(key="w_official").set_value(["韩世军"]).run()
    assert at.selectbox(key="edit_official_row").value.startswith("韩世军 · ")


def test_a_row_chosen_by_hand_stays_until_the_ticks_change(folder, monkeypatch):
    """Another filter leaves the row chosen in the form alone (a review found a date filter resetting it)."""
    monkeypatch.setenv("JIMO_CORPUS", str(folder))
    at = open_page("officials", {"official": "孙杰"}, lang=EN)  # 孙杰's rows: 区长 in 2023, 区委书记 in 2026
    chosen = next(option for option in at.selectbox(key="edit_official_row").options if not option.startswith("孙杰"))
    at.selectbox(key="edit_official_row").set_value(chosen).run()
    at.sidebar.date_input(key="w_from").set_value(dt.date(2023, 2, 26)).run()
    assert at.selectbox(key="edit_official_row").value == chosen


def test_an_unchanged_office_saves_nothing(folder, on):
    at = edit_official(on(folder, "officials"), "张宏业 · 即墨区 · 即墨区区长", False, "save_office")
    assert [info.value for info in at.info] == [t("nothing_to_save", EN)]
    assert not (folder / CORRECTIONS_FILE).exists()


def merge(at, names: list[str], kept: str):
    at.multiselect(key="merge_names").set_value(names).run()
    at.selectbox(key="merge_into").set_value(kept).run()
    at.button(key="merge_projects").click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_projects_merged_on_the_projects_page_are_one_row_with_both_names(folder, on):
    at = merge(on(folder, "projects"), [SHORT, LONG], LONG)
    assert saved(at) == [t("saved_rules", EN, rules="merge 1")]
    for session in (at, on(folder, "projects")):
        assert rows_of(session, PROJECT, SHORT).empty
        merged = rows_of(session, PROJECT, LONG)
        assert list(merged[ALIASES]) == [SHORT] and list(merged[CORRECTED]) == ["merge 1"]


def test_a_split_on_the_projects_page_undoes_a_merge(folder, on):
    (folder / CORRECTIONS_FILE).write_text(f'[[merge]]\ntable = "projects"\nnames = ["{SHORT}"]\ninto = "{LONG}"\n', encoding="utf-8")
    at = on(folder, "projects", chosen_project=LONG)
    at.multiselect(key="split_names").set_value([SHORT]).run()
    at.text_input(key="split_into").input(SHORT)
    at.button(key="split_project").click().run()
    assert saved(at) == [t("saved_rules", EN, rules="split 1")]
    for session in (at, on(folder, "projects")):
        assert list(rows_of(session, PROJECT, SHORT)[CORRECTED]) == ["merge 1; split 1"]
        assert list(rows_of(session, PROJECT, LONG)[ALIASES]) == [""]


# (the split's own fields, the names as printed of the rows it renames, why)
SPLITS = [
    ("", [SHORT, LONG], "by article alone: the article prints both names, both leave the project"),
    (f'written = ["{SHORT}"]\n', [SHORT], "by the name as printed: only that mention leaves"),
]


# A page composed for it: one article printing both names, in two sentences (the parser
# drops a name that begins another's of the same sentence).
BOTH_NAMES = f"""新即墨
2026年4月3日 星期五

通济新区项目建设提速

本报讯 {SHORT}、海尔净水互联产业园等项目加快建设。上午，{LONG}签约。
"""


@pytest.mark.parametrize("written, renamed, why", SPLITS, ids=[case[-1] for case in SPLITS])
def test_a_split_after_a_merge_renames_the_mentions_it_names(folder, session_cache, written, renamed, why):
    (folder / "900_both_names.txt").write_text(BOTH_NAMES, encoding="utf-8")
    rules = f'[[merge]]\ntable = "projects"\nnames = ["{SHORT}"]\ninto = "{LONG}"\n\n'
    rules += f'[[split]]\ntable = "projects"\nname = "{LONG}"\narticle_ids = ["900_both_names.txt#1"]\ninto = "另一项目"\n{written}'
    (folder / CORRECTIONS_FILE).write_text(rules, encoding="utf-8")
    projects = load_corpus(folder, cache_dir=session_cache).projects
    assert sorted(projects.loc[projects["name"] == "另一项目", "written_as"]) == sorted(renamed)


def test_a_junk_project_dropped_on_the_projects_page_is_gone(folder, on):
    junk = "即墨五中通物流"  # a name a reader judges no undertaking: a place and a school's number run into a company's
    assert not rows_of(on(folder, "projects"), PROJECT, junk).empty, "the seeds still name it"
    at = on(folder, "projects", chosen_project=junk)
    at.button(key="drop_project").click().run()
    assert saved(at) == [t("saved_rules", EN, rules="drop 1")]
    for session in (at, on(folder, "projects")):
        assert rows_of(session, PROJECT, junk).empty


# (what the user did, the message, why nothing is written)
REFUSED = [
    (lambda at: merge(at, [LONG], LONG), "merge_needs_two", "a merge of one name"),
    (lambda at: at.button(key="split_project").click().run(), "split_needs", "no name chosen to split off"),
    (
        lambda at: (
            at.multiselect(key="split_names").set_value([LONG]).run(),
            at.text_input(key="split_into").input("三菱重工海尔空调机三期扩建"),
        ),
        "split_regroups",
        "the naming rules would file the new name under the same project",
    ),
]


@pytest.mark.parametrize("act, message, why", REFUSED, ids=[case[-1] for case in REFUSED])
def test_a_project_edit_that_cannot_work_says_why_and_writes_nothing(folder, on, act, message, why):
    at = on(folder, "projects", chosen_project=LONG)
    act(at)
    if message == "split_regroups":
        at.button(key="split_project").click().run()
    assert [info.value for info in at.info] == [t(message, EN, name=LONG)]
    assert not (folder / CORRECTIONS_FILE).exists()


def save_on(at, page: str):
    if page == "officials":
        return edit_official(at, "张宏业 · 即墨区 · 即墨区区长", False, "save_office", office="即墨区委副书记")
    return merge(at, [SHORT, LONG], LONG)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", ["officials", "projects"])
def test_a_read_only_folder_gives_the_message_and_changes_nothing(folder, on, make_read_only, page, lang):  # noqa: F811
    (folder / CORRECTIONS_FILE).write_text("# mine\n", encoding="utf-8")
    at = on(folder, page, lang=lang)
    make_read_only(folder)
    save_on(at, page)
    refused = t("cannot_save_unwritable", lang, folder="@").split("@")[0]  # the words before the folder's name
    assert [e.value for e in at.error] and at.error[0].value.startswith(refused)
    assert "cannot be written" not in at.error[0].value or lang == "en" and at.error[0].value.count("cannot be written") == 1, (
        "said once, in the interface language"
    )
    assert not at.success
    assert (folder / CORRECTIONS_FILE).read_text(encoding="utf-8") == "# mine\n"


def test_the_readers_form_names_the_rule_it_saved(folder, on):
    at = on(folder, "reader")
    at.query_params["article"] = "000_a890f07f6fb61a4e.txt#3"
    at.run()
    at.date_input(key="correct_date").set_value(dt.date(2024, 5, 1))
    at.button(key="save_correction").click().run()
    assert saved(at) == [t("saved_rules", EN, rules="page 1")]


def test_merging_two_real_projects_gives_one_row_with_both_names(tmp_path, on, real_corpus):
    folder = tmp_path / "real"
    shutil.copytree(REAL_PAGES, folder)
    at = on(folder, "projects")
    first, second = rows_of(at, ALIASES, "")[PROJECT].iloc[:2]
    merge(at, [first, second], first)
    merged = rows_of(on(folder, "projects"), PROJECT, first)
    assert second in merged[ALIASES].iloc[0].split("；") and list(merged[CORRECTED]) == ["merge 1"]
    assert rows_of(at, PROJECT, second).empty
