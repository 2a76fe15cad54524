"""A language is added to the interface by files alone: a tallyapp_<lang>.ts in a folder named
by $TALLYAPP_I18N is offered in the language menu and, chosen, speaks in the window; what it
does not translate stays English."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tallyapp.gui.i18n import available_languages, install_language, remember_language
from tallyapp.messages.files import ENVIRONMENT

GERMAN = textwrap.dedent(
    """\
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE TS>
    <TS version="2.1" language="de">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Protocol</source>
            <translation>&amp;Protokoll</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>&amp;Sprache der Oberfläche</translation>
        </message>
    </context>
    </TS>
    """
)


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "tallyapp_de.ts").write_text(GERMAN, "utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(folder))
    return folder


def test_the_shipped_languages_are_offered_by_their_files() -> None:
    assert available_languages() == {"en": "English", "kk": "Қазақша", "ru": "Русский"}


def test_a_new_file_is_offered_and_speaks(german: Path, window: object, qtbot: QtBot) -> None:
    from tallyapp.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert available_languages()["de"] == "Deutsch"
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_language(app, "de") == "de"
        assert QCoreApplication.translate("MainWindow", "&Protocol") == "&Protokoll"
        install_language(app, "en")
        # A window's language menu lists the files found when the window is built.
        window2 = MainWindow(window.engine, window.service.actor, lang="en")
        qtbot.addWidget(window2)
        offered = [a.text() for a in window2.findChildren(QAction)]
        assert "Deutsch" in offered
        german_window = window2._set_language("de")
        assert german_window is not None
        qtbot.addWidget(german_window)
        menus = [a.text() for a in german_window.menuBar().actions()]
        assert menus[0] == "&Protokoll"
        assert "&Settings" in menus  # not in the file: English stands in
    finally:
        remember_language("")
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))
