"""Projects: each project under one name with its aliases, the stages it reached with the
first date of each, a lifecycle chart of its dated stage events; the sentences that
mention a project."""

from __future__ import annotations

import plotly.express as px
import streamlit as st

from jimo_data.analysis import (
    latest_projects,
    mention_places,
    project_names,
    project_officials,
    project_summary,
    projects_at_each_stage,
    reaching,
    stage_events,
    with_project_names,
)
from jimo_data.analysis.projects import LIFECYCLE_PROJECTS
from jimo_data.parsing.projects import STAGES
from jimo_data.views.codes import stage_text
from jimo_data.views.context import context, session_memo
from jimo_data.views.correcting import save_rules, saved_note, with_corrected
from jimo_data.views.i18n import listed
from jimo_data.views.selection import follow_selection
from jimo_data.views.state import keep_in_url, page_option, project_names_of
from jimo_data.views.widgets import (
    SERIES_COLOURS,
    chart,
    date_axis,
    figure,
    multiselect,
    no_rows,
    page_options,
    reached_stages,
    reader_links,
    table,
)

# Over a longer span, ticks on whole months or years read better than days.
DAY_TICKS_WITHIN = 62
# A stage keeps its colour under every filter. Of the series colours' two oranges and two
# purples only one each: side by side in one legend they cannot be told apart.
STAGE_COLOURS = dict(zip(STAGES, (SERIES_COLOURS[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 11, 10))))

ctx = context()
sel, t, lang = ctx.selection, ctx.t, ctx.lang
st.title(t("page_projects"))

# Names are grouped over the whole corpus, so a project keeps its name under every filter.
names = project_names_of(ctx.corpus)
places = ctx.corpus.memo("project_places", lambda: mention_places(ctx.corpus.projects, ctx.corpus.pages, ctx.corpus.officials))
mentions = session_memo("project_mentions", ctx.filters, lambda: with_project_names(sel.projects, names, places))
summary = session_memo("project_summary", ctx.filters, lambda: with_corrected(project_summary(mentions), mentions, ["name"]))

if statuses := reached_stages(lang):
    summary = summary[summary["name"].isin(reaching(mentions, statuses))]
if summary.empty:
    # One message for the whole page, not one per empty section; with a stage asked for, the
    # stages the selection's projects do report, as the CLI says (which to ask for instead).
    no_rows(ctx.filters)
    if statuses and any((reported := projects_at_each_stage(mentions)).values()):
        st.caption(t("stages_reported", stages=listed((f"{stage_text(s, lang)} {n}" for s, n in reported.items() if n), lang)))
    elif statuses:
        st.caption(t("no_stage_reported"))
    st.stop()


def lifecycle_chart(events, projects) -> None:
    """Projects down, dates across, a mark per stage reported on a day, coloured by stage."""
    events = events[events["name"].isin(projects)]
    dated = events.dropna(subset=["date"])
    if dated.empty and projects:  # the table below lists them: say why none is drawn
        st.info(t("lifecycle_none_staged", n=len(projects)))
        return
    if dated.empty:
        no_rows(ctx.filters)
        return
    first, last = dated["date"].min(), dated["date"].max()
    drawn, dated_projects = latest_projects(dated)
    dated = dated[dated["name"].isin(drawn)].assign(stage=lambda e: e["stage"].map(lambda s: t(f"stage_{s}")).astype(str))
    fig = figure(
        px.scatter,
        dated,
        x="date",
        y="name",
        color="stage",
        category_orders={"stage": [t(f"stage_{s}") for s in STAGES], "name": list(drawn)},
        color_discrete_map={t(f"stage_{s}"): colour for s, colour in STAGE_COLOURS.items()},
        hover_data={"n_mentions": True, "date": "|%Y-%m-%d"},
        labels={"name": t("col_project"), "stage": t("col_stage"), "date": t("col_date"), "n_mentions": t("col_mentions")},
        layout={
            **date_axis(first, last, "day" if (last - first).days < DAY_TICKS_WITHIN else "month", lang),
            "height": max(320, 26 * len(drawn) + 140),
            "legend_title_text": t("col_stage"),
        },
        traces={"marker": {"size": 11, "line": {"width": 1, "color": "white"}}},
    )
    chart(fig, key="lifecycle_chart")
    notes = [t("lifecycle_note")]
    if dated_projects > LIFECYCLE_PROJECTS:
        notes.append(t("lifecycle_capped", n=LIFECYCLE_PROJECTS, total=dated_projects))
    if undated := int(events.loc[events["date"].isna(), "n_mentions"].sum()):
        notes.append(t("lifecycle_undated", n=undated))
    if unstaged := len(projects) - events["name"].nunique():
        notes.append(t("lifecycle_unstaged", n=unstaged))
    st.caption(" ".join(notes))


st.subheader(t("lifecycle"))
lifecycle_chart(session_memo("project_events", ctx.filters, lambda: stage_events(mentions)), set(summary["name"]))

