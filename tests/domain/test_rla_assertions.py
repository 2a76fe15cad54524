"""The assertions that confirm the 2023 seat allocation and the district winners."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from tallyapp.domain.election import ThresholdBase
from tallyapp.domain.rla.assertions import (
    AGAINST_ALL,
    INVALID,
    AssertionKind,
    district_plan,
    party_list_plan,
)
from tallyapp.domain.seats import PartyVotes
from tests.domain.rla_figures import official_2023, party_totals


def plan_2023(base: ThresholdBase = ThresholdBase.VALID_WITH_AGAINST_ALL):  # type: ignore[no-untyped-def]
    parties, against_all, invalid = party_totals()
    return party_list_plan(parties, 69, 5, against_all, invalid, base)


def by_id(plan):  # type: ignore[no-untyped-def]
    return {f.assertion.id: f for f in plan.assertions}


def test_2023_has_37_assertions_and_the_reported_seats() -> None:
    plan = plan_2023()
    assert plan.outcome == "AMANAT 40, AUYL 8, RESPUBLICA 6, AQJOL 6, QHP 5, JSDP 4"
    kinds = [f.assertion.kind for f in plan.assertions]
    assert kinds.count(AssertionKind.THRESHOLD_PASS) == 6
    assert kinds.count(AssertionKind.THRESHOLD_FAIL) == 1
    assert kinds.count(AssertionKind.HAMILTON_PAIR) == 30
    assert plan.full_count_reason is None


def test_binding_is_amanats_40th_seat_against_respublicas_7th() -> None:
    plan = plan_2023()
    binding = plan.binding
    assert binding is not None
    a = binding.assertion
    assert (a.subject, a.other, a.seats_subject, a.seats_other) == ("AMANAT", "RESPUBLICA", 40, 6)
    assert a.d == Fraction(33, 69)
    assert a.upper == Fraction(69, 102)  # 1/(1+d)
    assert abs(binding.flips - 14_158) <= 1  # type: ignore[operator]
    # T_A − T_B − d·V_Q, exactly: 3,431,510 − 547,154 − 33/69 · 5,971,719
    assert binding.margin_votes == 3_431_510 - 547_154 - Fraction(33, 69) * 5_971_719
    assert round(float(binding.error_bound), 1) == 341.6  # type: ignore[arg-type]
    n0 = math.ceil(math.log(0.05) / math.log(1 - 1 / float(binding.error_bound)))  # type: ignore[arg-type]
    assert n0 == 1022


def test_jsdp_threshold_assertion() -> None:
    jsdp = by_id(plan_2023())["PL:THRESHOLD_PASS:JSDP"]
    assert jsdp.margin_votes == 331_058 - Fraction(5, 100) * 6_366_441
    assert jsdp.flips == 12_736
    assert jsdp.upper == 10
    assert jsdp.assertion.h("JSDP") == 10 and jsdp.assertion.h("AMANAT") == 0
    assert jsdp.assertion.h(INVALID) == Fraction(1, 2)
    assert round(float(jsdp.error_bound), 1) == 26.6  # type: ignore[arg-type]


def test_baytaq_fails_and_the_next_pairs() -> None:
    found = by_id(plan_2023())
    baytaq = found["PL:THRESHOLD_FAIL:BAYTAQ"]
    assert baytaq.upper == Fraction(1, 2 * (1 - Fraction(5, 100)))
    assert baytaq.assertion.h("BAYTAQ") == 0
    assert found["PL:HAMILTON_PAIR:AMANAT:AQJOL"].flips == 20_166
    assert found["PL:HAMILTON_PAIR:JSDP:RESPUBLICA"].flips == 21_772


def test_participants_base_makes_invalid_ballots_count_against_passing() -> None:
    plan = plan_2023(ThresholdBase.BALLOTS_IN_BOXES)
    jsdp = by_id(plan)["PL:THRESHOLD_PASS:JSDP"]
    assert jsdp.assertion.h(INVALID) == 0
    assert jsdp.margin_votes == 331_058 - Fraction(5, 100) * (6_366_441 + 158_046)
    assert jsdp.flips == 4_834  # the design's figure for a base of every ballot cast


def test_assorter_margin_is_the_sum_of_h_minus_half() -> None:
    parties, against_all, invalid = party_totals()
    counts = {p.code: p.votes for p in parties} | {AGAINST_ALL: against_all, INVALID: invalid}
    for f in plan_2023().assertions:
        a = f.assertion
        assert a.assorter_sum(counts) - Fraction(sum(counts.values()), 2) == f.margin
        assert all(a.h(c) >= 0 for c in counts)


def test_equal_remainders_mean_a_full_count() -> None:
    # 3 seats, A 2 quotas and a half, B a half: the last seat is a tie on remainders.
    parties = [PartyVotes("A", 500, 1), PartyVotes("B", 100, 2)]
    plan = party_list_plan(parties, 3, 5, 0, 0)
    assert plan.outcome == "A 3"
    assert plan.full_count_reason == "tie:PL:HAMILTON_PAIR:A:B"


def test_two_party_rule_adds_the_runner_up_assertions() -> None:
    parties = [PartyVotes("A", 9_000, 1), PartyVotes("B", 300, 2), PartyVotes("C", 200, 3)]
    plan = party_list_plan(parties, 10, 5, 0, 0)
    kinds = {f.assertion.id: f.assertion.kind for f in plan.assertions}
    assert kinds["PL:THRESHOLD_FAIL:B"] is AssertionKind.THRESHOLD_FAIL
    assert kinds["PL:TWO_PARTY_RUNNER_UP:B:C"] is AssertionKind.TWO_PARTY_RUNNER_UP
    assert "PL:HAMILTON_PAIR:A:B" in kinds
    runner = by_id(plan)["PL:TWO_PARTY_RUNNER_UP:B:C"]
    assert runner.margin_votes == 100 and runner.flips == 50


def test_districts_of_2023_match_winner_and_runner_up() -> None:
    districts = official_2023()["constituency"]["districts"]
    assert len(districts) == 29
    for d in districts:
        w, r = d["winner"]["votes"], d["runner_up"]["votes"]
        plan = district_plan(d["number"], {"W": w, "R": r}, 0, 0)
        pair = by_id(plan)[f"SMD-{d['number']:02d}:PLURALITY_PAIR:W:R"]
        assert pair.margin_votes == w - r
        assert pair.flips == math.ceil(Fraction(w - r, 2))
        assert pair.upper == 1
        assert pair.error_bound == 1 + Fraction(w + r, w - r)
    seventh = next(d for d in districts if d["number"] == 7)
    assert (seventh["winner"]["votes"], seventh["runner_up"]["votes"]) == (19_851, 17_319)


def test_district_against_all_pair_and_against_all_first() -> None:
    plan = district_plan(4, {"W": 500, "R": 300}, 350, 20)
    ids = by_id(plan)
    assert plan.outcome == "W"
    assert ids["SMD-04:PLURALITY_PAIR:W:against_all"].margin_votes == 150
    assert ids["SMD-04:PLURALITY_PAIR:W:R"].flips == 100
    lenient = district_plan(4, {"W": 500, "R": 300}, 350, 20, winner_must_beat_against_all=False)
    assert [f.assertion.other for f in lenient.assertions] == ["R"]
    first = district_plan(5, {"W": 300, "R": 200}, 400, 0)
    assert first.outcome == "against_all_first"
    assert [f.assertion.id for f in first.assertions] == [
        "SMD-05:PLURALITY_PAIR:against_all:W",
        "SMD-05:PLURALITY_PAIR:against_all:R",
    ]


def test_district_tie_means_a_full_count() -> None:
    plan = district_plan(9, {"W": 300, "R": 300}, 0, 0)
    assert plan.full_count_reason == "tie:SMD-09:PLURALITY_PAIR:W:R"


@pytest.mark.parametrize("votes", [(10, 3), (1000, 999)])
def test_plurality_assorter_values(votes: tuple[int, int]) -> None:
    plan = district_plan(1, {"W": votes[0], "R": votes[1]}, 0, 5)
    a = plan.assertions[0].assertion
    assert (a.h("W"), a.h("R"), a.h(INVALID), a.h(AGAINST_ALL)) == (
        1,
        0,
        Fraction(1, 2),
        Fraction(1, 2),
    )
