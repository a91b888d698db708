"""`python -m jimo_data info|export|schema` as a user runs them."""

from __future__ import annotations

import csv
import subprocess
import sys

from paths import REPO, SEEDS


def run(*args, cache):
    return subprocess.run(
        [sys.executable, "-m", "jimo_data", "--cache-dir", str(cache), *args], capture_output=True, text=True, cwd=REPO, timeout=120
    )


def test_info_summarises_the_seeds(tmp_path):
    result = run("info", str(SEEDS), cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "pages:      5 (5 ok, 0 warning, 0 error)" in out
    assert "date span:  2023-02-25 to 2026-04-03" in out
    assert "articles:   21 (+ 4 captions)" in out
    for word in ("bylines:", "officials:", "projects:"):
        assert word in out


def test_info_lists_pages_with_problems(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = run("info", str(folder), cache=tmp_path / "cache")
    assert "error   empty.txt: the file is empty" in result.stdout


def test_export_writes_every_table_as_utf8_bom_csv(tmp_path):
    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    for table in ("pages", "articles", "bylines", "officials", "projects", "terms", "officials_timeline"):
        raw = (tmp_path / "out" / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), table
    with open(tmp_path / "out" / "bylines.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {"name": "薛华飞", "role": "reporter", "outlet": "青报全媒体/观海新闻"}.items() <= next(
        r for r in rows if r["name"] == "薛华飞"
    ).items()


def test_missing_folder_is_one_line_not_a_traceback(tmp_path):
    result = run("info", str(tmp_path / "nowhere"), cache=tmp_path / "cache")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("jimo: no such file or folder")
    assert "Traceback" not in result.stderr


def test_export_takes_the_dashboards_filters_and_gives_the_same_rows(tmp_path, seeds_corpus):
    from jimo_data.filters import parse_params, select

    result = run(
        "export", str(SEEDS), "--out", str(tmp_path / "out"), "--official", "韩世军", "--from", "2023-01-01", cache=tmp_path / "cache"
    )
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8-sig") as handle:
        exported = [row["article_id"] for row in csv.DictReader(handle)]
    link = parse_params({"official": ["韩世军"], "from": ["2023-01-01"]}, seeds_corpus).filters
    assert exported == list(select(seeds_corpus, link).articles["article_id"])
    assert len(exported) == 2


def test_an_unknown_filter_value_is_one_line_and_exit_2(tmp_path):
    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), "--official", "无此人", cache=tmp_path / "cache")
    assert result.returncode == 2
    assert result.stderr.strip() == "jimo: `official`: “无此人” is not in this corpus"
    assert not (tmp_path / "out").exists()