st.caption(t("project_aliases_note"))
if len(apart := summary[summary["places"].str.contains("；", regex=False)]):
    # The names are grouped by their words alone: one name in papers of places apart may be several projects.
    st.caption(t("project_places_apart", n=len(apart), name=apart["name"].iloc[0], places=apart["places"].iloc[0]))
# The summary's stage columns that hold a date here: ten mostly empty columns hide the rest.
shown = summary.drop(columns=[stage for stage in STAGES if summary[stage].isna().all()])
shown.insert(1, "corrected", shown.pop("corrected"))  # beside the name: a wide table scrolls its last columns out of view
key = "projects_table"
if "_project_chosen" not in st.session_state:
    st.session_state["_project_chosen"] = page_option("project") or None  # a link's project
picked = follow_selection(key, summary["name"], [st.session_state["_project_chosen"]])
if picked is not None:
    st.session_state["_project_chosen"] = picked[0] if picked else None
table(
    shown.rename(columns={"name": "project"}),
    "projects",  # the download's name adds the status filter, as every page option
    ctx.filters,
    key=key,
    on_select="rerun",
    selection_mode="single-row",
)

chosen = st.session_state.get("_project_chosen")
chosen = chosen if chosen in set(summary["name"]) else None
keep_in_url("project", chosen)  # a link to the page shows the same project's sentences
chosen = chosen or (summary["name"].iloc[0] if len(summary) else None)


def merge_rules(projects: list[str], kept: str) -> list[tuple[str, dict]]:
    """One rule that renames every name shown under `projects` to `kept`."""
    merged = [name for name, shown in names.items() if shown in projects and name != kept]
    return [("merge", {"table": "projects", "names": merged, "into": kept})] if merged else []


def split_rules(project: str, written: list[str], into: str) -> list[tuple[str, dict]]:
    """Rules that give the mentions of `project` written as one of `written` the name
    `into`, over the whole corpus (a filter must not split half a project): a rule per
    name they are filed under."""
    rows = ctx.corpus.projects
    shown = with_project_names(rows, names)  # the same index: each mention's project and its name as written
    taken = rows[shown["name"].eq(project) & shown["alias"].isin(written)]
    return [
        ("split", {"table": "projects", "name": name, "article_ids": sorted(set(of_name["article_id"])), "into": into, "written": written})
        for name, of_name in taken.groupby("name", sort=True)
    ]


def drop_rules(project: str) -> list[tuple[str, dict]]:
    return [("drop", {"table": "projects", "name": name}) for name, shown in names.items() if shown == project]


def project_editor() -> None:
    """Merge projects into one, split names off the chosen one, or drop it as misread."""
    saved_note(ctx)
    if chosen is None:
        return
    with st.expander(t("edit_projects")):
        # The projects of the table above, not of the whole corpus: every option is sent to
        # the browser on every rerun, and an archive names hundreds of thousands.
        listed = sorted(summary["name"])
        merged = multiselect(st, t("merge_names"), listed, lang, default=[chosen], key="merge_names")
        kept = st.selectbox(t("merge_into"), merged, key="merge_into")
        if st.button(t("merge_projects"), key="merge_projects"):
            if len(merged) > 1:
                save_rules(ctx, merge_rules(merged, kept))
            else:
                st.info(t("merge_needs_two"))
        st.divider()
        st.markdown(f"**{t('select_project')}:**")
        st.text(chosen)
        aliases = list(dict.fromkeys(mentions.loc[mentions["name"] == chosen, "alias"]))
        split = multiselect(st, t("split_names"), aliases, lang, key="split_names")
        into = st.text_input(t("split_into"), key="split_into").strip()
        if st.button(t("split_project"), key="split_project"):
            split_project(chosen, split, into)
        st.divider()
        if st.button(t("drop_project"), key="drop_project"):
            save_rules(ctx, drop_rules(chosen))


def split_project(project: str, split: list[str], into: str) -> None:
    if not (split and into):
        st.info(t("split_needs"))
        return
    regrouped = project_names([*names, into])
    if regrouped[into] == regrouped[project]:  # the naming rules would file it under the project again
        st.info(t("split_regroups", name=project))
        return
    save_rules(ctx, split_rules(project, split, into))


project_editor()

st.subheader(t("sentences"))
if chosen:
    st.markdown(f"**{t('select_project')}:**")
    st.text(chosen)
    st.caption(t("select_project_hint"))
    said = mentions[mentions["name"] == chosen][["date", "status", "alias", "sentence", "article_id"]].sort_values("date")
    said["link"] = reader_links(ctx.filters, "article", said["article_id"])
    # The download is named for its project too: one per project, none overwriting another.
    table(
        said.rename(columns={"alias": "written"}),
        "project_sentences",
        ctx.filters,
        key="project_sentences",
        options={**page_options(), "project": (chosen,)},
    )
    st.subheader(t("project_officials"))
    named_with = project_officials(sel.officials, said["article_id"])
    if named_with.empty:  # the articles name nobody: no filter emptied it
        st.caption(t("project_no_officials"))
    else:
        table(named_with, "project_officials", ctx.filters, key="project_officials", options={**page_options(), "project": (chosen,)})
