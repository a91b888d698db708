"""`python -m jimo_data info|export|schema` as a user runs them."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from paths import REPO, SEEDS

from jimo_data.cli import with_dash_values_joined


def run(*args, cache, prefix=()):
    """The CLI as a user runs it; `prefix` runs it under another command (another
    user, another mount namespace)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "jimo_data", "--cache-dir", str(cache), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def one_line_error(result) -> str:
    """The error a failed command printed, checked to be one line and exit status 2."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


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


def test_export_writes_every_table_as_utf8_bom_csv(tmp_path, session_cache):
    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), cache=session_cache)
    assert result.returncode == 0, result.stderr
    for table in ("pages", "articles", "bylines", "officials", "projects", "terms", "officials_timeline"):
        raw = (tmp_path / "out" / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), table
    with open(tmp_path / "out" / "officials_timeline.csv", encoding="utf-8-sig") as handle:
        mentions = [int(row["n_mentions"]) for row in csv.DictReader(handle)]
    assert mentions == sorted(mentions, reverse=True)  # as the officials page lists them (a new user compared the two)
    with open(tmp_path / "out" / "bylines.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {"name": "薛华飞", "role": "reporter", "outlet": "青报全媒体/观海新闻"}.items() <= next(
        r for r in rows if r["name"] == "薛华飞"
    ).items()


@pytest.mark.parametrize("command", [("info",), ("export", "--out", "OUT"), ("ingest", "--store", "OUT")])
def test_a_folder_with_no_pages_is_one_line_not_a_run_over_nothing(tmp_path, command):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text("hi", "utf-8")
    args = [str(tmp_path / "out") if arg == "OUT" else arg for arg in command]
    line = one_line_error(run(args[0], str(folder), *args[1:], cache=tmp_path / "cache"))
    assert line == f"jimo: {folder} holds no .txt pages (1 other file not read): nothing to read"
    assert not (tmp_path / "out").exists()


def test_missing_folder_is_one_line_not_a_traceback(tmp_path):
    result = run("info", str(tmp_path / "nowhere"), cache=tmp_path / "cache")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("jimo: no such file or folder")
    assert "Traceback" not in result.stderr


def test_export_takes_the_dashboards_filters_and_gives_the_same_rows(tmp_path, seeds_corpus, session_cache):
    from jimo_data.filters import parse_params, select

    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), "--official", "韩世军", "--from", "2023-01-01", cache=session_cache)
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8-sig") as handle:
        exported = [row["article_id"] for row in csv.DictReader(handle)]
    link = parse_params({"official": ["韩世军"], "from": ["2023-01-01"]}, seeds_corpus).filters
    assert exported == list(select(seeds_corpus, link).articles["article_id"])
    assert len(exported) == 2


@pytest.mark.parametrize("params", [{"status": "开工"}, {"status": "建设", "official": "孙杰"}], ids=["a stage", "a stage and a filter"])
def test_projects_lists_the_projects_pages_rows(tmp_path, session_cache, params):
    """`jimo projects --status 开工` and the page's link `?status=开工` give the same projects."""
    from test_dashboard import frames, open_page

    options = [part for key, value in params.items() for part in (f"--{key}", value)]
    result = run("projects", str(SEEDS), *options, "--out", str(tmp_path / "projects.csv"), cache=session_cache)
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "projects.csv", encoding="utf-8-sig") as handle:
        listed = [row["name"] for row in csv.DictReader(handle)]
    shown = list(frames(open_page("projects", params))[0]["项目"])
    assert listed == shown and listed
    assert result.stdout.startswith(f"{len(listed)} project{'' if len(listed) == 1 else 's'} reaching {params['status']}")
    assert "NaT" not in result.stdout  # a stage not reached is a dash


def test_a_stage_no_project_reached_says_which_stages_were_reported(session_cache):
    """A second new user tried the README's `--status 竣工` on the seeds, where no project is reported finished."""
    result = run("projects", str(SEEDS), "--status", "竣工", cache=session_cache)
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()[:2]
    assert first == "0 projects reaching 竣工"
    assert second == "stages reported (projects): 落地 2, 启动 1, 开工 3, 建设 11, 投产 1, 启用 1, 运营 2 (--status STAGE)"
    for stage, n in (part.split() for part in second.removeprefix("stages reported (projects): ").split(" (")[0].split(", ")):
        projects = "project" if n == "1" else "projects"
        assert run("projects", str(SEEDS), "--status", stage, cache=session_cache).stdout.startswith(f"{n} {projects} reaching {stage}")


