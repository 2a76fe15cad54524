"""Auditing the record: recompute every hash chain, replay every protocol's events, and
recompute every version's fingerprint; each broken link as a typed error naming the protocol
and what changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlmodel import col

from tallyapp.domain.errors import TallyError
from tallyapp.services.transaction import reading
from tallyapp.storage.audit_chain import ChainReport, verify_chains
from tallyapp.storage.tables import PrecinctRow, ProtocolRow


@dataclass(frozen=True)
class AuditResult:
    entries: int
    protocols: int
    versions: int
    broken: list[TallyError]

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


def audit_database(engine: Engine) -> AuditResult:
    """Every chain, head and version of the database."""
    with reading(engine) as session:
        return _result(verify_chains(session))


def audit_precincts(engine: Engine, election_id: str, numbers: list[str]) -> AuditResult:
    """The chains of the protocols of some precincts (before their figures are signed)."""
    with reading(engine) as session:
        ids: set[int] = set()
        for i in range(0, len(numbers), 900):
            ids |= set(
                session.scalars(
                    select(col(ProtocolRow.id))
                    .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
                    .where(
                        col(PrecinctRow.election_id) == election_id,
                        col(PrecinctRow.number).in_(numbers[i : i + 900]),
                    )
                )
            )
        return _result(verify_chains(session, ids))


def audit_precinct_ids(engine: Engine, precinct_ids: list[int]) -> AuditResult:
    """The chains of the protocols of some precincts, by their row ids."""
    with reading(engine) as session:
        ids: set[int] = set()
        for i in range(0, len(precinct_ids), 900):
            ids |= set(
                session.scalars(
                    select(col(ProtocolRow.id)).where(
                        col(ProtocolRow.precinct_id).in_(precinct_ids[i : i + 900])
                    )
                )
            )
        return _result(verify_chains(session, ids))


class ChainBroken(TallyError):
    code = "export.chain-broken"


def refuse_if_broken(result: AuditResult) -> None:
    """Nothing is signed over figures whose record was tampered with."""
    if not result.intact:
        raise ChainBroken("export.chain-broken", count=len(result.broken), first=result.broken[0])
