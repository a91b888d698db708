"""The column contract of every table: names, dtypes and meaning, in one place.

`docs/data-model.md` is generated from `SCHEMAS` (`python -m jimo_data schema`) and a
test checks that it is current and that every table `load_corpus` returns has exactly
these columns with these dtypes, even when empty.
"""

from __future__ import annotations

import pandas as pd

STR, INT, DATE, CAT, INT32 = "string", "Int64", "datetime64[us]", "category", "int32"

SCHEMAS: dict[str, list[tuple[str, str, str]]] = {
    "pages": [
        ("page_id", STR, "path of the file relative to the corpus folder, `/`-separated"),
        ("publication", STR, "新即墨, 青岛日报 …; empty when unknown"),
        ("section", STR, "section or page title (今日即墨, 要闻); empty when none"),
        ("page_no", INT, "page number (版次) when the e-paper navigation gives it"),
        ("date", DATE, "publication date; NaT when unknown"),
        ("date_source", STR, "masthead | dateline | inferred | unknown"),
        ("date_evidence", STR, "the words on the page the date rests on"),
        ("issue_no", INT, "issue number 第N期 from the masthead"),
        ("lunar_date", STR, "农历… from the masthead"),
        ("weekday", STR, "星期… from the masthead"),
        ("n_articles", INT, "articles on the page (captions not counted; 0 for a duplicate)"),
        ("n_chars", INT, "characters of decoded text"),
        ("encoding", STR, "utf-8 | utf-8-sig | gb18030; empty when not decoded"),
        ("content_hash", STR, "SHA-256 of the file's bytes"),
        ("duplicate_of", STR, "page_id of an identical page read first; empty when none"),
        ("status", STR, "ok | warning | error"),
        ("problems", STR, "what is wrong, in words; empty when nothing"),
    ],
    "articles": [
        ("article_id", STR, "`page_id#seq`"),
        ("page_id", STR, "the page it stands on"),
        ("seq", INT, "1, 2, … in reading order on the page"),
        ("kind", STR, "article | caption | notice"),
        ("kicker", STR, "line(s) above the main title"),
        ("headline", STR, "main title; empty when the page starts mid-article or for a caption"),
        ("subheadline", STR, "subtitle or deck below the main title, leading —— removed"),
        ("body", STR, "text, one paragraph per line, broken sentences rejoined"),
        ("date", DATE, "the page's date"),
        ("publication", STR, "the page's publication"),
        ("n_chars", INT, "characters of the body"),
        ("continued", STR, "continuation marker such as 下转二版; empty when none"),
    ],
    "bylines": [
        ("article_id", STR, "the article credited"),
        ("page_id", STR, "its page"),
        ("name", STR, "the person"),
        ("role", STR, "reporter | correspondent | photographer | editor"),
        ("duty", STR, "the paper's own word: 记者, 通讯员, 摄, 责编, 美编, 审读, 排版 …"),
        ("outlet", STR, "e.g. 青岛日报/观海新闻; empty when none is given"),
        ("date", DATE, "the page's date"),
    ],
    "officials": [
        ("article_id", STR, "the article mentioning the official"),
        ("page_id", STR, "its page"),
        ("name", STR, "2 to 4 Han characters"),
        ("title", STR, "the title chain as written, e.g. 区委副书记、区长"),
        ("office", STR, "principal office with jurisdiction, e.g. 即墨区区长; empty when unresolved"),
        ("n_mentions", INT, "how often the article names the person with this title"),
        ("date", DATE, "the page's date"),
    ],
    "projects": [
        ("article_id", STR, "the article mentioning the project"),
        ("page_id", STR, "its page"),
        ("name", STR, "clean project name, e.g. 青岛英派斯体育产业园项目"),
        ("status", STR, "签约 | 落地 | 启动 | 开工 | 建设 | 竣工 | 投产 | 投用 | 启用 | 运营, or empty"),
        ("sentence", STR, "the sentence that mentions it"),
        ("date", DATE, "the page's date"),
    ],
    "terms": [
        ("article_id", CAT, "the article (categorical: a whole archive has millions of term rows)"),
        ("term", CAT, "a jieba token that is not a stopword (categorical)"),
        ("count", INT32, "occurrences in headline, kicker, subheadline and body"),
    ],
}

TABLES = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    return [name for name, _, _ in SCHEMAS[table]]


# What the parse of one file gives per table, before it is placed in a folder: rows keyed
# by (the file's content hash, the article's `seq`), which is what the per-file cache
# stores. Assembly adds page and article ids, the page's date and duplicates.
PARSED_COLUMNS: dict[str, list[str]] = {
    "pages": [c for c in columns("pages") if c not in ("page_id", "content_hash", "duplicate_of")],
    "articles": ["seq", "kind", "kicker", "headline", "subheadline", "body", "n_chars", "continued"],
    "bylines": ["seq", "name", "role", "duty", "outlet"],
    "officials": ["seq", "name", "title", "office", "n_mentions"],
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
