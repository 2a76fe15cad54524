"""A version "received signed" counts only if the signed file it came in proves it.

The attacker writes to the database with the app's own functions (hash chains recomputed,
head moved, running totals fixed), as a PostgreSQL workstation role with only that role's
grants, or as whoever holds the SQLite file or owns the database. They have no signer's key,
so `tallyapp audit` re-verifies each received version from the bytes kept on receipt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.cli import main
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import Provenance
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import protocol_from_lines
from tallyapp.domain.protocol import FINGERPRINT_SCHEME, fingerprint
from tallyapp.domain.tabulation import tabulation
from tallyapp.reports.detached import RecordSigner, load_roots
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.enrolment import practice_authority_path
from tallyapp.services.entry import EntryService
from tallyapp.services.exchange import export_package, import_files
from tallyapp.services.keys import publish_revocations
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.audit_chain import CONTENT, chained, entry_hash, last_hash
from tallyapp.storage.tables import (
    AuditRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)
from tallyapp.storage.tallies import Move, Standing, apply_moves
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.databases import initialised_sqlite
from tests.services.test_authority_services import signing_for
from tests.services.test_trust_seals import as_workstation_role, audit_json
from tests.sessions import member_of

VOTES = {f"vote:{k}": v for k, v in GOOD_VOTES.items()}
SIGNED = {**GOOD_FIELDS, **VOTES, "vote:AMANAT": 192, "vote:AUYL": 408, "against_all": 20}
FORGED = {**SIGNED, "vote:AMANAT": 202, "vote:AUYL": 398}

PARTY_LIST = tabulation(BallotKind.PARTY_LIST)


def _figures(lines: dict[str, int]) -> dict[str, int | None]:
    return dict(lines)


@pytest.fixture
def received(initialised_url: str, tmp_path: Path) -> dict[str, Any]:
    """Precinct 101's protocol, AMANAT 192, signed by the PEC-101 chair and imported."""
    engine = open_engine(initialised_url)
    authority = make_authority()
    ca = tmp_path / "ca.pem"
    ca.write_bytes(authority_pem(authority))
    publish_revocations(tmp_path, authority)  # current: revocation fails closed
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    key = tmp_path / "chair.p12"
    key.write_bytes(personal_key(authority, chair.iin, *chair.name.split()[:2], b"pw"))
    # The precinct commission's own database, where the chair keyed and signed it.
    source = initialised_sqlite(tmp_path / "pec.sqlite3")
    pec_engine = open_engine(source)
    pec = EntryService(pec_engine, member_of(pec_engine, "PEC-101"))
    pec.finalise(
        pec.open("101", BallotKind.PARTY_LIST), _figures(SIGNED), signing_for(pec_engine, "101")
    )
    package = tmp_path / "ABAI-03.json"
    # The precinct chair's key signs the protocol, not the territorial commission's summary.
    signer = RecordSigner.from_pkcs12(key, b"pw")
    export_package(pec_engine, "ABAI-03", signer, package, summaries=False)
    pec_engine.dispose()
    data = json.loads(package.read_text("utf-8"))
    # Each record names the record it was made from: its protocol chain's newest hash.
    with Session(open_engine(source)) as s:
        assert data["protocols"][0]["record_head"] == _head_101(s).record_hash
    data["summaries"] = []  # the territorial commission's summary is its own chair's to sign
    package.write_text(json.dumps(data), "utf-8")
    [outcome] = import_files(engine, [package], load_roots([ca]))
    assert outcome.outcome == "accepted", outcome.reason
    engine.dispose()
    return {"url": initialised_url, "ca": ca, "chair": chair.label}