def test_an_out_file_in_a_missing_folder_is_written_there(tmp_path, session_cache):
    """`--out` creates its folder, as the writability check before the parse assumes (a new user's
    `--out nodir/done.csv` printed the table, then failed)."""
    out = tmp_path / "new" / "done.csv"
    result = run("projects", str(SEEDS), "--out", str(out), cache=session_cache)
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8-sig").startswith("name,")


def test_the_out_file_is_written_before_the_output_a_reader_may_stop(tmp_path, session_cache):
    """`jimo projects … --out f.csv | head` (a new user's pipe, 2026-12-07) closed the output after a few
    lines and left no file: once the reader has gone, the output goes nowhere and the command finishes."""
    out = tmp_path / "projects.csv"
    command = [sys.executable, "-m", "jimo_data", "--cache-dir", str(session_cache), "projects", str(SEEDS), "--out", str(out)]
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # as a user's shell runs it
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=buffered) as piped:
        piped.stdout.close()  # the reader gone before the first line, as `| head -0` leaves it
        error = piped.stderr.read().decode()
        status = piped.wait(timeout=120)
    assert out.read_text("utf-8-sig").startswith("name,")
    assert (status, error) == (0, ""), "no traceback, no `Exception ignored` at exit"


def test_read_prints_one_article_in_full(session_cache):
    """`jimo read` (a new user had to dig an article's body out of an export, 2026-12-07): its titles,
    day, paper and credits, then its text a paragraph a line."""
    result = run("read", str(SEEDS), "003_10918a961b3f8c53.txt#2", cache=session_cache)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "即墨:实施七大工程,提速制造业发展" in lines[:3]
    assert "2023-03-20  青岛日报  (article)" in lines
    assert "王涛 (reporter)" in lines
    assert any("中广核特固态锂电池、京能渔光互补基地开工建设" in line for line in lines)


def test_read_names_the_pages_articles_when_the_id_is_not_there(session_cache):
    result = run("read", str(SEEDS), "003_10918a961b3f8c53.txt#9", cache=session_cache)
    assert one_line_error(result) == (
        "jimo: no article “003_10918a961b3f8c53.txt#9” in this corpus; that page's are "
        + ", ".join(f"003_10918a961b3f8c53.txt#{n}" for n in range(1, 7))
    )


def test_officials_lists_the_officials_pages_rows_narrowed_to_an_office(tmp_path, session_cache):
    """`jimo officials` (a new user looked for it, 2026-12-06): the officials page's rows, in its
    order; `--office 即墨区委书记` keeps the rows whose office or titles hold the text, in the order
    their holders first appear (who held it when: a second new user read the ranking as the order)."""
    from test_dashboard import frames, open_page

    result = run("officials", str(SEEDS), "--out", str(tmp_path / "all.csv"), cache=session_cache)
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "all.csv", encoding="utf-8-sig") as handle:
        rows = [(row["name"], row["office"], row["first_date"]) for row in csv.DictReader(handle)]
    page = frames(open_page("officials", {}))[0]
    assert [name for name, _, _ in rows] == list(page[page.columns[0]]) and rows
    narrowed = run("officials", str(SEEDS), "--office", "即墨区委书记", "--out", str(tmp_path / "secretaries.csv"), cache=session_cache)
    with open(tmp_path / "secretaries.csv", encoding="utf-8-sig") as handle:
        secretaries = [(row["name"], row["office"]) for row in csv.DictReader(handle)]
    held = sorted((row for row in rows if row[1] == "即墨区委书记"), key=lambda row: row[2])
    assert secretaries == [(name, office) for name, office, _ in held]
    assert len(held) > 1 and held != [row for row in rows if row[1] == "即墨区委书记"]  # the ranking's order is another
    assert narrowed.stdout.startswith(f"{len(secretaries)} offices held by ")


