"""Replacing a commission member from the roster dialog by keyboard alone: the newcomer takes
the leaving member's line and role, the decision is named, the audit log records both and the
record still audits; refusals are said in the reader's language and change nothing."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tallyapp.domain.authority import Role, WorkSession, iin_check_digit
from tallyapp.gui.replace_member_dialog import ReplaceMemberDialog
from tallyapp.gui.roster_dialog import RosterDialog
from tallyapp.services.audit import audit_database
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow
from tests.gui.languages import speaking


def a_valid_iin(first_eleven: str = "85010130012") -> str:
    while (digit := iin_check_digit(first_eleven)) is None:
        first_eleven = f"{int(first_eleven) + 1:011d}"
    return f"{first_eleven}{digit}"


def roster_dialog(qtbot: QtBot, engine: object, lang: str = "en") -> RosterDialog:
    roster = roster_of(engine, "PEC-101")  # type: ignore[arg-type]
    chair = roster.chair
    assert chair is not None
    dialog = RosterDialog(engine, WorkSession("PEC-101", chair, "laptop"), lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0 and not dialog.busy, timeout=20_000)
    return dialog


def row_of(dialog: RosterDialog, role: Role) -> tuple[int, str, str]:
    rows = [
        row
        for row in range(dialog.table.rowCount())
        if dialog.table.cellWidget(row, 2).currentData() == role.value  # type: ignore[union-attr]
    ]
    row = rows[-1]  # the last one holding the role
    name, iin = dialog.table.cellWidget(row, 0), dialog.table.cellWidget(row, 1)
    assert isinstance(name, QLineEdit) and isinstance(iin, QLineEdit)
    return row, name.text(), iin.text()


def tab_until(qtbot: QtBot, dialog: RosterDialog, target: QWidget, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) through the dialog until `target` has the focus."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(60):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, key)
    raise AssertionError(f"Tab never reached {target!r}: {QApplication.focusWidget()!r}")


def open_change(
    qtbot: QtBot, dialog: RosterDialog, row: int, mnemonic: bool = True
) -> ReplaceMemberDialog:
    """By keyboard: Tab to the member's name (the row becomes the selected one), then Alt+H;
    or, where the mnemonic is Cyrillic (which QTest cannot type), on to the Change button
    without crossing another row (Shift+Tab from the first row, Tab from the last) and Space."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
    tab_until(qtbot, dialog, dialog.table.cellWidget(row, 0))
    assert dialog.table.currentRow() == row
    if mnemonic:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    else:
        [button] = [b for b in dialog._row_buttons if b.text() == "&Заменить члена…"]
        tab_until(qtbot, dialog, button, backwards=row == 0)
        assert dialog.table.currentRow() == row
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in dialog.findChildren(ReplaceMemberDialog)),
        timeout=10_000,
    )
    [change] = [d for d in dialog.findChildren(ReplaceMemberDialog) if d.isVisible()]
    change.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is change.name, timeout=10_000)
    return change


def type_in(qtbot: QtBot, name: str, iin: str, decision: str) -> None:
    """Name, Tab, IIN, Tab past the role (kept), Tab, decision, Enter: the keyboard alone."""
    qtbot.keyClicks(QApplication.focusWidget(), name)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and isinstance(field.window(), ReplaceMemberDialog)
    assert field is field.window().iin
    field.setCursorPosition(0)
    qtbot.keyClicks(field, iin)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the role
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the decision
    qtbot.keyClicks(QApplication.focusWidget(), decision)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_member_is_replaced_by_keyboard_recorded_and_audited(qtbot: QtBot, gui_url: str) -> None:
    engine = open_engine(gui_url)
    dialog = roster_dialog(qtbot, engine)
    before = roster_of(engine, "PEC-101")
    row, leaving_name, leaving_iin = row_of(dialog, Role.SECRETARY)
    change = open_change(qtbot, dialog, row)
    assert leaving_name in change.findChildren(type(dialog.error))[0].text()
    newcomer = a_valid_iin()
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        type_in(qtbot, "Erzhan Saparov", newcomer, "maslikhat decision No. 12, 30.11.2026")
    assert "replaced by Erzhan Saparov" in dialog.error.text(), dialog.error.text()
    # The newcomer holds the leaving member's line and role; nobody else moved.
    after = roster_of(engine, "PEC-101")
    assert after.member(leaving_iin) is None
    assert after.members[row].iin == newcomer and after.members[row].role is Role.SECRETARY
    assert [m for i, m in enumerate(after.members) if i != row] == [
        m for i, m in enumerate(before.members) if i != row
    ]
    shown = dialog.table.cellWidget(row, 0)
    assert isinstance(shown, QLineEdit) and shown.text() == "Erzhan Saparov"
    assert dialog.table.currentRow() == row  # ready for Set PIN
    with engine.connect() as conn:
        [detail] = conn.execute(
            select(AuditRow.detail).where(AuditRow.action == "member-replaced")
        ).scalars()
    recorded = json.loads(detail)
    text = json.dumps(recorded, ensure_ascii=False)
    assert leaving_iin in text and newcomer in text and "No. 12, 30.11.2026" in text
    assert audit_database(engine).broken == []  # the roster's new digest recorded with it
    engine.dispose()


def test_a_chair_may_not_record_their_own_replacement_said_in_russian(
    qtbot: QtBot, gui_url: str
) -> None:
    engine = open_engine(gui_url)
    before = roster_of(engine, "PEC-101")
    with speaking("ru"):
        dialog = roster_dialog(qtbot, engine, "ru")
        chair, _name, _iin = row_of(dialog, Role.CHAIR)
        assert chair == 0
        change = open_change(qtbot, dialog, chair, mnemonic=False)
        assert change.windowTitle() == "Участок №101: замена члена комиссии"
        with qtbot.waitSignal(dialog.answered, timeout=20_000):
            type_in(qtbot, "Erzhan Saparov", a_valid_iin(), "decision 12")
        assert "не оформляет собственную замену" in dialog.error.text(), dialog.error.text()
        # No decision named: refused, naming what is missing.
        last, _name, _iin = row_of(dialog, Role.MEMBER)
        assert last == dialog.table.rowCount() - 1
        change = open_change(qtbot, dialog, last, mnemonic=False)
        with qtbot.waitSignal(dialog.answered, timeout=20_000):
            type_in(qtbot, "Erzhan Saparov", a_valid_iin(), "")
        assert "укажите решение о замене члена" in dialog.error.text(), dialog.error.text()
    assert roster_of(engine, "PEC-101") == before
    engine.dispose()
