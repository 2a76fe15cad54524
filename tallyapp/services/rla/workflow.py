"""The audit's steps, each one use case in one transaction, each written to the append-only
`rla_record` and chained in the election's audit log:

plan (read only) → freeze the manifest (refused while any protocol is not accepted) → the
seed ceremony (20 digits keyed twice) → draw a round → recount each drawn precinct → status
(risk per assertion, decision per contest). Recounts never change the reported results.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import Election
from tallyapp.domain.errors import TallyError
from tallyapp.domain.rla.assertions import PARTY_LIST, ContestPlan
from tallyapp.domain.rla.codec import (
    manifest_csv,
    manifest_from_json,
    manifest_json,
    plan_from_json,
    plan_json,
    recount_from_json,
    recount_json,
)
from tallyapp.domain.rla.evaluation import ContestRisk, contest_risk
from tallyapp.domain.rla.manifest import Manifest, build_manifest
from tallyapp.domain.rla.risk import (
    KAPLAN_MARKOV,
    ContestDecision,
    Method,
    Recount,
    Status,
    Understatements,
    decide,
    first_round_draws,
)
from tallyapp.domain.rla.sampler import Draw, check_seed, draw_range, stream_name
from tallyapp.services.rla.figures import AuditFigures, NotAccepted, contest_of, read_figures
from tallyapp.services.setup import election_of
from tallyapp.services.transaction import use_case
from tallyapp.storage.protocols import audit
from tallyapp.storage.rla_records import RlaRecord, append_record, read_records

DEFAULT_RISK_LIMIT = Fraction(5, 100)


class RlaError(TallyError):
    code = "rla"


@dataclass(frozen=True)
class PlanView:
    election: Election
    risk_limit: Fraction
    plans: tuple[ContestPlan, ...]
    not_accepted: tuple[NotAccepted, ...]
    manifest: Manifest  # as it would be frozen now (every precinct auditable)
    first_round: int


@dataclass(frozen=True)
class DrawnRow:
    round: int
    draw: Draw
    precinct: str
    tec: str


@dataclass(frozen=True)
class FullCount:
    """A precinct's full hand count of one contest, as stored: the counted figures, and the
    protocol's version it became and the reported version it replaced."""

    precinct: str
    contest: str
    ballot: str
    count: Recount
    version: int
    replaced: int


@dataclass
class AuditState:
    election: Election
    records: list[RlaRecord]
    risk_limit: Fraction = DEFAULT_RISK_LIMIT
    method: Method = KAPLAN_MARKOV
    manifest: Manifest | None = None
    manifest_sha256: str = ""
    parties: list[str] = field(default_factory=list)
    plans: tuple[ContestPlan, ...] = ()
    seed: str | None = None
    draws: list[DrawnRow] = field(default_factory=list)
    recounts: dict[str, dict[str, Recount]] = field(default_factory=dict)
    full_counts: dict[str, dict[str, FullCount]] = field(default_factory=dict)  # the latest

    @property
    def rounds(self) -> int:
        return max((d.round for d in self.draws), default=0)

    @property
    def stream(self) -> str:
        return stream_name(self.seed or "")

    def require_manifest(self) -> Manifest:
        if self.manifest is None:
            raise RlaError("rla.no-manifest")
        return self.manifest


@dataclass(frozen=True)
class ContestStatus:
    plan: ContestPlan
    risk: ContestRisk
    decision: ContestDecision


def _method_json(m: Method) -> dict[str, str]:
    return {"test": m.name, "bet": str(m.bet), "understatements": m.understatements.value}


def plan(engine: Engine, risk_limit: Fraction = DEFAULT_RISK_LIMIT) -> PlanView:
    _check_risk_limit(risk_limit)
    with Session(engine) as session:
        election = election_of(session)
        figures = read_figures(session, election)
    manifest = build_manifest(figures.precincts, figures.plans)
    return PlanView(
        election,
        risk_limit,
        figures.plans,
        figures.not_accepted,
        manifest,
        first_round_draws(manifest.error_bound, risk_limit),
    )


def _check_risk_limit(risk_limit: Fraction) -> None:
    if not 0 < risk_limit < 1:
        raise RlaError("rla.risk-limit", found=str(risk_limit))


def load(engine: Engine) -> AuditState:
    with Session(engine) as session:
        election = election_of(session)
        return _state(session, election)


_MANIFESTS: dict[int, tuple[object, Manifest]] = {}


def _manifest(data: dict[str, Any]) -> Manifest:
    """The frozen manifest, built once per decoded record (storage hands out one object per
    record text; the object is kept here so that its id names that text alone)."""
    kept = _MANIFESTS.get(id(data))
    if kept is not None and kept[0] is data:
        return kept[1]
    if len(_MANIFESTS) >= 8:
        _MANIFESTS.clear()
    manifest = manifest_from_json(data)
    _MANIFESTS[id(data)] = (data, manifest)
    return manifest


