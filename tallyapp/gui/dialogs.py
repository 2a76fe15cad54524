"""Dialogs of the protocol lifecycle: signing (finalise), the history of versions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.finalising import Member, Signing, signing_of
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.words import error_text
from tallyapp.messages import person, role_title
from tallyapp.services.history import CopyEntry, VersionEntry

ROLES = ("chair", "deputy", "secretary", "member")


def _local_time(moment: datetime) -> QDateTime:
    """`moment` on this computer's clock, as Qt shows dates."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


class SigningDialog(QDialog):
    """The members of the commission, who is present, who chairs and who keeps the minutes."""

    def __init__(
        self,
        members: list[Member],
        parent: QWidget | None = None,
        lang: str = "en",
        figures: Sequence[str] = (),
        fingerprint: str = "",
    ) -> None:
        """`figures`: the lines being finalised, as they will print; `fingerprint`: the one
        the version will carry, shown so the commission confirms what it signs."""
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Finalise the protocol"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Present")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The longest role's name and "present" shown whole in every language (Kazakh's
        # "deputy chair" was cut to "Төрағаның..."): the name column takes what is left.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(role_title(r, lang)) for r in ROLES)
        self.table.setColumnWidth(1, widest + 48)
        self.table.setColumnWidth(2, metrics.horizontalAdvance(self.tr("present")) + 48)
        self.table.setAccessibleName(self.tr("Commission members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The table itself takes no focus and Tab does not move between its cells: focus goes
        # to the inputs in the cells (name, role, present), chained by `chain_tab_order`.
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for member in members:
            self.add_member(member)
        if not members:
            self.add_member(Member("", "chair"))
            self.add_member(Member("", "secretary"))
        self.add_button = add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(lambda: self.add_member(Member("", "member")))
        self.remove_button = remove = QPushButton(self.tr("&Remove member"))
        remove.clicked.connect(self.remove_member)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch()
        self.dissent = QPlainTextEdit()
        self.dissent.setAccessibleName(self.tr("Dissenting opinions"))
        self.dissent.setPlaceholderText(self.tr("One per line: member's name: opinion"))
        self.dissent.setMaximumHeight(80)
        self.dissent.setTabChangesFocus(True)  # Tab leaves the opinions for Finalise
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Finalise"))
        self.finalise_buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if figures:
            self.figures = QPlainTextEdit("\n".join(figures))
            self.figures.setReadOnly(True)
            self.figures.setAccessibleName(self.tr("The figures being finalised"))
            self.figures.setMaximumHeight(150)
            layout.addWidget(QLabel(self.tr("The figures being finalised:")))
            layout.addWidget(self.figures)
        if fingerprint:
            self.fingerprint = QLabel(
                self.tr("Fingerprint of this version: <b>{0}</b>").format(
                    spoken_fingerprint(fingerprint)
                )
            )
            layout.addWidget(self.fingerprint)
        intro = QLabel(
            self.tr(
                "Mark who is present; the members present sign the printed copies. A digital "
                "signature is added with the signer's key when the PDF is saved (Ctrl+P)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons_row)
        form = QFormLayout()
        form.addRow(self.tr("Dissenting opinions:"), self.dissent)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.chain_tab_order()
        fit_to_screen(self, 680, 620)

    def chain_tab_order(self) -> None:
        """Tab walks each row's name, role and presence, then the buttons, the dissenting
        opinions and Finalise; rows added or removed later join the chain."""
        if not hasattr(self, "finalise_buttons"):
            return  # still building: the chain is made once the buttons exist
        chain: list[QWidget] = []
        for row in range(self.table.rowCount()):
            for column in range(3):
                cell = self.table.cellWidget(row, column)
                if cell is not None:
                    chain.append(cell)
        chain += [self.add_button, self.remove_button, self.dissent]
        ok = self.finalise_buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.finalise_buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain += [ok, cancel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The row whose input gets focus is scrolled into view and made the current row, so
        Remove member removes the one being worked on."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in range(3):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
                        self.table.scrollTo(self.table.model().index(row, column))
        return super().eventFilter(watched, event)

    def remove_member(self) -> None:
        self.table.removeRow(self.table.currentRow())
        self.chain_tab_order()

    def add_member(self, member: Member) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(member.name)
        name.setAccessibleName(self.tr("Member name"))
        name.setProperty("iin", member.iin)  # kept with the row: the roster's, not retyped
        role = QComboBox()
        role.setAccessibleName(self.tr("Member role"))
        for key in ROLES:
            role.addItem(role_title(key, self.lang), key)
        role.setCurrentIndex(ROLES.index(member.role))
        present = QCheckBox(self.tr("present"))
        present.setChecked(member.present)
        present.setAccessibleName(self.tr("Present at signing"))
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, role)
        self.table.setCellWidget(row, 2, present)
        for cell in (name, role, present):
            cell.installEventFilter(self)
        self.chain_tab_order()
        name.setFocus()

    def members(self) -> list[Member]:
        found = []
        for row in range(self.table.rowCount()):
            name = self.table.cellWidget(row, 0)
            role = self.table.cellWidget(row, 1)
            present = self.table.cellWidget(row, 2)
            assert isinstance(name, QLineEdit) and isinstance(role, QComboBox)
            assert isinstance(present, QCheckBox)
            if name.text().strip():
                iin = str(name.property("iin") or "")
                found.append(
                    Member(name.text().strip(), role.currentData(), present.isChecked(), iin)
                )
        return found

    def signing(self, explanations: dict[str, str]) -> Signing:
        dissent = []
        for line in self.dissent.toPlainText().splitlines():
            if line.strip():
                name, _, text = line.partition(":")
                dissent.append((name.strip(), text.strip()))
        return signing_of(self.members(), explanations, dissent)

    def show_problems(self, problems: list[str]) -> None:
        self.error.setText("\n".join(f"• {p}" for p in problems))


class HistoryDialog(QDialog):
    """Every version of the protocol, and what changed from one to the next."""

    def __init__(
        self,
        title: str,
        entries: list[VersionEntry],
        parent: QWidget | None = None,
        lang: str = "en",
        copies: Sequence[CopyEntry] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {0}").format(title))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Versions of the protocol"))
        self.tree.setHeaderLabels(
            [self.tr("Version / line"), self.tr("Before"), self.tr("After"), self.tr("Details")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for entry in reversed(entries):
            kind = self.tr("repeated protocol") if entry.kind == "repeated" else self.tr("original")
            when = QLocale().toString(_local_time(entry.saved_at), QLocale.FormatType.ShortFormat)
            details = self.tr("saved {0} by {1} at {2}; fingerprint {3}").format(
                when,
                person(entry.saved_by or "—", lang),
                entry.workstation or "—",
                spoken_fingerprint(entry.fingerprint),
            )
            if entry.provenance == "received-signed":
                details += self.tr("; received signed for {0} by {1}").format(
                    entry.commission or "—", person(entry.signer or entry.saved_by or "—", lang)
                )
            elif entry.provenance == "full-hand-count":
                details += self.tr("; full hand count of the audit, entered for {0}").format(
                    entry.commission or "—"
                )
            else:
                details += self.tr("; keyed here for {0}").format(entry.commission or "—")
            if entry.reason:
                details += self.tr("; reason: {0}").format(entry.reason)
            if entry.signing:
                details += self.tr("; signed by chair {0} and secretary {1}").format(
                    entry.signing["chair"], entry.signing["secretary"]
                )
            top = QTreeWidgetItem(
                [self.tr("Version {0} ({1})").format(entry.number, kind), "", "", details]
            )
            top.setToolTip(3, details)
            top.setData(0, Qt.ItemDataRole.UserRole, details)
            for change in entry.changes:
                child = QTreeWidgetItem(
                    [
                        change.names.get(lang),
                        "" if change.old is None else QLocale().toString(change.old),
                        QLocale().toString(change.new),
                        "",
                    ]
                )
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        for copy in reversed(copies):
            when = QLocale().toString(_local_time(copy.received_at), QLocale.FormatType.ShortFormat)
            label = (
                self.tr("Observer's copy")
                if copy.provenance == "observer"
                else self.tr("Photo or scan")
            )
            details = self.tr(
                "received {0} as {1}; not official: {2}; %n line(s) differ",
                "",
                len(copy.differences),
            ).format(when, copy.source, error_text(copy.why_not_official, lang))
            top = QTreeWidgetItem([label, "", "", details])
            top.setToolTip(3, details)
            top.setData(0, Qt.ItemDataRole.UserRole, details)
            top.setForeground(0, QColor("#842029"))
            for change in copy.differences:
                child = QTreeWidgetItem(
                    [
                        change.names.get(lang),
                        "" if change.old is None else QLocale().toString(change.old),
                        QLocale().toString(change.new),
                        self.tr("official / copy"),
                    ]
                )
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        # Who saved, who signed and why, whole and wrapped under the table: the column cuts
        # them off, and a tooltip is out of reach of the keyboard and of a screen reader.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the version"))
        self.details.setMaximumHeight(110)
        self.details.setTabChangesFocus(True)
        self.tree.currentItemChanged.connect(self.show_details)
        newest = self.tree.topLevelItem(0)
        if newest is not None:
            newest.setExpanded(True)
            self.tree.setCurrentItem(newest)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.details)
        layout.addWidget(close)
        fit_to_screen(self, 900, 500)

    def show_details(self, item: QTreeWidgetItem | None) -> None:
        """The details of the version (or copy) the current row belongs to."""
        top = item.parent() or item if item is not None else None
        text = top.data(0, Qt.ItemDataRole.UserRole) if top is not None else ""
        self.details.setPlainText(str(text or ""))
