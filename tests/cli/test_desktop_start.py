"""Starting the desktop app where there is no screen says so in words, not a Qt abort."""

from __future__ import annotations

import sys

import pytest

from tallyapp.cli import main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TALLYAPP_LANG", "kk")
    assert main(["gui"]) == 2
    err = capsys.readouterr().err
    assert "экран табылмады" in err and "Traceback" not in err