@pytest.mark.parametrize(
    "value, meant",
    [("孫杰", "孙杰"), ("孙杰杰", "孙杰")],
    ids=["traditional characters: the simplified spelling", "a character too many: the closest name"],
)
def test_a_name_the_corpus_does_not_hold_suggests_one_it_does(value, meant, session_cache):
    message = one_line_error(run("search", str(SEEDS), "--official", value, cache=session_cache))
    assert message.endswith(f"“{value}” is not in this corpus; did you mean {meant}?"), message


def test_a_name_like_none_of_the_corpus_suggests_nothing(session_cache):
    message = one_line_error(run("search", str(SEEDS), "--official", "王五", cache=session_cache))
    assert message.endswith("“王五” is not in this corpus"), message


def test_printed_tables_line_up_with_han_characters_two_columns_wide(session_cache):
    """A terminal shows a Han character two columns wide: every line of a printed table
    (header and rows) then has the same width, so each column stands under its heading."""
    result = run("projects", str(SEEDS), "--status", "开工", cache=session_cache)
    assert result.returncode == 0, result.stderr
    table = result.stdout.splitlines()[1:]
    widths = {sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line.rstrip()) for line in table}
    assert len(table) > 2 and any(not line.isascii() for line in table[1:])
    assert len(widths) == 1, table


def test_search_lists_the_articles_the_reader_lists(tmp_path, session_cache, seeds_corpus):
    """`jimo search --q 项目 --from …` prints the reader's results for the same link, newest
    first, each with its hits; --top cuts what is printed, --out writes every row."""
    from jimo_data.analysis import reading_list
    from jimo_data.filters import parse_params, select

    result = run(
        "search", str(SEEDS), "--q", "项目", "--from", "2026-01-01", "--top", "2", "--out", str(tmp_path / "found.csv"), cache=session_cache
    )
    assert result.returncode == 0, result.stderr
    link = parse_params({"q": ["项目"], "from": ["2026-01-01"]}, seeds_corpus).filters
    expected = reading_list(seeds_corpus, select(seeds_corpus, link).listing, "项目")
    with open(tmp_path / "found.csv", encoding="utf-8-sig") as handle:
        written = list(csv.DictReader(handle))
    assert [row["article_id"] for row in written] == list(expected["article_id"]) and len(written) > 2
    assert [row["「项目」"] for row in written] == [str(n) for n in expected["「项目」"]]
    lines = result.stdout.splitlines()
    assert lines[0] == f"{len(expected)} articles, captions and notices"
    assert [line.split()[-1] for line in lines[2:4]] == list(expected["article_id"][:2])  # the header, then the newest two
    assert lines[4].startswith(f"… {len(expected) - 2} more")


@pytest.mark.parametrize(
    "argv, expected, reason",
    [
        (["search", "seeds", "--q", "-签约"], ["search", "seeds", "--q=-签约"], "a query's exclusion after its option"),
        (["compare", "seeds", "--a", "-签约", "--b", "签约"], ["compare", "seeds", "--a=-签约", "--b", "签约"], "…a side's query"),
        (["search", "seeds", "--q", "--top", "2"], ["search", "seeds", "--q", "--top", "2"], "an option after it stays one"),
        (["search", "-签约"], ["search", "-签约"], "…only after a filter's option"),
    ],
)
def test_a_filter_value_beginning_with_a_dash_is_joined_to_its_option(argv, expected, reason):
    assert with_dash_values_joined(argv) == expected


def test_an_unknown_filter_value_is_one_line_and_exit_2(tmp_path, session_cache):
    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), "--official", "无此人", cache=session_cache)
    assert result.returncode == 2
    assert result.stderr.strip() == "jimo: `official`: “无此人” is not in this corpus"
    assert not (tmp_path / "out").exists()


# -- every `--out` that cannot be written: one line naming the path and the problem --


def _is_a_file(base: Path) -> tuple[Path, Path, tuple]:
    (base / "out.csv").write_text("")
    return base / "out.csv", base / "out.csv", ()


def _under_a_file(base: Path):
    (base / "file").write_text("")
    return base / "file" / "out", base / "file", ()


