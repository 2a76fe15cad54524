"""A territorial commission keys a precinct's paper protocol, finalises it, accepts it and
sees it in its totals and its summary protocol, entirely in the desktop app; an observer
only reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.entry import EntryService
from tallyapp.services.pdf_export import export_summary
from tallyapp.services.results import compute_results
from tallyapp.services.review import accept
from tallyapp.services.setup import open_engine
from tests.gui.test_protocol_entry import GOOD, find_precinct, press, type_figures, when_modal
from tests.reports.test_protocol_pdf import page_texts
from tests.services.test_entry import SIGNING
from tests.services.test_entry import _good_values as good_values
from tests.sessions import member_of, observer

GOOD_VALUES = good_values()


def accept_members(dialog: QWidget) -> None:
    assert isinstance(dialog, SigningDialog)
    assert dialog.table.rowCount() == 5  # precinct 101's roster, not retyped
    dialog.accept()


def test_a_territorial_commission_keys_accepts_and_totals(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "ABAI-03"))  # the chair of precinct 101's TEC
    qtbot.addWidget(window)
    window.show()
    find_precinct(qtbot, window, "101")
    press(qtbot, window, Qt.Key.Key_1)
    type_figures(qtbot, GOOD)
    when_modal(accept_members)
    press(qtbot, window, Qt.Key.Key_Return)  # finalise
    editor = window.editor()
    assert editor.sheet is not None and editor.sheet.state is State.FINALISED
    assert "finalised" in window.statusBar().currentMessage()
    before = compute_results(engine, "ABAI-03", BallotKind.PARTY_LIST).tree.totals
    assert before.protocols == 0  # finalised, not yet accepted
    # Four eyes: the chair who keyed it from the paper may not accept it alone.
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}: {text}")
    )
    press(
        qtbot,
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(warnings) == 1 and "another member of the commission accepts it" in warnings[0]
    assert editor.sheet is not None and editor.sheet.state is State.FINALISED
    window.close()
    # The deputy chair of the territorial commission accepts it.
    window = MainWindow(engine, member_of(engine, "ABAI-03", "deputy"))
    qtbot.addWidget(window)
    window.show()
    find_precinct(qtbot, window, "101")
    qtbot.waitUntil(lambda: "101" in window.tree_model.statuses)  # its commission's states read
    editor = window.editor()
    press(
        qtbot,
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.sheet is not None and editor.sheet.state is State.ACCEPTED
    assert window.tree_model.statuses["101"]["party-list"] == "accepted"
    # The territorial commission's row says how far it is: accepted of expected (on a
    # narrow screen an icon, the counts in its tooltip).
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not window.tree_model.compact)
    tec = window.tree_model.index_of_precinct("101").parent()
    expected = len(window.tree_model.tree.precincts_of("ABAI-03"))
    assert tec.siblingAtColumn(1).data() == f"1/{expected}"
    assert tec.parent().siblingAtColumn(1).data().startswith("1/")  # and its region's
    tip = tec.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"1 of {expected} protocols accepted (") and tip.endswith("1 received")
    totals = compute_results(engine, "ABAI-03", BallotKind.PARTY_LIST).tree.totals
    assert totals.protocols == 1 and totals.votes["AMANAT"] == GOOD[7]
    summary = " ".join(
        "\n".join(page_texts(export_summary(engine, "ABAI-03", BallotKind.PARTY_LIST))).split()
    )
    # Precinct 101's row: one protocol expected, one accepted, its ballots in the boxes.
    assert f"УИК №101 1 1 {GOOD[5]}" in summary, summary[:600]
    window.close()
    engine.dispose()


def test_a_write_repaints_only_what_it_changed(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft saved repaints its precinct's row at most and recounts nothing; finalised, its
    row and the counts above it (its territorial commission, wherever the tree lists it, its
    region and district, the national row) are repainted from what the use case reported,
    and completeness is recounted once. The tree is never reset or laid out again."""
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "ABAI-03"))
    qtbot.addWidget(window)
    model = window.tree_model
    with qtbot.waitSignal(model.layoutChanged, timeout=30_000):  # the states read at start
        window.show()
    find_precinct(qtbot, window, "101")
    assert "ABAI-03" in model.precincts_of_tec  # its row is in the tree
    press(qtbot, window, Qt.Key.Key_1)
    type_figures(qtbot, GOOD)
    painted: list[tuple[str, str, int, int]] = []
    resets: list[str] = []
    recounts: list[bool] = []

    def repainted(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        node = top.internalPointer()
        painted.append((node.kind, node.code, top.column(), bottom.column()))

    model.dataChanged.connect(repainted)
    model.modelReset.connect(lambda: resets.append("reset"))
    model.layoutChanged.connect(lambda *_: resets.append("layout"))
    monkeypatch.setattr(window, "refresh_completeness", lambda: recounts.append(True))
    press(qtbot, window, Qt.Key.Key_S)  # a draft
    editor = window.editor()
    assert editor.sheet is not None and editor.sheet.state is State.DRAFT
    assert {(kind, code) for kind, code, *_ in painted} <= {("precinct", "101")}
    assert not recounts and not resets

    painted.clear()
    when_modal(accept_members)
    press(qtbot, window, Qt.Key.Key_Return)  # finalise
    assert editor.sheet is not None and editor.sheet.state is State.FINALISED
    precinct = model.index_of_precinct("101")
    region = precinct.parent().parent().internalPointer()
    districts = [
        n
        for n in model.root.children
        if n.kind == "dec" and "ABAI-03" in {t.code for t in n.children}
    ]
    assert len(districts) >= 1
    top = model.root.children[0]
    assert top.kind == "cec"
    counts = {(kind, code) for kind, code, first, _last in painted if first != 0}
    assert counts == {
        ("tec", "ABAI-03"),
        ("region", region.code),
        ("cec", top.code),
        *(("dec", d.code) for d in districts),
    }
    # The territorial commission under its region and under its district, each repainted.
    assert sum(1 for kind, code, *_ in painted if (kind, code) == ("tec", "ABAI-03")) == 1 + len(
        districts
    )
    assert {(kind, code) for kind, code, first, _ in painted if first == 0} == {("precinct", "101")}
    assert recounts == [True] and not resets
    # The counts shown are the running totals the finalisation reported.
    tip = precinct.parent().siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("0 of ") and tip.endswith("1 received"), tip
    window.close()
    engine.dispose()


def test_an_observer_reads_and_cannot_key(qtbot: QtBot, gui_url: str, tmp_path: Path) -> None:
    engine = open_engine(gui_url)
    window = MainWindow(engine, observer("ABAI-03"))
    qtbot.addWidget(window)
    window.show()
    find_precinct(qtbot, window, "101")
    editor = window.editor()
    assert editor.read_only is not None
    assert "observer" in editor.state_label.text()
    assert not editor.save_button.isEnabled() and not editor.finalise_button.isEnabled()
    assert editor.model is not None
    assert not (editor.model.flags(editor.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable)
    assert "reading only" in window.who.text() or "Observer" in window.who.text()
    window.close()
    engine.dispose()


def test_the_secretary_keeps_the_roster_and_sets_pins(qtbot: QtBot, gui_url: str) -> None:
    from tallyapp.domain.authority import Role, RosterMember
    from tallyapp.gui.roster_dialog import RosterDialog
    from tallyapp.services.sessions import roster_of, start_session

    engine = open_engine(gui_url)
    secretary = member_of(engine, "PEC-101", "secretary").session
    assert secretary is not None
    dialog = RosterDialog(engine, secretary, None, "en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)  # read on the task pool
    assert dialog.table.rowCount() == 5
    # A member with a bad IIN: refused with the member named, nothing stored.
    dialog.add_member(RosterMember("123456789012", "New Member", Role.MEMBER))
    with qtbot.waitSignal(dialog.answered, timeout=30_000):
        dialog.save()
    assert "New Member" in dialog.error.text()
    assert len(roster_of(engine, "PEC-101").members) == 5
    dialog.table.removeRow(dialog.table.rowCount() - 1)
    with qtbot.waitSignal(dialog.answered, timeout=30_000):
        dialog.save()
    assert "Saved." in dialog.error.text()
    # The secretary sets the chair's PIN; the chair then signs in with it.
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.answered, timeout=30_000):
        dialog.set_pin_of_selected("2468")
    assert dialog.error.text() == "PIN set."
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    assert start_session(engine, "PEC-101", chair.iin, "2468").member == chair
    # A plain member may not change the roster.
    member = member_of(engine, "PEC-101", "member").session
    assert member is not None
    other = RosterDialog(engine, member, None, "en")
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: not other.busy, timeout=30_000)
    with qtbot.waitSignal(other.answered, timeout=30_000):
        other.save()
    assert "may not change the roster or PINs" in other.error.text()
    engine.dispose()


def test_what_is_still_missing_for_my_commission(qtbot: QtBot, gui_url: str) -> None:
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "ABAI-03"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "expected" in window.completeness.toolTip(), timeout=10_000)
    dialog = window.open_missing()
    qtbot.addWidget(dialog)
    precincts = len(window.tree_model.tree.precincts_of("ABAI-03"))
    assert dialog.list.count() == 2 * precincts  # nothing keyed yet: blue and green each
    first = dialog.list.item(0)
    assert first.text().startswith("No. 99, blue: missing")
    dialog.list.itemActivated.emit(first)  # Enter on it opens the precinct
    assert window.precinct == "99"
    window.close()
    engine.dispose()


