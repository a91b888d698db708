"""Load: N browser sessions at once cycling through every dashboard page, changing filters.

    .venv/bin/python benchmarks/load_sessions.py                      # 10 sessions, 3 rounds, on the seeds
    .venv/bin/python benchmarks/load_sessions.py --sessions 2 --rounds 1 --corpus /path/to/pages
    JIMO_RUN_LOG=/tmp/runs.tsv bash .ci/serve &                       # or against a running server:
    .venv/bin/python benchmarks/load_sessions.py --url http://127.0.0.1:8501 --run-log /tmp/runs.tsv --pid PID

How it measures. Each session is a page of one headless Debian Chromium (Playwright,
`/usr/bin/chromium`): a real Streamlit client, so the server does exactly what it does
for a user, widgets and all. A session opens the dashboard, then in each round visits
every page through the sidebar navigation and, on each, changes a filter in the sidebar
(a text query, an official, another query, clear), so every visit is two reruns. Rounds
are in step: all sessions finish a round before the next starts, and the server's
resident memory (VmRSS) and CPU time are read between rounds. One session first visits
every page unmeasured, so that loading the corpus is not counted as a rerun.
Session n starts its cycle at page n (mod the number of pages), as users reading at the
same time are on different pages; `--same-page` sends every session to the same page at
the same moment instead, the worst burst (its figures are recorded too).

- server time per rerun: dashboard.py appends each script run's wall and CPU time to the
  file named by JIMO_RUN_LOG (off by default). Wall time is what the rerun cost its user
  on this server, waiting for other sessions included; CPU time is the run's own work.
- client time: from the click or key press until the server's "script finished"
  message has arrived on the page's websocket and the page has drawn it (script state
  "not running", no placeholder left). It includes the browsers' own work.
- the server's CPU per round, whole process and main thread (Streamlit's event loop,
  which sends every session's messages), beside the sum of the script runs' CPU: what
  is left is Streamlit's own work around the runs.

The browsers run on the same machine as the server. They stand for users on other
machines, so they run at a lower priority (`--browser-nice`, 10 by default).
`--profile FILE` runs the started server under cProfile.

The server is started here on 127.0.0.1 on a free port (with a fresh cache folder
unless JIMO_CACHE_DIR is set) unless `--url` names one. Only loopback addresses are
accepted, since this drives a server as hard as it can. Everything is bounded:
`--timeout` for the whole run, `--action-timeout` for one rerun. A rerun that times
out is counted as an error and the session goes on.
Results are printed (and with `--json`, written); docs/benchmarks.md records a run.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from run import machine  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from jimo_data.views import PAGES  # noqa: E402
from jimo_data.views.i18n import t  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
# Filter changes a session makes in turn, one per page visit; the last clears them all.
CHANGES = (("query", "项目"), ("official", "孙杰"), ("query", "高质量发展"), ("clear", ""))
# The page has drawn what the last run sent: nothing running, no placeholder left.
SETTLED = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return app && app.getAttribute("data-test-script-state") === "notRunning"
    && document.querySelectorAll("[data-testid='stSkeleton']").length === 0;
}"""


@dataclass
class Results:
    client: list[dict] = field(default_factory=list)  # {round, page, action, seconds}
    errors: list[str] = field(default_factory=list)
    rounds: list[dict] = field(default_factory=list)  # {round, start, end, rss_mb}


