"""What is still missing for my commission: every protocol under it not yet accepted, with
its state, in tree order; Enter opens the precinct."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.precinct_status import PrecinctStatus
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tree_model import STATUS_WORDS, CommissionTreeModel, status_icon

BALLOT_WORDS = {
    "party-list": QT_TRANSLATE_NOOP("MissingDialog", "blue"),
    "constituency": QT_TRANSLATE_NOOP("MissingDialog", "green"),
}


class MissingDialog(QDialog):
    def __init__(
        self,
        model: CommissionTreeModel,
        commission: str,
        unaccepted: list[tuple[str, str, PrecinctStatus]],
        open_precinct: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Still missing: {0}").format(model.short_name(commission)))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Protocols not accepted yet"))
        for number, ballot, status in unaccepted:
            item = QListWidgetItem(
                status_icon(PrecinctStatus(status)),
                self.tr("No. {0}, {1}: {2}").format(
                    number,
                    self.tr(str(BALLOT_WORDS[ballot])),
                    model.tr(str(STATUS_WORDS[PrecinctStatus(status)])),
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        count = self.list.count()
        summary = QLabel(
            self.tr("%n protocol(s) not accepted yet.", "", count)
            if count
            else self.tr("Nothing is missing: every protocol is accepted.")
        )

        def chosen(item: QListWidgetItem) -> None:
            open_precinct(str(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()

        self.list.itemActivated.connect(chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 560)
        if count:
            self.list.setCurrentRow(0)
