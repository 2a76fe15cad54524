"""Every word a Kazakh or Russian commission member reads is in Kazakh or Russian.

The test walks what the windows show (texts, tooltips, accessible names, window and tab
titles, table headers, the figures' lines, the tree's states and menus) and fails on any
English word of the interface's own vocabulary: the words of its English source strings.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tallyapp.gui.dialogs import SigningDialog
from tallyapp.gui.import_dialog import ImportDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.results_view import ResultsView
from tallyapp.resources import resource_path
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.sessions import member_of

# Words that stay as they are in every language: names, codes and abbreviations.
# Keys keep the names printed on them (Ctrl+Return, Enter, Home).
KEPT = {"tallyapp", "amanat", "respublica", "abai", "json", "xlsx", "ctrl", "shift"}
KEYS = {"return", "enter", "home", "space", "delete", "escape", "insert"}


def vocabulary() -> set[str]:
    """The English words of the interface: every word of four letters or more in the
    source strings of the Qt catalogue."""
    root = ET.parse(resource_path("i18n", "tallyapp_en.ts")).getroot()
    words = set()
    for source in root.iter("source"):
        words |= {w.lower() for w in re.findall(r"[A-Za-z]{4,}", source.text or "")}
    return words - KEPT - KEYS


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person reads or a screen reader says in a window."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = type(widget).__name__
        yield where, widget.windowTitle() if widget.isWindow() else ""
        yield where, widget.toolTip()
        yield where, widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            yield (
                where,
                widget.text() if not isinstance(widget, QLineEdit) else (widget.placeholderText()),
            )
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        if isinstance(widget, QMenu):
            for action in widget.actions():
                yield where, action.text()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its column count private: one column
                columns = 1
            for column in range(columns):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 25)):
                for column in range(columns):
                    index = model.index(row, column, QModelIndex())
                    for role in (
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole,
                    ):
                        yield where, str(index.data(role) or "")


def english_words(texts: Iterator[tuple[str, str]], words: set[str]) -> list[str]:
    found = []
    for where, text in texts:
        if re.fullmatch(r"[\w.~:/\\-]+", text) and ("/" in text or "\\" in text):
            continue  # a file's path is the user's data, not the interface's words
        for word in re.findall(r"[A-Za-z]{4,}", text.replace("&", "")):
            if word.lower() in words:
                found.append(f"{where}: {word!r} in {text[:80]!r}")
    return sorted(set(found))


def english_in_results(qtbot: QtBot, results: ResultsView, words: set[str]) -> list[str]:
    """Every tab of a results window, the anomalies' last (computed when it is opened)."""
    qtbot.addWidget(results)
    with qtbot.waitSignal(results.loaded, timeout=30_000):
        results.show()
    found: list[str] = []
    for tab in range(results.tabs.count() - 1):
        results.tabs.setCurrentIndex(tab)
        found += english_words(shown_texts(results), words)
    with qtbot.waitSignal(results.anomaliesLoaded, timeout=30_000):
        results.tabs.setCurrentIndex(results.tabs.count() - 1)
    return found + english_words(shown_texts(results), words)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_word_in_kazakh_or_russian_windows(
    qtbot: QtBot, gui_url: str, lang: str
) -> None:
    words = vocabulary()
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
        window.open_precinct("101")
        model = window.editor().model
        assert model is not None
        for row, value in enumerate([1500, 1500, 900, 20, 600, 901, 10]):  # relations fail
            model.setData(model.index(row, 2), str(value))
        window.editor().focus_figures()
        window.tree_view.expandAll()
        window.database.wait_idle()  # the precincts are read on the database thread
        found = english_words(shown_texts(window), words)
        for menu in window.menuBar().findChildren(QMenu):
            found += english_words(shown_texts(menu), words)
        dialog = SigningDialog(window.service.members("101"), window, lang, ["1. x: 1"], "0" * 64)
        qtbot.addWidget(dialog)
        dialog.show()
        found += english_words(shown_texts(dialog), words)
        importer = ImportDialog(engine, window)
        qtbot.addWidget(importer)
        importer.show()
        found += english_words(shown_texts(importer), words)
        found += english_in_results(qtbot, ResultsView(engine, "ABAI-03", lang), words)
        assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_word_in_the_national_results(qtbot: QtBot, demo_url: str, lang: str) -> None:
    """The national demo's results, every tab, the anomaly findings and their details too."""
    words = vocabulary()
    with speaking(lang):
        results = ResultsView(open_engine(demo_url), "CEC", lang)
        found = english_in_results(qtbot, results, words)
        assert results.findings.rowCount() >= 1  # the demo's round 53.900 %
        for row in range(results.findings.rowCount()):
            results.findings.setCurrentCell(row, 1)
            found += english_words(iter([("detail", results.finding_detail.text())]), words)
        assert found == [], "\n".join(found)
