"""Assertions that imply a reported outcome, each a linear inequality Σ g(c)·T(c) > 0.

Blom et al. (E-Vote-ID 2021) turn such a "proto-assorter" g into a SHANGRLA assorter
h = (g − a)/(−2a), where a < 0 is the least value g takes: h ≥ 0, and the assertion holds
exactly when the mean of h over the ballots exceeds ½. The margin in assorter units is
M = Σ(h − ½) = Σ g·T / (−2a), and the fewest altered ballots that could break it is ⌈M/u⌉
with u the largest value of h.

Choices are the keys of a batch's counts: party codes or candidate ids, `against_all`, and
`invalid`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from tallyapp.domain.election import ThresholdBase
from tallyapp.domain.seats import PartyVotes, SeatAllocation, allocate_seats

AGAINST_ALL = "against_all"
INVALID = "invalid"
PARTY_LIST = "PL"


def district_contest(number: int) -> str:
    return f"SMD-{number:02d}"


class AssertionKind(StrEnum):
    THRESHOLD_PASS = "THRESHOLD_PASS"
    THRESHOLD_FAIL = "THRESHOLD_FAIL"
    HAMILTON_PAIR = "HAMILTON_PAIR"
    TWO_PARTY_RUNNER_UP = "TWO_PARTY_RUNNER_UP"  # the admitted runner-up beats every other party
    PLURALITY_PAIR = "PLURALITY_PAIR"


@dataclass(frozen=True)
class Assertion:
    """One linear assertion Σ g(c)·T(c) > 0 over the ballots of a contest."""

    contest: str
    kind: AssertionKind
    subject: str  # the party or candidate it is about (A, the passing party, the winner)
    other: str | None  # B, the loser (None for a threshold)
    g: Mapping[str, Fraction]  # proto-assorter per choice; a choice not listed scores 0
    seats_subject: int | None = None  # a_A (Hamilton): A's last seat is its a_A-th
    seats_other: int | None = None  # a_B: B's next seat would be its (a_B+1)-th
    d: Fraction | None = None  # (a_A − a_B − 1)/S

    @property
    def id(self) -> str:
        parts = [self.contest, self.kind.value, self.subject]
        if self.other is not None:
            parts.append(self.other)
        return ":".join(parts)

    @functools.cached_property
    def lower(self) -> Fraction:
        """a: the least value of g (0 for the choices it does not list)."""
        return min([Fraction(0), *self.g.values()])

    def h(self, choice: str) -> Fraction:
        a = self.lower
        return (self.g.get(choice, Fraction(0)) - a) / (-2 * a)

    @property
    def h_other(self) -> Fraction:
        """h of every choice g does not list: ½."""
        return Fraction(1, 2)

    @property
    def upper(self) -> Fraction:
        """u: the largest value of the assorter."""
        return max([self.h_other, *(self.h(c) for c in self.g)])

    @functools.cached_property
    def _integer_g(self) -> tuple[int, dict[str, int]]:
        # g over a common denominator: sums over thousands of precincts stay in integers.
        denominator = math.lcm(*(v.denominator for v in self.g.values())) if self.g else 1
        return denominator, {c: int(v * denominator) for c, v in self.g.items()}

    def assorter_sum(self, counts: Mapping[str, int]) -> Fraction:
        """A = Σ h over the ballots counted in `counts` = (Σ g·n − a·N)/(−2a)."""
        ballots = sum(counts.values())
        a = self.lower
        return (self.margin_votes(counts) - a * ballots) / (-2 * a)

    def margin_votes(self, counts: Mapping[str, int]) -> Fraction:
        """Σ g·T: the assertion's margin in votes (e.g. Tₚ − tW, T_A − T_B − d·V_Q)."""
        denominator, numerators = self._integer_g
        return Fraction(sum(numerators.get(c, 0) * n for c, n in counts.items()), denominator)

    def margin(self, counts: Mapping[str, int]) -> Fraction:
        """M = Σ(h − ½) in assorter units."""
        return self.margin_votes(counts) / (-2 * self.lower)


