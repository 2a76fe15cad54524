"""A workstation's PostgreSQL role may key and decide, and may not change history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.setup import init_database, open_engine
from tests.conftest import PG_URL, _postgres_available
from tests.services.test_authority_services import signing_for, values
from tests.sessions import member_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def database() -> Iterator[str]:
    if not _postgres_available():
        pytest.skip("PostgreSQL is not reachable")
    name = f"ws_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
            conn.execute(text(f"DROP ROLE IF EXISTS {name}_pec"))
        admin.dispose()


def test_a_workstation_role_cannot_update_a_version(database: str) -> None:
    init_database(database)
    role = database.rsplit("/", 1)[1] + "_pec"
    assert main(["workstation-role", "--db", database, role, "--password", "pw"]) == 0
    host = database.split("@", 1)[1]
    as_workstation = f"postgresql+psycopg://{role}:pw@{host}"
    engine = open_engine(as_workstation)
    # It does its work: keys and finalises a protocol.
    service = EntryService(engine, member_of(engine, "PEC-101"))
    final = service.finalise(
        service.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101")
    ).sheet
    assert final.stored is not None
    # And it cannot rewrite or remove history, even by plain SQL.
    for statement in (
        "UPDATE protocol_version SET fingerprint = 'x'",
        "DELETE FROM protocol_version",
        "UPDATE protocol_line SET value = value + 1",
        "DELETE FROM audit_log",
        "UPDATE audit_log SET who = 'someone else'",
        "DELETE FROM signing",
    ):
        with engine.connect() as conn, pytest.raises(ProgrammingError) as refused:
            conn.execute(text(statement))
        assert "permission denied" in str(refused.value)
    engine.dispose()
    assert main(["workstation-role", "--db", database, "Not A Name"]) == 2
