"""A territorial commission's name in the tree at 1024×768: each read "Территориальная
избира…" in Russian, their numbers cut off and all alike. Now the tree says "ТИК №3", and the
full name of the commission chosen is read whole under the tree, not only in a tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from tallyapp.gui import screen
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.sessions import member_of

FULL = {
    "ru": "Абайская область: территориальная избирательная комиссия №3",
    "kk": "Абай облысы: №3 аумақтық сайлау комиссиясы",
}
SHORT = {"ru": "ТИК №{0}", "kk": "№{0} АСК"}


@pytest.fixture(params=["kk", "ru"])
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    area = QRect(0, 0, 1024, 768 - 40)  # a task bar of 40 px
    monkeypatch.setattr(screen, "screen_area", lambda _widget=None: area)
    with speaking(request.param):
        yield request.param


def test_territorial_commissions_read_whole(qtbot: QtBot, gui_url: str, laptop: str) -> None:
    lang = laptop
    engine = open_engine(gui_url)
    window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
    tree, model = window.tree_view, window.tree_model
    # By keyboard: the first row (the CEC), down to Abai Region, open it, down to its first TEC.
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    region = tree.currentIndex().siblingAtColumn(0)
    assert region.internalPointer().code == "ABAI"
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(region)
    tecs = [model.index(row, 0, region) for row in range(model.rowCount(region))]
    shown = [str(index.data()) for index in tecs]
    assert shown[:3] == [SHORT[lang].format(n) for n in (1, 2, 3)]
    for index, text in zip(tecs, shown, strict=True):
        room = tree.visualRect(index).width()
        assert tree.fontMetrics().horizontalAdvance(text) <= room, (text, room)
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().siblingAtColumn(0) == tecs[2]
    # The full name under the tree, whole.
    label = window.full_name
    qtbot.waitUntil(lambda: label.text() == FULL[lang], timeout=20_000)
    assert label.isVisible()
    qtbot.waitUntil(lambda: label.heightForWidth(label.width()) <= label.height(), timeout=20_000)
    # A precinct chosen: its commission's full name.
    window.open_precinct("101")
    assert label.text() == FULL[lang]
    engine.dispose()


PRECINCT = {"ru": "Участок №{0}", "kk": "№{0} учаске"}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_sentences_name_a_commission_never_by_its_code(
    qtbot: QtBot, gui_url: str, lang: str
) -> None:
    """Who is signed in (the status bar), what is still missing and whose summary protocol
    is previewed: the commission as the tree names it, not "PEC-102" or "ABAI-03"."""
    from tests.gui.test_protocol_entry import find_precinct

    engine = open_engine(gui_url)
    with speaking(lang):
        window = MainWindow(engine, member_of(engine, "PEC-102"), lang=lang)
        qtbot.addWidget(window)
        window.show()
        assert window.who.text().endswith(PRECINCT[lang].format(102))
        missing = window.open_missing()
        qtbot.addWidget(missing)
        assert missing.windowTitle().endswith(PRECINCT[lang].format(102))
        window.close()
        above = MainWindow(engine, member_of(engine, "ABAI-03"), lang=lang)
        qtbot.addWidget(above)
        above.show()
        assert above.who.text().endswith(SHORT[lang].format(3))
        missing = above.open_missing()
        qtbot.addWidget(missing)
        assert missing.windowTitle().endswith(SHORT[lang].format(3))
        find_precinct(qtbot, above, "101")
        summary = above.preview_summary()
        assert summary is not None
        qtbot.addWidget(summary)
        assert SHORT[lang].format(3) in summary.windowTitle()
        assert summary.suggested_name == "summary-ABAI-03-party-list.pdf"  # a file: the code
        for shown in (window.who, missing, summary, above.who):
            title = shown.text() if hasattr(shown, "text") else shown.windowTitle()
            assert "PEC-" not in title and "ABAI-03" not in title, title
        above.close()
    engine.dispose()
