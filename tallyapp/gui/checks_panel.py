"""The checks panel: every control relation with its numbers, and the explanations of warnings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.checks import CheckReport, Verdict
from tallyapp.messages.checks import check_name, explain

ICONS = {
    "holds": QStyle.StandardPixmap.SP_DialogApplyButton,
    "hard": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "soft": QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class _DrawnOnce(QStyledItemDelegate):
    """Each check drawn and measured once for its words, state, size and look, then copied:
    a keystroke changes one or two checks, but the list lays out and repaints all of them
    (wrapped text, a few milliseconds a keystroke)."""

    LIMIT = 400  # drawings kept; the list is emptied when full

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._drawn: dict[tuple[object, ...], QPixmap] = {}
        self._sizes: dict[tuple[object, ...], QSize] = {}

    @staticmethod
    def _key(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[object, ...]:
        return (
            index.data(Qt.ItemDataRole.DisplayRole),
            index.data(Qt.ItemDataRole.UserRole),
            option.font.key(),
            option.decorationSize.width(),
            option.direction.value,
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = (*self._key(option, index), option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > self.LIMIT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        ratio = painter.device().devicePixelRatioF()
        key = (
            *self._key(option, index),
            rect.width(),
            rect.height(),
            option.state.value,
            option.palette.cacheKey(),
            ratio,
        )
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = QPixmap(rect.size() * ratio)
            drawn.setDevicePixelRatio(ratio)
            drawn.fill(Qt.GlobalColor.transparent)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), rect.size())
            on = QPainter(drawn)
            super().paint(on, at_origin, index)
            on.end()
            if len(self._drawn) > self.LIMIT:
                self._drawn.clear()
            self._drawn[key] = drawn
        painter.drawPixmap(rect.topLeft(), drawn)


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
        # Long explanations wrap within the panel instead of running off its edge.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(_DrawnOnce(self.list))
        self.list.setAccessibleName(self.tr("Control relations and plausibility checks"))
        # The heading wraps too (a group box's title does not): see the form below.
        self.explain_box = QGroupBox()
        heading = QLabel(self.tr("Explanations of warnings (required to finalise)"))
        heading.setWordWrap(True)
        box = QVBoxLayout(self.explain_box)
        box.addWidget(heading)
        self.explain_form = QFormLayout()
        box.addLayout(self.explain_form)
        # Each check's name wraps above its field: a long name on one line beside it made the
        # panel, and with it the main window, wider than a 1024 px screen once a warning
        # appeared while typing (and the window stayed that wide after it went).
        self.explain_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.explain_box.setVisible(False)
        self._explanations: dict[str, QLineEdit] = {}
        # A verdict a few words a line even on a 1024 px screen: the tree beside gives way
        # first (its names elide), never the checks to a letter or two.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 22))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.explain_box)

    def explanations(self) -> dict[str, str]:
        return {k: e.text() for k, e in self._explanations.items()}

    def show_report(
        self,
        report: CheckReport | None,
        mismatches: int = 0,
        empty: int = 0,
        blind: bool = False,
    ) -> None:
        if report is None:
            self.list.clear()
            self.summary.setText(self.tr("No protocol open."))
            self._set_warnings([])
            return
        # In the blind second keying `report` checks the second figures on their own: neither
        # the first figures nor a count of differences is shown until the entries are compared.
        note = (
            self.tr(
                "Second entry, checked on its own: key the paper again from line 1. The first "
                "entry is hidden until you compare."
            )
            if blind
            else ""
        )
        if self.list.count() != len(report.verdicts):
            self.list.clear()
            for _ in report.verdicts:
                self.list.addItem(QListWidgetItem())
        # Items are updated in place, and only where their words changed: this runs on every
        # keystroke.
        for row, verdict in enumerate(report.verdicts):
            item = self.list.item(row)
            text = explain(verdict, self.lang)
            state = "holds" if verdict.holds else "hard" if verdict.blocks_finalising else "soft"
            if item.text() == text and item.data(Qt.ItemDataRole.UserRole) == state:
                continue
            item.setIcon(QApplication.style().standardIcon(ICONS[state]))
            item.setText(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, state)
        failures, warnings = len(report.hard_failures), len(report.warnings)
        parts = []
        if empty:
            parts.append(
                self.tr("○ %n line(s) not entered yet: nothing can be judged complete.", "", empty)
            )
        if failures:
            parts.append(
                self.tr(
                    "✗ %n control relation(s) fail: recount and correct before finalising.",
                    "",
                    failures,
                )
            )
        elif not empty:
            parts.append(self.tr("✓ All control relations hold."))
        if warnings:
            parts.append(self.tr("⚠ %n warning(s) need a written explanation.", "", warnings))
        if mismatches:
            parts.append(self.tr("≠ %n line(s) differ between the two entries.", "", mismatches))
        self.summary.setText(" ".join([note, *parts] if note else parts))
        # Explanations belong to the protocol kept: none are asked of the second keying.
        self._set_warnings([] if blind else list(report.warnings))

    def _set_warnings(self, warnings: list[Verdict]) -> None:
        keep = {v.check_id for v in warnings}
        if list(self._explanations) == [v.check_id for v in warnings]:
            return  # the same warnings: keep their fields as they are
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
            label = QLabel(f"{verdict.check_id} {check_name(verdict, self.lang)}")
            label.setWordWrap(True)
            label.setBuddy(edit)
            self.explain_form.addRow(label, edit)
        self.explain_box.setVisible(bool(keep))
