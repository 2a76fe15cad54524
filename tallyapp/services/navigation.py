"""Finding one's way: the commission tree, each precinct's protocol status, search, completeness."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.checks import check_protocol
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import protocol_from_lines
from tallyapp.services.setup import election_of
from tallyapp.storage.protocols import lines_of_versions
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolRow,
    WorkingCopyRow,
    assigned,
)


class PrecinctStatus(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    FAILING = "failing"  # a draft or checked protocol whose hard relations do not hold
    CHECKED = "checked"
    FINALISED = "finalised"
    TRANSMITTED = "transmitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NONE = "none"  # no such ballot here (green abroad)


@dataclass(frozen=True)
class PrecinctEntry:
    number: str
    name: str


@dataclass(frozen=True)
class TecEntry:
    code: str
    name: str


@dataclass(frozen=True)
class RegionEntry:
    code: str
    name: str
    tecs: tuple[TecEntry, ...]


class CommissionTree:
    """Regions and their territorial commissions; precincts are read per commission on demand."""

    def __init__(self, engine: Engine, lang: str = "en") -> None:
        self.engine = engine
        with Session(engine) as s:
            self.election = election_of(s)
            rows = list(
                s.scalars(
                    select(CommissionRow)
                    .where(col(CommissionRow.election_id) == self.election.id)
                    .order_by(col(CommissionRow.position))
                )
            )
            precincts = s.execute(
                select(
                    col(PrecinctRow.number), col(PrecinctRow.tec_id), col(PrecinctRow.abroad)
                ).where(col(PrecinctRow.election_id) == self.election.id)
            ).all()

        def name(row: CommissionRow) -> str:
            return {"kk": row.name_kk, "ru": row.name_ru}.get(lang, row.name_en)

        by_id = {r.id: r for r in rows}
        tecs = [r for r in rows if r.level == "tec"]

        def entry(row: CommissionRow, under: list[CommissionRow]) -> RegionEntry:
            return RegionEntry(row.code, name(row), tuple(TecEntry(t.code, name(t)) for t in under))

        # The top of the tree: national results are always one key away.
        top = next((r for r in rows if r.parent_id is None), None)
        self.top = entry(top, []) if top is not None else None
        self.regions = tuple(
            entry(r, [t for t in tecs if t.parent_id == r.id]) for r in rows if r.level == "region"
        )
        # District commissions count the green ballots of the territorial commissions in their
        # district: the tree shows them after the regions.
        decs = sorted((r for r in rows if r.level == "dec"), key=lambda r: r.district_number or 0)
        self.districts = tuple(
            entry(d, [t for t in tecs if t.district_number == d.district_number]) for d in decs
        )
        self.tec_of = {number: by_id[tec_id].code for number, tec_id, _ in precincts}
        self.abroad = {number: bool(abroad) for number, _, abroad in precincts}
        self._tec_ids = {r.code: r.id for r in rows if r.level == "tec"}

    def precincts_of(self, tec_code: str) -> list[PrecinctEntry]:
        with Session(self.engine) as s:
            rows = s.execute(
                select(col(PrecinctRow.number), col(PrecinctRow.name))
                .where(col(PrecinctRow.tec_id) == self._tec_ids[tec_code])
                .order_by(col(PrecinctRow.id))
            ).all()
        return [PrecinctEntry(n, name) for n, name in rows]

    def find(self, text: str, limit: int = 50) -> list[str]:
        """Precinct numbers matching: the exact number first, then names containing the text."""
        text = text.strip()
        if not text:
            return []
        with Session(self.engine) as s:
            rows = (
                s.execute(
                    select(col(PrecinctRow.number))
                    .where(
                        col(PrecinctRow.election_id) == self.election.id,
                        or_(
                            col(PrecinctRow.number) == text,
                            col(PrecinctRow.number).ilike(f"{text}%"),
                            col(PrecinctRow.name).ilike(f"%{text}%"),
                        ),
                    )
                    .order_by(col(PrecinctRow.id))
                    .limit(limit)
                )
                .scalars()
                .all()
            )
        return sorted(rows, key=lambda n: (n != text, not n.startswith(text)))


def precinct_statuses(engine: Engine) -> dict[str, dict[str, PrecinctStatus]]:
    """Every precinct's status by ballot; drafts are checked so failing ones show as such."""
    with Session(engine) as s:
        election = election_of(s)
        rows = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.district_number),
                col(ProtocolRow.ballot),
                col(ProtocolRow.state),
                col(ProtocolRow.current_version_id),
            )
            .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
            .where(col(PrecinctRow.election_id) == election.id)
        ).all()
        open_versions = [assigned(r[4]) for r in rows if r[3] in ("draft", "checked")]
        lines = lines_of_versions(s, open_versions)
        copies = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.district_number),
                col(WorkingCopyRow.ballot),
                col(WorkingCopyRow.values),
            )
            .join(WorkingCopyRow, col(WorkingCopyRow.precinct_id) == col(PrecinctRow.id))
            .where(col(PrecinctRow.election_id) == election.id)
        ).all()
    result: dict[str, dict[str, PrecinctStatus]] = {}
    # Protocols being keyed and never saved yet: a draft, or failing once every line is filled.
    for number, district, ballot, text in copies:
        values = json.loads(text)
        status = PrecinctStatus.DRAFT
        if values and all(v is not None for v in values.values()):
            kind = BallotKind(ballot)
            protocol = protocol_from_lines(election.id, kind, number, district, values)
            if not check_protocol(protocol, election.ballot(kind)).hard_relations_hold:
                status = PrecinctStatus.FAILING
        result.setdefault(number, {})[ballot] = status
    for number, district, ballot, state, version_id in rows:
        vid = assigned(version_id)
        status = PrecinctStatus(state)
        if vid in lines:
            kind = BallotKind(ballot)
            protocol = protocol_from_lines(election.id, kind, number, district, lines[vid])
            if not check_protocol(protocol, election.ballot(kind)).hard_relations_hold:
                status = PrecinctStatus.FAILING
        result.setdefault(number, {})[ballot] = status
    return result
