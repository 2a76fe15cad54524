"""The paper form of one protocol as it is keyed: its lines in paper order and their figures.

A figure not yet keyed is None. Pure data and rules: the entry service loads and stores it,
the desktop app shows it, the checks run on what it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind, Election, Names
from tallyapp.domain.lifecycle import SEALED
from tallyapp.domain.lines import AGAINST_ALL, choice_of, vote_key
from tallyapp.domain.protocol import Protocol
from tallyapp.domain.tabulation import LineWords, tabulation


class LineKind(StrEnum):
    FIELD = "field"
    CHOICE = "choice"
    AGAINST_ALL = "against_all"


@dataclass(frozen=True)
class SheetLine:
    key: str  # a header field, `vote:<choice>` or `against_all`
    number: int  # line number on the paper form
    names: Names
    kind: str  # a LineKind


@dataclass(frozen=True)
class PrecinctInfo:
    number: str
    name: str
    tec_code: str
    tec_name: str
    region_code: str
    district: int | None
    abroad: bool
    tec_names: Names | None = None  # the territorial commission's name in each language


@dataclass(frozen=True)
class StoredProtocol:
    """A stored version of a protocol, with the state of the protocol it belongs to."""

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
    provenance: str = "keyed"  # domain.authority.Provenance
    commission: str = ""  # on whose behalf it was keyed or signed
    signer: str = ""


@dataclass
class Sheet:
    election: Election
    precinct: PrecinctInfo
    ballot: BallotKind
    lines: tuple[SheetLine, ...]
    stored: StoredProtocol | None
    values: dict[str, int | None]
    restored_at: datetime | None = None  # a working copy newer than the stored version
    other: Protocol | None = None  # the precinct's other ballot, for the cross-ballot checks

    @property
    def state(self) -> State | None:
        return self.stored.state if self.stored else None

    @property
    def sealed(self) -> bool:
        return self.state in SEALED

    def line(self, key: str) -> SheetLine:
        return next(line for line in self.lines if line.key == key)

    def empty_lines(self, values: dict[str, int | None]) -> list[SheetLine]:
        return [line for line in self.lines if values.get(line.key) is None]


def sheet_lines(
    election: Election,
    ballot: BallotKind,
    candidates: list[tuple[str, str, str]],
    words: LineWords,
) -> tuple[SheetLine, ...]:
    """The lines of the paper form: header fields, one line per choice, then against all."""
    lines = [
        SheetLine(f.key, i, f.names, LineKind.FIELD)
        for i, f in enumerate(election.ballot(ballot).fields, 1)
    ]
    for choice in tabulation(ballot).choices(election, candidates, words):
        lines.append(SheetLine(vote_key(choice.id), len(lines) + 1, choice.names, LineKind.CHOICE))
    if election.has_against_all:
        lines.append(
            SheetLine(
                AGAINST_ALL,
                len(lines) + 1,
                words.against_all,
                LineKind.AGAINST_ALL,
            )
        )
    return tuple(lines)


def to_protocol(sheet: Sheet, values: dict[str, int | None] | None = None) -> Protocol:
    """The protocol the figures make; an empty line counts as 0 for the checks."""
    values = sheet.values if values is None else values
    fields = {line.key: values.get(line.key) or 0 for line in sheet.lines if line.kind == "field"}
    votes = {
        choice_of(line.key): values.get(line.key) or 0
        for line in sheet.lines
        if line.kind == LineKind.CHOICE
    }
    return Protocol(
        sheet.election.id,
        sheet.ballot,
        sheet.precinct.number,
        fields,
        votes,
        values.get(AGAINST_ALL) or 0,
        tabulation(sheet.ballot).district_of(sheet.precinct.district),
    )


def double_entry_mismatches(
    first: dict[str, int | None], second: dict[str, int | None]
) -> list[str]:
    """Lines whose two blind keyings differ (an empty line differs from any figure)."""
    return [key for key in first if first.get(key) != second.get(key)]
