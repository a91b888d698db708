"""Turn a file's bytes into text, or say in words why that is not possible.

Pages come from many extraction tools: UTF-8 with or without a BOM, GB18030 from older
Windows tools, Big5 from Taiwanese and Hong Kong sites, UTF-16 from Windows "Unicode"
saves, CRLF line ends, and now and then a PDF or an image that was saved with a .txt name.
Decoding never raises. The rules, in order (`decode_bytes`):

1. A known signature at the very start (PDF, PNG, JPEG, GIF, ZIP, old Office): an error,
   not a text file.
2. UTF-16: a BOM (FF FE, FE FF) says so. Without a BOM, the zero bytes of the first 4 KB
   tell: the ASCII of a page (line ends, digits, spaces) is a zero byte beside each
   character, at odd positions for little-endian, even ones for big-endian; at least 1 % of
   the 2-byte units with a zero on that side, and more than on the other. This comes before
   the NUL rule, which would call such a file binary; a BOM-less reading is kept only if its
   text scores as Chinese or ASCII (rule 6), else the bytes go on to 3.
3. NUL bytes, over the whole file: a run at the very end is padding (a crashed or
   preallocating writer) and dropped; elsewhere, more than 1 % of the bytes make the file
   binary, fewer are dropped. Either way a warning counts them.
4. More than 5 % control bytes (0x00-0x1F but tab, LF, CR, form feed) in the first 4 KB:
   binary, an error.
5. UTF-8 (a UTF-8 BOM is dropped: `utf-8-sig`). Invalid bytes are replaced and counted
   in a warning while they are at most 5 % of the non-ASCII characters: a good UTF-8 page
   with a damaged spot. Any other encoding makes nearly every non-ASCII byte invalid.
6. GB18030 and Big5 both decode the bytes, and each reading is scored: of its characters
   outside printable ASCII, the share that are common Han characters (`data/common_chars.txt`,
   simplified and traditional) or CJK punctuation. The right reading of a Chinese page scores
   near 1; the wrong one, like Latin-1, Shift-JIS, KOI8 or EUC-KR bytes read as Chinese, makes
   rare characters, symbols and replacement marks and scores well under a half. The higher
   score wins (GB18030 on a tie) if it is at least 0.6; the bytes neither can read are
   replaced and counted in a warning.
7. Otherwise: an error, the encoding cannot be told. Never mojibake with status ok.

A file cut inside its last character (a truncated download) loses those bytes, with a
warning, instead of ending in U+FFFD. CRLF and CR become LF and a stray U+FEFF is dropped.
A text that is white space only once decoded (nothing at all, or a BOM alone) is an error,
the file is empty.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace
from functools import cache
from typing import AnyStr

from .lexicons import lexicon_lines

_SAMPLE_BYTES = 4096
# Scoring a reading looks at its start only: a page's first 20,000 characters say which
# encoding it is as well as the whole does, and a huge file costs no more.
_SCORE_CHARS = 20_000
_MIN_CHINESE_SCORE = 0.6
_MAX_BAD_UTF8_SHARE = 0.05
_MAX_NUL_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.05

# A text page has almost no control characters; a binary file has many. These are the
# bytes 0x00-0x1F except tab, LF, CR and form feed (form feeds are page breaks in
# extracted text).
_CONTROL_BYTES = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"").replace(b"\x0c", b"")
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
# The name a page's encoding is reported by, and the codec that reads it: Big5 as Windows
# writes it (code page 950, a superset with the euro sign and the ETEN characters).
_CHINESE_CODECS = {"gb18030": "gb18030", "big5": "cp950"}
_UNKNOWN = "cannot tell the text encoding: neither UTF-8, UTF-16, GB18030 nor Big5 Chinese (another encoding, e.g. Latin-1 or Shift-JIS?)"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16-le, utf-16-be, gb18030, big5, or "" when not decoded
    problem: str = ""  # why the text could not be decoded (cleanly), in words; "; " between several
    is_error: bool = False


@dataclass(frozen=True)
class _Reading:
    """The bytes read with one encoding: bad byte sequences replaced, a cut last character dropped."""

    text: str
    encoding: str
    replaced: int = 0
    dropped: int = 0
    nuls: int = 0


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a page by the rules of the module docstring; an error says why it cannot be."""
    signature = _signature_kind(data)
    if signature:
        return _error(f"not a text file: looks like {signature}")
    reading = _read_utf16(data) or _read_bytes(data)
    if isinstance(reading, str):
        return _error(reading)
    return _finish(reading)


def _read_bytes(data: bytes) -> _Reading | str:
    """Rules 3 to 7: the reading of a file that is not UTF-16, or the problem that makes it an error."""
    data, nuls = _drop_nuls(data)
    if data is None:
        return "not a text file: looks like binary data (NUL bytes)"
    sample = data[:_SAMPLE_BYTES]
    if _control_bytes(sample) > len(sample) * _MAX_CONTROL_SHARE:
        return "not a text file: looks like binary data (control bytes)"
    reading = _read_utf8(data) or _read_chinese(data)
    return replace(reading, nuls=nuls) if reading else _UNKNOWN


def _error(problem: str) -> DecodedText:
    return DecodedText("", "", problem, is_error=True)


