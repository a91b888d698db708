"""Values a link or the command line cannot use: a message naming the value, the default
in its place, and never an exception (the CLI's errors: tests/test_cli.py)."""

from __future__ import annotations

import pytest
from paths import REPO, SEEDS
from streamlit.testing.v1 import AppTest

from jimo_data.filters import ParamProblem
from jimo_data.views import page_script
from jimo_data.views.sidebar import message_line
from jimo_data.views.state import PAGE_OPTIONS

N_ITEMS = 21 + 4  # the seeds' articles and captions: what the reader lists when nothing is filtered


@pytest.fixture(autouse=True)
def _seeds(monkeypatch, session_cache):
    monkeypatch.setenv("JIMO_CORPUS", str(SEEDS))
    monkeypatch.setenv("JIMO_CACHE_DIR", str(session_cache))


def open_page(page: str, params: dict) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(page_script(page)).run()
    return at


def sidebar_messages(at: AppTest) -> str:
    return " ".join(w.value for w in at.sidebar.warning).replace("\\", "")  # Markdown escapes removed


# Every page option (state.PAGE_OPTIONS) with a value it cannot take.
BOGUS_OPTIONS = [
    ("timeline", "freq", "fortnight", "is not one of day, week, month"),
    ("keywords", "per", "year", "is not one of month, issue"),
    ("keywords", "measure", "<b>tfidf</b>", "is not one of count, per_10k"),  # markup in a value stays text
    ("bylines", "role", "author", "is not one of reporter, correspondent, photographer, editor"),
    ("projects", "status", "拆除", "is not one of 签约"),
    ("projects", "project", "无名工程项目", "is not in this corpus"),
    ("keywords", "tenure", "区长", "is not in this corpus"),  # a bare title has no holders in order
    ("officials", "holders_of", "区长", "is not in this corpus"),
    ("reader", "page", "nope.txt", "is not in this corpus"),
    ("reader", "article", "nope.txt#1", "is not in this corpus"),
    ("collocates", "window", "7", "is not one of 1, 2, 3, 4, 5, 8, 10"),
    ("collocates", "assoc", "dice", "is not one of logdice, mi, t"),
    ("collocates", "kwic_sort", "middle", "is not one of right, left"),
    ("collocates", "a_from", "2026-13-45", "is not a date (YYYY-MM-DD)"),
    ("collocates", "a_to", "yesterday", "is not a date (YYYY-MM-DD)"),
    ("collocates", "b_from", "2026-4-3", "is not a date (YYYY-MM-DD)"),
    ("collocates", "b_to", "20260403", "is not a date (YYYY-MM-DD)"),
    ("collocates", "compare_by", "paper", "is not one of period, pub, official, holder"),
    ("collocates", "a_pub", "人民日报", "is not in this corpus"),
    ("collocates", "b_pub", "(unknown)", "is not in this corpus"),
    ("collocates", "a_official", "无名氏", "is not in this corpus"),
    ("collocates", "b_official", "即墨区", "is not in this corpus"),
    ("collocates", "office", "区长", "is not in this corpus"),  # a bare title has no holders in order
    ("collocates", "holder", "无名氏", "is not in this corpus"),
]


def test_every_page_option_has_a_bogus_case():
    """An option that takes any text (`hl`) has none: tests/test_reader.py cuts a long one."""
    assert {key for _, key, _, _ in BOGUS_OPTIONS} == {key for key, option in PAGE_OPTIONS.items() if not option.text}


@pytest.mark.parametrize("page, key, value, problem", BOGUS_OPTIONS, ids=[case[1] for case in BOGUS_OPTIONS])
def test_an_unusable_page_option_is_a_sidebar_message_and_the_default(page, key, value, problem):
    at = open_page(page, {key: value, "lang": "en"})
    assert not at.exception, [e.message for e in at.exception]
    assert f"`{key}`: “{value}” {problem}" in sidebar_messages(at)
    assert at.title and not at.main.error
    at.run()  # the message stays, as a filter's does, until the user changes a filter
    assert not at.exception and f"“{value}”" in sidebar_messages(at)


def test_the_defaults_stand_in_for_unusable_options():
    """What each page shows with a bogus option: what it shows without one."""
    at = open_page("bylines", {"role": "author"})
    assert at.multiselect(key="byline_roles").value == list(PAGE_OPTIONS["role"].choices)
    at = open_page("timeline", {"freq": "fortnight"})
    assert at.get("segmented_control")[0].value == "month"
    at = open_page("reader", {"page": "nope.txt"})
    assert len(at.dataframe[0].value) == N_ITEMS


def test_a_known_value_among_bogus_ones_is_kept():
    at = open_page("bylines", {"role": ["editor", "author"]})
    assert at.multiselect(key="byline_roles").value == ["editor"]
    assert "“author”" in sidebar_messages(at) and "“editor”" not in sidebar_messages(at)


@pytest.mark.parametrize(
    "params, fragment",
    [
        ({"from": "1900-01-01"}, "`from`: “1900-01-01” is not between 1949-01-01 and 2100-12-31"),
        ({"to": "9999-12-31"}, "`to`: “9999-12-31” is not between 1949-01-01 and 2100-12-31"),  # past pandas' dates too
        ({"from": "0001-01-01", "to": "2200-01-01"}, "`to`: “2200-01-01” is not between"),
    ],
)
def test_a_date_outside_the_date_widgets_range_is_a_sidebar_message(params, fragment):
    at = open_page("reader", {**params, "lang": "en"})
    assert not at.exception, [e.message for e in at.exception]
    assert fragment in sidebar_messages(at)
    assert len(at.dataframe[0].value) == N_ITEMS  # ignored: nothing filtered
    assert [d.value for d in at.sidebar.date_input] == [None, None]


def test_messages_are_in_the_interface_language():
    at = open_page("timeline", {"freq": "fortnight", "from": "1900-01-01"})
    messages = sidebar_messages(at)
    assert "`freq`：“fortnight”不是可选值（day, week, month）" in messages
    assert "`from`：“1900-01-01”不在 1949-01-01 至 2100-12-31 之间" in messages


REASONS = ["not_a_date", "out_of_range", "from_after_to", "unknown", "not_allowed", "too_long", "bad_lang"]


@pytest.mark.parametrize("reason", REASONS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_reason_has_words_for_the_cli_and_the_sidebar(reason, lang):
    problem = ParamProblem("key", "value", reason, ("a", "b"))
    assert problem.problem and str(problem).startswith(problem.problem)
    assert message_line(problem, lang)