def _state(session: Session, election: Election) -> AuditState:
    state = AuditState(election, read_records(session, election.id))
    for record in state.records:
        c = record.content
        if record.step == "manifest":
            state.risk_limit = Fraction(c["risk_limit"])
            state.method = Method(
                Fraction(c["method"]["bet"]), Understatements(c["method"]["understatements"])
            )
            state.manifest = _manifest(c["manifest"])
            state.manifest_sha256 = c["manifest_sha256"]
            state.parties = list(c["parties"])
            state.plans = tuple(plan_from_json(p) for p in c["plans"])
        elif record.step == "seed":
            state.seed = c["seed"]
        elif record.step == "draw":
            manifest = state.require_manifest()
            for k, digest, r, index in c["draws"]:
                entry = manifest.entries[index]
                state.draws.append(
                    DrawnRow(
                        c["round"],
                        Draw(c["stream"], k, digest, r, index),
                        entry.precinct.code,
                        entry.precinct.tec,
                    )
                )
        elif record.step == "recount":
            state.recounts.setdefault(c["precinct"], {})[c["contest"]] = recount_from_json(
                c["recount"]
            )
        elif record.step == "full-count":
            state.full_counts.setdefault(c["precinct"], {})[c["contest"]] = FullCount(
                c["precinct"],
                c["contest"],
                c["ballot"],
                recount_from_json(c["count"]),
                int(c["version"]),
                int(c["replaced"]),
            )
    return state


def freeze_manifest(
    engine: Engine,
    actor: Actor,
    risk_limit: Fraction = DEFAULT_RISK_LIMIT,
    method: Method = KAPLAN_MARKOV,
    unauditable: Mapping[str, str] | None = None,
    parties: Sequence[str] | None = None,
) -> AuditState:
    """Freeze the manifest: refused while any protocol is not accepted, or once frozen."""
    _check_risk_limit(risk_limit)
    with use_case(engine) as session:
        election = election_of(session)
        state = _state(session, election)
        if state.manifest is not None:
            raise RlaError("rla.frozen", sha256=state.manifest_sha256)
        figures: AuditFigures = read_figures(session, election, dict(unauditable or {}))
        unknown = sorted(set(unauditable or {}) - {p.code for p in figures.precincts})
        if unknown:
            raise RlaError("rla.unknown-precinct", precinct=", ".join(unknown))
        if figures.not_accepted:
            first = figures.not_accepted[0]
            raise RlaError(
                "rla.not-accepted",
                count=len(figures.not_accepted),
                precinct=first.precinct,
                ballot=first.ballot,
            )
        manifest = build_manifest(figures.precincts, figures.plans)
        codes = list(parties or [p.code for p in election.parties_in_ballot_order()])
        text = manifest_csv(manifest, codes)
        digest = hashlib.sha256(text.encode()).hexdigest()
        content: dict[str, Any] = {
            "election": election.id,
            "risk_limit": str(risk_limit),
            "method": _method_json(method),
            "design": "common",
            "bound": "ballots_issued",
            "parties": codes,
            "manifest_sha256": digest,
            "manifest": manifest_json(manifest),
            "plans": [plan_json(p) for p in figures.plans],
        }
        record = append_record(session, election.id, "manifest", actor.who, content)
        audit(
            session,
            actor,
            "rla.manifest",
            election.id,
            sha256=digest,
            record=record.sha256,
            total_weight=manifest.total_weight,
            unauditable=len([e for e in manifest.entries if not e.precinct.auditable]),
        )
        return _state(session, election)


def record_seed(
    engine: Engine, actor: Actor, first: str, second: str, ceremony: Mapping[str, str]
) -> str:
    """The seed ceremony: after the manifest is frozen, once."""
    seed = check_seed(first, second)
    with use_case(engine) as session:
        election = election_of(session)
        state = _state(session, election)
        state.require_manifest()
        if state.seed is not None:
            raise RlaError("rla.seeded", seed=state.seed)
        content = {"seed": seed, "ceremony": dict(ceremony), "stream": stream_name(seed)}
        record = append_record(session, election.id, "seed", actor.who, content)
        audit(session, actor, "rla.seed", election.id, seed=seed, record=record.sha256)
    return seed


def round_size(state: AuditState) -> int:
    """The next round's draws: n₀ + 1 first; then from the largest measured risk."""
    manifest = state.require_manifest()
    if not state.draws:
        return first_round_draws(manifest.error_bound, state.risk_limit)
    open_contests = [s for s in statuses(state) if s.decision.status is Status.NEXT_ROUND]
    if not open_contests:
        raise RlaError("rla.no-round-needed")
    return max(s.decision.next_draws for s in open_contests)


