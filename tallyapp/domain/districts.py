"""Single-member districts: first past the post, ties to be drawn by lot, "against all" flagged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from tallyapp.domain.errors import TallyError


class DistrictOutcome(StrEnum):
    ELECTED = "elected"
    TIE_NEEDS_LOT = "tie-needs-lot"  # the commission draws lots and records the draw
    AGAINST_ALL_LEADS = "against-all-leads"  # the law is silent: flagged for the commission
    NO_VOTES = "no-votes"
    INVALIDATED = "invalidated"  # the CEC declared the result invalid: repeat voting


@dataclass(frozen=True)
class CandidateVotes:
    candidate_id: str
    votes: int


@dataclass(frozen=True)
class DistrictResult:
    number: int
    outcome: DistrictOutcome
    ranking: tuple[CandidateVotes, ...]  # most votes first
    against_all: int
    valid: int  # candidate votes + against all
    tied: tuple[str, ...] = ()
    lot_winner: str | None = None

    @property
    def winner(self) -> CandidateVotes | None:
        if self.outcome is DistrictOutcome.ELECTED:
            if self.lot_winner is not None:
                return next(c for c in self.ranking if c.candidate_id == self.lot_winner)
            return self.ranking[0]
        return None

    @property
    def runner_up(self) -> CandidateVotes | None:
        """The best placed candidate who is neither the winner nor one of the leaders tied
        for first place: in a tie (drawn or not) no leader is anyone's runner-up."""
        leaders = set(self.tied)
        winner = self.winner
        if winner is not None:
            leaders.add(winner.candidate_id)
        others = [c for c in self.ranking if c.candidate_id not in leaders]
        return others[0] if others else None

    @property
    def margin(self) -> int | None:
        winner, runner_up = self.winner, self.runner_up
        if winner is None:
            return None
        if len(self.tied) > 1:
            return 0  # won by lot: as many votes as another leader
        return winner.votes - (runner_up.votes if runner_up else 0)


def decide_district(
    number: int,
    votes: Mapping[str, int],
    against_all: int,
    invalidated: bool = False,
    lot_winner: str | None = None,
) -> DistrictResult:
    """The candidate with more votes than every other wins; a tie waits for the recorded lot."""
    order = list(votes)
    ranking = tuple(
        CandidateVotes(cid, v)
        for cid, v in sorted(votes.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    )
    valid = sum(votes.values()) + against_all

    def result(
        outcome: DistrictOutcome, tied: tuple[str, ...] = (), lot: str | None = None
    ) -> DistrictResult:
        return DistrictResult(number, outcome, ranking, against_all, valid, tied, lot)

    if invalidated:
        return result(DistrictOutcome.INVALIDATED)
    top = ranking[0].votes if ranking else 0
    # Against all ahead of every candidate (even when no candidate has a vote) is flagged for
    # the commission: the law is silent; "no votes" is only a district where nobody has any.
    if against_all > top:
        return result(DistrictOutcome.AGAINST_ALL_LEADS)
    if top == 0:
        return result(DistrictOutcome.NO_VOTES)
    tied = tuple(c.candidate_id for c in ranking if c.votes == top)
    if lot_winner is not None and lot_winner not in tied:
        # A lot is drawn only among the tied leaders: any other record is a mistake.
        raise TallyError(
            "district.lot-not-tied",
            district=number,
            candidate=lot_winner,
            tied=", ".join(tied),
        )
    if len(tied) > 1:
        if lot_winner is not None:
            return result(DistrictOutcome.ELECTED, tied, lot_winner)
        return result(DistrictOutcome.TIE_NEEDS_LOT, tied)
    return result(DistrictOutcome.ELECTED)
