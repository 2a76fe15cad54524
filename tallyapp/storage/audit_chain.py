"""The tamper-evident record: the audit log as hash chains, and their verification.

Each protocol has one chain of events: every version saved ("save-version", with its number
and fingerprint), every state change ("change-state") and every signing ("sign"). Everything
else (rosters, imports, the demo) chains per election. Each entry carries the hash of its
content and of the entry before it, so a row changed or removed by plain SQL, even with the
append-only triggers dropped, breaks its chain.

Verification recomputes every chain; replays each protocol's events to find the state and the
current version its head must show; recomputes each version's fingerprint from its lines; and
recounts the running totals per territorial commission (`storage.tallies`) from the protocols.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import protocol_from_lines
from tallyapp.domain.protocol import figures_fingerprint, fingerprint
from tallyapp.domain.tabulation import tabulation
from tallyapp.storage.tables import (
    AuditRow,
    ElectionRow,
    EntrySealRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)
from tallyapp.storage.tallies import verify_tallies

CONTENT = (
    "chain",
    "who",
    "workstation",
    "action",
    "election_id",
    "protocol_id",
    "version_number",
    "detail",
)


def chain_of(election_id: str | None, protocol_id: int | None) -> str:
    return f"protocol:{protocol_id}" if protocol_id is not None else f"election:{election_id}"


# Made once: an entry's hash is computed for every entry written and verified.
_CONTENT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def entry_hash(previous: str, entry: dict[str, Any]) -> str:
    content = _CONTENT.encode([entry.get(k) for k in CONTENT])
    return hashlib.sha256(f"{previous}\n{content}".encode()).hexdigest()


def last_hash(session: Session, chain: str) -> str:
    """The hash of the newest entry of a chain ("" for a chain not started yet)."""
    found = session.scalar(
        select(col(AuditRow.entry_hash))
        .where(col(AuditRow.chain) == chain)
        .order_by(col(AuditRow.id).desc())
        .limit(1)
    )
    return found or ""


def last_hashes(conn: Connection, chains: Sequence[str]) -> dict[str, str]:
    """The newest hash of many chains at once (for bulk writes)."""
    found: dict[str, str] = {}
    for i in range(0, len(chains), 900):
        newest = (
            select(func.max(AuditRow.id))
            .where(col(AuditRow.chain).in_(chains[i : i + 900]))
            .group_by(col(AuditRow.chain))
        )
        for chain, digest in conn.execute(
            select(col(AuditRow.chain), col(AuditRow.entry_hash)).where(
                col(AuditRow.id).in_(newest)
            )
        ):
            found[str(chain)] = str(digest or "")
    return found


def chained(entries: Iterable[dict[str, Any]], previous: dict[str, str]) -> list[dict[str, Any]]:
    """Entries with their chain, previous hash and own hash filled in, in order; `previous`
    holds each chain's newest hash and is kept current."""
    out = []
    for entry in entries:
        chain = chain_of(entry.get("election_id"), entry.get("protocol_id"))
        before = previous.get(chain, "")
        full = {**entry, "chain": chain, "previous_hash": before}
        full["entry_hash"] = entry_hash(before, full)
        previous[chain] = full["entry_hash"]
        out.append(full)
    return out


# --- seals: what this transaction wrote, for the workstation to sign (services.seals) -----

UNSEALED = "tallyapp.unsealed-entries"
SETUP_TOUCHED = "tallyapp.election-actions"  # (election, action, who, workstation) written


def note_election_action(session: Session, election_id: str, action: str, actor: Any) -> None:
    """Remember what the election's chain was told in this session: some actions change the
    setup, whose digest is then recorded again (services.setup_seal)."""
    session.info.setdefault(SETUP_TOUCHED, set()).add(
        (election_id, action, actor.who, actor.workstation)
    )


def note_written(session: Session, hashes: Iterable[str]) -> None:
    """Remember the entries this session wrote, to be sealed before it commits."""
    session.info.setdefault(UNSEALED, []).extend(hashes)


def take_unsealed(session: Session) -> list[str]:
    written: list[str] = session.info.pop(UNSEALED, [])
    return written


def add_seal(session: Session, key_id: str, covers: str, signature: str) -> None:
    session.add(EntrySealRow(key_id=key_id, covers=covers, signature=signature))
    session.flush()


# --- verification --------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """One broken link: `rule` names it (an error code), `params` say where and what."""

    rule: str
    params: dict[str, object]


@dataclass
class ChainReport:
    entries: int = 0
    protocols: int = 0
    versions: int = 0
    breaks: list[Break] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.breaks


def verify_record(session: Session, chunk: int = 500) -> ChainReport:
    """Every chain of the record, protocol chains a few hundred at a time, so that memory
    stays flat however many protocols the record holds; the same checks as `verify_chains`.
    (The desktop app runs it at start, beside the windows: 500 at a time, the national demo's
    audit holds 13 MB, half what 2,000 held, in the same time.)"""
    report = verify_chains(session, election_only=True)
    # Heads, and chains whose head is gone: every protocol the record ever held.
    heads = session.scalars(select(col(ProtocolRow.id)))
    chains = session.scalars(
        select(col(AuditRow.protocol_id)).where(col(AuditRow.protocol_id).is_not(None)).distinct()
    )
    ids = sorted({i for i in [*heads, *chains] if i is not None})
    for start in range(0, len(ids), chunk):
        part = verify_chains(session, set(ids[start : start + chunk]))
        report.entries += part.entries
        report.protocols += part.protocols
        report.versions += part.versions
        report.breaks += part.breaks
    # The running totals results read: each recounted from the protocols just verified.
    for election_id in session.scalars(select(col(ElectionRow.id))):
        report.breaks += [
            Break("audit.tally-differs", asdict(difference))
            for difference in verify_tallies(session.connection(), election_id)
        ]
    return report


