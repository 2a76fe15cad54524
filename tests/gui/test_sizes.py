"""The commission's screens at laptop sizes in Kazakh and Russian, whose labels are longest:
precinct numbers, line labels, checks and the finalise dialog's words never cut."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.sessions import member_of

SIZES = [("kk", 1366, 768), ("ru", 1366, 768), ("kk", 1024, 768), ("ru", 1024, 768)]


def cut_words(root: QWidget) -> list[str]:
    """Buttons whose text does not fit, and word-wrapped labels shorter than their text."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        text = button.text().replace("&", "")
        if button.fontMetrics().horizontalAdvance(text) + 8 > button.width():
            found.append(f"button {text!r}: {button.width()} px")
    for label in root.findChildren(QLabel):
        visible = label.isVisible() and label.wordWrap() and label.text()
        if visible and label.heightForWidth(label.width()) > label.height() + 1:
            found.append(f"label {label.text()[:60]!r} cut")
    return found


def short_rows(table: QTableView) -> list[str]:
    """The lines whose row is lower than their wrapped label."""
    model, metrics = table.model(), table.fontMetrics()
    found = []
    for row in range(model.rowCount()):
        label = str(model.index(row, 1).data())
        needed = metrics.boundingRect(
            QRect(0, 0, table.columnWidth(1) - 6, 100_000), Qt.TextFlag.TextWordWrap, label
        ).height()
        if table.rowHeight(row) < needed:
            found.append(f"row {row} ({label!r}): {table.rowHeight(row)} < {needed} px")
    return found


def settled(qtbot: QtBot, problems: Callable[[], list[str]], timeout: int = 5000) -> None:
    """Wait until the layout has settled (no problems left), however loaded the machine is;
    then say what is still wrong, if anything. Never a fixed sleep."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=timeout)
    assert problems() == []


@pytest.mark.parametrize(("lang", "width", "height"), SIZES)
def test_the_main_window_shows_every_number_and_label_whole(
    qtbot: QtBot, gui_url: str, lang: str, width: int, height: int
) -> None:
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
        window.open_precinct("101")
        QApplication.processEvents()
        # The tree: each precinct's number is in view, whatever its name's length.
        tree = window.tree_view
        index = tree.currentIndex().siblingAtColumn(0)
        assert index.isValid()
        shown = str(index.data())
        number = shown.split(" — ")[0]
        rect = tree.visualRect(index)
        assert rect.width() >= tree.fontMetrics().horizontalAdvance(number) + 4, (shown, rect)
        assert rect.right() <= tree.viewport().width()
        # The protocol: every line's label is readable in full (wrapped, its row tall enough),
        # every figure fits its column.
        table = window.editor().table
        model = window.editor().model
        assert model is not None
        for row, value in enumerate([1500, 1500, 900, 20, 600, 901, 10]):  # line 6 fails
            model.setData(model.index(row, 2), str(value))
        # Rows take the height of their wrapped labels by themselves, once the layout settles.
        settled(qtbot, lambda: short_rows(table))
        metrics = table.fontMetrics()
        for row in range(model.rowCount()):
            figure = str(model.index(row, 2).data() or "")
            assert metrics.horizontalAdvance(figure) + 6 <= table.columnWidth(2), figure
            checks = str(model.index(row, 3).data() or "")
            assert metrics.horizontalAdvance(checks) + 6 <= table.columnWidth(3), checks
        # The tree's state columns: a commission's progress fits, or shows as an icon alone.
        tree_model = window.tree_model
        for row in range(tree_model.rowCount()):
            for column in (1, 2):
                text = str(tree_model.index(row, column).data() or "")
                room = tree.columnWidth(column)
                assert tree.fontMetrics().horizontalAdvance(text) + 26 <= room, (text, room)
        # The heading, the checks and every button: nothing cut.
        settled(qtbot, lambda: cut_words(window))  # the layout follows the checks' new words
        # The finalise dialog in the same language, at its size.
        dialog = SigningDialog(
            window.service.members("101"),
            window,
            lang,
            [f"{r + 1}. {model.index(r, 1).data()}: 1" for r in range(model.rowCount())],
            "0" * 64,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        assert cut_words(dialog) == []


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_at_200_percent_font_line_labels_and_checks_stay_whole(
    qtbot: QtBot, gui_url: str, lang: str
) -> None:
    """A doubled font at 1366x768 in Kazakh and Russian: every line's label wraps whole in its
    row, every figure fits, and the heading and the checks wrap rather than being cut."""
    from PySide6.QtGui import QFont

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    with speaking(lang):
        try:
            app.setFont(big)
            engine = open_engine(gui_url)
            window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            window.open_precinct("101")
            model = window.editor().model
            assert model is not None
            for row, value in enumerate([1500, 1500, 900, 20, 600, 901, 10]):
                model.setData(model.index(row, 2), str(value))
            table = window.editor().table
            settled(qtbot, lambda: short_rows(table))
            metrics = table.fontMetrics()
            assert metrics.height() >= 1.8 * QFontMetrics(normal).height()
            for row in range(model.rowCount()):
                figure = str(model.index(row, 2).data() or "")
                assert metrics.horizontalAdvance(figure) + 6 <= table.columnWidth(2), figure
            settled(
                qtbot,
                lambda: [
                    label.text()[:40]
                    for label in (window.heading, window.checks.summary)
                    if label.heightForWidth(label.width()) > label.height() + 1
                ],
            )
        finally:
            app.setFont(normal)
