"""Who is working: the first thing a workstation asks. A member of a commission's roster signs
in with their PIN; anyone may instead look on as an observer, reading only."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.authority import CEC_CODE, Role, Roster, WorkSession, precinct_commission
from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import settings
from tallyapp.gui.tasks import run_task
from tallyapp.gui.words import error_text
from tallyapp.messages import role_title

if TYPE_CHECKING:  # the database layer is imported on the task pool
    from sqlalchemy import Engine

DEMO_PIN = "0000"  # services.demo.DEMO_PIN, without importing the database layer here

LAST_COMMISSION = "session/commission"


def commission_code(text: str) -> str:
    """What was typed, as a commission code: a bare precinct number means its commission."""
    text = text.strip().upper()
    return (
        precinct_commission(text)
        if text and (text.isdigit() or (text[:1] == "A" and text[1:].isdigit()))
        else text
    )


class LoginDialog(QDialog):
    """Every read (the roster, whether this is the demo) and the PIN's check run on the task
    pool; Enter while the roster is still being read signs in once it is there."""

    loaded = Signal()  # a roster was read into the list of members
    answered = Signal()  # a sign-in was refused: the reason is in `error`

    def __init__(
        self,
        engine: Engine | None,
        lang: str = "en",
        parent: QWidget | None = None,
        demo: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.lang = lang
        self.session: WorkSession | None = None
        self._reading: str | None = None  # the commission whose roster is being read
        self._sign_in_after = False
        self._checking = False
        # The PIN checked while it is typed (`sessions.check_pin_ahead`): one check at a time,
        # the newest PIN next; Enter for the PIN being checked signs in with what was entered
        # when the check is done.
        self._ahead: tuple[str, str, str] | None = None  # (commission, iin, PIN) being checked
        self._ahead_next: tuple[str, str, str] | None = None
        self._ahead_last: tuple[str, str, str] | None = None
        self._entered: tuple[str, str, str] | None = None  # Enter pressed for `_ahead`
        self.setWindowTitle(self.tr("Who is working"))
        self.commission = QLineEdit(str(settings().value(LAST_COMMISSION, "") or ""))
        self.commission.setAccessibleName(self.tr("Commission"))
        self.commission.setPlaceholderText(self.tr("e.g. ABAI-03, or a precinct number: 101"))
        self.commission.editingFinished.connect(self.load_roster)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.textChanged.connect(self._check_ahead)
        self.member.currentIndexChanged.connect(self._check_ahead)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        form = QFormLayout()
        form.addRow(self.tr("&Commission:"), self.commission)
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("&PIN:"), self.pin)
        # Enter always means "sign in" (never Cancel, which would close the app); Esc cancels.
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.observer_button = QPushButton(self.tr("&Observe (read only)"))
        self.observer_button.clicked.connect(self.observe)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.sign_in_button, self.observer_button, cancel):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.sign_in_button, self.observer_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Sign in as a member of your commission. What you key, finalise, accept or "
                    "reject is recorded in your name."
                )
            )
        )
        layout.addLayout(form)
        self.demo = QLabel(
            self.tr(
                "Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial "
                "commission) or 101 (a precinct)."
            ).format(DEMO_PIN)
        )
        self.demo.setWordWrap(True)
        self.demo.setStyleSheet("color: #664d03; background: #fff3cd; padding: 4px")
        self.demo.setVisible(bool(demo))
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, 0)
        if self.commission.text():
            self.pin.setFocus()
        if engine is not None:
            self.set_database(engine, demo)

    def set_database(self, engine: Engine, demo: bool | None = None) -> None:
        """The database, once opened (the dialog is drawn before it is)."""
        self.engine = engine
        if demo is None:
            from tallyapp.services.demo import holds_demo

            run_task(
                self,
                self.tr("Opening the database"),
                lambda _p: holds_demo(engine),
                self.demo.setVisible,
                self.error.setText,
                show_progress=False,
            )
        else:
            self.demo.setVisible(demo)
        if self.commission.text():
            self.load_roster()

    def load_roster(self) -> None:
        """The commission's members, read on the task pool into the list."""
        code = commission_code(self.commission.text())
        if self.engine is None:
            return  # read once the database is open
        if code == self._reading or (code == self.member.property("commission") and code):
            return
        self.member.clear()
        self.member.setProperty("commission", None)
        self._reading = code
        engine = self.engine

        def read(_progress: object) -> Roster:
            from tallyapp.services.sessions import roster_of

            return roster_of(engine, code)

        run_task(
            self,
            self.tr("Reading the roster"),
            read,
            self._show_roster,
            self._refused,
            show_progress=False,
        )

    def _show_roster(self, roster: Roster) -> None:
        if roster.commission != self._reading:
            return  # another commission was typed meanwhile
        self._reading = None
        self.member.clear()
        self.member.setProperty("commission", roster.commission)
        for m in roster.members:
            if m.iin and m.role is not Role.OBSERVER:
                role = role_title(m.role.value, self.lang)
                self.member.addItem(f"{m.name} — {role}", m.iin)
        self.error.setText(
            ""
            if roster.members
            else self.tr("{0}: no such commission, or no roster").format(roster.commission)
        )
        self.loaded.emit()
        if self._sign_in_after:
            self._sign_in_after = False
            self.sign_in()
        else:
            self._check_ahead()  # a PIN typed before the roster was read

    def _refused(self, message: str) -> None:
        self._reading = None
        self._checking = False
        self._sign_in_after = False
        self.error.setText(message)
        self.answered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sign_in()
            return
        super().keyPressEvent(event)

    def _check_ahead(self) -> None:
        """The PIN as typed so far, checked on the task pool before Enter (nothing is told:
        see `sessions.check_pin_ahead`), so that Enter answers at once."""
        code = commission_code(self.commission.text())
        iin = self.member.currentData()
        pin = self.pin.text()
        if self.engine is None or not iin or self.member.property("commission") != code:
            return
        if len(pin) < 4 or not pin.isdigit():  # sessions.MIN_PIN: no PIN could be this
            return
        asked = (code, str(iin), pin)
        if asked in (self._ahead, self._ahead_last):  # being checked, or checked already
            self._ahead_next = None
            return
        self._ahead_next = asked
        if self._ahead is None:
            self._next_ahead()

    def _next_ahead(self) -> None:
        self._ahead, self._ahead_next = self._ahead_next, None
        if self._ahead is None:
            return
        engine, (code, iin, pin) = self.engine, self._ahead
        assert engine is not None

        def check(_progress: object) -> None:
            from tallyapp.services.sessions import check_pin_ahead

            check_pin_ahead(engine, code, iin, pin)

        run_task(self, "", check, self._ahead_done, self._ahead_done, show_progress=False)

    def _ahead_done(self, _result: object) -> None:
        self._ahead, self._ahead_last = None, self._ahead
        if self._closed:
            _forget_pin_ahead()
            return
        if self._entered is not None:  # Enter was pressed for the PIN just checked
            entered, self._entered, self._ahead_next = self._entered, None, None
            self._check(*entered)
            return
        self._next_ahead()

    _closed = False

    def done(self, result: int) -> None:
        """Closed (signed in or not): no PIN typed here is kept, nor one still being checked."""
        self._closed = True
        self._ahead_next = self._ahead_last = self._entered = None
        super().done(result)
        self.pin.clear()
        _forget_pin_ahead()

    def sign_in(self) -> None:
        """Check the PIN on the task pool; signed in, the dialog closes. The sessions'
        service is imported there too, never on the GUI thread: a PIN typed before the
        database is open would import the database layer here, while the task pool imports
        it as well (two threads importing pydantic at once fail, PySide's import hook reading
        its modules as they load)."""
        if self._checking:
            return
        code = commission_code(self.commission.text())
        if self.engine is None:
            self._sign_in_after = True
            return
        if code and self.member.property("commission") != code:
            self._sign_in_after = True  # the commission typed but not yet read: then sign in
            self.load_roster()
            return
        iin = self.member.currentData()
        if not iin:
            if not self.error.text():
                self.error.setText(self.tr("Choose your commission and your name first."))
            self.answered.emit()
            return
        entered = (code, str(iin), self.pin.text())
        if self._ahead == entered:  # this very PIN being checked: sign in with its verdict
            self._entered = entered
            self._checking = True  # one sign-in at a time, as below
            return
        self._check(*entered)

    def _check(self, code: str, iin: str, pin: str) -> None:
        """The sign-in as entered (by Enter), on the task pool."""
        engine = self.engine
        assert engine is not None
        self._ahead_last = None  # its verdict is used by this sign-in, once

        def check(_progress: object) -> WorkSession | TallyError:
            from tallyapp.services.sessions import start_session

            try:
                return start_session(engine, code, str(iin), pin)
            except TallyError as exc:
                return exc

        self._checking = True
        run_task(
            self, self.tr("Signing in"), check, self._checked, self._refused, show_progress=False
        )

    def _checked(self, result: WorkSession | TallyError) -> None:
        self._checking = False
        if isinstance(result, TallyError):
            self.pin.clear()
            self.error.setText(error_text(result, self.lang))
            self.answered.emit()
            return
        self.session = result
        settings().setValue(LAST_COMMISSION, result.commission)
        self.accept()

    def observe(self) -> None:
        from tallyapp.services.sessions import observer_session

        code = commission_code(self.commission.text()) or CEC_CODE
        self.session = observer_session(code, self.tr("Observer"))
        self.accept()


def _forget_pin_ahead() -> None:
    # Only if the sessions' service was imported (on the task pool): never imported here.
    sessions = sys.modules.get("tallyapp.services.sessions")
    if sessions is not None:
        sessions.forget_pin_ahead()
