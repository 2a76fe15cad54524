"""The batch-comparison test: overstatements, taints, the P-value per assertion, and when a
contest is confirmed, needs another round, or goes to a full hand count.

Drawn with probability uᵢ/U, a precinct's taint tᵢ,ₐ = ωᵢ,ₐ/(Mₐ·uᵢ) is at most 1, and if
assertion a were false the mean of X = 1 − t would be at most μ₀ = 1 − 1/U. The
Kaplan–Markov P-value (Stark 2009; MACRO) is Πⱼ μ₀/(1 − tⱼ); the betting form (ALPHA with a
fixed bet c < 1, Stark 2023) is 1/Πⱼ(1 + c·(Xⱼ − μ₀)/μ₀) and is Kaplan–Markov at c = 1. A
taint of 1 or more (a missing bag, more ballots than the box could hold) makes P infinite.

P-values are sums of natural logarithms (math.fsum, exactly rounded, so the order of terms
does not matter) of floats converted from exact fractions: verify.py computes them the
same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from tallyapp.domain.rla.assertions import Assertion
from tallyapp.domain.rla.manifest import WEIGHT_SCALE, Batch

MAX_ROUNDS = 3
FULL_COUNT_SHARE = Fraction(1, 2)  # a contest whose next round needs more precincts goes whole


class Understatements(StrEnum):
    KEEP = "keep"  # negative taints count in the contest's favour (valid: X stays ≥ 0)
    CLIP = "clip"  # Arlo's conservative choice: they count as zero


@dataclass(frozen=True)
class Method:
    """Kaplan–Markov by default (bet = 1); a bet below 1 is the betting (ALPHA) form."""

    bet: Fraction = Fraction(1)
    understatements: Understatements = Understatements.KEEP

    @property
    def name(self) -> str:
        return "kaplan-markov" if self.bet == 1 else f"alpha({self.bet})"


KAPLAN_MARKOV = Method()


@dataclass(frozen=True)
class Recount:
    """A precinct's bag of one ballot counted by hand (or found missing)."""

    counts: Mapping[str, int]  # choice -> ballots, with against_all and invalid
    ballots: int  # nᵢ^act, every ballot found in the bag
    missing: bool = False  # the bag is missing or its seal broken: nothing can be relied on


def overstatement(a: Assertion, reported: Batch, recount: Recount) -> Fraction:
    """ωᵢ,ₐ = (Aᵢ,ₐ − Aᵢ,ₐ^act) + max(0, nᵢ^act − nᵢ)/2: ballots missing from the bag add
    nothing to A^act (they count for the loser), extra ballots are charged ½ each."""
    difference = dict(reported.counts)
    for choice, n in recount.counts.items():
        difference[choice] = difference.get(choice, 0) - n
    # A − A^act is the assorter sum of the differences: (Σg·Δ − a·ΣΔ)/(−2a), one fraction.
    change = a.assorter_sum(difference)
    return change + Fraction(max(0, recount.ballots - reported.ballots), 2)


def taint(
    a: Assertion,
    margin: Fraction,
    weight: int,
    reported: Batch,
    recount: Recount,
    understatements: Understatements = Understatements.KEEP,
) -> Fraction | None:
    """t = ω/(M·u) with u = w/10⁹; None when it is 1 or more (the test cannot go on)."""
    if recount.missing or recount.ballots > reported.bound or weight <= 0:
        return None
    t = overstatement(a, reported, recount) * WEIGHT_SCALE / (margin * weight)
    if understatements is Understatements.CLIP and t < 0:
        t = Fraction(0)
    return None if t >= 1 else t


def log_step(total_weight: int) -> float:
    """ln μ₀ = ln(1 − 1/U), U = Wtot/10⁹."""
    return math.log(float(1 - Fraction(WEIGHT_SCALE, total_weight)))


def log_p_value(
    total_weight: int, draws: int, taints: Iterable[Fraction | None], test: Method = KAPLAN_MARKOV
) -> float:
    """ln P after `draws` draws, of which `taints` lists the nonzero ones (None: infinite).

    Draws of precincts without a discrepancy (and of precincts outside the contest) each
    add ln μ₀ under Kaplan–Markov; the betting form adds −ln(1 + c(1 − μ₀)/μ₀) for them.
    """
    mu = 1 - Fraction(WEIGHT_SCALE, total_weight)
    terms: list[float] = []
    nonzero = 0
    for t in taints:
        if t is None:
            return math.inf
        nonzero += 1
        terms.append(log_term(t, mu, test.bet))
    terms.append((draws - nonzero) * log_term(Fraction(0), mu, test.bet))
    return min(0.0, math.fsum(terms))


