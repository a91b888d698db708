"""Bad input: nothing raises, every file is a row of `pages`, nothing counts twice."""

from __future__ import annotations

import shutil

import pytest
from paths import SEEDS

from jimo_data import load_corpus
from jimo_data.cli import summary

SEED = SEEDS / "001_736da492cd51ba95.txt"


@pytest.fixture
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus


def load(folder, tmp_path):
    return load_corpus(folder, cache_dir=tmp_path / "cache")


def row(corpus, page_id):
    return corpus.pages.set_index("page_id").loc[page_id]


def test_empty_file_is_an_error_row(folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "also-empty.txt").write_bytes(b"")  # one content hash for two error rows: once a crash
    (folder / "blank.txt").write_bytes(b"\n \n\t\n")
    corpus = load(folder, tmp_path)
    for page_id in ("empty.txt", "also-empty.txt", "blank.txt"):
        assert row(corpus, page_id)["status"] == "error"
        assert row(corpus, page_id)["problems"] == "the file is empty"
    assert corpus.articles.empty


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "PDF"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_binary_file_is_an_error_row_with_the_reason(folder, tmp_path, content, reason):
    (folder / "scan.txt").write_bytes(content)
    corpus = load(folder, tmp_path)
    assert row(corpus, "scan.txt")["status"] == "error"
    assert reason in row(corpus, "scan.txt")["problems"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("gb18030"),
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
    ],
    ids=["gb18030", "utf-8-bom", "crlf", "utf-16-bom", "utf-16-le", "utf-16-be"],
)
def test_other_encodings_parse_like_the_utf8_original(folder, tmp_path, encode):
    """Each in a folder of its own: side by side they are one page (the next test)."""
    text = SEED.read_text("utf-8")
    (tmp_path / "original").mkdir()
    shutil.copy(SEED, tmp_path / "original" / "page.txt")
    (folder / "page.txt").write_bytes(encode(text))
    variant, original = load(folder, tmp_path), load(tmp_path / "original", tmp_path)
    assert row(variant, "page.txt")["status"] == "ok"
    columns = ["kind", "kicker", "headline", "subheadline", "body", "continued"]
    assert len(original.articles) == 6
    assert original.articles[columns].equals(variant.articles[columns])
    for field in ("date", "issue_no", "publication", "text_hash"):
        assert row(variant, "page.txt")[field] == row(original, "page.txt")[field]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_the_same_page_in_another_encoding_is_a_duplicate_counted_once(folder, tmp_path, encoding):
    text = SEED.read_text("utf-8")
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.txt").write_bytes(text.replace("\n", "\r\n").encode(encoding))
    corpus = load(folder, tmp_path)
    duplicate = row(corpus, "b.txt")
    assert (duplicate["status"], duplicate["duplicate_of"], duplicate["n_articles"]) == ("warning", "a.txt", 0)
    assert duplicate["problems"] == "the same text as a.txt (its articles are counted there)"
    assert set(corpus.articles["page_id"]) == {"a.txt"} and len(corpus.articles) == 6


def test_gb18030_is_reported_as_such(folder, tmp_path):
    (folder / "gbk.txt").write_bytes(SEED.read_text("utf-8").encode("gb18030"))
    assert row(load(folder, tmp_path), "gbk.txt")["encoding"] == "gb18030"


# A page of a Taiwanese or Hong Kong mirror: a seed's first article in traditional characters.
BIG5_PAGE = (
    "新即墨\n2026年3月9日 星期一 第3390期\n\n孫傑赴棗莊市山亭區 考察產業幫扶工作\n\n"
    "3月5日，區委書記孫傑赴棗莊市山亭區考察產業幫扶工作。棗莊市山亭區委書記王德海陪同考察。\n"
)
CUT = "the file ends inside a character (cut off?): its last 2 bytes were dropped"


@pytest.mark.parametrize(
    "content, status, encoding, problems, reason",
    [
        (BIG5_PAGE.encode("big5"), "ok", "big5", "", "read as Big5, not GB18030 mojibake"),
        (
            "東京は日本の首都であり、政治・経済・文化の中心地である。\n".encode("shift_jis") * 20,
            "error",
            "",
            "cannot tell the text encoding",
            "Shift-JIS is no encoding the parser reads: an error row, not mojibake",
        ),
        (
            BIG5_PAGE.encode("utf-8") + b"\n" * 5000 + b"\x00\n",
            "warning",
            "utf-8",
            "1 NUL bytes removed",
            "a NUL after the first 4 KB",
        ),
        (BIG5_PAGE.encode("utf-8") + "墨".encode()[:2], "warning", "utf-8", CUT, "a cut last character"),
    ],
)
def test_a_page_in_an_unusual_encoding_is_a_row_saying_what_was_read(folder, tmp_path, content, status, encoding, problems, reason):
    (folder / "page.txt").write_bytes(content)
    corpus = load(folder, tmp_path)
    page = row(corpus, "page.txt")
    assert (page["status"], page["encoding"]) == (status, encoding)
    assert problems in page["problems"] and (problems or not page["problems"])
    text = "".join(corpus.articles[["headline", "body"]].to_numpy().ravel())
    assert "\ufffd" not in text and "\x00" not in text
    if status != "error":
        assert corpus.articles["headline"].iloc[0] == "孫傑赴棗莊市山亭區 考察產業幫扶工作"


def test_one_five_megabyte_line(folder, tmp_path):
    (folder / "huge.txt").write_text("即墨区委书记孙杰调研。" * 500_000, "utf-8")
    corpus = load(folder, tmp_path)
    assert row(corpus, "huge.txt")["status"] == "warning"
    assert "5,500,000 characters" in row(corpus, "huge.txt")["problems"]
    assert row(corpus, "huge.txt")["n_chars"] == 5_500_000
    assert len(corpus.articles) == 1


def test_file_name_with_spaces_and_chinese_in_a_subfolder(folder, tmp_path):
    (folder / "2026 年" / "三月").mkdir(parents=True)
    shutil.copy(SEED, folder / "2026 年" / "三月" / "新即墨 第3390期.txt")
    corpus = load(folder, tmp_path)
    assert list(corpus.pages["page_id"]) == ["2026 年/三月/新即墨 第3390期.txt"]
    assert corpus.articles["article_id"].iloc[0] == "2026 年/三月/新即墨 第3390期.txt#1"


def test_non_txt_files_are_ignored_and_reported_by_info(folder, tmp_path):
    shutil.copy(SEED, folder / "page.txt")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7")
    (folder / "notes.md").write_text("notes", "utf-8")
    corpus = load(folder, tmp_path)
    assert list(corpus.pages["page_id"]) == ["page.txt"]
    assert corpus.ignored == ["notes.md", "scan.pdf"]
    report = summary(corpus)
    assert "not read (not .txt, or the reason given): 2" in report and "scan.pdf" in report


def test_identical_page_is_a_warning_naming_the_other_and_counts_once(folder, tmp_path):
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED, folder / "b.txt")
    corpus = load(folder, tmp_path)
    assert row(corpus, "a.txt")["status"] == "ok"
    duplicate = row(corpus, "b.txt")
    assert duplicate["status"] == "warning" and duplicate["duplicate_of"] == "a.txt"
    assert "a.txt" in duplicate["problems"]
    assert duplicate["n_articles"] == 0
    assert set(corpus.articles["page_id"]) == {"a.txt"}
    assert len(corpus.articles) == 6


def test_a_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        load_corpus(tmp_path / "nowhere", cache_dir=tmp_path / "cache")
