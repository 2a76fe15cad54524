"""Running long work off the GUI thread, with progress, success and failure as signals."""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import current_language
from tallyapp.gui.words import error_text
from tallyapp.messages.labels import progress_text

ProgressCallback = Callable[[str, int], None]

# How long a thread that wants the interpreter waits for another to let go of it. Python's 5 ms
# is a keystroke's whole budget when an autosave runs on the database thread; 0.5 ms lets the
# GUI thread in at once (the autosave takes a little longer, nobody waits for it).
SWITCH_INTERVAL = 0.0005


def favour_the_gui_thread() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL)


# Tasks under way: Python must keep them (and their signals) alive until they report back.
_running: set[Task] = set()


class Cancelled(Exception):  # the person asked for it: not an error
    """Raised by a task's progress callback once the person cancelled: the work stops at its
    next step and undoes what it had begun."""


class TaskSignals(QObject):
    progress = Signal(str, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task:
    """Runs `work(progress)` on the pool. The work never touches widgets and opens its own
    database session; results come back to the GUI thread through the signals.

    Not a QRunnable of ours: the pool is given the bound `run`, wrapped in a runnable Qt owns
    and deletes on the pool's thread once `run` has returned. A QRunnable owned by Python was
    freed by the GUI thread when the task reported back while the pool thread was still
    returning from it (a crash in "Thread (pooled)")."""

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        self.work = work
        self.signals = TaskSignals()
        self.dialog: QProgressDialog | None = None
        self.stop = threading.Event()  # set from the GUI thread: the work stops at its next step

    def cancel(self) -> None:
        self.stop.set()

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self._report(self.signals.cancelled)
        except Exception as exc:  # every failure reaches the user as words, never silently
            detail = (
                error_text(exc)
                if isinstance(exc, TallyError)
                else "".join(traceback.format_exception_only(type(exc), exc)).strip()
            )
            self._report(self.signals.failed, detail)
        else:
            self._report(self.signals.succeeded, result)

    def _progress(self, text: str, percent: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        self._report(self.signals.progress, text, percent)

    @staticmethod
    def _report(signal: Any, *args: Any) -> None:
        # The window that asked may have closed meanwhile: then there is no one to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


def _while_open(parent: QWidget | None, callback: Callable[..., None]) -> Callable[..., None]:
    """The callback, dropped if the window that asked was closed and deleted meanwhile (its
    labels are gone; there is no one to tell)."""
    if parent is None:
        return callback

    def call(*args: Any) -> None:
        if shiboken6.isValid(parent):
            callback(*args)

    return call


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[ProgressCallback], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    show_progress: bool = True,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run `work(progress)` on the pool; its progress shown after 0.3 s. With `on_cancel`, the
    progress dialog has a Cancel button: the work's next `progress` call raises `Cancelled`
    and, once it has undone its steps, `on_cancel` runs here."""
    task = Task(work)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, "", 0, 100, parent)
        if on_cancel is None:
            dialog.setCancelButton(None)
        else:
            cancel = QPushButton(QCoreApplication.translate("tasks", "Cancel"))
            dialog.setCancelButton(cancel)
            dialog.canceled.connect(task.cancel)  # the dialog closes; the work then stops
            dialog.rejected.connect(task.cancel)  # Esc, as the button
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(True)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        task.dialog = dialog

        def progress(text: str, percent: int) -> None:
            assert dialog is not None
            dialog.setLabelText(progress_text(text, current_language()))
            dialog.setValue(percent)

        def progress_shown(text: str, percent: int) -> None:
            if not task.stop.is_set():
                progress(text, percent)

        task.signals.progress.connect(progress_shown)
        task.signals.succeeded.connect(lambda _r: dialog.reset())
        task.signals.failed.connect(lambda _e: dialog.reset())
        task.signals.cancelled.connect(dialog.reset)
    task.signals.succeeded.connect(_while_open(parent, on_success))
    task.signals.failed.connect(_while_open(parent, on_failure))
    if on_cancel is not None:
        task.signals.cancelled.connect(_while_open(parent, on_cancel))
    _running.add(task)
    task.signals.succeeded.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    task.signals.cancelled.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task.run)  # the runnable holds `task` until run returns
    return task