# -- the server --------------------------------------------------------------------
def require_loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise SystemExit(f"{url}: not a loopback address; this benchmark only drives a server on this machine")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(corpus: Path, run_log: Path, workdir: Path, profile: Path | None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "JIMO_CORPUS": str(corpus), "JIMO_RUN_LOG": str(run_log)}
    env.setdefault("JIMO_CACHE_DIR", str(workdir / "cache"))
    # cProfile sees the main thread: Streamlit's event loop, which sends every session's messages
    profiler = ["-m", "cProfile", "-o", str(profile)] if profile else []
    command = [sys.executable, *profiler, "-m", "streamlit", "run", str(REPO / "dashboard.py")]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true"]
    command += ["--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with open(workdir / "server.log", "w") as out:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for_health(url, server, deadline=time.monotonic() + 60)
    return server, url


def wait_for_health(url: str, server: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url}: the server did not answer its health check in time")


def rss_mb(pid: int | None) -> float | None:
    if pid is None:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def cpu_seconds(pid: int | None, thread: int | None = None) -> float | None:
    """User and system time of the process (all its threads), or of one of its threads."""
    if pid is None:
        return None
    stat = Path(f"/proc/{pid}/task/{thread}/stat" if thread else f"/proc/{pid}/stat")
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu(pid: int | None) -> tuple[float | None, float | None]:
    """The whole server's CPU time and its main thread's: Streamlit's event loop, which
    sends every session's messages, runs there; each rerun runs in a thread of its own."""
    return cpu_seconds(pid), cpu_seconds(pid, pid)


def browsers_cpu() -> float:
    """CPU time of this process's finished children: Playwright's driver and the
    Chromium it started (the server, still running, is not counted)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def server_runs(run_log: Path | None, since: float) -> list[dict]:
    """The runs dashboard.py logged (finished at or after `since`, wall clock)."""
    if run_log is None or not run_log.exists():
        return []
    rows = (line.split("\t") for line in run_log.read_text("utf-8").splitlines() if line)
    runs = [{"end": float(end), "page": page, "wall": float(wall), "cpu": float(cpu)} for end, page, wall, cpu in rows]
    return [run for run in runs if run["end"] >= since]


# -- one session -------------------------------------------------------------------
class RunsSeen:
    """Counts the server's "script finished" messages on a page's websocket: the one
    signal of a finished rerun that no batching of the page's rendering can hide."""

    def __init__(self, page):
        self.count, self.bytes = 0, 0
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        if isinstance(payload, bytes):
            self.bytes += len(payload)
            message = ForwardMsg()
            message.ParseFromString(payload)
            self.count += message.WhichOneof("type") == "script_finished"

    async def after(self, before: int, page, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while self.count <= before:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no rerun finished within {timeout_s:.0f} s")
            await asyncio.sleep(0.02)
        await page.wait_for_function(SETTLED, timeout=timeout_s * 1000, polling=50)


async def timed(page, runs: RunsSeen, act, timeout_s: float) -> tuple[float, int]:
    """Seconds until the rerun that `act` causes is drawn, and the bytes the server sent for it."""
    before, sent, start = runs.count, runs.bytes, time.perf_counter()
    await act()
    await runs.after(before, page, timeout_s)
    return time.perf_counter() - start, runs.bytes - sent


async def change_filter(page, kind: str, value: str) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    if kind == "query":
        box = sidebar.get_by_role("textbox", name=t("query"))
        await box.fill(value)
        await box.press("Enter")
    elif kind == "official":
        box = sidebar.get_by_test_id("stMultiSelect").filter(has_text=t("official")).locator("input")
        await box.click()
        await box.fill(value)
        await box.press("Enter")
        await box.press("Escape")
    else:
        await sidebar.get_by_role("button", name=t("clear_filters")).click()


async def session(browser, url: str, number: int, rounds: int, barrier, results: Results, timeout_s: float, same_page: bool) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = await context.new_page()
    runs = RunsSeen(page)
    try:  # open on the last page, so that the first visit of the cycle is a navigation
        await timed(page, runs, lambda: page.goto(f"{url}/{PAGES[-1][1]}"), timeout_s)
        step = number % (len(CHANGES) - 1)  # a mix of changes at any moment; never "clear" with nothing set
        for round_number in range(1, rounds + 1):
            start = 0 if same_page else number % len(PAGES)
            for _, url_path, label in PAGES[start:] + PAGES[:start]:
                kind, value = CHANGES[step % len(CHANGES)]
                step += 1
                link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=t(label), exact=True)
                for action, act in (("open", link.click), (kind, partial(change_filter, page, kind, value))):
                    try:
                        seconds, sent = await timed(page, runs, act, timeout_s)
                        results.client.append(
                            {"round": round_number, "page": url_path, "action": action, "seconds": seconds, "bytes": sent}
                        )
                    except Exception as error:  # a timeout or a missing widget: counted, and the session goes on
                        results.errors.append(f"session {number}, round {round_number}, {url_path}, {action}: {error}".splitlines()[0])
            await barrier.wait()
    except Exception as error:  # this session cannot go on; the others must not wait for it at the barrier
        results.errors.append(f"session {number} stopped: {error}".splitlines()[0])
        await barrier.abort()
    finally:
        await context.close()


async def drive(url: str, sessions: int, rounds: int, pid: int | None, timeout_s: float, results: Results, same_page: bool = False) -> str:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        starts, cpus = [time.time()], [server_cpu(pid)]

        def between_rounds() -> None:
            now, cpu = time.time(), server_cpu(pid)
            process_cpu, main_cpu = (None, None) if pid is None else (cpu[0] - cpus[-1][0], cpu[1] - cpus[-1][1])
            results.rounds.append(
                {"round": len(starts), "start": starts[-1], "end": now, "rss_mb": rss_mb(pid), "load": load_average()}
                | {"process_cpu": process_cpu, "main_cpu": main_cpu}
            )
            starts.append(now)
            cpus.append(cpu)

        barrier = BarrierWithAction(sessions, between_rounds)
        await asyncio.gather(*(session(browser, url, n, rounds, barrier, results, timeout_s, same_page) for n in range(sessions)))
        version = browser.version
        await browser.close()
    return version


class BarrierWithAction:
    """asyncio.Barrier whose last arriving party runs `action` before all go on."""

    def __init__(self, parties: int, action):
        self._barrier, self._action = asyncio.Barrier(parties), action

    async def wait(self) -> None:
        if await self._barrier.wait() == 0:
            self._action()
        await self._barrier.wait()

    async def abort(self) -> None:
        await self._barrier.abort()


# -- figures -----------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def summary(results: Results, runs: list[dict]) -> dict:
    rounds = []
    for r in results.rounds:
        inside = [run for run in runs if r["start"] <= run["end"] <= r["end"]]
        client = [c["seconds"] for c in results.client if c["round"] == r["round"]]
        rounds.append({**r, **figures(inside, client), "script_cpu": sum(run["cpu"] for run in inside)})
    by_page = {  # dashboard.py logs the page's URL path
        url_path: {
            **figures([run for run in runs if run["page"] == url_path], []),
            "kb_sent_p50": percentile([c["bytes"] / 1024 for c in results.client if c["page"] == url_path], 50),
        }
        for _, url_path, _ in PAGES
    }
    return {
        "all": figures(runs, [c["seconds"] for c in results.client]),
        "rounds": rounds,
        "pages": by_page,
        "errors": results.errors,
    }


def figures(runs: list[dict], client: list[float]) -> dict:
    wall, cpu = [run["wall"] for run in runs], [run["cpu"] for run in runs]
    return {
        "reruns": len(runs),
        "server_p50": percentile(wall, 50),
        "server_p95": percentile(wall, 95),
        "server_max": max(wall, default=None),
        "cpu_p50": percentile(cpu, 50),
        "cpu_p95": percentile(cpu, 95),
        "client_p50": percentile(client, 50),
        "client_p95": percentile(client, 95),
    }


def show(value, unit: str = "s") -> str:
    return "—" if value is None else f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def report(result: dict) -> str:
    lines = ["| round | reruns | server p50 | server p95 | server max | CPU p50 | CPU p95 | client p50 | client p95 | RSS after |"]
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    rows = [*result["rounds"], {"round": "all", "rss_mb": None, **result["all"]}]
    for r in rows:
        cells = [r["server_p50"], r["server_p95"], r["server_max"], r["cpu_p50"], r["cpu_p95"], r["client_p50"], r["client_p95"]]
        lines.append(f"| {r['round']} | {r['reruns']} | " + " | ".join(map(show, cells)) + f" | {show(r['rss_mb'], 'MB')} |")
    lines += ["", "| round | seconds | server process CPU | of it, in script runs | in the main thread | load average at the end |"]
    lines.append("|---|---|---|---|---|---|")
    for r in result["rounds"]:
        cells = [r["end"] - r["start"], r["process_cpu"], r["script_cpu"], r["main_cpu"]]
        lines.append(f"| {r['round']} | " + " | ".join(map(show, cells)) + f" | {r['load']:.1f} |")
    server = sum(r["process_cpu"] or 0 for r in result["rounds"])
    lines += ["", f"CPU in the measured rounds: server {show(server)}, browsers {show(result['browsers_cpu'])}"]
    lines += ["", "| page | reruns | server p50 | server p95 | CPU p95 | KB sent per rerun (p50) |", "|---|---|---|---|---|---|"]
    for module, f in result["pages"].items():
        cells = [f["server_p50"], f["server_p95"], f["cpu_p95"]]
        lines.append(f"| {module} | {f['reruns']} | " + " | ".join(map(show, cells)) + f" | {show(f['kb_sent_p50'], 'KB')} |")
    if result["errors"]:
        lines += ["", f"{len(result['errors'])} errors:", *(f"- {e}" for e in result["errors"][:20])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--same-page", action="store_true", help="every session on the same page at the same moment (the worst burst)")
    parser.add_argument("--corpus", type=Path, default=REPO / "seeds", help="the folder the started server serves")
    parser.add_argument("--url", help="a running server (loopback only) instead of starting one")
    parser.add_argument("--run-log", type=Path, help="with --url: the server's JIMO_RUN_LOG file")
    parser.add_argument("--pid", type=int, help="with --url: the server's process id, for its memory")
    parser.add_argument("--timeout", type=float, default=900, help="seconds for the whole run")
    parser.add_argument("--action-timeout", type=float, default=60, help="seconds for one rerun")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--browser-nice", type=int, default=10, help="niceness of the browsers (0: compete with the server)")
    parser.add_argument("--profile", type=Path, help="run the started server under cProfile, its stats written here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jimo-load-") as tmp:
        server = None
        if args.url:
            require_loopback(args.url)
            url, run_log, pid = args.url.rstrip("/"), args.run_log, args.pid
        else:
            run_log = Path(tmp) / "runs.tsv"
            server, url = start_server(args.corpus, run_log, Path(tmp), args.profile)
            pid = server.pid
        os.nice(args.browser_nice)  # after the server started: only this process and the browsers yield
        try:
            result = measure(url, args, run_log, pid)
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=20)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")


def measure(url: str, args, run_log: Path | None, pid: int | None) -> dict:
    warm = Results()  # one session, one round: the corpus loaded and the pages' caches filled, not measured
    asyncio.run(asyncio.wait_for(drive(url, 1, 1, pid, args.action_timeout, warm), args.timeout))
    results, since = Results(), time.time()
    rss_before, browsers_before = rss_mb(pid), browsers_cpu()
    try:
        chromium = asyncio.run(
            asyncio.wait_for(drive(url, args.sessions, args.rounds, pid, args.action_timeout, results, args.same_page), args.timeout)
        )
    except TimeoutError:
        chromium = "?"
        results.errors.append(f"stopped after {args.timeout:.0f} s (--timeout)")
    result = summary(results, server_runs(run_log, since))
    result.update(
        browsers_cpu=browsers_cpu() - browsers_before,
        sessions=args.sessions,
        rounds_asked=args.rounds,
        rss_before_mb=rss_before,
        browser_nice=args.browser_nice,
        machine=f"{machine()}; Chromium {chromium}",
        date=time.strftime("%Y-%m-%d"),
        warm_up_errors=warm.errors,
    )
    return result


if __name__ == "__main__":
    main()
