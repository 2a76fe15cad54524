"""The register an import checks against: precincts, commissions, candidates, current heads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.admission import Roll
from tallyapp.domain.authority import (
    PRECINCT_PREFIX,
    Roster,
    Signer,
    authorise_signer,
    countersigner_refusal,
    precinct_commission,
)
from tallyapp.services.setup import election_of
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.rosters import load_rosters
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    ElectionRow,
    PrecinctRow,
    ProtocolRow,
    ProtocolVersionRow,
    assigned,
)

# A protocol's head as the register knows it, by (precinct id, ballot):
# (protocol id, lock, version number, fingerprint, state).
Heads = dict[tuple[int, str], tuple[int, int, int, str, str]]


def _tec_in(precincts: Mapping[str, tuple[int, str, int | None]], number: str) -> str | None:
    """A precinct's territorial commission, from the register's precincts."""
    found = precincts.get(number)
    return found[1] if found is not None else None


@dataclass
class Register(Roll):
    """The precincts, commissions and current protocols of the importing database."""

    rosters: dict[str, Roster] = field(default_factory=dict)  # loaded as files need them
    engine: Engine | None = field(default=None, repr=False)
    heads: Heads = field(default_factory=dict)
    _under: dict[str, list[int]] = field(default_factory=dict, repr=False)
    rehearsal: bool = False  # `init --rehearsal`: see services/rehearsal.py

    @staticmethod
    def load(conn: Connection, with_heads: bool = True) -> Register:
        with Session(bind=conn) as s:
            election = election_of(s)
        precincts = {
            number: (assigned(pid), tec, district)
            for pid, number, tec, district in conn.execute(
                select(
                    col(PrecinctRow.id),
                    col(PrecinctRow.number),
                    col(CommissionRow.code),
                    col(PrecinctRow.district_number),
                )
                .join(CommissionRow, col(CommissionRow.id) == col(PrecinctRow.tec_id))
                .where(col(PrecinctRow.election_id) == election.id)
            )
        }
        # Every precinct is read already: the tree answers from them.
        tree = read_commission_tree(conn, election.id).with_precincts(partial(_tec_in, precincts))
        # Each district's candidates in the register's ballot positions: the order the
        # printed lines and the protocol code list them in.
        candidates: dict[int, list[str]] = {}
        for district, code in conn.execute(
            select(col(CandidateRow.district_number), col(CandidateRow.code))
            .where(col(CandidateRow.election_id) == election.id)
            .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
        ):
            candidates.setdefault(district, []).append(code)
        register = Register(election, precincts, tree, candidates, {}, conn.engine)
        register.rehearsal = bool(
            conn.scalar(
                select(col(ElectionRow.rehearsal)).where(col(ElectionRow.id) == election.id)
            )
        )
        if with_heads:
            register.load_heads(conn)
        return register

    def load_heads(self, conn: Connection) -> None:
        """The current version of every protocol, as the database holds it now."""
        self.heads.clear()
        for pid, precinct, ballot, lock, state, number, digest in conn.execute(
            select(
                col(ProtocolRow.id),
                col(ProtocolRow.precinct_id),
                col(ProtocolRow.ballot),
                col(ProtocolRow.lock_version),
                col(ProtocolRow.state),
                col(ProtocolVersionRow.number),
                col(ProtocolVersionRow.fingerprint),
            )
            .join(
                ProtocolVersionRow,
                col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
            )
            .where(col(ProtocolRow.election_id) == self.election.id)
        ):
            self.heads[(precinct, ballot)] = (assigned(pid), lock, number, digest, state)

    def need_rosters(self, documents: Iterable[str]) -> None:
        """Load, in one query, the rosters authority reads for these documents: each
        document's commission and the one above it (which may key a paper protocol). Each
        roster is read once: 52,000 members of the national register are not read for every
        import."""
        wanted = set(documents)
        wanted |= {p for d in wanted if (p := self.tree.parent(d)) is not None}
        missing = {c for c in wanted if c not in self.rosters}
        if missing and self.engine is not None:
            with self.engine.connect() as conn:
                self.rosters.update(load_rosters(conn, self.election.id, missing))

    def forget_precinct_rosters(self) -> None:
        """Drop the precinct commissions' rosters read for a file: each precinct's protocols
        arrive in one file, and a long import would otherwise end holding every member of
        every precinct (700,000 at ten times the country)."""
        self.rosters = {
            code: roster
            for code, roster in self.rosters.items()
            if not code.startswith(PRECINCT_PREFIX)
        }

    def authorise(self, document: str, signer: Signer, present: list[str] | None) -> str:
        """The commission `signer` signed `document` for, or AuthorityError."""
        self.need_rosters([document])  # already loaded for a whole file: no query then
        return authorise_signer(
            self.election.authority, self.tree, self.rosters, document, signer, present
        )

    def countersigners(self, commission: str, signers: Iterable[tuple[Signer | None, str]]) -> None:
        """Every further signature is a member of `commission`, else AuthorityError naming it."""
        self.need_rosters([commission])
        for signer, shown in signers:
            refusal = countersigner_refusal(self.rosters, commission, signer, shown)
            if refusal is not None:
                raise refusal

    def authorise_protocol(self, record: Mapping[str, Any], signer: Signer) -> str:
        """The commission a signed precinct protocol record was signed for, the members the
        record names as present (by IIN) being the ones asked about; or AuthorityError."""
        members = record.get("members_present")
        present = [
            str(m.get("iin"))
            for m in (members if isinstance(members, list) else [])
            if isinstance(m, dict) and m.get("iin")
        ]
        document = precinct_commission(str(record.get("precinct")))
        return self.authorise(document, signer, present or None)

    @cached_property
    def precincts_by_tec(self) -> dict[str, list[int]]:
        by_tec: dict[str, list[int]] = {}
        for pid, tec, _district in self.precincts.values():
            by_tec.setdefault(tec, []).append(pid)
        return by_tec

    def tecs_under(self, code: str) -> list[str]:
        """The territorial commissions under a commission (itself, if it is one)."""
        return [t for t in self.tree.under(code, "tec") if t in self.precincts_by_tec]

    def precinct_ids_under(self, code: str) -> list[int]:
        """Ids of every precinct under a commission (cached: the tree does not change)."""
        if code not in self._under:
            self._under[code] = [
                pid for tec in self.tecs_under(code) for pid in self.precincts_by_tec[tec]
            ]
        return self._under[code]
