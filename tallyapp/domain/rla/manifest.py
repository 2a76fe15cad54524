"""The audit's manifest: every precinct as a batch, its largest possible overstatement, and
the integer weight by which the sampler draws it (PPEB: probability proportional to the
error bound, Aslam–Popa–Rivest 2008, with MACRO's maximum across assertions, Stark 2008).

For assertion a and precinct i with assorter sum Aᵢ,ₐ over its reported ballots, nᵢ ballots
in the box and n̄ᵢ the most ballots the box can hold (ballots issued), the overstatement is at
most uᵢ,ₐ = (Aᵢ,ₐ + (n̄ᵢ − nᵢ)/2)/Mₐ. The precinct's bound is uᵢ = maxₐ uᵢ,ₐ over every
assertion of every contest it takes part in, its weight wᵢ = ⌈uᵢ·10⁹⌉ (rounded up, so wᵢ/10⁹
is still a bound), and U = Σwᵢ/10⁹. A precinct whose ballots cannot be recounted is left out
of the draw and its worst case is taken off every margin: Mₐ′ = Mₐ − Σ(Aᵢ,ₐ + (n̄ᵢ − nᵢ)/2).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from tallyapp.domain.errors import TallyError
from tallyapp.domain.rla.assertions import PARTY_LIST, Assertion, ContestPlan

WEIGHT_SCALE = 10**9


class ManifestError(TallyError):
    code = "rla.manifest"


@dataclass(frozen=True)
class Batch:
    """One precinct's accepted protocol of one ballot, as the audit reads it."""

    counts: Mapping[str, int]  # choice -> ballots, with against_all and invalid
    ballots: int  # nᵢ: ballots found in the boxes
    bound: int  # n̄ᵢ: the most ballots the box can hold (ballots issued)
    protocol_sha256: str = ""


@dataclass(frozen=True)
class Precinct:
    code: str
    tec: str
    district: int | None
    batches: Mapping[str, Batch]  # contest ("PL", "SMD-07") -> its batch
    auditable: bool = True
    reason: str = ""  # why not auditable


@dataclass(frozen=True)
class ManifestEntry:
    precinct: Precinct
    bound: Fraction  # uᵢ (0 for an unauditable precinct)
    weight: int  # wᵢ


@dataclass(frozen=True)
class Manifest:
    entries: tuple[ManifestEntry, ...]  # by precinct code, as byte strings
    margins: Mapping[str, Fraction]  # assertion id -> Mₐ′ after the unauditable deduction
    deducted: Mapping[str, Fraction]  # assertion id -> the worst case of unauditable precincts

    @functools.cached_property
    def total_weight(self) -> int:  # asked for at every step of every contest's risk
        return sum(e.weight for e in self.entries)

    @property
    def error_bound(self) -> Fraction:
        """U = Σwᵢ/10⁹, the bound the test uses."""
        return Fraction(self.total_weight, WEIGHT_SCALE)

    def weights(self) -> list[int]:
        return [e.weight for e in self.entries]

    def entry(self, code: str) -> ManifestEntry:
        for e in self.entries:
            if e.precinct.code == code:
                return e
        raise ManifestError("rla.unknown-precinct", precinct=code)


def batch_of(precinct: Precinct, contest: str) -> Batch | None:
    return precinct.batches.get(contest)


def worst_case(a: Assertion, batch: Batch) -> Fraction:
    """Aᵢ,ₐ + (n̄ᵢ − nᵢ)/2: the most a batch's recount could take off the margin."""
    return a.assorter_sum(batch.counts) + Fraction(batch.bound - batch.ballots, 2)


def sort_key(code: str) -> bytes:
    return code.encode("utf-8")


def build_manifest(precincts: Iterable[Precinct], plans: Sequence[ContestPlan]) -> Manifest:
    """Bounds and weights of every precinct, with unauditable precincts deducted."""
    ordered = sorted(precincts, key=lambda p: sort_key(p.code))
    codes = [p.code for p in ordered]
    if len(set(codes)) != len(codes):
        raise ManifestError("rla.duplicate-precinct")
    assertions = [f for plan in plans for f in plan.assertions if f.holds]
    deducted: dict[str, Fraction] = {f.assertion.id: Fraction(0) for f in assertions}
    for p in ordered:
        if p.auditable:
            continue
        for f in assertions:
            batch = batch_of(p, f.assertion.contest)
            if batch is not None:
                deducted[f.assertion.id] += worst_case(f.assertion, batch)
    margins = {f.assertion.id: f.margin - deducted[f.assertion.id] for f in assertions}
    by_contest: dict[str, list[_Scaled]] = {}
    for f in assertions:
        m = margins[f.assertion.id]
        if m > 0:  # otherwise the unauditable precincts alone could break it: a full count
            by_contest.setdefault(f.assertion.contest, []).append(_Scaled(f.assertion, m))
    entries = []
    for p in ordered:
        bound = Fraction(0)
        if p.auditable:
            bound = max(
                (
                    _largest(scaled, batch)
                    for contest, batch in p.batches.items()
                    if (scaled := by_contest.get(contest))
                ),
                default=Fraction(0),
            )
        entries.append(ManifestEntry(p, bound, math.ceil(bound * WEIGHT_SCALE)))
    return Manifest(tuple(entries), margins, deducted)


def contest_precincts(manifest: Manifest, contest: str) -> list[str]:
    return [e.precinct.code for e in manifest.entries if contest in e.precinct.batches]


def is_party_list(contest: str) -> bool:
    return contest == PARTY_LIST


class _Scaled:
    """uᵢ,ₐ in integers: with g = G/D and its least value L/D, the worst case of a batch is
    Wᵢ/(−2L), Wᵢ = Σ G(c)·n(c) − L·Σn(c) − L·(n̄ᵢ − nᵢ), so uᵢ,ₐ = Wᵢ·p/q with p/q = 1/(−2L·Mₐ)."""

    def __init__(self, a: Assertion, margin: Fraction) -> None:
        denominator = math.lcm(*(v.denominator for v in a.g.values())) if a.g else 1
        self.numerators = {c: int(v * denominator) for c, v in a.g.items()}
        # Most choices weigh 0 in an assertion between two of them: only the others are summed.
        self.nonzero = tuple((c, g) for c, g in self.numerators.items() if g)
        self.least = int(a.lower * denominator)
        scale = 1 / (-2 * self.least * margin)
        self.p, self.q = scale.numerator, scale.denominator
        self.approx = self.p / self.q

    def worst(self, batch: Batch, counted: int) -> int:
        """Wᵢ, with `counted` = Σn(c) (the same for every assertion of the batch)."""
        counts = batch.counts
        total = sum(g * counts.get(c, 0) for c, g in self.nonzero)
        return total - self.least * (counted + batch.bound - batch.ballots)


def _largest(scaled: Sequence[_Scaled], batch: Batch) -> Fraction:
    """maxₐ uᵢ,ₐ, exact: floats pick the few candidates, fractions decide among them."""
    counted = sum(batch.counts.values())
    worst = [(s, s.worst(batch, counted)) for s in scaled]
    approx = [w * s.approx for s, w in worst]
    top = max(approx)
    return max(
        Fraction(w * s.p, s.q)
        for (s, w), x in zip(worst, approx, strict=True)
        if x >= top * (1 - 1e-9)
    )
