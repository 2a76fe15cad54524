"""Who is working: rosters, PINs, workstation sessions, and what a session may do.

A session starts with a member of a commission's roster and their PIN, checked against an
argon2id hash; an observer's session needs no PIN and only reads. Every write of a protocol
asks `require` first, which applies `domain.authority`'s permissions.
"""

from __future__ import annotations

import math
import socket
import threading
import time
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import (
    Action,
    AuthorityError,
    Role,
    Roster,
    RosterMember,
    WorkSession,
    iin_problem,
    permission_refusal,
    replace_member,
    roster_problems,
    signing_roles_twice,
)
from tallyapp.domain.commission_tree import CommissionTree
from tallyapp.domain.election import Election
from tallyapp.domain.errors import NotFoundError, Problems, TallyError
from tallyapp.domain.pins import lock_after
from tallyapp.domain.register import looks_like_formula
from tallyapp.services.errors import InputError
from tallyapp.services.setup import election_of
from tallyapp.services.transaction import reading, use_case
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.protocols import audit
from tallyapp.storage.rosters import (
    any_pin_set,
    clear_wrong_pins,
    count_wrong_pin,
    first_setup,
    load_rosters,
    lock_pin,
    pin_hash_of,
    pin_lock_of,
    replace_roster,
    set_every_pin_hash,
    set_pin_hash,
)

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from tallyapp.reports.detached import RecordSigner
    from tallyapp.services.table_files import Table

__all__ = [
    "Action",
    "AuthorityError",
    "Role",
    "Roster",
    "RosterMember",
    "WorkSession",
    "actor_of",
    "commission_exists",
    "lasting_tree",
    "observer_session",
    "require",
    "roster_of",
    "set_pin",
    "set_roster",
    "start_session",
    "top_commission",
    "unlock_pin",
]

MIN_PIN = 4


@cache
def _hasher() -> PasswordHasher:
    """argon2id with its salted, tuned defaults (imported when a PIN is first checked or set:
    the main window opens without it)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


class SessionError(TallyError):
    code = "session.refused"


def workstation_name() -> str:
    return socket.gethostname()


def actor_of(session: WorkSession) -> Actor:
    """The audit log's "who": the member by name and IIN, and the workstation."""
    who = session.member.label if session.member.iin else session.member.name
    return Actor(who, session.workstation, session)


def lasting_tree(engine: Engine, election_id: str) -> CommissionTree:
    """The commission tree kept by a service between use cases: precincts are read each in a
    connection of its own, when first asked."""
    with engine.connect() as conn:
        return read_commission_tree(conn, election_id, engine.connect)


def commission_exists(engine: Engine, commission: str) -> bool:
    """Whether the tree holds `commission` (a commission's code, or `PEC-<number>`)."""
    with reading(engine) as s:
        return bool(read_commission_tree(s, election_of(s).id).chain(commission))


def roster_of(engine: Engine, commission: str) -> Roster:
    with reading(engine) as s:
        election = election_of(s)
        return load_rosters(s, election.id, [commission]).get(commission, Roster(commission))


def start_session(
    engine: Engine,
    commission: str,
    iin: str,
    pin: str,
    workstation: str | None = None,
    now: float | None = None,
) -> WorkSession:
    """A member's session, if the PIN matches the hash stored with their roster entry.
    Every refusal says the same for an unknown member and a wrong PIN, so the screen does not
    tell a stranger who is on the roster. Every wrong PIN is in the audit log with the
    workstation; after five in a row the member is locked out for a growing time
    (`domain.pins`) until it passes or the chair or the secretary lifts it."""
    station = workstation or workstation_name()
    at = time.time() if now is None else now
    with reading(engine) as s:
        election = election_of(s)
        roster = load_rosters(s, election.id, [commission]).get(commission, Roster(commission))
        member = roster.member(iin) if iin else None
        stored = pin_hash_of(s, election.id, commission, iin) if member else None
        failures, until = pin_lock_of(s, election.id, commission, iin) if member else (0, None)
    if member is None or member.role is Role.OBSERVER:
        _wrong_pin(engine, election.id, commission, iin, None, station, at)
        raise SessionError("session.wrong-pin", commission=commission)
    if stored is None:
        raise SessionError("session.no-pin", commission=commission, member=member.label)
    if until is not None and until > at:
        _wrong_pin(engine, election.id, commission, iin, member, station, at, locked=until)
        raise _locked(commission, member, until - at)
    with _ahead_lock:
        known = _ahead.pop((stored, pin), None)
    if not (known if known is not None else _matches(stored, pin)):
        locked = _wrong_pin(engine, election.id, commission, iin, member, station, at)
        if locked is not None:
            raise _locked(commission, member, locked - at) from None
        raise SessionError("session.wrong-pin", commission=commission) from None
    if failures:
        with use_case(engine) as s:
            clear_wrong_pins(s, election.id, commission, iin)
    return WorkSession(commission, member, station)


