"""Recognise bylines, credits and page staff, and split them into people.

Formats seen in 新即墨 and 青岛日报 pages:
    (周程林 江如意)                      closing byline of a 新即墨 article
    （青报全媒体/观海新闻记者 薛华飞）      closing byline with outlet
    □青岛日报/观海新闻记者 王涛文/图       opening byline
    通讯员 梁之磊 兰玉乔                   second line of an opening byline
    □记者 赵晓东 报道 / 文/本报记者 高建 通讯员 刘 洋
    本报讯（记者孙丽）                     dateline with byline
    梁孝鹏 摄 / 梁孝鹏/摄 / 梁孝鹏 王涛 摄   photographer of a caption
    责编 王杰 刘宗伟 美编 李晓萌 …         page staff
    责任编辑:陈晨 / 责编:许可              editor lines

The paper's word is kept as `duty` and sets the role: 记者, 特约记者, 实习记者 ->
reporter; 通讯员, 实习生 -> correspondent; 责任编辑, 责编, 编辑, 美编, 审读, 校对, 排版,
组版 -> editor. Names without a role word are reporters; photographers come from
photo credits (`photo_credit`). A name is 2-4 Han characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import HAN, fold_punct

REPORTER, CORRESPONDENT, PHOTOGRAPHER, EDITOR = "reporter", "correspondent", "photographer", "editor"


@dataclass(frozen=True)
class Byline:
    name: str
    role: str  # reporter | correspondent | photographer | editor
    outlet: str = ""  # e.g. 青岛日报/观海新闻; "" when none is given
    duty: str = ""  # the word the paper used: 记者, 通讯员, 摄, 责编, 美编, 审读, 排版 …


_NAME = re.compile(f"^[{HAN}]{{2,4}}$")
_ROLE_WORDS = {
    "记者": REPORTER,
    "特约记者": REPORTER,
    "实习记者": REPORTER,
    "通讯员": CORRESPONDENT,
    "实习生": CORRESPONDENT,
    "摄影": PHOTOGRAPHER,
    "摄": PHOTOGRAPHER,
    "责任编辑": EDITOR,
    "责编": EDITOR,
    "编辑": EDITOR,
    "美编": EDITOR,
    "审读": EDITOR,
    "校对": EDITOR,
    "排版": EDITOR,
    "组版": EDITOR,
}
_ROLE_SPLIT = re.compile("(" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + ")")
_STAFF_LINE = re.compile(r"^(?:责任编辑|责编|美编|审读|校对|排版|组版|编辑)\s*[：:\s]")
_PHOTO_CREDIT = re.compile(f"^\\s*(?:摄影[：:/\\s]*)?((?:[{HAN}]\\s?){{2,4}}(?:\\s+(?:[{HAN}]\\s?){{2,4}})*)\\s*(?:/?摄|摄影)\\s*$")
_OPENING = re.compile(f"^\\s*(?:□|■(?=[^{HAN}]*记者)|文/|文／|图/|本报记者|记者\\s|记者[{HAN}]{{2,4}}\\s*$)")
_CORRESPONDENT_LINE = re.compile(f"^\\s*(?:通讯员|实习生)\\s*[{HAN}]")
# Text that may stand inside the closing parentheses of a byline.
_CLOSING = re.compile("[（(]([^（）()]{2,60})[）)]\\s*$")
_SUFFIXES = re.compile(r"(?:文/图|文／图|/文|/图|报道|摄影报道|摄影|摄)$")


def parse_people(text: str, default_role: str = REPORTER) -> list[Byline]:
    """Split byline text into people: `青岛日报/观海新闻记者 王涛 通讯员 林俊文` -> 2 rows.

    Text before the first role word is the outlet when it contains / or ends in 报,
    新闻 or 全媒体 (`本报` is none); only reporters get it. After the names, 文/图, /文,
    /图, 报道, 摄影 and 摄 are dropped. Returns [] when the text holds anything that is
    not a name or a role word, so that `(2025年)` is never read as a byline. (`扩大` is
    two Han characters and reads as a name: `closing_byline` keeps `召开党组(扩大)` out.)
    """
    text = fold_punct(text).replace("：", " ").replace("□", " ").strip()
    text = re.sub(r"^(?:文/|图/|文／)", "", text)
    people: list[Byline] = []
    role, duty, outlet = default_role, "", ""
    for part in _ROLE_SPLIT.split(text):
        part = _SUFFIXES.sub("", part.strip()).strip()
        if not part:
            continue
        if part in _ROLE_WORDS:
            role, duty = _ROLE_WORDS[part], part
            continue
        if not duty and _looks_like_outlet(part):
            # An outlet in front of the first role word: `青报全媒体/观海新闻记者`.
            outlet = _clean_outlet(part)
            continue
        names = _split_names(part)
        if names is None:
            return []
        people.extend(Byline(n, role, outlet if role == REPORTER else "", duty) for n in names)
    return people


def _looks_like_outlet(text: str) -> bool:
    return "/" in text or text.endswith(("报", "新闻", "全媒体"))


def _clean_outlet(text: str) -> str:
    text = text.strip().strip("/")
    return "" if text in ("本报", "") else text


def _split_names(text: str) -> list[str] | None:
    """`周程林 江如意` -> two names; `刘 洋` (a two-character name set with a space) -> one."""
    tokens = [t for t in re.split(r"[\s、，,]+", text) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) <= 2:
            token, i = token + tokens[i + 1], i + 1
        if not _NAME.match(token):
            return None
        names.append(token)
        i += 1
    return names


def closing_byline(line: str) -> tuple[str, list[Byline]] | None:
    """A byline in parentheses closing a paragraph: returns (text before it, people).

    Only at the end of the line, and only when the line is the byline alone or the text
    before it ends a sentence (。！？…, a closing quote or a closing parenthesis)."""
    match = _CLOSING.search(line)
    if not match:
        return None
    before = line[: match.start()].rstrip()
    if before and fold_punct(before)[-1] not in "。！？”’」』…）":
        return None  # `召开党组(扩大)` or a name list in the middle of a sentence
    people = parse_people(match.group(1))
    return (before, people) if people else None


def is_opening_byline(line: str) -> bool:
    """A byline at an article's top: `□…`, `文/…`, `图/…`, `本报记者…`, `记者 …`, or `记者`
    glued to one name alone on the line; and the whole line must be people."""
    return bool(_OPENING.match(line)) and bool(parse_people(line))


def is_correspondent_line(line: str) -> bool:
    """`通讯员 …` or `实习生 …` of people: the second line of an opening byline."""
    return bool(_CORRESPONDENT_LINE.match(line)) and bool(parse_people(line))


def photo_credit(line: str) -> list[Byline]:
    """`梁孝鹏 摄` -> the photographer: a line of names (a spaced `刘 洋` is one)
    followed by 摄, /摄 or 摄影."""
    match = _PHOTO_CREDIT.match(line)
    if not match:
        return []
    names = _split_names(match.group(1))
    return [Byline(n, PHOTOGRAPHER, "", "摄") for n in names or []]


def staff_line(line: str) -> list[Byline]:
    """`责编 王杰 刘宗伟 美编 李晓萌 审读 王忠良 排版 吕雪` -> five editors.

    The line starts with 责任编辑, 责编, 美编, 审读, 校对, 排版, 组版 or 编辑 followed by a
    colon or a space (`编辑部…` is no staff line); only the editors on it are kept."""
    if not _STAFF_LINE.match(fold_punct(line).strip()):
        return []
    return [p for p in parse_people(line, default_role=EDITOR) if p.role == EDITOR]
