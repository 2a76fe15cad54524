"""A precinct member's main window opens on their precinct at once; the reads that fill the
rest of the window (every state in the tree, the record's audit) start after, never while
the person waits on their protocol: on a slow disk they ran beside it and made it slower."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tallyapp.services.setup import open_engine
from tests.sessions import member_of


def test_the_background_reads_wait_until_the_precinct_is_open(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tallyapp.gui.main_window import START_DELAY_MS, MainWindow
    from tallyapp.services.entry import EntryService

    read_sheet = EntryService.open

    def slow_disk(self: EntryService, *args: Any, **kwargs: Any) -> Any:
        time.sleep(2 * START_DELAY_MS / 1000)  # longer than the window waits before them
        return read_sheet(self, *args, **kwargs)

    monkeypatch.setattr(EntryService, "open", slow_disk)
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