def verify_chains(
    session: Session, protocol_ids: set[int] | None = None, election_only: bool = False
) -> ChainReport:
    """Recompute the chains (all of them, those of some protocols, or the election's own)."""
    report = ChainReport()
    where = []
    if protocol_ids is not None:
        where.append(col(AuditRow.chain).in_([f"protocol:{p}" for p in protocol_ids]))
    if election_only:
        where.append(col(AuditRow.protocol_id).is_(None))
    # Plain rows, not ORM objects: a national record is some 60,000 entries, and objects in
    # the session's identity map would hold hundreds of megabytes until the audit ends.
    rows = session.execute(
        select(*AuditRow.__table__.columns).where(*where).order_by(col(AuditRow.id))  # type: ignore[attr-defined]
    ).yield_per(5_000)
    previous: dict[str, str] = {}
    events: dict[int, list[Any]] = {}
    for row in rows:
        report.entries += 1
        entry = {k: getattr(row, k) for k in CONTENT}
        expected_chain = chain_of(row.election_id, row.protocol_id)
        before = previous.get(expected_chain, "")
        if (
            row.chain != expected_chain
            or row.previous_hash != before
            or row.entry_hash != entry_hash(before, entry)
        ):
            report.breaks.append(
                Break(
                    "audit.entry-altered",
                    {"entry": row.id, "action": row.action, "chain": expected_chain},
                )
            )
        previous[expected_chain] = row.entry_hash or ""
        if row.protocol_id is not None:
            events.setdefault(row.protocol_id, []).append(row)
    if not election_only:
        _verify_heads(session, events, protocol_ids, report)
    return report


def _verify_heads(
    session: Session,
    events: dict[int, list[Any]],
    protocol_ids: set[int] | None,
    report: ChainReport,
) -> None:
    """Each head must be what its events say; each version as its event and its lines say.
    Everything is read in three queries: a national database has 20,000 protocols."""
    heads = select(ProtocolRow, col(PrecinctRow.number), col(PrecinctRow.district_number)).join(
        PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id)
    )
    versions = select(*ProtocolVersionRow.__table__.columns)  # type: ignore[attr-defined]
    lines = select(
        col(ProtocolLineRow.version_id), col(ProtocolLineRow.key), col(ProtocolLineRow.value)
    )
    if protocol_ids is not None:
        ids = sorted(protocol_ids)
        heads = heads.where(col(ProtocolRow.id).in_(ids))
        versions = versions.where(col(ProtocolVersionRow.protocol_id).in_(ids))
        lines = lines.join(
            ProtocolVersionRow, col(ProtocolVersionRow.id) == col(ProtocolLineRow.version_id)
        ).where(col(ProtocolVersionRow.protocol_id).in_(ids))
    by_protocol: dict[int, list[Any]] = {}
    for version in session.execute(versions):
        by_protocol.setdefault(version.protocol_id, []).append(version)
    figures: dict[int, dict[str, int]] = {}
    for version_id, key, value in session.execute(lines):
        figures.setdefault(version_id, {})[key] = value
    for head, number, district in session.execute(heads).all():
        report.protocols += 1
        where: dict[str, object] = {"precinct": number, "ballot": head.ballot}
        state, current, recorded, schemes = None, None, {}, {}
        provenance: dict[int | None, object] = {}
        for event in events.get(head.id or 0, []):
            detail = json.loads(event.detail or "{}")
            if event.action == "save-version":
                current, state = event.version_number, "draft"
                recorded[event.version_number] = detail.get("fingerprint")
                schemes[event.version_number] = detail.get("scheme", 1)
                provenance[event.version_number] = detail.get("provenance")
            elif event.action == "change-state":
                state = detail.get("new")
        entries = events.get(head.id or 0, [])
        if protocol_ids is None or entries:
            newest = entries[-1].entry_hash if entries else None
            if head.record_hash != newest:  # events cut from the end of its chain
                report.breaks.append(Break("audit.chain-cut", dict(where)))
        chain = by_protocol.get(head.id or 0, [])
        shown = next((v for v in chain if v.id == head.current_version_id), None)
        if state != head.state or (shown.number if shown else None) != current:
            report.breaks.append(
                Break(
                    "audit.head-differs",
                    {
                        **where,
                        "state": head.state,
                        "recorded_state": state or "—",
                        "version": shown.number if shown else "—",
                        "recorded_version": current or "—",
                    },
                )
            )
        kind = BallotKind(head.ballot)
        for version in chain:
            report.versions += 1
            protocol = protocol_from_lines(
                head.election_id,
                kind,
                number,
                tabulation(kind).district_of(district),
                figures.get(version.id or 0, {}),
            )
            # The scheme is read from the chained event, so it cannot be changed unseen.
            expected = (
                figures_fingerprint(protocol)
                if schemes.get(version.number) == 1
                else fingerprint(protocol, version.number, version.kind)
            )
            if expected != version.fingerprint:
                report.breaks.append(
                    Break("audit.figures-altered", {**where, "version": version.number})
                )
            said = provenance.get(version.number)
            if said is not None and said != version.provenance:  # a copy passed off as signed
                report.breaks.append(
                    Break("audit.provenance-altered", {**where, "version": version.number})
                )
            if recorded.get(version.number) != version.fingerprint:
                report.breaks.append(
                    Break("audit.version-unrecorded", {**where, "version": version.number})
                )
