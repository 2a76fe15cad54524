"""The history's details (who saved, who signed, the reason) are read whole under the table,
not only in a mouse tooltip."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import HistoryDialog
from tallyapp.services.history import VersionEntry

REASON = (
    "The count of ballots in the box was repeated at the request of an observer, and line 7 "
    "was found to have been keyed in the wrong column of the tally sheet"
)


def entry(number: int, reason: str) -> VersionEntry:
    return VersionEntry(
        number=number,
        kind="repeated" if number > 1 else "original",
        reason=reason,
        saved_at=datetime(2026, 3, 19, 21, number, tzinfo=UTC),
        saved_by=f"Operator {number}",
        workstation="PEC-101",
        fingerprint="ab" * 32,
        changes=(),
        signing={"chair": "Nurlan Omarov", "secretary": "Aigerim Sadykova"},
        commission="101",
    )


def test_details_shown_whole_under_the_table(qtbot: QtBot) -> None:
    dialog = HistoryDialog("PEC 101", [entry(1, ""), entry(2, REASON)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.details.isVisible()
    shown = dialog.details.toPlainText()
    for part in (REASON, "Operator 2", "Nurlan Omarov", "Aigerim Sadykova"):
        assert part in shown
    # Moving down the versions by keyboard shows the earlier one's details.
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert "Operator 1" in dialog.details.toPlainText()
    assert REASON not in dialog.details.toPlainText()


def test_who_saved_is_named_with_the_readers_abbreviation(qtbot: QtBot) -> None:
    from dataclasses import replace

    from tests.gui.languages import speaking

    saved = replace(entry(1, ""), saved_by="Әлия Серікқызы (IIN 900101400123)")
    with speaking("kk"):
        dialog = HistoryDialog("PEC 101", [saved], lang="kk")
        qtbot.addWidget(dialog)
        dialog.show()
        shown = dialog.details.toPlainText()
    assert "Әлия Серікқызы (ЖСН 900101400123)" in shown
    assert "IIN" not in shown
