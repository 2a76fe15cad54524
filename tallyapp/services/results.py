"""Results of any commission, recomputed from the accepted precinct protocols below it.

Each territorial commission's sums and counts are its running totals (`storage.tallies`,
kept by the write path as protocols are accepted, and recounted by the audit); a drill-down
reads one commission's precincts from their accepted lines. The domain sums upward, decides
districts and allocates seats. Nothing is ever typed in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, select, true
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.aggregation import (
    AggregateNode,
    CommissionNode,
    Completeness,
    ProtocolStatus,
    Totals,
    aggregate_leaves,
    percent,
)
from tallyapp.domain.commission_tree import precinct_of
from tallyapp.domain.districts import CandidateVotes, DistrictResult, decide_district
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import TallyError
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.domain.seats import NoPartyPassed, PartyVotes, SeatAllocation, allocate_seats
from tallyapp.reports.texts import precinct_title
from tallyapp.services.setup import election_of
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)
from tallyapp.storage.tallies import ACCEPTED, RECEIVED, read_tallies


class ResultsError(TallyError):
    code = "results.refused"


@dataclass(frozen=True)
class CandidateInfo:
    code: str
    name: str
    nomination: str
    district: int


@dataclass(frozen=True)
class PlacedCandidate:
    """A candidate placed in a district (its winner or runner-up), as results show it."""

    code: str
    name: str  # as registered; the code of a candidate missing from the register
    nomination: str  # a party's code or "independent"; "" for a candidate not registered
    votes: int
    percent: float  # of the district's valid votes (against all included), to 2 places


@dataclass(frozen=True)
class Results:
    election: Election
    ballot: BallotKind
    tree: AggregateNode
    names: dict[str, str]  # commission code -> name in the chosen language
    candidates: dict[str, CandidateInfo]
    seats: SeatAllocation | None
    seats_error: str | None
    districts: tuple[DistrictResult, ...]
    district_names: dict[int, str]

    def placed(
        self, district: DistrictResult, place: CandidateVotes | None
    ) -> PlacedCandidate | None:
        """A place in a district's ranking (`district.winner`, `district.runner_up`) with the
        candidate's name, nomination and share; None where the place is empty."""
        if place is None:
            return None
        info = self.candidates.get(place.candidate_id)
        return PlacedCandidate(
            place.candidate_id,
            info.name if info else place.candidate_id,
            info.nomination if info else "",
            place.votes,
            percent(place.votes, district.valid),
        )


def _names(row: CommissionRow, lang: str) -> str:
    return {"kk": row.name_kk, "ru": row.name_ru}.get(lang, row.name_en) or row.name_en


def accepted_lines(eid: str, ballot: BallotKind) -> Select[Any]:
    """The current lines of every accepted protocol of a ballot, with their precincts; the
    caller adds the columns (and grouping) it needs."""
    return (
        select()
        .select_from(ProtocolRow)
        .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
        .join(
            ProtocolLineRow,
            col(ProtocolLineRow.version_id) == col(ProtocolRow.current_version_id),
        )
        .where(
            col(ProtocolRow.election_id) == eid,
            col(ProtocolRow.ballot) == ballot.value,
            col(ProtocolRow.state) == ProtocolStatus.ACCEPTED.value,
        )
    )


