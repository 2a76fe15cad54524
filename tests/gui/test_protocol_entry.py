"""The desktop app, driven like a secretary would: keyboard only, real widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.protocol_editor import ProtocolEditor
from tallyapp.gui.protocol_model import ProtocolTableModel
from tallyapp.gui.tree_model import CommissionTreeModel
from tests.sessions import chair_key, member_of

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole

# Paper order: 7 header lines, 7 parties in ballot order, against all.
GOOD = [1500, 1500, 900, 20, 600, 900, 10, 500, 100, 80, 60, 20, 70, 40, 20]


def find_precinct(qtbot: QtBot, window: MainWindow, number: str) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, number)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.precinct == number


def type_figures(qtbot: QtBot, figures: list[int | str]) -> None:
    """Type each figure into the focused field and press Enter, as at the keyboard."""
    for figure in figures:
        widget = QApplication.focusWidget()
        assert isinstance(widget, QLineEdit), f"no figure field has the focus: {widget!r}"
        widget.selectAll()
        qtbot.keyClicks(widget, str(figure))
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier,
) -> None:
    """A shortcut, as pressed in the (active) main window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def when_modal(callback: Callable[[QWidget], None]) -> None:
    """Run `callback` on the next modal dialog once it is shown."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
        else:
            callback(dialog)

    QTimer.singleShot(0, attempt)


SEEN: dict[str, str] = {}


def sign(dialog: QWidget) -> None:
    assert isinstance(dialog, SigningDialog)
    SEEN["figures"] = dialog.figures.toPlainText()
    SEEN["fingerprint"] = dialog.fingerprint.text()
    names = ["Nurlan Omarov", "Aigül Seitova"]
    for row, name in enumerate(names):
        widget = dialog.table.cellWidget(row, 0)
        assert isinstance(widget, QLineEdit)
        widget.setText(name)
    dialog.accept()


def test_type_a_whole_protocol_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    find_precinct(qtbot, window, "101")
    press(qtbot, window, Qt.Key.Key_1)  # the blue tab
    type_figures(qtbot, GOOD)
    editor = window.editor()
    assert editor.model is not None
    assert list(editor.model.values.values()) == GOOD
    assert editor.report is not None and editor.report.hard_relations_hold
    assert "✓ All control relations hold." in window.checks.summary.text()
    # Every field went to the working copy: reopening restores it (once the database thread,
    # which keeps jobs in order, has done the last autosave).
    window.database.wait_for(lambda: None)
    reopened = window.service.open("101", BallotKind.PARTY_LIST)
    assert list(reopened.values.values()) == GOOD and reopened.restored_at is not None


def test_only_digits_are_accepted_and_what_is_refused_is_said(
    qtbot: QtBot, window: MainWindow
) -> None:
    find_precinct(qtbot, window, "101")
    editor = window.editor()
    editor.focus_figures()
    type_figures(qtbot, ["12a-3"])
    assert editor.model is not None
    # The refused letter stops the first Enter: the figure is looked at, then Enter keeps it.
    assert editor.model.values["voters_on_list"] is None
    assert editor.input_problem.isVisible()
    assert editor.input_problem.text().startswith("Only digits can be keyed: “12")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.model.values["voters_on_list"] == 123
    assert not editor.input_problem.isVisible()


def test_a_figure_too_large_or_a_paste_with_junk_is_refused_never_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A 12-digit figure was silently cut to 123456789; a pasted "1 234 abc" was dropped
    without a word. Both are refused with a sentence; the figure stays as it was."""
    find_precinct(qtbot, window, "101")
    editor = window.editor()
    editor.focus_figures()
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    qtbot.keyClicks(widget, "123456789012")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert editor.model is not None
    assert editor.model.values["voters_on_list"] is None  # not 123456789: keyed again
    assert QApplication.focusWidget() is widget and widget.selectedText() == widget.text()
    assert "No line can hold more than" in editor.input_problem.text()
    QApplication.clipboard().setText("1 234 abc")
    widget.selectAll()
    widget.paste()
    assert widget.text() == "" or "abc" not in widget.text()
    assert "“1 234 abc” was not entered" in editor.input_problem.text()
    widget.clear()
    QApplication.clipboard().setText("1 234")
    widget.paste()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert editor.model.values["voters_on_list"] == 1234
    assert not editor.input_problem.isVisible()
    # The largest figure a line can hold is accepted whole.
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, str(10**9))
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert 10**9 in editor.model.values.values()