@dataclass(frozen=True)
class AssertionFigures:
    """An assertion measured on the reported totals of its contest."""

    assertion: Assertion
    ballots: int  # N, the ballots of the contest (its population)
    margin_votes: Fraction
    margin: Fraction  # M

    @property
    def upper(self) -> Fraction:
        return self.assertion.upper

    @property
    def holds(self) -> bool:
        return self.margin > 0

    @property
    def flips(self) -> int | None:
        """The fewest altered ballots that could break the assertion: ⌈M/u⌉."""
        return math.ceil(self.margin / self.upper) if self.holds else None

    @property
    def diluted_margin(self) -> Fraction | None:
        """v = 2M/N, SHANGRLA's assorter margin."""
        return 2 * self.margin / self.ballots if self.holds and self.ballots else None

    @property
    def error_bound(self) -> Fraction | None:
        """U = 1 + N/(2M): the total error bound of a batch audit of this assertion alone."""
        return 1 + Fraction(self.ballots) / (2 * self.margin) if self.holds else None


@dataclass(frozen=True)
class ContestPlan:
    """A contest's reported outcome and the assertions that confirm it."""

    contest: str
    outcome: str  # for people: "AMANAT 40, AUYL 8 …", a winner's id, "against all first"
    assertions: tuple[AssertionFigures, ...]
    full_count_reason: str | None = None  # a tie: the audit cannot confirm it
    rules: Mapping[str, str] = field(default_factory=dict)

    @property
    def binding(self) -> AssertionFigures | None:
        """The hardest assertion: least margin in assorter units relative to N."""
        holding = [a for a in self.assertions if a.holds]
        if not holding:
            return None
        return max(holding, key=lambda a: a.error_bound or 0)


def _counts(parties: Sequence[PartyVotes], against_all: int, invalid: int) -> dict[str, int]:
    counts = {p.code: p.votes for p in parties}
    counts[AGAINST_ALL] = against_all
    counts[INVALID] = invalid
    return counts


def _threshold_base(base: ThresholdBase, parties: Sequence[str]) -> tuple[str, ...]:
    """The choices counted in the threshold's base W."""
    choices = tuple(parties)
    if base is ThresholdBase.PARTY_VOTES:
        return choices
    if base is ThresholdBase.VALID_WITH_AGAINST_ALL:
        return (*choices, AGAINST_ALL)
    return (*choices, AGAINST_ALL, INVALID)


