"""The import dialog: files in, progress, a result per file, conflicts side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tallyapp.gui.import_dialog import ConflictView, ImportDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.packages import conflicting_package
from tests.sessions import member_of


def imported_by_keyboard(
    qtbot: QtBot, engine: Engine, lang: str, path: Path, authority: Path | None = None
) -> ImportDialog:
    """One file imported by Abai's third territorial commission in `lang` (call it within
    `speaking(lang)`): the import dialog opened from its main window, the import started by
    keyboard, its one result shown."""
    window = MainWindow(engine, member_of(engine, "ABAI-03"), lang=lang)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_import()
    qtbot.addWidget(dialog)
    if authority is not None:
        dialog.trust = authority
    dialog.add_paths([path])
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 1, timeout=20_000)
    return dialog


def conflict_cells(view: ConflictView) -> list[list[str]]:
    table = view.table
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(4)]
        for r in range(table.rowCount())
    ]


def test_import_with_a_conflict(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    other, authority = conflicting_package(window.engine, tmp_path)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")

    dialog = window.open_import()
    qtbot.addWidget(dialog)
    dialog.trust = authority
    dialog.add_paths([other, tmp_path / "broken.json"])
    assert dialog.queue.count() == 2
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 2, timeout=20_000)
    assert dialog.results.item(0, 2).text() == "conflict", dialog.results.item(0, 5).text()
    assert dialog.results.item(1, 2).text() == "rejected"
    assert "not valid JSON" in dialog.results.item(1, 5).text()
    # The reason is read whole under the table (not only in a mouse tooltip) for the row
    # chosen by keyboard.
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    assert dialog.details.isVisible()
    assert dialog.results.item(1, 5).text() in dialog.details.toPlainText()
    assert "broken.json" in dialog.details.toPlainText()
    assert "1 with conflicts, 1 rejected" in dialog.summary.text()
    view = dialog._show_conflicts(0)
    assert isinstance(view, ConflictView)
    qtbot.addWidget(view)
    # Each line by its number and name on the paper form, in its order, figures grouped.
    assert conflict_cells(view)[1:] == [
        ["    1. Voters on the list at the close of voting", "1,500", "2,500", "+1,000"],
        ["    8. Amanat", "500", "499", "-1"],
        ["    9. Auyl People's Democratic Patriotic Party", "100", "101", "+1"],
    ]


@pytest.mark.parametrize(
    ("lang", "title", "voters", "amanat"),
    [
        ("kk", "101 учаске, көк", "1. Дауыс беру", "8. «AMANAT» партиясы"),
        ("ru", "Участок 101, синий", "1. Число избирателей", "8. Партия «AMANAT»"),
    ],
)
def test_a_conflict_reads_in_the_readers_words(
    qtbot: QtBot, gui_url: str, tmp_path: Path, lang: str, title: str, voters: str, amanat: str
) -> None:
    """The comparison named its lines by their keys ("vote:AMANAT", "voters_on_list") and the
    ballot by its key ("party-list"), in Kazakh and Russian too."""
    engine = open_engine(gui_url)
    other, authority = conflicting_package(engine, tmp_path)
    with speaking(lang):
        dialog = imported_by_keyboard(qtbot, engine, lang, other, authority)
        view = dialog._show_conflicts(0)
        assert isinstance(view, ConflictView)
        qtbot.addWidget(view)
        cells = conflict_cells(view)
    assert cells[0][0] == title
    assert [row[0].strip()[: len(voters)] for row in cells[1:2]] == [voters]
    assert cells[2][0].strip() == amanat
    assert cells[1][1:] == ["1\xa0500", "2\xa0500", "+1\xa0000"]
    shown = " ".join(" ".join(row) for row in cells)
    for key in ("vote:", "voters_on_list", "party-list", "blue"):
        assert key not in shown
    engine.dispose()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ["Барлығына қарсы", "Жәшіктерден табылған бюллетеньдер саны", "1 500"]),
        ("ru", ["Против всех", "Число бюллетеней, обнаруженных в ящиках", "1 500"]),
    ],
)
def test_a_summary_that_differs_names_its_lines(
    qtbot: QtBot, gui_url: str, tmp_path: Path, lang: str, words: list[str]
) -> None:
    """A received summary that differs from the sum recomputed here said "against_all: 20 ≠ 0;
    ballots_in_boxes: 900 ≠ 0" in Kazakh and Russian: the lines' keys, not their names."""
    engine = open_engine(gui_url)
    other, authority = conflicting_package(engine, tmp_path, summaries=True)
    with speaking(lang):
        dialog = imported_by_keyboard(qtbot, engine, lang, other, authority)
        dialog.results.setFocus()
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
        reason = dialog.details.toPlainText()
    for word in words:
        assert word.replace(" ", "\xa0") in reason.replace(" ", "\xa0"), reason
    for key in ("against_all", "ballots_", "vote:"):
        assert key not in reason
    engine.dispose()


