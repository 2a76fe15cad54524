"""Finding one's way: the commission tree, each precinct's protocol status, search, completeness."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, Engine, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import CEC_CODE
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
from tallyapp.storage.tallies import ACCEPTED, RECEIVED, read_tallies


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
    abroad: bool = False  # no green ballot there


@dataclass(frozen=True)
class Progress:
    """How far a commission is with one ballot: protocols accepted and received (held by
    the commission above, or being corrected there) of those expected."""

    accepted: int = 0
    received: int = 0
    expected: int = 0

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.accepted + other.accepted,
            self.received + other.received,
            self.expected + other.expected,
        )


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
    """Regions and their territorial commissions, with each commission's progress from the
    running totals; precincts and their states are read per commission on demand, so a
    country of 100,000 precincts opens as fast as one of 10,000."""

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
            self.progress = read_progress(s.connection(), self.election.id)

        def name(row: CommissionRow) -> str:
            return {"kk": row.name_kk, "ru": row.name_ru}.get(lang, row.name_en)

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
        self._tec_ids = {r.code: assigned(r.id) for r in tecs}
        self._tec_codes = {assigned(r.id): r.code for r in tecs}
        self._tec_known: dict[str, str | None] = {}

    def knows(self, number: str) -> bool:
        """Whether `tec_of(number)` is remembered (answered without reading the database)."""
        return number in self._tec_known

    def tec_of(self, number: str) -> str | None:
        """A precinct's territorial commission (read once, then remembered)."""
        if number not in self._tec_known:
            with Session(self.engine) as s:
                tec_id = s.scalar(
                    select(col(PrecinctRow.tec_id)).where(
                        col(PrecinctRow.election_id) == self.election.id,
                        col(PrecinctRow.number) == number,
                    )
                )
            self._tec_known[number] = self._tec_codes.get(tec_id) if tec_id else None
        return self._tec_known[number]

    def precincts_of(self, tec_code: str) -> list[PrecinctEntry]:
        with Session(self.engine) as s:
            rows = s.execute(
                select(col(PrecinctRow.number), col(PrecinctRow.name), col(PrecinctRow.abroad))
                .where(col(PrecinctRow.tec_id) == self._tec_ids[tec_code])
                .order_by(col(PrecinctRow.id))
            ).all()
        for number, _, _ in rows:
            self._tec_known[number] = tec_code
        return [PrecinctEntry(n, name, bool(abroad)) for n, name, abroad in rows]

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


def read_progress(conn: Connection, election_id: str) -> dict[tuple[str, str], Progress]:
    """Each territorial commission's progress by ballot, from the running totals and the
    number of its precincts that have the ballot: a few thousand rows, whatever the size of
    the country."""
    codes = {
        commission_id: code
        for commission_id, code in conn.execute(
            select(col(CommissionRow.id), col(CommissionRow.code)).where(
                col(CommissionRow.election_id) == election_id,
                col(CommissionRow.level) == "tec",
            )
        )
    }
    found: dict[tuple[str, str], Progress] = {}
    for tec_id, home, count in conn.execute(
        select(col(PrecinctRow.tec_id), col(PrecinctRow.district_number).is_not(None), func.count())
        .where(col(PrecinctRow.election_id) == election_id)
        .group_by(col(PrecinctRow.tec_id), col(PrecinctRow.district_number).is_not(None))
    ):
        for ballot in BallotKind:
            if ballot is BallotKind.PARTY_LIST or home:
                key = (codes[tec_id], ballot.value)
                found[key] = found.get(key, Progress()) + Progress(expected=count)
    for ballot in BallotKind:
        for tec_id, sums in read_tallies(conn, election_id, ballot.value).items():
            key = (codes[tec_id], ballot.value)
            counted = Progress(sums.get(ACCEPTED, 0), sums.get(RECEIVED, 0))
            found[key] = found.get(key, Progress()) + counted
    return found


def progress_of(engine: Engine) -> dict[tuple[str, str], Progress]:
    with Session(engine) as s:
        return read_progress(s.connection(), election_of(s).id)


def precinct_statuses(
    engine: Engine, tec_codes: Collection[str] | None = None
) -> dict[str, dict[str, PrecinctStatus]]:
    """The status of each precinct (of some territorial commissions, or all) by ballot;
    drafts are checked so failing ones show as such."""
    with Session(engine) as s:
        election = election_of(s)
        where = [col(PrecinctRow.election_id) == election.id]
        if tec_codes is not None:
            tec_ids = s.scalars(
                select(col(CommissionRow.id)).where(
                    col(CommissionRow.election_id) == election.id,
                    col(CommissionRow.code).in_(sorted(tec_codes)),
                )
            ).all()
            where.append(col(PrecinctRow.tec_id).in_(tec_ids))
        rows = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.district_number),
                col(ProtocolRow.ballot),
                col(ProtocolRow.state),
                col(ProtocolRow.current_version_id),
            )
            .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
            .where(*where)
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
            .where(*where)
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


def not_accepted(tree: CommissionTree, commission: str) -> list[tuple[str, str, PrecinctStatus]]:
    """Every protocol under a commission (the CEC, a region, a district commission, a
    territorial one or `PEC-<number>`) not accepted yet, in the tree's order: (precinct,
    ballot, status). A district commission counts the green ballot only."""
    if commission.startswith("PEC-"):
        tec = tree.tec_of(commission[4:])
        tecs = [tec] if tec is not None else []
    else:
        tecs = [
            t.code
            for group in (*tree.regions, *tree.districts)
            for t in group.tecs
            if commission in (CEC_CODE, group.code, t.code)
        ]
        tecs = list(dict.fromkeys(tecs))  # a commission lies in a region and in a district
    ballots = [b.value for b in BallotKind]
    if any(commission == d.code for d in tree.districts):
        ballots = [BallotKind.CONSTITUENCY.value]
    statuses = precinct_statuses(tree.engine, tecs)
    found: list[tuple[str, str, PrecinctStatus]] = []
    for tec in tecs:
        for precinct in tree.precincts_of(tec):
            if commission.startswith("PEC-") and precinct.number != commission[4:]:
                continue
            for ballot in ballots:
                if ballot == BallotKind.CONSTITUENCY.value and precinct.abroad:
                    continue
                status = statuses.get(precinct.number, {}).get(ballot, PrecinctStatus.MISSING)
                if status != PrecinctStatus.ACCEPTED:
                    found.append((precinct.number, ballot, status))
    return found