def test_a_relation_fails_then_passes(qtbot: QtBot, window: MainWindow) -> None:
    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    wrong = list(GOOD)
    wrong[1] = 1510  # ballots received
    type_figures(qtbot, wrong)
    items = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert any(
        t.startswith("[FAIL] C2") and "1510 ≠ (900 + 600 = 1500), differs by 10" in t for t in items
    )
    assert "✗ 1 control relation fails" in window.checks.summary.text()
    model = window.editor().model
    assert model is not None
    check_cell = model.index(1, ProtocolTableModel.COL_CHECK)
    assert model.data(check_cell) == "C2 FAIL"  # text, not colour alone
    assert "differs by 10" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    # Go back to line 2 and fix it.
    window.editor().table.setCurrentIndex(model.index(1, ProtocolTableModel.COL_FIGURE))
    type_figures(qtbot, [1500])
    items = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert any(t.startswith("[OK] C2") for t in items)
    assert model.data(check_cell) == ""


def test_finalise_then_correct(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    type_figures(qtbot, GOOD)
    when_modal(sign)
    press(qtbot, window, Qt.Key.Key_Return)  # finalise
    editor = window.editor()
    assert editor.sheet is not None and editor.sheet.state is State.FINALISED
    # The dialog showed what was finalised: every figure and the version's fingerprint.
    assert SEEN["figures"].splitlines()[1].endswith(": 1,500")
    assert len(SEEN["figures"].splitlines()) == len(GOOD)
    assert editor.sheet.stored is not None
    assert spoken_fingerprint(editor.sheet.stored.fingerprint) in SEEN["fingerprint"]
    assert not editor.finalise_button.isEnabled() and editor.correct_button.isEnabled()
    assert "finalised (signed)" in editor.state_label.text()
    assert window.tree_model.statuses["101"]["party-list"] == "finalised"
    # The dialog listed the commission's roster; the names edited are remembered for the next
    # protocol, each member keeping their IIN (the roster is not retyped).
    members = window.service.members("101")
    assert [m.name for m in members][:2] == ["Nurlan Omarov", "Aigül Seitova"]
    assert len(members) == 5 and all(len(m.iin) == 12 for m in members)

    # Correct: a repeated protocol with a reason.
    # A correction without a reason: asked again, with the message, until one is given.
    answers = iter([("   ", True), ("recount of the invalid ballots", True)])
    prompts: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText",
        lambda _parent, _title, label, *a, **k: (prompts.append(label), next(answers))[1],
    )
    press(qtbot, window, Qt.Key.Key_R)
    assert len(prompts) == 2 and "The reason is required" in prompts[1]
    assert "CORRECTING" in editor.state_label.text()
    model = editor.model
    assert model is not None
    editor.table.setCurrentIndex(model.index(6, ProtocolTableModel.COL_FIGURE))  # invalid
    type_figures(qtbot, [11, 499])  # invalid, then Amanat
    press(qtbot, window, Qt.Key.Key_S)
    assert editor.sheet is not None and editor.sheet.stored is not None
    assert editor.sheet.stored.version_kind == "repeated"
    assert editor.sheet.stored.version_number == 2
    assert editor.sheet.state is State.DRAFT
    history = window.service.history(editor.sheet)
    assert [(c.key, c.old, c.new) for c in history[1].changes] == [
        ("invalid", 10, 11),
        ("vote:AMANAT", 500, 499),
    ]


