"""A member's new PIN, typed twice and never shown: set by the chair or the secretary, or by
whoever sets up a new database (the first PINs)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_PIN = 4  # as services.sessions checks it


class PinDialog(QDialog):
    def __init__(self, member: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PIN"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("The PIN again"))
        form = QFormLayout()
        caption = QLabel(self.tr("&New PIN (at least 4 digits):"))
        caption.setBuddy(self.pin)
        form.addRow(caption, self.pin)
        again = QLabel(self.tr("&Again:"))
        again.setBuddy(self.again)
        form.addRow(again, self.again)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set the PIN"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("The PIN of {0}. It is stored as a hash and never shown.").format(member)
        )
        who.setWordWrap(True)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def value(self) -> str:
        return self.pin.text()

    def check(self) -> None:
        pin = self.pin.text()
        if len(pin) < MIN_PIN or not pin.isdigit():
            self.error.setText(self.tr("A PIN is at least 4 digits, digits only."))
        elif pin != self.again.text():
            self.error.setText(self.tr("The two PINs differ: type it again."))
            self.again.clear()
            self.again.setFocus()
        else:
            self.accept()
            return
        self.pin.selectAll()
