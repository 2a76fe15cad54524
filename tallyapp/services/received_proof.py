"""Proof of every version stored as received signed, from the bytes kept on receipt.

A row that says "received signed" is only a claim: whoever can write to the database can
write one, hash chain and all. What a writer cannot make is the signature of a rightful
signer. So the audit reads every received file again, byte for byte as it arrived
(`received_file`), verifies each record's signature against the trusted authorities and the
signer's authority by the election's rosters (the same readers an import uses), and then asks
of each version claiming to be received signed: does a verified record of this precinct,
ballot, version and kind carry exactly these figures? A version without such a record is
reported, naming the precinct, the version and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import Provenance
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.domain.lines import lines_of
from tallyapp.reports.detached import TrustRoots
from tallyapp.services.exchange.format import FileKind
from tallyapp.services.exchange.readers import Read, read_package, read_pdf
from tallyapp.services.exchange.reconcile import paper_lines
from tallyapp.services.exchange.register import Register
from tallyapp.storage.tables import (
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
    ReceivedFileRow,
    assigned,
)

# (precinct, ballot, version number) -> (kind, lines, signer) of each verified record
Proven = dict[tuple[str, str, int], list[tuple[str, dict[str, int], str]]]


@dataclass
class ReceivedProof:
    files: int = 0  # distinct received files read again
    versions: int = 0  # versions claiming to be received signed
    broken: list[TallyError] = field(default_factory=list)


def prove_received(session: Session, roots: TrustRoots | None) -> ReceivedProof:
    """Every version stored as received signed, checked against the signed files kept."""
    proof = ReceivedProof()
    claims = session.execute(
        select(
            col(ProtocolVersionRow.id),
            col(ProtocolVersionRow.number),
            col(ProtocolVersionRow.kind),
            col(ProtocolRow.ballot),
            col(PrecinctRow.number),
        )
        .join(ProtocolRow, col(ProtocolRow.id) == col(ProtocolVersionRow.protocol_id))
        .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
        .where(col(ProtocolVersionRow.provenance) == Provenance.RECEIVED_SIGNED.value)
        .order_by(col(PrecinctRow.number), col(ProtocolRow.ballot), col(ProtocolVersionRow.number))
    ).all()
    proof.versions = len(claims)
    if not claims:
        return proof  # nothing claims a signature: no file needs reading
    if not roots:
        proof.broken.append(TallyError("audit.received-no-trust", versions=len(claims)))
        return proof
    register = Register.load(session.connection(), with_heads=False)
    proven = _verified_records(session, register, roots, proof)
    figures = _lines_of(session, [assigned(c[0]) for c in claims])
    for version_id, number, kind, ballot, precinct in claims:
        where = {"precinct": precinct, "ballot": ballot, "version": number}
        records = proven.get((precinct, ballot, number), [])
        stored = figures.get(assigned(version_id), {})
        if any(k == kind and lines == stored for k, lines, _ in records):
            continue
        if not records:
            proof.broken.append(TallyError("audit.received-unproven", **where))
            continue
        signed_kind, signed, _ = records[0]
        differing = _differing_lines(session, register, precinct, ballot, stored, signed)
        lines = Problems(
            differing[:5]
            or [TallyError("audit.kind-differs", stored_kind=kind, signed_kind=signed_kind)]
        )
        proof.broken.append(TallyError("audit.received-differs", **where, lines=lines))
    return proof


def _differing_lines(
    session: Session,
    register: Register,
    precinct: str,
    ballot: str,
    stored: dict[str, int],
    signed: dict[str, int],
) -> list[TallyError]:
    """Each line whose stored figure is not the signed one, named as the paper form names
    it (its number and words), in the form's order."""
    keys = [k for k in {*signed, *stored} if signed.get(k) != stored.get(k)]
    paper = paper_lines(session.connection(), register, precinct, ballot, keys)
    return [
        TallyError(
            "audit.line-differs",
            line=paper[k][0] if k in paper else k,
            name=paper[k][1] if k in paper else k,
            stored=stored.get(k, "—"),
            signed=signed.get(k, "—"),
        )
        for k in sorted(keys, key=lambda k: (paper[k][0] if k in paper else 10**6, k))
    ]


def _verified_records(
    session: Session, register: Register, roots: TrustRoots, proof: ReceivedProof
) -> Proven:
    """Each distinct received file read again as an import reads it; a file that no longer
    verifies is reported and proves nothing."""
    importer = register.tree.root
    proven: Proven = {}
    seen: set[str] = set()
    files = session.execute(
        select(
            col(ReceivedFileRow.id),
            col(ReceivedFileRow.source),
            col(ReceivedFileRow.sha256),
            col(ReceivedFileRow.kind),
        ).order_by(col(ReceivedFileRow.id))
    ).all()
    for file_id, source, sha256, kind in files:
        if kind not in (FileKind.PACKAGE.value, FileKind.SIGNED_PDF.value) or sha256 in seen:
            continue  # photos and observers' copies prove nothing; a file read once is enough
        seen.add(sha256)
        data = session.scalar(
            select(col(ReceivedFileRow.content)).where(col(ReceivedFileRow.id) == file_id)
        )
        proof.files += 1
        try:
            _, items, _ = _read(bytes(data or b""), kind, register, roots, importer)
        except TallyError as exc:
            proof.broken.append(
                TallyError("audit.received-file-unverified", file=Path(source).name, reason=exc)
            )
            continue
        finally:
            register.forget_precinct_rosters()  # memory stays flat over a country's files
        for item in items:
            key = (item.protocol.precinct, item.protocol.ballot.value, item.version)
            proven.setdefault(key, []).append((item.kind, lines_of(item.protocol), item.signer))
    return proven


def _read(data: bytes, kind: str, register: Register, roots: TrustRoots, importer: str) -> Read:
    warnings: list[TallyError] = []
    if kind == FileKind.SIGNED_PDF.value:
        return read_pdf(data, register, roots, importer, warnings)
    return read_package(data, register, roots, importer, warnings)


def _lines_of(session: Session, version_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    ids = sorted(version_ids)
    out: dict[int, dict[str, int]] = {}
    for i in range(0, len(ids), 900):
        for version_id, key, value in session.execute(
            select(
                col(ProtocolLineRow.version_id),
                col(ProtocolLineRow.key),
                col(ProtocolLineRow.value),
            ).where(col(ProtocolLineRow.version_id).in_(ids[i : i + 900]))
        ):
            out.setdefault(version_id, {})[key] = value
    return out


__all__ = ["ReceivedProof", "prove_received"]
