"""A precinct member's main window opens on their precinct at once; the reads that fill the
rest of the window (every state in the tree, the record's audit) start after, never while
the person waits on their protocol: on a slow disk they ran beside it and made it slower."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tests.sessions import member_of


def test_the_background_reads_wait_until_the_precinct_is_open(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tallyapp.gui.main_window import START_DELAY_MS, MainWindow
    from tallyapp.services.entry import EntryService

    read_sheets = EntryService.open_precinct

    def slow_disk(self: EntryService, *args: Any, **kwargs: Any) -> Any:
        time.sleep(2 * START_DELAY_MS / 1000)  # longer than the window waits before them
        return read_sheets(self, *args, **kwargs)

    monkeypatch.setattr(EntryService, "open_precinct", slow_disk)
    started: list[str] = []
    monkeypatch.setattr(MainWindow, "refresh_statuses", lambda self: started.append("states"))
    monkeypatch.setattr(MainWindow, "check_record", lambda self: started.append("audit"))
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "PEC-101"))
    qtbot.addWidget(window)
    window.show()
    window.open_precinct("101")  # as the start does for a precinct's member
    assert window.precinct == "101"
    assert started == [], "the background reads started while the precinct was opening"
    qtbot.waitUntil(lambda: started == ["states", "audit"], timeout=10_000)
    window.close()
    engine.dispose()


def test_the_window_starts_from_the_tree_read_while_the_pin_was_typed(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commission tree read during the typing is the window's: not read again after
    Enter, on the precinct's protocols, already open when the window is first drawn."""
    from PySide6.QtCore import Qt

    from tallyapp.gui.main_window import MainWindow
    from tallyapp.gui.start import Start

    engine = open_engine(gui_url)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", chair.iin, "4321")
    engine.dispose()
    begun = Start(gui_url, "en")
    begun.begin()
    login = begun.login
    assert login is not None
    qtbot.addWidget(login)
    login.commission.clear()
    qtbot.keyClicks(login.commission, "101")
    qtbot.keyClick(login.commission, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: begun.tree is not None, timeout=60_000)
    shown: list[str | None] = []
    show = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self.precinct) or show(self))
    login.pin.setFocus()
    qtbot.keyClicks(login.pin, "4321")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: begun.window is not None, timeout=60_000)
    window = begun.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.tree_model.tree is begun.tree
    assert shown == ["101"]  # drawn first with the protocols open
    assert window.tree_view.currentIndex().data(Qt.ItemDataRole.UserRole) == "101"
    window.close()


def test_a_precinct_that_cannot_be_read_at_start_still_leaves_the_window(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The precinct is opened before the window is first drawn: if it cannot be read, the
    window is shown all the same (the error is said as any other), never nothing on screen."""
    from tallyapp.domain.errors import TallyError
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.gui.start import Start

    def unreadable(self: MainWindow, number: str, select: bool = True) -> None:
        raise TallyError("storage.unavailable")

    monkeypatch.setattr(MainWindow, "open_precinct", unreadable)
    engine = open_engine(gui_url)
    begun = Start(gui_url, "en")
    begun.engine = engine
    opened: list[object] = []
    begun.opened.connect(opened.append)
    with pytest.raises(TallyError):
        begun.open_window(member_of(engine, "PEC-101").session)
    window = begun.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and opened == [window]
    window.close()
