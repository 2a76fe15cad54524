"""The audit walked at the command line on a copy of the national demo: plan, freeze, seed,
draw, recount, status, report and bundle, and the bundle verified by its own verify.py."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.bundles import rewritten
from tests.command_line import run

SEED = "08772473296991897540"


def test_plan_lists_every_assertion_with_exact_margins(
    audit_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "rla", "plan", "--db", audit_db, "--json", "--risk-limit", "5%")
    assert code == 0
    plan = json.loads(out)
    assert [c["contest"] for c in plan["contests"]] == [
        "PL",
        *(f"SMD-{n:02d}" for n in range(1, 30)),
    ]
    pl = plan["contests"][0]
    assert pl["outcome"] == "AMANAT 40, AUYL 8, RESPUBLICA 6, QHP 5, AQJOL 6, JSDP 4"
    assert len(pl["assertions"]) == 37
    first = pl["assertions"][0]
    assert (first["kind"], first["subject"], first["other"]) == (
        "HAMILTON_PAIR",
        "AMANAT",
        "RESPUBLICA",
    )
    assert first["margin_votes"] == "651279/23" and abs(first["flips"] - 14_158) <= 1
    assert first["draws"] == 1022
    jsdp = next(a for a in pl["assertions"] if a["id"] == "PL:THRESHOLD_PASS:JSDP")
    assert jsdp["flips"] == 12_736 and jsdp["u"] == "10"
    seventh = plan["contests"][7]["assertions"][0]
    assert seventh["margin_votes"] == str(19_851 - 17_319)
    assert plan["first_round_draws"] > 1022


def test_freeze_is_refused_while_a_protocol_is_not_accepted(
    audit_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = audit_db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE protocol SET state = 'transmitted' WHERE id = (SELECT MIN(id) FROM protocol)"
        )
    code, _, err = run(
        capsys, "rla", "manifest", "--db", audit_db, "--out", str(tmp_path / "m.csv")
    )
    assert code == 2
    assert "cannot be frozen: 1 protocol not accepted" in err
    assert not (tmp_path / "m.csv").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM rla_record").fetchone() == (0,)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _recount_file(rows: list[dict[str, str]], precinct: str, contest: str, path: Path) -> Path:
    row = next(r for r in rows if r["precinct"] == precinct and r["contest"] == contest)
    if contest == "PL":
        head = list(rows[0])
        parties = head[head.index("bound_ballots") + 1 : head.index("candidates")]
        votes = {p: int(row[p]) for p in parties}
    else:
        votes = {c: int(n) for c, n in (i.split("=") for i in row["candidates"].split(";"))}
    sheet = {
        "votes": votes,
        "against_all": int(row["against_all"]),
        "invalid": int(row["invalid"]),
        "ballots": int(row["ballots"]),
        "seals": "A-1/A-2",
    }
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return path


def test_the_whole_audit_at_the_command_line(
    audit_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", audit_db)
    manifest = tmp_path / "manifest.csv"
    code, out, _ = run(
        capsys, "rla", "manifest", *db, "--out", str(manifest), "--unauditable", "1001=abroad"
    )
    assert code == 0 and "unauditable: 1001 (abroad)" in out
    rows = _rows(manifest.read_text(encoding="utf-8"))
    codes = list(dict.fromkeys(r["precinct"] for r in rows))
    assert codes == sorted(codes, key=str.encode) and len(codes) == 10_223
    assert next(r for r in rows if r["precinct"] == "1001")["weight"] == "0"
    # frozen once: a second call writes the same manifest
    run(capsys, "rla", "manifest", *db, "--out", str(tmp_path / "again.csv"))
    assert (tmp_path / "again.csv").read_bytes() == manifest.read_bytes()

    code, _, err = run(capsys, "rla", "seed", *db, "--digits", SEED, "--again", SEED[:-1] + "1")
    assert code == 2 and "differ" in err
    assert (
        run(capsys, "rla", "seed", *db, "--digits", SEED, "--again", SEED, "--place", "Astana")[0]
        == 0
    )
    code, _, err = run(capsys, "rla", "draw", *db, "--seed", "1" * 20)
    assert code == 2 and "not the seed recorded" in err

    code, out, _ = run(
        capsys, "rla", "draw", *db, "--seed", SEED, "--round", "1", "--count", "40", "--json"
    )
    assert code == 0
    drawn = json.loads(out)
    assert drawn["stream"] == f"{SEED}/ALL"
    weights = {r["precinct"]: int(r["weight"]) for r in rows}
    assert drawn["total_weight"] == sum(weights.values())
    cumulative, running = [], 0
    for c in codes:
        running += weights[c]
        cumulative.append(running)
    for d in drawn["draws"]:
        digest = hashlib.sha256(f"{SEED}/ALL,{d['k']}".encode()).hexdigest()
        r = int(digest, 16) % drawn["total_weight"]
        assert (d["sha256"], d["r"]) == (digest, r)
        assert d["precinct"] == codes[next(i for i, c in enumerate(cumulative) if c > r)]

    def recount(precinct: str, sheet: Path) -> tuple[int, str, str]:
        args = ("--precinct", precinct, "--ballot", "party-list", str(sheet))
        return run(capsys, "rla", "recount", *db, *args)

    first = drawn["draws"][0]["precinct"]
    sheet = _recount_file(rows, first, "PL", tmp_path / "pl.json")
    code, out, _ = recount(first, sheet)
    assert code == 0 and "recorded" in out
    code, _, err = recount(first, sheet)
    assert code == 2 and "already recorded" in err
    undrawn = next(c for c in codes if c not in {d["precinct"] for d in drawn["draws"]})
    code, _, err = recount(undrawn, sheet)
    assert code == 2 and "was not drawn" in err
    second = drawn["draws"][1]["precinct"]
    differing = json.loads(_recount_file(rows, second, "PL", tmp_path / "p2.json").read_text())
    twice = {"first": differing, "second": differing | {"invalid": differing["invalid"] + 1}}
    (tmp_path / "twice.json").write_text(json.dumps(twice))
    code, _, err = recount(second, tmp_path / "twice.json")
    assert code == 2 and "two keyings" in err
    moved = differing | {
        "votes": differing["votes"]
        | {
            "AMANAT": differing["votes"]["AMANAT"] - 2,
            "RESPUBLICA": differing["votes"]["RESPUBLICA"] + 2,
        }
    }
    (tmp_path / "moved.json").write_text(json.dumps(moved))
    assert recount(second, tmp_path / "moved.json")[0] == 0

    code, out, _ = run(capsys, "rla", "status", *db, "--json")
    status = json.loads(out)
    assert status["rounds"] == 1 and status["draws"] == 40
    by_contest = {c["contest"]: c for c in status["contests"]}
    assert by_contest["PL"]["status"] == "continue"  # recounts outstanding
    # A district none of whose precincts were among the 40 draws has finished its round.
    assert {c["status"] for c in status["contests"]} == {"continue", "next-round"}
    assert all(c["next_round_draws"] > 0 for c in status["contests"] if c["status"] == "next-round")

    code, _, err = run(capsys, "rla", "draw", *db, "--seed", SEED, "--count", "5")
    assert code == 2 and "The round is not finished" in err

    bundle, report = tmp_path / "bundle.zip", tmp_path / "report.pdf"
    code, _, _ = run(
        capsys, "rla", "report", *db, "--out", str(report), "--bundle", str(bundle), "--lang", "kk"
    )
    assert code == 0 and report.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(bundle) as z:
        names = set(z.namelist())
        assert {
            "manifest.csv",
            "assertions.json",
            "seed.json",
            "draws.csv",
            "recounts.csv",
            "risk.csv",
            "verify.py",
            "report.pdf",
            "SHA256SUMS",
        } <= names
    # verify.py runs on its own, with the standard library only
    done = subprocess.run(
        [sys.executable, "-I", "-S", "verify.py", str(bundle)],
        cwd=_extract(bundle, tmp_path / "x", "verify.py"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("VERIFIED"), done.stdout

    # One recount line changed (and SHA256SUMS made to match it): the recomputed P differs.
    forged = rewritten(
        bundle,
        tmp_path / "forged.zip",
        "recounts.csv",
        lambda t: t.replace(
            f"AMANAT={moved['votes']['AMANAT']}", f"AMANAT={moved['votes']['AMANAT'] + 2}"
        ),
    )
    code, out, _ = run(capsys, "rla", "verify", str(forged))
    assert code == 1 and "NOT VERIFIED" in out and "PL:HAMILTON_PAIR:AMANAT:RESPUBLICA: P" in out
    # A weight changed in the manifest: the manifest is no longer the one frozen.
    forged = rewritten(
        bundle,
        tmp_path / "forged2.zip",
        "draws.csv",
        lambda t: t.replace(f",{first},", ",1001,", 1),
    )
    code, out, _ = run(capsys, "rla", "verify", str(forged))
    assert code == 1 and "draw 1: published 1001" in out


def _extract(bundle: Path, folder: Path, name: str) -> Path:
    folder.mkdir()
    with zipfile.ZipFile(bundle) as z:
        z.extract(name, folder)
    return folder
