"""Alt+letter reaches one thing only: the mnemonics of each menu and each dialog are unique,
in every language of the interface."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.import_dialog import ImportDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.pdf_preview import PdfPreview
from tallyapp.gui.setup_dialog import ElectionSetupDialog
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.sessions import member_of


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def repeated(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        key = mnemonic(text)
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{key!r}: {seen[key]!r} and {text!r}")
        seen[key] = text
    return clashes


def widget_texts(root: QWidget) -> list[str]:
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    texts += [lab.text() for lab in root.findChildren(QLabel) if lab.buddy() is not None]
    return texts


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_mnemonics_are_unique_in_every_menu_and_dialog(
    qtbot: QtBot, gui_url: str, lang: str
) -> None:
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.open_precinct("101")
        menus = [a.text() for a in window.menuBar().actions()]
        clashes = []
        for menu in window.menuBar().findChildren(QMenu):
            clashes += repeated([a.text() for a in menu.actions()])
        # The menu bar and the editor's buttons share the window's Alt+letters (in Russian
        # Alt+Н opened Настройки instead of comparing the entries): checked together, with
        # double entry on, in both of its buttons' words.
        window.double_action.trigger()
        editor = window.editor()
        clashes += repeated(menus + widget_texts(editor))
        editor.second_button.setText(editor.tr("Co&mpare entries"))
        clashes += repeated(menus + widget_texts(editor))
        dialogs: list[QWidget] = [
            SigningDialog(window.service.members("101"), window, lang, ["1. x: 1"], "0" * 64),
            ImportDialog(engine, window),
            PdfPreview("101", b"", "101.pdf", window, rendered=[]),  # save, sign, token, print
            ElectionSetupDialog("sqlite:////nowhere/new.sqlite3", parent=window, lang=lang),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            clashes += repeated(widget_texts(dialog))
        assert clashes == [], "\n".join(clashes)