def _not_writable(base: Path):
    """A chmod 0o555 folder. Root writes there anyway, so as root the command runs as
    `nobody` (setpriv), with a cache folder nobody can write."""
    locked = base / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    return locked / "out", locked, _as_nobody(base) if os.geteuid() == 0 else ()


def _read_only(base: Path):
    """A read-only mount of the folder, in a mount namespace of the command's own
    (unshare): nothing to unmount, nothing left behind if the test dies."""
    folder = base / "mounted"
    folder.mkdir()
    unshare = ["unshare", "--mount", *(["--map-root-user"] if os.geteuid() else [])]
    remount = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"'
    prefix = (*unshare, "sh", "-c", remount, str(folder))
    if shutil.which("unshare") is None or subprocess.run([*prefix, "true"], capture_output=True).returncode:
        pytest.skip("no mount namespace here (unshare --mount failed)")
    return folder / "out", folder, prefix


def _disk_full_midway(base: Path):
    """The folder is made and the first table written into /dev/full, which fails
    every write with ENOSPC, as a full disk does."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    (base / "out").mkdir()
    (base / "out" / "pages.csv").symlink_to("/dev/full")
    return base / "out", base / "out" / "pages.csv", ()


def _a_table_file_is_a_folder(base: Path):
    (base / "out" / "terms.csv").mkdir(parents=True)
    return base / "out", base / "out" / "terms.csv", ()


def _as_nobody(base: Path) -> tuple:
    if shutil.which("setpriv") is None:
        pytest.skip("root, and no setpriv to drop to another user")
    base.chmod(0o755)
    (base / "cache").mkdir(mode=0o777)
    (base / "cache").chmod(0o777)
    prefix = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    if subprocess.run([*prefix, "true"], capture_output=True).returncode:
        pytest.skip("cannot run as nobody here")
    return prefix


@pytest.fixture
def scratch():
    """A folder outside pytest's own (which is private to root, so no other user could
    reach it), removed however the test left its permissions."""
    base = Path(tempfile.mkdtemp(prefix="jimo-cli-"))
    yield base
    for folder, _, _ in os.walk(base):
        os.chmod(folder, 0o755)
    shutil.rmtree(base)


@pytest.mark.parametrize(
    "make, problem",
    [
        (_is_a_file, "it is not a folder"),
        (_under_a_file, "is not a folder"),
        (_not_writable, "is not writable (permission denied)"),
        (_read_only, "is on a read-only file system"),
        (_disk_full_midway, "no space left on device"),
        (_a_table_file_is_a_folder, "is a directory"),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else "",
)
def test_export_to_an_unwritable_out_is_one_line_naming_path_and_problem(scratch, make, problem):
    out, culprit, prefix = make(scratch)
    result = run("export", str(SEEDS), "--out", str(out), cache=scratch / "cache", prefix=prefix)
    line = one_line_error(result)
    assert line.startswith("jimo: cannot write ")
    assert str(out) in line and str(culprit) in line and line.endswith(problem), line


def test_out_is_checked_before_the_corpus_is_parsed(tmp_path):
    (tmp_path / "file").write_text("")
    one_line_error(run("export", str(SEEDS), "--out", str(tmp_path / "file"), cache=tmp_path / "cache"))
    assert not (tmp_path / "cache").exists()


def test_a_file_that_failed_midway_is_not_left_half_written(tmp_path, session_cache):
    """A limit on the size of a file (prlimit) stops the writes partway through terms.csv,
    the largest table, and after the smaller ones are whole."""
    if shutil.which("prlimit") is None:
        pytest.skip("no prlimit")
    run("info", str(SEEDS), cache=session_cache)  # the cache is written before the limit holds
    result = run("export", str(SEEDS), "--out", str(tmp_path / "out"), cache=session_cache, prefix=("prlimit", "--fsize=81920"))
    assert one_line_error(result) == f"jimo: cannot write {tmp_path / 'out' / 'terms.csv'}: file too large"
    assert not (tmp_path / "out" / "terms.csv").exists()
    assert (tmp_path / "out" / "articles.csv").stat().st_size > 0  # written before, and whole


@pytest.mark.parametrize(
    "args, message",
    [
        (["info", ""], "jimo info: argument source: an empty path names no file or folder (see jimo info --help)"),
        (["export", "", "--out", "x"], "jimo export: argument source: an empty path names no file or folder (see jimo export --help)"),
        (
            ["export", str(SEEDS), "--out", ""],
            "jimo export: argument --out: an empty path names no file or folder (see jimo export --help)",
        ),
        (["export", str(SEEDS)], "jimo export: the following arguments are required: --out (see jimo export --help)"),
        (["info"], "jimo: info: name a folder of pages or --store DEST, one of them"),
        (["info", str(SEEDS), "--store", "x"], "jimo: info: name a folder of pages or --store DEST, not both"),
        (["nosuch"], None),  # argparse's own words for an unknown command
        (
            ["export", str(SEEDS), "--out", "x", "--from", "1900-01-01"],
            "jimo: `from`: “1900-01-01” is not between 1949-01-01 and 2100-12-31",
        ),
        (["export", str(SEEDS), "--out", "x", "--to", "9999-12-31"], "jimo: `to`: “9999-12-31” is not between 1949-01-01 and 2100-12-31"),
        (["export", str(SEEDS), "--out", "x", "--official", "a\nb"], "jimo: `official`: “a\\nb” is not in this corpus"),  # still one line
    ],
)
def test_usage_and_value_errors_are_one_line(session_cache, args, message):
    line = one_line_error(run(*args, cache=session_cache))
    assert line == message if message else line.startswith("jimo: argument command: invalid choice")
    assert not (REPO / "x").exists()


def test_reuse_says_when_it_finds_no_reprints(session_cache):
    """No output at all would look like a command that did nothing."""
    result = run("reuse", str(SEEDS), cache=session_cache)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "jimo: no reprints among 25 articles and captions (docs/reuse.md: what counts as one)\n"


# -- names printed by `info` cannot forge a line or a colour --------------------------
FORGED = "a\nforged: line.txt"


NAMES = [  # (file name, as `info` prints it)
    (FORGED, "a\\nforged: line.txt"),  # a newline would start a line of its own
    ("b\rpages:      999.txt", "b\\rpages:      999.txt"),  # a carriage return would overwrite the line
    ("\x1b[31mred.txt", "\\x1b[31mred.txt"),  # an ANSI escape would colour the terminal
    ("\u202eevil.txt", "\\u202eevil.txt"),  # a right-to-left override would reverse what follows
    ("tab\there.txt", "tab\\there.txt"),
    ("中文 名字.txt", "中文 名字.txt"),  # printable names, spaces included, are printed as they are
]


def test_info_prints_names_escaped(tmp_path, session_cache):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, (name, _) in enumerate(NAMES):
        (folder / name).write_text(f"第{i}页", "utf-8")  # a page with no date: listed with its problem
        (folder / (name + ".md")).write_bytes(b"")  # not a page: listed as ignored
    result = run("info", str(folder), cache=session_cache)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for _, shown in NAMES:
        assert [line for line in lines if line.startswith(f"  warning {shown}: ")], shown
        assert f"  {shown}.md" in lines
    assert not any(c in result.stdout for c in "\r\x1b\u202e\t")
    assert len(lines) == 9 + 2 * (1 + len(NAMES))  # the summary, and a heading and a line per name in each list


def test_a_corpus_folder_with_a_newline_in_its_name_is_one_line(tmp_path, session_cache):
    folder = tmp_path / "x\ncorpus:     forged"
    shutil.copytree(SEEDS, folder)
    result = run("info", str(folder), cache=session_cache)
    assert [line for line in result.stdout.splitlines() if line.startswith("corpus:")] == [f"corpus:     {tmp_path}/x\\ncorpus:     forged"]


def test_the_cache_dir_may_follow_the_command(tmp_path):
    """`jimo info DIR --cache-dir X` as much as `jimo --cache-dir X info DIR`; given after, it wins."""
    result = run("info", str(SEEDS), "--cache-dir", str(tmp_path / "after"), cache=tmp_path / "before")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "after").is_dir() and not (tmp_path / "before").exists()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["serve", "nowhere"], "jimo: nowhere: no such file or folder"),
        (["serve", "--corpus", "nowhere"], "jimo: nowhere: no such file or folder"),
        (["serve", "--store", "nowhere"], "jimo: nowhere: no such file or folder"),
        (["serve", "--corpse", "seeds"], "jimo serve: unrecognized arguments: --corpse (did you mean --corpus?) (see jimo serve --help)"),
        (["serve", "seeds", "--corpus", "seeds"], "jimo: serve: name the folder once, as SOURCE or --corpus"),
        (["serve", "seeds", "--store", "seeds"], "jimo: serve: name a folder of pages or --store DEST, not both"),
        (
            ["serve", "--port", "99999"],
            "jimo serve: argument --port: 99999 is no port: a port is a whole number from 1 to 65535 (see jimo serve --help)",
        ),
        (
            ["serve", "--port", "0"],
            "jimo serve: argument --port: 0 is no port: a port is a whole number from 1 to 65535 (see jimo serve --help)",
        ),
    ],
)
def test_serve_says_in_one_line_what_it_cannot_serve(tmp_path, args, message):
    """Before the server starts: a mistyped option or folder must not fall back to the seeds."""
    assert one_line_error(run(*args, cache=tmp_path / "cache")) == message


def test_serve_will_not_start_on_a_port_in_use(tmp_path):
    import socket

    with socket.socket() as taken, socket.socket() as next_taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        try:  # the next port taken too, when it can be: the hint names a free one
            next_taken.bind(("127.0.0.1", port + 1))
            next_taken.listen()
        except OSError:
            pass
        error = one_line_error(run("serve", "--port", str(port), cache=tmp_path / "cache"))
        hinted = int(error.rsplit("--port ", 1)[1])
        with socket.socket() as probe:
            hinted_is_free = probe.connect_ex(("127.0.0.1", hinted)) != 0
    assert error.startswith(f"jimo: port {port} is in use (another dashboard?): start on another, --port ")
    assert hinted > port and hinted_is_free


def test_serve_becomes_the_dashboards_server_on_the_folder_named(monkeypatch, tmp_path, capsys):
    from jimo_data import cli

    started = []
    monkeypatch.setattr(cli.os, "execv", lambda program, argv: started.append(argv))
    monkeypatch.setenv("JIMO_CACHE_DIR", "")  # serve sets it for the server: restored after the test
    monkeypatch.chdir(REPO)
    port = _free_port()
    assert cli.main(["serve", "seeds", "--port", str(port), "--cache-dir", str(tmp_path / "cache")]) == 0
    [argv] = started
    assert argv[1:5] == ["-m", "streamlit", "run", str(REPO / "dashboard.py")]
    assert argv[argv.index("--server.port") + 1] == str(port)
    assert argv[argv.index("--") :] == ["--", "--corpus", str(SEEDS)]  # a relative folder, resolved where it was typed
    assert os.environ["JIMO_CACHE_DIR"] == str(tmp_path / "cache")
    assert f"http://127.0.0.1:{port}/" in capsys.readouterr().out


def test_serve_reads_the_folder_from_the_environment_as_the_dashboard_would(monkeypatch, tmp_path):
    monkeypatch.setenv("JIMO_CORPUS", str(tmp_path / "gone"))
    monkeypatch.delenv("JIMO_STORE", raising=False)
    result = subprocess.run([sys.executable, "-m", "jimo_data", "serve"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert one_line_error(result) == f"jimo: {tmp_path / 'gone'}: no such file or folder"


def test_ci_serve_checks_its_arguments_from_where_it_is_typed(tmp_path):
    """`.ci/serve FOLDER` reads a relative FOLDER from the caller's folder, not the repository's."""
    result = subprocess.run(["bash", str(REPO / ".ci" / "serve"), "seeds"], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert one_line_error(result) == "jimo: seeds: no such file or folder"


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["search", str(SEEDS), "项目"],
            "jimo search: unrecognized arguments: 项目 (a query goes after --q: jimo search … --q 项目) (see jimo search --help)",
        ),
        (["info", str(SEEDS), "extra"], "jimo info: unrecognized arguments: extra (see jimo info --help)"),
        (
            ["search", str(SEEDS), "--topp", "5"],
            "jimo search: unrecognized arguments: --topp 5 (did you mean --top, --to?) (see jimo search --help)",
        ),
    ],
)
def test_a_query_typed_without_its_option_is_pointed_to_it(tmp_path, args, message):
    """`jimo search seeds 项目`, a new user's first try (2026-12-06); a command without --q says no more."""
    assert one_line_error(run(*args, cache=tmp_path / "cache")) == message


