"""Simulated audits of one contest on in-memory figures: how often a wrong outcome would be
confirmed, and how many draws a correct one takes. The truth is given as the recounts of the
precincts whose bags differ from their protocols; every other bag matches its protocol.

Each audit draws from its own SHA-256 stream, round by round as `risk.decide` rules, and
ends confirmed or at a full count. Taints are worked out once per differing precinct.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from tallyapp.domain.rla.assertions import ContestPlan
from tallyapp.domain.rla.manifest import WEIGHT_SCALE, Manifest
from tallyapp.domain.rla.risk import (
    KAPLAN_MARKOV,
    Method,
    Recount,
    Status,
    decide,
    first_round_draws,
    log_term,
    taint,
)
from tallyapp.domain.rla.sampler import draw_range


@dataclass(frozen=True)
class SimulatedAudit:
    stream: str
    status: Status
    rounds: int
    draws: int


def simulate(
    manifest: Manifest,
    plan: ContestPlan,
    truth: Mapping[str, Recount],
    streams: Iterable[str],
    risk_limit: Fraction,
    method: Method = KAPLAN_MARKOV,
) -> list[SimulatedAudit]:
    contest = plan.contest
    index = {e.precinct.code: i for i, e in enumerate(manifest.entries)}
    member = {i for i, e in enumerate(manifest.entries) if contest in e.precinct.batches}
    taints: dict[str, dict[int, Fraction | None]] = {}
    gone = {}  # margins the unauditable precincts took away: never confirmed
    for f in plan.assertions:
        a = f.assertion
        margin = manifest.margins.get(a.id, Fraction(0))
        if margin <= 0:
            gone[a.id] = math.inf
            continue
        per: dict[int, Fraction | None] = {}
        for code, recount in truth.items():
            entry = manifest.entries[index[code]]
            batch = entry.precinct.batches.get(contest)
            if batch is None:
                continue
            t = taint(a, margin, entry.weight, batch, recount, method.understatements)
            if t != 0:
                per[index[code]] = t
        taints[a.id] = per
    weights = manifest.weights()
    share = Fraction(sum(weights[i] for i in member), manifest.total_weight)
    mu = 1 - Fraction(WEIGHT_SCALE, manifest.total_weight)
    clean = log_term(Fraction(0), mu, method.bet)
    # ln P = n·(term of a clean draw) + Σ over drawn differing precincts of (term − clean),
    # kept as running sums: each draw is looked at once.
    ids = list(taints)
    differing = {i for per in taints.values() for i in per}
    excess = {
        i: [
            0.0
            if (t := taints[aid].get(i, Fraction(0))) == 0
            else (math.inf if t is None else log_term(t, mu, method.bet) - clean)
            for aid in ids
        ]
        for i in differing
    }
    results = []
    for stream in streams:
        sums = [0.0] * len(ids)
        drawn: list[int] = []
        size = first_round_draws(manifest.error_bound, risk_limit)
        round_number = 0
        while True:
            round_number += 1
            new = [d.index for d in draw_range(stream, weights, len(drawn) + 1, size)]
            drawn += new
            for i in new:
                if i in excess:
                    sums = [a + b for a, b in zip(sums, excess[i], strict=True)]
            log_ps = {
                aid: min(0.0, len(drawn) * clean + x) for aid, x in zip(ids, sums, strict=True)
            }
            log_ps |= gone
            distinct = len(member.intersection(drawn))
            decision = decide(
                contest,
                log_ps,
                risk_limit,
                manifest.error_bound,
                round_number,
                True,
                len(member),
                distinct,
                plan.full_count_reason,
                share,
            )
            if decision.status is not Status.NEXT_ROUND:
                results.append(SimulatedAudit(stream, decision.status, round_number, len(drawn)))
                break
            size = decision.next_draws
    return results
