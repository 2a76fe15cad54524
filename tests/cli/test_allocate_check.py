"""The stable CLI: `tallyapp allocate`, `tallyapp check`, `tallyapp --version`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tallyapp import __version__
from tallyapp.cli import main
from tests.conftest import blue_json

REQUEST_2023 = {
    "seats": 69,
    "threshold_percent": 5,
    "against_all": 248291,
    "parties": [
        {"code": "AMANAT", "votes": 3431510, "registration_order": 1},
        {"code": "AUYL", "votes": 693938, "registration_order": 2},
        {"code": "RESPUBLICA", "votes": 547154, "registration_order": 7},
        {"code": "QHP", "votes": 432920, "registration_order": 4},
        {"code": "BAYTAQ", "votes": 146431, "registration_order": 6},
        {"code": "AQJOL", "votes": 535139, "registration_order": 3},
        {"code": "JSDP", "votes": 331058, "registration_order": 5},
    ],
}
REQUEST_2021 = {
    "seats": 98,
    "threshold_percent": 7,
    "parties": [
        {"code": "NUR_OTAN", "votes": 5148074},
        {"code": "AKZHOL", "votes": 792828},
        {"code": "QHP", "votes": 659019},
        {"code": "AUYL", "votes": 383023},
        {"code": "ADAL", "votes": 258618},
    ],
}


def _write(tmp_path: Path, data: Any, name: str = "in.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


def test_allocate_json_2023(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allocate", _write(tmp_path, REQUEST_2023), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["seats"] == {
        "AMANAT": 40,
        "AUYL": 8,
        "RESPUBLICA": 6,
        "QHP": 5,
        "BAYTAQ": 0,
        "AQJOL": 6,
        "JSDP": 4,
    }
    assert out["passed"] == ["AMANAT", "AUYL", "RESPUBLICA", "QHP", "AQJOL", "JSDP"]
    assert out["quota"] == pytest.approx(5971719 / 69)
    assert out["threshold_votes"] == 318323


def test_allocate_2021_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allocate", _write(tmp_path, REQUEST_2021)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert lines["NUR_OTAN"][6] == "76" and lines["AKZHOL"][6] == "12" and lines["QHP"][6] == "10"
    assert lines["ADAL"][6] == "0"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("seats"), "seats: missing field"),
        (
            lambda d: d["parties"][1].__setitem__("votes", -5),
            "parties[1].votes: expected a whole number from 0 to 1,000,000,000, found -5",
        ),
        (
            lambda d: d.__setitem__("seats", 0),
            "seats: expected a whole number from 1 to 1,000,000,000, found 0",
        ),
        (
            lambda d: d.__setitem__("threshold_percent", 150),
            "threshold_percent: expected 0–100, found 150",
        ),
        (
            lambda d: d["parties"][2].__setitem__("code", "AMANAT"),
            "parties[2].code: duplicate party code 'AMANAT'",
        ),
        (lambda d: d["parties"][0].pop("votes"), "parties[0].votes: missing field"),
    ],
)
def test_allocate_invalid_input_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    data = json.loads(json.dumps(REQUEST_2023))
    change(data)
    assert main(["allocate", _write(tmp_path, data)]) == 2
    assert message in capsys.readouterr().err


def test_allocate_unreadable_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allocate", _write(tmp_path, '{"seats": 69,')]) == 2
    assert "line 1, column 14: not valid JSON" in capsys.readouterr().err
    assert main(["allocate", str(tmp_path / "nowhere.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_check_passing_protocol(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", _write(tmp_path, blue_json())]) == 0
    out = capsys.readouterr().out
    assert "[OK] C2" in out and "All control relations hold." in out


def test_check_failing_protocol_explains_with_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = blue_json()
    data["fields"]["ballots_received"] = 1510
    assert main(["check", _write(tmp_path, data)]) == 1
    out = capsys.readouterr().out
    assert (
        "[FAIL] C2 Ballots received = issued + cancelled: line 2 = line 3 + line 5 — "
        "1510 ≠ (900 + 600 = 1500), differs by 10"
    ) in out
    assert "cannot be finalised" in out


def test_check_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = blue_json()
    data["fields"]["voters_on_list"] = 940
    assert main(["check", _write(tmp_path, data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hard_relations_hold"] is True
    assert out["warnings"] == ["P1"]
    p1 = next(v for v in out["verdicts"] if v["id"] == "P1")
    assert (
        p1["left"] == 900 and p1["right"] == 940 and p1["percent"] == pytest.approx(95.7447, 1e-4)
    )


def test_check_green_protocol(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {
        "election": "kz-majilis-2023",
        "ballot": "constituency",
        "precinct": "7",
        "district": 4,
        "fields": {
            "voters_on_list": 1000,
            "ballots_received": 1000,
            "ballots_issued": 400,
            "issued_outside": 0,
            "ballots_cancelled": 600,
            "ballots_in_boxes": 400,
            "invalid": 5,
        },
        "votes": {"D04-1": 200, "D04-2": 150, "other": 40},
        "against_all": 5,
    }
    assert main(["check", _write(tmp_path, data), "--lang", "kk"]) == 0
    assert "Жәшіктердегі бюллетеньдер" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d.__setitem__("election", "kz-majilis-1999"),
            "election: expected the id of an election (kz-majilis-2021, kz-majilis-2023), "
            "found 'kz-majilis-1999'",
        ),
        (
            lambda d: d.__setitem__("ballot", "red"),
            "ballot: expected 'party-list' or 'constituency'",
        ),
        (lambda d: d["fields"].pop("invalid"), "fields.invalid: missing field"),
        (lambda d: d["fields"].__setitem__("spoilt", 3), "fields.spoilt: unknown field"),
        (
            lambda d: d["fields"].__setitem__("invalid", "ten"),
            "fields.invalid: expected a whole number, found 'ten'",
        ),
        (lambda d: d["votes"].pop("JSDP"), "votes.JSDP: missing vote line"),
        (lambda d: d["votes"].__setitem__("NOPE", 1), "votes.NOPE: unknown choice"),
        (lambda d: d.pop("against_all"), "against_all: missing field"),
    ],
)
def test_check_invalid_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    data = blue_json()
    change(data)
    path = _write(tmp_path, data)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert message in err and path in err


def test_version_from_the_installed_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tallyapp", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"tallyapp {__version__}"