def test_the_tree_opens_with_progress_and_reads_states_as_commissions_open(
    qtbot: QtBot, gui_url: str
) -> None:
    """Protocols accepted before the window opened show in every commission's progress at
    once (from the running totals); precincts' states are read only for the commissions
    expanded, so a country of 100,000 precincts opens as fast as a small one."""
    engine = open_engine(gui_url)
    entry = EntryService(engine, member_of(engine, "ABAI-03"))
    for number in ("101", "102"):
        entry.finalise(entry.open(number, BallotKind.PARTY_LIST), GOOD_VALUES, SIGNING)
    accept(engine, member_of(engine, "ABAI-03", "deputy"), "101", BallotKind.PARTY_LIST)
    window = MainWindow(engine, observer())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    model = window.tree_model
    assert model.statuses == {}  # nothing expanded, no precinct's state read
    expected = len(model.tree.precincts_of("ABAI-03"))
    region = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Abai Region"
        or "Abai" in str(model.index(row, 0).data())
    )
    tec = next(
        model.index(row, 0, region)
        for row in range(model.rowCount(region))
        if "No. 3" in str(model.index(row, 0, region).data(Qt.ItemDataRole.ToolTipRole))
    )
    tip = tec.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"1 of {expected} protocols accepted (") and tip.endswith("2 received")
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole).startswith("1 of ")  # national
    window.tree_view.expand(region)
    window.tree_view.expand(tec)
    qtbot.waitUntil(lambda: model.rowCount(tec) == expected)
    assert set(model.statuses) <= set(model.precincts_of_tec["ABAI-03"])
    assert model.statuses["101"]["party-list"] == "accepted"
    assert model.statuses["102"]["party-list"] == "finalised"
    window.close()
    engine.dispose()


