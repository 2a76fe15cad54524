"""On election night a territorial commission reads its precincts' states down the tree. At
1024×768 the state columns had room for their icons only, the word ("ошибки проверки") in a
tooltip; where they were wider a long word was cut ("тексеруден ..."). Now every state's word
is read whole beside a precinct's number, with no sideways scrolling, on both laptop screens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tallyapp.gui import screen
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.tree_model import STATUS_WORDS
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.gui.test_protocol_entry import GOOD, find_precinct, press, type_figures
from tests.sessions import member_of

SCREENS = [("ru", 1024), ("kk", 1024), ("ru", 1366), ("kk", 1366)]
FAILING = {"ru": "ошибка", "kk": "қате"}


@pytest.fixture(params=SCREENS, ids=lambda p: f"{p[0]}-{p[1]}x768")
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    lang, width = request.param
    area = QRect(0, 0, width, 768 - 40)  # a task bar of 40 px
    monkeypatch.setattr(screen, "screen_area", lambda _widget=None: area)
    from tallyapp.gui.app import load_fonts

    load_fonts(QApplication.instance())  # the app's own letters, wider than the tests' default
    with speaking(lang):
        yield lang


def whole(window: MainWindow, index: QModelIndex, text: str) -> bool:
    """Whether `text` drawn in the cell of `index` is in view and uncut: the cell's room less
    its icon and the item's margins, inside the tree's viewport."""
    tree = window.tree_view
    rect = tree.visualRect(index)
    room = rect.width() - 8  # the delegate's text margins
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= 20  # a small icon and its spacing
    inside = tree.viewport().rect().contains(rect)
    return inside and tree.fontMetrics().horizontalAdvance(text) <= room


def test_a_precinct_failing_its_checks_reads_so_in_the_tree(
    qtbot: QtBot, gui_url: str, laptop: str
) -> None:
    engine = open_engine(gui_url)
    tec = "ABAI-03"  # precinct 101's territorial commission
    window = MainWindow(engine, member_of(engine, tec, workstation="TEC-laptop"), laptop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
    # The commission keys precinct 101's protocol from the paper: received ballots do not add up.
    find_precinct(qtbot, window, "101")
    window.editor().focus_figures()
    wrong = list(GOOD)
    wrong[1] = 1510
    type_figures(qtbot, wrong)
    press(qtbot, window, Qt.Key.Key_S)  # saved as a draft whose checks fail
    window.database.wait_idle()
    window.refresh_statuses()
    model, tree = window.tree_model, window.tree_view
    qtbot.waitUntil(
        lambda: model.statuses.get("101", {}).get("party-list") == "failing", timeout=20_000
    )
    QApplication.processEvents()
    row = model.index_of_precinct("101")
    blue, green = row.siblingAtColumn(model.COL_BLUE), row.siblingAtColumn(model.COL_GREEN)
    # The word itself is in the cell, not only in its tooltip.
    assert blue.data() == FAILING[laptop] and green.data() == model.tr("missing")
    # No sideways scrolling: the columns fit the tree's width.
    assert tree.horizontalScrollBar().maximum() == 0
    assert not tree.horizontalScrollBar().isVisible()
    # The state's word and the precinct's number are whole; and so would be every other
    # state's word in this language (the widest of them: "қабылданды", "подписан").
    assert whole(window, blue, str(blue.data())), (blue.data(), tree.visualRect(blue))
    assert whole(window, green, str(green.data()))
    assert str(row.data()) in ("101", "№ 101")
    assert whole(window, row, str(row.data())), tree.visualRect(row)
    for word in STATUS_WORDS.values():
        assert whole(window, blue, model.tr(str(word))), (
            model.tr(str(word)),
            tree.visualRect(blue),
        )
    # The commission's own row says how far it is in figures, not only in a tooltip: its
    # share on a narrow screen, accepted of expected on a wider one.
    progress = row.parent().siblingAtColumn(model.COL_BLUE)
    expected = len(model.precincts_of_tec[tec])
    assert progress.data() == ("0%" if model.compact else f"0/{expected}")
    assert whole(window, progress, "100%" if model.compact else "10223/10223")
    engine.dispose()
