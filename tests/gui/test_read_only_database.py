"""A database on read-only media opens for reading in the desktop app: the sign-in works, the
window says above the protocols that the file cannot be written, and every action that would
write is disabled with that reason; the figures are shown, not editable."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tallyapp.domain.election import BallotKind
from tallyapp.gui.start import Start
from tallyapp.services.entry import EntryService
from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tests.databases import Templates
from tests.services.test_entry import _good_values
from tests.sessions import member_of

SLOW = 60_000
REASON = "opened for reading: the file cannot be written"


@pytest.fixture
def read_only_media(tmp_path: Path, templates: Templates) -> Iterator[Path]:
    """The 2023 database with precinct 101's blue protocol saved and its chair's PIN set, on
    read-only media (a read-only bind mount when the tests run as an administrator, whom
    permissions do not stop; else permissions)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "tallyapp.sqlite3"
    url = templates.sqlite_copy("init-2023", path)
    engine = open_engine(url)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", chair.iin, "4321")
    service = EntryService(engine, member_of(engine, "PEC-101"))
    service.save(service.open("101", BallotKind.PARTY_LIST), _good_values())
    engine.dispose()
    if os.geteuid() != 0:
        path.chmod(0o444)
        folder.chmod(0o555)
        yield path
        folder.chmod(0o755)
        return
    media = tmp_path / "media"
    media.mkdir()
    if subprocess.run(["mount", "--bind", str(folder), str(media)], check=False).returncode:
        pytest.skip("cannot make a read-only medium here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(media)], check=True)
        yield media / path.name
    finally:
        subprocess.run(["umount", "--lazy", str(media)], check=False)  # once the app lets go


def test_read_only_database_opens_for_reading(
    qtbot: QtBot, read_only_media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []  # a refusal to open would be said in a box: recorded, not waited on
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text) or 0)
    begun = Start(f"sqlite:///{read_only_media}", "en")
    begun.begin()
    login = begun.login
    assert login is not None
    qtbot.addWidget(login)
    login.commission.clear()
    qtbot.keyClicks(login.commission, "101")
    qtbot.keyClick(login.commission, Qt.Key.Key_Tab)
    login.pin.setFocus()
    qtbot.keyClicks(login.pin, "4321")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: begun.window is not None or bool(said), timeout=SLOW)
    assert said == []
    window = begun.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.editors[BallotKind.PARTY_LIST].sheet is not None, timeout=SLOW)

    note = window.read_only_note
    assert note.isVisible()
    assert note.text() == (
        f"The database {read_only_media}: {REASON}. Results, checks, history and printing "
        "work; nothing can be saved."
    )
    names = {a.text(): a for a in window.writing_actions}
    for name in ("&Save", "Fi&nalise…", "&Import protocols from lower commissions…"):
        assert not names[name].isEnabled() and names[name].toolTip() == REASON
    assert not any(a.isEnabled() for a in window.writing_actions)

    editor = window.editors[BallotKind.PARTY_LIST]
    assert editor.sheet is not None and editor.sheet.stored is not None  # the save is read
    assert f"read only: {REASON}" in editor.state_label.text()
    assert not editor.save_button.isEnabled() and not editor.finalise_button.isEnabled()
    assert editor.history_button.isEnabled() and editor.print_button.isEnabled()
    assert editor.model is not None
    assert not editor.model.flags(editor.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    window.close()
    assert begun.engine is not None
    begun.engine.dispose()
