"""How many wrong PINs a member may type, and how long they then wait.

Five wrong PINs in a row lock the member's sign-in; each wrong PIN after that (once the lock
has passed) locks it again for twice as long, up to a day. The chair or the secretary lifts
the lock. A guesser at three PINs a second would otherwise try a 4-digit PIN's 10,000 values
in under an hour."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_WRONG_PINS = 5
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(days=1)


def lock_after(failures: int) -> timedelta | None:
    """How long sign-in is locked after `failures` wrong PINs in a row (None: not locked)."""
    if failures < MAX_WRONG_PINS:
        return None
    doublings = min(failures - MAX_WRONG_PINS, 20)
    return min(FIRST_LOCK * (1 << doublings), LONGEST_LOCK)


def locked_for(locked_until: datetime | None, now: datetime) -> timedelta | None:
    """What is left of a lock at `now` (None: not locked)."""
    if locked_until is None or locked_until <= now:
        return None
    return locked_until - now
