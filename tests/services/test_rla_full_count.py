"""The full hand count: only a contest the audit sent to a full count takes it; it becomes the
protocol's new accepted version (provenance "full hand count"), results follow it, and the
reported version stays in the history."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import lines_of
from tallyapp.domain.rla.assertions import district_contest
from tallyapp.services.results import compute_results, results_to_json
from tallyapp.services.setup import open_engine
from tallyapp.storage.protocols import history, load_current
from tests.bundles import rewritten
from tests.command_line import run

SEED = "08772473296991897540"


def _party_votes(url: str) -> dict[str, int]:
    data = results_to_json(compute_results(open_engine(url), ballot=BallotKind.PARTY_LIST))
    return dict(data["votes"])


def test_a_full_count_changes_results_and_keeps_the_reported_version(
    audit_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", audit_db)
    assert run(capsys, "rla", "manifest", *db, "--out", str(tmp_path / "m.csv"))[0] == 0
    assert run(capsys, "rla", "seed", *db, "--digits", SEED, "--again", SEED)[0] == 0
    code, out, _ = run(capsys, "rla", "draw", *db, "--seed", SEED, "--count", "5", "--json")
    assert code == 0
    drawn = json.loads(out)["draws"][0]["precinct"]
    sheet = tmp_path / "some.json"

    # Before any escalation the party list is not open to a full count.
    sheet.write_text(json.dumps({"votes": {}, "ballots": 0}), encoding="utf-8")
    args = ("rla", "full-count", *db, "--precinct", drawn, "--ballot", "party-list")
    code, _, err = run(capsys, *args, str(sheet))
    assert code == 2 and "cannot take a full hand count" in err and "PL" in err

    # A missing bag sends the party list to a full count; the recount changes no result.
    before = _party_votes(audit_db)
    (tmp_path / "missing.json").write_text('{"missing": true}', encoding="utf-8")
    recount = ("rla", "recount", *db, "--precinct", drawn, "--ballot", "party-list")
    assert run(capsys, *recount, str(tmp_path / "missing.json"))[0] == 0
    code, out, _ = run(capsys, "rla", "status", *db, "--json")
    by_contest = {c["contest"]: c["status"] for c in json.loads(out)["contests"]}
    assert by_contest["PL"] == "full-count"
    assert _party_votes(audit_db) == before

    # The district of the same precinct was not escalated: refused, nothing stored.
    engine = open_engine(audit_db)
    with Session(engine) as s:
        eid = _election_id(s)
        district = load_current(s, eid, drawn, BallotKind.CONSTITUENCY)
        party = load_current(s, eid, drawn, BallotKind.PARTY_LIST)
    assert district is not None and party is not None
    d_lines = lines_of(district.protocol)
    d_sheet = {
        "votes": {k[5:]: v for k, v in d_lines.items() if k.startswith("vote:")},
        "against_all": d_lines["against_all"],
        "invalid": d_lines["invalid"],
        "ballots": d_lines["ballots_in_boxes"],
    }
    sheet.write_text(json.dumps(d_sheet), encoding="utf-8")
    code, _, err = run(
        capsys,
        "rla",
        "full-count",
        *db,
        "--precinct",
        drawn,
        "--ballot",
        "constituency",
        str(sheet),
    )
    assert code == 2 and "cannot take a full hand count" in err
    with Session(engine) as s:
        assert len(history(s, eid, drawn, BallotKind.CONSTITUENCY)) == 1

    # A missing bag cannot be a full count.
    code, _, err = run(capsys, *args, str(tmp_path / "missing.json"))
    assert code == 2 and "missing bag" in err

    # The hand count of the party list: 100 ballots found for Respublica, not Amanat.
    p_lines = lines_of(party.protocol)
    counted = {k[5:]: v for k, v in p_lines.items() if k.startswith("vote:")}
    counted["AMANAT"] -= 100
    counted["RESPUBLICA"] += 100
    p_sheet = {
        "votes": counted,
        "against_all": p_lines["against_all"],
        "invalid": p_lines["invalid"] + 1,
        "ballots": p_lines["ballots_in_boxes"] + 1,
        "team": "CEC counting team 1",
    }
    sheet.write_text(json.dumps(p_sheet), encoding="utf-8")
    code, out, err = run(capsys, *args, str(sheet))
    assert code == 0, err
    assert "stored as version 2" in out and "vote:AMANAT" in out

    after = _party_votes(audit_db)
    assert after["AMANAT"] == before["AMANAT"] - 100
    assert after["RESPUBLICA"] == before["RESPUBLICA"] + 100
    assert {k: v for k, v in after.items() if k not in ("AMANAT", "RESPUBLICA")} == {
        k: v for k, v in before.items() if k not in ("AMANAT", "RESPUBLICA")
    }
    with Session(engine) as s:
        versions = history(s, eid, drawn, BallotKind.PARTY_LIST)
    assert [v.provenance for v in versions] == [party.provenance, "full-hand-count"]
    assert party.provenance != "full-hand-count"
    assert [v.version_kind for v in versions] == ["original", "repeated"]
    assert versions[-1].state.value == "accepted"
    assert lines_of(versions[0].protocol) == p_lines  # the reported figures, kept
    assert lines_of(versions[1].protocol)["vote:AMANAT"] == p_lines["vote:AMANAT"] - 100
    assert "full hand count" in versions[1].reason

    # The tamper-evident record still checks, the new provenance included.
    code, out, err = run(capsys, "audit", *db)
    assert code == 0, out + err

    # The observers' bundle carries the full count, and its verify.py checks its figures.
    bundle = tmp_path / "bundle.zip"
    report = ("rla", "report", *db, "--out", str(tmp_path / "r.pdf"), "--bundle", str(bundle))
    assert run(capsys, *report)[0] == 0
    with zipfile.ZipFile(bundle) as z:
        full = z.read("full_counts.csv").decode()
        results = z.read("full_count_results.csv").decode()
        z.extract("verify.py", tmp_path / "x")
    [line] = [row for row in full.splitlines()[1:]]
    assert line.startswith(f"{drawn},PL,party-list,{p_sheet['ballots']},")
    assert f"AMANAT={counted['AMANAT']}" in line and line.endswith(",2,1")
    by_row = {row.split(",")[0]: row for row in results.splitlines()[1:]}
    assert set(by_row) == {c for c, s in by_contest.items() if s == "full-count"}
    pl = by_row["PL"]
    assert pl.startswith("PL,") and f"AMANAT={after['AMANAT']};" in pl
    alone = subprocess.run(
        [sys.executable, "-I", "-S", "verify.py", str(bundle)],
        cwd=tmp_path / "x",
        capture_output=True,
        text=True,
        check=False,
    )
    assert alone.returncode == 0 and alone.stdout.strip().endswith("VERIFIED"), alone.stdout
    # The report says how far the full count has gone.
    shown = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Full hand counts" in shown and f"AMANAT {after['AMANAT']}," in shown

    # One full-count line changed (SHA256SUMS made to match): the figures no longer add up.
    forged = rewritten(
        bundle,
        tmp_path / "forged.zip",
        "full_counts.csv",
        lambda t: t.replace(f"AMANAT={counted['AMANAT']}", f"AMANAT={counted['AMANAT'] + 50}"),
    )
    code, out, _ = run(capsys, "rla", "verify", str(forged))
    assert code == 1 and "NOT VERIFIED" in out and "PL: full count published" in out
    # A full count claimed for a district the audit never escalated.
    district_code = district_contest(district.protocol.district or 0)
    assert by_contest[district_code] != "full-count"
    forged = rewritten(
        bundle,
        tmp_path / "forged3.zip",
        "full_counts.csv",
        lambda t: t + t.splitlines()[1].replace(",PL,party-list,", f",{district_code},x,") + "\n",
    )
    code, out, _ = run(capsys, "rla", "verify", str(forged))
    assert code == 1 and f"contest {district_code} was not sent to one" in out


def _election_id(session: Session) -> str:
    from tallyapp.services.setup import election_of

    return election_of(session).id
