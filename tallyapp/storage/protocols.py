"""Storing protocols: append-only versions, state changes, optimistic locking, and the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lifecycle import check_new_version, check_transition
from tallyapp.domain.protocol import Protocol, fingerprint
from tallyapp.storage.tables import (
    AuditRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
    utcnow,
)

VOTE_PREFIX = "vote:"
AGAINST_ALL = "against_all"


class ConflictError(Exception):
    """Someone else saved this protocol since it was read; nothing was written."""


class NotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class Actor:
    """Who acts, from which workstation: written into every version and audit entry."""

    who: str
    workstation: str


@dataclass(frozen=True)
class StoredProtocol:
    protocol_id: int
    state: State
    lock_version: int
    version_number: int
    version_kind: str
    reason: str
    fingerprint: str
    saved_at: datetime
    saved_by: str
    workstation: str
    protocol: Protocol


def lines_of(protocol: Protocol) -> dict[str, int]:
    lines = dict(protocol.fields)
    lines.update({VOTE_PREFIX + k: v for k, v in protocol.votes.items()})
    lines[AGAINST_ALL] = protocol.against_all
    return lines


def protocol_from_lines(
    election: str,
    ballot: BallotKind,
    precinct: str,
    district: int | None,
    lines: dict[str, int],
    vote_order: list[str] | None = None,
) -> Protocol:
    fields = {k: v for k, v in lines.items() if not k.startswith(VOTE_PREFIX) and k != AGAINST_ALL}
    votes = {k[len(VOTE_PREFIX) :]: v for k, v in lines.items() if k.startswith(VOTE_PREFIX)}
    if vote_order:
        votes = {k: votes[k] for k in vote_order if k in votes} | {
            k: v for k, v in votes.items() if k not in vote_order
        }
    return Protocol(election, ballot, precinct, fields, votes, lines.get(AGAINST_ALL, 0), district)


def precinct_row(session: Session, election_id: str, number: str) -> PrecinctRow:
    row = session.scalars(
        select(PrecinctRow).where(
            PrecinctRow.election_id == election_id, PrecinctRow.number == number
        )
    ).first()
    if row is None:
        raise NotFoundError(f"precinct {number} is not in election {election_id}")
    return row


def _head(
    session: Session, election_id: str, precinct_id: int, ballot: BallotKind
) -> ProtocolRow | None:
    return session.scalars(
        select(ProtocolRow).where(
            ProtocolRow.election_id == election_id,
            ProtocolRow.precinct_id == precinct_id,
            ProtocolRow.ballot == ballot.value,
        )
    ).first()


def audit(
    session: Session,
    actor: Actor,
    action: str,
    election_id: str | None,
    protocol_id: int | None = None,
    version: int | None = None,
    **detail: object,
) -> None:
    session.add(
        AuditRow(
            who=actor.who,
            workstation=actor.workstation,
            action=action,
            election_id=election_id,
            protocol_id=protocol_id,
            version_number=version,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )
    )


def _claim(session: Session, head: ProtocolRow, expected_lock: int, **values: object) -> None:
    """Move the head only if nobody else did since `expected_lock` was read."""
    result = session.execute(
        update(ProtocolRow)
        .where(ProtocolRow.id == head.id, ProtocolRow.lock_version == expected_lock)
        .values(lock_version=expected_lock + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise ConflictError(
            f"protocol of precinct {head.precinct_id} ({head.ballot}) was changed by another "
            f"workstation since you opened it (you had version {expected_lock}); "
            "reload it, compare, and save again"
        )


def save_version(
    session: Session,
    protocol: Protocol,
    actor: Actor,
    expected_lock: int | None,
    kind: str = "original",
    reason: str = "",
) -> StoredProtocol:
    """Append a version and make it current. `expected_lock` is None for a first protocol.

    Raises ConflictError if another workstation saved first; TransitionError if the protocol
    is finalised and this is not a repeated protocol with a reason. Commits on success.
    """
    election_id = protocol.election
    precinct = precinct_row(session, election_id, protocol.precinct)
    assert precinct.id is not None
    head = _head(session, election_id, precinct.id, protocol.ballot)
    current_state = State(head.state) if head else None
    check_new_version(current_state, kind, reason)
    if head is None:
        if expected_lock is not None:
            raise ConflictError("the protocol you edited no longer exists")
        head = ProtocolRow(
            election_id=election_id,
            precinct_id=precinct.id,
            ballot=protocol.ballot.value,
            state=State.DRAFT.value,
        )
        session.add(head)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            raise ConflictError(
                f"precinct {protocol.precinct} ({protocol.ballot.value}): another workstation "
                "created this protocol first; reload it and save again"
            ) from None
        expected_lock = head.lock_version
        number = 1
    else:
        if expected_lock is None:
            raise ConflictError(
                f"precinct {protocol.precinct} ({protocol.ballot.value}) already has a protocol; "
                "open it and save a new version"
            )
        number = 1 + (
            session.scalar(
                select(ProtocolVersionRow.number)
                .where(ProtocolVersionRow.protocol_id == head.id)
                .order_by(ProtocolVersionRow.number.desc())  # type: ignore[attr-defined]
                .limit(1)
            )
            or 0
        )
    digest = fingerprint(protocol)
    version = ProtocolVersionRow(
        protocol_id=head.id,
        number=number,
        kind=kind,
        reason=reason,
        fingerprint=digest,
        created_by=actor.who,
        workstation=actor.workstation,
    )
    session.add(version)
    session.flush()
    session.add_all(
        ProtocolLineRow(version_id=version.id, key=k, value=v)
        for k, v in lines_of(protocol).items()
    )
    _claim(session, head, expected_lock, current_version_id=version.id, state=State.DRAFT.value)
    audit(
        session,
        actor,
        "save-version",
        election_id,
        head.id,
        number,
        kind=kind,
        reason=reason,
        fingerprint=digest,
        precinct=protocol.precinct,
        ballot=protocol.ballot.value,
    )
    session.commit()
    stored = load_current(session, election_id, protocol.precinct, protocol.ballot)
    assert stored is not None
    return stored


def change_state(
    session: Session,
    election_id: str,
    precinct_number: str,
    ballot: BallotKind,
    new: State,
    actor: Actor,
    expected_lock: int,
    note: str = "",
) -> StoredProtocol:
    precinct = precinct_row(session, election_id, precinct_number)
    assert precinct.id is not None
    head = _head(session, election_id, precinct.id, ballot)
    if head is None:
        raise NotFoundError(f"precinct {precinct_number} has no {ballot.value} protocol")
    old = State(head.state)
    check_transition(old, new)
    _claim(session, head, expected_lock, state=new.value)
    version = session.get(ProtocolVersionRow, head.current_version_id)
    audit(
        session,
        actor,
        "change-state",
        election_id,
        head.id,
        version.number if version else None,
        old=old.value,
        new=new.value,
        note=note,
    )
    session.commit()
    stored = load_current(session, election_id, precinct_number, ballot)
    assert stored is not None
    return stored


def _stored(
    session: Session, head: ProtocolRow, version: ProtocolVersionRow, precinct: PrecinctRow
) -> StoredProtocol:
    lines = {
        row.key: row.value
        for row in session.scalars(
            select(ProtocolLineRow).where(ProtocolLineRow.version_id == version.id)
        )
    }
    ballot = BallotKind(head.ballot)
    protocol = protocol_from_lines(
        head.election_id,
        ballot,
        precinct.number,
        precinct.district_number if ballot is BallotKind.CONSTITUENCY else None,
        lines,
    )
    return StoredProtocol(
        protocol_id=head.id or 0,
        state=State(head.state),
        lock_version=head.lock_version,
        version_number=version.number,
        version_kind=version.kind,
        reason=version.reason,
        fingerprint=version.fingerprint,
        saved_at=version.created_at,
        saved_by=version.created_by,
        workstation=version.workstation,
        protocol=protocol,
    )


def load_current(
    session: Session, election_id: str, precinct_number: str, ballot: BallotKind
) -> StoredProtocol | None:
    precinct = precinct_row(session, election_id, precinct_number)
    assert precinct.id is not None
    session.expire_all()
    head = _head(session, election_id, precinct.id, ballot)
    if head is None or head.current_version_id is None:
        return None
    version = session.get(ProtocolVersionRow, head.current_version_id)
    assert version is not None
    return _stored(session, head, version, precinct)


def history(
    session: Session, election_id: str, precinct_number: str, ballot: BallotKind
) -> list[StoredProtocol]:
    """Every version of a protocol, oldest first (the state shown is the protocol's current)."""
    precinct = precinct_row(session, election_id, precinct_number)
    assert precinct.id is not None
    head = _head(session, election_id, precinct.id, ballot)
    if head is None:
        return []
    versions = session.scalars(
        select(ProtocolVersionRow)
        .where(ProtocolVersionRow.protocol_id == head.id)
        .order_by(ProtocolVersionRow.number)  # type: ignore[arg-type]
    )
    return [_stored(session, head, v, precinct) for v in versions]


def insert_rows(
    conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]
) -> None:
    """Append rows in bulk through the driver's executemany: hundreds of thousands of rows,
    without building a statement for each. Constraints and triggers apply as usual."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join([mark] * len(columns))})"
    for i in range(0, len(rows), 50_000):
        conn.exec_driver_sql(sql, rows[i : i + 50_000])  # type: ignore[arg-type]


def insert_lines(conn: Connection, rows: list[tuple[int, str, int]]) -> None:
    """Protocol lines (version id, key, value) in bulk."""
    insert_rows(conn, "protocol_line", ("version_id", "key", "value"), list(rows))