def _signature_kind(data: bytes) -> str:
    """What a file that starts with a known binary signature is, or ""."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return ""


def _control_bytes(sample: bytes) -> int:
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


def _drop_nuls(data: AnyStr) -> tuple[AnyStr | None, int]:
    """The bytes (or a UTF-16 page's text) without NULs and how many there were; None when
    they are too many for text. A run at the very end is padding, not counted against the text."""
    nul = "\x00" if isinstance(data, str) else b"\x00"
    if nul not in data:
        return data, 0
    body = data.rstrip(nul)
    inner = body.count(nul)
    if not body or inner > len(body) * _MAX_NUL_SHARE:
        return None, 0
    return body.replace(nul, data[:0]), len(data) - len(body) + inner


def _read_utf16(data: bytes) -> _Reading | None:
    """The page as UTF-16 (rule 2), its NULs dropped by rule 3; None if it is not UTF-16 text."""
    reading = _utf16_by_bom(data) or _utf16_by_zero_bytes(data)
    if reading is None:
        return None
    text, nuls = _drop_nuls(reading.text)
    return replace(reading, text=text, nuls=nuls) if text is not None else None


def _utf16_by_bom(data: bytes) -> _Reading | None:
    for bom, encoding in _UTF16_BOMS.items():
        if data.startswith(bom):
            return _read(data[len(bom) :], encoding, encoding)
    return None


def _utf16_by_zero_bytes(data: bytes) -> _Reading | None:
    """The reading in the UTF-16 byte order whose ASCII high bytes the zero bytes of the first
    4 KB look like, if it scores as text (rule 6): at least 1 % of the 2-byte units with a zero
    on one side, and more than on the other (Han characters like 一 U+4E00 and 开 U+5F00
    put a few there)."""
    sample = data[:_SAMPLE_BYTES]
    if b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    units = len(sample) // 2
    if odd >= units * 0.01 and odd > even:
        reading = _read(data, "utf-16-le", "utf-16-le")
    elif even >= units * 0.01 and even > odd:
        reading = _read(data, "utf-16-be", "utf-16-be")
    else:
        return None
    return reading if _score(reading.text) >= _MIN_CHINESE_SCORE else None


def _read_utf8(data: bytes) -> _Reading | None:
    """UTF-8 (rule 5): as is on the common path; else with its bad bytes replaced while they
    are at most 5 % of the non-ASCII characters."""
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    try:
        return _Reading(data.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    reading = _read(data, "utf-8", encoding)
    # A U+FFFD the file itself holds (valid UTF-8: EF BF BD) was no bad byte.
    replaced = reading.replaced - data.count("\ufffd".encode())
    non_ascii = len(reading.text) - len(reading.text.encode("ascii", "ignore"))
    if replaced > non_ascii * _MAX_BAD_UTF8_SHARE:
        return None
    return _Reading(reading.text, encoding, replaced, reading.dropped)


def _read_chinese(data: bytes) -> _Reading | None:
    """The reading by GB18030 or Big5 that scores higher (GB18030 on a tie), if it scores as
    Chinese (rule 6)."""
    readings = [_read(data, codec, name) for name, codec in _CHINESE_CODECS.items()]
    score, best = max(((_score(reading.text), reading) for reading in readings), key=lambda pair: pair[0])
    return best if score >= _MIN_CHINESE_SCORE else None


def _read(data: bytes, codec: str, encoding: str) -> _Reading:
    """Read with a codec, replacing bad byte sequences and dropping a character the file's end
    cuts short: an incremental decoder keeps such a tail back instead of replacing it."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    text = decoder.decode(data, final=False)
    return _Reading(text, encoding, text.count("\ufffd"), len(decoder.getstate()[0]))


def _score(text: str) -> float:
    """Of the sample's characters outside printable ASCII (and tab, LF, CR, form feed), the
    share that are common Han characters or CJK punctuation; 1 when there are none (ASCII)."""
    judged = text[:_SCORE_CHARS].translate(_ascii_text())
    if not judged:
        return 1.0
    return 1 - len(judged.translate(_chinese_text())) / len(judged)


@cache
def _ascii_text() -> dict[int, None]:
    """A `str.translate` table deleting printable ASCII and the white space of text."""
    return dict.fromkeys([*range(0x20, 0x7F), *map(ord, "\t\n\r\x0c")])


@cache
def _chinese_text() -> dict[int, None]:
    """A `str.translate` table deleting what Chinese text is made of: the common Han characters
    of `data/common_chars.txt` and CJK punctuation (the ideographic space and 。「」《》, the
    full-width forms ，：？！（）, the dashes, quotes and ellipsis — “ ” …, the middle dot ·)."""
    common = [ord(char) for line in lexicon_lines("common_chars.txt") for char in line.split()]
    punctuation = [*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F), *range(0x2010, 0x2028), 0xB7]
    return dict.fromkeys([*common, *punctuation])


def _finish(reading: _Reading) -> DecodedText:
    """The reading as a page's text, with LF line ends and its problems in words."""
    text = reading.text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not text.strip():
        return _error("the file is empty")
    problems = []
    if reading.nuls:
        problems.append(f"{reading.nuls} NUL bytes removed")
    if reading.replaced:
        problems.append(f"{reading.replaced} undecodable byte sequences replaced in {_display(reading.encoding)} text")
    if reading.dropped:
        problems.append(f"the file ends inside a character (cut off?): its last {reading.dropped} bytes were dropped")
    return DecodedText(text, reading.encoding, "; ".join(problems))


def _display(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8", "big5": "Big5"}.get(encoding, encoding.upper())
