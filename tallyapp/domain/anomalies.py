"""Statistical signs that numbers may not come from counting. Informational only: a finding
never changes a result; it points at the precincts behind it for a person to look at.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Finding:
    check: str  # round-percentages, last-digits, turnout-share, high-turnout, identical, observer
    title: str
    detail: str
    precincts: tuple[str, ...] = ()
    units: tuple[str, ...] = ()  # commissions, for findings about totals
    score: float = 0.0  # how unusual: a z-score, a chi-square, a count over expectation
    # The figures the finding's words are made of, for the catalogue's kk/ru/en sentences
    # (`anomaly.<check>` and `anomaly.<check>.detail`); `title` and `detail` are English.
    params: Mapping[str, object] = field(default_factory=dict, hash=False, compare=False)


# --- exactly round percentages --------------------------------------------------------------


def round_percentages(
    shares: Mapping[str, Mapping[str, int]],
    bases: Mapping[str, int],
    decimals: int = 3,
    round_to: int = 1,
) -> tuple[Finding, ...]:
    """Percentages that, printed with `decimals` digits, end in zeros down to `round_to`.

    53.900 % (Amanat, 2023) is round at one decimal when three are printed. By chance a share
    is that round once in 10**(decimals - round_to); the finding says how often it happened.
    """
    hits: list[str] = []
    total = 0
    scale = 10**decimals
    for unit, votes in shares.items():
        base = bases.get(unit, 0)
        if base <= 0:
            continue
        for choice, count in votes.items():
            total += 1
            # Half-up rounding of count/base in units of 10**-decimals percent, exactly.
            scaled = Fraction(count * 100 * scale, base)
            printed = math.floor(scaled + Fraction(1, 2))
            if printed % 10 ** (decimals - round_to) == 0:
                hits.append(f"{unit}: {choice} {printed / scale:.{decimals}f}%")
    expected = total / 10 ** (decimals - round_to)
    if not hits:
        return ()
    return (
        Finding(
            "round-percentages",
            f"{len(hits)} percentage(s) exactly round at {round_to} decimal(s)",
            f"{len(hits)} of {total} shares, printed with {decimals} decimals, end in "
            f"{decimals - round_to} zero(s); about {expected:.2f} expected by chance. "
            + "; ".join(hits[:20]),
            units=tuple(sorted({h.split(":")[0] for h in hits})),
            score=len(hits) / expected if expected else float(len(hits)),
            params={
                "count": len(hits),
                "round_to": round_to,
                "total": total,
                "decimals": decimals,
                "zeros": decimals - round_to,
                "expected": expected,
                "examples": "; ".join(hits[:20]),
            },
        ),
    )


# --- last digits ----------------------------------------------------------------------------


def chi2_sf(x: float, df: int) -> float:
    """P(X ≥ x) for a chi-square variable with `df` degrees of freedom."""
    if x <= 0:
        return 1.0
    return _gamma_q(df / 2.0, x / 2.0)


def _gamma_q(a: float, x: float) -> float:
    """The regularised upper incomplete gamma function Q(a, x)."""
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:  # series for P, then Q = 1 - P
        term = total = 1.0 / a
        n = a
        for _ in range(1000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return max(0.0, 1.0 - total * math.exp(log_front))
    # Continued fraction for Q (modified Lentz).
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return math.exp(log_front) * h


@dataclass(frozen=True)
class DigitTest:
    counts: tuple[int, ...]  # how often each last digit 0..9 occurs
    chi_square: float
    p_value: float
    sample: int


def last_digit_test(numbers: Iterable[int], minimum: int = 100) -> DigitTest:
    """Chi-square of the last digits of counts ≥ `minimum` against a uniform distribution.

    Small counts are left out: where counts fall steeply (10, 11, 12 … are commoner than
    18, 19), low last digits are commoner honestly.

    Honest counts of tens or more have last digits close to uniform; invented ones often don't
    (people favour some digits)."""
    digits = Counter(n % 10 for n in numbers if n >= minimum)
    counts = tuple(digits.get(d, 0) for d in range(10))
    sample = sum(counts)
    if sample == 0:
        return DigitTest(counts, 0.0, 1.0, 0)
    expected = sample / 10
    statistic = sum((c - expected) ** 2 / expected for c in counts)
    return DigitTest(counts, statistic, chi2_sf(statistic, 9), sample)


def last_digit_finding(test: DigitTest, what: str, alpha: float = 0.001) -> tuple[Finding, ...]:
    if test.sample < 100 or test.p_value >= alpha:
        return ()
    return (
        Finding(
            "last-digits",
            f"Last digits of {what} depart from uniform",
            f"χ² = {test.chi_square:.1f} with 9 degrees of freedom, p = {test.p_value:.2g}, over "
            f"{test.sample} counts; digits 0–9 occur {list(test.counts)} times",
            score=test.chi_square,
            params={
                "chi": test.chi_square,
                "p": test.p_value,
                "sample": test.sample,
                "counts": " ".join(str(c) for c in test.counts),
            },
        ),
    )


# --- turnout against the leader's share -----------------------------------------------------


@dataclass(frozen=True)
class PrecinctShare:
    precinct: str
    voters: int
    ballots: int  # ballots in the boxes
    leader_votes: int
    valid: int

    @property
    def turnout(self) -> float:
        return self.ballots / self.voters if self.voters else 0.0

    @property
    def share(self) -> float:
        return self.leader_votes / self.valid if self.valid else 0.0


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return 0.0
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def turnout_share_outliers(
    precincts: Sequence[PrecinctShare], threshold: float = 5.0, minimum_voters: int = 100
) -> tuple[Finding, ...]:
    """Precincts far above the common relation between turnout and the leader's share.

    Fits share ≈ a + b·turnout by least squares over all precincts, then flags residuals more
    than `threshold` robust standard deviations (1.4826 × median absolute deviation) above it:
    the pattern of ballots added for one party (turnout and share rising together)."""
    rows = [p for p in precincts if p.voters >= minimum_voters and p.valid > 0]
    if len(rows) < 20:
        return ()
    xs = [p.turnout for p in rows]
    ys = [p.share for p in rows]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    var_x = sum((x - mean_x) ** 2 for x in xs)
    slope = (
        sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / var_x
        if var_x
        else 0.0
    )
    residuals = [y - (mean_y + slope * (x - mean_x)) for x, y in zip(xs, ys, strict=True)]
    centre = _median(residuals)
    spread = 1.4826 * _median([abs(r - centre) for r in residuals])
    if spread == 0:
        return ()
    flagged = sorted(
        ((r - centre) / spread, p)
        for r, p in zip(residuals, rows, strict=True)
        if (r - centre) / spread > threshold
    )
    if not flagged:
        return ()
    flagged.reverse()
    listing = "; ".join(
        f"{p.precinct} (turnout {p.turnout:.0%}, leader {p.share:.0%}, z {z:.1f})"
        for z, p in flagged[:15]
    )
    return (
        Finding(
            "turnout-share",
            f"{len(flagged)} precinct(s) where the leader's share is far above what turnout "
            "predicts",
            f"share ≈ {mean_y - slope * mean_x:.3f} + {slope:.3f} × turnout over {len(rows)} "
            f"precincts; flagged more than {threshold:g} robust deviations above: {listing}",
            precincts=tuple(p.precinct for _z, p in flagged),
            score=flagged[0][0],
            params={
                "count": len(flagged),
                "intercept": mean_y - slope * mean_x,
                "slope": slope,
                "n": len(rows),
                "threshold": threshold,
                "listing": "; ".join(
                    f"{p.precinct} ({p.turnout:.0%} / {p.share:.0%}, z {z:.1f})"
                    for z, p in flagged[:15]
                ),
            },
        ),
    )


def high_turnout(
    precincts: Sequence[PrecinctShare], above: float = 0.95, minimum_voters: int = 50
) -> tuple[Finding, ...]:
    hits = [p for p in precincts if p.voters >= minimum_voters and p.turnout > above]
    if not hits:
        return ()
    return (
        Finding(
            "high-turnout",
            f"{len(hits)} precinct(s) with turnout above {above:.0%}",
            "; ".join(
                f"{p.precinct} ({p.ballots} of {p.voters}, {p.turnout:.1%})" for p in hits[:30]
            ),
            precincts=tuple(p.precinct for p in hits),
            score=float(len(hits)),
            params={
                "count": len(hits),
                "above": round(above * 100),
                "listing": "; ".join(
                    f"{p.precinct} ({p.ballots} / {p.voters}, {p.turnout:.1%})" for p in hits[:30]
                ),
            },
        ),
    )


# --- identical protocols --------------------------------------------------------------------


def identical_protocols(
    figures: Mapping[str, tuple[int, ...]], minimum_ballots: int = 20, ballots_index: int = 0
) -> tuple[Finding, ...]:
    """Different precincts whose protocols carry exactly the same figures.

    `figures` maps a precinct to its figures (votes per choice, against all, invalid, …);
    tiny precincts are left out, where equal small numbers happen honestly."""
    groups: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for precinct, values in figures.items():
        if values and values[ballots_index] >= minimum_ballots:
            groups[values].append(precinct)
    found = []
    for values, precincts in groups.items():
        if len(precincts) > 1:
            found.append(
                Finding(
                    "identical",
                    f"Identical protocols in {len(precincts)} precincts",
                    f"precincts {', '.join(sorted(precincts))} report the same figures "
                    f"{list(values)}",
                    precincts=tuple(sorted(precincts)),
                    score=float(len(precincts)),
                    params={
                        "count": len(precincts),
                        "precincts": ", ".join(sorted(precincts)),
                        "values": " ".join(str(v) for v in values),
                    },
                )
            )
    return tuple(sorted(found, key=lambda f: -f.score))


# --- observers' copies ----------------------------------------------------------------------


def copy_differences(
    official: Mapping[str, int], copy: Mapping[str, int]
) -> tuple[tuple[str, int | None, int | None], ...]:
    """Lines where an observer's copy and the official protocol differ: (line, official, copy)."""
    return tuple(
        (k, official.get(k), copy.get(k))
        for k in sorted(set(official) | set(copy))
        if official.get(k) != copy.get(k)
    )
