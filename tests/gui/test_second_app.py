"""A second desktop app on a database another app holds says so in a window, in the chosen
language, naming the first app's process, and opens nothing (issue 32: two instances)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.databases import initialised_sqlite
from tests.storage.test_durability import App


def test_second_app_is_refused_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tallyapp.gui import app as desktop

    template = tmp_path / "template.sqlite3"
    initialised_sqlite(template)
    path = tmp_path / "data" / "tallyapp.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    first = App(f"sqlite:///{path}", path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    from tallyapp.gui.login_dialog import LoginDialog

    # Were the database opened after all, the sign-in would be dismissed, not waited for.
    monkeypatch.setattr(LoginDialog, "set_database", lambda self, *_a: self.reject())
    try:
        desktop.run(f"sqlite:///{path}", "ru")  # ends when the person has read why
    finally:
        first.quit()
    [sentence] = said
    assert f"процесс {first.started['ready']}" in sentence
    assert "tallyapp" in sentence and "Traceback" not in sentence
