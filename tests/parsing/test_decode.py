"""Decoding rules (jimo_data/parsing/decode.py): bytes -> text, or the reason in words."""

from __future__ import annotations

import pytest

from jimo_data.parsing.decode import decode_bytes

PAGE = "即墨召开全区安全生产工作会议\n区委副书记、区长张宏业出席。\n"
BOM = b"\xef\xbb\xbf"


def with_controls(control: bytes, count: int, total: int = 100) -> bytes:
    """`total` bytes of ASCII text of which `count` are the control byte `control`."""
    return b"a" * (total - count) + control * count


# --- encodings and line ends -------------------------------------------------

DECODED = [
    # (bytes, text, encoding, reason)
    (PAGE.encode("utf-8"), PAGE, "utf-8", ""),
    (BOM + PAGE.encode("utf-8"), PAGE, "utf-8-sig", "the BOM is dropped, not kept as U+FEFF"),
    (PAGE.encode("gb18030"), PAGE, "gb18030", "not valid UTF-8, so GB18030 from older Windows tools"),
    ("会议召开\r\n张宏业出席\r\n".encode(), "会议召开\n张宏业出席\n", "utf-8", "CRLF becomes LF"),
    ("会议召开\r张宏业出席\r".encode(), "会议召开\n张宏业出席\n", "utf-8", "a lone CR becomes LF"),
    ("会议召开\r\n张宏业出席\r\n".encode("gb18030"), "会议召开\n张宏业出席\n", "gb18030", "line ends are normalised in GB18030 too"),
    ("会议\ufeff召开".encode("utf-8"), "会议召开", "utf-8", "a stray U+FEFF inside the text is dropped"),
    (b"  1,000\t5:30\x0c\n", "  1,000\t5:30\x0c\n", "utf-8", "tab and form feed are text, kept as printed"),
]


@pytest.mark.parametrize("data, text, encoding, reason", DECODED)
def test_text_is_decoded_with_its_encoding_and_lf_line_ends(data, text, encoding, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == (text, encoding, "", False)


# --- files that are not text: errors with the reason ------------------------

ERRORS = [
    # (bytes, problem, reason)
    (b"", "the file is empty", ""),
    (b"\n \n\t\r\n\x0c", "the file is empty", "ASCII whitespace only is empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a text file: looks like a PDF document", ""),
    (b"\x89PNG\r\n\x1a\n", "not a text file: looks like a PNG image", ""),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "not a text file: looks like a JPEG image", ""),
    (b"GIF89a\x01\x00", "not a text file: looks like a GIF image", ""),
    (b"PK\x03\x04\x14\x00", "not a text file: looks like a ZIP archive (e.g. .docx)", ".docx and .xlsx are ZIP archives"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "not a text file: looks like an old Office document", ".doc, .xls"),
    ("会议召开\x00".encode(), "not a text file: looks like binary data (NUL bytes)", "one NUL is enough"),
    (b"a" * 4095 + b"\x00", "not a text file: looks like binary data (NUL bytes)", "NUL as the 4,096th byte is inside the sample"),
    (with_controls(b"\x01", 6), "not a text file: looks like binary data (control bytes)", "6 % control bytes: just past 5 %"),
    (with_controls(b"\x1b", 6), "not a text file: looks like binary data (control bytes)", "ESC counts"),
    (
        with_controls(b"\x0b", 6),
        "not a text file: looks like binary data (control bytes)",
        "vertical tab counts, only tab, LF, CR, FF do not",
    ),
    (
        with_controls(b"\x01", 205, total=4096) + b"a" * 4096,
        "not a text file: looks like binary data (control bytes)",
        "205 of the first 4,096 bytes is past 5 %; what follows is not sampled",
    ),
]


@pytest.mark.parametrize("data, problem, reason", ERRORS)
def test_empty_or_binary_file_is_an_error_with_the_reason(data, problem, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == ("", "", problem, True)


NOT_BINARY = [
    # (bytes, reason)
    (with_controls(b"\x01", 5), "exactly 5 % control bytes is still text: the limit is more than 5 %"),
    (with_controls(b"\t", 30), "tab is not a control byte here"),
    (with_controls(b"\n", 30), "LF is not a control byte here"),
    (with_controls(b"\r", 30), "CR is not a control byte here"),
    (with_controls(b"\x0c", 30), "form feed (page break in extracted text) is not a control byte here"),
    (b"a" * 4096 + b"\x00", "a NUL after the first 4 KB is not seen"),
    (b"a" * 4096 + b"\x01" * 300, "control bytes after the first 4 KB are not counted"),
    (with_controls(b"\x01", 204, total=4096), "204 of 4,096 is under 5 %"),
    ("正文提到%PDF格式和GIF89a动图。".encode(), "a signature counts only at the start of the file"),
]


@pytest.mark.parametrize("data, reason", NOT_BINARY)
def test_text_with_few_control_bytes_is_not_binary(data, reason):
    decoded = decode_bytes(data)
    assert not decoded.is_error and decoded.problem == "" and decoded.encoding == "utf-8"


# --- neither UTF-8 nor GB18030: decoded anyway, with a count -----------------

UNDECODABLE = [
    # (bytes, text, problem, reason)
    ("即墨".encode() + b"\xff", "即墨\ufffd", "1 undecodable bytes replaced (neither UTF-8 nor GB18030)", "0xFF is invalid in both"),
    (
        b"\xff\xfe\xff" + "会议\r\n".encode(),
        "\ufffd\ufffd\ufffd会议\n",
        "3 undecodable bytes replaced (neither UTF-8 nor GB18030)",
        "each bad byte is one U+FFFD; line ends still normalised",
    ),
]


@pytest.mark.parametrize("data, text, problem, reason", UNDECODABLE)
def test_undecodable_bytes_are_replaced_and_counted_as_a_warning(data, text, problem, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == (text, "utf-8", problem, False)
