"""Commission rosters: name, IIN, role and PIN hash of each member. Nothing here commits.

A roster is setup data, not history: replacing one keeps the PIN of every member who stays,
and the audit log (written by the service) keeps each list."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import Role, Roster, RosterMember
from tallyapp.storage.protocols import insert_rows
from tallyapp.storage.tables import RosterMemberRow


def load_rosters(
    conn: Connection | Session, election_id: str, commissions: Iterable[str] | None = None
) -> dict[str, Roster]:
    """The rosters of the given commissions (all of them when None), each in roster order."""
    query = select(
        col(RosterMemberRow.commission),
        col(RosterMemberRow.iin),
        col(RosterMemberRow.name),
        col(RosterMemberRow.role),
    ).where(col(RosterMemberRow.election_id) == election_id)
    wanted = None if commissions is None else sorted(set(commissions))
    rows: list[tuple[str, str | None, str, str]] = []
    if wanted is None:
        rows = [tuple(r) for r in conn.execute(query.order_by(col(RosterMemberRow.position)))]  # type: ignore[misc]
    else:
        for i in range(0, len(wanted), 900):
            rows += [
                tuple(r)  # type: ignore[misc]
                for r in conn.execute(
                    query.where(col(RosterMemberRow.commission).in_(wanted[i : i + 900])).order_by(
                        col(RosterMemberRow.position)
                    )
                )
            ]
    members: dict[str, list[RosterMember]] = {c: [] for c in wanted or ()}
    for commission, iin, name, role in rows:
        members.setdefault(commission, []).append(RosterMember(iin or "", name, Role(role)))
    return {c: Roster(c, tuple(m)) for c, m in members.items()}


def replace_roster(session: Session, election_id: str, roster: Roster) -> None:
    """The commission's roster becomes `roster`; members who stay keep their PIN."""
    where = (
        col(RosterMemberRow.election_id) == election_id,
        col(RosterMemberRow.commission) == roster.commission,
    )
    pins = {
        iin: pin
        for iin, pin in session.execute(
            select(col(RosterMemberRow.iin), col(RosterMemberRow.pin_hash)).where(*where)
        )
        if iin
    }
    session.execute(delete(RosterMemberRow).where(*where))
    add_rosters(session.connection(), election_id, [roster], pins)


def add_rosters(
    conn: Connection, election_id: str, rosters: Iterable[Roster], pins: dict[str, str | None]
) -> None:
    rows: list[tuple[object, ...]] = [
        (election_id, roster.commission, m.iin or None, m.name, m.role.value, i, pins.get(m.iin))
        for roster in rosters
        for i, m in enumerate(roster.members)
    ]
    # The driver's executemany: a national register's 50,000 members in one go.
    columns = ("election_id", "commission", "iin", "name", "role", "position", "pin_hash")
    insert_rows(conn, "roster_member", columns, rows)


def pin_hash_of(session: Session, election_id: str, commission: str, iin: str) -> str | None:
    found: str | None = session.scalar(
        select(col(RosterMemberRow.pin_hash)).where(
            col(RosterMemberRow.election_id) == election_id,
            col(RosterMemberRow.commission) == commission,
            col(RosterMemberRow.iin) == iin,
        )
    )
    return found


def set_pin_hash(
    session: Session, election_id: str, commission: str, iin: str, pin_hash: str
) -> int:
    """Store a member's PIN hash; the number of members changed (0: not on the roster)."""
    result = session.execute(
        update(RosterMemberRow)
        .where(
            col(RosterMemberRow.election_id) == election_id,
            col(RosterMemberRow.commission) == commission,
            col(RosterMemberRow.iin) == iin,
        )
        .values(pin_hash=pin_hash)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def set_every_pin_hash(conn: Connection, election_id: str, pin_hash: str) -> None:
    """The demo's one PIN for every member who has none (demo data only)."""
    conn.execute(
        update(RosterMemberRow)
        .where(
            col(RosterMemberRow.election_id) == election_id,
            col(RosterMemberRow.pin_hash).is_(None),
        )
        .values(pin_hash=pin_hash)
    )
