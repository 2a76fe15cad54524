"""The first start, every branch, by keyboard from a fresh home folder to a main window someone
is signed in to: the national demo (its precinct chair signed in), the practice register, the
CEC's register with its members and candidates, and a register alone (the administrator adds
the first member). Cancelling the demo leaves no database behind. No SQL runs on the GUI
thread on any of these ways in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, select

from tallyapp.domain.authority import Role
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.pin_dialog import PinDialog
from tallyapp.gui.roster_dialog import RosterDialog
from tallyapp.gui.start import Start
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow
from tests.services.test_real_elections import CANDIDATES, GOOD_ROWS, HEADER, _iin
from tests.sessions import member_of

SLOW = 120_000  # ms: the demo writes 20,000 protocols on a busy machine


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home folder and settings never used before: no database, no language chosen."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TALLYAPP_DB"):
        monkeypatch.delenv(name, raising=False)
    settings = tmp_path / "settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(settings))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings))
    yield home


@pytest.fixture
def gui_thread_sql() -> Iterator[list[str]]:
    """Every statement any engine runs on the GUI thread, recorded (there must be none)."""
    found: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            found.append(statement.split("\n")[0][:120])

    event.listen(Engine, "before_cursor_execute", record)
    yield found
    event.remove(Engine, "before_cursor_execute", record)


def database_file(home: Path) -> Path:
    return home / ".local" / "share" / "tallyapp" / "database" / "tallyapp.sqlite3"


def start(qtbot: QtBot) -> Start:
    begun = Start(None, "en")
    begun.begin()
    assert begun.setup is not None and begun.login is None  # no database: the setup first
    qtbot.addWidget(begun.setup)
    qtbot.waitExposed(begun.setup)
    return begun


def told(qtbot: QtBot, begun: Start) -> str:
    """What the app says it made; Enter goes on."""
    qtbot.waitUntil(lambda: begun.summary is not None and begun.summary.isVisible(), timeout=SLOW)
    assert begun.summary is not None
    text = begun.summary.text()
    qtbot.keyClick(begun.summary, Qt.Key.Key_Return)
    return text


def signed_in(qtbot: QtBot, begun: Start) -> MainWindow:
    qtbot.waitUntil(lambda: begun.window is not None, timeout=SLOW)
    window = begun.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "expected" in window.completeness.toolTip(), timeout=SLOW)
    assert window.isVisible() and window.service.actor.session is not None
    return window


def first_pin(qtbot: QtBot, begun: Start, pin: str = "2468") -> RosterDialog:
    """The administrator gives the selected member a PIN and continues as that member."""
    qtbot.waitUntil(lambda: begun.first_pins is not None, timeout=SLOW)
    dialog = begun.first_pins
    assert dialog is not None and dialog.administrator
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
    dialog.table.setFocus()
    pin_button = next(
        b for b in dialog.findChildren(type(dialog.continue_button)) if "PIN" in b.text()
    )
    pin_button.setFocus()
    qtbot.keyClick(pin_button, Qt.Key.Key_Space)
    asking = next(w for w in dialog.findChildren(PinDialog) if w.isVisible())
    qtbot.keyClicks(asking.pin, pin)
    qtbot.keyClick(asking.pin, Qt.Key.Key_Tab)
    qtbot.keyClicks(asking.again, pin)
    with qtbot.waitSignal(dialog.answered, timeout=SLOW):
        qtbot.keyClick(asking.again, Qt.Key.Key_Return)
    assert dialog.error.text() == "PIN set."
    assert dialog.continue_button.isEnabled()
    assert dialog.focusWidget() is dialog.continue_button  # Enter or Space goes on
    qtbot.keyClick(dialog.continue_button, Qt.Key.Key_Space)
    return dialog


def audit_actions(home: Path) -> list[tuple[str, str]]:
    engine = open_engine(str(database_file(home)))
    with engine.connect() as conn:
        rows = conn.execute(select(AuditRow.action, AuditRow.who)).all()
    engine.dispose()
    return [(a, w) for a, w in rows]


def test_the_national_demo_signs_its_chair_in(
    qtbot: QtBot, fresh_home: Path, gui_thread_sql: list[str]
) -> None:
    begun = start(qtbot)
    setup = begun.setup
    assert setup is not None
    assert not setup.demo.isChecked()  # never by default
    setup.demo.setFocus()
    qtbot.keyClick(setup.demo, Qt.Key.Key_Space)
    qtbot.keyClick(setup.demo, Qt.Key.Key_Return)  # Enter creates
    text = told(qtbot, begun)
    assert "10223 precincts of the practice register" in text
    assert "20369 protocols" in text
    assert "Your PIN is 0000" in text
    assert "the chair of Precinct No. " in text and "PEC-" not in text  # a name, not a code
    window = signed_in(qtbot, begun)
    work = window.service.actor.session
    assert work is not None and work.member.role is Role.CHAIR
    assert work.commission.startswith("PEC-")
    assert database_file(fresh_home).is_file()
    assert not Path(f"{database_file(fresh_home)}.creating").exists()
    window.close()
    assert gui_thread_sql == []


def test_the_practice_register_without_the_demo(
    qtbot: QtBot, fresh_home: Path, gui_thread_sql: list[str]
) -> None:
    begun = start(qtbot)
    assert begun.setup is not None
    qtbot.keyClick(begun.setup.election, Qt.Key.Key_Return)
    text = told(qtbot, begun)
    assert "practice register" in text and "administrator" in text
    pins = first_pin(qtbot, begun)
    assert pins.commission == "CEC"
    window = signed_in(qtbot, begun)
    work = window.service.actor.session
    assert work is not None and work.commission == "CEC" and work.member.role is Role.CHAIR
    window.close()
    assert gui_thread_sql == []
    actions = audit_actions(fresh_home)
    assert ("setup", "administrator") in actions  # the administrator, on the record
    assert ("set-pin", "administrator") in actions


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return str(path)


def test_the_cec_register_with_members_and_candidates(
    qtbot: QtBot, fresh_home: Path, tmp_path: Path, gui_thread_sql: list[str]
) -> None:
    begun = start(qtbot)
    setup = begun.setup
    assert setup is not None
    setup.register.setFocus()
    qtbot.keyClicks(setup.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    members = [
        "commission,iin,name,role",
        f"PEC-401,{_iin(9)},Айгүл Омарова,chair",
        f"CEC,{_iin(1)},Нұрлан Әбдіров,chair",
    ]
    qtbot.keyClick(setup.register, Qt.Key.Key_Tab)
    qtbot.keyClick(setup.focusWidget(), Qt.Key.Key_Tab)  # past "Browse…"
    qtbot.keyClicks(setup.focusWidget(), _write(tmp_path / "members.csv", members))
    assert setup.members.text().endswith("members.csv")
    qtbot.keyClicks(setup.candidates, _write(tmp_path / "candidates.csv", CANDIDATES))
    qtbot.keyClick(setup.candidates, Qt.Key.Key_Return)
    text = told(qtbot, begun)
    assert "3 precincts from the register file" in text
    assert "2 commission members" in text and "2 candidates" in text
    pins = first_pin(qtbot, begun, "1357")
    assert pins.commission == "PEC-401"  # the first commission the members file named
    window = signed_in(qtbot, begun)
    work = window.service.actor.session
    assert work is not None and work.member.name == "Айгүл Омарова"
    window.close()
    assert gui_thread_sql == []


def test_a_register_alone_the_administrator_adds_the_first_member(
    qtbot: QtBot, fresh_home: Path, tmp_path: Path, gui_thread_sql: list[str]
) -> None:
    begun = start(qtbot)
    setup = begun.setup
    assert setup is not None
    setup.register.setFocus()
    qtbot.keyClicks(setup.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    qtbot.keyClick(setup.register, Qt.Key.Key_Return)
    told(qtbot, begun)
    qtbot.waitUntil(lambda: begun.first_pins is not None, timeout=SLOW)
    dialog = begun.first_pins
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "nobody on the roster" in dialog.error.text(), timeout=SLOW)
    assert dialog.table.rowCount() == 0
    add = next(b for b in dialog.findChildren(type(dialog.continue_button)) if "Add" in b.text())
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    name = dialog.table.cellWidget(0, 0)
    qtbot.keyClicks(name, "Nurlan Abdirov")  # QTest types Latin-1 only
    iin = dialog.table.cellWidget(0, 1)
    role = dialog.table.cellWidget(0, 2)
    iin.setFocus()
    qtbot.keyClick(iin, Qt.Key.Key_Home)
    qtbot.keyClicks(iin, _iin(1))
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Home)  # the first role: the chair
    assert name.text() == "Nurlan Abdirov" and role.currentData() == "chair"
    save = next(b for b in dialog.findChildren(type(add)) if "Save" in b.text())
    save.setFocus()
    with qtbot.waitSignal(dialog.answered, timeout=SLOW):
        qtbot.keyClick(save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.error.text() == "Saved.", timeout=SLOW)
    dialog.table.selectRow(0)
    first_pin(qtbot, begun, "8642")
    window = signed_in(qtbot, begun)
    work = window.service.actor.session
    assert work is not None and work.commission == "CEC" and work.member.iin == _iin(1)
    window.close()
    assert gui_thread_sql == []
    actions = audit_actions(fresh_home)
    assert ("roster", "administrator") in actions


def test_cancelling_the_demo_leaves_no_database(qtbot: QtBot, fresh_home: Path) -> None:
    begun = start(qtbot)
    setup = begun.setup
    assert setup is not None
    setup.demo.setFocus()
    qtbot.keyClick(setup.demo, Qt.Key.Key_Space)
    qtbot.keyClick(setup.demo, Qt.Key.Key_Return)
    task = setup.task
    assert task is not None and task.dialog is not None
    progress: QProgressDialog = task.dialog
    qtbot.waitUntil(progress.isVisible, timeout=SLOW)  # shown once it takes 0.3 s
    assert not setup.isEnabled() or not setup.election.isEnabled()  # nothing changes meanwhile
    qtbot.waitUntil(lambda: progress.value() >= 5, timeout=SLOW)
    cancel = progress.focusWidget()  # the Cancel button has the focus: Space presses it
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: setup.task is None, timeout=SLOW)
    assert "Cancelled: nothing was created." in setup.problems.toPlainText()
    assert setup.isVisible() and setup.created is None
    folder = database_file(fresh_home).parent
    assert not folder.exists() or list(folder.iterdir()) == []
    # And the start goes on: without the demo this time.
    setup.demo.setFocus()
    qtbot.keyClick(setup.demo, Qt.Key.Key_Space)
    qtbot.keyClick(setup.demo, Qt.Key.Key_Return)
    assert "practice register" in told(qtbot, begun)
    begun.first_pins = None  # not driven further here
    assert database_file(fresh_home).is_file()


def test_a_later_start_signs_in_first(
    qtbot: QtBot, fresh_home: Path, gui_thread_sql: list[str]
) -> None:
    from tallyapp.services.first_start import create_first_database

    made = create_first_database(None, demo=False)
    engine = open_engine(made.url)
    from tallyapp.services.sessions import roster_of, set_pin

    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", chair.iin, "4321")
    engine.dispose()
    gui_thread_sql.clear()
    begun = Start(None, "en")
    begun.begin()
    login = begun.login
    assert login is not None and begun.setup is None
    qtbot.addWidget(login)
    qtbot.keyClicks(login.commission, "101")
    qtbot.keyClick(login.commission, Qt.Key.Key_Tab)
    login.pin.setFocus()
    qtbot.keyClicks(login.pin, "4321")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    window = signed_in(qtbot, begun)
    assert window.service.actor.session is not None
    assert window.service.actor.session.member == chair
    window.close()
    assert gui_thread_sql == []


def test_a_file_in_the_way_is_never_replaced(
    qtbot: QtBot, fresh_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something at the database's place that holds no election: the setup says so and
    leaves it as it was."""
    path = database_file(fresh_home)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, but someone's")
    begun = Start(None, "en")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text: shown.append(text) or 0
    )
    begun.begin()
    qtbot.waitUntil(lambda: bool(shown), timeout=SLOW)
    assert "holds no election: move it away" in shown[0]
    assert begun.setup is None  # nothing offered to create over it
    assert path.read_bytes() == b"not a database, but someone's"


