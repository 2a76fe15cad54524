"""Party-list seats: threshold, Hare quota, largest remainders, and the two-party minimum."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from tallyapp.domain.election import ThresholdBase
from tallyapp.domain.errors import TallyError


class AllocationError(TallyError, ValueError):
    """The figures do not allow an allocation: a code of the message catalogue with its
    figures (the edges say it in the reader's language); str() is the English sentence."""

    def __init__(self, code: str, english: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.english = english

    def __str__(self) -> str:
        return self.english


class NoPartyPassed(AllocationError):
    pass


@dataclass(frozen=True)
class PartyVotes:
    code: str
    votes: int
    registration_order: int


@dataclass(frozen=True)
class PartySeats:
    code: str
    votes: int
    share_percent: Fraction  # of the threshold base
    passed: bool  # reached the threshold
    admitted: bool  # takes part in the allocation: passed, or the runner-up of the minimum rule
    exact_quota_share: Fraction  # votes / quota, 0 for parties below the threshold
    full_quotas: int
    remainder: Fraction
    remainder_seat: bool
    minimum_top_up: int  # seats added by the two-party minimum rule
    seats: int


@dataclass(frozen=True)
class SeatAllocation:
    seats_total: int
    threshold_percent: Fraction
    threshold_base: ThresholdBase
    base_votes: int
    threshold_votes: int  # the fewest votes that pass the threshold
    quota: Fraction
    parties: tuple[PartySeats, ...]
    two_party_rule_applied: bool

    @property
    def seats(self) -> dict[str, int]:
        return {p.code: p.seats for p in self.parties}

    @property
    def passed(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.parties if p.passed)


def threshold_base_votes(
    base: ThresholdBase, party_votes: int, against_all: int, invalid: int
) -> int:
    if base is ThresholdBase.VALID_WITH_AGAINST_ALL:
        return party_votes + against_all
    if base is ThresholdBase.PARTY_VOTES:
        return party_votes
    return party_votes + against_all + invalid


def allocate_seats(
    parties: Sequence[PartyVotes],
    seats: int,
    threshold_percent: Fraction | int,
    against_all: int = 0,
    invalid: int = 0,
    base: ThresholdBase = ThresholdBase.VALID_WITH_AGAINST_ALL,
    two_party_minimum: int = 2,
) -> SeatAllocation:
    """Allocate `seats` among `parties` as the Kazakh election law does for the Mäjilis.

    A party passes with at least `threshold_percent` of the base. Seats go by Hare quota
    over the passing parties, then to the largest remainders; equal remainders go to the
    party registered first. If only one party passes, the party with the next most votes
    joins the allocation and gets at least `two_party_minimum` seats.
    """
    threshold = Fraction(threshold_percent)
    if seats < 1:
        raise AllocationError(
            "seats.too-few-seats", f"seats must be at least 1, found {seats}", found=seats
        )
    if not 0 <= threshold <= 100:
        raise AllocationError(
            "seats.threshold-range",
            f"threshold_percent must be within 0–100, found {float(threshold):g}",
            found=f"{float(threshold):g}",
        )
    codes = [p.code for p in parties]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise AllocationError(
            "seats.duplicate-parties",
            f"duplicate party codes: {', '.join(duplicates)}",
            parties=", ".join(duplicates),
        )
    for p in parties:
        if p.votes < 0:
            raise AllocationError(
                "seats.negative-votes",
                f"party {p.code}: votes must be ≥ 0, found {p.votes}",
                party=p.code,
                found=p.votes,
            )
    if against_all < 0 or invalid < 0:
        raise AllocationError("seats.negative-other", "against_all and invalid must be ≥ 0")

    total_party_votes = sum(p.votes for p in parties)
    base_votes = threshold_base_votes(base, total_party_votes, against_all, invalid)
    threshold_exact = threshold * base_votes / 100
    threshold_votes = math.ceil(threshold_exact)

    def passes(p: PartyVotes) -> bool:
        return p.votes > 0 and p.votes * 100 >= threshold * base_votes

    # Most votes first; equal votes: registered first.
    by_votes = sorted(parties, key=lambda p: (-p.votes, p.registration_order))
    passing = [p for p in by_votes if passes(p)]
    two_party_rule = False
    if not passing:
        raise NoPartyPassed(
            "seats.no-party-passed",
            f"no party reached the {float(threshold):g}% threshold "
            f"({threshold_votes} of {base_votes} votes): seats cannot be allocated",
            threshold=f"{float(threshold):g}",
            needed=threshold_votes,
            base=base_votes,
        )
    if len(passing) == 1 and two_party_minimum > 0:
        runners_up = [p for p in by_votes if p is not passing[0] and p.votes > 0]
        if runners_up:
            passing.append(runners_up[0])
            two_party_rule = True
            if seats <= two_party_minimum:
                # The minimum would hand every seat to the party below the threshold and none
                # to the one that passed it: the rule presumes a chamber larger than that.
                raise AllocationError(
                    "seats.too-few-for-minimum",
                    f"only {passing[0].code} passed the threshold, and {seats} seat(s) cannot "
                    f"give the runner-up {runners_up[0].code} its minimum of "
                    f"{two_party_minimum} and leave any to {passing[0].code}",
                    seats=seats,
                    minimum=two_party_minimum,
                    passed=passing[0].code,
                    runner_up=runners_up[0].code,
                )

    passing_codes = {p.code for p in passing}
    passing_votes = sum(p.votes for p in passing)
    quota = Fraction(passing_votes, seats)
    exact = {p.code: Fraction(p.votes) / quota for p in passing}
    full = {code: math.floor(share) for code, share in exact.items()}
    remainders = {code: exact[code] - full[code] for code in exact}
    left = seats - sum(full.values())
    order = {p.code: p.registration_order for p in parties}
    ranked = sorted(passing_codes, key=lambda c: (-remainders[c], order[c]))
    remainder_winners = set(ranked[:left])
    allocated = {c: full[c] + (1 if c in remainder_winners else 0) for c in passing_codes}

    top_up = dict.fromkeys(passing_codes, 0)
    if two_party_rule:
        leader, runner_up = passing[0].code, passing[1].code
        missing = max(0, min(two_party_minimum, seats) - allocated[runner_up])
        allocated[runner_up] += missing
        allocated[leader] -= missing
        top_up[runner_up] = missing

    result = []
    for p in parties:
        is_in = p.code in passing_codes
        result.append(
            PartySeats(
                code=p.code,
                votes=p.votes,
                share_percent=Fraction(p.votes * 100, base_votes) if base_votes else Fraction(0),
                passed=passes(p),
                admitted=is_in,
                exact_quota_share=exact.get(p.code, Fraction(0)),
                full_quotas=full.get(p.code, 0),
                remainder=remainders.get(p.code, Fraction(0)),
                remainder_seat=p.code in remainder_winners,
                minimum_top_up=top_up.get(p.code, 0),
                seats=allocated.get(p.code, 0),
            )
        )
    return SeatAllocation(
        seats_total=seats,
        threshold_percent=threshold,
        threshold_base=base,
        base_votes=base_votes,
        threshold_votes=threshold_votes,
        quota=quota,
        parties=tuple(result),
        two_party_rule_applied=two_party_rule,
    )
