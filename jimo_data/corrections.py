"""A researcher's corrections to the parsed tables, kept in `corrections.toml` in the
corpus folder (the rule shapes, with examples: docs/corrections.md).

Corrections are applied after the parse and the cache (`load_corpus`), so the cache
stays a pure function of the files. A rule that cannot be read is a problem in words,
never an exception; a rule that matches nothing is stale, listed and kept in the file.
Every row a rule changed names it in its `corrected` column (`page 1`, `merge 2`).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import tomli_w

from .parsing import NO_DATE, OK, WARNING
from .parsing.page import office_at_home
from .tables import conform

CORRECTIONS_FILE = "corrections.toml"
NAMED_TABLES = ("bylines", "officials", "projects")  # tables whose rows a rule finds by `name`
KINDS_OF_ITEM = ("article", "caption", "notice")

# Per rule kind: required fields, optional fields, and the type each field must have.
_TEXT, _TEXTS, _DATE = str, list, dt.date
RULE_FIELDS: dict[str, tuple[dict[str, type], dict[str, type]]] = {
    "page": ({"id": _TEXT}, {"date": _DATE, "publication": _TEXT, "section": _TEXT}),
    "drop": ({"table": _TEXT, "name": _TEXT}, {"article_id": _TEXT}),
    "official": ({"name": _TEXT}, {"article_id": _TEXT, "office": _TEXT, "jurisdiction": _TEXT}),
    "merge": ({"table": _TEXT, "names": _TEXTS, "into": _TEXT}, {}),
    "split": ({"table": _TEXT, "name": _TEXT, "article_ids": _TEXTS, "into": _TEXT}, {"written": _TEXTS}),
    "article": ({"id": _TEXT}, {"kind": _TEXT, "reprint_of": _TEXT}),
    "note": ({"article_id": _TEXT}, {"text": _TEXT, "tags": _TEXTS}),
}


class CorrectionsError(Exception):
    """A rule that cannot be written, with the reason in words; `reason` names the kind
    (bad_rule | bad_file | unwritable) for a translated message."""

    def __init__(self, message: str, reason: str = "bad_rule"):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Rule:
    kind: str
    n: int  # 1, 2, … among the rules of its kind, in the file's order
    fields: dict

    @property
    def label(self) -> str:
        return f"{self.kind} {self.n}"

    def describe(self) -> str:
        return self.label + ": " + ", ".join(f"{key}={value}" for key, value in self.fields.items())


@dataclass
class Corrections:
    """The rules of a corpus folder and what they did."""

    rules: list[Rule] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # rules (or a file) that cannot be read
    applied: dict[str, int] = field(default_factory=dict)  # rule label -> rows it changed
    stale: list[Rule] = field(default_factory=list)  # rules that matched nothing


def not_read_as_corrections(ignored: list[str]) -> list[str]:
    """A folder's entries that are no pages, less its corrections.toml (read, as corrections)."""
    return [entry for entry in ignored if entry != CORRECTIONS_FILE]


def read_rules(folder: str | os.PathLike) -> Corrections:
    """The rules of `folder`'s corrections file (none when there is no file)."""
    path = Path(folder) / CORRECTIONS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Corrections()
    except (OSError, UnicodeDecodeError) as error:
        return Corrections(problems=[f"{CORRECTIONS_FILE} cannot be read: {error}"])
    return parse_rules(text)


def parse_rules(text: str) -> Corrections:
    """Rules from TOML text; whatever cannot be used is a problem, the rest still applies."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Corrections(problems=[f"{CORRECTIONS_FILE} is not valid TOML ({error}); no correction applies"])
    found = Corrections()
    for kind, entries in document.items():
        if kind not in RULE_FIELDS:
            found.problems.append(f"[[{kind}]] is not a kind of rule (kinds: {', '.join(RULE_FIELDS)})")
            continue
        for n, entry in enumerate(entries if isinstance(entries, list) else [entries], start=1):
            problem = _rule_problem(kind, entry)
            if problem:
                found.problems.append(f"{kind} {n}: {problem}; ignored")
            else:
                found.rules.append(Rule(kind, n, dict(entry)))
    return found


def _rule_problem(kind: str, entry) -> str:
    if not isinstance(entry, dict):
        return f"write it as [[{kind}]] with fields"
    required, optional = RULE_FIELDS[kind]
    allowed = required | optional
    missing = [name for name in required if name not in entry]
    unknown = [name for name in entry if name not in allowed]
    wrong = [
        f"{name} (a date: 2024-05-01)" if allowed[name] is dt.date else name
        for name, value in entry.items()
        if name in allowed and not _has_type(value, allowed[name])
    ]
    if missing or unknown or wrong:
        said = [
            f"{label} {', '.join(names)}" for label, names in (("missing", missing), ("unknown", unknown), ("wrong type", wrong)) if names
        ]
        return "; ".join(said)
    if "table" in entry and entry["table"] not in NAMED_TABLES:
        return f"table must be one of {', '.join(NAMED_TABLES)}"
    if entry.get("kind", "article") not in KINDS_OF_ITEM:
        return f"kind must be one of {', '.join(KINDS_OF_ITEM)}"
    if kind == "page" and len(entry) == 1:
        return "nothing to set (date, publication or section)"
    return ""


def _has_type(value, kind: type) -> bool:
    if kind is list:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind is dt.date:
        return _as_date(value) is not None
    return isinstance(value, kind)


def _as_date(value) -> dt.date | None:
    """A TOML date (2026-01-05), or one written as text ("2026-01-05"); None for anything
    else, a date with a time too."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(value.strip()) if isinstance(value, str) else None
    except ValueError:
        return None


