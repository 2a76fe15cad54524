"""The figures of one protocol as a table in paper order, checked as they are typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tallyapp.domain.checks import CheckReport, Verdict
from tallyapp.messages.checks import explain, status
from tallyapp.services.entry import Sheet, double_entry_mismatches

Index = QModelIndex | QPersistentModelIndex

FAILING = QColor("#f8d7da")  # pale red
WARNING = QColor("#fff3cd")  # pale yellow
MISMATCH = QColor("#f5c2c7")
READ_ONLY = QColor("#eef1f4")


def parse_figure(text: str) -> int | None:
    """Digits only: '' is an empty line, anything else but digits is refused (ValueError)."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if text == "":
        return None
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"only digits are accepted, not {text!r}")
    return int(text)


class ProtocolTableModel(QAbstractTableModel):
    """Rows: the lines of the form. Columns: No., name, figure, check, and in double entry the
    second keying. `setData` validates; the checks are recomputed by the editor on
    `valuesChanged`, then given back with `set_report`."""

    COL_LINE, COL_NAME, COL_FIGURE, COL_CHECK, COL_SECOND = range(5)

    valuesChanged = Signal()

    def __init__(self, sheet: Sheet, lang: str = "en") -> None:
        super().__init__()
        self.sheet = sheet
        self.lang = lang
        self.values: dict[str, int | None] = dict(sheet.values)
        self.second: dict[str, int | None] = dict.fromkeys(self.values)
        self.double_entry = False
        self.blind = False  # while the second keying is typed, the first is hidden
        # The keyings are compared only once the second has been typed: until then no line
        # "differs", and finalising waits for the comparison.
        self.compared = False
        self.editable = not sheet.sealed
        self.report: CheckReport | None = None
        self._failing_lines: dict[str, list[Verdict]] = {}
        self._mismatch_state: object = None
        self._mismatch_keys: frozenset[str] = frozenset()

    # --- state from outside ------------------------------------------------------------------

    def set_report(self, report: CheckReport) -> None:
        self.report = report
        failing: dict[str, list[Verdict]] = {}
        for verdict in report.verdicts:
            if verdict.holds:
                continue
            keys = set(verdict.inputs)
            if "choices" in keys or "max_choice" in keys or "valid" in keys:
                keys |= {line.key for line in self.sheet.lines if line.kind == "choice"}
            for key in keys:
                failing.setdefault(key, []).append(verdict)
        before, self._failing_lines = self._failing_lines, failing
        # Repaint only the lines whose verdicts changed: a keystroke touches a few lines, and
        # repainting all of them was most of a keystroke's time.
        for row, line in enumerate(self.sheet.lines):
            if _shown(before.get(line.key, [])) != _shown(failing.get(line.key, [])):
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._refresh_all()

    def set_double_entry(self, on: bool, blind: bool = False, compared: bool = False) -> None:
        self.beginResetModel()
        self.double_entry = on
        self.blind = blind
        self.compared = on and not blind and compared
        self.endResetModel()

    def keep_second_entry(self, earlier: ProtocolTableModel) -> None:
        """A protocol saved during double entry keeps the second keying and where the two
        keyings stand: saving the agreed figures never empties the second column."""
        if earlier.double_entry:
            self.second = dict(earlier.second)
            self.set_double_entry(True, earlier.blind, earlier.compared)

    @property
    def awaiting_comparison(self) -> bool:
        """Double entry is on and the two keyings have not been compared yet."""
        return self.double_entry and not self.compared

    def _figure_words(self, value: int | None) -> str:
        """A keyed figure as the reader writes numbers; a line not keyed says so (never None)."""
        return self.tr("(empty)") if value is None else QLocale().toString(value)

    def mismatches(self) -> list[str]:
        if not (self.double_entry and self.compared):
            return []
        return double_entry_mismatches(self.values, self.second)

    def _mismatched(self) -> frozenset[str]:
        """The lines whose two keyings differ, computed once per change, not once per cell."""
        state = (self.double_entry, tuple(self.values.items()), tuple(self.second.items()))
        if state != self._mismatch_state:
            self._mismatch_state = state
            self._mismatch_keys = frozenset(self.mismatches())
        return self._mismatch_keys

    def _refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sheet.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # The second keying's column shows from the moment it is typed, never before.
        shown = self.double_entry and (self.blind or self.compared)
        return 0 if parent.isValid() else (5 if shown else 4)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("No."),
            self.tr("Line"),
            self.tr("Figure"),
            self.tr("Checks"),
            self.tr("Second entry"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if index.column() == self.COL_FIGURE and not (self.double_entry and self.blind):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COL_SECOND and self.double_entry:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # The roles a cell answers: a view asks about ten for each cell it draws or measures.
    ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        }
    )

    # Figures right-aligned (combined once: a flag combined makes a new enum member each time).
    FIGURES_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ROLES or not index.isValid():
            return None
        line = self.sheet.lines[index.row()]
        col = index.column()
        failing = self._failing_lines.get(line.key, [])
        mismatch = self.compared and line.key in self._mismatched()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_LINE:
                return str(line.number)
            if col == self.COL_NAME:
                return line.names.get(self.lang)
            if col == self.COL_FIGURE:
                if self.double_entry and self.blind:  # nothing of the first keying shows
                    return ""
                value = self.values.get(line.key)
                return (
                    ""
                    if value is None
                    else (
                        str(value)
                        if role == Qt.ItemDataRole.EditRole
                        else QLocale().toString(value)
                    )
                )
            if col == self.COL_SECOND:
                value = self.second.get(line.key)
                return (
                    ""
                    if value is None
                    else (
                        str(value)
                        if role == Qt.ItemDataRole.EditRole
                        else QLocale().toString(value)
                    )
                )
            if col == self.COL_CHECK:
                words = []
                if mismatch:
                    words.append(self.tr("≠ entries differ"))
                words += [f"{v.check_id} {status(v, self.lang)}" for v in failing]
                return ", ".join(words)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.COL_LINE,
            self.COL_FIGURE,
            self.COL_SECOND,
        ):
            return self.FIGURES_ALIGNED
        if role == Qt.ItemDataRole.BackgroundRole:
            if mismatch and col in (self.COL_FIGURE, self.COL_SECOND):
                return QBrush(MISMATCH)
            if failing:
                hard = any(v.blocks_finalising for v in failing)
                return QBrush(FAILING if hard else WARNING)
            if not self.editable:
                return QBrush(READ_ONLY)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [explain(v, self.lang) for v in failing]
            if mismatch:
                tips.insert(
                    0,
                    self.tr("The two entries differ: {0} and {1}").format(
                        self._figure_words(self.values.get(line.key)),
                        self._figure_words(self.second.get(line.key)),
                    ),
                )
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_FIGURE:
            # A screen reader hears the first keying only when it is shown on screen.
            value = None if self.double_entry and self.blind else self.values.get(line.key)
            return f"{line.number}. {line.names.get(self.lang)}: " + (
                "" if value is None else str(value)
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            figure = parse_figure(str(value))
        except ValueError:
            return False
        key = self.sheet.lines[index.row()].key
        target = self.second if index.column() == self.COL_SECOND else self.values
        if target.get(key) == figure:
            return True
        target[key] = figure
        if self.compared:  # the line's comparison shows on its row
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
            )
        else:  # the figure alone: its checks follow when they are recomputed (set_report)
            self.dataChanged.emit(index.sibling(index.row(), index.column()), index)
        self.valuesChanged.emit()
        return True


def _shown(verdicts: list[Verdict]) -> tuple[tuple[str, str, bool], ...]:
    """What a line shows of its verdicts: which checks, their word, the colour."""
    return tuple((v.check_id, v.status_word(), v.blocks_finalising) for v in verdicts)
