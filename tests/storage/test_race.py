"""Four workstations racing on one PostgreSQL database: saves, finalises, corrections and
imports, on the same protocols and on different ones. No update is lost, every loser is told
of a conflict (never a database error), and every version chain is whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.audit import audit_database
from tallyapp.services.entry import EntryService
from tallyapp.services.exchange import export_package
from tallyapp.services.keys import publish_revocations
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import ElectionRow, PrecinctRow, ProtocolRow, ProtocolVersionRow
from tallyapp.storage.tallies import verify_tallies
from tests.conftest import copied
from tests.databases import Templates, initialised_sqlite
from tests.sessions import member_of, trust_with_practice
from tests.storage.race_worker import SIGNING, values

WORKERS = 4
OPERATIONS = 60
PACKAGE_PRECINCTS = ["7", "8"]


def _package(folder: Path) -> tuple[Path, Path]:
    """A signed package of two finalised protocols, from another commission's database."""
    url = initialised_sqlite(folder / "tec.sqlite3")
    engine = open_engine(url)
    tec = EntryService(engine, Actor("reader", "race")).precinct(PACKAGE_PRECINCTS[0]).tec_code
    service = EntryService(engine, member_of(engine, tec))
    for number in PACKAGE_PRECINCTS:
        service.finalise(service.open(number, BallotKind.PARTY_LIST), values(7), SIGNING)
    assert service.precinct(PACKAGE_PRECINCTS[1]).tec_code == tec
    authority = make_authority()
    (folder / "ca.pem").write_bytes(authority_pem(authority))
    publish_revocations(folder, authority)  # current: revocation fails closed
    publish_revocations(folder, authority)  # a current list: revocation fails closed
    chair = roster_of(engine, tec).chair
    assert chair is not None
    (folder / "tec.p12").write_bytes(personal_key(authority, chair.iin, "CHAIR", "TEC", b"race"))
    signer = RecordSigner.from_pkcs12(folder / "tec.p12", b"race")
    package = export_package(engine, tec, signer, folder / "package.json")
    assert package.protocols == 2
    engine.dispose()
    return folder / "package.json", folder / "ca.pem"


@pytest.mark.postgres
def test_four_workstations_race(tmp_path: Path, templates: Templates) -> None:
    package, ca = _package(tmp_path)
    with copied(templates, "postgres", "init-2023", tmp_path) as url:
        env = {**os.environ, "PYTHONPATH": os.getcwd()}
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.storage.race_worker",
                    url,
                    str(w),
                    str(OPERATIONS),
                    str(package),
                    str(ca),
                    str(1000 + w),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for w in range(WORKERS)
        ]
        records: list[dict[str, Any]] = []
        for proc in workers:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err
            records += [json.loads(line) for line in out.splitlines()]
        assert len(records) == WORKERS * OPERATIONS

        outcomes = Counter(r["outcome"] for r in records)
        errors = [r for r in records if r["outcome"] == "error"]
        assert errors == [], errors[:3]  # every loser gets a conflict, never a database error
        assert outcomes["stored"] > 0 and outcomes["refused"] > 0, outcomes  # it was a race
        refusals = Counter(r["code"] for r in records if r["outcome"] == "refused")
        assert set(refusals) <= {
            "protocol.conflict",
            "protocol.created-elsewhere",
            "protocol.exists",
            "protocol.stored-meanwhile",
            "finalise.sealed",
            "lifecycle.sealed-needs-repeated",
            "entry.problems",
            "review.not-finalised",
        }, refusals

        engine = open_engine(url)
        with Session(engine) as s:
            versions = s.execute(
                select(
                    col(PrecinctRow.number),
                    col(ProtocolVersionRow.number),
                    col(ProtocolVersionRow.workstation),
                    col(ProtocolVersionRow.id),
                    col(ProtocolRow.current_version_id),
                )
                .join(ProtocolRow, col(ProtocolRow.id) == col(ProtocolVersionRow.protocol_id))
                .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
            ).all()
        engine.dispose()

        # No lost update: each workstation's stored operations are exactly its versions.
        for w in range(WORKERS):
            told = sum(1 for r in records if r["worker"] == str(w) and r["outcome"] == "stored")
            kept = sum(1 for v in versions if v[2] == f"workstation-{w}")
            assert told == kept, (w, told, kept)
        # Every chain without gaps, its head on its newest version.
        chains: dict[str, list[tuple[int, int, int | None]]] = {}
        for number, version, _ws, vid, current in versions:
            chains.setdefault(number, []).append((version, vid, current))
        for number, chain in chains.items():
            chain.sort()
            assert [v for v, _, _ in chain] == list(range(1, len(chain) + 1)), number
            assert chain[-1][1] == chain[-1][2], number
        # The package landed exactly once, whoever won the race to import it.
        imports = [r for r in records if r["action"] == "import"]
        assert sum(1 for r in imports if r["outcome"] == "accepted") == 1, imports
        assert all(
            r["outcome"] in ("accepted", "duplicate")
            or r["reason"] in ("import.stored-meanwhile", "import.moved-meanwhile")
            for r in imports
        ), imports
        for number in PACKAGE_PRECINCTS:
            assert len(chains[number]) == 1
        # Protocols were accepted while others corrected them: the running totals the
        # results read still equal a fresh count, and the whole record is intact.
        assert outcomes["accepted"] > 0, outcomes
        engine = open_engine(url)
        with engine.connect() as conn:
            election_id = conn.scalar(select(col(ElectionRow.id)))
            assert election_id is not None
            assert verify_tallies(conn, election_id) == []
        # The imports' signers, and the practice authority the workstations' seals chain to.
        assert audit_database(engine, trust=trust_with_practice(ca)).intact
        engine.dispose()
