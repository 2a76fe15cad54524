"""The desktop app's one database thread: every read and write of the editors runs here.

The GUI thread only paints. It hands work to this thread and gets the result back through a
signal, so a slow disk or a busy PostgreSQL server never freezes the window, and writes are
serialised in the order they were asked for.

- `submit(work, done, failed, key, spacing_ms)`: run `work()` on the database thread;
  `done(result)` or `failed(error)` then run on the GUI thread. A job with a `key` replaces a
  queued job with the same key that has not started yet: the keystroke autosave keeps only
  the newest figures. With `spacing_ms`, jobs of one key start at least that far apart: the
  newest waits the rest of the time (counted in `pending`, so `wait_idle` and closing wait
  for it), and figures pasted or typed faster than a person types are saved once per
  spacing, not once per keystroke in the keystrokes' way.
- `wait_for(work)`: the same, for a step a person waits on (opening a precinct, finalising):
  the window keeps painting but takes no input until the answer is back, then it is returned
  (or its error raised) on the GUI thread.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal, Slot


@dataclass
class _Job:
    number: int
    work: Callable[[], Any]
    done: Callable[[Any], None] | None = None
    failed: Callable[[BaseException], None] | None = None
    key: str | None = None
    started: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Worker(QObject):
    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def run(self, job: _Job) -> None:
        with job.lock:
            job.started = True
            work = job.work
        try:
            result = work()
        except BaseException as exc:  # handed to the GUI thread, which says it in words
            self.finished.emit(job, None, exc)
        else:
            self.finished.emit(job, result, None)


class Database(QObject):
    """The database thread of one main window (see the module's docstring)."""

    _post = Signal(object)
    changed = Signal()  # a job finished: the number of jobs under way changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("tallyapp-database")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._post.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._numbers = itertools.count(1)
        self._queued: dict[str, _Job] = {}
        self._posted_at: dict[str, float] = {}  # by key: when its last job was handed over
        self._spaced: dict[str, _Job] = {}  # by key: a job waiting for its spacing to pass
        self.pending = 0
        self.waiting = 0  # steps a person waits on under way (`wait_for`, nested)
        self._stopped = False
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # an app quitting with the window still open stops it too
            app.aboutToQuit.connect(self.stop)

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        key: str | None = None,
        spacing_ms: int = 0,
    ) -> None:
        if key is not None and key in self._queued:
            job = self._queued[key]
            with job.lock:
                if not job.started:  # still waiting: it will run the newest work instead
                    job.work, job.done, job.failed = work, done, failed
                    return
        job = _Job(next(self._numbers), work, done, failed, key)
        self.pending += 1
        since_ms = (time.monotonic() - self._posted_at.get(key or "", -1e9)) * 1000
        if key is None or since_ms >= spacing_ms:
            self.flush()  # asked first: they run first
            if key is not None:
                self._queued[key] = job
            self._hand_over(job)
            return
        # The newest work of this key starts when the spacing has passed.
        self._queued[key] = self._spaced[key] = job
        QTimer.singleShot(int(spacing_ms - since_ms) + 1, self, lambda: self._spaced_due(job))

    def flush(self) -> None:
        """Every job waiting for its spacing handed over now (another window is about to
        read what they write; closing)."""
        for waiting in list(self._spaced.values()):
            self._hand_over(waiting)

    def _spaced_due(self, job: _Job) -> None:
        if job.key is not None and self._spaced.get(job.key) is job:
            self._hand_over(job)

    def _hand_over(self, job: _Job) -> None:
        if job.key is not None:
            if self._spaced.get(job.key) is job:
                del self._spaced[job.key]
            self._posted_at[job.key] = time.monotonic()
        self._post.emit(job)

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self.pending -= 1
        if job.key is not None and self._queued.get(job.key) is job:
            del self._queued[job.key]
        try:
            if error is not None:
                if job.failed is not None:
                    job.failed(error)
            elif job.done is not None:
                job.done(result)
        finally:
            self.changed.emit()

    def wait_for(self, work: Callable[[], Any]) -> Any:
        """Run `work` on the database thread and return its result here (see above)."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(error: BaseException) -> None:
            outcome["error"] = error
            loop.quit()

        self.submit(work, done, failed)
        if not outcome:
            self.waiting += 1
            try:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            finally:
                self.waiting -= 1
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait_idle(self) -> None:
        """Until every job asked for so far has finished (closing the window, tests)."""
        while self.pending:
            loop = QEventLoop()
            self.changed.connect(loop.quit)
            if self.pending:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            self.changed.disconnect(loop.quit)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.flush()
        self.wait_idle()
        self._thread.quit()
        self._thread.wait()

    def on_database_thread(self) -> bool:
        return QThread.currentThread() is self._thread
