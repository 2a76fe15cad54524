"""The finalise dialog is worked from the keyboard alone: Tab walks each member's name, role
and presence, then the buttons, the dissenting opinions and Finalise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import SigningDialog
from tallyapp.services.entry import Member


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press_tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(focused(), key)
    return focused()


def test_tab_walks_name_role_present_then_buttons(qtbot: QtBot) -> None:
    members = [
        Member("Nurlan Omarov", "chair", False),
        Member("Aigerim Sadykova", "secretary", False),
    ]
    dialog = SigningDialog(members, None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    first = table.cellWidget(0, 0)
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    walked = [first]
    for _ in range(9):
        walked.append(press_tab(qtbot))
    expected = [table.cellWidget(row, col) for row in range(2) for col in range(3)]
    assert walked[:6] == expected
    assert isinstance(walked[1], QComboBox) and isinstance(walked[2], QCheckBox)
    names = [getattr(w, "text", lambda: "")() for w in walked[6:8]]
    assert names == ["&Add member", "&Remove member"]
    assert walked[8] is dialog.dissent
    assert "Finalise" in walked[9].text()  # type: ignore[attr-defined]
    # Shift+Tab walks back the same way.
    back = [press_tab(qtbot, backwards=True) for _ in range(4)]
    assert back == [dialog.dissent, walked[7], walked[6], expected[5]]


def test_finalise_by_keyboard_alone(qtbot: QtBot) -> None:
    members = [Member("Nurlan Omarov", "chair", False), Member("Aigerim Sadykova", "member", False)]
    dialog = SigningDialog(members, None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.cellWidget(0, 0).setFocus()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    press_tab(qtbot)  # the chair's role, left as it is
    assert press_tab(qtbot) is dialog.table.cellWidget(0, 2)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # chair present
    press_tab(qtbot)  # second member's name
    role = press_tab(qtbot)
    assert role is dialog.table.cellWidget(1, 1)
    qtbot.keyClick(role, Qt.Key.Key_Up)  # from "member" up to "secretary"
    assert isinstance(role, QComboBox) and role.currentData() == "secretary"
    present = press_tab(qtbot)
    qtbot.keyClick(present, Qt.Key.Key_Space)
    assert [m.present for m in dialog.members()] == [True, True]
    assert [m.role for m in dialog.members()] == ["chair", "secretary"]
    press_tab(qtbot)
    press_tab(qtbot)
    dissent = press_tab(qtbot)
    assert dissent is dialog.dissent
    qtbot.keyClicks(dissent, "Aigerim Sadykova: disagree")
    ok = press_tab(qtbot)
    assert "Finalise" in ok.text()  # type: ignore[attr-defined]
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    signing = dialog.signing({})
    assert (signing.chair, signing.secretary) == ("Nurlan Omarov", "Aigerim Sadykova")
    assert signing.dissent == [("Aigerim Sadykova", "disagree")]


def test_added_and_removed_members_join_the_tab_order(qtbot: QtBot) -> None:
    dialog = SigningDialog([Member("Nurlan Omarov", "chair")], None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.add_button)
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)  # Add member
    assert focused() is dialog.table.cellWidget(1, 0)
    qtbot.keyClicks(focused(), "Aigerim Sadykova")
    assert press_tab(qtbot) is dialog.table.cellWidget(1, 1)
    assert press_tab(qtbot) is dialog.table.cellWidget(1, 2)
    assert press_tab(qtbot) is dialog.add_button
    # Remove member removes the row whose input last had focus, and the chain closes up.
    dialog.table.cellWidget(0, 1).setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table.cellWidget(0, 1))
    dialog.remove_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.remove_button)
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Space)
    assert [m.name for m in dialog.members()] == ["Aigerim Sadykova"]
    dialog.table.cellWidget(0, 2).setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table.cellWidget(0, 2))
    assert press_tab(qtbot) is dialog.add_button
