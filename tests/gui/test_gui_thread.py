"""The GUI thread only paints: not one SQL statement runs on it while the app is driven from
its setup through the sign-in, the tree, keying, finalising, history, results, an import and
the setup's files from Settings. Every engine the app creates is watched (a listener on the
Engine class), and each statement's thread recorded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.gui.dialogs import HistoryDialog
from tallyapp.gui.start import Start
from tests.gui.test_first_start import SLOW, first_pin, fresh_home, signed_in, told
from tests.gui.test_protocol_entry import GOOD, find_precinct, press, sign, type_figures, when_modal

__all__ = ["fresh_home"]  # a fixture, used by name


@pytest.fixture
def statements_on_the_gui_thread() -> Iterator[list[str]]:
    found: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            found.append(statement.split("\n")[0][:120])

    event.listen(Engine, "before_cursor_execute", record)
    yield found
    event.remove(Engine, "before_cursor_execute", record)


def test_no_sql_on_the_gui_thread(
    qtbot: QtBot,
    fresh_home: Path,
    tmp_path: Path,
    statements_on_the_gui_thread: list[str],
) -> None:
    seen = statements_on_the_gui_thread
    steps: dict[str, int] = {}

    def step(name: str) -> None:
        steps[name] = len(seen)

    # Setup: a new database on the practice register; the administrator gives the chair of
    # precinct 101 a PIN and continues as that chair (the sign-in).
    begun = Start(None, "en")
    begun.begin()
    assert begun.setup is not None
    qtbot.addWidget(begun.setup)
    qtbot.keyClick(begun.setup.election, Qt.Key.Key_Return)
    told(qtbot, begun)
    qtbot.waitUntil(lambda: begun.first_pins is not None, timeout=SLOW)
    pins = begun.first_pins
    assert pins is not None
    qtbot.waitUntil(lambda: not pins.busy, timeout=SLOW)
    pins.choose.selectAll()
    qtbot.keyClicks(pins.choose, "101")
    with qtbot.waitSignal(pins.loaded, timeout=SLOW):
        qtbot.keyClick(pins.choose, Qt.Key.Key_Return)
    assert pins.commission == "PEC-101"
    step("setup and first PIN")
    first_pin(qtbot, begun, "2580")
    window = signed_in(qtbot, begun)
    assert window.service.actor.session is not None
    assert window.service.actor.session.commission == "PEC-101"
    step("sign-in")

    # The tree: a region and its first territorial commission expanded.
    model = window.tree_model
    region = model.index(1, 0)
    tec = model.index(0, 0, region)
    window.tree_view.expand(region)
    window.tree_view.expand(tec)
    qtbot.waitUntil(lambda: model.rowCount(tec) > 0, timeout=SLOW)
    step("tree")

    # Keying and finalising precinct 101's blue protocol.
    find_precinct(qtbot, window, "101")
    press(qtbot, window, Qt.Key.Key_1)
    type_figures(qtbot, GOOD)
    window.database.wait_idle()
    step("keying")
    when_modal(sign)
    press(qtbot, window, Qt.Key.Key_Return)
    editor = window.editor()
    assert editor.sheet is not None and editor.sheet.state is State.FINALISED
    step("finalising")

    # History.
    def close_history(dialog: Any) -> None:
        assert isinstance(dialog, HistoryDialog)
        dialog.accept()

    when_modal(close_history)
    press(
        qtbot,
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    step("history")

    # Results of the commission selected.
    view = window.open_results()
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "turnout" in view.heading.text(), timeout=SLOW)
    step("results")

    # An import of a file that is no package.
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    dialog = window.open_import()
    qtbot.addWidget(dialog)
    dialog.add_paths([broken])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 1, timeout=SLOW)
    step("import")

    # The setup's files from Settings (members, refused for a precinct's chair).
    members = tmp_path / "members.csv"
    members.write_text("commission,iin,name,role\n", encoding="utf-8")
    later = window.open_setup()
    qtbot.addWidget(later)
    qtbot.keyClicks(later.members, str(members))
    qtbot.keyClick(later.members, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: later.task is None, timeout=SLOW)
    step("setup from Settings")
    window.close()

    by_step = {}
    last = 0
    for name, upto in steps.items():
        by_step[name] = seen[last:upto]
        last = upto
    assert seen == [], {name: found[:3] for name, found in by_step.items() if found}
