"""Figures a refused save kept in the recovery file come back at the next start: the app (in
its own process) saves precinct 1's blue protocol, the disk fills, the next save is refused
and kept in the file; the next start says so after the sign-in and, by keyboard, keeps the
file for later (Esc) or restores the figures as a draft (Enter), with no SQL on the GUI
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tallyapp.domain.actor import Actor
from tallyapp.gui.start import Start
from tallyapp.services.entry import EntryService
from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tests.databases import Templates
from tests.gui.test_first_start import gui_thread_sql  # noqa: F401 (a fixture)
from tests.sessions import member_of
from tests.storage.race_worker import values
from tests.storage.test_durability import App, recovered, stored_shift

SLOW = 60_000


def sign_in(qtbot: QtBot, url: str, commission: str) -> Start:
    begun = Start(url, "en")
    begun.begin()
    login = begun.login
    assert login is not None
    qtbot.addWidget(login)
    login.commission.clear()
    qtbot.keyClicks(login.commission, commission)
    qtbot.keyClick(login.commission, Qt.Key.Key_Tab)
    login.pin.setFocus()
    qtbot.keyClicks(login.pin, "4321")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: begun.recovery is not None and begun.recovery.isVisible(), timeout=SLOW)
    assert begun.window is None  # asked before the main window opens
    return begun


def opened(qtbot: QtBot, begun: Start) -> None:
    qtbot.waitUntil(lambda: begun.window is not None, timeout=SLOW)
    window = begun.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    window.close()
    if begun.engine is not None:
        begun.engine.dispose()  # the next start holds the database again


def test_kept_figures_restored_at_start_by_keyboard(
    qtbot: QtBot,
    tmp_path: Path,
    templates: Templates,
    gui_thread_sql: list[str],  # noqa: F811
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "tallyapp.sqlite3"
    url = templates.sqlite_copy("init-2023", path)
    app = App(url, path)
    assert app.do("save 61") == {"saved": 1}
    assert "limited" in app.do("limit")
    assert app.do("save 62")["refused"] == "storage.kept"
    app.quit()
    kept = path.with_name(path.name + ".recovery.jsonl")
    assert [r["values"] for r in recovered(path)] == [values(62)]
    before = kept.read_bytes()

    engine = open_engine(url)
    tec = EntryService(engine, Actor("reader", "test")).precinct("1").tec_code
    chair = roster_of(engine, tec).chair
    assert chair is not None
    set_pin(engine, member_of(engine, "CEC").session, tec, chair.iin, "4321")
    engine.dispose()
    gui_thread_sql.clear()

    # Keep the file for later: Esc, and nothing changes.
    begun = sign_in(qtbot, url, tec)
    dialog = begun.recovery
    assert dialog is not None
    assert str(kept) in dialog.intro.text()
    listed = dialog.list.toPlainText()
    assert listed.startswith("Precinct 1, blue ballot (party list): 15 figures, kept ")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    opened(qtbot, begun)
    assert gui_thread_sql == []
    assert kept.read_bytes() == before and stored_shift(url) == 61
    gui_thread_sql.clear()  # the test's own reading

    # The next start asks again; Enter restores them as a draft, Enter again goes on.
    begun = sign_in(qtbot, url, tec)
    dialog = begun.recovery
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=SLOW)
    assert dialog.list.toPlainText() == (
        "Precinct 1, blue ballot (party list): restored as draft version 2."
    )
    assert not kept.exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    opened(qtbot, begun)
    assert gui_thread_sql == []
    assert stored_shift(url) == 62


def test_restore_stays_the_default_after_the_focus_passed_over_keep(
    qtbot: QtBot, gui_url: str, tmp_path: Path
) -> None:
    """Tab onto "Keep the file for later" and on to the list: Enter still restores (the
    dialog had never taken Restore as its default, and lost it with Keep's focus)."""
    from tallyapp.gui.recovery_dialog import RecoveryDialog
    from tallyapp.services.recovery import Recovery

    engine = open_engine(gui_url)
    dialog = RecoveryDialog(
        engine, member_of(engine, "PEC-101"), Recovery(tmp_path / "kept.jsonl", ()), "en"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30_000)  # focus moves only in the active window
    dialog.keep_button.setFocus()
    dialog.list.setFocus()
    assert dialog.restore_button.isDefault()
    engine.dispose()
