"""The history of a protocol: every version, what changed in it, and who signed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from tallyapp.domain.election import Names
from tallyapp.domain.lines import lines_of
from tallyapp.domain.sheet import Sheet
from tallyapp.services.transaction import reading
from tallyapp.storage.protocols import history, version_id_of
from tallyapp.storage.signing_records import signings_of


@dataclass(frozen=True)
class LineChange:
    key: str
    names: Names
    old: int | None
    new: int


@dataclass(frozen=True)
class VersionEntry:
    number: int
    kind: str
    reason: str
    saved_at: datetime
    saved_by: str
    workstation: str
    fingerprint: str
    changes: tuple[LineChange, ...]
    signing: dict[str, Any] | None = None


def version_history(engine: Engine, sheet: Sheet) -> list[VersionEntry]:
    """Every version of the sheet's protocol, oldest first, each with what changed since the
    one before and its signing record if it was signed."""
    with reading(engine) as s:
        versions = history(s, sheet.election.id, sheet.precinct.number, sheet.ballot)
        ids = {
            v.version_number: version_id_of(s, v.protocol_id, v.version_number) for v in versions
        }
        signings = signings_of(s, [i for i in ids.values() if i is not None])
    entries = []
    previous: dict[str, int] = {}
    for v in versions:
        current = lines_of(v.protocol)
        changes = tuple(
            LineChange(line.key, line.names, previous.get(line.key), current.get(line.key, 0))
            for line in sheet.lines
            if not previous or previous.get(line.key) != current.get(line.key, 0)
        )
        vid = ids.get(v.version_number)
        entries.append(
            VersionEntry(
                v.version_number,
                v.version_kind,
                v.reason,
                v.saved_at,
                v.saved_by,
                v.workstation,
                v.fingerprint,
                changes,
                signings.get(vid) if vid is not None else None,
            )
        )
        previous = current
    return entries
