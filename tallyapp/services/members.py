"""A precinct commission's members as the finalise dialog lists them: its roster."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tallyapp.domain.authority import Role, Roster, RosterMember, precinct_commission
from tallyapp.domain.finalising import Member
from tallyapp.services.transaction import reading
from tallyapp.storage.protocols import Actor, audit, precinct_row
from tallyapp.storage.rosters import load_rosters, replace_roster


def load_roster(engine: Engine, election_id: str, number: str) -> list[Member]:
    code = precinct_commission(number)
    with reading(engine) as s:
        precinct_row(s, election_id, number)  # NotFoundError for an unknown precinct
        roster = load_rosters(s, election_id, [code]).get(code, Roster(code))
    return [
        Member(m.name, m.role.value, True, m.iin) for m in roster.members if m.role != Role.OBSERVER
    ]


def set_roster(
    session: Session, actor: Actor, election_id: str, number: str, members: list[Member]
) -> None:
    """Replace the precinct commission's roster inside the caller's transaction (members
    keep their IIN and PIN), and say so in the audit log."""
    precinct_row(session, election_id, number)
    code = precinct_commission(number)
    replace_roster(
        session,
        election_id,
        Roster(code, tuple(RosterMember(m.iin, m.name, Role(m.role)) for m in members)),
    )
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
