"""Named projects over time: one project under its several names, its dated stage events,
and the stages it reached.

Papers write one project several ways (英派斯体育产业园项目, 青岛英派斯体育产业园项目,
英派斯项目). `project_names` groups the names of a corpus into projects by a rule that
looks at names only (docs/parsing.md, "One project, several names; stages reached"):

1. Two names are one project when their cores are equal. A core is the name folded to
   simplified characters, without spaces, quotes, brackets, middle dots (·) and dashes, without a
   company's legal form (有限公司), the places written before it (when four characters
   are left: 青岛湾 stays 青岛湾) and a closing 项目 or 建设项目. A phase (一期, 二期) stays:
   two phases are two projects. Names of one core that are placed in divisions neither of which
   holds the other (山阳县电子信息产业园, 永新县电子信息产业园; 南海 and 运河 before 文化中心项目) are
   projects of their own, one a place, and the names without a place one more; names placed
   in one division or in divisions one inside the other (青岛, 即墨区) stay one.
2. A short name is the project of a longer one when its core (three characters or more,
   not itself a site such as 新材料产业园) begins the longer core, what follows only says
   which kind of site the undertaking is (体育产业园, 青岛基地), and exactly one project
   fits. 海尔项目 beside two 海尔…产业园 stays apart; 产业园项目 is never a name (the parser
   drops generic names), and 华通高新装备产业园 never joins 华通高新装备产业园海纳特钢项目 (a
   project inside a park is not the park).

A project is shown under its longest name in simplified characters, the others as its aliases.
The grouping looks at names only: a name without a place (工人文化宫建设项目) reported by papers of
places apart (江阴市, 松溪县) is one row. `mention_places` tells where each mention is, and the
summary's `places` lists them, so that such a row shows that it may be several projects.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from jimo_data.parsing.officials import leading_places
from jimo_data.parsing.page import home_of
from jimo_data.parsing.places import full_name, home_chain
from jimo_data.parsing.projects import STAGES
from jimo_data.parsing.text import simplified

SUMMARY_COLUMNS = ["name", "aliases", "places", "stages", "latest_status", *STAGES, "first_date", "last_date", "n_mentions", "n_articles"]
EVENT_COLUMNS = ["name", "stage", "date", "n_mentions", "article_id"]

_PUNCTUATION = re.compile(r"[\s“”\"'‘’（）()·・\-—]")  # not the dot of 3.2万吨
_LEGAL_FORM = re.compile(r"(?:控股)?(?:股份)?有限(?:责任)?公司")
_CLOSING = re.compile(r"(?:建设)?项目(?=(?:[一二三四五六七八九十]期)?$)")  # 项目 before a phase too: …基地项目二期
MIN_CORE_AFTER_PLACE = 4
MIN_SHORT_CORE = 3
# What a longer name may add to a short one and still name the same undertaking: the kind
# of site it is. A building or a part (展示中心, 码头, 二期) is a project of its own.
_SITE = re.compile("(?:产业园|工业园|科技园|园区|基地)$")


def name_core(name: str) -> str:
    """What two names of one project share (rule 1 above)."""
    return _core_and_place(name)[0]


@lru_cache(maxsize=1 << 18)  # a reload (a page added) groups the same names again
def _core_and_place(name: str) -> tuple[str, str]:
    """The name's core and the division its core was placed in by the places written
    before it, in full (the innermost: 青岛市即墨区… is 即墨区's); "" when none was dropped."""
    core = _LEGAL_FORM.sub("", _PUNCTUATION.sub("", simplified(name)))
    places = leading_places(core)
    written = "".join(places)
    if not places or len(core) - len(written) < MIN_CORE_AFTER_PLACE:
        return _CLOSING.sub("", core), ""
    return _CLOSING.sub("", core[len(written) :]), full_name(places[-1])


def project_names(names: Iterable[str]) -> dict[str, str]:
    """Every name -> the name its project is shown under (rules 1 and 2 above)."""
    by_core: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        by_core.setdefault(name_core(name), []).append(name)
    cores = sorted(by_core)
    groups: dict[tuple[str, str], list[str]] = {}
    for core, names_of_core in by_core.items():
        longer = _longer_core(core, cores)
        for place, placed in _by_place(names_of_core).items():
            groups.setdefault((longer, place), []).extend(placed)
    return {name: _display_name(group) for group in groups.values() for name in group}


def _by_place(names: list[str]) -> dict[str, list[str]]:
    """The names of one core by the division they are placed in, when two of those divisions
    are apart (neither holds the other); else all under ""."""
    places = {name: _core_and_place(name)[1] for name in names}
    written = sorted(set(places.values()) - {""})
    if all(_nested(a, b) for i, a in enumerate(written) for b in written[i + 1 :]):
        return {"": names}
    by_place: dict[str, list[str]] = {}
    for name in names:
        by_place.setdefault(places[name], []).append(name)
    return by_place


def _nested(a: str, b: str) -> bool:
    return a in home_chain(b) or b in home_chain(a)


def _longer_core(core: str, cores: list[str]) -> str:
    """The one longer core a short core is a shorter form of, else the core itself.
    `cores` is sorted: the cores beginning with this one follow it."""
    if len(core) < MIN_SHORT_CORE or _SITE.search(core):
        return core
    longer, at = [], bisect.bisect_right(cores, core)
    while at < len(cores) and cores[at].startswith(core):
        if _SITE.search(cores[at][len(core) :]):
            longer.append(cores[at])
        at += 1
    return longer[0] if len(longer) == 1 else core


def _display_name(names: list[str]) -> str:
    return min(names, key=lambda name: (name != simplified(name), -len(name), name))


def with_project_names(projects: pd.DataFrame, names: dict[str, str] | None = None, places: pd.Series | None = None) -> pd.DataFrame:
    """The mentions with `name` the project's name and `alias` the name as written, and with
    `place` where each is (`mention_places`) when `places` is given. `names` (from
    `project_names` over the whole corpus) keeps a project's name the same under every
    filter; by default the names of these mentions are grouped."""
    names = names if names is not None else project_names(projects["name"])
    written = projects["written_as"].where(projects["written_as"] != "", projects["name"]) if "written_as" in projects else projects["name"]
    named = projects.assign(alias=written, name=projects["name"].map(names).fillna(projects["name"]))
    return named if places is None else named.assign(place=places.reindex(projects.index).fillna(""))


def mention_places(projects: pd.DataFrame, pages: pd.DataFrame, officials: pd.DataFrame) -> pd.Series:
    """Where each mention's project is, in full: the division written before its name with its
    level (即墨区英派斯…; a short name is as often a company's or a verb: 东方电气, 新建30万吨…); else
    where its article is, by its page's home (its paper's place, `home_of`), or on a page whose
    paper is not known by the offices of the officials the article names, when those lie one
    within another (the innermost: 松溪县 beside 南平市); "" when none of these tells."""
    written = projects["name"].map(_division_written)
    homes = projects["page_id"].map(_page_homes(pages)).astype(object).fillna("")
    by_officials = projects["article_id"].map(_officials_places(officials)).astype(object).fillna("")
    return written.where(written != "", homes.where(homes != "", by_officials))


@lru_cache(maxsize=1 << 16)
def _division_written(name: str) -> str:
    if not _LEVEL_WORD.search(name, 0, MAX_FIRST_LEVEL_AT):  # most names: no division written with its level
        return ""
    places = leading_places(simplified(name))
    return full_name(places[-1]) if places and places[-1].endswith(_LEVEL_WORDS) else ""


_LEVEL_WORDS = tuple("省市县区旗盟州镇乡")
_LEVEL_WORD = re.compile(f"[{''.join(_LEVEL_WORDS)}縣區鎮鄉]")
MAX_FIRST_LEVEL_AT = 12  # where a name's first division ends at the latest (黔东南苗族侗族自治州: its 10th character)


def _page_homes(pages: pd.DataFrame) -> pd.Series:
    """page_id -> the jurisdiction its paper's bare titles mean (`home_of`), "" when unknown."""
    days = pages["date"].dt.date.where(pages["date"].notna(), None)
    keys = list(zip(pages["publication"], pages["section"], days))
    homes = {key: home_of(*key) for key in dict.fromkeys(keys)}
    return pd.Series([homes[key] for key in keys], index=pages["page_id"].to_numpy(), dtype=object)


def _officials_places(officials: pd.DataFrame) -> pd.Series:
    """article_id -> the innermost of its officials' jurisdictions, when they lie one within another."""
    placed = officials.loc[officials["jurisdiction"] != "", ["article_id", "jurisdiction"]].drop_duplicates()
    return placed.groupby("article_id")["jurisdiction"].agg(lambda places: _innermost(list(places)))


def _innermost(places: list[str]) -> str:
    """The innermost of places that lie one within another; "" when two are apart."""
    inner = max(places, key=lambda place: len(home_chain(place)))
    return inner if all(place in home_chain(inner) for place in places) else ""


def _places_apart(places: Iterable[str]) -> str:
    """The places a project's mentions are in, one per set of places one within another (its
    innermost: 即墨区 for 即墨区 and 青岛市), joined by ；; "" when none is known."""
    kept: list[str] = []
    for place in sorted(set(places) - {""}, key=lambda place: -len(home_chain(place))):
        if not any(_nested(place, other) for other in kept):
            kept.append(place)
    return "；".join(sorted(kept))


PROJECT_OFFICIAL_COLUMNS = ["name", "jurisdiction", "office", "n_articles"]


def project_officials(officials: pd.DataFrame, article_ids: Iterable[str]) -> pd.DataFrame:
    """The officials named in the articles of a project's mentions, each with the number
    of those articles: who appears with the project, most often first."""
    rows = officials[officials["article_id"].isin(set(article_ids))]
    counted = rows.groupby(["name", "jurisdiction", "office"], as_index=False, sort=False).agg(n_articles=("article_id", "nunique"))
    return counted.sort_values(["n_articles", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)[
        PROJECT_OFFICIAL_COLUMNS
    ]


def stage_events(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per project, stage and date the text reports it at (undated mentions have
    no date): the marks of a lifecycle chart. `article_id` is the first reporting article."""
    staged = projects[projects["status"] != ""]
    if staged.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
    events = staged.groupby(["name", "status", "date"], dropna=False, sort=False).agg(
        n_mentions=("article_id", "size"), article_id=("article_id", "first")
    )
    events = events.reset_index().rename(columns={"status": "stage"})
    events["stage"] = pd.Categorical(events["stage"], categories=STAGES, ordered=True)
    return events.sort_values(["name", "date", "stage"], na_position="last").reset_index(drop=True)[EVENT_COLUMNS]


LIFECYCLE_PROJECTS = 30  # a lifecycle chart of more rows is unreadable; the table lists every project


def latest_projects(dated: pd.DataFrame, most: int = LIFECYCLE_PROJECTS) -> tuple[pd.Index, int]:
    """The `most` projects whose dated events (from `stage_events`) come last, latest
    first, and how many projects have dated events: a lifecycle chart's rows, and what
    it leaves out."""
    latest = dated.groupby("name")["date"].max().sort_values(ascending=False, kind="stable")
    return latest.index[:most], len(latest)


def reaching(projects: pd.DataFrame, stages: Iterable[str]) -> set[str]:
    """The projects with a mention at any of `stages`: "reached this stage", whatever
    was reported later."""
    return set(projects.loc[projects["status"].isin(list(stages)), "name"])


def projects_at_each_stage(projects: pd.DataFrame) -> dict[str, int]:
    """How many projects reached each stage (`reaching` it), in lifecycle order: which stage to ask for."""
    return {stage: len(reaching(projects, [stage])) for stage in STAGES}


def project_summary(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per project (mentions as given by `with_project_names`, or one project per
    name): its other names, the stages reached in lifecycle order, the latest one, the
    first date of each stage, first and last mention, mentions."""
    if projects.empty:
        return pd.DataFrame({c: pd.Series(dtype="datetime64[us]" if c in STAGES else "object") for c in SUMMARY_COLUMNS})
    if "alias" not in projects.columns:
        projects = projects.assign(alias=projects["name"])
    ordered = projects.sort_values("date", kind="stable")
    with_status = ordered[ordered["status"] != ""]
    summary = ordered.groupby("name").agg(
        first_date=("date", "min"), last_date=("date", "max"), n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    summary["latest_status"] = with_status.groupby("name")["status"].last().reindex(summary.index).fillna("")
    aliases = ordered.loc[ordered["alias"] != ordered["name"], ["name", "alias"]].drop_duplicates()
    summary["aliases"] = aliases.groupby("name")["alias"].agg("；".join).reindex(summary.index).fillna("")
    places = ordered.groupby("name")["place"].agg(_places_apart) if "place" in ordered else pd.Series(dtype=object)
    summary["places"] = places.reindex(summary.index).fillna("")
    # Reindexed once for every stage: each reindex of an index of strings converts every name.
    by_stage = with_status.groupby(["name", "status"])["date"].agg(["min", "size"]).unstack().reindex(summary.index)
    summary["stages"] = ""
    for stage in STAGES:
        first = by_stage.get(("min", stage), pd.NaT)
        summary[stage] = pd.Series(first, index=summary.index).astype("datetime64[us]")
        reported = by_stage[("size", stage)].notna() if ("size", stage) in by_stage else False
        summary["stages"] += np.where(reported, stage + "、", "")
    summary["stages"] = summary["stages"].str.rstrip("、")
    summary = summary.reset_index().sort_values(["last_date", "n_mentions", "name"], ascending=[False, False, True])
    return summary[SUMMARY_COLUMNS].reset_index(drop=True)