def party_list_plan(
    parties: Sequence[PartyVotes],
    seats: int,
    threshold_percent: Fraction | int,
    against_all: int,
    invalid: int,
    base: ThresholdBase = ThresholdBase.VALID_WITH_AGAINST_ALL,
    two_party_minimum: int = 2,
    contest: str = PARTY_LIST,
) -> ContestPlan:
    """The assertions that imply the Hamilton allocation of the reported totals.

    (a) each passing party passes, (b) each other party fails, (c) for each ordered pair of
    admitted parties A ≠ B with a_A ≥ 1, A's last seat outscores B's next one; when the
    two-party minimum was used, the admitted runner-up beats every other party. Equal
    remainders (a zero margin) cannot be confirmed by sampling: the plan says full count.
    """
    allocation = allocate_seats(
        parties, seats, threshold_percent, against_all, invalid, base, two_party_minimum
    )
    counts = _counts(parties, against_all, invalid)
    ballots = sum(counts.values())
    t = Fraction(threshold_percent) / 100
    in_base = _threshold_base(base, [p.code for p in parties])
    found: list[Assertion] = []
    for p in allocation.parties:
        others = {c: Fraction(0) for c in in_base if c != p.code}
        if p.passed:
            g = {c: -t for c in others} | {p.code: 1 - t}
            found.append(Assertion(contest, AssertionKind.THRESHOLD_PASS, p.code, None, g))
        else:
            g = {c: t for c in others} | {p.code: t - 1}
            found.append(Assertion(contest, AssertionKind.THRESHOLD_FAIL, p.code, None, g))
    admitted = [p for p in allocation.parties if p.admitted]
    # Seats as Hamilton gave them, before any top-up of the two-party minimum.
    hamilton = {p.code: p.full_quotas + (1 if p.remainder_seat else 0) for p in admitted}
    for a in admitted:
        if hamilton[a.code] < 1:
            continue
        for b in admitted:
            if a.code == b.code:
                continue
            d = Fraction(hamilton[a.code] - hamilton[b.code] - 1, seats)
            g = {q.code: -d for q in admitted} | {a.code: 1 - d, b.code: -(1 + d)}
            found.append(
                Assertion(
                    contest,
                    AssertionKind.HAMILTON_PAIR,
                    a.code,
                    b.code,
                    g,
                    hamilton[a.code],
                    hamilton[b.code],
                    d,
                )
            )
    if allocation.two_party_rule_applied:
        runner_up = next(p for p in admitted if not p.passed)
        for p in allocation.parties:
            if not p.admitted:
                g = {runner_up.code: Fraction(1), p.code: Fraction(-1)}
                found.append(
                    Assertion(contest, AssertionKind.TWO_PARTY_RUNNER_UP, runner_up.code, p.code, g)
                )
    figures = tuple(_measured(a, counts, ballots) for a in found)
    tie = next(
        (f for f in figures if not f.holds and f.assertion.kind is AssertionKind.HAMILTON_PAIR),
        None,
    )
    return ContestPlan(
        contest,
        _seats_outcome(allocation),
        figures,
        f"tie:{tie.assertion.id}" if tie else _first_broken(figures),
        {
            "seats": str(seats),
            "threshold_percent": str(Fraction(threshold_percent)),
            "threshold_base": base.value,
            "two_party_minimum": str(two_party_minimum),
            "two_party_rule_applied": str(allocation.two_party_rule_applied).lower(),
            "tie_rule": "registration_order",
        },
    )


def _first_broken(figures: Sequence[AssertionFigures]) -> str | None:
    broken = next((f for f in figures if not f.holds), None)
    return f"zero-margin:{broken.assertion.id}" if broken else None


def _seats_outcome(allocation: SeatAllocation) -> str:
    return ", ".join(f"{p.code} {p.seats}" for p in allocation.parties if p.seats)


def _measured(a: Assertion, counts: Mapping[str, int], ballots: int) -> AssertionFigures:
    return AssertionFigures(a, ballots, a.margin_votes(counts), a.margin(counts))


def district_plan(
    number: int,
    candidates: Mapping[str, int],
    against_all: int,
    invalid: int,
    winner_must_beat_against_all: bool = True,
) -> ContestPlan:
    """Assertions for a first-past-the-post district with "against all" as a line.

    Reported "w elected": T_w − T_ℓ > 0 for every other candidate ℓ, and for "against all"
    when the law asks the winner to beat it. Reported "against all first": X − T_c > 0 for
    every candidate. Candidates with equal most votes cannot be confirmed: a full count.
    """
    contest = district_contest(number)
    counts = dict(candidates) | {AGAINST_ALL: against_all, INVALID: invalid}
    ballots = sum(counts.values())
    ranked = sorted(candidates.items(), key=lambda kv: -kv[1])
    top = ranked[0][1] if ranked else 0
    rules = {"winner_must_beat_against_all": str(winner_must_beat_against_all).lower()}
    if winner_must_beat_against_all and against_all > top:
        winner, outcome = AGAINST_ALL, "against_all_first"
        losers = [c for c, _ in ranked]
    else:
        winner, outcome = ranked[0][0], ranked[0][0]
        losers = [c for c, _ in ranked[1:]]
        if winner_must_beat_against_all:
            losers.append(AGAINST_ALL)
    found = [
        Assertion(
            contest,
            AssertionKind.PLURALITY_PAIR,
            winner,
            loser,
            {winner: Fraction(1), loser: Fraction(-1)},
        )
        for loser in losers
    ]
    figures = tuple(_measured(a, counts, ballots) for a in found)
    broken = _first_broken(figures)
    return ContestPlan(
        contest, outcome, figures, broken.replace("zero-margin", "tie") if broken else None, rules
    )
