"""The Election setup dialog: a new database from the CEC's register, members and candidates
files, typed and chosen by keyboard; a file with problems lists them and creates nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tallyapp.domain.actor import Actor
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.setup_dialog import ElectionSetupDialog
from tallyapp.services.register import needs_first_roster
from tallyapp.services.sessions import observer_session, roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow, PrecinctRow
from tests.services.test_real_elections import BAD_ROWS, CANDIDATES, GOOD_ROWS, HEADER, _iin


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return str(path)


def test_a_new_database_from_the_cec_files(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "commission.sqlite3"
    url = f"sqlite:///{database}"
    dialog = ElectionSetupDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo.isChecked()  # the demo is never the default
    dialog.register.setFocus()
    qtbot.keyClicks(dialog.register, _write(tmp_path / "bad.csv", [HEADER, *BAD_ROWS]))
    assert not dialog.demo.isEnabled()  # a real register: no fake figures on top of it
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)  # on the task pool
    assert dialog.isVisible() and dialog.created is None
    assert "line 3, column precinct: precinct 401 is listed twice" in dialog.problems.toPlainText()
    assert (
        "line 8, column district: a station at home needs its district"
        in dialog.problems.toPlainText()
    )
    assert not database.exists()  # nothing was created
    dialog.register.clear()
    qtbot.keyClicks(dialog.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    members = [
        "commission,iin,name,role",
        f"CEC,{_iin(1)},Нұрлан Әбдіров,chair",
        f"CEC,{_iin(5)},Дана Есенова,secretary",
        f"PEC-401,{_iin(9)},Айгүл Омарова,chair",
    ]
    qtbot.keyClicks(dialog.members, _write(tmp_path / "members.csv", members))
    qtbot.keyClicks(dialog.candidates, _write(tmp_path / "candidates.csv", CANDIDATES))
    qtbot.keyClick(dialog.candidates, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.created is not None and dialog.created.precincts == 3, (
        dialog.problems.toPlainText()
    )
    assert not dialog.isVisible()
    engine = open_engine(url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(PrecinctRow)) == 3
        assert conn.scalar(select(func.count()).select_from(CandidateRow)) >= 2
    assert not needs_first_roster(engine)

    # Later, from Settings: an observer may read, not change who is on the commissions.
    window = MainWindow(engine, Actor("observer", "x", observer_session("CEC", "x")))
    qtbot.addWidget(window)
    later = window.open_setup()
    assert isinstance(later, ElectionSetupDialog)
    assert not later.register.isEnabled()
    qtbot.keyClicks(later.members, _write(tmp_path / "more.csv", members[:2]))
    later.apply()
    qtbot.waitUntil(lambda: later.task is None, timeout=60_000)
    assert later.isVisible()
    assert "is an observer: reading only" in later.problems.toPlainText()
    assert [m.name for m in roster_of(engine, "CEC").members] == ["Нұрлан Әбдіров", "Дана Есенова"]


def test_enter_creates_again_after_a_register_with_problems(qtbot: QtBot, tmp_path: Path) -> None:
    """A register with problems, fixed, then Enter again: the database is created. While the
    first attempt ran, the dialog's rows were disabled one by one and the keyboard's focus
    went from row to row to the Create button and off it, which took the button's place as
    the default: Enter did nothing, and the focus was nowhere in the dialog."""
    url = f"sqlite:///{tmp_path / 'commission.sqlite3'}"
    dialog = ElectionSetupDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30_000)  # focus moves only in the active window
    dialog.register.setFocus()
    qtbot.keyClicks(dialog.register, _write(tmp_path / "bad.csv", [HEADER, *BAD_ROWS]))
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "precinct 401 is listed twice" in dialog.problems.toPlainText()
    assert dialog.focusWidget() is dialog.register  # where the person was typing
    dialog.register.clear()
    qtbot.keyClicks(dialog.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)
    assert dialog.task is not None or dialog.created is not None  # Enter started the creation
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.created is not None and dialog.created.precincts == 3, (
        dialog.problems.toPlainText()
    )


def test_enter_creates_after_the_focus_passed_over_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    """Tab onto Cancel and back to the register's row: Enter still creates the database (the
    dialog had never taken Create as its default, and lost it with Cancel's focus)."""
    url = f"sqlite:///{tmp_path / 'commission.sqlite3'}"
    dialog = ElectionSetupDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30_000)  # focus moves only in the active window
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.setFocus()
    dialog.register.setFocus()
    qtbot.keyClicks(dialog.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)
    assert dialog.task is not None or dialog.created is not None  # Enter started the creation
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.created is not None, dialog.problems.toPlainText()


