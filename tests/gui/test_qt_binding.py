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


def test_pyside_is_told_the_same_of_every_module_as_its_own_reading() -> None:
    """The app answers PySide's "does this module use PySide?" from the file's bytes
    (`tallyapp/gui/__init__.py`); the answer must be PySide's own for every module."""
    import tallyapp.gui
    import tallyapp.gui.main_window  # noqa: F401  (a module that uses PySide)

    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    assert getattr(ours, "reads_bytes", False), "the faster answer is not installed"
    upstream = ours.upstream
    modules = [
        sys.modules[name]
        for name in (
            "tallyapp.gui.main_window",
            "tallyapp.gui",
            "tallyapp.domain.election",
            "tallyapp.services.entry",
            "json",
            "sys",  # built in: no file
            "PySide6.QtCore",  # an extension module
        )
    ]
    answers = [ours(m) for m in modules]
    assert answers == [upstream(m) for m in modules]
    assert answers[:3] == [True, True, False]
