"""The register an import checks against: precincts, commissions, candidates, current heads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.admission import Roll
from tallyapp.domain.authority import (
    PRECINCT_PREFIX,
    Roster,
    Signer,
    Structure,
    authorise_signer,
    precinct_commission,
)
from tallyapp.services.setup import election_of
from tallyapp.storage.rosters import load_rosters
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolRow,
    ProtocolVersionRow,
    assigned,
)

# A protocol's head as the register knows it, by (precinct id, ballot):
# (protocol id, lock, version number, fingerprint, state).
Heads = dict[tuple[int, str], tuple[int, int, int, str, str]]


@dataclass
class Register(Roll):
    """The precincts, commissions and current protocols of the importing database."""

    levels: dict[str, str] = field(default_factory=dict)
    rosters: dict[str, Roster] = field(default_factory=dict)  # loaded as files need them
    engine: Engine | None = field(default=None, repr=False)
    heads: Heads = field(default_factory=dict)
    _under: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @staticmethod
    def load(conn: Connection, with_heads: bool = True) -> Register:
        with Session(bind=conn) as s:
            election = election_of(s)
        rows = conn.execute(
            select(
                col(CommissionRow.id),
                col(CommissionRow.code),
                col(CommissionRow.parent_id),
                col(CommissionRow.level),
            ).where(col(CommissionRow.election_id) == election.id)
        ).all()
        code_of = {cid: code for cid, code, _, _ in rows}
        parents = {code: code_of.get(parent) for _, code, parent, _ in rows}
        levels = {code: level for _, code, _, level in rows}
        precincts = {
            number: (assigned(pid), code_of[tec], district)
            for pid, number, tec, district in conn.execute(
                select(
                    col(PrecinctRow.id),
                    col(PrecinctRow.number),
                    col(PrecinctRow.tec_id),
                    col(PrecinctRow.district_number),
                ).where(col(PrecinctRow.election_id) == election.id)
            )
        }
        # Each district's candidates in the register's ballot positions: the order the
        # printed lines and the protocol code list them in.
        candidates: dict[int, list[str]] = {}
        for district, code in conn.execute(
            select(col(CandidateRow.district_number), col(CandidateRow.code))
            .where(col(CandidateRow.election_id) == election.id)
            .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
        ):
            candidates.setdefault(district, []).append(code)
        register = Register(election, precincts, parents, candidates, levels, {}, conn.engine)
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

    @cached_property
    def structure(self) -> Structure:
        """The commission tree as the authority rules read it."""
        return Structure(
            self.parents,
            self.levels,
            lambda number: self.precincts[number][1] if number in self.precincts else None,
        )

    def need_rosters(self, documents: Iterable[str]) -> None:
        """Load, in one query, the rosters authority reads for these documents: each
        document's commission and the one above it (which may key a paper protocol). Each
        roster is read once: 52,000 members of the national register are not read for every
        import."""
        wanted = set(documents)
        wanted |= {p for d in wanted if (p := self.structure.parent(d)) is not None}
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
            self.election.authority, self.structure, self.rosters, document, signer, present
        )

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
        if code in self.precincts_by_tec:  # a territorial commission's own: no search
            return [code]
        return [tec for tec in self.precincts_by_tec if self.is_under(tec, code)]

    def precinct_ids_under(self, code: str) -> list[int]:
        """Ids of every precinct under a commission (cached: the tree does not change)."""
        if code not in self._under:
            self._under[code] = [
                pid for tec in self.tecs_under(code) for pid in self.precincts_by_tec[tec]
            ]
        return self._under[code]
