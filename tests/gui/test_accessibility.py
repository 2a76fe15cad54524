"""Accessibility: every input has a name a screen reader can read; 200% fonts still fit."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.import_dialog import ImportDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.entry import Member

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractButton)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs with neither an accessible name nor a visible text a screen reader reads."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue  # a table's header is read through its columns' titles
        if not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (scroll bars, …)
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_input_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    window.open_precinct("101")
    window.editor().focus_figures()
    assert unnamed_inputs(window) == []
    dialog = SigningDialog([Member("Nurlan Omarov", "chair")], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_inputs(dialog) == []
    importer = ImportDialog(window.engine, window)
    qtbot.addWidget(importer)
    importer.show()
    assert unnamed_inputs(importer) == []
    # The figure being keyed is named after its line, for the screen reader.
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Voters on the list at the close of voting"


def test_works_at_200_percent_font(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    try:
        app.setFont(big)
        window.setFont(big)
        window.open_precinct("101")
        table = window.editor().table
        table.resizeRowsToContents()
        metrics = table.fontMetrics()
        assert metrics.height() >= 1.8 * QFontMetrics(normal).height()  # the font did double
        # Every line of the protocol is tall enough for its doubled text, nothing clipped.
        for row in range(table.model().rowCount()):
            assert table.rowHeight(row) >= metrics.height()
        heading = window.heading
        assert heading.sizeHint().height() >= metrics.height()
        window.resize(1366, 768)
        QApplication.processEvents()
        # The precinct's heading wraps instead of being cut: all of it fits in its height.
        assert heading.heightForWidth(heading.width()) <= heading.height()
        # Every line's label is readable in full: wrapped within its column, its row tall enough.
        table.resizeRowsToContents()
        width = table.columnWidth(1)
        for row in range(table.model().rowCount()):
            label = str(table.model().index(row, 1).data())
            needed = metrics.boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, label
            ).height()
            assert table.rowHeight(row) >= needed, (row, label)
    finally:
        app.setFont(normal)
        window.setFont(normal)


def test_f10_opens_the_menus_whatever_the_keyboard_layout(qtbot: QtBot, window: MainWindow) -> None:
    """A Kazakh or Russian menu's mnemonic is Cyrillic and cannot be typed on a Latin layout;
    F10 opens the first menu, and the arrows walk the menus and their items."""
    from PySide6.QtWidgets import QMenu

    window.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    bar = window.menuBar()
    first, second = bar.actions()[:2]
    qtbot.waitUntil(lambda: bar.activeAction() is first, timeout=20_000)
    menu = first.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible, timeout=20_000)
    qtbot.keyClick(menu, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bar.activeAction() is second, timeout=20_000)
    qtbot.keyClick(QApplication.activePopupWidget() or bar, Qt.Key.Key_Escape)
