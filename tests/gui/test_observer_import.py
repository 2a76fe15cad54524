"""An observer reads, prints and compares, never imports: Ctrl+I shows why, and nothing of a
signed protocol PDF is stored (the service refuses as well)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tallyapp.domain.authority import AuthorityError
from tallyapp.gui.import_dialog import ImportDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.reports.detached import load_roots
from tallyapp.services.exchange import import_files
from tallyapp.services.setup import open_engine
from tests.observer_files import signed_protocol_pdf
from tests.sessions import observer
from tests.snapshot import database_rows


def test_an_observer_cannot_import_from_the_desktop_app(
    qtbot: QtBot, gui_url: str, tmp_path: Path
) -> None:
    pdf, authority = signed_protocol_pdf(tmp_path)
    engine = open_engine(gui_url)
    before = database_rows(gui_url)
    window = MainWindow(engine, observer("PEC-101"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "expected" in window.completeness.toolTip(), timeout=10_000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=20_000)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    # Who may import is read on the task pool; the refusal shows once it is answered.
    qtbot.waitUntil(dialog.refusal.isVisible, timeout=10_000)
    assert dialog.refusal.text() == "Observer is an observer: reading only"
    assert not dialog.import_button.isEnabled()
    dialog.trust = authority
    dialog.add_paths([pdf])
    dialog.start()  # as if the button could still be pressed: nothing runs
    QApplication.processEvents()
    assert dialog.results.rowCount() == 0
    assert database_rows(gui_url) == before
    engine.dispose()


def test_the_import_service_refuses_an_observer(initialised_url: str, tmp_path: Path) -> None:
    pdf, authority = signed_protocol_pdf(tmp_path)
    engine = open_engine(initialised_url)
    before = database_rows(initialised_url)
    with pytest.raises(AuthorityError) as refused:
        import_files(engine, [pdf], load_roots([authority]), actor=observer("PEC-101"))
    assert refused.value.code == "permission.observer"
    assert database_rows(initialised_url) == before
    engine.dispose()
