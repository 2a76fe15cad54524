"""Who is working: rosters, PINs, workstation sessions, and what a session may do.

A session starts with a member of a commission's roster and their PIN, checked against an
argon2id hash; an observer's session needs no PIN and only reads. Every write of a protocol
asks `require` first, which applies `domain.authority`'s permissions.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import (
    Action,
    AuthorityError,
    Role,
    Roster,
    RosterMember,
    Structure,
    WorkSession,
    iin_problem,
    permission_refusal,
    precinct_of,
    roster_problems,
)
from tallyapp.domain.election import Election
from tallyapp.domain.errors import NotFoundError, Problems, TallyError
from tallyapp.domain.register import looks_like_formula
from tallyapp.services.errors import InputError
from tallyapp.services.setup import election_of
from tallyapp.services.table_files import Table
from tallyapp.services.transaction import reading, use_case
from tallyapp.storage.protocols import audit
from tallyapp.storage.rosters import (
    load_rosters,
    pin_hash_of,
    replace_roster,
    set_every_pin_hash,
    set_pin_hash,
)
from tallyapp.storage.tables import CommissionRow, PrecinctRow, assigned

__all__ = [
    "Action",
    "AuthorityError",
    "Role",
    "Roster",
    "RosterMember",
    "WorkSession",
    "actor_of",
    "authority_structure",
    "commission_exists",
    "lasting_structure",
    "observer_session",
    "require",
    "roster_of",
    "set_pin",
    "set_roster",
    "start_session",
]

MIN_PIN = 4
_HASHER = PasswordHasher()  # argon2id with its salted, tuned defaults


class SessionError(TallyError):
    code = "session.refused"


def workstation_name() -> str:
    return socket.gethostname()


def actor_of(session: WorkSession) -> Actor:
    """The audit log's "who": the member by name and IIN, and the workstation."""
    who = session.member.label if session.member.iin else session.member.name
    return Actor(who, session.workstation, session)


@dataclass(frozen=True)
class CommissionRecord:
    parents: dict[str, str | None]
    levels: dict[str, str]
    code_of: dict[int, str]  # commission row id -> code


def _commissions(conn: Connection | Session, election_id: str) -> CommissionRecord:
    rows = conn.execute(
        select(
            col(CommissionRow.id),
            col(CommissionRow.code),
            col(CommissionRow.parent_id),
            col(CommissionRow.level),
        ).where(col(CommissionRow.election_id) == election_id)
    ).all()
    code_of = {assigned(cid): code for cid, code, _, _ in rows}
    return CommissionRecord(
        {code: code_of.get(parent or 0) for _, code, parent, _ in rows},
        {code: level for _, code, _, level in rows},
        code_of,
    )


def _tec_of_precinct(
    reader: Callable[[], AbstractContextManager[Connection | Session]],
    election_id: str,
    code_of: Mapping[int, str],
) -> Callable[[str], str | None]:
    """A precinct's territorial commission, read when first asked and remembered: a country
    has 100,000 precincts, and a use case asks about one or two."""
    known: dict[str, str | None] = {}

    def tec_of(number: str) -> str | None:
        if number not in known:
            with reader() as conn:
                tec = conn.execute(
                    select(col(PrecinctRow.tec_id)).where(
                        col(PrecinctRow.election_id) == election_id,
                        col(PrecinctRow.number) == number,
                    )
                ).scalar()
            known[number] = code_of.get(tec) if tec is not None else None
        return known[number]

    return tec_of


def authority_structure(conn: Connection | Session, election_id: str) -> Structure:
    """The commission tree as authority needs it, precincts read through `conn` while it is
    open."""
    record = _commissions(conn, election_id)
    return Structure(
        record.parents,
        record.levels,
        _tec_of_precinct(lambda: nullcontext(conn), election_id, record.code_of),
    )


def lasting_structure(engine: Engine, election_id: str) -> Structure:
    """The same, kept by a service between use cases: precincts read each in a connection of
    its own."""
    with engine.connect() as conn:
        record = _commissions(conn, election_id)
    return Structure(
        record.parents,
        record.levels,
        _tec_of_precinct(engine.connect, election_id, record.code_of),
    )


def commission_exists(engine: Engine, commission: str) -> bool:
    with reading(engine) as s:
        election = election_of(s)
        record = _commissions(s, election.id)
        number = precinct_of(commission)
        if number is None:
            return commission in record.levels
        return (
            _tec_of_precinct(lambda: nullcontext(s), election.id, record.code_of)(number)
            is not None
        )


def roster_of(engine: Engine, commission: str) -> Roster:
    with reading(engine) as s:
        election = election_of(s)
        return load_rosters(s, election.id, [commission]).get(commission, Roster(commission))


