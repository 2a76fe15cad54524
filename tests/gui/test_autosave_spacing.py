"""Autosaves of one protocol start at least `AUTOSAVE_SPACING_MS` apart (`Database.submit`'s
spacing): figures pasted or keyed faster than a person keys are saved once per spacing, the
newest ones, and never after a step asked for later; closing waits for the last."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from tallyapp.gui.database import Database


def test_jobs_of_one_key_are_spaced_and_the_newest_runs(qtbot: QtBot) -> None:
    database = Database()
    ran: list[tuple[str, float]] = []
    began = time.monotonic()

    def job(name: str) -> None:
        database.submit(
            lambda: ran.append((name, time.monotonic() - began)),
            key="autosave 101 party-list",
            spacing_ms=100,
        )

    for figure in range(30):  # keys typed as fast as a machine types them
        job(f"figures {figure}")
    assert database.pending >= 1
    database.wait_idle()  # as closing the window does: the last one is waited for
    names = [name for name, _ in ran]
    # The first is handed over at once (its work replaced by newer figures until it starts);
    # the rest wait for the spacing and run once, with the newest figures.
    assert names[-1] == "figures 29" and len(names) <= 2
    if len(names) == 2:
        assert ran[1][1] - ran[0][1] >= 0.09
    database.stop()


def test_a_step_asked_for_later_runs_after_the_waiting_autosave(qtbot: QtBot) -> None:
    database = Database()
    ran: list[str] = []
    database.submit(lambda: ran.append("first figures"), key="autosave", spacing_ms=10_000)
    qtbot.waitUntil(lambda: ran == ["first figures"], timeout=20_000)
    database.submit(lambda: ran.append("newest figures"), key="autosave", spacing_ms=10_000)
    assert ran == ["first figures"]  # waiting for its spacing
    assert database.wait_for(lambda: ran.append("finalise") or list(ran)) == [
        "first figures",
        "newest figures",
        "finalise",
    ]  # not ten seconds later: a step asked for after it hands the waiting one over first
    database.stop()


def test_a_person_s_keystrokes_are_each_saved_at_once(qtbot: QtBot) -> None:
    database = Database()
    ran: list[str] = []
    for figure in range(3):
        database.submit(lambda f=figure: ran.append(str(f)), key="autosave", spacing_ms=100)
        qtbot.waitUntil(lambda f=figure: str(f) in ran, timeout=20_000)
        qtbot.wait(110)  # a person's pace between two keys
    assert ran == ["0", "1", "2"]
    database.stop()


def test_flush_hands_the_waiting_autosave_over_at_once(qtbot: QtBot) -> None:
    """Before another window reads the protocol (the language switched) or on closing: the
    last figures are written now, not after the spacing."""
    database = Database()
    ran: list[str] = []
    database.submit(lambda: ran.append("first"), key="autosave", spacing_ms=60_000)
    qtbot.waitUntil(lambda: ran == ["first"], timeout=20_000)
    database.submit(lambda: ran.append("last"), key="autosave", spacing_ms=60_000)
    began = time.monotonic()
    database.flush()
    database.wait_idle()
    assert ran == ["first", "last"] and time.monotonic() - began < 30
    database.stop()
