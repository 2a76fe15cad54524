"""At 1024×768 the commission tree keeps a readable width beside the double-entry comparison:
the second keying's column had squeezed the tree to about 85 px, its names to a letter or two."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from tallyapp.gui import screen
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.gui.test_protocol_entry import (
    GOOD,
    compare_entries,
    start_double_entry,
    start_second_entry,
    type_figures,
)
from tests.sessions import member_of


@pytest.fixture(params=["kk", "ru"])
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    area = QRect(0, 0, 1024, 768 - 40)  # a task bar of 40 px
    monkeypatch.setattr(screen, "screen_area", lambda _widget=None: area)
    with speaking(request.param):
        yield request.param


def test_the_tree_stays_readable_beside_the_comparison(
    qtbot: QtBot, gui_url: str, laptop: str
) -> None:
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "PEC-101", workstation="PEC-101-laptop"), laptop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
    editor = start_double_entry(qtbot, window)
    type_figures(qtbot, GOOD)
    start_second_entry(qtbot, window, editor)
    second = list(GOOD)
    second[7] = 590  # line 8 keyed differently: the check column says so, at its widest
    type_figures(qtbot, second)
    compare_entries(qtbot, editor)
    assert editor.model is not None and editor.model.compared
    tree, table = window.tree_view, editor.table
    # Room for a precinct's number and the two states' words (the width the tree takes on a
    # 1024-pixel screen, the checks giving up what it needs).
    qtbot.waitUntil(lambda: tree.width() >= tree.least_width(), timeout=20_000)
    shown = str(window.tree_model.index_of_precinct("101").data())  # "101" when narrow
    room = 3 * tree.indentation() + tree.fontMetrics().horizontalAdvance(shown)
    assert tree.columnWidth(0) >= room, (shown, tree.columnWidth(0))
    # The comparison still fits: all five columns in view, the window on the screen.
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=20_000)
    assert window.width() + screen.FRAME.width() <= 1024
    engine.dispose()
