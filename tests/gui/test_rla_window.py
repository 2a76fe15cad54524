"""The audit's screens walked by keyboard on a copy of the national demo: freeze, seed, draw,
a recount keyed twice with the protocol hidden until both keyings agree, the risk, the report."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from tallyapp.domain.actor import Actor
from tallyapp.gui.rla_window import RlaWindow
from tallyapp.services.rla.workflow import draw_round, freeze_manifest, record_seed
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)
SEED = "08772473296991897540"

# What a Kazakh or Russian member reads on the audit's screens (from tallyapp_<lang>.ts).
SHOWN = {
    "kk": {
        "window": "Тәуекелі шектелген аудит",
        "tabs": ["&1 Жоспар", "&2 Бастапқы сан", "&3 Таңдау", "&4 Қайта санау", "&5 Тәуекел"],
        "freeze": "Манифестті &бекіту (Ctrl+M)",
        "HAMILTON_PAIR": "соңғы мандаты келесісінен озады",
        "continue": "қайта санау күтілуде",
        "agree": "Екі енгізу сәйкес: хаттамамен салыстырыңыз және сақтаңыз",
        "schedule": "Қайта санаудың ашық &кестесі, PDF (Ctrl+P)",
    },
    "ru": {
        "window": "Аудит с ограничением риска",
        "tabs": ["&1 План", "&2 Начальное число", "&3 Выборка", "&4 Пересчёт", "&5 Риск"],
        "freeze": "&Зафиксировать манифест (Ctrl+M)",
        "HAMILTON_PAIR": "последний мандат опережает следующий",
        "continue": "ждёт пересчётов",
        "agree": "Оба ввода совпадают: сверьте с протоколом и сохраните",
        "schedule": "Открытый &график пересчётов, PDF (Ctrl+P)",
    },
}


@pytest.fixture
def audit_engine(demo_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "audit.sqlite3"
    shutil.copy(demo_url.removeprefix("sqlite:///"), target)
    engine = open_engine(f"sqlite:///{target}")
    yield engine
    engine.dispose()


SLOW = 60_000  # a step and the screens read afresh, on the pool (the national demo)


def ready(qtbot: QtBot, win: RlaWindow, condition: Any = None) -> None:
    """Wait until the step on the pool has finished (and `condition` holds)."""
    qtbot.waitUntil(
        lambda: not win.working and win.state is not None and (condition is None or condition()),
        timeout=SLOW,
    )


def _key(qtbot: QtBot, win: RlaWindow, key: Qt.Key) -> None:
    """A shortcut, as pressed in the (active) audit window."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget() or win, key, Qt.KeyboardModifier.ControlModifier)


def test_the_audit_by_keyboard(qtbot: QtBot, audit_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    on_gui_thread: list[str] = []  # not one SQL statement on the GUI thread, whatever the step

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement.split("\n")[0][:120])

    event.listen(Engine, "before_cursor_execute", record)
    try:
        _walk_the_audit(qtbot, audit_engine, tmp_path)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert on_gui_thread == []