def apply_corrections(tables: dict[str, pd.DataFrame], rules: list[Rule]) -> tuple[dict[str, pd.DataFrame], dict[str, int], list[Rule]]:
    """(corrected tables with `notes`, rows changed per rule label, rules that matched nothing).
    The tables given are not changed: a corrected table is a copy."""
    out = _Tables(tables)
    applied: dict[str, int] = {}
    notes: list[dict] = []
    for rule in rules:
        applied[rule.label] = _APPLY[rule.kind](out, rule, notes)
    out["notes"] = conform("notes", pd.DataFrame(notes, columns=["article_id", "tag", "text", "corrected"]))
    stale = [rule for rule in rules if not applied[rule.label]]
    return dict(out), {label: n for label, n in applied.items() if n}, stale


class _Tables(dict):
    """The tables being corrected: each copied once, on its first change, so the tables
    given (memory-mapped from the snapshot) are never written and many rules cost one copy."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        super().__init__(tables)
        self.copied: set[str] = set()

    def writable(self, table: str) -> pd.DataFrame:
        if table not in self.copied:
            self[table] = self[table].copy()
            self.copied.add(table)
        return self[table]

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        self[table] = frame
        self.copied.add(table)


def _mark(tables: _Tables, table: str, rows: pd.Series, rule: Rule, **values) -> int:
    """Set `values` on the rows of `table` where `rows` holds, naming the rule; how many."""
    if not rows.any():
        return 0
    frame, where = tables.writable(table), rows.to_numpy()
    for column, value in values.items():
        frame.loc[where, column] = value
    before = frame.loc[where, "corrected"]
    frame.loc[where, "corrected"] = before.where(before == "", before + "; ") + rule.label
    return int(rows.sum())


def _on_article(frame: pd.DataFrame, rule: Rule) -> pd.Series:
    """Rows of the rule's article, or every row when it names none."""
    article = rule.fields.get("article_id")
    return frame["article_id"] == article if article else pd.Series(True, index=frame.index)


def _page(tables: _Tables, rule: Rule, notes: list) -> int:
    """A page's date, publication or section; `id` may be a pattern (`滑县/*`) for every page
    it matches, each keeping its own paper until the rule names another."""
    f = rule.fields
    values = {column: f[column] for column in ("publication", "section") if column in f}
    if "date" in f:
        values["date"] = pd.Timestamp(_as_date(f["date"]))
    on_page = _pages_matching(tables["pages"]["page_id"], f["id"])
    was = tables["pages"].loc[on_page, ["page_id", "publication", "section"]]
    changed = _mark(tables, "pages", on_page, rule, **values)
    if changed and "date" in f:
        _dated_by(tables.writable("pages"), on_page.to_numpy(), rule)
    if changed and "publication" in f:
        mentioned = tables["officials"].groupby("page_id", observed=True).indices  # rows per page, found once
        # Each page's date as the rule leaves it: a district was a county-level city on its early pages (`home_on`).
        days = tables["pages"].loc[on_page, "date"].map(lambda date: None if pd.isna(date) else date.date())
        for (page_id, publication, section), day in zip(was.itertuples(index=False), days):
            if page_id in mentioned:
                paper = (f["publication"], f.get("section", section))
                _placed_at_home(tables, mentioned[page_id], paper, (publication, section), day)
    if changed:  # every row on the page is marked, and carries the page's date and publication
        carried = {column: value for column, value in values.items() if column != "section"}
        page_ids = set(was["page_id"])
        for table in ("articles", *NAMED_TABLES):
            columns = {c: v for c, v in carried.items() if c in tables[table].columns}
            _mark(tables, table, tables[table]["page_id"].isin(page_ids), rule, **columns)
    return changed


