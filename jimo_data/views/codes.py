"""The tables' codes and problem texts in the interface language.

The tables keep the parser's codes (`caption`, `inferred`, `warning`) and its problem
texts, which are English words; every table shows them in the interface language
(`widgets.table`). A code is a label `<column>_<code>`. A problem text is recognised by
the English side of a `problem_` label: its `{…}` parts stand for any value (a file
name, a number), which is kept as written, or translated when it is itself the English
of a `what_` label (`a PNG image`). A text no label matches is shown as written. The
reasons of the files not read (`Corpus.ignored`, `path (reason)`) are the same texts
(`ignored_entry`).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from .i18n import AGREEING, LABELS, t

# Columns holding codes, and the label prefix of their values (`kind` caption -> kind_caption).
CODE_COLUMNS = {"kind": "kind_", "date_source": "date_source_", "status": "status_", "role": "role_"}
PROBLEM_SEPARATOR = "; "  # between the problems of one page (parsing/page.py)
# Between a person's roles (a ranking's `roles`: codes joined by 、), as each language lists words.
ROLE_SEPARATOR = {"zh": "、", "en": ", "}


def localise_codes(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with its codes and problem texts in `lang`."""
    columns = {column: (lambda value, p=prefix: code_label(p, value, lang)) for column, prefix in CODE_COLUMNS.items()}
    columns["status"] = lambda value: code_label("status_", value, lang) if "status_" + value in LABELS else stage_text(value, lang)
    columns["latest_status"] = columns["stages"] = lambda value: stage_text(value, lang)
    columns["roles"] = lambda value: ROLE_SEPARATOR[lang].join(code_label("role_", role, lang) for role in value.split("、"))
    columns["problems"] = lambda value: problem_text(value, lang)
    columns["corrected"] = lambda value: rule_labels(value, lang)
    present = {column: change for column, change in columns.items() if column in frame.columns}
    return frame.assign(**{column: _map_distinct(frame[column], change) for column, change in present.items()}) if present else frame


def _map_distinct(values: pd.Series, change) -> pd.Series:
    """`change` applied once per distinct value (a listing repeats a few codes many times)."""
    codes, distinct = pd.factorize(values)  # a missing value's code is -1: the None appended
    shown = np.array([change(value) if isinstance(value, str) else value for value in distinct] + [None], dtype=object)
    return pd.Series(shown[codes], index=values.index, name=values.name)


def code_label(prefix: str, code: str, lang: str) -> str:
    key = prefix + code
    return t(key, lang) if key in LABELS else code


def stage_text(text: str, lang: str) -> str:
    """A project's stage, or its stages joined by 、, as the parser names them, with their
    English after them in English (`开工 (construction started)`): the Chinese word is what
    the filters and the URL take."""
    if lang == "zh" or not text:
        return text
    return "、".join(f"{stage} ({t('stage_' + stage, lang)})" if "stage_" + stage in LABELS else stage for stage in text.split("、"))


def problem_text(text: str, lang: str) -> str:
    """A page's problems (several joined by "; ", which a problem's own words may hold
    too: the longest run of pieces that is one known problem is taken first) in `lang`."""
    pieces, shown = text.split(PROBLEM_SEPARATOR), []
    while pieces:
        size, translated = next(
            ((size, found) for size in range(len(pieces), 0, -1) if (found := _problem(PROBLEM_SEPARATOR.join(pieces[:size]), lang))),
            (1, pieces[0]),
        )
        shown.append(translated)
        pieces = pieces[size:]
    return ("；" if lang == "zh" else PROBLEM_SEPARATOR).join(shown)


def rule_labels(text: str, lang: str) -> str:
    """The correction rules of a `corrected` cell (`official 1; merge 2`, the kinds of
    corrections.toml and their numbers) in `lang`; the number is kept, so the rule can be
    found in the file (the second [[merge]])."""
    shown = []
    for label in filter(None, text.split(PROBLEM_SEPARATOR)):
        kind, _, number = label.rpartition(" ")
        shown.append(f"{code_label('rule_kind_', kind, lang)} {number}" if kind else label)
    return ("；" if lang == "zh" else PROBLEM_SEPARATOR).join(shown)


def ignored_entry(entry: str, lang: str) -> str:
    """An entry of `Corpus.ignored`, `path (reason)`, with its reason in `lang` (a name
    may hold brackets too: the first bracket whose content is a known reason is taken)."""
    for start in (i for i in range(len(entry)) if entry.startswith(" (", i) and entry.endswith(")")):
        reason = _problem(entry[start + 2 : -1], lang)
        if reason:
            return f"{entry[:start]}（{reason}）" if lang == "zh" else f"{entry[:start]} ({reason})"
    return entry


def _problem(part: str, lang: str) -> str | None:
    for key, pattern in _problem_patterns():
        found = pattern.fullmatch(part)
        if found:
            return t(key, lang, **{name: _what(value, lang) for name, value in found.groupdict().items()})
    return None


def _what(value: str, lang: str) -> str:
    key = _what_keys().get(value)
    return t(key, lang) if key else value


@cache
def _what_keys() -> dict[str, str]:
    return {english: key for key, (_, english) in LABELS.items() if key.startswith("what_")}


@cache
def _problem_patterns() -> list[tuple[str, re.Pattern]]:
    """(label key, pattern of its English text); texts with fewer open parts first, so
    `cannot read the file: it is a link to nothing …` is not taken for the general
    `cannot read the file: {reason}`. An open part holds no "; " (where problems join)."""
    keys = sorted((key for key in LABELS if key.startswith("problem_")), key=lambda key: (LABELS[key][1].count("{"), -len(LABELS[key][1])))
    return [(key, _english_pattern(LABELS[key][1])) for key in keys]


def _english_pattern(english: str) -> re.Pattern:
    """An English text's pattern: its open parts named, a word agreeing with a figure in either form."""
    parts, at = [], 0
    for agreeing in AGREEING.finditer(english):
        parts += [_with_open_parts(english[at : agreeing.start()]), f"(?:{re.escape(agreeing[2])}|{re.escape(agreeing[3])})"]
        at = agreeing.end()
    return re.compile("".join([*parts, _with_open_parts(english[at:])]))


def _with_open_parts(text: str) -> str:
    return re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>(?:(?!; ).)+)", re.escape(text))