def compute_results(
    engine: Engine,
    commission: str | None = None,
    ballot: BallotKind = BallotKind.PARTY_LIST,
    lang: str = "en",
) -> Results:
    with Session(engine) as session:
        if engine.dialect.name == "postgresql":
            # One snapshot for every read: the running totals and missing precincts agree.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        election = election_of(session)
        if not election.has_ballot(ballot):
            raise ResultsError("results.no-ballot", election=election.id, ballot=ballot.value)
        eid = election.id
        commissions = list(
            session.scalars(
                select(CommissionRow)
                .where(col(CommissionRow.election_id) == eid)
                .order_by(col(CommissionRow.position))
            )
        )
        by_code = {c.code: c for c in commissions}
        hierarchy = read_commission_tree(session, eid)
        code = commission or hierarchy.root
        # A precinct is asked for by its number (101) or its commission's code (PEC-101).
        precinct = (precinct_of(code) or code) if code not in hierarchy else None
        register: dict[str, Any] = {}
        if precinct is not None:
            register = _register(session, eid, col(PrecinctRow.number) == precinct)
            if precinct not in register:
                raise ResultsError("commission.unknown", commission=code)
            if ballot is BallotKind.CONSTITUENCY and register[precinct].district_number is None:
                raise ResultsError("results.no-ballot-here", precinct=precinct, ballot=ballot.value)
        # Drilling down: below a territorial commission (or at a precinct) each precinct is a
        # node of its own, summed from its accepted protocol.
        drill_tec = (
            register[precinct].tec_id
            if precinct is not None
            else (by_code[code].id if by_code[code].level == "tec" else None)
        )
        if drill_tec is not None and precinct is None:
            register = _register(session, eid, col(PrecinctRow.tec_id) == drill_tec)
        # Each territorial commission from its running totals (kept by the write path and
        # checked by the audit): a country of 100,000 precincts is summed once, not per view.
        conn = session.connection()
        tallies = read_tallies(conn, eid, ballot.value)
        has_ballot = (
            col(PrecinctRow.district_number).is_not(None)
            if ballot is BallotKind.CONSTITUENCY
            else true()
        )
        expected: dict[int, int] = {
            tec_id: count
            for tec_id, count in session.execute(
                select(col(PrecinctRow.tec_id), func.count())
                .where(col(PrecinctRow.election_id) == eid, has_ballot)
                .group_by(col(PrecinctRow.tec_id))
            )
        }
        missing: dict[int, list[str]] = defaultdict(list)
        for number, tec_id in session.execute(_missing(eid, ballot).where(has_ballot)):
            missing[tec_id].append(number)
        # The drilled-down precincts, each from its own accepted protocol.
        status: dict[str, str] = {}
        correcting: set[str] = set()
        precinct_sums: dict[str, dict[str, int]] = defaultdict(dict)
        if drill_tec is not None:
            for number, state, kind in session.execute(
                select(
                    col(PrecinctRow.number), col(ProtocolRow.state), col(ProtocolVersionRow.kind)
                )
                .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
                .join(
                    ProtocolVersionRow,
                    col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
                )
                .where(
                    col(ProtocolRow.election_id) == eid,
                    col(ProtocolRow.ballot) == ballot.value,
                    col(PrecinctRow.tec_id) == drill_tec,
                )
            ):
                status[number] = state
                # A repeated protocol being keyed (a correction not yet finalised) replaces
                # one that was received: the precinct stays received while it is corrected.
                if kind == "repeated" and not ProtocolStatus(state).received:
                    correcting.add(number)
            for number, key, value in session.execute(
                accepted_lines(eid, ballot)
                .add_columns(
                    col(PrecinctRow.number), col(ProtocolLineRow.key), col(ProtocolLineRow.value)
                )
                .where(col(PrecinctRow.tec_id) == drill_tec)
            ):
                precinct_sums[number][key] = int(value)
        candidates = {
            c.code: CandidateInfo(c.code, c.name, c.nomination, c.district_number)
            for c in session.scalars(
                select(CandidateRow)
                .where(col(CandidateRow.election_id) == eid)
                .order_by(col(CandidateRow.district_number), col(CandidateRow.ballot_position))
            )
        }

    ballot_type = election.ballot(ballot)
    field_keys = ballot_type.field_keys
    if ballot is BallotKind.PARTY_LIST:
        choices = tuple(p.code for p in election.parties_in_ballot_order())
    else:
        choices = tuple(candidates)

    # Leaves: the territorial commissions (or, drilled down, the precincts of one).
    tec_rows = {c.id: c for c in commissions if c.level == "tec"}
    drilled = [
        number
        for number, row in register.items()
        if ballot is BallotKind.PARTY_LIST or row.district_number is not None
    ]

    def precinct_node(number: str) -> CommissionNode:
        return CommissionNode(
            number,
            precinct_title(number, register[number].name, register[number].name_ru, lang),
            "precinct",
            precincts=(number,),
        )

    def tec_node(row: CommissionRow) -> CommissionNode:
        if row.id == drill_tec:
            children = tuple(precinct_node(n) for n in drilled)
            return CommissionNode(row.code, _names(row, lang), "tec", children=children)
        return CommissionNode(row.code, _names(row, lang), "tec")

    def dec_node(row: CommissionRow) -> CommissionNode:
        tecs = tuple(tec_node(by_code[t]) for t in hierarchy.district_tecs(row.code))
        return CommissionNode(row.code, _names(row, lang), "dec", children=tecs)

    def build(row: CommissionRow) -> CommissionNode:
        name = _names(row, lang)
        if row.level == "tec":
            return tec_node(row)
        if row.level == "dec":
            return dec_node(row)
        if ballot is BallotKind.CONSTITUENCY:
            decs = [
                c
                for c in commissions
                if c.level == "dec" and (row.level == "cec" or c.region_code == row.region_code)
            ]
            return CommissionNode(
                row.code, name, row.level, children=tuple(dec_node(d) for d in decs)
            )
        kids = [
            by_code[c]
            for c in hierarchy.children(row.code)
            if hierarchy.level(c) in ("region", "tec")
        ]
        return CommissionNode(row.code, name, row.level, children=tuple(build(c) for c in kids))

    tec_by_code = {t.code: t for t in tec_rows.values()}

    def totals(raw: dict[str, int], protocols: int) -> Totals:
        fields = {k: raw.get(k, 0) for k in field_keys}
        votes = dict.fromkeys(choices, 0) if ballot is BallotKind.PARTY_LIST else {}
        for key, value in raw.items():
            if key.startswith(VOTE_PREFIX):
                votes[key[len(VOTE_PREFIX) :]] = value
        return Totals(fields, votes, raw.get(AGAINST_ALL, 0), protocols)

    def leaf(node: CommissionNode) -> tuple[Totals, Completeness]:
        if node.level == "precinct":
            state = status.get(node.code)
            received = node.code in correcting or (
                state is not None and ProtocolStatus(state).received
            )
            accepted = int(state == ProtocolStatus.ACCEPTED.value)
            return (
                totals(precinct_sums.get(node.code, {}), accepted),
                Completeness(1, int(received), accepted, () if received else (node.code,)),
            )
        tec = tec_by_code.get(node.code)
        if tec is None:  # a commission with nothing under it (a register covering part)
            return totals({}, 0), Completeness(0, 0, 0, ())
        raw = tallies.get(tec.id or 0, {})
        accepted = raw.get(ACCEPTED, 0)
        return (
            totals(raw, accepted),
            Completeness(
                expected.get(tec.id or 0, 0),
                raw.get(RECEIVED, 0),
                accepted,
                tuple(missing.get(tec.id or 0, ())),
            ),
        )

    root = precinct_node(precinct) if precinct is not None else build(by_code[code])
    tree = aggregate_leaves(root, leaf)

    seats: SeatAllocation | None = None
    seats_error: str | None = None
    if ballot is BallotKind.PARTY_LIST and hierarchy.is_top(code):
        try:
            seats = allocate_seats(
                [
                    PartyVotes(p.code, tree.totals.votes.get(p.code, 0), p.registration_order)
                    for p in election.parties_in_ballot_order()
                ],
                election.seats_party_list,
                election.threshold.percent,
                against_all=tree.totals.against_all,
                invalid=tree.totals.fields.get("invalid", 0),
                base=election.threshold.base,
                two_party_minimum=election.two_party_minimum,
            )
        except NoPartyPassed as exc:
            seats_error = str(exc)

    districts: list[DistrictResult] = []
    district_names: dict[int, str] = {}
    if ballot is BallotKind.CONSTITUENCY:
        for node in _walk(tree):
            if node.level != "dec":
                continue
            district = by_code[node.code].district_number
            assert district is not None
            district_names[district] = election.district(district).names.get(lang)
            votes = {
                c: node.totals.votes.get(c, 0)
                for c in candidates
                if candidates[c].district == district
            }
            districts.append(decide_district(district, votes, node.totals.against_all))
    names = {c.code: _names(c, lang) for c in commissions}
    names.update({n.code: n.name for n in _walk(tree) if n.level == "precinct"})
    return Results(
        election,
        ballot,
        tree,
        names,
        candidates,
        seats,
        seats_error,
        tuple(sorted(districts, key=lambda d: d.number)),
        district_names,
    )