@pytest.mark.parametrize(
    ("lang", "reason", "summary"),
    [
        ("kk", "1-жол, 12 бағаны: JSON емес: тырнақшадағы мәтін жабылмаған", "1 файл: 0 қабылд"),
        ("ru", "строка 1, столбец 12: не JSON: строка в кавычках не закрыта", "1 файл: принято 0"),
        ("en", "line 1, column 12: not valid JSON: a quoted text is not closed", "1 file: 0 acc"),
    ],
)
def test_a_broken_file_is_refused_in_the_readers_words(
    qtbot: QtBot, gui_url: str, tmp_path: Path, lang: str, reason: str, summary: str
) -> None:
    """A file cut short said Python's "Unterminated string starting at: line 1 column 12"
    in the Kazakh and Russian reason column: now what is wrong, and where, in their words."""
    broken = tmp_path / "cut-short.json"
    broken.write_text('{"format": "tallyapp-pack', encoding="utf-8")
    engine = open_engine(gui_url)
    with speaking(lang):
        dialog = imported_by_keyboard(qtbot, engine, lang, broken)
        shown = dialog.results.item(0, 5).text()
        counted = dialog.summary.text()
    assert reason in shown, shown
    assert counted.startswith(summary), counted  # "1 files" no more
    for english in ("Unterminated", "starting at") + (("line", "column") if lang != "en" else ()):
        assert english not in shown
    engine.dispose()


@pytest.mark.parametrize(
    ("lang", "first", "more", "line", "commission"),
    [
        ("kk", "Дауыс беру аяқталған сәтте", "және тағы 12 жол", ", {0}-жол —", "№3 АСК, көк"),
        ("ru", "Число избирателей, включённых", "и ещё 12 строк", "строка {0} —", "ТИК №3, синий"),
        ("en", "Voters on the list", "and 12 more lines", "line {0} —", "TEC No. 3, blue"),
    ],
)
def test_every_difference_of_a_summary_is_listed_in_the_forms_order(
    qtbot: QtBot,
    gui_url: str,
    tmp_path: Path,
    lang: str,
    first: str,
    more: str,
    line: str,
    commission: str,
) -> None:
    """A summary whose fifteen lines all differ from the sum here showed three of them, in
    the alphabetical order of their keys (against all, ballots cancelled, ballots in boxes):
    now the first three lines of the form in the column, "and 12 more", and all fifteen in
    the details under the table, line 1 to line 15, each by its number and name."""
    engine = open_engine(gui_url)
    other, authority = conflicting_package(engine, tmp_path, summaries=True)
    with speaking(lang):
        dialog = imported_by_keyboard(qtbot, engine, lang, other, authority)
        cell = dialog.results.item(0, 5).text()
        dialog.results.setFocus()
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
        details = dialog.details.toPlainText()
    assert first in cell and more in cell, cell
    assert cell.index(line.format(1)) < cell.index(line.format(2)) < cell.index(line.format(3))
    assert line.format(4) not in cell
    # All fifteen in the details, one a row, line 1 to line 15: the paper form's order.
    # (Each row starts with the commission as the tree names it, and the ballot.)
    rows = [row for row in details.splitlines() if row.startswith(commission)]
    assert [line.format(n) in row for n, row in enumerate(rows, 1)] == [True] * 15, details
    engine.dispose()
