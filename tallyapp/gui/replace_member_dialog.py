"""Replacing a commission member: the one leaving, the one appointed in their place (name,
IIN, role) and the decision that releases and appoints. The roster dialog records it through
the service; nothing is written here."""

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

from tallyapp.domain.authority import ROLE_ORDER, Role, RosterMember
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tree_model import short_name
from tallyapp.messages import role_title

ROLES: list[Role] = [r for r in ROLE_ORDER if r is not Role.OBSERVER]


class ReplaceMemberDialog(QDialog):
    def __init__(
        self,
        commission: str,
        leaving: RosterMember,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.leaving = leaving
        self.setWindowTitle(self.tr("Change a member of {0}").format(short_name(commission)))
        about = QLabel(
            self.tr(
                "{0} (IIN {1}) leaves the commission. The member appointed in their place "
                "takes their line in the roster; the audit log records both and the "
                "decision. Set the new member's PIN afterwards."
            ).format(leaving.name, leaving.iin)
        )
        about.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New member's name"))
        self.iin = QLineEdit()
        self.iin.setAccessibleName(self.tr("New member's IIN"))
        self.iin.setInputMask("999999999999;_")
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("New member's role"))
        for key in ROLES:
            self.role.addItem(role_title(key.value, lang), key.value)
        self.role.setCurrentIndex(ROLES.index(leaving.role))
        self.decision = QLineEdit()
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.setPlaceholderText(self.tr("e.g. maslikhat decision No. 12, 30.11.2026"))
        form = QFormLayout()
        for caption, field in (
            (self.tr("New member's &name:"), self.name),
            (self.tr("New member's &IIN:"), self.iin),
            (self.tr("&Role:"), self.role),
            (self.tr("&Decision (number and date):"), self.decision),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&place the member"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 0)
        self.name.setFocus()

    def newcomer(self) -> RosterMember:
        return RosterMember(
            self.iin.text().strip("_ "), self.name.text().strip(), Role(self.role.currentData())
        )

    def decision_text(self) -> str:
        return self.decision.text().strip()