def _audit(url: str, ca: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    return audit_json(url, capsys, ca, practice_authority_path())


def _head_101(s: Session) -> ProtocolRow:
    return s.scalars(
        select(ProtocolRow)
        .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
        .where(col(PrecinctRow.number) == "101", col(ProtocolRow.ballot) == "party-list")
    ).one()


def forge_second_version(engine: Engine, signer: str) -> None:
    """INSERT a version 2 "received signed" from the PEC-101 chair with AMANAT 202, chain its
    events with the app's own functions, move the head to it, accepted, and fix the running
    totals: every step a workstation's grants allow (INSERT, and UPDATE of heads and totals)."""
    with Session(engine) as s, s.begin():
        head = _head_101(s)
        precinct = s.get(PrecinctRow, head.precinct_id)
        assert precinct is not None and head.id is not None
        protocol = protocol_from_lines(
            head.election_id,
            BallotKind.PARTY_LIST,
            "101",
            PARTY_LIST.district_of(precinct.district_number),
            FORGED,
        )
        digest = fingerprint(protocol, 2, "repeated")
        version = ProtocolVersionRow(
            protocol_id=head.id,
            number=2,
            kind="repeated",
            reason="recount",
            fingerprint=digest,
            created_by=signer,
            workstation="import:ABAI-03.json",
            provenance=Provenance.RECEIVED_SIGNED.value,
            commission="PEC-101",
            signer=signer,
        )
        s.add(version)
        s.flush()
        s.add_all(
            ProtocolLineRow(version_id=version.id, key=k, value=v)  # type: ignore[arg-type]
            for k, v in FORGED.items()
        )
        base = {
            "who": signer,
            "workstation": "import:ABAI-03.json",
            "election_id": head.election_id,
            "protocol_id": head.id,
            "version_number": 2,
        }
        saved = {
            "kind": "repeated",
            "reason": "recount",
            "fingerprint": digest,
            "scheme": FINGERPRINT_SCHEME,
            "precinct": "101",
            "ballot": "party-list",
            "provenance": Provenance.RECEIVED_SIGNED.value,
            "commission": "PEC-101",
        }
        moved = {"old": "draft", "new": "accepted", "note": "received"}
        chain = f"protocol:{head.id}"
        events = chained(
            [
                {**base, "action": "save-version", "detail": json.dumps(saved)},
                {**base, "action": "change-state", "detail": json.dumps(moved)},
            ],
            {chain: last_hash(s, chain)},
        )
        s.add_all(AuditRow(**e) for e in events)
        old = {
            line.key: line.value
            for line in s.scalars(
                select(ProtocolLineRow).where(
                    col(ProtocolLineRow.version_id) == head.current_version_id
                )
            )
        }
        s.execute(
            update(ProtocolRow)
            .where(col(ProtocolRow.id) == head.id)
            .values(
                current_version_id=version.id,
                state="accepted",
                lock_version=head.lock_version + 1,
                record_hash=events[-1]["entry_hash"],
            )
        )
        full = FORGED
        apply_moves(
            s.connection(),
            head.election_id,
            [
                Move(
                    precinct.tec_id,
                    "party-list",
                    Standing(State.ACCEPTED, "original", old),
                    Standing(State.ACCEPTED, "repeated", full),
                )
            ],
        )


def rewrite_signed_version(engine: Engine) -> None:
    """What the database's owner or the SQLite file's holder can do besides: rewrite version
    1's AMANAT line in place (triggers out of the way), its fingerprint, its chained event,
    every hash after it, and the running totals."""
    with Session(engine) as s, s.begin():
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            for table in ("protocol_line", "protocol_version", "audit_log"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
        else:
            for table in ("protocol_line", "protocol_version", "audit_log"):
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER ALL"))
        head = _head_101(s)
        precinct = s.get(PrecinctRow, head.precinct_id)
        assert precinct is not None and head.id is not None
        for key, value in FORGED.items():
            s.execute(
                update(ProtocolLineRow)
                .where(
                    col(ProtocolLineRow.version_id) == head.current_version_id,
                    col(ProtocolLineRow.key) == key,
                )
                .values(value=value)
            )
        protocol = protocol_from_lines(
            head.election_id,
            BallotKind.PARTY_LIST,
            "101",
            PARTY_LIST.district_of(precinct.district_number),
            FORGED,
        )
        digest = fingerprint(protocol, 1, "original")
        s.execute(
            update(ProtocolVersionRow)
            .where(col(ProtocolVersionRow.id) == head.current_version_id)
            .values(fingerprint=digest)
        )
        previous = ""
        for row in s.scalars(
            select(AuditRow)
            .where(col(AuditRow.chain) == f"protocol:{head.id}")
            .order_by(col(AuditRow.id))
        ):
            if row.action == "save-version":
                detail = json.loads(row.detail)
                detail["fingerprint"] = digest
                row.detail = json.dumps(detail)
            row.previous_hash = previous
            row.entry_hash = entry_hash(previous, {k: getattr(row, k) for k in CONTENT})
            previous = row.entry_hash
        s.flush()
        s.execute(
            update(ProtocolRow).where(col(ProtocolRow.id) == head.id).values(record_hash=previous)
        )
        apply_moves(
            conn,
            head.election_id,
            [
                Move(
                    precinct.tec_id,
                    "party-list",
                    Standing(State.ACCEPTED, "original", SIGNED),
                    Standing(State.ACCEPTED, "original", FORGED),
                )
            ],
        )


@pytest.fixture
def workstation_url(received: dict[str, Any]) -> Iterator[str]:
    with as_workstation_role(received["url"]) as url:
        yield url


def test_a_received_record_proven_by_its_file_is_intact(
    received: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _audit(received["url"], received["ca"], capsys)
    assert code == 0, report["broken"]
    assert report["received_versions"] == 1 and report["received_files"] == 1


def test_a_workstation_role_forging_a_received_version_is_reported(
    received: dict[str, Any], workstation_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(workstation_url)
    forge_second_version(engine, received["chair"])
    engine.dispose()
    assert main(["results", "--db", received["url"], "--commission", "ABAI-03"]) in (0, 1)
    capsys.readouterr()
    code, report = _audit(received["url"], received["ca"], capsys)
    assert code == 1
    found = {b["code"]: b for b in report["broken"]}
    assert sorted(found) == ["audit.protocol-unsealed", "audit.received-unproven"]
    unproven = found["audit.received-unproven"]
    assert (unproven["params"]["precinct"], unproven["params"]["version"]) == ("101", "2")
    assert "no signed file kept on receipt holds it" in unproven["message"]
    assert found["audit.protocol-unsealed"]["params"]["precinct"] == "101"
    # The plain report names it too, and says NOT INTACT.
    trust = ["--trust", str(received["ca"]), "--trust", str(practice_authority_path())]
    assert main(["audit", "--db", received["url"], *trust]) == 1
    out = capsys.readouterr().out
    assert "precinct 101" in out and "version 2" in out and "NOT INTACT" in out


def test_a_signed_version_rewritten_in_place_is_reported(
    received: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(received["url"])
    rewrite_signed_version(engine)
    engine.dispose()
    code, report = _audit(received["url"], received["ca"], capsys)
    assert code == 1
    broken = next(b for b in report["broken"] if b["code"] == "audit.received-differs")
    assert broken["params"]["precinct"] == "101" and broken["params"]["version"] == "1"
    # The line as the paper form names it, never its key.
    assert "vote:AMANAT" not in broken["message"] and "kind:" not in broken["message"]
    assert "8. Amanat: 202 ≠ 192; 9. Auyl" in broken["message"]
    for lang, word in (("kk", "учаскесі"), ("ru", "участок")):
        said = _differs_in(received, lang, capsys)
        assert word in said and "8. " in said and ": 202 ≠ 192" in said and "vote:" not in said


def _differs_in(received: dict[str, Any], lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The audit's sentence on the rewritten version, in `lang`."""
    capsys.readouterr()
    trust = ["--trust", str(received["ca"]), "--trust", str(practice_authority_path())]
    assert main(["audit", "--db", received["url"], *trust, "--json", "--lang", lang]) == 1
    report = json.loads(capsys.readouterr().out)
    return str(
        next(b for b in report["broken"] if b["code"] == "audit.received-differs")["message"]
    )


def test_a_signed_version_relabelled_in_place_names_its_kind_in_words(
    received: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(received["url"])
    with Session(engine) as s, s.begin():
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS protocol_version_no_update"))
        else:
            conn.execute(text("ALTER TABLE protocol_version DISABLE TRIGGER ALL"))
        s.execute(
            update(ProtocolVersionRow)
            .where(col(ProtocolVersionRow.id) == _head_101(s).current_version_id)
            .values(kind="repeated")
        )
    engine.dispose()
    for lang, words in (
        ("en", "kind of protocol: repeated ≠ original"),
        ("ru", "вид протокола: повторный ≠ первичный"),
        ("kk", "хаттаманың түрі: қайталама ≠ бастапқы"),
    ):
        assert words in _differs_in(received, lang, capsys)


def test_without_a_trusted_authority_received_versions_are_not_taken_on_trust(
    received: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other-ca.pem"
    other.write_bytes(authority_pem(make_authority()))
    code, report = _audit(received["url"], other, capsys)
    assert code == 1
    codes = [b["code"] for b in report["broken"]]
    assert codes == ["audit.received-file-unverified", "audit.received-unproven"]