def _register(session: Session, eid: str, where: Any) -> dict[str, Any]:
    """Some precincts' rows, by number: plain rows of the columns used."""
    return {
        p.number: p
        for p in session.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.tec_id),
                col(PrecinctRow.district_number),
                col(PrecinctRow.name),
                col(PrecinctRow.name_ru),
            )
            .where(col(PrecinctRow.election_id) == eid, where)
            .order_by(col(PrecinctRow.id))
        )
    }


def _missing(eid: str, ballot: BallotKind) -> Select[str, int]:
    """The precincts whose protocol of a ballot the commission above does not hold: none yet,
    or one still being keyed (a correction of a received one does not count as missing)."""
    head = (col(ProtocolRow.precinct_id) == col(PrecinctRow.id)) & (
        col(ProtocolRow.ballot) == ballot.value
    )
    received = [s.value for s in ProtocolStatus if s.received]
    return (
        select(col(PrecinctRow.number), col(PrecinctRow.tec_id))
        .outerjoin(ProtocolRow, head)
        .outerjoin(
            ProtocolVersionRow, col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id)
        )
        .where(
            col(PrecinctRow.election_id) == eid,
            col(ProtocolRow.id).is_(None)
            | (
                col(ProtocolRow.state).not_in(received)
                & (col(ProtocolVersionRow.kind) != "repeated")
            ),
        )
        .order_by(col(PrecinctRow.id))
    )


