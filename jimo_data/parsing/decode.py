"""Turn a file's bytes into text, or say in words why that is not possible.

Pages come from many extraction tools: UTF-8 with or without a BOM, GB18030
from older Windows tools, CRLF line ends, and now and then a PDF or an image
that was saved with a .txt name. Decoding never raises.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# A text page has almost no control characters; a binary file has many. These are the
# bytes 0x00-0x1F except tab, LF, CR and form feed (form feeds are page breaks in
# extracted text); more than 5 % of them in the first 4,096 bytes makes a file binary.
_CONTROL_BYTES = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"").replace(b"\x0c", b"")
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # utf-8, utf-8-sig, gb18030, or "" when not decoded
    problem: str = ""  # why the text could not be decoded (cleanly), in words
    is_error: bool = False


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a page: UTF-8 (with or without BOM), else GB18030; binary is an error.

    In this order: a file of ASCII whitespace only is an error (empty); a binary file is
    an error (see `_binary_kind`); a UTF-8 BOM is dropped (`utf-8-sig`); then UTF-8, then
    GB18030. Bytes that are neither are replaced by U+FFFD and counted in `problem`,
    which makes a warning, not an error: the text is kept. CRLF and CR become LF and a
    stray U+FEFF is dropped.
    """
    if not data.strip():
        return DecodedText("", "", "the file is empty", is_error=True)
    binary_kind = _binary_kind(data)
    if binary_kind:
        return DecodedText("", "", f"not a text file: looks like {binary_kind}", is_error=True)
    if data.startswith(codecs.BOM_UTF8):
        return _normalise(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig")
    try:
        return _normalise(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return _normalise(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        decoded = _normalise(text, "utf-8")
        return DecodedText(decoded.text, "utf-8", f"{bad} undecodable bytes replaced (neither UTF-8 nor GB18030)")


def _binary_kind(data: bytes) -> str:
    """What a binary file looks like, or "" for text: a known signature at the very start
    (PDF, PNG, JPEG, GIF, ZIP, old Office), a NUL byte in the first 4,096 bytes, or more
    than 5 % control bytes there (exactly 5 % is still text)."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    sample = data[:4096]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > len(sample) * 0.05:
        return "binary data (control bytes)"
    return ""


def _normalise(text: str, encoding: str) -> DecodedText:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return DecodedText(text, encoding)
