"""Four commissions' workstations importing the same packages into one PostgreSQL database at
once (issue 32: 298 of 400 imports answered "import again" and exited 1). A serialization
conflict between importers is the app's to retry, not the person's: every file ends accepted
or duplicate, every importer exits 0, and each protocol is stored once."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.audit import audit_database
from tallyapp.services.entry import EntryService
from tallyapp.services.exchange import export_package
from tallyapp.services.keys import publish_revocations
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import init_database, open_engine
from tallyapp.storage.tables import ProtocolRow
from tests.conftest import _database
from tests.databases import initialised_sqlite
from tests.sessions import member_of, trust_with_practice
from tests.storage.race_worker import SIGNING, values

IMPORTERS = 4
PACKAGES = 6


def _packages(folder: Path) -> tuple[list[Path], Path]:
    """Packages of one territorial commission, each with one more finalised protocol than
    the one before: importing them in any order, every protocol is new once and a duplicate
    after."""
    url = initialised_sqlite(folder / "tec.sqlite3")
    engine = open_engine(url)
    reader = EntryService(engine, Actor("reader", "race"))
    tec = reader.precinct("7").tec_code
    numbers = [n for n in map(str, range(1, 80)) if reader.precinct(n).tec_code == tec]
    assert len(numbers) >= PACKAGES
    service = EntryService(engine, member_of(engine, tec))
    authority = make_authority()
    ca = folder / "ca.pem"
    ca.write_bytes(authority_pem(authority))
    publish_revocations(folder, authority)  # current: revocation fails closed
    chair = roster_of(engine, tec).chair
    assert chair is not None
    (folder / "tec.p12").write_bytes(personal_key(authority, chair.iin, "CHAIR", "TEC", b"race"))
    signer = RecordSigner.from_pkcs12(folder / "tec.p12", b"race")
    packages = []
    for i, number in enumerate(numbers[:PACKAGES]):
        service.finalise(service.open(number, BallotKind.PARTY_LIST), values(i + 1), SIGNING)
        packages.append(folder / f"package-{i}.json")
        export_package(engine, tec, signer, packages[-1])
    engine.dispose()
    return packages, ca


@pytest.mark.postgres
def test_four_importers_at_once(tmp_path: Path) -> None:
    packages, ca = _packages(tmp_path)
    with _database("postgres", tmp_path) as url:
        init_database(url)
        env = {**os.environ, "PYTHONPATH": os.getcwd()}
        importers = []
        for seed in range(IMPORTERS):
            order = [str(p) for p in packages]
            random.Random(seed).shuffle(order)
            command = ["import", "--db", url, "--trust", str(ca), "--json", "--quiet", *order]
            importers.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tallyapp", *command],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=env,
                )
            )
        outcomes = []
        for importer in importers:
            out, err = importer.communicate(timeout=300)
            assert "Traceback" not in err, err
            outcomes += json.loads(out)
            assert importer.returncode == 0, [o for o in json.loads(out) if o["reason"]]
        assert len(outcomes) == IMPORTERS * PACKAGES
        assert {o["outcome"] for o in outcomes} <= {"accepted", "duplicate"}
        assert sum(o["accepted"] for o in outcomes) == PACKAGES  # each protocol once
        engine = open_engine(url)
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(ProtocolRow)) == PACKAGES
        # The imports' signers, and the practice authority the workstations' seals chain to.
        assert audit_database(engine, trust=trust_with_practice(ca)).intact
        engine.dispose()
