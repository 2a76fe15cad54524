"""The commission's roster in the desktop app: names, IINs and roles, entered or corrected by
the chair or the secretary, and each member's PIN set here (never shown, stored as a hash)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.authority import ROLE_ORDER, Role, Roster, RosterMember, WorkSession
from tallyapp.domain.errors import TallyError
from tallyapp.domain.finalising import ROLE_NAMES
from tallyapp.gui.words import error_lines
from tallyapp.services.sessions import roster_of, set_pin, set_roster

ROLES: list[Role] = [r for r in ROLE_ORDER if r is not Role.OBSERVER]


class RosterDialog(QDialog):
    def __init__(
        self, engine: Engine, work: WorkSession, parent: QWidget | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.work = work
        self.lang = lang
        self.setWindowTitle(self.tr("Members of {0}").format(work.commission))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("IIN"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Commission members"))
        for member in roster_of(engine, work.commission).members:
            if member.role is not Role.OBSERVER:
                self.add_member(member)
        add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(lambda: self.add_member(RosterMember("", "", Role.MEMBER)))
        remove = QPushButton(self.tr("&Remove member"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        pin = QPushButton(self.tr("Set &PIN of the selected member…"))
        pin.clicked.connect(self.set_pin_of_selected)
        row = QHBoxLayout()
        for button in (add, remove, pin):
            row.addWidget(button)
        row.addStretch()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save the roster"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "One roster per commission: the chair, the deputy and the secretary sign; "
                    "every member keys. The IIN is the one on the member's signing key."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def add_member(self, member: RosterMember) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(member.name)
        name.setAccessibleName(self.tr("Member name"))
        iin = QLineEdit(member.iin)
        iin.setAccessibleName(self.tr("IIN"))
        iin.setInputMask("999999999999;_")
        role = QComboBox()
        role.setAccessibleName(self.tr("Member role"))
        for key in ROLES:
            role.addItem(ROLE_NAMES[key.value].get(self.lang), key.value)
        role.setCurrentIndex(ROLES.index(member.role))
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, iin)
        self.table.setCellWidget(row, 2, role)
        name.setFocus()

    def roster(self) -> Roster:
        members = []
        for row in range(self.table.rowCount()):
            name, iin, role = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(name, QLineEdit) and isinstance(iin, QLineEdit)
            assert isinstance(role, QComboBox)
            if name.text().strip() or iin.text().strip("_ "):
                members.append(
                    RosterMember(
                        iin.text().strip("_ "), name.text().strip(), Role(role.currentData())
                    )
                )
        return Roster(self.work.commission, tuple(members))

    def save(self) -> bool:
        try:
            set_roster(self.engine, self.work, self.roster())
        except TallyError as exc:
            self.error.setText("\n".join(error_lines(exc, self.lang)))
            return False
        self.error.setText(self.tr("Saved."))
        return True

    def set_pin_of_selected(self, pin: str | None = None) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        iin = self.table.cellWidget(row, 1)
        assert isinstance(iin, QLineEdit)
        if pin is None:
            pin, ok = QInputDialog.getText(
                self,
                self.tr("New PIN"),
                self.tr("New PIN (at least 4 digits):"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False
        try:
            set_pin(self.engine, self.work, self.work.commission, iin.text().strip("_ "), pin)
        except TallyError as exc:
            self.error.setText("\n".join(error_lines(exc, self.lang)))
            return False
        self.error.setText(self.tr("PIN set."))
        return True
