"""Each anomaly statistic on constructed data with a known answer."""

from __future__ import annotations

import random

import pytest

from tallyapp.domain.anomalies import (
    PrecinctShare,
    chi2_sf,
    copy_differences,
    high_turnout,
    identical_protocols,
    last_digit_finding,
    last_digit_test,
    round_percentages,
    turnout_share_outliers,
)


def test_official_2023_amanat_share_is_exactly_round() -> None:
    # 3,431,510 of 6,366,441 is 53.9000…%: round at one decimal when printed with three.
    shares = {"Kazakhstan": {"AMANAT": 3_431_510, "AUYL": 693_938, "RESPUBLICA": 547_154}}
    findings = round_percentages(shares, {"Kazakhstan": 6_366_441})
    assert len(findings) == 1
    finding = findings[0]
    assert "Kazakhstan: AMANAT 53.900%" in finding.detail
    assert "AUYL" in finding.detail  # 10.900% is round too (693,938 / 6,366,441)
    assert finding.title == "2 percentage(s) exactly round at 1 decimal(s)"
    assert "about 0.03 expected by chance" in finding.detail


def test_ordinary_shares_are_not_flagged() -> None:
    assert round_percentages({"X": {"A": 1234, "B": 5678}}, {"X": 10_001}) == ()


@pytest.mark.parametrize(
    ("x", "df", "p"),
    [
        (16.919, 9, 0.05),
        (21.666, 9, 0.01),
        (27.877, 9, 0.001),
        (3.841, 1, 0.05),
        (9.0, 9, 0.4373),
        (0.5, 9, 0.99997),
    ],
)
def test_chi_square_tail_matches_tables(x: float, df: int, p: float) -> None:
    assert chi2_sf(x, df) == pytest.approx(p, rel=2e-3, abs=1e-5)


def test_uniform_last_digits_pass_and_favoured_digits_fail() -> None:
    rng = random.Random(1)
    honest = [rng.randint(100, 5000) for _ in range(5000)]
    test = last_digit_test(honest)
    assert test.sample == 5000 and test.p_value > 0.001
    assert last_digit_finding(test, "votes") == ()
    invented = [rng.randint(10, 500) * 10 for _ in range(900)] + honest[:100]  # mostly zeros
    test = last_digit_test(invented)
    assert test.counts[0] >= 900 and test.p_value < 1e-10
    assert last_digit_finding(test, "votes")[0].title == "Last digits of votes depart from uniform"
    # A known statistic: 100 counts, all ending in 7 -> chi-square 900; small counts left out.
    assert last_digit_test([17] * 100).sample == 0
    exact = last_digit_test([117] * 100)
    assert exact.chi_square == pytest.approx(900.0)


def _precincts(rng: random.Random, n: int) -> list[PrecinctShare]:
    rows = []
    for i in range(n):
        voters = rng.randint(500, 2000)
        turnout = rng.uniform(0.4, 0.7)
        ballots = int(voters * turnout)
        share = 0.5 + 0.2 * (turnout - 0.55) + rng.gauss(0, 0.02)
        rows.append(PrecinctShare(str(i), voters, ballots, int(ballots * share), ballots))
    return rows


def test_turnout_share_outliers_find_the_stuffed_precincts() -> None:
    rng = random.Random(7)
    rows = _precincts(rng, 400)
    # Two precincts with ballots added for the leader: high turnout and a high share.
    rows += [
        PrecinctShare("stuffed-1", 1000, 940, 900, 940),
        PrecinctShare("stuffed-2", 1200, 1100, 1050, 1100),
    ]
    findings = turnout_share_outliers(rows)
    assert len(findings) == 1
    assert set(findings[0].precincts) == {"stuffed-1", "stuffed-2"}
    assert turnout_share_outliers(_precincts(random.Random(8), 400)) == ()


def test_high_turnout() -> None:
    rows = [
        PrecinctShare("a", 1000, 960, 500, 950),
        PrecinctShare("b", 1000, 900, 500, 890),
        PrecinctShare("tiny", 10, 10, 5, 10),
    ]
    finding = high_turnout(rows)[0]
    assert finding.precincts == ("a",)
    assert "a (960 of 1000, 96.0%)" in finding.detail


def test_identical_protocols() -> None:
    figures = {
        "1": (300, 120, 80, 5),
        "2": (300, 120, 80, 5),
        "3": (301, 120, 80, 5),
        "4": (5, 1, 1, 0),
        "5": (5, 1, 1, 0),
    }  # tiny ones are left out
    findings = identical_protocols(figures)
    assert [f.precincts for f in findings] == [("1", "2")]


def test_observer_copy_differences() -> None:
    official = {"invalid": 10, "vote:AMANAT": 500, "vote:AUYL": 100}
    copy = {"invalid": 10, "vote:AMANAT": 450, "vote:AUYL": 150}
    assert copy_differences(official, copy) == (("vote:AMANAT", 500, 450), ("vote:AUYL", 100, 150))