def test_a_rejection_reason_is_typed_tab_leaves_it_and_enter_confirms(
    qtbot: QtBot, gui_url: str
) -> None:
    """In the reject dialog Tab and Enter inserted characters into the reason; only
    Shift+Tab left it. Now Tab goes on to the buttons and Enter confirms."""
    from tallyapp.gui.reason_dialog import ReasonDialog

    engine = open_engine(gui_url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), GOOD_VALUES, SIGNING)
    window = MainWindow(engine, member_of(engine, "ABAI-03"))
    qtbot.addWidget(window)
    window.show()
    find_precinct(qtbot, window, "101")
    seen: dict[str, object] = {}

    def reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        text = dialog.text
        try:
            seen["focus first"] = dialog.focusWidget() is text
            qtbot.keyClicks(text, "line 6 differs")
            qtbot.keyClick(text, Qt.Key.Key_Tab)
            seen["after tab"] = dialog.focusWidget()
            seen["text"] = text.toPlainText()
            qtbot.keyClick(text, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never left open: the test would wait for it forever
                dialog.reject()

    when_modal(reason)
    press(
        qtbot,
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen["focus first"] is True
    assert seen["text"] == "line 6 differs"  # no tab character in the reason
    assert not isinstance(seen["after tab"], QPlainTextEdit)
    editor = window.editor()
    assert editor.sheet is not None and editor.sheet.state is State.REJECTED
    window.close()
    engine.dispose()
