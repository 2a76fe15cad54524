"""A crash or power cut while keying loses at most the field being typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.setup import open_engine

SECRETARY_AT_WORK = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import open_engine
    from tallyapp.domain.actor import Actor
    from tallyapp.domain.authority import WorkSession
    from tallyapp.services.sessions import actor_of, roster_of

    engine = open_engine(sys.argv[1])
    chair = roster_of(engine, "PEC-101").chair
    window = MainWindow(engine, actor_of(WorkSession("PEC-101", chair, "pec-laptop")))
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_precinct("101")
    window.editor().focus_figures()
    for figure in ("1500", "1500", "900", "20", "600"):
        QTest.keyClicks(QApplication.focusWidget(), figure)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClicks(QApplication.focusWidget(), "90")  # half of line 6, no Enter yet
    # The entered figures' autosaves run on the database thread, in order: a moment later
    # (as between two keystrokes at a desk) they are all written.
    window.database.wait_for(lambda: None)
    print("typed", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
""")


def test_killing_the_app_while_typing_keeps_every_entered_field(gui_url: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        [sys.executable, "-c", SECRETARY_AT_WORK, gui_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    try:
        for line in proc.stdout:
            if "typed" in line:
                break
            assert time.monotonic() < deadline
    finally:
        proc.send_signal(signal.SIGKILL)  # as a power cut: no chance to save anything
        proc.wait()
    engine = open_engine(gui_url)
    sheet = EntryService(engine, Actor("secretary", "pec-laptop")).open(
        "101", BallotKind.PARTY_LIST
    )
    values = list(sheet.values.values())
    assert values[:5] == [1500, 1500, 900, 20, 600]
    assert values[5:] == [None] * 10  # only the field being typed is lost
    assert sheet.restored_at is not None
    engine.dispose()
