"""A read still running when the main window closes (the audit at start, on a slow machine)
may fail once its database is gone; the window is closed: it tells no one, and a dialog
opened during the close would stop the app."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tallyapp.gui.tasks import run_task


def test_a_read_failing_after_the_window_closed_opens_no_dialog(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **_: shown.append(args))

    def read(_progress: object) -> None:
        time.sleep(0.3)  # still running when the window closes
        raise OSError("the database file is gone")

    failed: list[str] = []
    run_task(
        window,
        "reading",
        read,
        lambda _: None,
        lambda message: (failed.append(message), window._background_failed(message)),
        show_progress=False,
    )
    window.close()  # waits for the read, whose failure is then delivered
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert "gone" in failed[0]
    assert shown == []


def test_a_read_failing_while_the_window_is_open_is_said(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **_: shown.append(args))

    def read(_progress: object) -> None:
        raise OSError("the disk is unreadable")

    run_task(window, "reading", read, lambda _: None, window._background_failed, False)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "unreadable" in str(shown[0])
