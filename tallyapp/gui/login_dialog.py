"""Who is working: the first thing a workstation asks. A member of a commission's roster signs
in with their PIN; anyone may instead look on as an observer, reading only."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from sqlalchemy import Engine

from tallyapp.domain.authority import CEC_CODE, Role, WorkSession, precinct_commission
from tallyapp.domain.errors import TallyError
from tallyapp.domain.finalising import ROLE_NAMES
from tallyapp.gui.i18n import settings
from tallyapp.gui.words import error_text
from tallyapp.services.demo import DEMO_PIN, holds_demo
from tallyapp.services.sessions import observer_session, roster_of, start_session

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
    def __init__(self, engine: Engine, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.lang = lang
        self.session: WorkSession | None = None
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
        if holds_demo(engine):
            demo = QLabel(
                self.tr(
                    "Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial "
                    "commission) or 101 (a precinct)."
                ).format(DEMO_PIN)
            )
            demo.setWordWrap(True)
            demo.setStyleSheet("color: #664d03; background: #fff3cd; padding: 4px")
            layout.addWidget(demo)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, 0)
        if self.commission.text():
            self.load_roster()
            self.pin.setFocus()

    def load_roster(self) -> None:
        code = commission_code(self.commission.text())
        self.member.clear()
        self.member.setProperty("commission", code)
        roster = roster_of(self.engine, code)
        for m in roster.members:
            if m.iin and m.role is not Role.OBSERVER:
                role = ROLE_NAMES[m.role.value].get(self.lang)
                self.member.addItem(f"{m.name} — {role}", m.iin)
        self.error.setText(
            "" if roster.members else self.tr("{0}: no such commission, or no roster").format(code)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sign_in()
            return
        super().keyPressEvent(event)

    def sign_in(self) -> None:
        code = commission_code(self.commission.text())
        if self.member.count() == 0 or self.member.property("commission") != code:
            self.load_roster()  # the commission typed but not yet left
        iin = self.member.currentData()
        if not iin:
            if not self.error.text():
                self.error.setText(self.tr("Choose your commission and your name first."))
            return
        try:
            self.session = start_session(self.engine, code, str(iin), self.pin.text())
        except TallyError as exc:
            self.pin.clear()
            self.error.setText(error_text(exc, self.lang))
            return
        settings().setValue(LAST_COMMISSION, code)
        self.accept()

    def observe(self) -> None:
        code = commission_code(self.commission.text()) or CEC_CODE
        self.session = observer_session(code, self.tr("Observer"))
        self.accept()
