"""A precinct commission's members: read and replace its roster, with an audit entry."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tallyapp.domain.finalising import Member
from tallyapp.services.transaction import reading
from tallyapp.storage.protocols import Actor, audit, precinct_row
from tallyapp.storage.rosters import load_members, replace_members


def load_roster(engine: Engine, election_id: str, number: str) -> list[Member]:
    with reading(engine) as s:
        row = precinct_row(s, election_id, number)
        assert row.id is not None
        return load_members(s, row.id)


def set_roster(
    session: Session, actor: Actor, election_id: str, number: str, members: list[Member]
) -> None:
    """Replace the roster inside the caller's transaction, and say so in the audit log."""
    row = precinct_row(session, election_id, number)
    assert row.id is not None
    replace_members(session, row.id, members)
    audit(
        session,
        actor,
        "members",
        election_id,
        None,
        None,
        precinct=number,
        members=[(m.name, m.role) for m in members],
    )
