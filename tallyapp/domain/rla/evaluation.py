"""The risk of every assertion from the draws so far and the recounts entered.

A contest uses the draws in k order up to the first whose precinct takes part in the contest
and has not been recounted yet: which recounts arrive first must not choose which draws
count. A precinct drawn m times counts m times.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from tallyapp.domain.rla.assertions import ContestPlan
from tallyapp.domain.rla.manifest import Manifest, worst_case
from tallyapp.domain.rla.risk import (
    KAPLAN_MARKOV,
    Method,
    Recount,
    log_p_value,
    overstatement,
    taint,
)


@dataclass(frozen=True)
class Discrepancy:
    precinct: str
    assertion: str
    overstatement: Fraction  # ω
    taint: Fraction | None  # None: 1 or more


@dataclass(frozen=True)
class AssertionRisk:
    assertion: str
    contest: str
    draws_used: int
    log_p: float
    margin: Fraction  # Mₐ′


@dataclass(frozen=True)
class ContestRisk:
    contest: str
    draws_used: int
    complete: bool  # every drawn precinct of the contest is recounted
    assertions: tuple[AssertionRisk, ...]
    discrepancies: tuple[Discrepancy, ...]
    distinct: int  # distinct precincts of the contest among the draws used


Recounts = Mapping[str, Mapping[str, Recount]]  # precinct -> contest -> recount


def contest_risk(
    manifest: Manifest,
    plan: ContestPlan,
    drawn: Sequence[str],
    recounts: Recounts,
    test: Method = KAPLAN_MARKOV,
) -> ContestRisk:
    """ln P of each assertion of `plan` over the usable prefix of `drawn` (precinct codes)."""
    contest = plan.contest
    in_contest = {e.precinct.code: e for e in manifest.entries if contest in e.precinct.batches}
    used = 0
    for code in drawn:
        if code in in_contest and contest not in recounts.get(code, {}):
            break
        used += 1
    counted = [c for c in drawn[:used] if c in in_contest]
    discrepancies: list[Discrepancy] = []
    results = []
    for f in plan.assertions:
        a = f.assertion
        margin = manifest.margins.get(a.id, Fraction(0))
        if margin <= 0:
            results.append(AssertionRisk(a.id, contest, used, float("inf"), margin))
            continue
        cache: dict[str, Fraction | None] = {}
        for code in dict.fromkeys(counted):
            entry = in_contest[code]
            recount = recounts[code][contest]
            reported = entry.precinct.batches[contest]
            t = taint(a, margin, entry.weight, reported, recount, test.understatements)
            if t != 0:
                cache[code] = t
                omega = (
                    worst_case(a, reported)
                    if recount.missing
                    else overstatement(a, reported, recount)
                )
                discrepancies.append(Discrepancy(code, a.id, omega, t))
        taints = [cache[c] for c in counted if c in cache]
        log_p = log_p_value(manifest.total_weight, used, taints, test)
        results.append(AssertionRisk(a.id, contest, used, log_p, margin))
    complete = all(contest in recounts.get(c, {}) for c in drawn if c in in_contest)
    return ContestRisk(
        contest, used, complete, tuple(results), tuple(discrepancies), len(set(counted))
    )
