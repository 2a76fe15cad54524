"""Ctrl+F and a precinct searched for, in Kazakh and Russian on a 1024×768 screen: the status
bar's message ("Участок 102 (1 из 11 совпадени") was cut off by the completeness counts and who
is signed in beside it. Now it is read whole, and who is signed in stays in view."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.sessions import member_of


def room_for_message(window: MainWindow) -> int:
    """The width the status bar paints its message in: from its left margin to the first
    permanent widget shown, as Qt's QStatusBar measures it (6 px before, 2 px after)."""
    shown = [w for w in (window.record_warning, window.completeness, window.who) if w.isVisible()]
    return min((w.x() for w in shown), default=window.statusBar().width() - 12) - 2 - 6


@pytest.mark.parametrize("tampered", [False, True])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_search_message_is_read_whole_beside_who_is_signed_in(
    qtbot: QtBot, gui_url: str, lang: str, tampered: bool
) -> None:
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=180_000)
        qtbot.waitUntil(lambda: "…" not in window.completeness.text(), timeout=180_000)
        if tampered:  # the record's audit warning too, as a broken record shows it
            window.record_warning.setText(
                QCoreApplication.translate(
                    "MainWindow", "⚠ The record was tampered with: %n broken link(s)", "", 3
                )
            )
            window.record_warning.setVisible(True)
            qtbot.waitUntil(lambda: window.record_warning.x() > 0)
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.search.hasFocus())
        qtbot.keyClicks(window.search, "102")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        bar = window.statusBar()
        qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=10_000)
        message = bar.currentMessage()
        needed = bar.fontMetrics().horizontalAdvance(message)
        assert "102" in message and "11" in message, message  # 102, 1020…1029
        # Once the status bar has laid itself out again (never a fixed sleep).
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(lambda: needed <= room_for_message(window), timeout=20_000)
        shot = os.environ.get("TALLYAPP_SHOTS")  # to look at: TALLYAPP_SHOTS=/some/folder
        if shot:
            window.grab().save(str(Path(shot) / f"search-{lang}-{int(tampered)}.png"))
        assert needed <= room_for_message(window), (message, needed, room_for_message(window))
        # Who is signed in: in view, whole, inside the window.
        who = window.who
        assert who.isVisible() and who.width() >= who.fontMetrics().horizontalAdvance(who.text())
        assert who.mapTo(window, who.rect().topRight()).x() <= window.width()
        if tampered:
            assert window.record_warning.isVisible()
        # The message gone, the completeness counts are back.
        bar.clearMessage()
        assert window.completeness.isVisible()
        engine.dispose()