def test_officials_of_an_empty_selection_print_an_empty_table(session_cache):
    """A query or a period no official is mentioned in (a new user's trial, 2026-12-06: a traceback)."""
    result = run("officials", str(SEEDS), "--q", "不存在的词", cache=session_cache)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.startswith("0 offices held by 0 people")


def test_an_office_no_one_holds_here_names_the_nearest_offices(session_cache):
    """`--office 县委书记` on a district's pages (a new user's try, 2026-12-07: `0 offices` and nothing more): the
    offices held here sharing most characters with it, each with its holders, to ask for instead."""
    result = run("officials", str(SEEDS), "--office", "县委书记", cache=session_cache)
    first, hint = result.stdout.splitlines()[:2]
    assert (result.returncode, first) == (0, "0 offices held by 0 people")
    assert hint.startswith("no office or title here holds “县委书记”; offices here (holders): 即墨区委书记 2, ")


@pytest.mark.parametrize(
    "typed, meant",
    [("--publication", "--pub"), ("--date-from", "--from"), ("--offical", "--official")],
    ids=["a filter's field for its key", "a field's longer name", "a letter left out"],
)
def test_a_mistyped_option_is_told_what_it_may_mean(tmp_path, typed, meant):
    """A new user's `--publication 新即墨` (2026-12-07): the options it may mean, by the rule a link's mistyped keys are read with."""
    message = one_line_error(run("search", str(SEEDS), typed, "x", cache=tmp_path / "cache"))
    assert f"unrecognized arguments: {typed} x (did you mean {meant}" in message


