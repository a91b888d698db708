"""Charts: built once and shared, in twenty distinct colours, with date ticks on whole periods."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import pytest

from jimo_data.views.widgets import DAY_MS, SERIES_COLOURS, date_axis, figure


def offices(n: int) -> pd.DataFrame:
    return pd.DataFrame({"person": [f"p{i}" for i in range(n)], "office": [f"office {i}" for i in range(n)], "n": range(n)})


def test_the_same_data_and_settings_give_the_same_built_figure():
    first = figure(px.bar, offices(3), x="person", y="n", color="office", layout={"height": 500})
    assert figure(px.bar, offices(3), x="person", y="n", color="office", layout={"height": 500}) is first
    assert first.layout.height == 500


@pytest.mark.parametrize(
    "change",
    [
        lambda: figure(px.bar, offices(3).assign(n=[0, 1, 5]), x="person", y="n", color="office", layout={"height": 500}),
        lambda: figure(px.bar, offices(3), x="person", y="n", color="office", layout={"height": 501}),
        lambda: figure(px.line, offices(3), x="person", y="n", color="office", layout={"height": 500}),
        lambda: figure(px.bar, offices(3), x="person", y="n", color="office", labels={"n": "次数"}, layout={"height": 500}),
        lambda: figure(px.bar, offices(3).rename(columns={"n": "m"}), x="person", y="m", color="office", layout={"height": 500}),
    ],
    ids=["values", "layout", "plot", "labels", "column names"],
)
def test_any_change_in_data_or_settings_builds_another_figure(change):
    shared = figure(px.bar, offices(3), x="person", y="n", color="office", layout={"height": 500})
    assert change() is not shared


def test_cells_holding_lists_can_be_charted():
    frame = offices(2).assign(issues=[[1, 2], [3]])
    fig = figure(px.bar, frame, x="person", y="n", custom_data=["issues"])
    assert figure(px.bar, frame, x="person", y="n", custom_data=["issues"]) is fig


def test_twenty_series_get_twenty_colours():
    fig = figure(px.bar, offices(20), x="person", y="n", color="office")
    colours = [trace.marker.color for trace in fig.data]
    assert len(set(colours)) == 20 == len(SERIES_COLOURS)


DATE_AXES = [
    # (first, last, per, lang, expected xaxis settings, why)
    ("2026-01-01", "2026-04-01", "month", "zh", {"dtick": "M1", "tickformat": "%Y年%-m月"}, "a few months: a tick per month"),
    ("2026-01-01", "2026-04-01", "month", "en", {"dtick": "M1", "tickformat": "%b %Y"}, "English month names in English"),
    ("2020-01-01", "2026-12-01", "month", "zh", {"dtick": "M12", "tickformat": "%Y年"}, "seven years: a tick per year"),
    ("2025-01-01", "2026-12-01", "month", "zh", {"dtick": "M2", "tickformat": "%Y年%-m月"}, "two years: every other month"),
    ("2026-04-03", "2026-04-20", "day", "zh", {"dtick": 2 * DAY_MS, "tickformat": "%Y年%-m月%-d日"}, "days: written in Chinese"),
    ("2026-04-03", "2026-04-20", "day", "en", {"dtick": 2 * DAY_MS, "tickformat": "%Y-%m-%d"}, "days: ISO in English"),
    ("2026-04-02", "2026-04-03", "day", "zh", {"dtick": DAY_MS, "tick0": "2026-04-02"}, "two days: a tick a day, never one a few hours"),
]


@pytest.mark.parametrize("first, last, per, lang, expected, why", DATE_AXES)
def test_date_ticks_fall_on_whole_periods_in_the_interface_language(first, last, per, lang, expected, why):
    axis = date_axis(pd.Timestamp(first), pd.Timestamp(last), per, lang)["xaxis"]
    assert {key: axis.get(key) for key in expected} == expected, why


@pytest.mark.parametrize(
    "counts, x, dtick, why",
    [
        ([1, 1], ["a", "b"], 1, "a few articles: ticks at whole numbers, not 0.2"),
        ([3, 2], ["a", "a"], 1, "…stacked, 5"),
        ([3, 3], ["a", "a"], None, "…stacked past the few, plotly's own ticks"),
        ([40, 2], ["a", "b"], None, "many: plotly's own ticks"),
        ([0.5, 1.5], ["a", "b"], None, "a measure, not a count"),
    ],
)
def test_a_few_counts_are_ticked_at_whole_numbers(counts, x, dtick, why):
    fig = figure(px.bar, pd.DataFrame({"x": x, "n": counts}), x="x", y="n")
    assert fig.layout.yaxis.dtick == dtick


def test_the_y_title_is_written_level_above_the_axis():
    """Chinese turned on its side (plotly's y titles) reads sideways: the title is an
    annotation above the axis, and the axis keeps none."""
    fig = figure(px.bar, offices(3), x="person", y="n", labels={"n": "次数"})
    assert not fig.layout.yaxis.title.text
    assert [(a.text, a.textangle) for a in fig.layout.annotations] == [("次数", None)]


def test_a_chart_without_a_y_title_gets_no_annotation():
    fig = figure(px.bar, offices(3), x="person", y="n", layout={"yaxis_title_text": ""})
    assert not fig.layout.annotations