_PATTERN_MARKS = frozenset("*?[")


def _pages_matching(page_ids: pd.Series, wanted: str) -> pd.Series:
    """The pages a rule's `id` names: that page, or, written as a pattern with * ? or […],
    every page whose id it matches (`滑县/*`, `hx_2023*.txt`)."""
    if not _PATTERN_MARKS & set(wanted):
        return page_ids == wanted
    return page_ids.map(lambda page_id: fnmatch.fnmatchcase(page_id, wanted)).astype(bool)


def _dated_by(pages: pd.DataFrame, rows, rule: Rule) -> None:
    """A page the rule dates: its date rests on the rule, and its want of a date is no
    longer a problem (a warning with no problem left is ok)."""
    pages.loc[rows, "date_source"] = "corrected"
    pages.loc[rows, "date_evidence"] = CORRECTIONS_FILE  # which rule: `corrected`, in the interface's words
    left = pages.loc[rows, "problems"].map(lambda text: "; ".join(p for p in text.split("; ") if p and not p.startswith(NO_DATE)))
    pages.loc[rows, "problems"] = left
    pages.loc[rows, "status"] = pages.loc[rows, "status"].where((pages.loc[rows, "status"] != WARNING) | (left != ""), OK)


def _placed_at_home(tables: _Tables, rows, paper: tuple[str, str], was: tuple[str, str], day) -> None:
    """A page's bare titles (its `rows` of officials, by position) read at the home of the
    publication a rule names (市长 on a page corrected to 潍坊日报: 潍坊市市长), as the parser
    reads them on that paper's pages of that day; `paper` and `was` are (publication,
    section) after and before the rule."""
    officials = tables.writable("officials")
    mentions = officials.iloc[rows][["title", "office"]].itertuples(index=False)
    at = officials.columns.get_indexer(["office", "jurisdiction"])
    officials.iloc[rows, at] = [office_at_home(*mention, *paper, was=was, day=day) for mention in mentions]


def _drop(tables: _Tables, rule: Rule, notes: list) -> int:
    frame = tables[rule.fields["table"]]
    rows = (frame["name"] == rule.fields["name"]) & _on_article(frame, rule)
    tables.replace(rule.fields["table"], frame[~rows].reset_index(drop=True))
    _mark(tables, "articles", tables["articles"]["article_id"].isin(frame.loc[rows, "article_id"]), rule)  # what is gone is still said
    return int(rows.sum())


def _official(tables: _Tables, rule: Rule, notes: list) -> int:
    frame = tables["officials"]
    rows = (frame["name"] == rule.fields["name"]) & _on_article(frame, rule)
    values = {column: rule.fields[column] for column in ("office", "jurisdiction") if column in rule.fields}
    return _mark(tables, "officials", rows, rule, **values)


def _merge(tables: _Tables, rule: Rule, notes: list) -> int:
    table = rule.fields["table"]
    frame = tables[table]
    rows = frame["name"].isin(rule.fields["names"]) & (frame["name"] != rule.fields["into"])
    return _renamed(tables, table, rows, rule)


def _split(tables: _Tables, rule: Rule, notes: list) -> int:
    table = rule.fields["table"]
    frame = tables[table]
    rows = (frame["name"] == rule.fields["name"]) & frame["article_id"].isin(rule.fields["article_ids"])
    if "written" in rule.fields:  # an article may print both merged names: the name as printed tells them apart
        rows &= _written(frame).isin(rule.fields["written"])
    return _renamed(tables, table, rows, rule)


def _written(frame: pd.DataFrame) -> pd.Series:
    """Each row's name as printed, where the table keeps it."""
    return frame["written_as"].where(frame["written_as"] != "", frame["name"]) if "written_as" in frame.columns else frame["name"]


def _renamed(tables: _Tables, table: str, rows: pd.Series, rule: Rule) -> int:
    """Rename rows to the rule's `into`, keeping the name as written (`written_as`)
    where the table has it, so a merged project lists both names."""
    frame = tables[table]
    values = {"name": rule.fields["into"]}
    if "written_as" in frame.columns:
        values["written_as"] = _written(frame)[rows]
    return _mark(tables, table, rows, rule, **values)


def _article(tables: _Tables, rule: Rule, notes: list) -> int:
    rows = tables["articles"]["article_id"] == rule.fields["id"]
    if not rows.any():
        return 0
    if "reprint_of" in rule.fields:
        notes.append({"article_id": rule.fields["id"], "tag": "reprint", "text": rule.fields["reprint_of"], "corrected": rule.label})
    values = {"kind": rule.fields["kind"]} if "kind" in rule.fields else {}
    return _mark(tables, "articles", rows, rule, **values)


