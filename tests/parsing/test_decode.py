"""Decoding rules (jimo_data/parsing/decode.py): bytes -> text, or the reason in words."""

from __future__ import annotations

import pytest

from jimo_data.parsing.decode import decode_bytes

PAGE = "即墨召开全区安全生产工作会议\n区委副书记、区长张宏业出席。\n"
BOM = b"\xef\xbb\xbf"
# A paragraph of a seed page in traditional characters, as a Taiwanese or Hong Kong site prints it.
TRADITIONAL = (
    "孫傑赴棗莊市山亭區 考察產業幫扶工作\n"
    "3月5日，區委書記孫傑赴棗莊市山亭區考察產業幫扶工作。棗莊市山亭區委書記王德海陪同考察。\n"
    "孫傑先後到即發集團紡織服裝加工、融躍肉製品、同華電子半導體器件研發、本佳精製紅薯製品等項目現場，"
    "進車間、看產品、問經營，詳細了解了產業發展、項目建設、企業培育等情況。\n"
)
# Pages in encodings the decoder does not read: their bytes are valid in none, or read as
# Chinese they are rare characters and symbols.
FRENCH = "Le café était très bon à Paris, où les élèves étudiaient près de la fenêtre.\n" * 5
JAPANESE = "東京は日本の首都であり、政治・経済・文化の中心地である。人口は約千四百万人である。\n" * 5
RUSSIAN = "Москва - столица России, город федерального значения, административный центр.\n" * 5
KOREAN = "서울은 대한민국의 수도이며 정치, 경제, 문화의 중심지이다.\n" * 5
UNKNOWN = "cannot tell the text encoding: neither UTF-8, UTF-16, GB18030 nor Big5 Chinese (another encoding, e.g. Latin-1 or Shift-JIS?)"
CUT = "the file ends inside a character (cut off?): its last {} bytes were dropped"


def with_controls(control: bytes, count: int, total: int = 100) -> bytes:
    """`total` bytes of ASCII text of which `count` are the control byte `control`."""
    return b"a" * (total - count) + control * count


def han_utf16(n_han: int, n_lf: int, encoding: str) -> bytes:
    """`n_han` Han characters (none with a zero byte) and `n_lf` line ends, in UTF-16 without BOM."""
    return ("墨" * n_han + "\n" * n_lf).encode(encoding)


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
    # UTF-16: by its BOM, or by the zero bytes beside its ASCII
    (PAGE.encode("utf-16"), PAGE, "utf-16-le", "Python's utf-16 writes a little-endian BOM"),
    (b"\xfe\xff" + PAGE.encode("utf-16-be"), PAGE, "utf-16-be", "big-endian BOM"),
    ("即墨区".encode("utf-16"), "即墨区", "utf-16-le", "no ASCII, so no zero bytes: the BOM alone says UTF-16"),
    (b"\xfe\xff" + "即墨区".encode("utf-16-be"), "即墨区", "utf-16-be", "the same, big-endian"),
    (PAGE.encode("utf-16-le"), PAGE, "utf-16-le", "no BOM: the line ends' zero bytes are at odd positions"),
    (PAGE.encode("utf-16-be"), PAGE, "utf-16-be", "no BOM: the line ends' zero bytes are at even positions"),
    ("Jimo Daily\n".encode("utf-16-le"), "Jimo Daily\n", "utf-16-le", "ASCII only: every other byte is zero"),
    (han_utf16(99, 1, "utf-16-le"), "墨" * 99 + "\n", "utf-16-le", "1 zero in 100 units is 1 %: enough"),
    (han_utf16(99, 1, "utf-16-be"), "墨" * 99 + "\n", "utf-16-be", "the same, big-endian"),
    ("开会\n\n".encode("utf-16-le"), "开会\n\n", "utf-16-le", "开 U+5F00 puts a zero on the other side: 2 against 1 is more"),
    # Big5 beside GB18030: the reading with more common characters wins
    (TRADITIONAL.encode("big5"), TRADITIONAL, "big5", "its GB18030 reading is kana, Greek and rare characters"),
    (TRADITIONAL.encode("gb18030"), TRADITIONAL, "gb18030", "traditional characters saved as GB18030 stay GB18030"),
    ((TRADITIONAL + "裏").encode("cp950"), TRADITIONAL + "裏", "big5", "ETEN characters of Windows' Big5 (code page 950) are read"),
    ("不地到".encode("gb18030"), "不地到", "gb18030", "its Big5 reading 祥華善 is as common: a tie goes to GB18030"),
    ("的是人龘靐".encode("gb18030"), "的是人龘靐", "gb18030", "3 common of 5 is a score of 0.6: enough"),
    ("《龘》，“龘”……——·".encode("gb18030"), "《龘》，“龘”……——·", "gb18030", "CJK punctuation counts as Chinese"),
    ("第3390期 the 即墨".encode("gb18030"), "第3390期 the 即墨", "gb18030", "ASCII is not judged, only the Han characters"),
]


