"""Running long work off the GUI thread, with progress, success and failure as signals."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import current_language
from tallyapp.gui.words import error_text
from tallyapp.messages.labels import progress_text

ProgressCallback = Callable[[str, int], None]

# Tasks under way: Python must keep them (and their signals) alive until they report back.
_running: set[Task] = set()


class TaskSignals(QObject):
    progress = Signal(str, int)
    succeeded = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `work(progress)` on the pool. The work never touches widgets and opens its own
    database session; results come back to the GUI thread through the signals."""

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
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
) -> Task:
    task = Task(work)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, "", 0, 100, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(True)

        def progress(text: str, percent: int) -> None:
            assert dialog is not None
            dialog.setLabelText(progress_text(text, current_language()))
            dialog.setValue(percent)

        task.signals.progress.connect(progress)
        task.signals.succeeded.connect(lambda _r: dialog.reset())
        task.signals.failed.connect(lambda _e: dialog.reset())
    task.signals.succeeded.connect(_while_open(parent, on_success))
    task.signals.failed.connect(_while_open(parent, on_failure))
    task.setAutoDelete(False)  # the signals object must outlive run()
    _running.add(task)
    task.signals.succeeded.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task
