"""Every window and dialog fits a 1024×768 and a 1366×768 laptop screen in Kazakh and
Russian, with its buttons in view: print preview opened at 900×1000 and results at
1300×850, their buttons below the screen's edge; the main window's status bar (the only
place saying who is signed in) was off-screen at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.gui import screen
from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.results_view import ResultsView
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.gui.test_protocol_entry import GOOD, find_precinct, press, type_figures
from tests.sessions import member_of

SCREENS = [("kk", 1024, 768), ("ru", 1024, 768), ("kk", 1366, 768), ("ru", 1366, 768)]


@pytest.fixture(params=SCREENS, ids=lambda p: f"{p[0]}-{p[1]}x{p[2]}")
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    lang, width, height = request.param
    area = QRect(0, 0, width, height - 40)  # a task bar of 40 px
    monkeypatch.setattr(screen, "screen_area", lambda _widget=None: area)
    with speaking(lang):
        yield area


def fits(widget: QWidget, area: QRect) -> list[str]:
    """What of `widget` would be off a screen of `area`: its frame, or a visible button."""
    QApplication.processEvents()
    problems = []
    framed = widget.size() + screen.FRAME
    if framed.width() > area.width() or framed.height() > area.height():
        problems.append(f"{type(widget).__name__} {widget.width()}×{widget.height()}")
    inside = QRect(0, 0, widget.width(), widget.height())
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not widget:
            continue
        where = QRect(button.mapTo(widget, button.rect().topLeft()), button.size())
        if not inside.contains(where):
            problems.append(f"button {button.text()!r} at {where} outside {inside}")
    return problems


def test_the_main_window_and_its_dialogs_fit_the_screen(
    qtbot: QtBot, gui_url: str, laptop: QRect
) -> None:
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "PEC-101"), lang="kk")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
    find_precinct(qtbot, window, "101")
    assert fits(window, laptop) == []
    assert window.who.isVisible() and window.statusBar().isVisible()
    window.editor().focus_figures()
    type_figures(qtbot, GOOD)
    press(qtbot, window, Qt.Key.Key_S)
    preview = window.editor().preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert fits(preview, laptop) == []
    preview.close()
    members = window.database.wait_for(lambda: window.service.members("101"))
    signing = SigningDialog(members, window, "kk", [f"{n}. line: 1" for n in range(15)], "ab" * 32)
    qtbot.addWidget(signing)
    signing.show()
    assert fits(signing, laptop) == []
    engine.dispose()


def test_results_fit_the_screen(qtbot: QtBot, demo_url: str, laptop: QRect) -> None:
    view = ResultsView(open_engine(demo_url), "CEC")
    qtbot.addWidget(view)
    view.show()
    assert fits(view, laptop) == []
    assert view.size().boundedTo(QSize(laptop.width(), laptop.height())) == view.size()


@pytest.mark.parametrize(("lang", "word"), [("ru", "Округ №"), ("kk", " округ")])
def test_district_commissions_in_the_tree_show_their_number(
    qtbot: QtBot, gui_url: str, lang: str, word: str
) -> None:
    """The 29 district commissions all read "Окружная избирательная ко…" in the Russian tree:
    their number was cut off. Now the number comes first; the full name is the tooltip."""
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        model, tree = window.tree_model, window.tree_view
        districts = [
            model.index(row, 0)
            for row in range(model.rowCount())
            if model.index(row, 0).internalPointer().kind == "dec"
        ]
        assert len(districts) == 29
        shown = [str(i.data()) for i in districts]
        assert len(set(shown)) == 29 and all(word in s for s in shown), shown[:3]
        assert all(
            str(i.data(Qt.ItemDataRole.ToolTipRole)) != s
            for i, s in zip(districts, shown, strict=True)
        )
        for index, text in zip(districts, shown, strict=True):
            room = tree.visualRect(index).width()
            assert tree.fontMetrics().horizontalAdvance(text) <= room, (text, room)
        engine.dispose()