def test_a_new_database_from_a_setup_the_cec_signed(qtbot: QtBot, tmp_path: Path) -> None:
    """The register's row takes the signed setup file, the authority's row its CA: the
    database holds what the CEC signed, and the audit says who signed it."""
    from tallyapp.services.audit import audit_database
    from tests.services.test_signed_setup import _sign, keys

    made = keys.__wrapped__(tmp_path)  # type: ignore[attr-defined]
    setup = _sign(tmp_path, made, made.chair)
    url = f"sqlite:///{tmp_path / 'commission.sqlite3'}"
    dialog = ElectionSetupDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.register, str(setup))
    qtbot.keyClicks(dialog.members, str(tmp_path / "members.csv"))
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "holds the members and the candidates" in dialog.problems.toPlainText()
    dialog.members.clear()
    qtbot.keyClick(dialog.register, Qt.Key.Key_Return)  # no authority named: keygen's, none
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "no trusted certification authority" in dialog.problems.toPlainText()
    qtbot.keyClicks(dialog.trust, str(made.ca))
    assert dialog.trust.text() == str(made.ca) and dialog.trust.isEnabled()
    qtbot.keyClick(dialog.trust, Qt.Key.Key_Return)
    assert dialog.task is not None or dialog.created is not None  # Enter started the creation
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.created is not None, dialog.problems.toPlainText()
    assert (dialog.created.precincts, dialog.created.members) == (3, 5)
    engine = open_engine(url)
    assert roster_of(engine, "PEC-401").chair is not None
    result = audit_database(engine, [made.ca])
    engine.dispose()
    assert result.intact, result.broken
    assert result.setup_signed_by == f"IIN{_iin(101)}"


def test_files_loaded_later_are_counted_in_their_plural(qtbot: QtBot, tmp_path: Path) -> None:
    """ "2 members of 1 commissions stored", "2 candidates in 1 districts stored": each count
    now takes the form of its number."""
    database = tmp_path / "commission.sqlite3"
    url = f"sqlite:///{database}"
    first = ElectionSetupDialog(url)
    qtbot.addWidget(first)
    first.show()
    first.register.setFocus()
    qtbot.keyClicks(first.register, _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS]))
    qtbot.keyClick(first.register, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.task is None, timeout=60_000)
    assert first.created is not None, first.problems.toPlainText()
    engine = open_engine(url)
    later = ElectionSetupDialog(url, engine)  # the administrator, before any PIN is set
    qtbot.addWidget(later)
    members = [
        "commission,iin,name,role",
        f"CEC,{_iin(1)},Нұрлан Әбдіров,chair",
        f"CEC,{_iin(5)},Дана Есенова,secretary",
    ]
    qtbot.keyClicks(later.members, _write(tmp_path / "members.csv", members))
    qtbot.keyClicks(later.candidates, _write(tmp_path / "candidates.csv", CANDIDATES))
    later.apply()
    qtbot.waitUntil(lambda: later.task is None, timeout=60_000)
    assert later.loaded[0] == "2 members of 1 commission stored.", later.problems.toPlainText()
    assert later.loaded[1].endswith(" in 1 district stored."), later.loaded
    engine.dispose()