def log_term(t: Fraction, mu: Fraction, bet: Fraction) -> float:
    """One draw's factor of ln P, taint t."""
    if bet == 1:
        return math.log(float(mu)) - math.log(float(1 - t))
    return -math.log(float(1 + bet * (1 - t - mu) / mu))


def p_value(log_p: float) -> float:
    return 1.0 if log_p >= 0 else (0.0 if log_p == -math.inf else math.exp(log_p))


def rounded_up(p: float, digits: int = 4) -> str:
    """P rounded up to `digits` significant digits, as the report prints it."""
    if math.isinf(p) or p >= 1:
        return "1"
    if p <= 0:
        return "0"
    exponent = math.floor(math.log10(p)) - digits + 1
    scaled = math.ceil(p / 10**exponent - 1e-9)
    return format(Decimal(scaled).scaleb(exponent), "f")


def zero_error_draws(error_bound: Fraction, risk_limit: Fraction) -> int:
    """n₀ = ⌈ln α / ln(1 − 1/U)⌉: the draws that confirm when no error is found."""
    if error_bound <= 1:
        return 1
    return math.ceil(math.log(float(risk_limit)) / math.log(float(1 - 1 / error_bound)))


def first_round_draws(error_bound: Fraction, risk_limit: Fraction) -> int:
    """n₁ = n₀ + 1 (Arlo #1846: one draw more than the formula)."""
    return zero_error_draws(error_bound, risk_limit) + 1


def next_round_draws(error_bound: Fraction, risk_limit: Fraction, log_p: float) -> int:
    """n_{r+1} = ⌈(ln α − ln P_r)/ln(1 − 1/U)⌉ + 1, from the measured risk (Arlo #2008)."""
    step = math.log(float(1 - 1 / error_bound))
    return max(1, math.ceil((math.log(float(risk_limit)) - log_p) / step) + 1)


def expected_distinct(probabilities: Sequence[float], draws: int) -> float:
    """Σ 1 − (1 − πᵢ)ⁿ: precincts expected among `draws` draws with replacement."""
    return math.fsum(1 - (1 - p) ** draws for p in probabilities)


class Status(StrEnum):
    CONFIRMED = "confirmed"
    CONTINUE = "continue"  # recounts outstanding in this round
    NEXT_ROUND = "next-round"
    FULL_COUNT = "full-count"


@dataclass(frozen=True)
class ContestDecision:
    contest: str
    status: Status
    log_p: float  # the largest ln P of the contest's assertions
    reason: str = ""
    next_draws: int = 0


def decide(
    contest: str,
    log_ps: Mapping[str, float],
    risk_limit: Fraction,
    error_bound: Fraction,
    round_number: int,
    round_complete: bool,
    contest_precincts: int,
    distinct_drawn: int,
    full_count_reason: str | None = None,
    contest_share: Fraction = Fraction(1),
) -> ContestDecision:
    """Confirm when every assertion's P ≤ α; a taint ≥ 1, a tie or a vanished margin goes to a
    full count; otherwise another round, unless it would be the fourth or would reach more
    than half of the contest's precincts, then a full count. `contest_share` is the part of
    the total weight on the contest's precincts: of a common stream's draws, at most that
    share lands in the contest."""
    worst = max(log_ps.values(), default=math.inf)
    if full_count_reason:
        return ContestDecision(contest, Status.FULL_COUNT, worst, full_count_reason)
    if math.isinf(worst) and worst > 0:
        broken = next(a for a, v in log_ps.items() if math.isinf(v) and v > 0)
        return ContestDecision(contest, Status.FULL_COUNT, worst, f"infinite:{broken}")
    if worst <= math.log(float(risk_limit)):
        return ContestDecision(contest, Status.CONFIRMED, worst)
    if not round_complete:
        return ContestDecision(contest, Status.CONTINUE, worst)
    more = next_round_draws(error_bound, risk_limit, worst)
    if round_number >= MAX_ROUNDS:
        return ContestDecision(contest, Status.FULL_COUNT, worst, f"rounds:{round_number}")
    if distinct_drawn + more * contest_share > FULL_COUNT_SHARE * contest_precincts:
        return ContestDecision(contest, Status.FULL_COUNT, worst, "half-of-precincts", more)
    return ContestDecision(contest, Status.NEXT_ROUND, worst, "", more)