def test_a_command_without_filters_names_none_of_them(tmp_path):
    """`jimo info seeds --publication x`: info has no --pub to mean (a review's find)."""
    result = run("info", str(SEEDS), "--publication", "x", cache=tmp_path / "cache")
    assert one_line_error(result) == "jimo info: unrecognized arguments: --publication x (see jimo info --help)"


def test_projects_print_their_top_rows_and_write_them_all(tmp_path, session_cache):
    result = run("projects", str(SEEDS), "--top", "3", "--out", str(tmp_path / "all.csv"), cache=session_cache)
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "all.csv", encoding="utf-8-sig") as handle:
        written = len(list(csv.DictReader(handle)))
    lines = result.stdout.splitlines()
    assert lines[0] == f"{written} projects" and written > 3
    assert len(lines) == 1 + 1 + 3 + 2  # the count, the header, three rows, what is left and where it was written
    assert lines[-2].startswith(f"… {written - 3} more")


def test_date_bounds_say_how_many_undated_articles_they_leave_out(tmp_path):
    """As the sidebar does: a new user saw 16 rows for a year and was not told of the undated ones."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "dated.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    (folder / "undated.txt").write_text("区委书记孙杰到鳌山卫街道调研乡村振兴工作。\n", "utf-8")
    bounded = run("search", str(folder), "--from", "2000-01-01", cache=tmp_path / "cache")
    assert "jimo: note: 1 article without a date left out by the date bounds (--undated include keeps them)" in bounded.stderr
    included = run("search", str(folder), "--from", "2000-01-01", "--undated", "include", cache=tmp_path / "cache")
    assert included.returncode == 0 and "without a date" not in included.stderr


def test_info_counts_files_of_other_kinds_by_their_ending(tmp_path):
    """A folder of pages with their gold beside them: hundreds of .toml files are counted, not listed."""
    folder = tmp_path / "pages"
    (folder / "gold").mkdir(parents=True)
    (folder / "a.txt").write_bytes((SEEDS / "000_a890f07f6fb61a4e.txt").read_bytes())
    for n in range(25):
        (folder / "gold" / f"{n}.toml").write_text("x", "utf-8")
    (folder / "manifest.tsv").write_text("x", "utf-8")
    out = run("info", str(folder), cache=tmp_path / "cache").stdout
    assert "files not read (not .txt, or the reason given): 26\n  25 .toml files\n  1 .tsv file" in out
