"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 did not, and
a long election night of setText and signals would have ended in a crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(str)


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    emitter = _Emitter()
    calls = 500
    for call in (
        lambda: label.setText("y"),
        lambda: emitter.changed.emit("a"),
        QApplication.processEvents,
    ):
        none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(calls):
            call()
        # A few references may come and go elsewhere; a leak would be one per call.
        assert abs(sys.getrefcount(None) - none_before) < calls // 10
        assert abs(sys.getrefcount(True) - true_before) < calls // 10
