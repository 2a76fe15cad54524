"""Importing protocols from lower commissions: drop files or folders, see what became of each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import current_language
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tasks import run_task
from tallyapp.gui.words import error_text
from tallyapp.services.exchange import FileOutcome, Rejected, SummaryDifference, import_files
from tallyapp.services.keys import default_keys_dir
from tallyapp.services.sessions import import_refusal, top_commission
from tallyapp.services.signatures import package_roots

OUTCOME_WORDS = {  # marked for lupdate, translated when shown
    "accepted": QT_TRANSLATE_NOOP("ImportDialog", "accepted"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "duplicate"),
    "conflict": QT_TRANSLATE_NOOP("ImportDialog", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("ImportDialog", "rejected"),
    "observer copy": QT_TRANSLATE_NOOP("ImportDialog", "observer copy"),
    "unsigned copy": QT_TRANSLATE_NOOP("ImportDialog", "unsigned copy (not official)"),
    "summary": QT_TRANSLATE_NOOP("ImportDialog", "summary protocol (compared)"),
}
KIND_WORDS = {
    "package": QT_TRANSLATE_NOOP("ImportDialog", "package"),
    "signed PDF": QT_TRANSLATE_NOOP("ImportDialog", "signed PDF"),
    "photo (QR code)": QT_TRANSLATE_NOOP("ImportDialog", "photo (QR code)"),
    "": QT_TRANSLATE_NOOP("ImportDialog", "unreadable"),
}
OUTCOME_ICONS = {
    "accepted": QStyle.StandardPixmap.SP_DialogApplyButton,
    "duplicate": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "conflict": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "rejected": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "observer copy": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "unsigned copy": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "summary": QStyle.StandardPixmap.SP_FileDialogInfoView,
}


SHOWN_DIFFERENCES = 3  # a summary's differing lines in the results' column; all in the details


class ConflictView(QDialog):
    """The stored protocol and the received one, line by line, side by side."""

    def __init__(self, outcome: FileOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts in {0}").format(Path(outcome.path).name))
        layout = QVBoxLayout(self)
        copy = not outcome.conflicts and bool(outcome.compared)
        note = QLabel(
            self.tr(
                "This copy is not official (unsigned, or an observer's): it differs from the "
                "official protocol as shown. It was kept, and it changes nothing."
            )
            if copy
            else self.tr(
                "These protocols differ from the ones already stored. Nothing was "
                "overwritten: the received protocol is kept in the inbox. Resolve with the "
                "sending commission; a correction comes as a repeated protocol with a "
                "higher version."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Precinct / line"),
                self.tr("Stored"),
                self.tr("Received"),
                self.tr("Difference"),
            ]
        )
        self.table.setAccessibleName(self.tr("Stored and received figures side by side"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lang, locale = current_language(), QLocale()
        for conflict in outcome.conflicts or outcome.compared:
            row = self.table.rowCount()
            self.table.insertRow(row)
            colour = self.tr("blue") if conflict.ballot == "party-list" else self.tr("green")
            title = self.tr("Precinct {0}, {1}").format(conflict.precinct, colour)
            self.table.setItem(row, 0, QTableWidgetItem(title))
            self.table.setItem(
                row,
                1,
                QTableWidgetItem(
                    self.tr("version {0} · {1}").format(
                        conflict.current_version, conflict.current_fingerprint[:16]
                    )
                ),
            )
            self.table.setItem(
                row,
                2,
                QTableWidgetItem(
                    self.tr("version {0} · {1}").format(
                        conflict.incoming_version, conflict.incoming_fingerprint[:16]
                    )
                ),
            )
            # In the paper form's order, each line by its number and name, never by its key.
            paper = conflict.lines
            for line, stored, received in sorted(
                conflict.differences, key=lambda d: paper.get(d[0], (10**6, None))[0]
            ):
                row = self.table.rowCount()
                self.table.insertRow(row)
                number, names = paper.get(line, (None, None))
                label = line if names is None else f"{number}. {names.get(lang)}"
                self.table.setItem(row, 0, QTableWidgetItem("    " + label))
                for col, value in ((1, stored), (2, received)):
                    item = QTableWidgetItem("" if value is None else locale.toString(value))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.table.setItem(row, col, item)
                diff = (received or 0) - (stored or 0)
                item = QTableWidgetItem(("+" if diff > 0 else "") + locale.toString(diff))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, 3, item)
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        fit_to_screen(self, 760, 480)


class ImportDialog(QDialog):
    """Files and folders from a USB stick, dropped or chosen; one transaction per file."""

    imported = Signal()

    def __init__(
        self,
        engine: Engine,
        parent: QWidget | None = None,
        actor: Actor | None = None,
        name_of: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor  # who imports, named in the audit log
        self.engine = engine
        # A commission as the tree names it ("ТИК №3"); its code where there is no tree.
        self.name_of = name_of or (lambda code: code)
        self.setWindowTitle(self.tr("Import protocols"))
        self.setAcceptDrops(True)
        self.paths: list[Path] = []
        self.outcomes: list[FileOutcome] = []
        self.trust = default_keys_dir() / "ca.pem"

        self.hint = QLabel(
            self.tr(
                "Drop files or folders here: exchange packages (.json), signed protocol PDFs, or "
                "photos and scans of printed protocols (read through their QR code)."
            )
        )
        self.hint.setWordWrap(True)
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Files and folders to import"))
        self.queue.setMaximumHeight(110)
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton(self.tr("Add f&older…"))
        add_folder.clicked.connect(self._choose_folder)
        self.trust_button = QPushButton()
        self.trust_button.clicked.connect(self._choose_trust)
        self._show_trust()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        # An observer reads, prints and compares, never imports: said here, before any file.
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #842029")
        session = actor.session if actor is not None else None
        self.refusal.setVisible(False)
        if session is not None:  # asked on the task pool: never SQL on the GUI thread
            from tallyapp.gui.tasks import run_task

            run_task(
                self,
                self.tr("Checking who may import"),
                lambda _p: import_refusal(engine, session, top_commission(engine)),
                self._show_refusal,
                self._refusal_unknown,
                show_progress=False,
            )
        row = QHBoxLayout()
        for button in (add_files, add_folder, self.trust_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.import_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 100)
        self.results = QTableWidget(0, 6)
        self.results.setAccessibleName(self.tr("What became of each file"))
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Outcome"),
                self.tr("New"),
                self.tr("Duplicate"),
                self.tr("Reason / details"),
            ]
        )
        header = self.results.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.cellActivated.connect(self._show_conflicts)
        self.results.cellDoubleClicked.connect(self._show_conflicts)
        # The chosen file's reason and details, whole and wrapped: the column cuts them off,
        # and a tooltip is out of reach of the keyboard and of a screen reader.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Reason and details for the chosen file"))
        # A summary's differing lines are listed here, all of them: room for several, the
        # files' table keeping the larger share.
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.details.setTabChangesFocus(True)
        self.results.currentCellChanged.connect(self._show_details)
        self.summary = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.refusal)
        layout.addWidget(self.queue)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        fit_to_screen(self, 1000, 620)

    # --- choosing files -----------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.queue.addItem(str(path))

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Protocols to import"),
            "",
            self.tr("Protocols (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        self.add_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder of protocols"))
        if folder:
            self.add_paths([Path(folder)])

    def _choose_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trusted certification authority"),
            str(self.trust.parent),
            self.tr("Certificates (*.pem *.crt)"),
        )
        if path:
            self.trust = Path(path)
            self._show_trust()

    def _show_trust(self) -> None:
        self.trust_button.setText(self.tr("&Trusted authority: {0}").format(self.trust.name))
        self.trust_button.setToolTip(str(self.trust))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(
            [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        )
        event.acceptProposedAction()

    # --- importing ----------------------------------------------------------------------------

    def _refusal_unknown(self, message: str) -> None:
        self.refusal.setText(message)  # who may import could not be read: nothing is imported
        self.refusal.setVisible(True)

    def _show_refusal(self, refused: TallyError | None) -> None:
        if refused is not None:
            self.refusal.setText(error_text(refused))
        self.refusal.setVisible(refused is not None)
        self.import_button.setEnabled(refused is None)

    def start(self) -> None:
        if self.refusal.text():  # not this session's to import (the service refuses too)
            return
        if not self.paths:
            QMessageBox.information(self, self.tr("Import"), self.tr("Add files or folders first."))
            return
        try:
            roots = package_roots([self.trust]) if self.trust.exists() else []
        except TallyError as exc:
            QMessageBox.warning(self, self.tr("Trusted authority"), error_text(exc))
            return
        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        paths, engine, actor = list(self.paths), self.engine, self.actor

        def work(progress: Any) -> list[FileOutcome]:
            return import_files(engine, paths, roots, progress=progress, actor=actor)

        task = run_task(
            self, self.tr("Importing"), work, self._finished, self._failed, show_progress=False
        )
        task.signals.progress.connect(lambda _text, percent: self.progress.setValue(percent))

    def _failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Import failed"), message)

    def _finished(self, outcomes: list[FileOutcome]) -> None:
        self.import_button.setEnabled(True)
        self.progress.setValue(100)
        self.outcomes = outcomes
        self.results.setRowCount(0)
        style = QApplication.style()
        for outcome in outcomes:
            row = self.results.rowCount()
            self.results.insertRow(row)
            reason = error_text(outcome.reason) if outcome.reason else ""
            details = reason
            if outcome.conflicts:
                details = self.tr(
                    "%n protocol(s) in conflict with stored protocols — open to compare",
                    "",
                    len(outcome.conflicts),
                )
            if outcome.compared:
                details = self.tr(
                    "%n protocol(s) differ from the official one — open to compare",
                    "",
                    len(outcome.compared),
                )
            listed, before = "", details
            if outcome.differences:
                # Every differing line, in the paper form's order: the first few in the
                # column, all of them in the details under the table.
                lines = [self._difference(d) for d in outcome.differences]
                heading = self.tr(
                    "Summary differs from the recomputed sum in %n line(s):", "", len(lines)
                )
                shown = "; ".join(lines[:SHOWN_DIFFERENCES])
                if len(lines) > SHOWN_DIFFERENCES:
                    shown += "; " + self.tr(
                        "and %n more (all of them in the details below)",
                        "",
                        len(lines) - SHOWN_DIFFERENCES,
                    )
                details = f"{details} {heading} {shown}".strip()
                listed = "\n".join([heading, *lines])
            cells = [
                Path(outcome.path).name,
                self.tr(str(KIND_WORDS.get(outcome.kind.value, outcome.kind.value))),
                self.tr(str(OUTCOME_WORDS.get(outcome.outcome, outcome.outcome))),
                str(outcome.accepted),
                str(outcome.duplicates),
                details,
            ]
            parts = (
                (outcome.path, reason, before, listed)
                if listed
                else (outcome.path, reason, details)
            )
            whole = "\n".join(dict.fromkeys(t for t in parts if t))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(reason or outcome.path)
                item.setData(Qt.ItemDataRole.UserRole, whole)
                if col == 2:
                    item.setIcon(style.standardIcon(OUTCOME_ICONS[outcome.outcome]))
                self.results.setItem(row, col, item)
        if outcomes:
            self.results.setCurrentCell(0, 0)
        counts = {
            k: sum(1 for o in outcomes if o.outcome == k)
            for k in ("accepted", "duplicate", "conflict", "rejected")
        }
        self.summary.setText(
            self.tr(
                "%n file(s): {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected",
                "",
                len(outcomes),
            ).format(
                counts["accepted"],
                counts["duplicate"],
                counts["conflict"],
                counts["rejected"],
            )
        )
        self.imported.emit()

    def _difference(self, d: SummaryDifference) -> str:
        """A summary's line that differs: its commission and ballot, its number and name on the
        paper form in the reader's language (never its key), the two figures."""
        locale = QLocale()
        ballot = self.tr("blue") if d.ballot == "party-list" else self.tr("green")
        line = d.line if d.names is None else d.names.get(current_language())
        received, recomputed = locale.toString(d.received), locale.toString(d.recomputed)
        if d.number is None:  # a line the form does not have
            return self.tr(
                "{0}, {1} ballot, {2}: {3} in the summary, {4} in the sum of the accepted protocols"
            ).format(self.name_of(d.commission), ballot, line, received, recomputed)
        return self.tr(
            "{0}, {1} ballot, line {2} — {3}: {4} in the summary, {5} in the sum of the "
            "accepted protocols"
        ).format(self.name_of(d.commission), ballot, d.number, line, received, recomputed)

    def _show_details(self, row: int, *_: int) -> None:
        item = self.results.item(row, 0) if row >= 0 else None
        self.details.setPlainText(str(item.data(Qt.ItemDataRole.UserRole) or "") if item else "")

    def _show_conflicts(self, row: int, _column: int = 0) -> ConflictView | None:
        if 0 <= row < len(self.outcomes) and (
            self.outcomes[row].conflicts or self.outcomes[row].compared
        ):
            view = ConflictView(self.outcomes[row], self)
            view.open()
            return view
        return None


__all__ = ["ConflictView", "ImportDialog", "Rejected"]