def test_finalise_refused_with_reasons(qtbot: QtBot, window: MainWindow) -> None:
    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    type_figures(qtbot, GOOD[:5])  # half a protocol
    seen: dict[str, Any] = {}
    # Finalise is not offered while lines are empty, and a blank protocol does not "hold".
    assert not window.editor().finalise_button.isEnabled()
    assert "10 lines not entered yet" in window.checks.summary.text()
    assert "✓" not in window.checks.summary.text()
    # Ctrl+Return says why at once, before anyone types the members into the signing dialog.
    when_modal(lambda d: (seen.update(text=d.text(), kind=type(d)), d.reject()))  # type: ignore[attr-defined]
    window.editor().finalise()
    assert seen["kind"] is QMessageBox
    assert "line 6 (Ballots found in the ballot boxes) is empty" in seen["text"]
    assert window.editor().sheet is not None
    assert window.editor().sheet.state is None  # nothing was finalised
    # A relation failing keeps it closed too, with the relation in the words of the paper.
    model = window.editor().model
    assert model is not None
    for row, value in enumerate([*GOOD[:5], 901, *GOOD[6:]]):
        model.setData(model.index(row, 2), str(value))
    assert window.editor().empty_lines() == 0
    assert not window.editor().finalise_button.isEnabled()
    assert any("line 6 ≤ line 3" in b for b in window.editor().blockers())


def start_double_entry(qtbot: QtBot, window: MainWindow) -> ProtocolEditor:
    """Precinct 101's blue protocol, double entry switched on (Ctrl+Shift+D), line 1 focused."""
    find_precinct(qtbot, window, "101")
    press(
        qtbot,
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = window.editor()
    editor.focus_figures()
    return editor


SECOND_PIN = "482913"


def start_second_entry(qtbot: QtBot, window: MainWindow, editor: ProtocolEditor) -> None:
    """The secretary of PEC-101 signs in with a PIN to key the second entry, blind."""
    from tallyapp.gui.second_keying import SecondKeyerDialog
    from tallyapp.services.sessions import roster_of, set_pin

    secretary = next(
        m for m in roster_of(window.engine, "PEC-101").members if m.role.value == "secretary"
    )
    window.database.wait_for(
        lambda: set_pin(
            window.engine,
            member_of(window.engine, "CEC").session,
            "PEC-101",
            secretary.iin,
            SECOND_PIN,
        )
    )

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SecondKeyerDialog)
        dialog.member.setCurrentIndex(dialog.member.findData(secretary.iin))
        qtbot.keyClicks(dialog.pin, SECOND_PIN)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.keyClick(editor.second_button, Qt.Key.Key_Space)
    assert editor.second_keyer is not None and editor.second_keyer.member.iin == secretary.iin
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20_000)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=20_000)


def compare_entries(qtbot: QtBot, editor: ProtocolEditor) -> None:
    qtbot.keyClick(editor.second_button, Qt.Key.Key_Space)


def test_double_entry_mismatch(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = start_double_entry(qtbot, window)
    type_figures(qtbot, GOOD)
    model = editor.model
    assert model is not None
    # During the first keying no line "differs": there is nothing to compare with yet.
    assert model.mismatches() == []
    assert all(model.data(model.index(r, ProtocolTableModel.COL_CHECK)) == "" for r in range(15))
    start_second_entry(qtbot, window, editor)
    assert model.blind
    assert model.data(model.index(0, ProtocolTableModel.COL_FIGURE)) == ""
    second = list(GOOD)
    second[7] = 590  # Amanat keyed differently
    type_figures(qtbot, second)
    compare_entries(qtbot, editor)
    assert model.mismatches() == ["vote:AMANAT"]
    assert model.data(model.index(7, ProtocolTableModel.COL_CHECK)) == "≠ entries differ"
    assert "≠ 1 line differs" in window.checks.summary.text()
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}: {text}")
    )
    editor.finalise()
    assert warnings == ["The two entries differ: • line 8 (Amanat): 500 and 590"]
    # Resolve: the second keying was wrong.
    editor.table.setCurrentIndex(model.index(7, ProtocolTableModel.COL_SECOND))
    type_figures(qtbot, [500])
    assert model.mismatches() == []


