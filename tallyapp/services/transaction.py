"""One use case, one transaction: the session a service opens, commits once, or rolls back.

Storage functions never commit. A service runs its use case inside `use_case(engine)`; the
whole of it is stored when the block ends, or nothing is when anything in it raises. A
unique-constraint violation at commit means another workstation got there first: it becomes
a ConflictError, never a database error.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from tallyapp.domain.errors import ConflictError


def is_unique_violation(exc: IntegrityError) -> bool:
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return state == "23505" or "UNIQUE constraint failed" in str(orig)


# A transaction the database gave up on only because another ran at the same moment: run
# again, whole, it succeeds. PostgreSQL: serialization failure, deadlock detected; SQLite: a
# writer that waited its whole busy timeout, or a read snapshot another writer overtook.
TRANSIENT_STATES = ("40001", "40P01")
ATTEMPTS = 6


def is_transient(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return state in TRANSIENT_STATES or "database is locked" in str(exc.orig)


def back_off(attempt: int) -> None:
    """Wait before attempt `attempt` (1, 2, ...): doubling from 50 ms, at most 1 s, jittered
    so that the workstations that collided do not collide again."""
    time.sleep(min(0.05 * 2 ** (attempt - 1), 1.0) * random.uniform(0.5, 1.5))


@contextmanager
def use_case(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed once at the end of the block, or not at all."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            _seal(session)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if is_unique_violation(exc):
                raise ConflictError("protocol.stored-meanwhile") from None
            raise
        except BaseException:
            session.rollback()
            raise


def _seal(session: Session) -> None:
    """Whatever the use case wrote to the audit log, sealed with this workstation's key."""
    from tallyapp.services.seals import seal_written

    seal_written(session)


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session that only reads: nothing it does is ever committed."""
    with Session(engine) as session:
        try:
            yield session
        finally:
            session.rollback()
