"""Double entry's second keyer: another member of the commission signs in with their PIN
before keying the paper again, so the record names two keyers, as tally centres run it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.authority import Role, RosterMember, WorkSession
from tallyapp.domain.errors import TallyError
from tallyapp.gui.database import Database
from tallyapp.gui.words import error_text
from tallyapp.messages import role_title
from tallyapp.services.sessions import roster_of, start_session


class SecondKeyerDialog(QDialog):
    """Who keys the second entry: a member other than the first keyer, with their PIN."""

    def __init__(
        self,
        database: Database,
        engine: Engine,
        commission: str,
        first: WorkSession,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.engine = engine
        self.commission = commission
        self.first = first
        self.lang = lang
        self.session: WorkSession | None = None
        self.setWindowTitle(self.tr("Second entry: who keys it"))
        roster = database.wait_for(lambda: roster_of(engine, commission))
        self.candidates: list[RosterMember] = [
            m for m in roster.members if m.role is not Role.OBSERVER and m.iin != first.member.iin
        ]
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member keying the second entry"))
        for m in self.candidates:
            self.member.addItem(f"{m.name} — {role_title(m.role.value, lang)}", m.iin)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        intro = QLabel(
            self.tr(
                "Another member keys the paper again, without seeing the first entry. The record "
                "keeps both names. {0} keyed the first entry."
            ).format(first.member.name)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("&PIN:"), self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start the second entry"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if not self.candidates:
            self.error.setText(
                self.tr("Nobody else is on the commission's roster to key the second entry.")
            )
            ok.setEnabled(False)
        self.pin.setFocus()

    def sign_in(self) -> None:
        iin = str(self.member.currentData() or "")
        pin, engine, commission = self.pin.text(), self.engine, self.commission
        workstation = self.first.workstation
        try:
            self.session = self.database.wait_for(
                lambda: start_session(engine, commission, iin, pin, workstation)
            )
        except TallyError as exc:
            self.error.setText(error_text(exc, self.lang))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.accept()
