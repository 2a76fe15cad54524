"""Chain heads anchored outside the database: a signed checkpoint, published, against which
`tallyapp audit --against FILE` finds a record cut back or rewritten after it, even when
the cut leaves a record consistent in itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.services.enrolment import PRACTICE_PASSPHRASE, practice_keys_dir
from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tallyapp.storage.audit_chain import CONTENT, entry_hash
from tests.sessions import member_of
from tests.storage.test_tamper import _sql, _without_triggers


@pytest.fixture
def published(initialised_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A PIN set (its own transaction, sealed), then a checkpoint signed by the CEC chair."""
    engine = open_engine(initialised_url)
    chair = roster_of(engine, "PEC-101").chair
    cec = roster_of(engine, "CEC").chair
    assert chair is not None and cec is not None
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", chair.iin, "4821")
    engine.dispose()
    (tmp_path / "pass.txt").write_bytes(PRACTICE_PASSPHRASE)
    out = tmp_path / "checkpoint.json"
    key = practice_keys_dir() / f"CEC-IIN{cec.iin}.p12"
    command = ["checkpoint", "--db", initialised_url, "--out", str(out), "--key", str(key)]
    assert main([*command, "--passphrase-file", str(tmp_path / "pass.txt")]) == 0
    assert "signed for CEC" in capsys.readouterr().out
    checkpoint = json.loads(out.read_text("utf-8"))
    assert checkpoint["chains"] and checkpoint["signature"]["signer"] == f"IIN{cec.iin}"
    return out


def test_the_record_holds_what_its_checkpoint_saw(
    initialised_url: str, published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["audit", "--db", initialised_url, "--against", str(published), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report["broken"]


def test_the_last_transaction_cut_off_whole_is_found_only_against_the_checkpoint(
    initialised_url: str, published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The PIN's transaction removed whole: its entries, its seal, the PIN itself."""
    _without_triggers(
        initialised_url,
        "audit_log",
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE protocol_id IS NULL "
        "ORDER BY id DESC LIMIT 2)",
    )
    _without_triggers(
        initialised_url,
        "entry_seal",
        "DELETE FROM entry_seal WHERE id = (SELECT max(id) FROM entry_seal)",
    )
    _sql(initialised_url, "UPDATE roster_member SET pin_hash = NULL")
    assert main(["audit", "--db", initialised_url]) == 0  # consistent in itself
    capsys.readouterr()
    code = main(["audit", "--db", initialised_url, "--against", str(published), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    [cut] = report["broken"]
    assert cut["code"] == "audit.checkpoint-cut"
    assert cut["params"]["chain"] == "election:kz-majilis-2023"
    assert "it was cut" in cut["message"]


def test_history_rewritten_after_the_checkpoint_is_found(
    initialised_url: str, published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.orm import Session

    from tallyapp.storage.tables import AuditRow

    _without_triggers(initialised_url, "audit_log", "SELECT 1")
    engine = open_engine(initialised_url)
    with Session(engine) as s, s.begin():
        previous = ""
        for row in s.query(AuditRow).filter(AuditRow.protocol_id.is_(None)).order_by(AuditRow.id):
            if row.action == "set-pin":
                row.detail = row.detail.replace("PEC-101", "PEC-102")
            row.previous_hash = previous
            row.entry_hash = entry_hash(previous, {k: getattr(row, k) for k in CONTENT})
            previous = row.entry_hash
    engine.dispose()
    code = main(["audit", "--db", initialised_url, "--against", str(published), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    codes = {b["code"] for b in report["broken"]}
    assert "audit.checkpoint-rewritten" in codes
