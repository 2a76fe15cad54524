"""The full hand count of a contest the audit escalated: the CEC enters each precinct's counted
figures, stored as a new version of that precinct's protocol with the provenance "full hand
count", accepted, through the one write path. Results then follow the hand count; the reported
version stays in the protocol's history. Sample recounts never do this; only a contest whose
status is "full count" takes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import Provenance
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import (
    AGAINST_ALL,
    choice_of,
    is_vote,
    lines_of,
    protocol_from_lines,
    vote_key,
)
from tallyapp.domain.rla.assertions import INVALID
from tallyapp.domain.rla.codec import recount_json
from tallyapp.domain.rla.risk import Recount, Status
from tallyapp.services.rla.figures import BALLOTS_LINE, contest_of
from tallyapp.services.rla.workflow import AuditState, RlaError, _state, statuses
from tallyapp.services.setup import election_of
from tallyapp.services.transaction import use_case
from tallyapp.storage.protocols import (
    HeadSnapshot,
    NewVersion,
    append_versions,
    audit,
    load_current,
    precinct_row,
)
from tallyapp.storage.rla_records import append_record

CEC = "CEC"  # the commission on whose behalf the hand count is entered


@dataclass(frozen=True)
class FullCountSaved:
    precinct: str
    ballot: str
    contest: str
    version: int  # the new version's number
    replaced: int  # the reported version's number, kept in the history
    changed: dict[str, tuple[int, int]]  # line -> (reported, counted), only lines that moved


def enter_full_count(
    engine: Engine,
    actor: Actor,
    precinct: str,
    ballot: str,
    first: Recount,
    second: Recount,
    details: Mapping[str, str] | None = None,
) -> FullCountSaved:
    """Store a precinct's full hand count of one ballot as its protocol's new, accepted
    version. Refused unless the audit's status sends the precinct's contest to a full count,
    when the two keyings differ, or when the sheet reports a missing bag (nothing to count)."""
    if first != second:
        raise RlaError("rla.entries-differ", precinct=precinct)
    if first.missing:
        raise RlaError("rla.full-count-missing", precinct=precinct, ballot=ballot)
    with use_case(engine) as session:
        election = election_of(session)
        state = _state(session, election)
        manifest = state.require_manifest()
        entry = manifest.entry(precinct)
        contest = contest_of(ballot, entry.precinct.district)
        if contest is None or contest not in entry.precinct.batches:
            raise RlaError("rla.no-contest", precinct=precinct, ballot=ballot)
        decision = next(s.decision for s in statuses(state) if s.plan.contest == contest)
        if decision.status is not Status.FULL_COUNT:
            raise RlaError(
                "rla.not-full-count",
                precinct=precinct,
                contest=contest,
                status=decision.status.value,
            )
        kind = BallotKind(ballot)
        current = load_current(session, election.id, precinct, kind)
        if current is None or current.state is not State.ACCEPTED:
            raise RlaError(
                "rla.not-accepted", count=1, precinct=precinct, ballot=ballot
            )  # unreachable once frozen, unless the protocol moved since
        reported = lines_of(current.protocol)
        choices = {choice_of(k) for k in reported if is_vote(k)}
        unknown = sorted(set(first.counts) - choices - {AGAINST_ALL, INVALID})
        if unknown:
            raise RlaError("rla.unknown-choice", precinct=precinct, choice=", ".join(unknown))
        counted = dict(reported)
        for choice in choices:  # a choice the sheet leaves out had no ballots
            counted[vote_key(choice)] = first.counts.get(choice, 0)
        counted[AGAINST_ALL] = first.counts.get(AGAINST_ALL, 0)
        counted[INVALID] = first.counts.get(INVALID, 0)
        counted[BALLOTS_LINE] = first.ballots
        protocol = protocol_from_lines(
            election.id,
            kind,
            precinct,
            current.protocol.district,
            counted,
            list(current.protocol.votes),
        )
        row = precinct_row(session, election.id, precinct)
        assert row.id is not None
        [after] = append_versions(
            session,
            election.id,
            [
                NewVersion(
                    row.id,
                    protocol,
                    "repeated",
                    f"full hand count, risk-limiting audit, contest {contest}",
                    State.ACCEPTED,
                    actor.who,
                    actor.workstation,
                    HeadSnapshot(
                        current.protocol_id,
                        current.lock_version,
                        current.version_number,
                        current.state,
                    ),
                    provenance=Provenance.FULL_HAND_COUNT,
                    commission=CEC,
                    signer=actor.who,
                    note="full hand count",
                ),
            ],
        )
        changed = {
            k: (reported.get(k, 0), v) for k, v in counted.items() if reported.get(k, 0) != v
        }
        # In the audit's own record too: the observers' bundle publishes it from there.
        record = append_record(
            session,
            election.id,
            "full-count",
            actor.who,
            {
                "precinct": precinct,
                "contest": contest,
                "ballot": ballot,
                "count": recount_json(
                    Recount(
                        {
                            **{c: counted[vote_key(c)] for c in choices},
                            AGAINST_ALL: counted[AGAINST_ALL],
                            INVALID: counted[INVALID],
                        },
                        first.ballots,
                    )
                ),
                "version": after.version_number,
                "replaced": current.version_number,
                "details": dict(details or {}),
            },
        )
        audit(
            session,
            actor,
            "rla.full-count",
            election.id,
            precinct=precinct,
            ballot=ballot,
            contest=contest,
            version=after.version_number,
            replaced=current.version_number,
            record=record.sha256,
            details=dict(details or {}),
        )
    return FullCountSaved(
        precinct, ballot, contest, after.version_number, current.version_number, changed
    )


@dataclass(frozen=True)
class ContestFullCount:
    """A contest sent to a full count, as counted so far: the hand counts in place of the
    reported figures of the precincts counted, the reported figures elsewhere."""

    contest: str
    precincts: int
    counted: int
    ballots: int
    totals: dict[str, int]  # choice -> votes, with against_all and invalid


def full_count_figures(state: AuditState, escalated: set[str]) -> list[ContestFullCount]:
    """Per contest `escalated` (its status "full count") or with a hand count stored."""
    manifest = state.require_manifest()
    contests = set(escalated) | {c for by in state.full_counts.values() for c in by}
    out = []
    for contest in sorted(contests):
        totals: dict[str, int] = {}
        precincts = counted = ballots = 0
        for e in manifest.entries:
            batch = e.precinct.batches.get(contest)
            if batch is None:
                continue
            precincts += 1
            full = state.full_counts.get(e.precinct.code, {}).get(contest)
            figures = full.count.counts if full is not None else batch.counts
            counted += full is not None
            ballots += full.count.ballots if full is not None else batch.ballots
            for choice in set(batch.counts) | set(figures):
                totals[choice] = totals.get(choice, 0) + figures.get(choice, 0)
        out.append(
            ContestFullCount(contest, precincts, counted, ballots, dict(sorted(totals.items())))
        )
    return out
