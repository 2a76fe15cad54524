"""The tamper-evident record: plain SQL edits of heads, figures and the audit log, even with
the append-only triggers out of the way, are found by `tallyapp audit`, and nothing whose
record is broken is signed or exported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.services.audit import audit_database
from tallyapp.services.entry import EntryService
from tallyapp.services.pdf_export import export_protocol
from tallyapp.storage.database import make_engine
from tests.services.test_entry import SIGNING, _good_values
from tests.sessions import member_of


@pytest.fixture
def finalised(initialised_url: str) -> str:
    """Two finalised protocols and one draft, keyed as a secretary would."""
    engine = make_engine(initialised_url)
    service = EntryService(engine, member_of(engine, "ABAI-01"))  # their territorial commission
    for number in ("1", "2"):
        service.finalise(service.open(number, BallotKind.PARTY_LIST), _good_values(), SIGNING)
    service.save(service.open("3", BallotKind.PARTY_LIST), _good_values())
    engine.dispose()
    return initialised_url


def _sql(url: str, *statements: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def _without_triggers(url: str, table: str, statement: str) -> None:
    """What an attacker with the database file or a superuser does: the triggers go first."""
    if url.startswith("sqlite"):
        _sql(
            url,
            f"DROP TRIGGER IF EXISTS {table}_no_update",
            f"DROP TRIGGER IF EXISTS {table}_no_delete",
            statement,
        )
    else:
        _sql(url, f"ALTER TABLE {table} DISABLE TRIGGER ALL", statement)


def _audit(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["audit", "--db", url, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_record_is_intact(finalised: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _audit(finalised, capsys)
    assert code == 0 and report["intact"]
    assert report["protocols"] == 3 and report["versions"] == 3 and report["broken"] == []


def test_a_head_moved_by_plain_sql_is_found(
    finalised: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(finalised, "UPDATE protocol SET state = 'draft' WHERE state = 'finalised'")
    code, report = _audit(finalised, capsys)
    assert code == 1
    found = [b for b in report["broken"] if b["code"] == "audit.head-differs"]
    assert sorted(b["params"]["precinct"] for b in found) == ["1", "2"]
    assert "its recorded events say finalised" in found[0]["message"]


def test_rewritten_figures_are_found(finalised: str, capsys: pytest.CaptureFixture[str]) -> None:
    _without_triggers(
        finalised,
        "protocol_line",
        "UPDATE protocol_line SET value = value + 300 WHERE key = 'vote:AMANAT'",
    )
    code, report = _audit(finalised, capsys)
    assert code == 1
    assert {b["code"] for b in report["broken"]} == {"audit.figures-altered"}
    assert len(report["broken"]) == 3  # every version whose lines were rewritten


@pytest.mark.parametrize(
    ("statement", "found"),
    [
        (
            "UPDATE audit_log SET detail = replace(detail, 'Nurlan Omarov', 'Somebody Else')",
            "audit.entry-altered",
        ),
        (  # the first save of precinct 1: the middle of its chain
            "DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log "
            "WHERE action = 'save-version')",
            "audit.entry-altered",
        ),
        (  # the signing of precinct 1: the end of its chain
            "DELETE FROM audit_log WHERE id = "
            "(SELECT min(id) FROM audit_log WHERE action = 'sign')",
            "audit.chain-cut",
        ),
    ],
    ids=["rewritten", "removed from the middle", "removed from the end"],
)
def test_a_rewritten_or_removed_audit_entry_is_found(
    finalised: str, capsys: pytest.CaptureFixture[str], statement: str, found: str
) -> None:
    _without_triggers(finalised, "audit_log", statement)
    code, report = _audit(finalised, capsys)
    assert code == 1
    assert found in {b["code"] for b in report["broken"]}
    assert all(b["params"].get("precinct", "1") == "1" for b in report["broken"])


def test_nothing_is_signed_over_a_broken_record(
    finalised: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _without_triggers(
        finalised, "protocol_line", "UPDATE protocol_line SET value = 1 WHERE key = 'invalid'"
    )
    engine = make_engine(finalised)
    with pytest.raises(TallyError) as refused:
        export_protocol(engine, "1", BallotKind.PARTY_LIST)
    # The publication guard refuses first: the record does not audit (issue 26).
    assert refused.value.code == "publication.record-broken"
    engine.dispose()
    out = tmp_path / "1.pdf"
    assert main(["export-pdf", "--db", finalised, "--commission", "1", "--out", str(out)]) == 1
    assert "the record does not audit" in capsys.readouterr().err
    assert not out.exists()
    assert not audit_database(make_engine(finalised)).intact