@pytest.mark.parametrize("data, text, encoding, reason", DECODED)
def test_text_is_decoded_with_its_encoding_and_lf_line_ends(data, text, encoding, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == (text, encoding, "", False)


# --- readable, with a problem: a warning, the text kept ----------------------

LONG = PAGE * 5  # 150 non-ASCII characters
WARNINGS = [
    # (bytes, text, encoding, problem, reason)
    (
        LONG.encode() + b"\xff\xff",
        LONG + "\ufffd\ufffd",
        "utf-8",
        "2 undecodable byte sequences replaced in UTF-8 text",
        "2 bad in 152 is under 5 %",
    ),
    (
        ("即" * 19).encode() + b"\xff",
        "即" * 19 + "\ufffd",
        "utf-8",
        "1 undecodable byte sequences replaced in UTF-8 text",
        "1 bad of 20 non-ASCII characters is 5 %: still UTF-8 with a damaged spot",
    ),
    (
        BOM + LONG.encode() + b"\xff",
        LONG + "\ufffd",
        "utf-8-sig",
        "1 undecodable byte sequences replaced in UTF-8 text",
        "after a BOM bad bytes are counted too",
    ),
    (
        "会议\ufffd召开".encode() + b"\xff" + LONG.encode(),
        "会议\ufffd召开\ufffd" + LONG,
        "utf-8",
        "1 undecodable byte sequences replaced in UTF-8 text",
        "a U+FFFD the file holds is no bad byte",
    ),
    (
        LONG.encode("gb18030") + b"\xff" + LONG.encode("gb18030"),
        LONG + "\ufffd" + LONG,
        "gb18030",
        "1 undecodable byte sequences replaced in GB18030 text",
        "GB18030 with a bad byte: counted, not UTF-8 mojibake",
    ),
    # a cut last character is dropped, not U+FFFD
    (PAGE.encode() + "即".encode()[:2], PAGE, "utf-8", CUT.format(2), "2 of the 3 bytes of 即"),
    (BOM + PAGE.encode() + "即".encode()[:1], PAGE, "utf-8-sig", CUT.format(1), "after a BOM too"),
    (PAGE.encode("gb18030") + "即".encode("gb18030")[:1], PAGE, "gb18030", CUT.format(1), "1 of the 2 bytes of 即"),
    (TRADITIONAL.encode("big5") + "區".encode("big5")[:1], TRADITIONAL, "big5", CUT.format(1), "1 of the 2 bytes of 區"),
    (PAGE.encode("utf-16") + b"\x33", PAGE, "utf-16-le", CUT.format(1), "an odd last byte of UTF-16"),
    (PAGE.encode("utf-16-be") + "𠀀".encode("utf-16-be")[:2], PAGE, "utf-16-be", CUT.format(2), "a surrogate pair's first half"),
    # NUL bytes, anywhere in the file
    (LONG.encode() + b"\x00" + b"a" * 4096, LONG + "a" * 4096, "utf-8", "1 NUL bytes removed", "a NUL after the first 4 KB"),
    (b"ab\x00" + b"a" * 97, "ab" + "a" * 97, "utf-8", "1 NUL bytes removed", "1 NUL in 100 bytes is 1 %: dropped"),
    (PAGE.encode() + b"\x00" * 5000, PAGE, "utf-8", "5000 NUL bytes removed", "a run at the end is padding, however long"),
    ("会议召开\x00".encode(), "会议召开", "utf-8", "1 NUL bytes removed", "one NUL at the end is padding"),
    (("会议\x00" + LONG).encode("utf-16"), "会议" + LONG, "utf-16-le", "1 NUL bytes removed", "a U+0000 of UTF-16 is a NUL too"),
]


@pytest.mark.parametrize("data, text, encoding, problem, reason", WARNINGS)
def test_a_damaged_page_is_read_with_its_problem_counted(data, text, encoding, problem, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == (text, encoding, problem, False)


def test_several_problems_are_all_named():
    decoded = decode_bytes(LONG.encode() + b"\xff" + b"\x00" + "即".encode()[:2])
    assert decoded.problem == f"1 NUL bytes removed; 1 undecodable byte sequences replaced in UTF-8 text; {CUT.format(2)}"


# --- files that are not text: errors with the reason ------------------------

ERRORS = [
    # (bytes, problem, reason)
    (b"", "the file is empty", ""),
    (b"\n \n\t\r\n\x0c", "the file is empty", "ASCII whitespace only is empty"),
    (BOM, "the file is empty", "a BOM alone"),
    (" \n".encode("utf-16"), "the file is empty", "UTF-16 white space only"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a text file: looks like a PDF document", ""),
    (b"\x89PNG\r\n\x1a\n", "not a text file: looks like a PNG image", ""),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "not a text file: looks like a JPEG image", ""),
    (b"GIF89a\x01\x00", "not a text file: looks like a GIF image", ""),
    (b"PK\x03\x04\x14\x00", "not a text file: looks like a ZIP archive (e.g. .docx)", ".docx and .xlsx are ZIP archives"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "not a text file: looks like an old Office document", ".doc, .xls"),
    (b"ab\x00\x00" + b"a" * 96, "not a text file: looks like binary data (NUL bytes)", "2 NULs in 100 bytes is past 1 %"),
    (b"a" * 8000 + b"\x00a" * 100, "not a text file: looks like binary data (NUL bytes)", "NULs after the first 4 KB count"),
    (b"\x00" * 100, "not a text file: looks like binary data (NUL bytes)", "NULs only: nothing is padded"),
    (("会议" + "\x00" * 10 + "召开").encode("utf-16"), "not a text file: looks like binary data (NUL bytes)", "U+0000 in UTF-16 counts"),
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
    # unknown encodings: never mojibake read as Chinese
    (FRENCH.encode("latin-1"), UNKNOWN, "Latin-1: its accented letters are invalid UTF-8 and rare characters in GB18030"),
    (FRENCH.encode("cp1252"), UNKNOWN, "Windows Latin"),
    (JAPANESE.encode("shift_jis"), UNKNOWN, "Shift-JIS"),
    (JAPANESE.encode("euc_jp"), UNKNOWN, "EUC-JP: kana and kanji in the GB2312 rows, but not the common characters"),
    (RUSSIAN.encode("koi8-r"), UNKNOWN, "KOI8-R: pairs of letters read as GB2312 characters, mostly rare ones"),
    (KOREAN.encode("euc_kr"), UNKNOWN, "EUC-KR: Hangul read as GB2312 characters"),
    (bytes(range(128, 256)) * 8, UNKNOWN, "random high bytes"),
    (b"Jimo Daily \xff\n", UNKNOWN, "ASCII and a byte invalid in UTF-8 cannot be told from Latin-1"),
    (
        ("即" * 19).encode() + b"\xff\xff",
        UNKNOWN,
        "2 bad of 21 non-ASCII characters is past 5 %, and read as GB18030 it is mojibake",
    ),
    ("的是龘靐".encode("gb18030"), UNKNOWN, "2 common of 4 is a score of 0.5: not Chinese"),
    (han_utf16(100, 1, "utf-16-le"), UNKNOWN, "1 zero in 101 units is under 1 %: not taken for UTF-16"),
    (han_utf16(100, 1, "utf-16-be"), UNKNOWN, "the same, big-endian"),
    (("龘" * 20 + "\n").encode("utf-16-le"), UNKNOWN, "UTF-16 of rare characters does not score as text"),
    (
        "开\n".encode("utf-16-le"),
        "not a text file: looks like binary data (NUL bytes)",
        "a zero on each side is not more on one: no UTF-16",
    ),
    ("开\n".encode("utf-16-be"), "not a text file: looks like binary data (NUL bytes)", "the same, big-endian"),
]


@pytest.mark.parametrize("data, problem, reason", ERRORS)
def test_empty_binary_or_unknown_file_is_an_error_with_the_reason(data, problem, reason):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.problem, decoded.is_error) == ("", "", problem, True)


NOT_BINARY = [
    # (bytes, reason)
    (with_controls(b"\x01", 5), "exactly 5 % control bytes is still text: the limit is more than 5 %"),
    (with_controls(b"\t", 30), "tab is not a control byte here"),
    (with_controls(b"\n", 30), "LF is not a control byte here"),
    (with_controls(b"\r", 30), "CR is not a control byte here"),
    (with_controls(b"\x0c", 30), "form feed (page break in extracted text) is not a control byte here"),
    (b"a" * 4096 + b"\x01" * 300, "control bytes after the first 4 KB are not counted"),
    (with_controls(b"\x01", 204, total=4096), "204 of 4,096 is under 5 %"),
    ("正文提到%PDF格式和GIF89a动图。".encode(), "a signature counts only at the start of the file"),
]


@pytest.mark.parametrize("data, reason", NOT_BINARY)
def test_text_with_few_control_bytes_is_not_binary(data, reason):
    decoded = decode_bytes(data)
    assert not decoded.is_error and decoded.problem == "" and decoded.encoding == "utf-8"
