"""The reported figures the audit starts from: every precinct's accepted protocols, read from
the database, and the contests' plans taken from the election definition."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.aggregation import ProtocolStatus
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.lines import AGAINST_ALL, choice_of, is_vote
from tallyapp.domain.rla.assertions import (
    INVALID,
    PARTY_LIST,
    ContestPlan,
    district_contest,
    district_plan,
    party_list_plan,
)
from tallyapp.domain.rla.manifest import Batch, Precinct
from tallyapp.domain.seats import PartyVotes
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)

BOUND_LINE = "ballots_issued"  # n̄ᵢ: C3 keeps the ballots in the boxes at or below it
BALLOTS_LINE = "ballots_in_boxes"


@dataclass(frozen=True)
class NotAccepted:
    precinct: str
    ballot: str
    state: str


@dataclass(frozen=True)
class AuditFigures:
    election: Election
    precincts: tuple[Precinct, ...]
    plans: tuple[ContestPlan, ...]
    not_accepted: tuple[NotAccepted, ...]


def contest_of(ballot: str, district: int | None) -> str | None:
    if ballot == BallotKind.PARTY_LIST.value:
        return PARTY_LIST
    return district_contest(district) if district is not None else None


def batch_from_lines(lines: dict[str, int], fingerprint: str) -> Batch:
    counts = {choice_of(k): v for k, v in lines.items() if is_vote(k)}
    counts[AGAINST_ALL] = lines.get(AGAINST_ALL, 0)
    counts[INVALID] = lines.get("invalid", 0)
    ballots = lines.get(BALLOTS_LINE, sum(counts.values()))
    return Batch(counts, ballots, max(lines.get(BOUND_LINE, ballots), ballots), fingerprint)


def read_figures(
    session: Session, election: Election, unauditable: dict[str, str] | None = None
) -> AuditFigures:
    """Every precinct with its accepted batches, the protocols not accepted, and the plans.

    `unauditable`: precinct code -> why its ballots cannot be recounted (a station abroad).
    """
    unauditable = unauditable or {}
    eid = election.id
    heads = session.execute(
        select(
            col(PrecinctRow.number),
            col(PrecinctRow.district_number),
            col(CommissionRow.code),
            col(ProtocolRow.ballot),
            col(ProtocolRow.state),
            col(ProtocolRow.current_version_id),
            col(ProtocolVersionRow.fingerprint),
        )
        .select_from(PrecinctRow)
        .join(CommissionRow, col(CommissionRow.id) == col(PrecinctRow.tec_id))
        .outerjoin(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
        .outerjoin(
            ProtocolVersionRow, col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id)
        )
        .where(col(PrecinctRow.election_id) == eid)
    ).all()
    lines: dict[int, dict[str, int]] = {}
    for version_id, key, value in session.execute(
        select(
            col(ProtocolLineRow.version_id), col(ProtocolLineRow.key), col(ProtocolLineRow.value)
        )
        .join(ProtocolRow, col(ProtocolRow.current_version_id) == col(ProtocolLineRow.version_id))
        .where(
            col(ProtocolRow.election_id) == eid,
            col(ProtocolRow.state) == ProtocolStatus.ACCEPTED.value,
        )
    ):
        lines.setdefault(version_id, {})[key] = value
    register: dict[str, tuple[str, int | None]] = {}
    batches: dict[str, dict[str, Batch]] = {}
    missing: list[NotAccepted] = []
    ballots = [b.kind.value for b in election.ballots]
    seen: dict[str, set[str]] = {}
    for number, district, tec, ballot, state, head_version, fp in heads:
        register[number] = (tec, district)
        batches.setdefault(number, {})
        if ballot is None:
            continue
        seen.setdefault(number, set()).add(ballot)
        contest = contest_of(ballot, district)
        if contest is None:
            continue
        if state != ProtocolStatus.ACCEPTED.value or head_version is None:
            missing.append(NotAccepted(number, ballot, state))
            continue
        batches[number][contest] = batch_from_lines(lines.get(head_version, {}), fp or "")
    for number, (_tec, district) in register.items():
        for ballot in ballots:
            if ballot == BallotKind.CONSTITUENCY.value and district is None:
                continue
            if ballot not in seen.get(number, set()):
                missing.append(NotAccepted(number, ballot, "—"))
    precincts = tuple(
        Precinct(
            number,
            tec,
            district,
            batches[number],
            number not in unauditable,
            unauditable.get(number, ""),
        )
        for number, (tec, district) in register.items()
    )
    return AuditFigures(
        election,
        precincts,
        plans_of(election, precincts),
        tuple(sorted(missing, key=lambda m: (m.precinct.encode(), m.ballot))),
    )


def _sum(batches: Iterable[Batch]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for b in batches:
        for choice, n in b.counts.items():
            totals[choice] = totals.get(choice, 0) + n
    return totals


def plans_of(election: Election, precincts: Iterable[Precinct]) -> tuple[ContestPlan, ...]:
    """The plan of each contest, on the reported totals of the precincts' batches."""
    by_contest: dict[str, list[Batch]] = {}
    for p in precincts:
        for contest, batch in p.batches.items():
            by_contest.setdefault(contest, []).append(batch)
    plans: list[ContestPlan] = []
    if election.has_ballot(BallotKind.PARTY_LIST) and PARTY_LIST in by_contest:
        totals = _sum(by_contest[PARTY_LIST])
        plans.append(
            party_list_plan(
                [
                    PartyVotes(p.code, totals.get(p.code, 0), p.registration_order)
                    for p in election.parties_in_ballot_order()
                ],
                election.seats_party_list,
                Fraction(election.threshold.percent),
                totals.get(AGAINST_ALL, 0),
                totals.get(INVALID, 0),
                election.threshold.base,
                election.two_party_minimum,
            )
        )
    for d in election.districts:
        contest = district_contest(d.number)
        if contest not in by_contest:
            continue
        totals = _sum(by_contest[contest])
        candidates = {c.id: totals.get(c.id, 0) for c in d.candidates} if d.candidates else {}
        candidates |= {
            k: v
            for k, v in totals.items()
            if k not in (AGAINST_ALL, INVALID) and k not in candidates
        }
        plans.append(
            district_plan(
                d.number,
                candidates,
                totals.get(AGAINST_ALL, 0),
                totals.get(INVALID, 0),
                election.has_against_all,
            )
        )
    return tuple(plans)
