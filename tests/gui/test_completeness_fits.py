"""The status bar's completeness counts are read whole beside who is signed in: in Russian at
1024 px the sentence ("Синий: принято 10 223 из 10 223 ожидаемых · Зелёный: …") was cut; where
it does not fit, its short form says the same figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tallyapp.gui import screen
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.databases import Templates
from tests.gui.languages import speaking
from tests.sessions import member_of


@pytest.fixture(params=[("ru", 1024), ("kk", 1024), ("ru", 1366), ("en", 1024)])
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    lang, width = request.param
    area = QRect(0, 0, width, 768 - 40)
    monkeypatch.setattr(screen, "screen_area", lambda _widget=None: area)
    from tallyapp.gui.app import load_fonts

    load_fonts(QApplication.instance())  # the app's own letters
    with speaking(lang):
        yield lang


def test_the_completeness_counts_are_read_whole(
    qtbot: QtBot, tmp_path: Path, templates: Templates, laptop: str
) -> None:
    # The national demo: every count in five figures, a long name signed in.
    engine = open_engine(templates.sqlite_copy("demo-2023", tmp_path / "demo.sqlite3"))
    window = MainWindow(engine, member_of(engine, "PEC-4312"), laptop)
    qtbot.addWidget(window)
    window.show()
    label = window.completeness
    # The national demo's counts: a minute or two on a loaded machine.
    qtbot.waitUntil(lambda: "10" in label.text(), timeout=180_000)
    QApplication.processEvents()
    text = label.text()
    assert "0" in text and label.isVisible()
    assert label.fontMetrics().horizontalAdvance(text) <= label.width(), (text, label.width())
    assert window.who.isVisible()
    assert window.who.fontMetrics().horizontalAdvance(window.who.text()) <= window.who.width()
    window.close()
    engine.dispose()