# The verdict of the PIN being typed, checked before Enter (`check_pin_ahead`): one at a time,
# by the stored hash and the PIN, used once.
_ahead: dict[tuple[str, str], bool] = {}
_ahead_lock = threading.Lock()


def check_pin_ahead(engine: Engine, commission: str, iin: str, pin: str) -> None:
    """While a member types their PIN, before Enter: the PIN checked against their stored
    hash, the verdict kept for `start_session` when the same PIN is entered against the same
    hash. This is the slow part of a sign-in (argon2id, deliberately costly), done during the
    person's typing. Nothing is written and nothing is told: a PIN only counts (recorded,
    wrong ones counted towards the lock-out, refused while locked) when it is entered."""
    if len(pin) < MIN_PIN or not pin.isdigit():
        return  # no PIN that could be set: nothing to check
    with reading(engine) as s:
        election = election_of(s)
        stored = pin_hash_of(s, election.id, commission, iin)
    if stored is None:
        return
    matches = _matches(stored, pin)
    with _ahead_lock:
        _ahead.clear()
        _ahead[(stored, pin)] = matches


def forget_pin_ahead() -> None:
    """The sign-in closed: no PIN typed there is kept."""
    with _ahead_lock:
        _ahead.clear()


def _matches(stored: str, pin: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(_hasher().verify(stored, pin))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _locked(commission: str, member: RosterMember, seconds: float) -> SessionError:
    return SessionError(
        "session.locked",
        commission=commission,
        member=member.label,
        minutes=max(1, round(seconds / 60)),
    )


def _wrong_pin(
    engine: Engine,
    election_id: str,
    commission: str,
    iin: str,
    member: RosterMember | None,
    workstation: str,
    at: float,
    locked: int | None = None,
) -> int | None:
    """Record a refused sign-in in the audit log, count it against the member and lock them
    after too many; until when they are locked (None: not locked)."""
    with use_case(engine) as s:
        failures: int | None = None  # not counted: a stranger, or a try while locked
        if member is not None and locked is None:
            failures = count_wrong_pin(s, election_id, commission, iin)
            delay = lock_after(failures)
            if delay is not None:
                locked = math.ceil(at + delay.total_seconds())
                lock_pin(s, election_id, commission, iin, locked)
        who = member.label if member is not None else f"IIN {iin[:40]}?"
        audit(
            s,
            Actor(who, workstation),
            "wrong-pin",
            election_id,
            commission=commission,
            iin=iin[:40],
            failures=failures,
            locked_until=locked,
        )
    return locked


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
        read_commission_tree(session, election.id),
        work,
        action,
        document,
        chair_present,
    )
    if refusal is not None:
        raise refusal


def refusal_of(
    engine: Engine, work: WorkSession, action: Action, document: str
) -> AuthorityError | None:
    """Why the session may not do `action` on `document` (None: it may), for an edge to ask
    before it offers the action at all."""
    with reading(engine) as s:
        election = election_of(s)
        return permission_refusal(
            election.authority, read_commission_tree(s, election.id), work, action, document
        )


def import_refusal(engine: Engine, work: WorkSession, importer: str) -> AuthorityError | None:
    """Why the session may not import received files for `importer` (an observer never may)."""
    return refusal_of(engine, work, Action.IMPORT, importer)


def set_pin(engine: Engine, work: WorkSession | None, commission: str, iin: str, pin: str) -> None:
    """Store a member's new PIN as an argon2id hash; their wrong PINs are forgotten. `work`:
    the chair or the secretary of the same commission, or of the CEC. None only at the first
    setup of a new database, by its administrator: the first PIN of a commission's chair or
    secretary, while no one has a PIN (someone must be able to sign in)."""
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise SessionError("session.pin-format", minimum=MIN_PIN)
    with use_case(engine) as s:
        election = election_of(s)
        first = False
        if work is not None:
            require(s, election, work, Action.MANAGE, commission)
        else:
            _first_pin_or_refuse(s, election.id, commission, iin)
            first = True
        if not set_pin_hash(s, election.id, commission, iin, _hasher().hash(pin)):
            raise NotFoundError("roster.no-member", commission=commission, iin=iin)
        actor = actor_of(work) if work else Actor("administrator", workstation_name())
        extra = {"first_setup": True} if first else {}
        audit(s, actor, "set-pin", election.id, commission=commission, iin=iin, **extra)


def _first_pin_or_refuse(s: Session, election_id: str, commission: str, iin: str) -> None:
    # Any commission's chair or secretary: the one who will sign in first and set the rest.
    roster = load_rosters(s, election_id, [commission]).get(commission, Roster(commission))
    member = roster.member(iin)
    if (
        any_pin_set(s, election_id)
        or member is None
        or member.role not in (Role.CHAIR, Role.SECRETARY)
    ):
        raise AuthorityError("permission.sign-in", action=Action.MANAGE.value, document=commission)


