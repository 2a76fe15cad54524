"""What became of each file of an import, as data: the CLI and the GUI put it in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tallyapp.domain.election import Names
from tallyapp.domain.errors import TallyError
from tallyapp.services.exchange.format import FileKind


class Outcome(StrEnum):
    ACCEPTED = "accepted"  # something new was stored
    DUPLICATE = "duplicate"  # nothing new
    CONFLICT = "conflict"  # a different protocol for a precinct that has one: kept aside
    OBSERVER = "observer copy"  # kept to compare with the official protocol
    UNSIGNED_COPY = "unsigned copy"  # a photo or scan: kept and compared, never official
    SUMMARY = "summary"  # a signed summary protocol: kept and compared with the sum here
    REJECTED = "rejected"  # nothing written; `reason` says why


@dataclass(frozen=True)
class Conflict:
    precinct: str
    ballot: str
    current_version: int
    current_fingerprint: str
    incoming_version: int
    incoming_fingerprint: str
    differences: tuple[tuple[str, int | None, int | None], ...]  # line, current, incoming
    # Each differing line's number on the paper form and its name: the reader's words for
    # the keys above ("vote:AMANAT" is line 8, «AMANAT» партиясы).
    lines: dict[str, tuple[int, Names]] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class SummaryDifference:
    """A line of a received summary protocol that differs from the sum recomputed here."""

    commission: str
    ballot: str
    line: str
    received: int
    recomputed: int
    names: Names | None = field(default=None, compare=False)  # the line's, in the 3 languages
    number: int | None = field(default=None, compare=False)  # its number on the paper form


@dataclass
class FileOutcome:
    path: str
    kind: FileKind = FileKind.UNREADABLE
    outcome: Outcome = Outcome.REJECTED
    reason: TallyError | None = None
    accepted: int = 0
    duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[TallyError] = field(default_factory=list)
    differences: list[SummaryDifference] = field(default_factory=list)
    # An unofficial copy (photo, scan, observer's copy) against the official protocol: each
    # protocol of the copy whose figures differ, line by line.
    compared: list[Conflict] = field(default_factory=list)