def _note(tables: _Tables, rule: Rule, notes: list) -> int:
    article = rule.fields["article_id"]
    if not (tables["articles"]["article_id"] == article).any():
        return 0
    text = rule.fields.get("text", "")
    rows = [{"article_id": article, "tag": tag, "text": text, "corrected": rule.label} for tag in rule.fields.get("tags") or [""]]
    notes.extend(rows)
    return len(rows)


_APPLY = {"page": _page, "drop": _drop, "official": _official, "merge": _merge, "split": _split, "article": _article, "note": _note}


def corrections_report(corrections: Corrections) -> list[str]:
    """The rules in force with the rows each changed, the stale ones, and the problems."""
    if not (corrections.rules or corrections.problems):
        return [f"no corrections ({CORRECTIONS_FILE} absent or empty)"]
    lines = [f"{len(corrections.rules)} rules, {len(corrections.applied)} in force, {len(corrections.stale)} stale"]
    lines += [
        f"  {rule.describe()}  -> {corrections.applied[rule.label]} rows" for rule in corrections.rules if rule.label in corrections.applied
    ]
    lines += [f"  stale (matches nothing): {rule.describe()}" for rule in corrections.stale]
    lines += [f"  problem: {problem}" for problem in corrections.problems]
    return lines


def corrections_table(corrections: Corrections) -> pd.DataFrame:
    """A row per rule, in the file's order, then per problem: `rule` (its label and
    fields, or the problem), `correction_state` (in_force | stale | problem), `rows_changed`."""
    rows = [
        {
            "rule": rule.describe(),
            "correction_state": "in_force" if rule.label in corrections.applied else "stale",
            "rows_changed": corrections.applied.get(rule.label, 0),
        }
        for rule in corrections.rules
    ]
    rows += [{"rule": problem, "correction_state": "problem", "rows_changed": 0} for problem in corrections.problems]
    return pd.DataFrame(rows, columns=["rule", "correction_state", "rows_changed"])


def corrections_stamp(folder: str | os.PathLike) -> tuple:
    """What changes when the corrections file does (size, times, inode), for a dashboard
    that reloads when its folder changes; () when there is none."""
    try:
        stat = (Path(folder) / CORRECTIONS_FILE).stat()
    except OSError:
        return ()
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def add_rule(folder: str | os.PathLike, kind: str, fields: dict) -> Rule:
    """Append a rule to `folder`'s corrections file, atomically (a temporary file in the
    folder, then a rename): a reader sees the old file or the new one, whole. Raises
    `CorrectionsError` for a rule that would not be read back, a file that is not valid
    TOML (it is not overwritten), or a folder that cannot be written."""
    if kind not in RULE_FIELDS:
        raise CorrectionsError(f"{kind} is not a kind of rule")
    problem = _rule_problem(kind, fields)
    if problem:
        raise CorrectionsError(f"{kind}: {problem}")
    folder = Path(folder).resolve()
    path = folder / CORRECTIONS_FILE
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomllib.loads(old)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorrectionsError(f"{path} is not valid TOML ({error}); fix it by hand first", "bad_file") from error
    if not isinstance(document.get(kind, []), list):
        raise CorrectionsError(f"{path}: {kind} is not a list of rules; fix it by hand first", "bad_file")
    # Appended as text under its own [[kind]] header, not the whole document dumped
    # again: the user's comments stay.
    text = old.rstrip("\n") + ("\n\n" if old.strip() else "") + f"[[{kind}]]\n" + tomli_w.dumps(dict(fields))
    if tomllib.loads(text).get(kind, [])[-1:] != [dict(fields)]:  # what the next load will read
        raise CorrectionsError(f"{path}: the rule would not be read back as written; nothing was changed")
    _write_atomically(folder, path, text)
    return Rule(kind, len(document.get(kind, [])) + 1, dict(fields))


def _write_atomically(folder: Path, path: Path, text: str) -> None:
    # The temporary file sits beside the target, inside the corpus folder, so the
    # rename never crosses a file system and nothing is written elsewhere.
    try:
        handle, tmp = tempfile.mkstemp(prefix=".corrections-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise CorrectionsError(
            f"the corpus folder {folder} cannot be written ({error.strerror or error}); nothing was changed", "unwritable"
        ) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise CorrectionsError(f"{path} cannot be written ({error.strerror or error}); nothing was changed", "unwritable") from error
