"""GUI tests run offscreen on the real widgets, each on a fresh 2023 database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tallyapp.services.setup import open_engine
from tests.databases import Templates
from tests.sessions import member_of


@pytest.fixture(autouse=True, scope="session")
def own_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The interface language and other settings go to a folder of the tests' own, never to
    the settings of whoever runs them."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, folder)
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)


@pytest.fixture(autouse=True)
def english_locale(qapp: object) -> Iterator[None]:
    """The English interface, as the app installs it at start (its file holds the plural
    forms of strings with a count), numbers and dates as it shows them, and English again
    after each test: a test that starts the app in Russian (test_second_app) had left its
    translation and its fonts installed, and the tests after it in the same process read
    Russian buttons in wider letters."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from tallyapp.gui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    QLocale.setDefault(QLocale("en_GB"))
    font = app.font()
    yield
    install_language(app, "en")
    if app.font() != font:
        app.setFont(font)  # the app's own fonts, loaded by a test that starts it, go too


@pytest.fixture
def gui_url(tmp_path: Path, templates: Templates) -> str:
    """A SQLite database of the test's own holding the 2023 election (a copy of the one built
    once for the session)."""
    return templates.sqlite_copy("init-2023", tmp_path / "gui.sqlite3")


@pytest.fixture
def window(qtbot: QtBot, gui_url: str) -> Iterator[object]:
    from tallyapp.gui.main_window import MainWindow

    engine = open_engine(gui_url)
    win = MainWindow(engine, member_of(engine, "PEC-101", workstation="PEC-101-laptop"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "expected" in win.completeness.toolTip(), timeout=10_000)
    yield win
    engine.dispose()
