"""Workstation keys: each transaction sealed with a key the database does not hold, and the
audit's check that every entry bears the seal of an enrolled workstation.

A workstation's key lives in its user data folder (`TALLYAPP_WORKSTATION_KEY` names another
file), made on first use; the database holds only its public half, in the enrolment a
commission's chair signed with their personal key (`services.enrolment`). Every use case
(`services.transaction.use_case`) seals the audit entries it wrote before it commits: their
hashes, signed with this workstation's key (`entry_seal`). Each entry's hash covers its
chain's previous hash and its content, so a seal vouches for exactly those entries.

The audit verifies each enrolment (its signature against the trusted authorities, the
signer the chair of the commission it names by the rosters), then each seal (one signature
per transaction, not per entry: a national import is some 200 seals), and reports every
audit entry that no valid seal of an enrolled key covers, by chain. A database writer
without an enrolled workstation's key can add rows and recompute chains, but not that.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import Role
from tallyapp.domain.errors import TallyError
from tallyapp.reports.detached import CertificateBook, SignatureProblem, TrustRoots
from tallyapp.reports.workstation_signing import (
    SealVerifier,
    WorkstationKeyProblem,
    key_id,
    load_key,
    new_key_pem,
    public_pem,
    sign_seal,
)
from tallyapp.storage.audit_chain import add_seal, take_unsealed
from tallyapp.storage.tables import AuditRow, EntrySealRow, PrecinctRow, ProtocolRow, assigned

ENROL = "enrol-workstation"


def workstation_key_path() -> Path:
    named = os.environ.get("TALLYAPP_WORKSTATION_KEY")
    return (
        Path(named)
        if named
        else Path(user_data_dir("tallyapp", appauthor=False)) / ("workstation-key.pem")
    )


@dataclass(frozen=True)
class WorkstationKey:
    path: Path
    key: Any  # ec.EllipticCurvePrivateKey
    public: str
    id: str


@cache
def _key_at(path: Path) -> WorkstationKey:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # made once, readable by its owner only; a racing process keeps the first
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(new_key_pem())
        except FileExistsError:
            pass
    try:
        key = load_key(path.read_bytes())
    except (OSError, WorkstationKeyProblem) as exc:
        raise TallyError("workstation.key", path=str(path), detail=str(exc)) from None
    public = public_pem(key)
    return WorkstationKey(path, key, public, key_id(public))


def this_workstation() -> WorkstationKey:
    """This workstation's key, made the first time it is needed."""
    return _key_at(workstation_key_path())


def seal_written(session: Session) -> None:
    """Seal the audit entries this session wrote, with this workstation's key; a change to
    the election's setup is first recorded as the setup's new digest."""
    from tallyapp.services.setup_seal import record_setup_if_changed

    record_setup_if_changed(session)
    written = take_unsealed(session)
    if not written:
        return
    key = this_workstation()
    covers = "\n".join(written)
    add_seal(session, key.id, covers, sign_seal(key.key, covers))


# --- the audit's check --------------------------------------------------------------------


@dataclass
class SealReport:
    enrolled: int = 0
    seals: int = 0
    broken: list[TallyError] = field(default_factory=list)


ADMINISTRATOR = "administrator"  # who the record names for the first setup (services.setup)


