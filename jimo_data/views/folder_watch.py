"""The dashboard's view of its folder: a survey (listing, fingerprint, corrections file)
at most FILES_CHECK_SECONDS old, retaken in the background while reruns ask for it.

Walking an archive of thousands of files is a noticeable part of a rerun. A rerun that
finds a survey younger than FILES_CHECK_SECONDS uses it; the watch thread takes a new
one before the last grows that old, and not while a rerun is likely running. A rerun
walks the folder itself only when there is no such survey: the first of a server, the
first after a correction was saved, after WATCH_IDLE_SECONDS without a rerun (the
thread has stopped then: an idle server does not walk its folder), or when walks take
so long that the thread cannot keep up. A page added to the folder shows on any rerun
FILES_CHECK_SECONDS after it was written, as before, and that rerun does not wait for
the walk.
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
        self._lock = threading.Lock()  # guards _seen; an asker walks under it, the thread outside it
        self._seen: Seen | None = None
        self._forgotten = 0.0  # a survey begun before this is not taken from the thread
        self._asked = time.monotonic()
        self._starting = threading.Lock()  # guards _thread: one thread, started or stopped at a time
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
            self._seen, self._forgotten = None, time.monotonic()

    def _take(self) -> Seen:
        started = time.monotonic()
        files, corrections = survey(self.path), corrections_stamp(self.path)
        return Seen(started, files, corrections, time.monotonic() - started)

    def _keep_watching(self) -> None:
        with self._starting:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="jimo-folder-watch", daemon=True)
                self._thread.start()

    def _watch(self) -> None:
        while self._still_asked():
            wait = self._wait(time.monotonic())
            if wait > 0:
                time.sleep(wait)
                continue
            self._offer(self._take())

    def _offer(self, taken: Seen) -> None:
        """Keep the thread's survey, unless a newer one is kept or it began before the
        last `forget` (it may lack the rule just saved)."""
        with self._lock:
            if taken.started > self._forgotten and (self._seen is None or taken.started > self._seen.started):
                self._seen = taken

    def _still_asked(self) -> bool:
        """Whether a rerun asked within `idle_after`; if not, the thread is let go (under
        the lock an asker starts a new one with, so no ask is left without a watch)."""
        with self._starting:
            if time.monotonic() - self._asked < self.idle_after:
                return True
            self._thread = None
            return False

    def _wait(self, now: float) -> float:
        """Seconds until the next walk: once the survey is half `fresh_for` old and the
        last ask RERUN_SECONDS past (the walk would slow that rerun down: both need the
        interpreter), but no later than leaves time for the walk, one more, and an
        eighth of `fresh_for` (a busy server may run the thread late) before the
        survey is too old to use; and never sooner than the last walk took after it
        ended (walks too slow to keep up take at most half the thread's time)."""
        seen = self._seen
        if seen is None:  # forgotten: the next ask walks
            return self.fresh_for / 2
        latest = seen.started + self.fresh_for * 7 / 8 - 2 * seen.seconds
        wanted = max(seen.started + self.fresh_for / 2, self._asked + RERUN_SECONDS)
        return max(min(wanted, latest), seen.started + 2 * seen.seconds) - now


_watches: dict[str, FolderWatch] = {}
_watches_lock = threading.Lock()


def watch(path: str) -> FolderWatch:
    """The server's one watch of this folder."""
    with _watches_lock:
        if path not in _watches:
            _watches[path] = FolderWatch(path)
        return _watches[path]


def forget_all() -> None:
    """Every watch's next ask walks its folder."""
    with _watches_lock:
        watches = list(_watches.values())
    for each in watches:
        each.forget()
