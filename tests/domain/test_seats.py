"""Seat allocation: the official 2021 and 2023 results, the edge rules, and properties."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.election import ThresholdBase
from tallyapp.domain.seats import AllocationError, NoPartyPassed, PartyVotes, allocate_seats

OFFICIAL_2023 = [
    PartyVotes("AMANAT", 3_431_510, 1),
    PartyVotes("AUYL", 693_938, 2),
    PartyVotes("RESPUBLICA", 547_154, 7),
    PartyVotes("QHP", 432_920, 4),
    PartyVotes("BAYTAQ", 146_431, 6),
    PartyVotes("AQJOL", 535_139, 3),
    PartyVotes("JSDP", 331_058, 5),
]
OFFICIAL_2021 = [
    PartyVotes("QHP", 659_019, 4),
    PartyVotes("NUR_OTAN", 5_148_074, 1),
    PartyVotes("AUYL", 383_023, 2),
    PartyVotes("AKZHOL", 792_828, 3),
    PartyVotes("ADAL", 258_618, 5),
]


def test_2023_official_seats() -> None:
    result = allocate_seats(OFFICIAL_2023, 69, 5, against_all=248_291)
    assert result.seats == {
        "AMANAT": 40,
        "AUYL": 8,
        "RESPUBLICA": 6,
        "QHP": 5,
        "BAYTAQ": 0,
        "AQJOL": 6,
        "JSDP": 4,
    }
    assert result.passed == ("AMANAT", "AUYL", "RESPUBLICA", "QHP", "AQJOL", "JSDP")
    assert result.base_votes == 6_366_441
    assert result.threshold_votes == 318_323  # 5% of 6,366,441 is 318,322.05
    assert result.quota == Fraction(5_971_719, 69)
    # The CEC's published share for Amanat: 53.90%.
    assert round(float(result.parties[0].share_percent), 2) == 53.90
    assert not result.two_party_rule_applied


def test_2021_official_seats() -> None:
    result = allocate_seats(OFFICIAL_2021, 98, 7)
    assert result.seats == {"QHP": 10, "NUR_OTAN": 76, "AUYL": 0, "AKZHOL": 12, "ADAL": 0}


def test_equal_remainders_go_to_the_party_registered_first() -> None:
    # Two parties with identical votes compete for one remainder seat.
    parties = [PartyVotes("LATE", 100, 2), PartyVotes("EARLY", 100, 1), PartyVotes("BIG", 300, 3)]
    result = allocate_seats(parties, 4, 0)
    # Quota 125: BIG 2.4, LATE 0.8, EARLY 0.8: both equal remainders beat BIG's 0.4.
    assert result.seats == {"LATE": 1, "EARLY": 1, "BIG": 2}
    result = allocate_seats(parties, 3, 0)
    # quota 500/3: BIG 1.8 -> 1 (rem .8), LATE .6, EARLY .6: BIG and EARLY take remainders.
    assert result.seats == {"LATE": 0, "EARLY": 1, "BIG": 2}


def test_single_party_above_threshold_brings_in_the_runner_up_with_two_seats() -> None:
    parties = [PartyVotes("A", 9_000, 1), PartyVotes("B", 600, 2), PartyVotes("C", 400, 3)]
    result = allocate_seats(parties, 10, 7, two_party_minimum=2)
    assert result.passed == ("A",)
    assert result.two_party_rule_applied
    assert result.seats == {"A": 8, "B": 2, "C": 0}
    b = next(p for p in result.parties if p.code == "B")
    # Quota 960 over A and B: B earns 0.625 -> one remainder seat, the rule adds one more.
    assert not b.passed and b.admitted and b.remainder_seat and b.minimum_top_up == 1


def test_single_party_rule_keeps_the_runner_up_share_if_above_the_minimum() -> None:
    parties = [PartyVotes("A", 800, 1), PartyVotes("B", 190, 2), PartyVotes("C", 10, 3)]
    result = allocate_seats(parties, 10, 20)
    assert result.seats == {"A": 8, "B": 2, "C": 0}
    result = allocate_seats(parties, 100, 20)
    assert result.seats == {"A": 81, "B": 19, "C": 0}  # quota 9.9: 80.8 / 19.19 -> remainders


def test_no_party_passing_is_a_clear_error() -> None:
    parties = [PartyVotes("A", 10, 1), PartyVotes("B", 10, 2)]
    with pytest.raises(NoPartyPassed, match="no party reached the 50% threshold"):
        allocate_seats(parties, 5, 50, against_all=1_000)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"seats": 0}, "seats must be at least 1"),
        ({"threshold_percent": 101}, "threshold_percent must be within 0–100"),
        ({"threshold_percent": -1}, "threshold_percent must be within 0–100"),
    ],
)
def test_invalid_arguments(kwargs: dict[str, int], message: str) -> None:
    args = {"parties": OFFICIAL_2023, "seats": 69, "threshold_percent": 5, **kwargs}
    with pytest.raises(AllocationError, match=message):
        allocate_seats(**args)  # type: ignore[arg-type]


def test_duplicate_codes_and_negative_votes_are_rejected() -> None:
    with pytest.raises(AllocationError, match="duplicate party codes: A"):
        allocate_seats([PartyVotes("A", 1, 1), PartyVotes("A", 2, 2)], 5, 5)
    with pytest.raises(AllocationError, match="party B: votes must be ≥ 0, found -3"):
        allocate_seats([PartyVotes("A", 1, 1), PartyVotes("B", -3, 2)], 5, 5)


def test_threshold_base_is_configurable() -> None:
    # 5% of party votes alone (5,971,719 + 146,431) is lower than of votes + against all.
    with_against = allocate_seats(OFFICIAL_2023, 69, 5, against_all=248_291)
    party_only = allocate_seats(
        OFFICIAL_2023, 69, 5, against_all=248_291, base=ThresholdBase.PARTY_VOTES
    )
    assert party_only.base_votes == 6_118_150
    assert with_against.base_votes == 6_366_441
    with_invalid = allocate_seats(
        OFFICIAL_2023,
        69,
        5,
        against_all=248_291,
        invalid=158_046,
        base=ThresholdBase.BALLOTS_IN_BOXES,
    )
    assert with_invalid.base_votes == 6_524_487
    # JSDP still passes when invalid ballots count: 331,058 >= 5% of 6,524,487 (326,224.35).
    assert "JSDP" in with_invalid.passed


party_lists = st.lists(
    st.tuples(st.integers(min_value=0, max_value=5_000_000), st.integers(1, 10_000)),
    min_size=1,
    max_size=12,
).map(lambda rows: [PartyVotes(f"P{i}", v, i + 1) for i, (v, _) in enumerate(rows)])


@given(
    parties=party_lists,
    seats=st.integers(1, 150),
    threshold=st.integers(0, 20),
    against_all=st.integers(0, 1_000_000),
)
def test_properties(
    parties: list[PartyVotes], seats: int, threshold: int, against_all: int
) -> None:
    try:
        result = allocate_seats(
            parties, seats, threshold, against_all=against_all, two_party_minimum=0
        )
    except NoPartyPassed:
        base = sum(p.votes for p in parties) + against_all
        assert all(p.votes == 0 or p.votes * 100 < threshold * base for p in parties)
        return
    # Seats always sum to the total.
    assert sum(result.seats.values()) == seats
    for p in result.parties:
        if not p.passed:
            # A party below the threshold gets nothing.
            assert p.seats == 0
        else:
            # Without the two-party rule each party gets the floor or ceiling of its quota share.
            assert p.seats in (math.floor(p.exact_quota_share), math.ceil(p.exact_quota_share))


@pytest.mark.parametrize("seats", [1, 2])
def test_too_few_seats_for_the_two_party_minimum_are_refused_with_the_reason(seats: int) -> None:
    """One party over the threshold and no more seats than the runner-up's minimum: the rule
    would give every seat to the party that failed the threshold. Refused, saying why."""
    parties = [PartyVotes("A", 900, 1), PartyVotes("B", 50, 2), PartyVotes("C", 50, 3)]
    with pytest.raises(AllocationError) as refused:
        allocate_seats(parties, seats, 7, two_party_minimum=2)
    assert refused.value.code == "seats.too-few-for-minimum"
    assert refused.value.params == {"seats": seats, "minimum": 2, "passed": "A", "runner_up": "B"}
    # Without the rule, the only party over the threshold takes every seat.
    assert allocate_seats(parties, seats, 7, two_party_minimum=0).seats["A"] == seats
    # With seats enough for both, the minimum holds and the leader keeps the rest.
    three = allocate_seats(parties, 3, 7, two_party_minimum=2)
    assert three.seats == {"A": 1, "B": 2, "C": 0}


@given(parties=party_lists, seats=st.integers(3, 150), against_all=st.integers(0, 10**6))
def test_two_party_rule_properties(parties: list[PartyVotes], seats: int, against_all: int) -> None:
    try:
        result = allocate_seats(parties, seats, 20, against_all=against_all, two_party_minimum=2)
    except NoPartyPassed:
        return
    assert sum(result.seats.values()) == seats
    for p in result.parties:
        if not p.admitted:
            assert p.seats == 0
    if result.two_party_rule_applied:
        runner_up = next(p for p in result.parties if p.admitted and not p.passed)
        assert runner_up.seats >= 2
