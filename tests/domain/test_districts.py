"""District results: plurality, ties needing a lot, "against all" leading, invalidation."""

from __future__ import annotations

import pytest

from tallyapp.domain.districts import CandidateVotes, DistrictOutcome, decide_district
from tallyapp.domain.errors import TallyError


def test_plurality_winner_runner_up_and_margin() -> None:
    result = decide_district(1, {"a": 100, "b": 250, "c": 90}, against_all=30)
    assert result.outcome is DistrictOutcome.ELECTED
    assert result.winner == CandidateVotes("b", 250)
    assert result.runner_up == CandidateVotes("a", 100)
    assert result.margin == 150
    assert result.valid == 470


def test_a_tie_needs_a_lot_until_the_commission_records_it() -> None:
    votes = {"a": 200, "b": 200, "c": 10}
    tied = decide_district(2, votes, against_all=5)
    assert tied.outcome is DistrictOutcome.TIE_NEEDS_LOT
    assert tied.tied == ("a", "b")
    assert tied.winner is None
    drawn = decide_district(2, votes, against_all=5, lot_winner="b")
    assert drawn.outcome is DistrictOutcome.ELECTED
    assert drawn.winner == CandidateVotes("b", 200)
    # No leader is the runner-up: the other tied leader lost a lot, not the count.
    assert drawn.runner_up == CandidateVotes("c", 10)
    assert tied.runner_up == CandidateVotes("c", 10)
    assert drawn.margin == 0


def test_a_lot_for_a_candidate_not_among_the_tied_is_refused() -> None:
    votes = {"a": 200, "b": 200, "c": 10}
    with pytest.raises(TallyError) as refused:
        decide_district(2, votes, 5, lot_winner="c")
    assert refused.value.code == "district.lot-not-tied"
    assert refused.value.params == {"district": 2, "candidate": "c", "tied": "a, b"}
    with pytest.raises(TallyError):  # nor is a lot where nobody is tied
        decide_district(2, {"a": 3, "b": 2}, 0, lot_winner="b")


def test_against_all_leads_even_when_no_candidate_has_a_vote() -> None:
    result = decide_district(6, {"a": 0, "b": 0}, against_all=5)
    assert result.outcome is DistrictOutcome.AGAINST_ALL_LEADS
    assert result.winner is None


def test_against_all_never_wins_but_is_flagged() -> None:
    result = decide_district(3, {"a": 100, "b": 50}, against_all=101)
    assert result.outcome is DistrictOutcome.AGAINST_ALL_LEADS
    assert result.winner is None
    assert result.runner_up == CandidateVotes("a", 100)
    # Equal to the leader is not "beating" every candidate.
    assert decide_district(3, {"a": 100}, against_all=100).outcome is DistrictOutcome.ELECTED


def test_invalidated_and_empty_districts() -> None:
    assert decide_district(4, {"a": 9}, 0, invalidated=True).outcome is DistrictOutcome.INVALIDATED
    assert decide_district(5, {"a": 0, "b": 0}, 0).outcome is DistrictOutcome.NO_VOTES
