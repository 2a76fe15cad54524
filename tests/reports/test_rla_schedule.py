"""The public recount schedule renders in Kazakh, Russian, English and Kazakh with Russian, and
every drawn precinct can be read back from it with its place and time."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tallyapp.domain.election import Names
from tallyapp.reports.rla_schedule import (
    RecountSchedule,
    ScheduledRecount,
    render_recount_schedule,
)

TEC = Names("Абай ауданы ТСК", "ТИК Абайского района", "Abai district TEC")
SCHEDULE = RecountSchedule(
    Names("Мәжіліс сайлауы 2023", "Выборы в Мажилис 2023", "Majilis election 2023"),
    "08772473296991897540",
    "08772473296991897540/ALL",
    (1, 2),
    "ab" * 32,
    123456789,
    (
        ScheduledRecount(1, "3751", TEC, ("party-list", "constituency"), (1, 7), "4 March 10:00"),
        ScheduledRecount(1, "101", TEC, ("party-list",), (2,), "", "", ("party-list",)),
        ScheduledRecount(
            2, "9007", TEC, ("party-list", "constituency"), (12,), "", "Semey, 5 Abai St."
        ),
    ),
)


def pdf_text(pdf: bytes, folder: Path) -> str:
    """The text pdftotext reads from the PDF (poppler: not our own reader)."""
    path = folder / "schedule.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ["қайта санаудың ашық кестесі", "Учаске", "көк (партиялық тізім)"]),
        ("ru", ["открытый график пересчётов", "Участок", "зелёный (округ)"]),
        ("en", ["public recount schedule", "Precinct", "green (district)"]),
        ("kk+ru", ["ашық кестесі / Аудит с ограничением риска", "Начальное число"]),
    ],
)
def test_the_schedule_in_each_language(lang: str, words: list[str], tmp_path: Path) -> None:
    text = pdf_text(render_recount_schedule(SCHEDULE, lang), tmp_path)
    tokens = text.split()
    for recount in SCHEDULE.recounts:
        assert recount.precinct in tokens, (lang, recount.precinct)
    for word in words:
        assert word in " ".join(tokens), (lang, word)
    assert "08772473296991897540/ALL" in tokens
    assert "4 March 10:00" in " ".join(tokens) and "Semey, 5 Abai St." in " ".join(tokens)
    assert TEC.get(lang if lang != "kk+ru" else "kk").split()[0] in text


def test_an_empty_schedule_says_nothing_was_drawn(tmp_path: Path) -> None:
    empty = RecountSchedule(SCHEDULE.election, "", "", (), "ab" * 32, 1, ())
    text = pdf_text(render_recount_schedule(empty, "ru"), tmp_path)
    assert "Ни один участок ещё не выбран." in " ".join(text.split())


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        render_recount_schedule(SCHEDULE, "fr")


def test_a_language_added_by_a_file_prints_the_schedule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tallyapp.translations import ENVIRONMENT

    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "forms-de.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
        'msgctxt "recount-schedule"\nmsgid "title"\n'
        'msgstr "Risikobegrenzende Prüfung: öffentlicher Nachzählungsplan"\n\n'
        'msgctxt "recount-schedule"\nmsgid "bags_at"\nmsgstr "Säcke bei {tec}"\n',
        "utf-8",
    )
    monkeypatch.setenv(ENVIRONMENT, str(folder))
    text = " ".join(pdf_text(render_recount_schedule(SCHEDULE, "de"), tmp_path).split())
    assert "öffentlicher Nachzählungsplan" in text
    assert "Säcke bei Abai district TEC" in text  # the commission's name: English stands in
    assert "Precinct" in text  # not translated yet: English