def test_the_blind_second_keying_cannot_be_finalised_or_peeked_at(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Return during the blind keying opened the finalise dialog with every figure of the
    first keying ("600 и None"). Now it says the entries must be compared first, and shows
    nothing of the first keying."""
    editor = start_double_entry(qtbot, window)
    type_figures(qtbot, GOOD)
    start_second_entry(qtbot, window, editor)
    type_figures(qtbot, GOOD[:4])
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}: {text}")
    )
    press(qtbot, window, Qt.Key.Key_Return)
    assert len(warnings) == 1 and "compared before the protocol is finalised" in warnings[0]
    for figure in ("1,500", "1500", "600", "None"):
        assert figure not in warnings[0]
    assert editor.sheet is not None and editor.sheet.state is None
    # Switching double entry off does not skip the comparison either.
    press(
        qtbot,
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.double_action.isChecked() and editor.model is not None and editor.model.blind


def test_double_entry_saves_the_agreed_protocol_and_finalises_with_both_keyers(
    qtbot: QtBot, window: MainWindow
) -> None:
    """After the differences are resolved, Ctrl+S kept the figures but emptied the second
    column, and every line then read "entries differ": finalising was impossible. Now both
    keyings survive the save, and the finalised record names both keyers."""
    import json

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from tallyapp.storage.tables import AuditRow

    editor = start_double_entry(qtbot, window)
    type_figures(qtbot, GOOD)
    start_second_entry(qtbot, window, editor)
    second = list(GOOD)
    second[7] = 590
    type_figures(qtbot, second)
    compare_entries(qtbot, editor)
    model = editor.model
    assert model is not None and model.mismatches() == ["vote:AMANAT"]
    editor.table.setCurrentIndex(model.index(7, ProtocolTableModel.COL_SECOND))
    type_figures(qtbot, [500])
    press(qtbot, window, Qt.Key.Key_S)
    model = editor.model
    assert model is not None and model.compared
    assert model.second["vote:AMANAT"] == 500 and model.mismatches() == []
    assert all(model.data(model.index(r, ProtocolTableModel.COL_CHECK)) == "" for r in range(15))
    assert editor.blockers() == []
    when_modal(sign)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.sheet is not None and editor.sheet.state == State.FINALISED)
    with Session(window.engine) as s:
        details = [
            json.loads(a.detail)
            for a in s.scalars(select(AuditRow).where(AuditRow.action == "sign"))
        ]
    assert len(details) == 1
    keyers = details[0]["double_entry"]
    assert len(keyers) == 2 and keyers[0] != keyers[1]


def test_abroad_precinct_has_only_the_blue_protocol(qtbot: QtBot, window: MainWindow) -> None:
    find_precinct(qtbot, window, "A001")
    assert window.tabs.count() == 1
    assert window.tabs.tabText(0) == "Blue — party list"
    assert "abroad — blue ballot only" in window.heading.text()


def test_search_cycles_through_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, "A00")  # the stations abroad A001 to A009
    matches = window.database.wait_for(lambda: window.tree_model.tree.find("A00"))
    assert len(matches) >= 2 and "A007" in matches
    opened = []
    for _ in range(len(matches) + 1):  # Enter again and again: each match, then the first again
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        opened.append(window.precinct)
    assert opened == [*matches, matches[0]]
    index = window.tree_view.currentIndex()
    assert index.data(Qt.ItemDataRole.UserRole) == window.precinct


def test_models_pass_the_model_tester(qtmodeltester: Any, window: MainWindow, qtbot: QtBot) -> None:
    find_precinct(qtbot, window, "101")
    assert isinstance(window.editor().model, ProtocolTableModel)
    qtmodeltester.check(window.editor().model)
    assert isinstance(window.tree_model, CommissionTreeModel)
    window.tree_view.expandAll()
    window.database.wait_idle()  # the precincts are read on the database thread
    qtmodeltester.check(window.tree_model)


def test_states_in_the_tree_include_protocols_being_keyed(qtbot: QtBot, window: MainWindow) -> None:
    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    type_figures(qtbot, GOOD[:3])
    assert window.tree_model.statuses["101"]["party-list"] == "draft"
    wrong = list(GOOD)
    wrong[1] = 1510
    window.editor().focus_figures()
    type_figures(qtbot, wrong)
    assert window.tree_model.statuses["101"]["party-list"] == "failing"
    # A fresh read of the states from the database agrees (working copies count).
    window.refresh_statuses()
    qtbot.waitUntil(
        lambda: window.tree_model.statuses.get("101", {}).get("party-list") == "failing",
        timeout=20_000,
    )
    index = window.tree_model.index_of_precinct("101")
    state = index.siblingAtColumn(1)  # the word in the cell, however narrow the column
    assert state.data() == state.data(Qt.ItemDataRole.ToolTipRole) == "failing"


def test_print_preview_and_save_signed_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Any) -> None:
    from tallyapp.reports.signing import load_trust_roots, verify_pdf
    from tallyapp.services.keys import make_keys

    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    type_figures(qtbot, GOOD)
    assert not window.editor().print_button.isEnabled()  # nothing stored yet
    press(qtbot, window, Qt.Key.Key_S)
    assert window.editor().print_button.isEnabled()
    preview = window.editor().preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert len(preview.page_labels) >= 1
    assert not preview.page_labels[0].pixmap().isNull()
    keys = make_keys(window.engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    saved = preview.save(
        sign=True,
        path=str(tmp_path / "p.pdf"),
        key=str(chair_key(window.engine, keys.folder, "ABAI-03")),
        passphrase="pw",
    )
    assert saved is not None
    result = verify_pdf(saved.read_bytes(), load_trust_roots([keys.authority]))
    assert result.ok, result.problems
    # The save is confirmed where the person is looking, with the file's place.
    assert preview.saved_note.isVisible()
    assert preview.saved_note.text() == f"✓ Saved, digitally signed: {saved}"
    assert preview.windowTitle() == "Preview: precinct 101, blue"
    summary = window.preview_summary()
    assert summary is not None
    qtbot.addWidget(summary)
    assert summary.suggested_name == "summary-ABAI-03-party-list.pdf"
    assert summary.windowTitle().endswith("Blue — party list")  # which ballot, said


def test_the_second_keying_is_blind_checked_on_its_own_and_typing_replaces(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Nothing of the first keying shows during the second (no figures, no failing marks, no
    counter); the second keying's own relations are checked; in the comparison, moving right
    into the other entry and typing replaces its figure instead of appending to it."""
    editor = start_double_entry(qtbot, window)
    first = [*GOOD[:5], 901, *GOOD[6:]]  # line 6 > line 3: the first keying fails a relation
    type_figures(qtbot, first)
    assert "✗" in window.checks.summary.text()
    start_second_entry(qtbot, window, editor)  # blind second keying
    model = editor.model
    assert model is not None and model.blind
    summary = window.checks.summary.text()
    assert summary.startswith("Second entry, checked on its own") and "✗" not in summary
    assert "differ" not in summary
    for row in range(model.rowCount()):  # no figure, mark or colour of the first keying
        assert model.data(model.index(row, ProtocolTableModel.COL_FIGURE)) == ""
        assert model.data(model.index(row, ProtocolTableModel.COL_CHECK)) == ""
        text = model.data(model.index(row, ProtocolTableModel.COL_FIGURE), ACCESSIBLE)
        assert "901" not in str(text)
    second = list(GOOD)
    second[6] = 20  # invalid ballots keyed as 20: the second keying's own relation fails
    type_figures(qtbot, second)
    assert "✗" in window.checks.summary.text()
    compare_entries(qtbot, editor)
    assert sorted(model.mismatches()) == ["ballots_in_boxes", "invalid"]
    # Row 6 (line 6): from the first entry, Right moves into the second; typing replaces.
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(model.index(5, ProtocolTableModel.COL_FIGURE))
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit) and widget.text() == "901"
    qtbot.keyClicks(widget, "900")  # no selectAll: the figure is selected when the field opens
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert model.values["ballots_in_boxes"] == 900
    table.setCurrentIndex(model.index(6, ProtocolTableModel.COL_FIGURE))
    # The figure opens selected: Right goes to its end, Right again into the second entry.
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert table.currentIndex().column() == ProtocolTableModel.COL_SECOND
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit) and widget.text() == "20"
    qtbot.keyClicks(widget, "10")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert model.second["invalid"] == 10, model.second["invalid"]  # 10, never 2010
    assert model.mismatches() == []