def _walk_the_audit(qtbot: QtBot, audit_engine: Any, tmp_path: Path) -> None:
    win = RlaWindow(audit_engine, Actor("cec-audit", "test"), tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    ready(qtbot, win)
    assert win.plan_table.rowCount() > 37
    assert (
        win.plan_table.item(0, 2).text() == "AMANAT"
        and win.plan_table.item(0, 3).text() == "RESPUBLICA"
    )
    _key(qtbot, win, Qt.Key.Key_M)
    ready(qtbot, win, lambda: win.state.manifest is not None)
    assert win.state is not None and win.state.manifest is not None
    qtbot.waitUntil(lambda: win.focusWidget() is win.digits, timeout=20_000)
    assert win.tabs.currentIndex() == 1
    qtbot.keyClicks(win.digits, SEED)
    qtbot.keyClick(win.digits, Qt.Key.Key_Return)
    assert win.digits_again.hasFocus()
    qtbot.keyClicks(win.digits_again, SEED[:-1] + "1")
    qtbot.keyClick(win.digits_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "differ" in win.message.text(), timeout=SLOW)
    assert "differ" in win.message.text() and win.state.seed is None
    win.digits_again.clear()
    qtbot.keyClicks(win.digits_again, SEED)
    qtbot.keyClick(win.digits_again, Qt.Key.Key_Return)
    ready(qtbot, win, lambda: win.state.seed == SEED)
    _key(qtbot, win, Qt.Key.Key_D)
    ready(qtbot, win, lambda: len(win.state.draws) > 0)
    drawn = win.state.draws
    assert win.draw_table.rowCount() == len(drawn) > 1000
    first = drawn[0].precinct
    win.tabs.setCurrentIndex(3)
    qtbot.keyClicks(win.precinct, first)
    qtbot.keyClick(win.precinct, Qt.Key.Key_Return)
    reported = win.state.require_manifest().entry(first).precinct.batches["PL"]
    rows = win.sheet.rowCount()
    assert rows == len(reported.counts) + 1
    figures = {
        win._line(r): reported.counts.get(win._line(r), reported.ballots) for r in range(rows)
    }
    for r in range(rows):
        win.sheet.item(r, 1).setText(str(figures[win._line(r)]))
    assert all(win.sheet.item(r, 3).text() == "" for r in range(rows))  # hidden: one keying
    for r in range(rows):
        win.sheet.item(r, 2).setText(str(figures[win._line(r)] + (1 if r == 0 else 0)))
    assert all(win.sheet.item(r, 3).text() == "" for r in range(rows))  # hidden: they differ
    win.sheet.item(0, 2).setText(str(figures[win._line(0)]))
    assert win.sheet.item(0, 3).text() == str(figures[win._line(0)])  # shown: they agree
    _key(qtbot, win, Qt.Key.Key_S)
    ready(qtbot, win, lambda: first in win.state.recounts)
    assert win.state.recounts[first]["PL"].counts == dict(reported.counts)
    assert first in win.message.text()
    assert win.risk_table.rowCount() == 30
    _key(qtbot, win, Qt.Key.Key_R)
    ready(qtbot, win, lambda: (tmp_path / "rla-bundle.zip").exists())
    assert (tmp_path / "rla-report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "rla-bundle.zip").exists()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_audit_screens_speak_kazakh_and_russian(
    qtbot: QtBot,
    audit_engine,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    lang: str,
) -> None:
    actor = Actor("cec-audit", "test")
    freeze_manifest(audit_engine, actor)
    record_seed(audit_engine, actor, SEED, SEED, {"place": "Astana"})
    first = draw_round(audit_engine, actor, SEED)[0].precinct
    with speaking(lang):
        win = RlaWindow(audit_engine, actor, tmp_path)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        ready(qtbot, win, lambda: win.risk_table.rowCount() > 0)
        words = SHOWN[lang]
        assert win.windowTitle() == words["window"]
        tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert tabs == words["tabs"]
        assert win.freeze_button.text() == words["freeze"]
        assert win.plan_table.item(0, 1).text() == words["HAMILTON_PAIR"]
        assert win.risk_table.item(0, 1).text() == words["continue"]
        shots = {"plan": 0, "draw": 2, "risk": 4}
        for name, index in shots.items():
            win.tabs.setCurrentIndex(index)
            win.grab().save(str(tmp_path / f"rla-{name}-{lang}.png"))
        win.tabs.setCurrentIndex(3)
        qtbot.keyClicks(win.precinct, first)
        qtbot.keyClick(win.precinct, Qt.Key.Key_Return)
        for r in range(win.sheet.rowCount()):
            for c in (1, 2):
                win.sheet.item(r, c).setText("1")
        assert win.sheet_label.text() == words["agree"]
        win.grab().save(str(tmp_path / f"rla-recount-{lang}.png"))
        shots_dir = Path("/tmp/rla-shots")
        shots_dir.mkdir(exist_ok=True)
        for f in tmp_path.glob("rla-*.png"):
            shutil.copy(f, shots_dir / f.name)


def test_a_full_hand_count_keyed_on_the_recount_tab(
    qtbot: QtBot,
    audit_engine,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    actor = Actor("cec-audit", "test")
    freeze_manifest(audit_engine, actor)
    record_seed(audit_engine, actor, SEED, SEED, {})
    first = draw_round(audit_engine, actor, SEED, count=3)[0].precinct
    win = RlaWindow(audit_engine, actor, tmp_path)
    qtbot.addWidget(win)
    win.show()
    ready(qtbot, win)
    win.tabs.setCurrentIndex(3)

    def keyed(shift: dict[str, int]) -> None:
        win.precinct.clear()
        qtbot.keyClicks(win.precinct, first)
        qtbot.keyClick(win.precinct, Qt.Key.Key_Return)
        reported = win.state.require_manifest().entry(first).precinct.batches["PL"]
        for r in range(win.sheet.rowCount()):
            line = win._line(r)
            value = reported.counts.get(line, reported.ballots) + shift.get(line, 0)
            for c in (1, 2):
                win.sheet.item(r, c).setText(str(value))

    # Not escalated yet: the full count is refused, in words, and nothing is stored.
    keyed({"AMANAT": -5, "RESPUBLICA": 5})
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=20_000)
    qtbot.keyClick(
        QApplication.focusWidget() or win,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "cannot take a full hand count" in win.message.text(), timeout=SLOW)
    assert not win.working
    # A missing bag sends the party list to a full count.
    win.missing.setChecked(True)
    win.save_recount()
    ready(qtbot, win, lambda: first in win.state.recounts)
    win.missing.setChecked(False)
    statuses = {
        win.risk_table.item(r, 0).text(): win.risk_table.item(r, 1).text()
        for r in range(win.risk_table.rowCount())
    }
    assert statuses["PL"] == "full hand count"
    keyed({"AMANAT": -5, "RESPUBLICA": 5})
    win.full_count_button.click()
    ready(qtbot, win, lambda: bool(win.message.text()))
    assert win.message.text() == (
        f"Precinct {first}'s full hand count accepted as version 2; results follow it, "
        "the protocol's version 1 stays in the history"
    )


def test_the_main_window_opens_the_audit_for_a_cec_member_only(
    qtbot: QtBot,
    audit_engine,  # type: ignore[no-untyped-def]
) -> None:
    from tallyapp.gui.main_window import MainWindow
    from tests.sessions import member_of, observer

    window = MainWindow(audit_engine, member_of(audit_engine, "CEC"))
    qtbot.addWidget(window)
    assert window.audit_action.isEnabled()
    assert window.audit_action in window.menuBar().actions()[0].menu().actions()
    audit = window.open_audit()
    assert isinstance(audit, RlaWindow)
    qtbot.addWidget(audit)
    ready(qtbot, audit)
    assert audit.isVisible() and audit.plan_table.rowCount() > 37
    for someone in (observer("CEC"), member_of(audit_engine, "PEC-1001")):
        other = MainWindow(audit_engine, someone)
        qtbot.addWidget(other)
        assert not other.audit_action.isEnabled() and other.open_audit() is None


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_public_recount_schedule_from_the_draw_tab(
    qtbot: QtBot,
    audit_engine,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    lang: str,
) -> None:
    from tests.reports.test_rla_schedule import pdf_text

    actor = Actor("cec-audit", "test")
    freeze_manifest(audit_engine, actor)
    record_seed(audit_engine, actor, SEED, SEED, {})
    with speaking(lang):
        win = RlaWindow(audit_engine, actor, tmp_path)
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        ready(qtbot, win)
        assert not win.schedule_button.isEnabled()  # nothing drawn yet
        drawn = {d.precinct for d in draw_round(audit_engine, actor, SEED, count=4)}
        win.refresh()
        ready(qtbot, win, lambda: win.schedule_button.isEnabled())
        assert win.schedule_button.text() == SHOWN[lang]["schedule"]
        win.tabs.setCurrentIndex(2)
        win.grab().save(str(tmp_path / f"rla-schedule-{lang}.png"))
        _key(qtbot, win, Qt.Key.Key_P)
        path = tmp_path / "rla-schedule.pdf"
        ready(qtbot, win, path.exists)
        assert str(path) in win.message.text()
        text = pdf_text(path.read_bytes(), tmp_path)
        rows = [line.split() for line in text.splitlines()]
        assert {r[1] for r in rows if r[:1] == ["1"] and len(r) > 1} == drawn
        assert {"kk": "Учаске", "ru": "Участок"}[lang] in text and f"{SEED}/ALL" in text


GERMAN_SCREENS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>RlaWindow</name>
    <message>
        <source>Risk-limiting audit</source>
        <translation>Risikobegrenzende Prüfung</translation>
    </message>
    <message>
        <source>&amp;1 Plan</source>
        <translation>&amp;1 Prüfplan</translation>
    </message>
    <message>
        <source>awaiting recounts</source>
        <translation>wartet auf Nachzählungen</translation>
    </message>
    <message>
        <source>Write the &amp;report and bundle (Ctrl+R)</source>
        <translation>&amp;Bericht und Paket schreiben (Strg+R)</translation>
    </message>
</context>
</TS>
"""

GERMAN_REPORT = """\
msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgctxt "audit-report"
msgid "title"
msgstr "Risikobegrenzende Prüfung: die Sitze und die Wahlkreissieger"

msgctxt "audit-report"
msgid "contests"
msgstr "Geprüfte Wahlen"

msgctxt "audit-report"
msgid "continue"
msgstr "läuft weiter"
"""


def test_a_language_added_by_files_speaks_in_the_audit_window_and_its_report(
    qtbot: QtBot,
    audit_engine,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A translator's two files, and nothing in the code, give the audit's screens and its
    report a new language; what they do not translate yet stays English."""
    from tallyapp.messages.files import ENVIRONMENT
    from tests.reports.test_rla_schedule import pdf_text

    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "tallyapp_de.ts").write_text(GERMAN_SCREENS, "utf-8")
    (folder / "forms-de.po").write_text(GERMAN_REPORT, "utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(folder))
    actor = Actor("cec-audit", "test")
    freeze_manifest(audit_engine, actor)
    record_seed(audit_engine, actor, SEED, SEED, {})
    draw_round(audit_engine, actor, SEED, count=3)
    with speaking("de"):
        win = RlaWindow(audit_engine, actor, tmp_path)
        qtbot.addWidget(win)
        win.show()
        ready(qtbot, win, lambda: win.risk_table.rowCount() > 0)
        assert win.windowTitle() == "Risikobegrenzende Prüfung"
        assert win.tabs.tabText(0) == "&1 Prüfplan"
        assert win.tabs.tabText(1) == "&2 Seed"  # not translated yet: English
        assert win.risk_table.item(0, 1).text() == "wartet auf Nachzählungen"
        assert win.report_button.text() == "&Bericht und Paket schreiben (Strg+R)"
        _key(qtbot, win, Qt.Key.Key_R)
        path = tmp_path / "rla-report.pdf"
        ready(qtbot, win, lambda: (tmp_path / "rla-bundle.zip").exists())
    text = " ".join(pdf_text(path.read_bytes(), tmp_path).split())
    assert "Risikobegrenzende Prüfung: die Sitze und die Wahlkreissieger" in text
    assert "Geprüfte Wahlen" in text and "läuft weiter" in text
    assert "Rules and method" in text  # not translated yet: English
    assert "Risk-limiting audit" not in text
