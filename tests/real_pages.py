"""Scoring the parser against the gold of the real pages in tests/pages/real/.

How the gold is written is in docs/development-corpus.md. Every measure is over the whole
development corpus; what is acceptable but not required (`optional_…`) counts neither
for nor against. Run as a script to see the figures and every page's misses:

    .venv/bin/python tests/real_pages.py            # figures, then misses page by page
    .venv/bin/python tests/real_pages.py heldout    # the held-out pages' figures only
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REAL_PAGES = Path(__file__).parent / "pages" / "real"  # the development corpus: rules are written against it
HELD_OUT = Path(__file__).parent / "pages" / "heldout"  # never read to write a rule: how the parser does on pages it has not seen
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jimo_data.parsing import parse_page  # noqa: E402
from jimo_data.parsing.officials import leading_places  # noqa: E402
from jimo_data.parsing.places import full_name  # noqa: E402
from jimo_data.parsing.text import simplified  # noqa: E402

# The suite fails below these on the development corpus: the real-pages issue's acceptance
# floors, and for headlines (not among them) a guard a little below today's figure.
FLOORS = {
    "date": 0.95,
    "publication": 0.95,
    "byline F1": 0.90,
    "officials F1": 0.90,
    "office with jurisdiction": 0.90,
    "projects recall": 0.85,
    "projects precision": 0.85,
    "stage": 0.80,
    "headlines recall": 0.65,
}


# The held-out pages' figures when they were first scored, less 0.05 and rounded down: a guard against
# regressions on pages no rule was written against, not a target (docs/parsing.md). Each round's floors
# leave with its pages, so they rise and fall with how hard the round is, not with the rules.
HELD_OUT_FLOORS = {
    "date": 0.95,
    "publication": 0.63,
    "byline F1": 0.88,
    "officials F1": 0.95,
    "office with jurisdiction": 0.90,
    "projects recall": 0.53,
    "projects precision": 0.71,
    "stage": 0.75,
    "headlines recall": 0.73,
}


def page_files(folder: Path = REAL_PAGES) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def copied(pages: list[Path], folder: Path) -> Path:
    """A folder holding copies of these pages (for tests that change the folder)."""
    folder.mkdir(parents=True)
    for page in pages:
        shutil.copy(page, folder / page.name)
    return folder


def gold_of(page: Path) -> dict:
    return tomllib.loads((page.parent / "gold" / f"{page.stem}.toml").read_text("utf-8"))


@dataclass
class Tally:
    """Hits over totals per measure, and what was missed, page by page."""

    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def count(self, measure: str, hits: int, total: int) -> None:
        self.hits[measure] = self.hits.get(measure, 0) + hits
        self.totals[measure] = self.totals.get(measure, 0) + total

    def miss(self, page: str, what: str) -> None:
        self.misses.setdefault(page, []).append(what)

    def ratio(self, measure: str) -> float:
        total = self.totals.get(measure, 0)
        return self.hits.get(measure, 0) / total if total else 1.0

    def figures(self) -> dict[str, float]:
        figures = {m: self.ratio(m) for m in ("date", "publication", "office with jurisdiction", "stage", "headlines recall")}
        for name in ("byline", "officials"):
            precision, recall = self.ratio(f"{name} precision"), self.ratio(f"{name} recall")
            figures[f"{name} F1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures["projects recall"] = self.ratio("projects recall")
        figures["projects precision"] = self.ratio("projects precision")
        return {m: figures[m] for m in FLOORS}


# A mirror site's inline pinyin glosses (萬(wàn)建忠): the parser drops them, and some gold
# was written with them as printed; they are compared without.
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def _all(gold: dict, key: str) -> list[list[str]]:
    return [[_GLOSS.sub("", v) for v in row] for article in gold.get("articles", []) for row in article.get(key, [])]


# A site's or a forum's tag before a title (`【快讯】…`, `[新闻] …`): the golds read it either way, as
# part of the title as printed or not, and so may the parser; titles are compared without it.
_TITLE_TAG = re.compile(r"^(?:\[[^\[\]]{2,8}\]|【[^【】]{1,6}】)\s*")


_FOLD = str.maketrans("()-", "（）—", '“”"')  # brackets and dashes of either width; quotes dropped


# Where a project stands, written before its name: a direction, a town or street, a zone.
_LOCATION = re.compile(r"^(?:东部|西部|南部|北部|[\u4e00-\u9fff]{2,3}(?:镇|街道)|[\u4e00-\u9fff]{2,6}?(?:新区|开发区|高新区))(?=.{4})")


_PHASE = re.compile(r"（?[一二三四五]期）?$")


def _project_key(name: str) -> str:
    """Names compared without spaces, with brackets and dashes of either width, without a
    closing 项目, 建设 or phase (…产业园, …产业园建设项目 and …产业园项目一期 are one) and
    without the places written before them (南村镇智能家电配套产业园 and 智能家电配套产业园,
    青岛胶州市海尔…生态园 and 海尔…生态园 are one: papers write both)."""
    name = simplified("".join(name.split()).translate(_FOLD)).removesuffix("项目")
    name = _PHASE.sub("", name).removesuffix("项目").removesuffix("建设")
    found = leading_places(name)
    # The places up to the last written in full (青岛胶州市; 石嘴山平罗县 before 宁夏冠能…), not a short
    # name that opens the name itself (东阿阿胶, 宁夏冠能).
    full = next((n for n in range(len(found), 0, -1) if found[n - 1][-1] in "省市区县镇"), 0)
    places = "".join(found[:full])
    if full and len(name) - len(places) >= 4:
        name = name[len(places) :]
    return _LOCATION.sub("", name)


# 曹县县委书记 and 曹县委书记 are one office; the parser writes the level once.
_LEVEL_TWICE = re.compile("([区市县州旗盟])\\1(?=委|人民政府|政府|人大|政协)")
# 济宁市政府副市长 and 济宁市副市长, 县人民政府副县长 and 副县长 are one office: the government's
# head or deputy head, which the parser writes without the government (docs/development-corpus.md).
_GOVERNMENT_BEFORE_HEAD = re.compile(
    "(?:^[区市县州旗盟镇乡省]?|(?<=[区市县州旗盟镇乡省]))(?:人民)?政府(?=(?:常务)?副?[区市县州旗盟镇乡省]长$)"
)


# 和田地区行署专员 and 和田行署专员 are one office: a prefecture's (地区) organs are written by
# its short name (阿克苏地委) as often as by its full one.
_PREFECTURE_BEFORE_ORGAN = re.compile("地区(?=地委|行署)")


def _office_key(office: str) -> str:
    """Offices compared in simplified characters: the parser gives them so, whatever the
    page's script (docs/parsing.md), and the gold writes them as printed. Its place is
    compared as the innermost division written, in full (since 2026-12-06: 云南永平县县长 and
    永平县县长, 陵水黎族自治县县长 and 陵水县县长, 青岛住房…局 and 青岛市住房…局 are one office)."""
    office = _PREFECTURE_BEFORE_ORGAN.sub("", simplified(office), count=1)
    office = _GOVERNMENT_BEFORE_HEAD.sub("", _LEVEL_TWICE.sub(r"\1", office, count=1))
    written = leading_places(office)
    if not written:
        return office
    rest = office[len("".join(written)) :]
    return full_name(written[-1]) + rest if rest else office


def _date_ok(gold: dict, date) -> bool:
    found = "" if date is None else date.isoformat()[:10]
    if "date_from" in gold:
        return bool(found) and gold["date_from"] <= found <= gold["date_to"]
    return found == gold.get("date", "")


def _set_measure(tally: Tally, page: str, what: str, gold: set, optional: set, found: set) -> set:
    """Recall of `gold` in `found`, precision of `found` against gold and optional; the matched."""
    tally.count(f"{what} recall", len(gold & found), len(gold))
    counted = found - (optional - gold)
    tally.count(f"{what} precision", len(counted & gold), len(counted))
    for missed in sorted(gold - found):
        tally.miss(page, f"{what} missed: {missed}")
    for extra in sorted(counted - gold):
        tally.miss(page, f"{what} extra: {extra}")
    return gold & found


def score_page(tally: Tally, page: Path) -> None:
    gold, parsed = gold_of(page), parse_page(page.read_bytes())
    name = page.name
    info = parsed.page
    tally.count("date", _date_ok(gold, info["date"]), 1)
    if not _date_ok(gold, info["date"]):
        tally.miss(
            name, f"date: {info['date']} ({info['date_source']}: {info['date_evidence']}) for {gold.get('date') or gold.get('date_from')}"
        )
    tally.count("publication", info["publication"] == gold["publication"], 1)
    if info["publication"] != gold["publication"]:
        tally.miss(name, f"publication: {info['publication']!r} for {gold['publication']!r}")

    headlines = {_TITLE_TAG.sub("", a["headline"]) for a in parsed.articles}
    gold_headlines = [_TITLE_TAG.sub("", _GLOSS.sub("", a["headline"])) for a in gold.get("articles", []) if a.get("headline")]
    tally.count("headlines recall", sum(h in headlines for h in gold_headlines), len(gold_headlines))
    for missed in (h for h in gold_headlines if h not in headlines):
        tally.miss(name, f"headline missed: {missed}")

    _set_measure(
        tally,
        name,
        "byline",
        # A name set with a space (`姜 璐`) is one name: the gold may write it as printed.
        {("".join(n.split()), role) for n, role, *_ in _all(gold, "bylines")},
        {("".join(n.split()), role) for n, role, *_ in _all(gold, "optional_bylines")},
        {(b["name"], b["role"]) for b in parsed.bylines},
    )

    matched = _set_measure(
        tally,
        name,
        "officials",
        {n for n, *_ in _all(gold, "officials")},
        {n for n, *_ in _all(gold, "optional_officials")},
        {o["name"] for o in parsed.officials},
    )
    offices = {(o["name"], _office_key(o["office"])) for o in parsed.officials}
    # An optional row of a required person gives another acceptable office (县长 beside 政府县长).
    also_offices = {(n, _office_key(office)) for n, _title, office in _all(gold, "optional_officials")}
    for person, _title, office in (row for row in _all(gold, "officials") if row[0] in matched):
        placed = (person, _office_key(office)) in offices or any((person, o) in also_offices for n, o in offices if n == person)
        tally.count("office with jurisdiction", placed, 1)
        if not placed:
            tally.miss(name, f"office of {person}: {sorted(o for n, o in offices if n == person)} for {office}")

    stages = {_project_key(p["name"]): p["status"] for p in parsed.projects}
    # A gold writer may give a stage in the page's script (開工): the stages are the simplified words.
    gold_projects = {_project_key(n): simplified(stage) for n, stage in _all(gold, "projects")}
    matched = _set_measure(
        tally,
        name,
        "projects",
        set(gold_projects),
        {_project_key(n) for n, *_ in _all(gold, "optional_projects")},
        set(stages),
    )
    # An optional row of a required project gives another acceptable stage.
    also_stages = {(_project_key(n), simplified(stage)) for n, stage in _all(gold, "optional_projects")}
    for project in sorted(matched):
        staged = stages[project] == gold_projects[project] or (project, stages[project]) in also_stages
        tally.count("stage", staged, 1)
        if not staged:
            tally.miss(name, f"stage of {project}: {stages[project]!r} for {gold_projects[project]!r}")


def score(pages: list[Path]) -> Tally:
    tally = Tally()
    for page in pages:
        score_page(tally, page)
    return tally


def report(tally: Tally, floors: dict[str, float] = FLOORS) -> str:
    lines = [f"{measure:<26}{value:6.3f}   floor {floors[measure]:.2f}" for measure, value in tally.figures().items()]
    return "\n".join(lines)


if __name__ == "__main__":
    held_out = sys.argv[1:] == ["heldout"]
    pages = [page for page in page_files(HELD_OUT if held_out else REAL_PAGES) if (page.parent / "gold" / f"{page.stem}.toml").exists()]
    result = score(pages)
    print(f"{len(pages)} pages with gold\n{report(result, HELD_OUT_FLOORS if held_out else FLOORS)}\n")
    # The held-out pages' misses are not printed: reading them would make them development pages.
    for page, misses in ({} if held_out else result.misses).items():
        print(page)
        for what in misses:
            print("   ", what)
