"""Hostile input to the command line: every case ends with its documented exit code and a
sentence naming the problem, never a traceback (0 ok, 1 a relation fails, 2 bad input,
70 an internal error, logged)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tallyapp.cli import main
from tests.cli.test_allocate_check import REQUEST_2023
from tests.conftest import blue_json

DOCUMENTED = {0, 1, 2}


def _run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, text: str
) -> tuple[int, str]:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    code = main([command, str(path)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE = [
    ("check", _deep(100_000), "nested more than 64 deep"),
    ("allocate", _deep(100_000), "nested more than 64 deep"),
    ("check", json.dumps(blue_json())[:-1] + ', "x": ' + "9" * 5000 + "}", "number too long"),
    ("allocate", json.dumps({**REQUEST_2023, "seats": 10**400}), "number too long"),
    (
        "allocate",
        json.dumps(REQUEST_2023).replace('"threshold_percent": 5', '"threshold_percent": NaN'),
        "NaN or Infinity",
    ),
    (
        "allocate",
        json.dumps(REQUEST_2023).replace('"threshold_percent": 5', '"threshold_percent": 1e400'),
        "infinite",
    ),
    ("allocate", json.dumps({**REQUEST_2023, "seats": 10**12}), "from 1 to 1,000,000,000"),
    (
        "check",
        json.dumps({**blue_json(), "election": "x" * 5000}),
        "expected the id of an election",
    ),
    ("check", json.dumps({**blue_json(), "election": "/etc/passwd"}), "found '/etc/passwd'"),
    (
        "check",
        json.dumps(blue_json()).replace('"precinct": "101"', '"precinct": "\\ud800"'),
        "not valid Unicode",
    ),
    (
        "check",
        json.dumps(blue_json()).replace('"invalid": 10', '"invalid": 4.0'),
        "expected a whole number, found 4.0",
    ),
    (
        "check",
        json.dumps(blue_json()).replace('"invalid": 10', '"invalid": 10000000000'),
        "from -1,000,000,000 to 1,000,000,000",
    ),
]


@pytest.mark.parametrize(("command", "text", "said"), HOSTILE, ids=[h[2] for h in HOSTILE])
def test_hostile_input_is_refused_with_its_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, text: str, said: str
) -> None:
    code, err = _run(capsys, tmp_path, command, text)
    assert code == 2
    assert said in err, err


def test_check_reads_no_file_named_by_the_protocol_but_takes_a_definition(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tallyapp.resources import resource_path

    definition = resource_path("elections", "kz-majilis-2023.json")
    copy = tmp_path / "my-election.json"
    copy.write_bytes(definition.read_bytes())
    protocol = tmp_path / "p.json"
    protocol.write_text(json.dumps(blue_json()), encoding="utf-8")
    assert main(["check", str(protocol), "--definition", str(copy)]) == 0
    assert "All control relations hold" in capsys.readouterr().out
    protocol.write_text(json.dumps({**blue_json(), "election": str(copy)}), encoding="utf-8")
    assert main(["check", str(protocol)]) == 2
    assert "expected the id of an election" in capsys.readouterr().err


def test_db_takes_a_plain_path_and_reading_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "tally.sqlite3"
    assert main(["results", "--db", str(missing)]) == 2
    assert "run `tallyapp init` first" in capsys.readouterr().err
    assert not missing.parent.exists()
    made = tmp_path / "tally.sqlite3"
    assert main(["init", "--db", str(made)]) == 0
    assert main(["results", "--db", str(made), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["precincts"]["expected"] > 0


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    made = tmp_path / "tally.sqlite3"
    assert main(["init", "--db", str(made)]) == 0
    command = f"{sys.executable} -m tallyapp results --db {made} | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, cwd=os.getcwd()
    )
    assert result.stdout.startswith("Central Election Commission")
    assert result.stderr == ""
    assert result.returncode == 0


def test_an_internal_error_is_one_line_and_logged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tallyapp.services.whatif as whatif

    def broken(_data: Any, source: str = "") -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(whatif, "what_if", broken)
    monkeypatch.setenv("TALLYAPP_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "in.json"
    path.write_text(json.dumps(REQUEST_2023), encoding="utf-8")
    assert main(["allocate", str(path)]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (ZeroDivisionError)" in err
    log = (tmp_path / "logs" / "tallyapp.log").read_text("utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug" in log


# --- fuzzing: arbitrary JSON, often close to a real protocol ------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
ANY_JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=30,
)


@st.composite
def near_protocols(draw: st.DrawFn) -> dict[str, Any]:
    """A real protocol with a few of its values replaced by anything."""
    data: dict[str, Any] = blue_json()
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(["top", "fields", "votes"]))
        target = data if where == "top" or not isinstance(data[where], dict) else data[where]
        key = draw(st.sampled_from([*target.keys(), "extra"]))
        target[key] = draw(ANY_JSON)
    return data


@st.composite
def near_requests(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(REQUEST_2023))
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            data[draw(st.sampled_from([*data.keys(), "threshold_base", "invalid"]))] = draw(
                ANY_JSON
            )
        else:
            parties = data["parties"] if isinstance(data["parties"], list) else []
            party = draw(st.sampled_from(parties)) if parties else {}
            if not isinstance(party, dict):
                continue
            party[draw(st.sampled_from(["code", "votes", "registration_order"]))] = draw(ANY_JSON)
    return data


def _fuzz(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, data: Any) -> None:
    code, _err = _run(capsys, tmp_path, command, json.dumps(data))
    assert code in DOCUMENTED


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SLOW = settings(
    max_examples=4_000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.one_of(near_protocols(), ANY_JSON))
def test_fuzz_check(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Any) -> None:
    _fuzz(capsys, tmp_path, "check", data)


@FUZZ
@given(data=st.one_of(near_requests(), ANY_JSON))
def test_fuzz_allocate(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Any) -> None:
    _fuzz(capsys, tmp_path, "allocate", data)


@pytest.mark.slow
@SLOW
@given(data=st.one_of(near_protocols(), near_protocols(), ANY_JSON))
def test_fuzz_check_at_length(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Any
) -> None:
    _fuzz(capsys, tmp_path, "check", data)


@pytest.mark.slow
@SLOW
@given(data=st.one_of(near_requests(), near_requests(), ANY_JSON))
def test_fuzz_allocate_at_length(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Any
) -> None:
    _fuzz(capsys, tmp_path, "allocate", data)


def test_refusals_in_kazakh_and_russian(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = blue_json()
    del data["fields"]["invalid"]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(path), "--lang", "ru"]) == 2
    assert "fields.invalid: нет поля" in capsys.readouterr().err
    assert main(["check", str(path), "--lang", "kk"]) == 2
    assert "fields.invalid: жол жоқ" in capsys.readouterr().err
    monkeypatch.setenv("TALLYAPP_LANG", "ru")
    deep = tmp_path / "deep.json"
    deep.write_text(_deep(1000), encoding="utf-8")
    assert main(["allocate", str(deep)]) == 2
    assert "вложенность глубже 64 уровней" in capsys.readouterr().err
