"""Finding one's way: the commission tree, each precinct's protocol status, search, completeness."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import partial

from sqlalchemy import Connection, Engine, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.checks import check_protocol
from tallyapp.domain.commission_tree import CommissionTree, precinct_of
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.lines import protocol_from_lines
from tallyapp.domain.precinct_status import OPEN_STATES, PrecinctStatus, precinct_status
from tallyapp.services.setup import election_of
from tallyapp.storage.commissions import PrecinctLookup, read_commission_tree
from tallyapp.storage.protocols import lines_of_versions
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolRow,
    WorkingCopyRow,
    assigned,
)
from tallyapp.storage.tallies import ACCEPTED, RECEIVED, read_tallies


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


class NavigationTree:
    """Regions and their territorial commissions, with each commission's progress from the
    running totals; precincts and their states are read per commission on demand, so a
    country of 100,000 precincts opens as fast as one of 10,000. Who is under whom is the
    election's `CommissionTree` (`commissions`)."""

    def __init__(
        self,
        engine: Engine,
        lang: str = "en",
        election: Election | None = None,
        commissions: CommissionTree | None = None,
    ) -> None:
        """`election` and `commissions`: as an `EntryService` on the same database has read
        them already (else read here)."""
        self.engine = engine
        with Session(engine) as s:
            self.election = election or election_of(s)
            rows = s.execute(
                select(
                    col(CommissionRow.id),
                    col(CommissionRow.code),
                    col(CommissionRow.level),
                    col(CommissionRow.name_kk),
                    col(CommissionRow.name_ru),
                    col(CommissionRow.name_en),
                ).where(col(CommissionRow.election_id) == self.election.id)
            ).all()
            # Precincts: each read in a session of its own when first asked, and remembered.
            self._precincts = PrecinctLookup(lambda: Session(engine), self.election.id)
            known = commissions or read_commission_tree(s, self.election.id)
            self.commissions = known.with_precincts(self._precincts)
            self.progress = read_progress(s.connection(), self.election.id)
        names = {code: {"kk": kk, "ru": ru}.get(lang, en) for _, code, _, kk, ru, en in rows}
        tree = self.commissions

        def name(code: str) -> str:
            return names[code]

        def entry(code: str, under: list[str] | tuple[str, ...]) -> RegionEntry:
            return RegionEntry(code, name(code), tuple(TecEntry(t, name(t)) for t in under))

        # The top of the tree: national results are always one key away.
        self.top = entry(tree.root, []) if rows else None
        self.regions = (
            tuple(entry(r, tree.children(r, "tec")) for r in tree.children(tree.root, "region"))
            if rows
            else ()
        )
        # District commissions count the green ballots of the territorial commissions in their
        # district: the tree shows them after the regions.
        decs = sorted(
            (c for c in tree if tree.level(c) == "dec"), key=lambda c: tree.districts.get(c) or 0
        )
        self.districts = tuple(entry(d, tree.district_tecs(d)) for d in decs)
        self._tec_ids = {code: assigned(id_) for id_, code, level, *_ in rows if level == "tec"}

    def knows(self, number: str) -> bool:
        """Whether `tec_of(number)` is remembered (answered without reading the database)."""
        return self._precincts.knows(number)

    def remember(self, number: str, tec_code: str) -> None:
        """A precinct's commission learnt from a read of the precinct itself."""
        self._precincts.remember(number, tec_code)

    def tec_of(self, number: str) -> str | None:
        """A precinct's territorial commission (read once, then remembered)."""
        return self.commissions.commission_of_precinct(number)

    def precincts_of(self, tec_code: str) -> list[PrecinctEntry]:
        with Session(self.engine) as s:
            rows = s.execute(
                select(col(PrecinctRow.number), col(PrecinctRow.name), col(PrecinctRow.abroad))
                .where(col(PrecinctRow.tec_id) == self._tec_ids[tec_code])
                .order_by(col(PrecinctRow.id))
            ).all()
        for number, _, _ in rows:
            self._precincts.remember(number, tec_code)
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


def read_progress(
    conn: Connection, election_id: str, precincts: Collection[str] | None = None
) -> dict[tuple[str, str], Progress]:
    """Each territorial commission's progress by ballot, from the running totals and the
    number of its precincts that have the ballot: a few thousand rows, whatever the size of
    the country. `precincts`: only the commissions of these precincts."""
    tecs = [
        col(CommissionRow.election_id) == election_id,
        col(CommissionRow.level) == "tec",
    ]
    if precincts is not None:
        tecs.append(
            col(CommissionRow.id).in_(
                select(col(PrecinctRow.tec_id)).where(
                    col(PrecinctRow.election_id) == election_id,
                    col(PrecinctRow.number).in_(sorted(precincts)),
                )
            )
        )
    codes = {
        commission_id: code
        for commission_id, code in conn.execute(
            select(col(CommissionRow.id), col(CommissionRow.code)).where(*tecs)
        )
    }
    # Some commissions' counts only: a use case reports the progress it moved.
    within = [col(PrecinctRow.tec_id).in_(sorted(codes))] if precincts is not None else []
    only = [i for i in codes if i is not None] if precincts is not None else None
    found: dict[tuple[str, str], Progress] = {}
    for tec_id, home, count in conn.execute(
        select(col(PrecinctRow.tec_id), col(PrecinctRow.district_number).is_not(None), func.count())
        .where(col(PrecinctRow.election_id) == election_id, *within)
        .group_by(col(PrecinctRow.tec_id), col(PrecinctRow.district_number).is_not(None))
    ):
        for ballot in BallotKind:
            if ballot is BallotKind.PARTY_LIST or home:
                key = (codes[tec_id], ballot.value)
                found[key] = found.get(key, Progress()) + Progress(expected=count)
    for ballot in BallotKind:
        counts = (ACCEPTED, RECEIVED)
        for tec_id, sums in read_tallies(conn, election_id, ballot.value, only, counts).items():
            key = (codes[tec_id], ballot.value)
            counted = Progress(sums.get(ACCEPTED, 0), sums.get(RECEIVED, 0))
            found[key] = found.get(key, Progress()) + counted
    return found


