"""Control relations, plausibility and cross-ballot checks, passing and failing, with numbers."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.checks import (
    CheckKind,
    CheckName,
    PlaceKind,
    Reading,
    check_cross_ballot,
    check_protocol,
)
from tallyapp.domain.election import BallotKind, Election, Severity
from tallyapp.domain.protocol import Protocol
from tallyapp.messages.checks import explain
from tests.conftest import GOOD_VOTES, blue_protocol


def test_a_consistent_protocol_passes_everything(election_2023: Election) -> None:
    report = check_protocol(blue_protocol(), election_2023.ballot(BallotKind.PARTY_LIST))
    assert report.hard_relations_hold
    assert not report.warnings
    assert [v.check_id for v in report.verdicts] == [
        "C1",
        "C2",
        "C3",
        "C4",
        "C5",
        "C6",
        "P1",
        "P2",
        "P3",
        "P4",
    ]


@pytest.mark.parametrize(
    ("changes", "failing", "explanation"),
    [
        # 1. voters_on_list >= ballots_issued
        ({"voters_on_list": 899}, "C1", "line 1 ≥ line 3 — 899 < 900"),
        # 2. ballots_received == ballots_issued + ballots_cancelled
        ({"ballots_received": 1510}, "C2", "1510 ≠ (900 + 600 = 1500), differs by 10"),
        # 3. ballots_in_boxes <= ballots_issued (C4 fails too: the votes no longer add up)
        ({"ballots_in_boxes": 901}, "C3", "line 6 ≤ line 3 — 901 > 900"),
        # 4. ballots_in_boxes == invalid + sum(choices) + against_all
        ({"votes_AMANAT": 505}, "C4", "900 ≠ (10 + 875 + 20 = 905), differs by 5"),
        # 5. whole numbers >= 0
        ({"votes_JSDP": -1, "votes_AMANAT": 541}, "C5", "negative: votes[JSDP] = -1"),
        # 5b. issued_outside <= ballots_issued
        ({"issued_outside": 901}, "C6", "line 4 ≤ line 3 — 901 > 900"),
    ],
)
def test_each_control_relation_fails_with_its_numbers(
    election_2023: Election, changes: dict[str, int], failing: str, explanation: str
) -> None:
    report = check_protocol(blue_protocol(**changes), election_2023.ballot(BallotKind.PARTY_LIST))
    verdict = report.verdict(failing)
    assert not verdict.holds
    assert verdict.severity is Severity.HARD and verdict.blocks_finalising
    assert failing in [v.check_id for v in report.hard_failures]
    assert explanation in explain(verdict)
    assert explain(verdict).startswith(f"[FAIL] {failing} ")


def test_verdict_carries_both_sides_and_the_difference(election_2023: Election) -> None:
    report = check_protocol(
        blue_protocol(ballots_received=1510), election_2023.ballot(BallotKind.PARTY_LIST)
    )
    c2 = report.verdict("C2")
    assert (c2.left, c2.right, c2.difference, c2.tolerance) == (1510, 1500, 10, "0")
    assert c2.inputs == {"ballots_received": 1510, "ballots_issued": 900, "ballots_cancelled": 600}
    assert c2.kind is CheckKind.RELATION


@pytest.mark.parametrize(
    ("changes", "warning"),
    [
        ({"voters_on_list": 940}, "P1"),  # 900 / 940 = 95.7% turnout
        ({"voters_on_list": 20_000}, "P2"),  # 4.5% turnout
        ({"invalid": 100, "votes_AMANAT": 410}, "P3"),  # 11.1% invalid
        (
            {
                "votes_AMANAT": 800,
                "votes_AUYL": 0,
                "votes_RESPUBLICA": 0,
                "votes_QHP": 0,
                "votes_BAYTAQ": 0,
                "votes_AQJOL": 0,
                "votes_JSDP": 70,
            },
            "P4",
        ),  # 800 / 890 = 89.9%
    ],
)
def test_plausibility_warnings(
    election_2023: Election, changes: dict[str, int], warning: str
) -> None:
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    report = check_protocol(blue_protocol(**changes), ballot)
    assert report.hard_relations_hold
    if warning == "P4":
        # 89.9% is within the 90% bound; a 1-point tolerance makes it a warning.
        assert not report.warnings
        report = check_protocol(
            blue_protocol(**changes), ballot, tolerances={"P4": (None, Fraction(89))}
        )
    assert [v.check_id for v in report.warnings] == [warning]
    assert explain(report.warnings[0]).startswith(f"[WARNING] {warning} ")


def test_plausibility_tolerance_is_configurable(election_2023: Election) -> None:
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    protocol = blue_protocol(voters_on_list=940)
    assert check_protocol(protocol, ballot).verdict("P1").needs_explanation
    relaxed = check_protocol(protocol, ballot, tolerances={"P1": (None, Fraction(97))})
    assert relaxed.verdict("P1").holds


def _green(voters: int, issued: int) -> Protocol:
    fields = {"voters_on_list": voters, "ballots_issued": issued}
    return Protocol("kz-majilis-2023", BallotKind.CONSTITUENCY, "101", fields, {}, 0, district=1)


def test_cross_ballot_checks(election_2023: Election) -> None:
    rule = election_2023.cross_ballot
    blue = blue_protocol()
    ok = check_cross_ballot(blue, _green(1500, 890), rule)
    assert all(v.holds for v in ok.verdicts)
    voters_differ = check_cross_ballot(blue, _green(1490, 900), rule)
    assert not voters_differ.verdict("X1").holds
    assert "1500 ≠ 1490" in explain(voters_differ.verdict("X1"))
    green_more = check_cross_ballot(blue, _green(1500, 901), rule)
    assert not green_more.verdict("X2").holds
    assert "difference -1" in explain(green_more.verdict("X2"))
    far_below = check_cross_ballot(blue, _green(1500, 870), rule)  # 30 > 2% of 900
    assert not far_below.verdict("X2").holds
    assert all(v.severity is Severity.SOFT for v in far_below.verdicts)


@given(
    issued=st.integers(0, 5000),
    cancelled=st.integers(0, 5000),
    extra_voters=st.integers(0, 5000),
    votes=st.lists(st.integers(0, 1000), min_size=7, max_size=7),
    invalid=st.integers(0, 500),
    against=st.integers(0, 500),
)
def test_consistent_protocols_always_pass_hard_relations(
    election_2023: Election,
    issued: int,
    cancelled: int,
    extra_voters: int,
    votes: list[int],
    invalid: int,
    against: int,
) -> None:
    in_boxes = sum(votes) + invalid + against
    issued = max(issued, in_boxes)
    codes = [p.code for p in election_2023.parties_in_ballot_order()]
    protocol = Protocol(
        "kz-majilis-2023",
        BallotKind.PARTY_LIST,
        "1",
        {
            "voters_on_list": issued + extra_voters,
            "ballots_received": issued + cancelled,
            "ballots_issued": issued,
            "issued_outside": issued // 10,
            "ballots_cancelled": cancelled,
            "ballots_in_boxes": in_boxes,
            "invalid": invalid,
        },
        dict(zip(codes, votes, strict=True)),
        against,
    )
    report = check_protocol(protocol, election_2023.ballot(BallotKind.PARTY_LIST))
    assert report.hard_relations_hold


@given(
    figures=st.lists(st.integers(0, 3000), min_size=7, max_size=7),
    votes=st.lists(st.integers(0, 1000), min_size=7, max_size=7),
    against=st.integers(0, 300),
)
def test_the_quiet_pass_agrees_with_the_full_report(
    election_2023: Election, figures: list[int], votes: list[int], against: int
) -> None:
    from tallyapp.domain.checks import passes_quietly

    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    codes = [p.code for p in election_2023.parties_in_ballot_order()]
    protocol = Protocol(
        "kz-majilis-2023",
        BallotKind.PARTY_LIST,
        "1",
        dict(zip(ballot.field_keys, figures, strict=True)),
        dict(zip(codes, votes, strict=True)),
        against,
    )
    report = check_protocol(protocol, ballot)
    assert passes_quietly(protocol, ballot) == (report.hard_relations_hold and not report.warnings)


def test_explanations_in_kazakh_and_russian(election_2023: Election) -> None:
    report = check_protocol(
        blue_protocol(ballots_received=1510, voters_on_list=940),
        election_2023.ballot(BallotKind.PARTY_LIST),
    )
    c2, p1 = report.verdict("C2"), report.verdict("P1")
    assert explain(c2, "kk").startswith("[ҚАТЕ] C2 Алынған бюллетеньдер")
    assert explain(c2, "kk").endswith("айырма 10")
    assert explain(c2, "ru").endswith("расхождение 10")
    assert "900 из 940 = 95,74%" in explain(p1, "ru")  # a decimal comma
    assert explain(p1, "ru").startswith("[ПРЕДУПРЕЖДЕНИЕ] P1 Явка не выше 95%")


def test_explanations_name_the_lines_of_the_paper_form_in_each_language(
    election_2023: Election,
) -> None:
    report = check_protocol(
        blue_protocol(ballots_received=1510, votes_AMANAT=505),
        election_2023.ballot(BallotKind.PARTY_LIST),
    )
    c2, c4 = report.verdict("C2"), report.verdict("C4")
    assert "line 2 = line 3 + line 5 — 1510" in explain(c2)
    assert "2-жол = 3-жол + 5-жол" in explain(c2, "kk")
    assert "строка 6 = строка 7 + строки 8–14 + строка 15" in explain(c4, "ru")
    assert "ballots_" not in explain(c2, "kk") + explain(c4, "ru")  # no field ids
    holds = report.verdict("C1")
    assert explain(holds, "kk").startswith("[ДҰРЫС] C1") and "OK" not in explain(holds, "kk")
    assert explain(holds, "ru").startswith("[ВЕРНО] C1")
    assert explain(report.verdict("C5"), "ru").endswith("все 15 чисел ≥ 0")


def test_the_90_percent_check_counts_against_all_as_a_choice(election_2023: Election) -> None:
    """95% of the valid votes against all is as implausible as 95% for one party."""
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    votes = {f"votes_{code}": 5 for code in GOOD_VOTES}  # 35 for the parties
    report = check_protocol(blue_protocol(**votes, against_all=855), ballot)
    p4 = next(v for v in report.verdicts if v.check_id == "P4")
    assert not p4.holds and p4.left == 855


def test_a_verdict_is_data_and_its_words_come_at_the_edge(election_2023: Election) -> None:
    """The domain says which check, how it reads and on which lines; no sentence."""
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    report = check_protocol(blue_protocol(ballots_received=1510, votes_JSDP=-1), ballot)
    c2, c5 = report.verdict("C2"), report.verdict("C5")
    assert (c2.reading, c2.op_shown, c2.names is not None) == (Reading.RELATION, "≠", True)
    assert c2.paper_places() == [
        ("ballots_received", PlaceKind.LINE, "2"),
        ("=", None, ""),
        ("ballots_issued", PlaceKind.LINE, "3"),
        ("+", None, ""),
        ("ballots_cancelled", PlaceKind.LINE, "5"),
    ]
    assert (c5.reading, c5.names, dict(c5.inputs)) == (
        Reading.NEGATIVE,
        None,  # a built-in check: the messages files name it by its id
        {"votes[JSDP]": -1},
    )
    assert c5.name == CheckName("C5")
    p1 = check_protocol(blue_protocol(voters_on_list=940), ballot).verdict("P1")
    assert (p1.reading, p1.bounds, p1.tolerance) == (Reading.PLAUSIBILITY, ("≤ 95%",), "≤ 95%")
    x2 = check_cross_ballot(blue_protocol(), _green(1500, 901), election_2023.cross_ballot)
    assert x2.verdict("X2").reading is Reading.ISSUED and x2.verdict("X2").names is None
