"""The column contract of every table: names, dtypes and meaning, in one place.

`docs/data-model.md` is generated from `SCHEMAS` (`python -m jimo_data schema`) and a
test checks that it is current and that every table `load_corpus` returns has exactly
these columns with these dtypes, even when empty.
"""

from __future__ import annotations

import hashlib

import pandas as pd

STR, INT, DATE, CAT, INT32 = "string", "Int64", "datetime64[us]", "category", "int32"

# One block per table: `[table]`, then a line per column: name, dtype, meaning.
_CONTRACT = """
[pages]
page_id        string          path of the file relative to the corpus folder, `/`-separated
publication    string          新即墨, 青岛日报 …; empty when unknown
section        string          section or page title (今日即墨, 要闻); empty when none
page_no        Int64           page number (版次) when the e-paper navigation gives it
date           datetime64[us]  publication date; NaT when unknown
date_source    string          masthead | dateline | inferred | unknown | corrected (a `[[page]]` rule's date)
date_evidence  string          the words on the page the date rests on
issue_no       Int64           issue number 第N期 from the masthead
lunar_date     string          农历… from the masthead
weekday        string          星期… from the masthead
n_articles     Int64           articles on the page (captions not counted; 0 for a duplicate)
n_chars        Int64           characters of decoded text
encoding       string          utf-8 | utf-8-sig | utf-16-le | utf-16-be | gb18030 | big5; empty when not decoded
content_hash   string          SHA-256 of the file's bytes
text_hash      string          SHA-256 of the decoded text, white space at line ends dropped; empty when not decoded
duplicate_of   string          page_id of the page with the same text read first; empty when none
status         string          ok | warning | error
problems       string          what is wrong, in words; empty when nothing
corrected    string          the correction rules that changed this row (`page 1; merge 2`, see docs/corrections.md); empty when none

[articles]
article_id   string          `page_id#seq`
page_id      string          the page it stands on
seq          Int64           1, 2, … in reading order on the page
kind         string          article | caption | notice
kicker       string          line(s) above the main title
headline     string          main title; empty when the page starts mid-article or for a caption
subheadline  string          subtitle or deck below the main title, leading —— removed
body         string          text, one paragraph per line, broken sentences rejoined
date         datetime64[us]  the page's date
publication  string          the page's publication
n_chars      Int64           characters of the body
continued    string          continuation marker such as 下转二版; empty when none
corrected    string          the correction rules that changed this row (`page 1; merge 2`, see docs/corrections.md); empty when none

[bylines]
article_id  string          the article credited
page_id     string          its page
name        string          the person
role        string          reporter | correspondent | photographer | editor
duty        string          the paper's own word: 记者, 通讯员, 摄, 责编, 美编, 审读, 排版 …
outlet      string          e.g. 青岛日报/观海新闻; empty when none is given
date        datetime64[us]  the page's date
corrected    string          the correction rules that changed this row (`page 1; merge 2`, see docs/corrections.md); empty when none

[officials]
article_id  string          the article mentioning the official
page_id     string          its page
name        string          2 to 4 Han characters, or a transliterated name whose parts a middle dot joins (塔依尔·卡地尔)
title       string          the title chain as written, e.g. 区委副书记、区长
office      string          principal office with its jurisdiction, e.g. 即墨区区长; the title itself (区委书记) when the page does not tell whose
jurisdiction string         the place the office belongs to, in full (即墨区, 青岛市, 移风店镇; a zone with the place naming it, 即墨经济开发区, or a bare zone with its page's, 大冶高新区); empty when the page does not tell
n_mentions  Int64           how often the article names the person with this office (under the longest title it gives them for it)
date        datetime64[us]  the page's date
corrected    string          the correction rules that changed this row (`page 1; merge 2`, see docs/corrections.md); empty when none

[projects]
article_id  string          the article mentioning the project
page_id     string          its page
name        string          clean project name, e.g. 青岛英派斯体育产业园项目
status      string          签约 | 落地 | 启动 | 开工 | 建设 | 竣工 | 投产 | 投用 | 启用 | 运营, or empty
sentence    string          the sentence that mentions it
date        datetime64[us]  the page's date
written_as  string          the name as printed when a correction renamed the row (merge, split); empty otherwise
corrected    string          the correction rules that changed this row (`page 1; merge 2`, see docs/corrections.md); empty when none

[terms]
article_id  category        the article (categorical: a whole archive has millions of term rows)
term        category        a jieba token that is not a stopword (categorical)
count       int32           occurrences in headline, kicker, subheadline and body

[notes]
article_id  string          the article noted or tagged
tag         string          a researcher's label (土地出让, to quote; reprint for a rule that marks a reprint); empty for a note without tags
text        string          the note; for a reprint, what it reprints
corrected   string          the rule that made the row (`note 3`)
"""