def draw_round(
    engine: Engine,
    actor: Actor,
    seed: str,
    round_number: int | None = None,
    count: int | None = None,
) -> list[DrawnRow]:
    """Draw the next round from the seed's stream (k counting on), and record it."""
    with use_case(engine) as session:
        election = election_of(session)
        state = _state(session, election)
        manifest = state.require_manifest()
        if state.seed is None:
            raise RlaError("rla.no-seed")
        if seed != state.seed:
            raise RlaError("rla.seed-mismatch")
        expected = state.rounds + 1
        if round_number is not None and round_number != expected:
            raise RlaError("rla.round", expected=expected, found=round_number)
        if state.draws:
            open_ = [
                s.plan.contest for s in statuses(state) if s.decision.status is Status.CONTINUE
            ]
            if open_:  # the next round's size depends on this round's risk
                raise RlaError("rla.round-open", contests=", ".join(open_[:5]), count=len(open_))
        size = count if count is not None else round_size(state)
        if size < 1:
            raise RlaError("rla.count", found=size)
        first_k = len(state.draws) + 1
        draws = draw_range(state.stream, manifest.weights(), first_k, size)
        content = {
            "round": expected,
            "stream": state.stream,
            "total_weight": manifest.total_weight,
            "draws": [[d.k, d.sha256, d.r, d.index] for d in draws],
        }
        record = append_record(session, election.id, "draw", actor.who, content)
        audit(
            session,
            actor,
            "rla.draw",
            election.id,
            round=expected,
            draws=size,
            record=record.sha256,
        )
        return _state(session, election).draws[first_k - 1 :]


def enter_recount(
    engine: Engine,
    actor: Actor,
    precinct: str,
    ballot: str,
    first: Recount,
    second: Recount,
    details: Mapping[str, str] | None = None,
) -> ContestStatus:
    """A drawn precinct's recount, keyed twice; stored once both keyings agree. The
    reported figures are not changed."""
    if first != second:
        raise RlaError("rla.entries-differ", precinct=precinct)
    with use_case(engine) as session:
        election = election_of(session)
        state = _state(session, election)
        manifest = state.require_manifest()
        if precinct not in {d.precinct for d in state.draws}:
            raise RlaError("rla.not-drawn", precinct=precinct)
        entry = manifest.entry(precinct)
        contest = contest_of(ballot, entry.precinct.district)
        if contest is None or contest not in entry.precinct.batches:
            raise RlaError("rla.no-contest", precinct=precinct, ballot=ballot)
        if contest in state.recounts.get(precinct, {}):
            raise RlaError("rla.recounted", precinct=precinct, ballot=ballot)
        reported = entry.precinct.batches[contest]
        unknown = sorted(set(first.counts) - set(reported.counts))
        if unknown:
            raise RlaError("rla.unknown-choice", precinct=precinct, choice=", ".join(unknown))
        content = {
            "precinct": precinct,
            "contest": contest,
            "recount": recount_json(first),
            "details": dict(details or {}),
        }
        record = append_record(session, election.id, "recount", actor.who, content)
        audit(
            session,
            actor,
            "rla.recount",
            election.id,
            precinct=precinct,
            contest=contest,
            record=record.sha256,
        )
        state = _state(session, election)
    return next(s for s in statuses(state) if s.plan.contest == contest)


def statuses(state: AuditState) -> list[ContestStatus]:
    manifest = state.require_manifest()
    drawn = [d.precinct for d in state.draws]
    out = []
    for plan_ in state.plans:
        risk = contest_risk(manifest, plan_, drawn, state.recounts, state.method)
        inside = [e for e in manifest.entries if plan_.contest in e.precinct.batches]
        decision = decide(
            plan_.contest,
            {a.assertion: a.log_p for a in risk.assertions},
            state.risk_limit,
            manifest.error_bound,
            max(1, state.rounds),
            bool(state.draws) and risk.complete and risk.draws_used == len(drawn),
            len(inside),
            risk.distinct,
            plan_.full_count_reason,
            Fraction(sum(e.weight for e in inside), manifest.total_weight),
        )
        if not state.draws and decision.status is not Status.FULL_COUNT:
            decision = ContestDecision(plan_.contest, Status.CONTINUE, decision.log_p)
        out.append(ContestStatus(plan_, risk, decision))
    return out


def pick_list(state: AuditState) -> dict[str, list[tuple[str, int]]]:
    """Per territorial commission: its drawn precincts with their multiplicities."""
    counts: dict[str, int] = {}
    tecs: dict[str, str] = {}
    for d in state.draws:
        counts[d.precinct] = counts.get(d.precinct, 0) + 1
        tecs[d.precinct] = d.tec
    lists: dict[str, list[tuple[str, int]]] = {}
    for code in sorted(counts, key=lambda c: c.encode()):
        lists.setdefault(tecs[code], []).append((code, counts[code]))
    return lists


def is_party_list(contest: str) -> bool:
    return contest == PARTY_LIST


def log10_p(log_p: float) -> float:
    return log_p / math.log(10)
