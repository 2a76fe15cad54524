"""Auditing the record: recompute every hash chain, replay every protocol's events, and
recompute every version's fingerprint; re-verify every version received signed from the
bytes kept on receipt (`received_proof`); each broken link as a typed error naming the
protocol and what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.errors import TallyError
from tallyapp.services.transaction import reading
from tallyapp.storage.audit_chain import ChainReport, verify_chains, verify_record
from tallyapp.storage.tables import ElectionRow, PrecinctRow, ProtocolRow, assigned


@dataclass(frozen=True)
class AuditResult:
    entries: int
    protocols: int
    versions: int
    broken: list[TallyError]
    received_versions: int = 0  # versions received signed, each proven from its file
    received_files: int = 0  # received files whose signatures were verified again
    seals: int = 0  # workstations' seals verified
    enrolled: int = 0  # workstations enrolled by a commission's chair
    setup_signed_by: str = ""  # the CEC's signer of the setup; "": the administrator's, unsigned
    amendments: tuple[Any, ...] = ()  # roster changes: signed by a member, or only sealed

    @property
    def intact(self) -> bool:
        return not self.broken


def _result(report: ChainReport) -> AuditResult:
    return AuditResult(
        report.entries,
        report.protocols,
        report.versions,
        [TallyError(b.rule, **b.params) for b in report.breaks],
    )


def audit_database(
    engine: Engine, trust: list[Path] | None = None, against: Path | None = None
) -> AuditResult:
    """Every chain, head and version of the database, and every version received signed
    proven by the signed file it came in (`trust`: the authorities its signers' keys chain
    to; by default the one `keygen` made and the practice one). `against`: a published
    checkpoint the record must still hold."""
    from tallyapp.services.amendments import verify_amendments
    from tallyapp.services.checkpoints import check_against
    from tallyapp.services.enrolment import current_practice_authority
    from tallyapp.services.exchange.register import Register
    from tallyapp.services.received_proof import prove_received
    from tallyapp.services.seals import verify_seals
    from tallyapp.services.setup_seal import verify_setup
    from tallyapp.services.signatures import default_trust, package_roots

    named = [str(t) for t in trust or []]
    practice = [p for p in [current_practice_authority()] if not named and p is not None]
    roots = package_roots([*default_trust(named), *practice])
    with reading(engine) as session:
        result = _result(verify_record(session))
        if session.scalar(select(col(ElectionRow.id)).limit(1)) is None:
            return result  # an empty database: nothing to prove
        register = Register.load(session.connection(), with_heads=False)
        seals = verify_seals(session, roots, register)
        setup, setup_signer = verify_setup(session, roots, register)
        amendments, unproven = verify_amendments(session, roots, register)
        proof = prove_received(session, roots)
        anchored = check_against(session, against, roots, register) if against else []
    return replace(
        result,
        broken=[*result.broken, *setup, *unproven, *seals.broken, *proof.broken, *anchored],
        received_versions=proof.versions,
        received_files=proof.files,
        seals=seals.seals,
        enrolled=seals.enrolled,
        setup_signed_by=setup_signer,
        amendments=tuple(amendments),
    )


def audit_precincts(engine: Engine, election_id: str, numbers: list[str]) -> AuditResult:
    """The chains of the protocols of some precincts, by number (before they are printed)."""
    with reading(engine) as session:
        precinct_ids = _ids_in_chunks(
            session,
            numbers,
            lambda chunk: select(col(PrecinctRow.id)).where(
                col(PrecinctRow.election_id) == election_id, col(PrecinctRow.number).in_(chunk)
            ),
        )
        return _audit_protocols_of(session, sorted(precinct_ids))


def audit_precinct_ids(engine: Engine, precinct_ids: list[int]) -> AuditResult:
    """The chains of the protocols of some precincts, by their row ids (a package's)."""
    with reading(engine) as session:
        return _audit_protocols_of(session, precinct_ids)


def _audit_protocols_of(session: Session, precinct_ids: list[int]) -> AuditResult:
    protocol_ids = _ids_in_chunks(
        session,
        precinct_ids,
        lambda chunk: select(col(ProtocolRow.id)).where(col(ProtocolRow.precinct_id).in_(chunk)),
    )
    return _result(verify_chains(session, protocol_ids))


def _ids_in_chunks(
    session: Session, keys: Sequence[Any], query: Callable[[Sequence[Any]], Select[Any]]
) -> set[int]:
    """Row ids found for many keys, 900 at a time (SQLite's limit on query parameters)."""
    found: set[int] = set()
    for i in range(0, len(keys), 900):
        found |= {assigned(row_id) for row_id in session.scalars(query(keys[i : i + 900]))}
    return found


class ChainBroken(TallyError):
    code = "export.chain-broken"


def refuse_if_broken(result: AuditResult) -> None:
    """Nothing is signed over figures whose record was tampered with."""
    if not result.intact:
        raise ChainBroken("export.chain-broken", count=len(result.broken), first=result.broken[0])