def verify_seals(session: Session, roots: TrustRoots | None, register: Any) -> SealReport:
    """Every enrolment, every seal, and every audit entry covered by a valid seal of an
    enrolled workstation. `register`: the election's `Register` (its rosters judge the
    enrolments' signers)."""
    report = SealReport()
    verifier = SealVerifier()
    for entry_id, detail in session.execute(
        select(col(AuditRow.id), col(AuditRow.detail))
        .where(col(AuditRow.action) == ENROL)
        .order_by(col(AuditRow.id))
    ):
        problem = _enrolment_problem(detail, roots, register, verifier)
        if problem is None:
            report.enrolled += 1
        else:
            report.broken.append(
                TallyError("audit.enrolment-unverified", entry=entry_id, reason=problem)
            )
    covered: set[str] = set()
    unknown: dict[str, int] = {}
    # The first setup of a new database, by its administrator, comes before any chair could
    # enrol a workstation: the one exception the rules make; its entries need no enrolled seal.
    first_setup = set(
        session.scalars(select(col(AuditRow.entry_hash)).where(col(AuditRow.who) == ADMINISTRATOR))
    )
    # So does a setup laid out from a file the CEC signed: its signature, verified again by
    # `setup_seal.verify_setup`, is what proves that entry.
    from tallyapp.services.setup_seal import signed_setup_entry

    first_setup |= signed_setup_entry(session)
    for seal_id, kid, covers, signature in session.execute(
        select(
            col(EntrySealRow.id),
            col(EntrySealRow.key_id),
            col(EntrySealRow.covers),
            col(EntrySealRow.signature),
        ).order_by(col(EntrySealRow.id))
    ).yield_per(500):
        report.seals += 1
        if not verifier.knows(kid):
            if set(covers.split("\n")) <= first_setup:
                covered.update(covers.split("\n"))
                continue
            unknown[kid] = unknown.get(kid, 0) + 1
        elif verifier.holds(kid, covers, signature):
            covered.update(covers.split("\n"))
        else:
            report.broken.append(TallyError("audit.seal-forged", seal=seal_id, key=kid))
    for kid, count in unknown.items():
        report.broken.append(TallyError("audit.seal-not-enrolled", key=kid, seals=count))
    report.broken += _unsealed(session, covered)
    return report


def _enrolment_problem(
    detail: str, roots: TrustRoots | None, register: Any, verifier: SealVerifier
) -> TallyError | None:
    try:
        data = json.loads(detail or "{}")
        record, certificate = data["record"], data["certificate"]
        signer = str(record["signature"]["signer"])
        public = str(record["public_key"])
    except (ValueError, KeyError, TypeError):
        return TallyError("enrolment.malformed")
    if not roots:
        return TallyError("enrolment.no-trust")
    try:
        book = CertificateBook(roots, {signer: certificate})
        holder = book.identities[book.verify(record)]
    except SignatureProblem as exc:
        return TallyError("enrolment.signature", detail=str(exc))
    if record.get("election") != register.election.id or key_id(public) != record.get("key_id"):
        return TallyError("enrolment.other", key=str(record.get("key_id")))
    commission = str(record.get("commission"))
    try:
        signed_for = register.authorise(commission, holder, None)
    except TallyError as exc:
        return exc
    roster = register.rosters.get(signed_for)
    member = roster.member(holder.iin) if roster is not None and holder.iin else None
    if member is None or member.role is not Role.CHAIR:
        return TallyError("enrolment.not-chair", signer=holder.label, commission=commission)
    try:
        verifier.add(public)
    except WorkstationKeyProblem as exc:
        return TallyError("enrolment.malformed", detail=str(exc))
    return None


def _unsealed(session: Session, covered: set[str]) -> Iterator[TallyError]:
    """Entries no valid seal covers, one error per chain: where it starts and how many; and
    entries a valid seal covers that are no longer in the record."""
    found: dict[str, list[int]] = {}
    protocols: set[int] = set()
    missing = set(covered)
    for entry_id, chain, digest, protocol_id in session.execute(
        select(
            col(AuditRow.id),
            col(AuditRow.chain),
            col(AuditRow.entry_hash),
            col(AuditRow.protocol_id),
        ).order_by(col(AuditRow.id))
    ).yield_per(5_000):
        missing.discard(digest)
        if digest not in covered:
            found.setdefault(str(chain), []).append(assigned(entry_id))
            if protocol_id is not None:
                protocols.add(protocol_id)
    if missing:  # entries a workstation sealed, removed since: the record was cut
        yield TallyError("audit.sealed-entries-missing", entries=len(missing))
    where: dict[str, tuple[str, str]] = {}
    ids = sorted(protocols)
    for i in range(0, len(ids), 900):
        for pid, number, ballot in session.execute(
            select(col(ProtocolRow.id), col(PrecinctRow.number), col(ProtocolRow.ballot))
            .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
            .where(col(ProtocolRow.id).in_(ids[i : i + 900]))
        ):
            where[f"protocol:{pid}"] = (number, ballot)
    for chain, entries in found.items():
        if chain in where:
            number, ballot = where[chain]
            yield TallyError(
                "audit.protocol-unsealed",
                precinct=number,
                ballot=ballot,
                entries=len(entries),
                first=entries[0],
            )
        else:
            yield TallyError(
                "audit.entries-unsealed", chain=chain, entries=len(entries), first=entries[0]
            )