def test_a_database_nobody_can_sign_in_to_asks_for_the_first_pin(
    qtbot: QtBot, fresh_home: Path, gui_thread_sql: list[str]
) -> None:
    """Set up without PINs (by an older version, or the setup closed before a PIN was set):
    the start goes to the first PINs, never to a sign-in nobody can pass."""
    from tallyapp.services.first_start import create_first_database

    create_first_database(None)
    gui_thread_sql.clear()
    begun = Start(None, "en")
    begun.begin()
    assert begun.login is not None
    first_pin(qtbot, begun, "9753")
    assert begun.login is None
    window = signed_in(qtbot, begun)
    window.close()
    assert gui_thread_sql == []


def test_the_first_window_is_drawn_without_the_database_layer(tmp_path: Path) -> None:
    """The sign-in and the setup are drawn before SQLAlchemy is imported (a third of the
    start): the database opens meanwhile on the task pool."""
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tallyapp.gui.start import Start\n"
        "from tallyapp.gui.setup_dialog import ElectionSetupDialog\n"
        "start = Start(sys.argv[1], 'en')\n"
        "start.begin()\n"
        "assert start.setup is not None and start.setup.isVisible()\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "none-yet.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "HOME": str(tmp_path)},
    )
    assert found.stdout.strip() == "[]", found.stdout + found.stderr


def test_a_rehearsal_is_chosen_in_the_setup_and_its_documents_say_so(
    qtbot: QtBot, fresh_home: Path
) -> None:
    """The setup's rehearsal box makes a rehearsal database, as `init --rehearsal`
    does: the summary says what it means, and the database is marked a rehearsal."""
    from tallyapp.services.rehearsal import is_rehearsal

    begun = start(qtbot)
    setup = begun.setup
    assert setup is not None
    assert not setup.rehearsal.isChecked()  # never by default
    assert "&h" in setup.rehearsal.text().lower()  # Alt+H, unique in the dialog
    setup.rehearsal.setFocus()
    qtbot.keyClick(setup.rehearsal, Qt.Key.Key_Space)
    assert setup.rehearsal.isChecked()
    qtbot.keyClick(setup.rehearsal, Qt.Key.Key_Return)  # Enter creates
    text = told(qtbot, begun)
    assert "rehearsal on the NCA's test keys" in text and "REHEARSAL" in text
    engine = open_engine(str(database_file(fresh_home)))
    assert is_rehearsal(engine)
    engine.dispose()
