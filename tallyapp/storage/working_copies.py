"""Working copies: the figures being keyed, kept so a crash loses at most the one being typed.

A working copy is not a protocol version: it is overwritten while typing and dropped in the
same transaction that stores a version. Nothing here commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.election import BallotKind
from tallyapp.storage.tables import WorkingCopyRow, utcnow


@dataclass(frozen=True)
class WorkingCopy:
    values: dict[str, int | None]
    base_lock_version: int | None
    updated_at: datetime


def _row(session: Session, precinct_id: int, ballot: BallotKind) -> WorkingCopyRow | None:
    return session.scalars(
        select(WorkingCopyRow).where(
            col(WorkingCopyRow.precinct_id) == precinct_id,
            col(WorkingCopyRow.ballot) == ballot.value,
        )
    ).first()


def load_working_copy(session: Session, precinct_id: int, ballot: BallotKind) -> WorkingCopy | None:
    row = _row(session, precinct_id, ballot)
    if row is None:
        return None
    return WorkingCopy(json.loads(row.values), row.base_lock_version, row.updated_at)


def put_working_copy(
    session: Session,
    precinct_id: int,
    ballot: BallotKind,
    values: dict[str, int | None],
    base_lock_version: int | None,
    workstation: str,
) -> None:
    # One statement on the table itself, in the session's transaction, without the ORM's
    # statement handling (a third of the interpreter's time of a save): this runs for every
    # figure typed, on the database thread, while the GUI thread waits for the interpreter.
    table = WorkingCopyRow.__table__  # type: ignore[attr-defined]
    conn = session.connection()
    fields = {
        "values": json.dumps(values),
        "base_lock_version": base_lock_version,
        "updated_at": utcnow(),
        "workstation": workstation,
    }
    if conn.dialect.name == "postgresql":  # imported only where used: it costs SQLite's start
        from sqlalchemy.dialects.postgresql import insert

        conn.execute(
            insert(table)
            .values(precinct_id=precinct_id, ballot=ballot.value, **fields)
            .on_conflict_do_update(index_elements=["precinct_id", "ballot"], set_=fields)
        )
        return
    conn.execute(
        sqlite_insert(table)
        .values(precinct_id=precinct_id, ballot=ballot.value, **fields)
        .on_conflict_do_update(index_elements=["precinct_id", "ballot"], set_=fields)
    )


def drop_working_copy(session: Session, precinct_id: int, ballot: BallotKind) -> None:
    session.execute(
        delete(WorkingCopyRow).where(
            col(WorkingCopyRow.precinct_id) == precinct_id,
            col(WorkingCopyRow.ballot) == ballot.value,
        )
    )