def start_session(
    engine: Engine, commission: str, iin: str, pin: str, workstation: str | None = None
) -> WorkSession:
    """A member's session, if the PIN matches the hash stored with their roster entry.
    Every refusal says the same for an unknown member and a wrong PIN, so the screen does not
    tell a stranger who is on the roster."""
    with reading(engine) as s:
        election = election_of(s)
        roster = load_rosters(s, election.id, [commission]).get(commission, Roster(commission))
        member = roster.member(iin) if iin else None
        stored = pin_hash_of(s, election.id, commission, iin) if member else None
    if member is None or member.role is Role.OBSERVER:
        raise SessionError("session.wrong-pin", commission=commission)
    if stored is None:
        raise SessionError("session.no-pin", commission=commission, member=member.label)
    try:
        _HASHER.verify(stored, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise SessionError("session.wrong-pin", commission=commission) from None
    return WorkSession(commission, member, workstation or workstation_name())


def observer_session(commission: str, name: str, workstation: str | None = None) -> WorkSession:
    """A read-only session: an observer, or anyone who only looks."""
    return WorkSession(
        commission, RosterMember("", name or "—", Role.OBSERVER), workstation or workstation_name()
    )


def require(
    session: Session,
    election: Election,
    work: WorkSession | None,
    action: Action,
    document: str,
    chair_present: bool = True,
) -> None:
    """Raise the reason when the session may not do `action` on `document` (a commission code,
    or `PEC-<number>` for a precinct's protocol); nothing is written then."""
    if work is None:
        raise AuthorityError("permission.no-session", action=action.value, document=document)
    refusal = permission_refusal(
        election.authority,
        authority_structure(session, election.id),
        work,
        action,
        document,
        chair_present,
    )
    if refusal is not None:
        raise refusal


def set_pin(engine: Engine, work: WorkSession | None, commission: str, iin: str, pin: str) -> None:
    """Store a member's new PIN as an argon2id hash. `work` None: from the command line, by
    whoever administers this workstation (the first PINs); otherwise the chair or secretary of
    the same commission."""
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise SessionError("session.pin-format", minimum=MIN_PIN)
    with use_case(engine) as s:
        election = election_of(s)
        if work is not None:
            require(s, election, work, Action.MANAGE, commission)
        if not set_pin_hash(s, election.id, commission, iin, _HASHER.hash(pin)):
            raise NotFoundError("roster.no-member", commission=commission, iin=iin)
        actor = actor_of(work) if work else Actor("administrator", workstation_name())
        audit(s, actor, "set-pin", election.id, commission=commission, iin=iin)


def set_demo_pins(conn: Connection, election_id: str, pin: str) -> None:
    """Demo data only: one PIN for every member who has none (one hash, salted once)."""
    set_every_pin_hash(conn, election_id, _HASHER.hash(pin))


def set_roster(engine: Engine, work: WorkSession | None, roster: Roster) -> None:
    set_rosters(engine, work, [roster])


def set_rosters(engine: Engine, work: WorkSession | None, rosters: list[Roster]) -> None:
    """Replace commissions' rosters (from a file or the desktop app), all or none; members
    who stay keep their PIN, and the audit log keeps each list."""
    problems: list[TallyError] = []
    for roster in rosters:
        problems += roster_problems(roster)
        problems += [
            TallyError("roster.iin", commission=roster.commission, name=m.name)
            for m in roster.members
            if not m.iin
        ]
        if not commission_exists(engine, roster.commission):
            problems.append(TallyError("commission.unknown", commission=roster.commission))
    if problems:
        raise Problems(problems)
    with use_case(engine) as s:
        election = election_of(s)
        actor = actor_of(work) if work else Actor("administrator", workstation_name())
        for roster in rosters:
            if work is not None:
                require(s, election, work, Action.MANAGE, roster.commission)
            replace_roster(s, election.id, roster)
            audit(
                s,
                actor,
                "roster",
                election.id,
                commission=roster.commission,
                members=[(m.name, m.iin, m.role.value) for m in roster.members],
            )


ROSTER_COLUMNS = ("commission", "iin", "name", "role")


def read_roster_file(table: Table) -> list[Roster]:
    """Rosters from a table (CSV or XLSX) with the columns commission, iin, name and role in
    any order, one roster per commission named; every line's problem is reported with its
    line number, and nothing is kept."""
    table.require(ROSTER_COLUMNS)
    members: dict[str, list[RosterMember]] = {}
    problems: list[TallyError] = []
    for line, row in table.rows:
        commission, iin, name, role = ((row.get(c) or "").strip() for c in ROSTER_COLUMNS)
        if not any((commission, iin, name, role)):
            continue
        if not commission or not name:
            column = "commission" if not commission else "name"
            problems.append(
                InputError(f"line {line}, column {column}", "roster-empty", table.source)
            )
            continue
        if looks_like_formula(name):
            problems.append(
                InputError(
                    f"line {line}, column name", "formula-text", table.source, found=name[:40]
                )
            )
        if iin_problem(iin) is not None:
            problems.append(InputError(f"line {line}", "roster-iin", table.source, iin=iin[:20]))
        if role not in {r.value for r in Role}:
            problems.append(
                InputError(f"line {line}", "roster-role", table.source, found=role[:20])
            )
            continue
        members.setdefault(commission, []).append(RosterMember(iin, name, Role(role)))
    if problems:
        raise Problems(problems)
    return [Roster(c, tuple(m)) for c, m in members.items()]