def _read_contract(text: str) -> dict[str, list[tuple[str, str, str]]]:
    schemas: dict[str, list[tuple[str, str, str]]] = {}
    for line in filter(None, (line.strip() for line in text.splitlines())):
        if line.startswith("["):
            columns = schemas.setdefault(line.strip("[]"), [])
        else:
            name, dtype, meaning = line.split(maxsplit=2)
            columns.append((name, dtype, meaning))
    return schemas


SCHEMAS: dict[str, list[tuple[str, str, str]]] = _read_contract(_CONTRACT)  # table -> [(column, dtype, meaning)]

TABLES = tuple(SCHEMAS)
CONTRACT_VERSION = hashlib.sha256(_CONTRACT.encode()).hexdigest()[:8]  # a snapshot of other columns is not read
STORED_TABLES = tuple(table for table in TABLES if table != "notes")  # `notes` comes from corrections.toml alone
APPLIED_COLUMNS = ("corrected", "written_as")  # set by corrections on load, empty in the cache


def columns(table: str) -> list[str]:
    return [name for name, _, _ in SCHEMAS[table]]


# What the parse of one file gives per table, before it is placed in a folder: rows keyed
# by (the file's content hash, the article's `seq`), which is what the per-file cache
# stores. Assembly adds page and article ids, the page's date and duplicates.
PARSED_COLUMNS: dict[str, list[str]] = {
    "pages": [c for c in columns("pages") if c not in ("page_id", "content_hash", "duplicate_of", *APPLIED_COLUMNS)],
    "articles": ["seq", "kind", "kicker", "headline", "subheadline", "body", "n_chars", "continued"],
    "bylines": ["seq", "name", "role", "duty", "outlet"],
    "officials": ["seq", "name", "title", "office", "jurisdiction", "n_mentions"],
    "projects": ["seq", "name", "status", "sentence"],
    "terms": ["seq", "term", "count"],
}
CACHED_COLUMNS: dict[str, list[str]] = {table: ["content_hash", *names] for table, names in PARSED_COLUMNS.items()}


def conform(table: str, frame: pd.DataFrame | None) -> pd.DataFrame:
    """The frame with exactly the contract's columns, in order, with the contract's dtypes."""
    frame = pd.DataFrame() if frame is None else frame
    out = {}
    for name, dtype, _ in SCHEMAS[table]:
        values = frame[name] if name in frame.columns else pd.Series([None] * len(frame), index=frame.index)
        if dtype == STR:
            out[name] = values.astype(STR).fillna("")
        elif dtype == DATE:
            out[name] = pd.to_datetime(values).astype(DATE)
        elif dtype == CAT:
            out[name] = values if isinstance(values.dtype, pd.CategoricalDtype) else values.astype(STR).astype(CAT)
        else:
            out[name] = values.astype(dtype)
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def data_model_markdown() -> str:
    parts = [
        "# Data model",
        "",
        "Generated from `jimo_data/tables.py` by `python -m jimo_data schema`; a test keeps it current.",
        "Every table below is a pandas DataFrame on `load_corpus(...)`, with exactly these columns,",
        "present even when the table is empty. Strings are never null (empty string instead).",
        "`terms` uses categorical columns and is grouped by article but not sorted: a whole",
        "archive has millions of term rows.",
    ]
    for table, schema in SCHEMAS.items():
        parts += ["", f"## `{table}`", "", "| column | dtype | meaning |", "|---|---|---|"]
        parts += [f"| `{name}` | {dtype} | {meaning} |" for name, dtype, meaning in schema]
    return "\n".join(parts) + "\n"
