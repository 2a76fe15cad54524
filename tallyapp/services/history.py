"""The history of a protocol: every version, what changed in it, and who signed it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import col

from tallyapp.domain.authority import Provenance, unofficial_reason
from tallyapp.domain.election import Names
from tallyapp.domain.errors import TallyError
from tallyapp.domain.lines import lines_of
from tallyapp.domain.sheet import Sheet
from tallyapp.services.transaction import reading
from tallyapp.storage.protocols import history, version_id_of
from tallyapp.storage.signing_records import signings_of
from tallyapp.storage.tables import ReceivedFileRow, ReceivedRow


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
    provenance: str = "keyed"  # keyed here, or received signed
    commission: str = ""  # on whose behalf it was keyed or signed
    signer: str = ""


@dataclass(frozen=True)
class CopyEntry:
    """A photo, scan or observer's copy of the protocol: kept and compared, never official."""

    received_at: datetime
    source: str  # the file's name
    provenance: str  # received-unsigned or observer
    fingerprint: str
    differences: tuple[LineChange, ...]  # from the official protocol shown now
    why_not_official: TallyError


def unofficial_copies(engine: Engine, sheet: Sheet) -> list[CopyEntry]:
    """Every unofficial copy of this protocol received, oldest first, each with the lines in
    which it differs from the protocol as it stands."""
    official = lines_of(sheet.stored.protocol) if sheet.stored else {}
    found = []
    with reading(engine) as s:
        for at, source, kind, digest, figures in s.execute(
            select(
                col(ReceivedFileRow.at),
                col(ReceivedFileRow.source),
                col(ReceivedFileRow.kind),
                col(ReceivedRow.fingerprint),
                col(ReceivedRow.figures),
            )
            .join(ReceivedFileRow, col(ReceivedFileRow.id) == col(ReceivedRow.file_id))
            .where(
                col(ReceivedRow.precinct) == sheet.precinct.number,
                col(ReceivedRow.ballot) == sheet.ballot.value,
                col(ReceivedRow.outcome) == "observer",
                col(ReceivedFileRow.election_id) == sheet.election.id,
            )
            .order_by(col(ReceivedRow.id))
        ):
            copy: dict[str, int] = json.loads(figures or "{}")
            provenance = (
                Provenance.OBSERVER if kind.startswith("observer") else Provenance.RECEIVED_UNSIGNED
            )
            reason = unofficial_reason(provenance)
            assert reason is not None
            found.append(
                CopyEntry(
                    at,
                    source,
                    provenance.value,
                    digest,
                    tuple(
                        LineChange(line.key, line.names, official.get(line.key), copy[line.key])
                        for line in sheet.lines
                        if line.key in copy and official.get(line.key) != copy[line.key]
                    ),
                    reason,
                )
            )
    return found


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
                v.provenance,
                v.commission,
                v.signer,
            )
        )
        previous = current
    return entries
