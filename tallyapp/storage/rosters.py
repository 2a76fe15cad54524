"""Commission rosters: name, IIN, role and PIN hash of each member. Nothing here commits.

A roster is setup data, not history: replacing one keeps the PIN of every member who stays,
and the audit log (written by the service) keeps each list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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


def _member(election_id: str, commission: str, iin: str) -> tuple[Any, ...]:
    return (
        col(RosterMemberRow.election_id) == election_id,
        col(RosterMemberRow.commission) == commission,
        col(RosterMemberRow.iin) == iin,
    )


def pin_lock_of(
    session: Session, election_id: str, commission: str, iin: str
) -> tuple[int, int | None]:
    """A member's wrong PINs in a row, and until when (seconds since 1970) sign-in is locked."""
    row = session.execute(
        select(col(RosterMemberRow.pin_failures), col(RosterMemberRow.pin_locked_until)).where(
            *_member(election_id, commission, iin)
        )
    ).first()
    return (int(row[0]), row[1]) if row is not None else (0, None)


def count_wrong_pin(session: Session, election_id: str, commission: str, iin: str) -> int:
    """One more wrong PIN, counted in the database itself (two workstations guessing at once
    both count); the count now."""
    session.execute(
        update(RosterMemberRow)
        .where(*_member(election_id, commission, iin))
        .values(pin_failures=col(RosterMemberRow.pin_failures) + 1)
    )
    return pin_lock_of(session, election_id, commission, iin)[0]


def lock_pin(
    session: Session, election_id: str, commission: str, iin: str, until: int | None
) -> None:
    session.execute(
        update(RosterMemberRow)
        .where(*_member(election_id, commission, iin))
        .values(pin_locked_until=until)
    )


def clear_wrong_pins(session: Session, election_id: str, commission: str, iin: str) -> int:
    """Sign-in open again: no wrong PINs counted, no lock; the members changed."""
    result = session.execute(
        update(RosterMemberRow)
        .where(*_member(election_id, commission, iin))
        .values(pin_failures=0, pin_locked_until=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def first_setup(conn: Connection | Session, election_id: str) -> bool:
    """Whether nobody can sign in yet: no commission member has an IIN (a new database, before
    the CEC's members file is loaded)."""
    return (
        conn.execute(
            select(col(RosterMemberRow.id))
            .where(
                col(RosterMemberRow.election_id) == election_id,
                col(RosterMemberRow.iin).is_not(None),
                col(RosterMemberRow.iin) != "",
            )
            .limit(1)
        ).first()
        is None
    )


def any_pin_set(conn: Connection | Session, election_id: str) -> bool:
    return (
        conn.execute(
            select(col(RosterMemberRow.id))
            .where(
                col(RosterMemberRow.election_id) == election_id,
                col(RosterMemberRow.pin_hash).is_not(None),
            )
            .limit(1)
        ).first()
        is not None
    )


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
        .values(pin_hash=pin_hash, pin_failures=0, pin_locked_until=None)
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
