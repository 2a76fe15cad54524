"""A table for keying figures: Tab and Enter go to the next line, only digits are accepted."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tallyapp.gui.protocol_model import ProtocolTableModel

Index = QModelIndex | QPersistentModelIndex
MAX_FIGURE = 10**9  # no protocol line can hold more (as the domain's admission says)
FITTED = (
    ProtocolTableModel.COL_LINE,
    ProtocolTableModel.COL_FIGURE,
    ProtocolTableModel.COL_SECOND,
    ProtocolTableModel.COL_CHECK,
)


class FigureValidator(QValidator):
    """Digits only, up to MAX_FIGURE; spaces between digit groups are allowed in a paste.
    What it refuses is said (`refused`), never cut or dropped silently."""

    refused = Signal(str)

    def validate(self, text: str, pos: int) -> object:
        digits = text.replace(" ", "").replace("\u00a0", "")
        if digits and not (digits.isascii() and digits.isdigit()):
            self.refused.emit(
                self.tr("Only digits can be keyed: “{0}” was not entered.").format(text)
            )
            return QValidator.State.Invalid
        if digits and int(digits) > MAX_FIGURE:
            self.refused.emit(
                self.tr("No line can hold more than {0}: “{1}” was not entered.").format(
                    QLocale().toString(MAX_FIGURE), text
                )
            )
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class FigureDelegate(QStyledItemDelegate):
    def __init__(self, table: FigureTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        validator = FigureValidator(editor)
        validator.refused.connect(self.table.figureRefused)
        # A keystroke refused while typing a figure leaves the field open on Enter: what is
        # left would be another figure (123456789 of 123456789012), so it is keyed again.
        validator.refused.connect(lambda _s: editor.setProperty("refused", True))
        editor.textChanged.connect(lambda text: text or editor.setProperty("refused", False))
        editor.setValidator(validator)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(str(index.sibling(index.row(), 1).data()))
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """The figure shown selected: typing replaces it and never appends to it."""
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.FocusIn:
            editor.selectAll()  # however the field got the focus, typing replaces the figure
        if (
            isinstance(editor, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if editor.hasSelectedText() and editor.selectedText() == editor.text():
                editor.setProperty("refused", False)  # this keystroke or paste starts afresh
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if editor.property("refused"):
                    editor.selectAll()
                    return True
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
                return True
            # In the comparison of two keyings, Right past the end of a figure (or Left before
            # its start) moves to the other keying of the same line.
            sideways = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
            at_edge = not editor.hasSelectedText() and editor.cursorPosition() == (
                len(editor.text()) if sideways == 1 else 0
            )
            if sideways and at_edge and self.table.other_entry() is not None:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.table.move_to_other_entry()
                return True
        return super().eventFilter(editor, event)


class FigureTable(QTableView):
    """Moves down the figure column in paper order; typing a digit starts editing."""

    figureRefused = Signal(str)  # what was typed or pasted and not entered, in a sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(FigureDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        # A line's label wraps and its row grows to show all of it: never cut with "…". Sizes
        # are set when they can change, not on every figure keyed: a header sized to its
        # contents reads every cell again on each change, most of a keystroke's time.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.setAccessibleName(self.tr("Protocol figures"))

    def setModel(self, model: ProtocolTableModel | None) -> None:  # type: ignore[override]
        old = self.model()
        if isinstance(old, ProtocolTableModel):
            old.dataChanged.disconnect(self._cells_changed)
            old.modelReset.disconnect(self.fit_to_contents)
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ProtocolTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)  # the line number's column: two digits
        model.dataChanged.connect(self._cells_changed)
        model.modelReset.connect(self.fit_to_contents)
        self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Every column to its contents, the figure columns wide enough for the largest
        figure a line can hold, and every row as high as its wrapped label."""
        for column in FITTED:
            self.resizeColumnToContents(column)
        widest = self.fontMetrics().horizontalAdvance(QLocale().toString(MAX_FIGURE)) + 24
        for column in (ProtocolTableModel.COL_FIGURE, ProtocolTableModel.COL_SECOND):
            self.setColumnWidth(column, max(self.columnWidth(column), widest))
        self._keep_room_for_labels()
        self.resizeRowsToContents()

    def _keep_room_for_labels(self) -> None:
        """The table is never narrower than its fixed columns and a line's label a few words
        wide: on a narrow screen the panels beside it give way, not the labels (in Kazakh
        at 1024 px they had wrapped to a word a line behind a scroll bar)."""
        model = self.model()
        if model is None:
            return
        fixed = sum(
            self.columnWidth(c)
            for c in range(model.columnCount())
            if c != ProtocolTableModel.COL_NAME and not self.isColumnHidden(c)
        )
        label = self.fontMetrics().horizontalAdvance("0" * 18)
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(fixed + label + self.verticalHeader().width() + frame)

    def _cells_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        # A figure keyed changes no size; a line's check words (its verdicts changed) may.
        if top_left.column() <= ProtocolTableModel.COL_CHECK <= bottom_right.column():
            self.resizeColumnToContents(ProtocolTableModel.COL_CHECK)
            self._keep_room_for_labels()
            self._fit_rows_soon()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == ProtocolTableModel.COL_NAME:
            self._fit_rows_soon()  # labels wrap anew at the new width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows_soon()  # the stretching label column follows the table's width

    _rows_pending = False

    def _fit_rows_soon(self) -> None:
        """Every row's height once the columns have settled (a stretching column is laid
        out after the change that moved it), once however many changes asked for it."""
        if not self._rows_pending:
            self._rows_pending = True
            QTimer.singleShot(0, self, self._fit_rows)  # not once the table is gone

    def _fit_rows(self) -> None:
        self._rows_pending = False
        if self.model() is not None:
            self.resizeRowsToContents()

    def other_entry(self) -> QModelIndex | None:
        """In the comparison of two keyings, the same line's other figure; None otherwise."""
        model = self.model()
        current = self.currentIndex()
        if not (isinstance(model, ProtocolTableModel) and model.compared):
            return None
        columns = {
            ProtocolTableModel.COL_FIGURE: ProtocolTableModel.COL_SECOND,
            ProtocolTableModel.COL_SECOND: ProtocolTableModel.COL_FIGURE,
        }
        if current.column() not in columns:
            return None
        return model.index(current.row(), columns[current.column()])

    def move_to_other_entry(self) -> None:
        other = self.other_entry()
        if other is not None:
            self.setCurrentIndex(other)  # the field opens with the figure selected

    def entry_column(self) -> int:
        model = self.model()
        if isinstance(model, ProtocolTableModel) and model.double_entry and model.blind:
            return ProtocolTableModel.COL_SECOND
        return ProtocolTableModel.COL_FIGURE

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        column = self.entry_column()
        if action == QAbstractItemView.CursorAction.MoveNext:
            row = min(current.row() + 1, self.model().rowCount() - 1)
            return self.model().index(row, column)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            row = max(current.row() - 1, 0)
            return self.model().index(row, column)
        sideways = (
            QAbstractItemView.CursorAction.MoveRight,
            QAbstractItemView.CursorAction.MoveLeft,
        )
        other = self.other_entry()
        if action in sideways and other is not None:
            return other
        return super().moveCursor(action, modifiers)

    def start_at_top(self) -> None:
        self.setFocus()
        index = self.model().index(0, self.entry_column())
        self.setCurrentIndex(index)  # opens the editor if the cell is editable
        editable = self.model().flags(index) & Qt.ItemFlag.ItemIsEditable
        if editable and self.state() != QAbstractItemView.State.EditingState:
            self.edit(index)
