"""`check` against the register (`--db`), saying when it did not; and the core's words in
Kazakh and Russian: allocate and check print no English sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow, PrecinctRow
from tests.conftest import GOOD_FIELDS
from tests.databases import initialised_sqlite

# Two lower-case Latin words in a row: an English phrase (codes are capitals, numbers digits).
ENGLISH = re.compile(r"\b[a-z]{2,}\b[ ,:;]+\b[a-z]{2,}\b")


def _write(tmp_path: Path, data: Any, name: str) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    url = initialised_sqlite(tmp_path_factory.mktemp("register") / "r.sqlite3")
    engine = open_engine(url)
    with Session(engine) as s:
        codes = list(
            s.scalars(
                select(CandidateRow.code)
                .where(CandidateRow.district_number == 8)
                .order_by(CandidateRow.ballot_position)
            )
        )
        abroad = s.scalars(select(PrecinctRow.number).where(PrecinctRow.abroad)).first()
        home = s.scalars(
            select(PrecinctRow.district_number).where(PrecinctRow.number == "101")
        ).one()
    engine.dispose()
    assert home == 8 and abroad is not None
    return {"url": url, "codes": codes, "abroad": abroad}


def green(codes: list[str], precinct: str = "101", district: int = 8) -> dict[str, Any]:
    votes = dict.fromkeys(codes, 0)
    votes[codes[0]] = 870
    return {
        "election": "kz-majilis-2023",
        "ballot": "constituency",
        "precinct": precinct,
        "district": district,
        "fields": dict(GOOD_FIELDS),
        "votes": votes,
        "against_all": 20,
    }


def test_a_green_protocol_is_checked_against_the_register(
    register: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes, db = register["codes"], ["--db", register["url"]]
    good = _write(tmp_path, green(codes), "good.json")
    assert main(["check", good, *db]) == 0
    assert "checked against the register" in capsys.readouterr().out
    # Without --db the report says what it did not check.
    assert main(["check", good]) == 0
    assert "were not checked against a register (give --db)" in capsys.readouterr().out
    cases = [
        ({**green(codes), "precinct": "999999"}, "precinct '999999' is not in the register"),
        (green(codes, register["abroad"]), "is abroad: it has no green ballot"),
        (green(codes, district=9), "puts precinct 101 in district 8, found 9"),
        (
            {**green(codes), "votes": {**green(codes)["votes"], "X-99": 0}},
            "votes.X-99: unknown choice",
        ),
        (
            {
                **green(codes),
                "votes": {k: v for k, v in green(codes)["votes"].items() if k != codes[-1]},
            },
            f"votes.{codes[-1]}: missing vote line",
        ),
    ]
    for i, (data, words) in enumerate(cases):
        assert main(["check", _write(tmp_path, data, f"bad{i}.json"), *db]) == 2
        assert words in capsys.readouterr().err


def test_a_candidate_of_another_district_is_refused_even_without_the_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = green(["D08-1", "D01-1"])  # D01-1 stands in district 1, says the definition
    assert main(["check", _write(tmp_path, data, "other.json")]) == 2
    assert "this candidate stands in district 1, not in district 8" in capsys.readouterr().err


REQUEST = {
    "seats": 69,
    "threshold_percent": 5,
    "against_all": 248291,
    "two_party_minimum": 2,
    "parties": [
        {"code": "AMANAT", "votes": 3431510, "registration_order": 1},
        {"code": "AUYL", "votes": 693938, "registration_order": 2},
        {"code": "BAYTAQ", "votes": 146431, "registration_order": 6},
    ],
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_allocate_and_check_speak_the_language_asked_for(
    lang: str,
    register: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    requests = [
        REQUEST,
        {**REQUEST, "threshold_percent": 99},  # no party passes
        {**REQUEST, "seats": 2, "threshold_percent": 50},  # too few for the two-party minimum
        {**REQUEST, "seats": 5, "threshold_percent": 50},  # the minimum applied
    ]
    said = []
    for i, request in enumerate(requests):
        main(["allocate", _write(tmp_path, request, f"r{i}.json")])
        out = capsys.readouterr()
        said += [out.out, out.err]
    protocols = [green(register["codes"]), {**green(register["codes"]), "precinct": "999999"}]
    for i, data in enumerate(protocols):
        main(["check", _write(tmp_path, data, f"p{i}.json"), "--db", register["url"]])
        out = capsys.readouterr()
        said += [out.out, out.err]
        main(["check", _write(tmp_path, data, f"p{i}.json")])
        out = capsys.readouterr()
        said += [out.out, out.err]
    text = "\n".join(said).replace(str(tmp_path), "FILE").replace("--db", "")
    text = re.sub(r"tallyapp (allocate|check):", "PROGRAM:", text)  # the command's own name
    text = re.sub(r"FILE/[\w.]+: [\w.-]+:", "WHERE:", text)  # the file and its key, named as is
    assert text.count("\n") > 20
    english = [line for line in text.splitlines() if ENGLISH.search(line)]
    assert english == []
