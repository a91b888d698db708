"""The dashboard's view of its folder: a survey (listing, fingerprint, corrections file)
at most FILES_CHECK_SECONDS old, retaken in the background while reruns ask for it.

Walking an archive of thousands of files is a noticeable part of a rerun. A rerun that
finds a survey younger than FILES_CHECK_SECONDS uses it; the watch thread takes a new
one before the last grows that old, and not while a rerun is likely running, so a
rerun walks the folder itself only after the dashboard sat unused for
WATCH_IDLE_SECONDS (the thread then stops: an idle server does not walk the folder). A page added to the folder shows on any rerun
FILES_CHECK_SECONDS after it was written, as before, and the rerun that shows it does
not wait for the walk.
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple

from jimo_data.corrections import corrections_stamp
from jimo_data.ingest.files import Survey, survey

FILES_CHECK_SECONDS = 5
WATCH_IDLE_SECONDS = 300
RERUN_SECONDS = 1.0  # how long a rerun usually runs: the watch does not walk meanwhile


class Seen(NamedTuple):
    started: float  # time.monotonic() when the walk began: a file written later may be missing
    files: Survey
    corrections: tuple  # corrections_stamp: a new rule reloads too
    seconds: float  # what the walk took


class FolderWatch:
    def __init__(self, path: str, fresh_for: float = FILES_CHECK_SECONDS, idle_after: float = WATCH_IDLE_SECONDS):
        self.path, self.fresh_for, self.idle_after = path, fresh_for, idle_after
        self._lock = threading.Lock()  # one walk at a time for the askers; the thread's is not waited for
        self._starting = threading.Lock()
        self._seen: Seen | None = None
        self._asked = time.monotonic()
        self._thread: threading.Thread | None = None

    def current(self) -> Seen:
        """A survey begun less than `fresh_for` seconds ago: the watch thread's, else
        one taken now."""
        self._asked = time.monotonic()
        with self._lock:
            if self._seen is None or time.monotonic() - self._seen.started >= self.fresh_for:
                self._seen = self._take()
            seen = self._seen
        self._keep_watching()
        return seen

    def forget(self) -> None:
        """The next ask walks the folder (a correction was saved: show it now)."""
        with self._lock:
            self._seen = None

    def _take(self) -> Seen:
        started = time.monotonic()
        files, corrections = survey(self.path), corrections_stamp(self.path)
        return Seen(started, files, corrections, time.monotonic() - started)

    def _keep_watching(self) -> None:
        with self._starting:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="jimo-folder-watch", daemon=True)
                self._thread.start()

    def _watch(self) -> None:
        while time.monotonic() - self._asked < self.idle_after:
            wait = self._wait()
            if wait > 0:
                time.sleep(wait)
                continue
            taken = self._take()
            with self._lock:
                if self._seen is None or taken.started > self._seen.started:
                    self._seen = taken

    def _wait(self) -> float:
        """Seconds until the next walk: once the survey is half `fresh_for` old and the
        last ask RERUN_SECONDS past (the walk would slow that rerun down: both need the
        interpreter), but no later than leaves time for the walk, one more, and an
        eighth of `fresh_for` (a busy server may run the thread late) before the
        survey is too old to use."""
        seen = self._seen
        if seen is None:  # forgotten: the next ask walks
            return self.fresh_for / 2
        latest = seen.started + self.fresh_for * 7 / 8 - 2 * seen.seconds
        wanted = max(seen.started + self.fresh_for / 2, self._asked + RERUN_SECONDS)
        return min(wanted, latest) - time.monotonic()


_watches: dict[str, FolderWatch] = {}
_watches_lock = threading.Lock()


def watch(path: str) -> FolderWatch:
    """The server's one watch of this folder."""
    with _watches_lock:
        return _watches.setdefault(path, FolderWatch(path))


def forget_all() -> None:
    """Every watch's next ask walks its folder."""
    with _watches_lock:
        watches = list(_watches.values())
    for each in watches:
        each.forget()