def _walk(node: AggregateNode) -> list[AggregateNode]:
    found = [node]
    for child in node.children:
        found.extend(_walk(child))
    return found


def _node_json(results: Results, node: AggregateNode, depth: int) -> dict[str, Any]:
    t, c = node.totals, node.completeness
    if results.ballot is BallotKind.CONSTITUENCY:
        # Above a district, candidate votes are summed by nomination (party or independent).
        votes: dict[str, int] = defaultdict(int)
        for code, n in t.votes.items():
            votes[results.candidates[code].nomination if code in results.candidates else code] += n
        vote_map = dict(votes)
    else:
        vote_map = dict(t.votes)
    base = t.valid  # regrouping by nomination keeps the sum
    data: dict[str, Any] = {
        "commission": {"code": node.code, "name": node.name, "level": node.level},
        "name": node.name,
        "ballot": results.ballot.value,
        "precincts": {
            "expected": c.expected,
            "reported": c.accepted,
            "received": c.received,
            "accepted": c.accepted,
            "missing": len(c.missing),
        },
        "complete": c.accepted == c.expected,
        "voters_on_list": t.fields.get("voters_on_list", 0),
        "ballots_issued": t.fields.get("ballots_issued", 0),
        "ballots_in_boxes": t.fields.get("ballots_in_boxes", 0),
        "invalid": t.invalid,
        "against_all": t.against_all,
        "valid": base,
        "turnout_percent": t.turnout_percent,
        "votes": vote_map,
        "percent": {k: percent(v, base) for k, v in vote_map.items()},
    }
    if depth == 0:
        data["missing_precincts"] = list(c.missing)
    data["children"] = [_node_json(results, child, depth + 1) for child in node.children]
    return data


def results_to_json(results: Results) -> dict[str, Any]:
    """The stable `--json` shape of `tallyapp results`."""
    data = {"election": results.election.id, **_node_json(results, results.tree, 0)}
    data["against_all_on_ballot"] = results.election.has_against_all
    if results.seats is not None:
        data["seats"] = results.seats.seats
        data["threshold_votes"] = results.seats.threshold_votes
        data["quota"] = float(results.seats.quota)
        data["passed"] = list(results.seats.passed)
    if results.seats_error:
        data["seats_error"] = results.seats_error
    if results.ballot is BallotKind.CONSTITUENCY:
        data["districts"] = [_district_json(results, d) for d in results.districts]
    return data


def _candidate_json(placed: PlacedCandidate | None) -> dict[str, Any] | None:
    if placed is None:
        return None
    return {
        "code": placed.code,
        "name": placed.name,
        "party": placed.nomination,
        "votes": placed.votes,
        "percent": placed.percent,
    }


def _district_json(results: Results, d: DistrictResult) -> dict[str, Any]:
    return {
        "number": d.number,
        "name": results.district_names.get(d.number, str(d.number)),
        "outcome": d.outcome.value,
        "winner": _candidate_json(results.placed(d, d.winner)),
        "runner_up": _candidate_json(results.placed(d, d.runner_up)),
        "margin": d.margin,
        "valid": d.valid,
        "against_all": d.against_all,
        "candidates": len(d.ranking),
        "tied": list(d.tied),
    }
