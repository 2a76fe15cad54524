"""Keyed versions and decisions carry a seal the database cannot make: the key of an
enrolled workstation, kept outside the database. A writer without it (a PostgreSQL
workstation role with its own grants, whoever holds the SQLite file) can append rows and
recompute every hash chain with the app's own functions; `tallyapp audit` reports it."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import load_authority, personal_key
from tallyapp.reports.workstation_signing import load_key, new_key_pem, sign_seal
from tallyapp.services.enrolment import (
    PRACTICE_PASSPHRASE,
    EnrolmentError,
    enrol_workstation,
    practice_authority_path,
    practice_keys_dir,
)
from tallyapp.services.entry import EntryService
from tallyapp.services.seals import this_workstation
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.audit_chain import take_unsealed
from tallyapp.storage.protocols import change_state, load_current, save_version
from tallyapp.storage.tables import EntrySealRow
from tests.conftest import blue_protocol
from tests.services.test_authority_services import signing_for, values
from tests.sessions import member_of


@contextlib.contextmanager
def as_workstation_role(url: str) -> Iterator[str]:
    """The URL of a login role made by `tallyapp workstation-role` (its grants only); on
    SQLite the file itself, which whoever holds it may write."""
    if url.startswith("sqlite"):
        yield url
        return
    role = f"ws_{uuid.uuid4().hex[:10]}"
    assert main(["workstation-role", "--db", url, role, "--password", "pw"]) == 0
    try:
        yield url.replace("postgres@", f"{role}:pw@", 1)
    finally:
        # Its grants live in the test's own database: dropped there, then the role.
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def audit_json(url: str, capsys: pytest.CaptureFixture[str], *trust: Path) -> tuple[int, Any]:
    named = [a for t in trust for a in ("--trust", str(t))]
    capsys.readouterr()  # what came before
    code = main(["audit", "--db", url, *named, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def keyed(initialised_url: str) -> str:
    """Precinct 101 keyed and finalised at this (enrolled) workstation, 102 keyed."""
    engine = open_engine(initialised_url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    other = EntryService(engine, member_of(engine, "PEC-102"))
    other.save(other.open("102", BallotKind.PARTY_LIST), values())
    engine.dispose()
    return initialised_url


def test_work_at_an_enrolled_workstation_is_sealed(
    keyed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = audit_json(keyed, capsys)
    assert code == 0, report["broken"]
    assert report["enrolled"] == 1 and report["seals"] >= 3


def test_a_keyed_version_forged_with_recomputed_chains_is_reported(
    keyed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new version of 102 with AMANAT 202, finalised, written with the app's own write path
    (chains, head, running totals), by a role or file writer who has no workstation key."""
    with as_workstation_role(keyed) as url:
        engine = open_engine(url)
        stored = load_current_102(engine)
        actor = member_of(engine, "PEC-102")
        with Session(engine) as s:
            forged = replace(blue_protocol(votes_AMANAT=202, votes_AUYL=398), precinct="102")
            saved = save_version(s, forged, actor, stored, commission="PEC-102")
            lock = saved.lock_version
            for step in (State.CHECKED, State.FINALISED):
                lock = change_state(
                    s, forged.election, "102", BallotKind.PARTY_LIST, step, actor, lock
                ).lock_version
            take_unsealed(s)  # what the app would seal, the forger cannot
            s.commit()
        engine.dispose()
    code, report = audit_json(keyed, capsys)
    assert code == 1
    [broken] = report["broken"]
    assert broken["code"] == "audit.protocol-unsealed"
    assert broken["params"]["precinct"] == "102" and broken["params"]["entries"] == "3"
    assert "written by someone without a workstation's key" in broken["message"]


def load_current_102(engine: Any) -> int:
    with Session(engine) as s:
        stored = load_current(s, "kz-majilis-2023", "102", BallotKind.PARTY_LIST)
        assert stored is not None
        return stored.lock_version


def test_a_seal_made_without_the_enrolled_key_is_reported(
    keyed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The forger adds a seal of their own under the enrolled workstation's id."""
    with as_workstation_role(keyed) as url:
        engine = open_engine(url)
        own = load_key(new_key_pem())
        with Session(engine) as s:
            s.add(
                EntrySealRow(
                    key_id=this_workstation().id,
                    covers="x" * 64,
                    signature=sign_seal(own, "x" * 64),
                )
            )
            s.commit()
        engine.dispose()
    code, report = audit_json(keyed, capsys)
    assert code == 1
    assert [b["code"] for b in report["broken"]] == ["audit.seal-forged"]


def test_a_workstation_proves_nothing_until_its_chair_enrols_it(
    initialised_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALLYAPP_WORKSTATION_KEY", str(tmp_path / "laptop-2.pem"))
    engine = open_engine(initialised_url)
    pec = EntryService(engine, member_of(engine, "PEC-101", workstation="laptop-2"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    code, report = audit_json(initialised_url, capsys)
    assert code == 1
    assert [b["code"] for b in report["broken"]] == [
        "audit.seal-not-enrolled",
        "audit.protocol-unsealed",
    ]
    assert report["broken"][1]["params"]["precinct"] == "101"
    # Its chair enrols it with their personal key (here one the practice CA issued).
    authority = load_authority(practice_keys_dir(), PRACTICE_PASSPHRASE)
    assert authority is not None
    roster = roster_of(engine, "PEC-101")
    secretary = next(m for m in roster.members if m.role.value == "secretary")
    for member, name in ((secretary, "secretary.p12"), (roster.chair, "chair.p12")):
        assert member is not None
        surname, _, given = member.name.partition(" ")
        (tmp_path / name).write_bytes(personal_key(authority, member.iin, surname, given, b"pw"))
    with pytest.raises(EnrolmentError) as refused:
        enrol_workstation(
            engine, "PEC-101", RecordSigner.from_pkcs12(tmp_path / "secretary.p12", b"pw")
        )
    assert refused.value.code == "enrolment.not-chair"
    (tmp_path / "pw.txt").write_bytes(b"pw")
    enrol = ["workstation-enrol", "--db", initialised_url, "--commission", "PEC-101"]
    assert (
        main(
            [
                *enrol,
                "--key",
                str(tmp_path / "chair.p12"),
                "--passphrase-file",
                str(tmp_path / "pw.txt"),
            ]
        )
        == 0
    )
    assert "is enrolled for PEC-101" in capsys.readouterr().out
    engine.dispose()
    code, report = audit_json(initialised_url, capsys, practice_authority_path())
    assert code == 0, report["broken"]
    assert report["enrolled"] == 2
