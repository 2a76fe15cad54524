"""Manifest bounds and weights, taints, the Kaplan–Markov P-value, round sizing, escalation."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from tallyapp.domain.rla.assertions import AGAINST_ALL, INVALID, district_plan
from tallyapp.domain.rla.evaluation import contest_risk
from tallyapp.domain.rla.manifest import WEIGHT_SCALE, Batch, Precinct, build_manifest
from tallyapp.domain.rla.risk import (
    Method,
    Recount,
    Status,
    Understatements,
    decide,
    first_round_draws,
    log_p_value,
    next_round_draws,
    p_value,
    rounded_up,
    zero_error_draws,
)

W, L = "W", "L"


def batch(w: int, lose: int, invalid: int = 0, bound: int | None = None) -> Batch:
    counts = {W: w, L: lose, AGAINST_ALL: 0, INVALID: invalid}
    n = sum(counts.values())
    return Batch(counts, n, n if bound is None else bound)


def district(batches: dict[str, Batch], unauditable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    precincts = [
        Precinct(code, "TEC-1", 1, {"SMD-01": b}, code not in unauditable, "abroad")
        for code, b in batches.items()
    ]
    totals = {c: sum(b.counts[c] for b in batches.values()) for c in (W, L, AGAINST_ALL, INVALID)}
    plan = district_plan(1, {W: totals[W], L: totals[L]}, 0, totals[INVALID], False)
    return plan, build_manifest(precincts, [plan])


def test_bound_is_arlos_max_error_and_weights_round_up() -> None:
    batches = {"2": batch(60, 40), "1": batch(30, 20, 3), "10": batch(10, 30)}
    _, manifest = district(batches)
    assert [e.precinct.code for e in manifest.entries] == ["1", "10", "2"]  # bytes order
    margin = 100 - 90
    for e in manifest.entries:
        b = batches[e.precinct.code]
        assert e.bound == Fraction(b.counts[W] - b.counts[L] + b.ballots, margin)
        assert e.weight == math.ceil(e.bound * WEIGHT_SCALE)
        assert Fraction(e.weight, WEIGHT_SCALE) >= e.bound
    assert manifest.total_weight == sum(manifest.weights())


def test_bound_widens_with_ballots_issued() -> None:
    _, tight = district({"1": batch(60, 40), "2": batch(30, 40)})
    _, wide = district({"1": batch(60, 40, bound=110), "2": batch(30, 40)})
    assert wide.entries[0].bound - tight.entries[0].bound == Fraction(10, 2) / 5


def test_unauditable_precinct_is_deducted_and_never_drawn() -> None:
    plan, manifest = district({"1": batch(60, 40), "2": batch(50, 40), "3": batch(20, 10)}, ("3",))
    a = plan.assertions[0]
    assert a.margin == Fraction(40, 2)
    # worst case of precinct 3: A = 20 + 0 ballots of ½ ... = (20 - 10 + 30)/2 = 20
    assert manifest.deducted[a.assertion.id] == 20
    assert manifest.margins[a.assertion.id] == 0
    assert manifest.entries[2].weight == 0


def test_kaplan_markov_matches_the_exact_product() -> None:
    total_weight = 341_610_641_522
    mu = 1 - Fraction(WEIGHT_SCALE, total_weight)
    taints = [Fraction(1, 7), Fraction(-1, 20)]
    exact = mu**100 / ((1 - taints[0]) * (1 - taints[1]))
    log_p = log_p_value(total_weight, 100, taints)
    assert log_p == pytest.approx(math.log(float(exact)), rel=1e-12)
    # No errors: P = (1 − 1/U)^n, and n₀ draws reach 5 %.
    n0 = zero_error_draws(Fraction(total_weight, WEIGHT_SCALE), Fraction(5, 100))
    assert n0 == 1022
    assert p_value(log_p_value(total_weight, n0, [])) <= 0.05
    assert p_value(log_p_value(total_weight, n0 - 1, [])) > 0.05
    assert first_round_draws(Fraction(total_weight, WEIGHT_SCALE), Fraction(5, 100)) == 1023


def test_a_taint_of_one_is_infinite_risk() -> None:
    assert log_p_value(10 * WEIGHT_SCALE, 50, [None]) == math.inf
    assert p_value(math.inf) == 1.0


def test_betting_at_one_is_kaplan_markov_and_below_one_costs_draws() -> None:
    tw = 40 * WEIGHT_SCALE
    km = log_p_value(tw, 100, [Fraction(1, 3)])
    assert log_p_value(tw, 100, [Fraction(1, 3)], Method(Fraction(1))) == km
    alpha = log_p_value(tw, 100, [Fraction(1, 3)], Method(Fraction(9, 10)))
    assert km < alpha < 0


def test_recount_equal_to_protocol_confirms_and_a_shift_does_not() -> None:
    batches = {str(i): batch(60 + i % 7, 40 + i % 5) for i in range(1, 41)}
    plan, manifest = district(batches)
    codes = [e.precinct.code for e in manifest.entries]
    drawn = [codes[i % len(codes)] for i in range(0, 200, 3)]
    same = {c: {"SMD-01": Recount(b.counts, b.ballots)} for c, b in batches.items()}
    risk = contest_risk(manifest, plan, drawn, same)
    assert risk.complete and risk.draws_used == len(drawn) and not risk.discrepancies
    u = manifest.error_bound
    assert risk.assertions[0].log_p == pytest.approx(len(drawn) * math.log(float(1 - 1 / u)))
    # Moving 10 ballots from W to L in a drawn precinct: ω = 10, taint = 10/(M·u_i).
    first = drawn[0]
    shifted = dict(batches[first].counts) | {
        W: batches[first].counts[W] - 10,
        L: batches[first].counts[L] + 10,
    }
    moved = same | {first: {"SMD-01": Recount(shifted, batches[first].ballots)}}
    risk2 = contest_risk(manifest, plan, drawn, moved)
    (d,) = risk2.discrepancies
    entry = manifest.entry(first)
    assert d.overstatement == 10
    assert d.taint == Fraction(10 * WEIGHT_SCALE) / (manifest.margins[d.assertion] * entry.weight)
    assert risk2.assertions[0].log_p > risk.assertions[0].log_p


def test_understated_precinct_helps_unless_clipped() -> None:
    batches = {str(i): batch(60, 40) for i in range(1, 21)}
    plan, manifest = district(batches)
    drawn = ["1", "2", "3"]
    better = {c: {"SMD-01": Recount(b.counts, b.ballots)} for c, b in batches.items()}
    better["1"] = {"SMD-01": Recount(batches["1"].counts | {W: 65, L: 35}, 100)}
    keep = contest_risk(manifest, plan, drawn, better).assertions[0].log_p
    clip = contest_risk(manifest, plan, drawn, better, Method(understatements=Understatements.CLIP))
    assert keep < clip.assertions[0].log_p


def test_draws_count_only_up_to_the_first_unrecounted_precinct() -> None:
    batches = {str(i): batch(60, 40) for i in range(1, 11)}
    plan, manifest = district(batches)
    drawn = ["1", "2", "3", "4"]
    recounts = {c: {"SMD-01": Recount(batches[c].counts, 100)} for c in ("1", "3", "4")}
    risk = contest_risk(manifest, plan, drawn, recounts)
    assert risk.draws_used == 1 and not risk.complete


def test_missing_bag_and_excess_ballots_go_to_a_full_count() -> None:
    batches = {str(i): batch(60, 40) for i in range(1, 11)}
    plan, manifest = district(batches)
    recounts = {c: {"SMD-01": Recount(b.counts, b.ballots)} for c, b in batches.items()}
    recounts["2"] = {"SMD-01": Recount({}, 0, missing=True)}
    risk = contest_risk(manifest, plan, ["1", "2"], recounts)
    assert risk.assertions[0].log_p == math.inf
    decision = decide(
        "SMD-01",
        {a.assertion: a.log_p for a in risk.assertions},
        Fraction(1, 20),
        manifest.error_bound,
        1,
        True,
        10,
        2,
    )
    assert decision.status is Status.FULL_COUNT and decision.reason.startswith("infinite:")
    recounts["2"] = {"SMD-01": Recount(batches["2"].counts | {INVALID: 1}, 101)}
    excess = contest_risk(manifest, plan, ["1", "2"], recounts)
    assert excess.assertions[0].log_p == math.inf


def test_round_sizing_and_escalation() -> None:
    u = Fraction(40)
    alpha = Fraction(1, 20)
    log_p = math.log(0.08)
    more = next_round_draws(u, alpha, log_p)
    assert more == math.ceil((math.log(0.05) - log_p) / math.log(1 - 1 / 40)) + 1
    decision = decide("PL", {"a": log_p}, alpha, u, 1, True, 10_000, 900)
    assert decision.status is Status.NEXT_ROUND and decision.next_draws == more
    assert decide("PL", {"a": log_p}, alpha, u, 3, True, 10_000, 900).status is Status.FULL_COUNT
    assert decide("PL", {"a": log_p}, alpha, u, 1, True, 40, 19).reason == "half-of-precincts"
    assert decide("PL", {"a": log_p}, alpha, u, 1, False, 10_000, 9).status is Status.CONTINUE
    assert decide("PL", {"a": -3.1}, alpha, u, 1, False, 10_000, 9).status is Status.CONFIRMED
    assert decide("PL", {"a": -9.0}, alpha, u, 1, True, 9, 9, "tie:x").status is Status.FULL_COUNT


def test_p_rounded_up_to_four_digits() -> None:
    assert rounded_up(0.0123451) == "0.01235"
    assert rounded_up(0.05) == "0.05000"
    assert rounded_up(1.5) == "1"
