"""What a write did to the record, so that each screen refreshes only that (Anki's `OpChanges`).

The entry and review use cases return it beside what they return: the protocols whose stored
version or state they changed, each state before and after, and the progress of the
territorial commissions whose counts of received and accepted protocols moved, read from the
running totals in the same transaction. The desktop app repaints the rows and counts named
and recounts completeness only when a count moved; it derives none of it itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from tallyapp.domain.aggregation import ProtocolStatus
from tallyapp.domain.election import BallotKind
from tallyapp.services.navigation import Progress, read_progress


@dataclass(frozen=True)
class ProtocolChange:
    """A protocol a write stored a new version of, or moved to another state."""

    precinct: str
    ballot: BallotKind
    before: ProtocolStatus | None  # None: nothing was stored before
    after: ProtocolStatus

    @property
    def counted(self) -> bool:
        """Whether it may move its commission's counts: it was or is now held by the
        commission above (received) or accepted."""
        return any(s is not None and s.received for s in (self.before, self.after))

    @property
    def tallied(self) -> bool:
        """Whether it moves the results: it was accepted, or is now, not both."""
        return (self.before is ProtocolStatus.ACCEPTED) != (self.after is ProtocolStatus.ACCEPTED)


@dataclass(frozen=True)
class Changes:
    protocols: tuple[ProtocolChange, ...] = ()
    # (territorial commission code, ballot) -> its progress as the write left it; only the
    # commissions whose counts the write may have moved.
    progress: Mapping[tuple[str, str], Progress] = field(default_factory=dict)

    @property
    def precincts(self) -> frozenset[str]:
        return frozenset(c.precinct for c in self.protocols)

    @property
    def commissions(self) -> frozenset[str]:
        """The territorial commissions whose progress is given."""
        return frozenset(code for code, _ballot in self.progress)

    @property
    def completeness(self) -> bool:
        """Whether the counts of received or accepted protocols may have moved."""
        return bool(self.progress)

    @property
    def tallies(self) -> bool:
        """Whether the accepted figures, and so the results, changed."""
        return any(c.tallied for c in self.protocols)

    def of(self, precinct: str) -> tuple[ProtocolChange, ...]:
        return tuple(c for c in self.protocols if c.precinct == precinct)


def changes_of(session: Session, election_id: str, *protocols: ProtocolChange) -> Changes:
    """The changes of a write, in its own session (before it commits): the protocols it
    changed, and the progress of the commissions of those that may move a count."""
    counted = {c.precinct for c in protocols if c.counted}
    progress = read_progress(session.connection(), election_id, counted) if counted else {}
    return Changes(protocols, progress)
