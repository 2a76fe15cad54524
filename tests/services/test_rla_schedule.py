"""The public recount schedule from the command line on the national demo: every precinct of
the draw is in it, in each language, with its ballots, the territorial commission keeping its
bags, and the time and place the commission announced; bad announcements are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.domain.errors import TallyError
from tallyapp.services.rla.schedule import read_places
from tests.command_line import run
from tests.reports.test_rla_schedule import pdf_text

SEED = "08772473296991897540"


def test_every_drawn_precinct_is_on_the_schedule(
    audit_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", audit_db)
    out = tmp_path / "schedule.pdf"
    # Before the draw there is nothing to schedule, and the PDF says so.
    assert run(capsys, "rla", "manifest", *db, "--out", str(tmp_path / "m.csv"))[0] == 0
    assert run(capsys, "rla", "schedule", *db, "--out", str(out), "--lang", "en")[0] == 0
    assert "No precinct has been drawn yet." in " ".join(
        pdf_text(out.read_bytes(), tmp_path).split()
    )

    assert run(capsys, "rla", "seed", *db, "--digits", SEED, "--again", SEED)[0] == 0
    code, printed, _ = run(capsys, "rla", "draw", *db, "--seed", SEED, "--count", "6", "--json")
    assert code == 0
    draws = json.loads(printed)["draws"]
    drawn = list(dict.fromkeys(d["precinct"] for d in draws))
    first = drawn[0]
    places = tmp_path / "places.csv"
    places.write_text(f"precinct,when,place\n{first},2026-12-05 10:00,Hall 2\n", encoding="utf-8")

    texts = {}
    for lang in ("kk", "ru", "en", "kk+ru"):
        args = ("rla", "schedule", *db, "--out", str(out), "--lang", lang, "--places", str(places))
        code, _, err = run(capsys, *args)
        assert code == 0, err
        texts[lang] = pdf_text(out.read_bytes(), tmp_path)
        tokens = texts[lang].split()
        rows = [line.split() for line in texts[lang].splitlines()]
        # Each drawn precinct once, in the precinct column of a row of round 1.
        assert sorted(r[1] for r in rows if r[:1] == ["1"] and len(r) > 1) == sorted(drawn)
        assert f"{SEED}/ALL" in tokens
        joined = " ".join(tokens)
        assert "2026-12-05 10:00" in joined and "Hall 2" in joined, joined
    assert "Учаске" in texts["kk"] and "Участок" in texts["ru"] and "Precinct" in texts["en"]
    assert "Учаске / Участок" in " ".join(texts["kk+ru"].split()) or (
        "Учаске" in texts["kk+ru"] and "Участок" in texts["kk+ru"]
    )
    # The territorial commission keeping each drawn precinct's bags is named.
    assert texts["en"].count("bags kept at") == len(drawn)

    # Only the precincts a round drew; a round never drawn is refused.
    code, _, err = run(capsys, "rla", "schedule", *db, "--out", str(out), "--round", "2")
    assert code == 2 and "round 2" in err
    # An announcement for a precinct not drawn is refused, naming it; nothing is written.
    out.unlink()
    places.write_text("precinct,when\n999999,tomorrow\n", encoding="utf-8")
    args = ("rla", "schedule", *db, "--out", str(out), "--places", str(places))
    code, _, err = run(capsys, *args)
    assert code == 2 and "999999" in err and not out.exists()


def test_announcements_are_read_or_refused_with_a_reason() -> None:
    text = "\ufeffprecinct,when,place\n101,5 Dec 10:00,School 4\n\n102,6 Dec 09:00\n"
    assert read_places(text, "a.csv") == {
        "101": ("5 Dec 10:00", "School 4"),
        "102": ("6 Dec 09:00", ""),
    }
    for bad, code in (
        ("where,when\n101,x\n", "rla.schedule-columns"),
        ("", "rla.schedule-columns"),
        ("precinct,when\n,5 Dec\n", "rla.schedule-line"),
        ("precinct,when\n101,a\n101,b\n", "rla.schedule-twice"),
    ):
        with pytest.raises(TallyError) as refused:
            read_places(bad, "a.csv")
        assert refused.value.code == code
