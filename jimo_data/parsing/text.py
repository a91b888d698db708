"""Small text helpers shared by the parsers: character classes, punctuation, sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import lexicon_lines

HAN = "\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{HAN}]")  # one Han character
# A run of spaces, written `\s\s*` rather than `\s+` so that the pattern opens with its class: the regular-expression
# engine then skips to a space instead of trying every position.
SPACES = re.compile(r"\s\s*")
CHINESE_DIGITS = "一二三四五六七八九"  # 1-9; 十 is ten


def chinese_number(numeral: str) -> int | None:
    """1-99 written in Chinese numerals: 一 1, 十 10, 十二 12, 二十 20, 二十三 23 (两 is 二);
    None for anything else (三两, 十十, 一百)."""
    numeral = numeral.replace("两", "二")
    if not _CHINESE_NUMBER.fullmatch(numeral):
        return None
    tens, _, units = numeral.rpartition("十")
    value = (CHINESE_DIGITS.index(tens) + 1 if tens else 1) * 10 if "十" in numeral else 0
    return value + (CHINESE_DIGITS.index(units) + 1 if units else 0)


_CHINESE_NUMBER = re.compile(f"(?:[{CHINESE_DIGITS}]?十[{CHINESE_DIGITS}]?|[{CHINESE_DIGITS}])")
# A picture's file name extension (…120739.jpg), as pages glue it into their text.
IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|bmp|webp)"
# Two level words together (县市, 区县) stand in a column's or a programme's name, no person's.
TWO_LEVELS = "[省市区县乡镇村]{2}"


# Extraction tools often emit half-width punctuation in Chinese text. `fold_punct`
# maps it to full width one character for one character, so that offsets found in
# the folded text are valid in the original.
_HALF_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})

# A scraped table's cell marks: a bar closing a line (`…开工仪式举行 |`), a line of bars alone.
_CLOSING_BARS = re.compile(r"(?:\s*[|｜])+\s*$")


def without_cell_bars(lines: list[str]) -> list[str]:
    """The lines without the bars a copy of a table's cells closes them with; a line of
    bars alone is blank. Bars between words (`RSS | 手机版`) stay."""
    return [_CLOSING_BARS.sub("", line) if ("|" in line or "｜" in line) else line for line in lines]


TERMINALS = "。！？…；"
CLOSERS = "”’」』）)】》"


# The mark first: the search skips to the next mark instead of trying both branches at
# every character. Not after an ASCII letter or digit, or not before one.
_HALF_WIDTH_MARK = re.compile(r"[,;:()?!]")
_HALF_WIDTH = re.compile(r"[,;:()?!](?:(?<![A-Za-z0-9].)|(?![A-Za-z0-9]))")


@lru_cache(maxsize=8192)
def fold_punct(text: str) -> str:
    """Full-width punctuation, keeping `1,000`, `5:30` and other ASCII runs as they are.

    Half-width , ; : ( ) ? ! become full width unless the mark has an ASCII letter or digit
    on both sides (`OPC(一人公司)` folds both parentheses). The full stop is never folded.
    One character for one character: the folded text has the original's length."""
    if not _HALF_WIDTH_MARK.search(text):
        return text
    return _HALF_WIDTH.sub(lambda m: m.group(0).translate(_HALF_TO_FULL), text)


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence: its last mark is 。 ！ ？ … or ； (half-width ? ! ;
    folded first), possibly followed by closing quotes or brackets; trailing spaces ignored."""
    stripped = fold_punct(line.rstrip()).rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINALS


def has_sentence_inside(line: str) -> bool:
    """True when 。 ！ or ？ (half-width folded) occurs anywhere in the line; … and ； do not count."""
    return any(c in fold_punct(line) for c in "。！？")


_SENTENCE_END = re.compile(r"[。！？；!?;][”’」』]?")  # its end is the sentence's


def sentences(text: str) -> list[str]:
    """Split text into sentences, keeping closing quotes with their sentence.

    A sentence ends after 。！？； or half-width !?; (kept as printed) and one closing quote
    ”’」』 right after it; the text after the last end is a sentence too. Sentences are
    stripped of spaces and blank ones dropped."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end > start:
            out.append(text[start:end])
            start = end
    if start < len(text):
        out.append(text[start:])
    return [s for s in map(str.strip, out) if s]


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern that finds the traditional characters, and their simplified forms. The
    class holds those of the Basic Multilingual Plane, which the regex engine looks up in
    a bitmap, and the planes beyond as one range: listed one by one, characters there are
    tried in turn at every position. A character of that range folds only when listed."""
    table = dict(line.split() for line in lexicon_lines("traditional.txt"))
    basic = "".join(sorted(char for char in table if char <= "\uffff"))
    return re.compile(f"[{re.escape(basic)}\U00010000-\U0010ffff]"), table


@lru_cache(maxsize=8192)
def simplified(text: str) -> str:
    """The text with traditional characters (`data/traditional.txt`) folded to their
    simplified forms, one character for one (光明日報 -> 光明日报), so that every offset
    found in it holds in the text as printed: for matching, never for storing. Most pages
    hold none, and the same lines are read by several rules: a search first, and a cache."""
    found, table = _traditional()
    return found.sub(lambda m: table.get(m[0], m[0]), text) if found.search(text) else text


_FULL_WIDTH_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ]")
_TO_HALF_WIDTH = {
    ord(char): ord(char) - 0xFEE0
    for char in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
}


def half_width_alnum(text: str) -> str:
    """The text with full-width digits and Latin letters (２个, ＰＰＰ) as ASCII ones, one
    character for one, so that offsets hold in the text as printed: for matching."""
    return text.translate(_TO_HALF_WIDTH) if _FULL_WIDTH_ALNUM.search(text) else text


def as_printed(printed: str, folded: str, found: str, start: int = 0) -> str:
    """What `found`, a piece of the folded text at or after `start`, reads as printed."""
    at = folded.find(found, start)
    return printed[at : at + len(found)] if at >= 0 else found
