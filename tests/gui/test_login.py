"""Signing in at a workstation: by keyboard, Enter signs in (it never cancels and closes the
app), a wrong PIN is said plainly, an observer needs none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tallyapp.domain.authority import Role, RosterMember
from tallyapp.gui.login_dialog import LoginDialog
from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tests.sessions import member_of


def test_sign_in_by_keyboard(qtbot: QtBot, gui_url: str) -> None:
    engine = open_engine(gui_url)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "PEC-101", "secretary").session, "PEC-101", chair.iin, "7351")
    dialog = LoginDialog(engine, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commission.clear()  # whatever this machine signed in with last
    qtbot.keyClicks(dialog.commission, "101")  # a precinct number means its commission
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, "0000")
    with qtbot.waitSignal(dialog.answered, timeout=30_000):  # the PIN is checked on the pool
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None  # still there, and says why
    assert dialog.error.text() == "PEC No. 101: wrong IIN or PIN"
    assert dialog.pin.text() == ""
    assert dialog.member.currentData() == chair.iin  # the chair is listed first
    qtbot.keyClicks(dialog.pin, "7351")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session.member == chair
    assert dialog.session.commission == "PEC-101"


def test_enter_with_nothing_chosen_does_not_close(qtbot: QtBot, gui_url: str) -> None:
    dialog = LoginDialog(open_engine(gui_url), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commission.clear()
    with qtbot.waitSignal(dialog.answered, timeout=30_000):
        qtbot.keyClick(dialog.commission, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None
    assert dialog.error.text()


def test_an_observer_signs_in_without_a_pin(qtbot: QtBot, gui_url: str) -> None:
    dialog = LoginDialog(open_engine(gui_url), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commission.clear()
    qtbot.keyClicks(dialog.commission, "ABAI-03")
    dialog.observer_button.click()
    assert dialog.session is not None and dialog.session.member.role is Role.OBSERVER


def test_after_five_wrong_pins_the_screen_says_the_member_is_locked(
    qtbot: QtBot, gui_url: str
) -> None:
    engine = open_engine(gui_url)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "PEC-101", "secretary").session, "PEC-101", chair.iin, "7351")
    dialog = LoginDialog(engine, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commission.clear()
    qtbot.keyClicks(dialog.commission, "101")
    for _ in range(5):
        dialog.pin.setFocus()
        qtbot.keyClicks(dialog.pin, "0000")
        with qtbot.waitSignal(dialog.answered, timeout=30_000):  # checked on the pool
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.error.text() == (
        f"PEC No. 101: too many wrong PINs for {chair.label}; signing in is locked for 1 minute "
        "(the chair or the secretary of the commission can lift it)"
    )
    qtbot.keyClicks(dialog.pin, "7351")  # the right PIN: still locked
    with qtbot.waitSignal(dialog.answered, timeout=30_000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.session is None and "locked" in dialog.error.text()


def test_the_demo_pin_shown_is_the_demo_s() -> None:
    from tallyapp.gui import login_dialog
    from tallyapp.services.demo import DEMO_PIN

    assert login_dialog.DEMO_PIN == DEMO_PIN


def test_the_pin_is_checked_while_typed_and_enter_answers_with_that_check(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slow hash of the PIN runs as the last digit is typed; Enter, pressed while it runs
    or after, signs in with its verdict (one hash in all); closing forgets the PIN."""
    from tallyapp.services import sessions
    from tests.services.test_pin_ahead import Hashes

    engine = open_engine(gui_url)
    chair = _chair_with_pin(engine)
    hashes = Hashes(monkeypatch)
    for enter_at_once in (False, True):
        dialog = _at_the_pin(qtbot, engine)
        before = hashes.count
        qtbot.keyClicks(dialog.pin, "7351")
        if not enter_at_once:
            checked = dialog
            qtbot.waitUntil(
                lambda d=checked: d._ahead is None and bool(sessions._ahead), timeout=30_000
            )
            assert hashes.count == before + 1  # the four digits, checked once
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.session is not None and dialog.session.member == chair
        assert hashes.count == before + 1  # Enter hashed nothing more
        assert not sessions._ahead  # used, and forgotten with the dialog


def test_enter_signs_in_with_what_was_entered_not_what_is_typed_after(
    qtbot: QtBot, gui_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter pressed while its PIN is still being checked: a digit typed after it is not
    sent (the PIN entered is); and once the sign-in closes, no PIN is left in it."""
    import threading

    from tallyapp.services import sessions

    engine = open_engine(gui_url)
    chair = _chair_with_pin(engine)
    release = threading.Event()
    check_ahead = sessions.check_pin_ahead

    def slow_check(*args: object) -> None:
        release.wait(30)  # a slow machine's argon2
        check_ahead(*args)

    monkeypatch.setattr(sessions, "check_pin_ahead", slow_check)
    dialog = _at_the_pin(qtbot, engine)
    qtbot.keyClicks(dialog.pin, "7351")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # while "7351" is being checked
    qtbot.keyClicks(dialog.pin, "9")  # a slip after Enter
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        release.set()
    assert dialog.session is not None and dialog.session.member == chair
    assert dialog.pin.text() == "" and not sessions._ahead
    assert dialog._ahead_next is None and dialog._ahead_last is None


def _chair_with_pin(engine: Engine) -> RosterMember:
    """Precinct 101's chair, given the PIN 7351 by the secretary."""
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    secretary = member_of(engine, "PEC-101", "secretary").session
    set_pin(engine, secretary, "PEC-101", chair.iin, "7351")
    return chair


def _at_the_pin(qtbot: QtBot, engine: Engine) -> LoginDialog:
    """The sign-in shown, precinct 101 typed and its roster read; the PIN field next."""
    dialog = LoginDialog(engine, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.commission.clear()
    qtbot.keyClicks(dialog.commission, "101")
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        dialog.pin.setFocus()  # the commission left: its roster is read
    return dialog