def unlock_pin(engine: Engine, work: WorkSession, commission: str, iin: str) -> None:
    """Lift a member's lock after too many wrong PINs: the chair or the secretary of the
    same commission, or of the CEC, in their own session."""
    with use_case(engine) as s:
        election = election_of(s)
        require(s, election, work, Action.MANAGE, commission)
        if not clear_wrong_pins(s, election.id, commission, iin):
            raise NotFoundError("roster.no-member", commission=commission, iin=iin)
        audit(s, actor_of(work), "unlock-pin", election.id, commission=commission, iin=iin)


def top_commission(engine: Engine) -> str:
    """The commission at the head of the tree (the CEC)."""
    with reading(engine) as s:
        return read_commission_tree(s, election_of(s).id).root


def set_demo_pins(conn: Connection, election_id: str, pin: str) -> None:
    """Demo data only: one PIN for every member who has none (one hash, salted once)."""
    set_every_pin_hash(conn, election_id, _hasher().hash(pin))


def set_roster(engine: Engine, work: WorkSession | None, roster: Roster) -> list[TallyError]:
    """A commission's roster kept in the app, by its own chair or secretary (or the CEC's)."""
    return set_rosters(engine, work, [roster], Action.MANAGE)


def set_rosters(
    engine: Engine,
    work: WorkSession | None,
    rosters: list[Roster],
    action: Action = Action.SETUP,
    signer: RecordSigner | None = None,
) -> list[TallyError]:
    """Replace commissions' rosters (from a file or the desktop app), all or none; members
    who stay keep their PIN, and the audit log keeps each list. Returns the warnings: in a
    rehearsal, each test IIN whose check digit fails.

    `work` is the member who makes the change: from files, the CEC's chair or secretary
    (`Action.SETUP`). None only at the first setup of a new database, while no member has an
    IIN yet (nobody could sign in), by its administrator; the audit log says so. One person
    may not hold a signing role in two commissions of one level. `signer`: the signed-in
    member's own key, to sign the change as an amendment (`services.amendments`)."""
    from tallyapp.services.amendments import check_signer, keep_amendment
    from tallyapp.services.rehearsal import is_rehearsal, test_iin_warnings

    if signer is not None:
        check_signer(signer, work)

    rehearsal = is_rehearsal(engine)
    problems: list[TallyError] = []
    warnings: list[TallyError] = []
    for roster in rosters:
        problems += roster_problems(roster, rehearsal)
        warnings += test_iin_warnings(roster) if rehearsal else []
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
        first = work is None
        if first and not first_setup(s, election.id):
            raise AuthorityError(
                "permission.sign-in", action=action.value, document=rosters[0].commission
            )
        tree = read_commission_tree(s, election.id)
        for roster in rosters:
            if work is not None:
                require(s, election, work, action, roster.commission)
        every = load_rosters(s, election.id)
        every.update({r.commission: r for r in rosters})
        twice = signing_roles_twice(every, tree, [r.commission for r in rosters])
        if twice:
            raise Problems(twice)
        extra: dict[str, Any] = {"first_setup": True} if first else {}
        if signer is not None and work is not None:
            extra["amendment"] = keep_amendment(s, signer, work, election.id, rosters)
        for roster in rosters:
            replace_roster(s, election.id, roster)
            audit(
                s,
                actor,
                "roster",
                election.id,
                commission=roster.commission,
                members=[(m.name, m.iin, m.role.value) for m in roster.members],
                **extra,
            )
    return warnings


def replace_member_of(
    engine: Engine,
    work: WorkSession,
    commission: str,
    leaving: str,
    newcomer: RosterMember,
    decision: str,
) -> Roster:
    """A member leaves the commission early and another is appointed in their place, by the
    decision named (domain `replace_member`): recorded by the commission's chair or
    secretary (or the CEC's), in one transaction with its audit entry naming both people,
    their roles and the decision. The newcomer has no PIN until one is set; the member who
    left can no longer sign in. Returns the new roster."""
    from tallyapp.services.rehearsal import is_rehearsal

    rehearsal = is_rehearsal(engine)
    with use_case(engine) as s:
        election = election_of(s)
        require(s, election, work, Action.MANAGE, commission)
        every = load_rosters(s, election.id)
        before = every.get(commission, Roster(commission))
        roster = replace_member(
            before, leaving, newcomer, decision, work.member.iin, rehearsal=rehearsal
        )
        every[commission] = roster
        twice = signing_roles_twice(every, read_commission_tree(s, election.id), [commission])
        if twice:
            raise Problems(twice)
        old = before.member(leaving)
        assert old is not None  # replace_member refused otherwise
        replace_roster(s, election.id, roster)
        audit(
            s,
            actor_of(work),
            "member-replaced",
            election.id,
            commission=commission,
            leaving=(old.name, old.iin, old.role.value),
            newcomer=(newcomer.name, newcomer.iin, newcomer.role.value),
            decision=decision.strip(),
            members=[(m.name, m.iin, m.role.value) for m in roster.members],
        )
    return roster


ROSTER_COLUMNS = ("commission", "iin", "name", "role")


def read_roster_file(table: Table, rehearsal: bool = False) -> list[Roster]:
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
        bad = iin_problem(iin)
        if bad is not None and not (rehearsal and bad.code == "iin.check-digit"):
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
