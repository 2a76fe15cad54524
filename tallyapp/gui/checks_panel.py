"""The checks panel: every control relation with its numbers, and the explanations of warnings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.checks import CheckReport, Verdict


class ChecksPanel(QWidget):
    """Passing and failing checks as icon *and* text; a line to explain each warning."""

    explanationsChanged = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the checks"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Control relations and plausibility checks"))
        self.explain_box = QGroupBox(self.tr("Explanations of warnings (required to finalise)"))
        self.explain_form = QFormLayout(self.explain_box)
        self.explain_box.setVisible(False)
        self._explanations: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.explain_box)

    def explanations(self) -> dict[str, str]:
        return {k: e.text() for k, e in self._explanations.items()}

    def show_report(self, report: CheckReport | None, mismatches: int = 0) -> None:
        self.list.clear()
        if report is None:
            self.summary.setText(self.tr("No protocol open."))
            self._set_warnings([])
            return
        style = QApplication.style()
        for verdict in report.verdicts:
            if verdict.holds:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            elif verdict.blocks_finalising:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            else:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            item = QListWidgetItem(icon, verdict.explain(self.lang))
            item.setToolTip(verdict.explain(self.lang))
            self.list.addItem(item)
        failures, warnings = len(report.hard_failures), len(report.warnings)
        parts = []
        if failures:
            parts.append(
                self.tr(
                    "✗ {0} control relation(s) fail: recount and correct before finalising."
                ).format(failures)
            )
        else:
            parts.append(self.tr("✓ All control relations hold."))
        if warnings:
            parts.append(self.tr("⚠ {0} warning(s) need a written explanation.").format(warnings))
        if mismatches:
            parts.append(
                self.tr("≠ {0} line(s) differ between the two entries.").format(mismatches)
            )
        self.summary.setText(" ".join(parts))
        self._set_warnings(list(report.warnings))

    def _set_warnings(self, warnings: list[Verdict]) -> None:
        keep = {v.check_id for v in warnings}
        old = {k: e.text() for k, e in self._explanations.items()}
        while self.explain_form.rowCount():
            self.explain_form.removeRow(0)
        self._explanations = {}
        for verdict in warnings:
            edit = QLineEdit(old.get(verdict.check_id, ""))
            edit.setAccessibleName(self.tr("Explanation for {0}").format(verdict.check_id))
            edit.setPlaceholderText(self.tr("Why this is right, in a sentence"))
            edit.textChanged.connect(self.explanationsChanged.emit)
            self._explanations[verdict.check_id] = edit
            self.explain_form.addRow(f"{verdict.check_id} {verdict.names.get(self.lang)}", edit)
        self.explain_box.setVisible(bool(keep))