def progress_of(engine: Engine) -> dict[tuple[str, str], Progress]:
    with Session(engine) as s:
        return read_progress(s.connection(), election_of(s).id)


@dataclass(frozen=True)
class _Standing:
    """A protocol as it stands: its stored state and the figures to check."""

    district: int | None
    state: str | None  # None: nothing stored yet
    lock: int | None
    figures: dict[str, int | None]


def precinct_statuses(
    engine: Engine, tec_codes: Collection[str] | None = None, election: Election | None = None
) -> dict[str, dict[str, PrecinctStatus]]:
    """The status of each precinct (of some territorial commissions, or all) by ballot;
    drafts are checked so failing ones show as such. `election`: as the caller read it."""
    with Session(engine) as s:
        election = election or election_of(s)
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
                col(ProtocolRow.lock_version),
            )
            .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
            .where(*where)
        ).all()
        open_versions = [assigned(r[4]) for r in rows if r[3] in OPEN_STATES]
        lines = lines_of_versions(s, open_versions)
        copies = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.district_number),
                col(WorkingCopyRow.ballot),
                col(WorkingCopyRow.values),
                col(WorkingCopyRow.base_lock_version),
            )
            .join(WorkingCopyRow, col(WorkingCopyRow.precinct_id) == col(PrecinctRow.id))
            .where(*where)
        ).all()
    # Each protocol: its stored state, and the figures as they stand: the working copy's while
    # it is current (started from the stored version, or nothing stored yet), else the stored
    # lines. The same rule as the protocol editor's (`domain.precinct_status`).
    found: dict[tuple[str, str], _Standing] = {}
    for number, district, ballot, state, version_id, lock in rows:
        stored_lines: dict[str, int | None] = dict(lines.get(assigned(version_id), {}))
        found[(number, ballot)] = _Standing(district, state, lock, stored_lines)
    for number, district, ballot, text, base in copies:
        stored = found.get((number, ballot))
        if stored is None:
            found[(number, ballot)] = _Standing(district, None, None, json.loads(text))
        elif base == stored.lock:
            found[(number, ballot)] = replace(stored, figures=json.loads(text))
    result: dict[str, dict[str, PrecinctStatus]] = {}
    for (number, ballot), p in found.items():
        holds = partial(
            _relations_hold, election, BallotKind(ballot), number, p.district, p.figures
        )
        status = precinct_status(p.state, p.figures, holds)
        result.setdefault(number, {})[ballot] = status
    return result


def _relations_hold(
    election: Election,
    ballot: BallotKind,
    number: str,
    district: int | None,
    figures: dict[str, int | None],
) -> bool:
    # An empty line counts as 0 for the checks, as in the editor.
    values = {k: v or 0 for k, v in figures.items()}
    protocol = protocol_from_lines(election.id, ballot, number, district, values)
    return check_protocol(protocol, election.ballot(ballot)).hard_relations_hold


def not_accepted(tree: NavigationTree, commission: str) -> list[tuple[str, str, PrecinctStatus]]:
    """Every protocol under a commission (the CEC, a region, a district commission, a
    territorial one or `PEC-<number>`) not accepted yet, in the tree's order: (precinct,
    ballot, status). A district commission counts the green ballot only."""
    number = precinct_of(commission)
    if number is not None:
        tec = tree.tec_of(number)
        tecs = [tec] if tec is not None else []
    else:
        tecs = tree.commissions.tecs_counted_by(commission)
    ballots = [b.value for b in BallotKind]
    if tree.commissions.level(commission) == "dec":
        ballots = [BallotKind.CONSTITUENCY.value]
    statuses = precinct_statuses(tree.engine, tecs, tree.election)
    found: list[tuple[str, str, PrecinctStatus]] = []
    for tec in tecs:
        for precinct in tree.precincts_of(tec):
            if number is not None and precinct.number != number:
                continue
            for ballot in ballots:
                if ballot == BallotKind.CONSTITUENCY.value and precinct.abroad:
                    continue
                status = statuses.get(precinct.number, {}).get(ballot, PrecinctStatus.MISSING)
                if status != PrecinctStatus.ACCEPTED:
                    found.append((precinct.number, ballot, status))
    return found
