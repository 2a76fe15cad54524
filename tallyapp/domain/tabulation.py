"""How each kind of ballot is tabulated: which precincts have it, its choices, its letter.

Everything that differs between the blue (party-list) and the green (constituency) ballot and
is not in the election definition lives here, one class per kind. A new kind of ballot is a
new `BallotKind` value in the definition format plus one `Tabulation` subclass registered in
`TABULATIONS`; the sheet, storage, exchange and forms ask this module instead of branching.
"""

from __future__ import annotations

from dataclasses import dataclass

from tallyapp.domain.election import BallotKind, Election, Names


@dataclass(frozen=True)
class LineWords:
    """The words of what the form says that is not in the election definition: the line
    against all, and how a self-nominated candidate is said. The edge reads them from the
    forms' files (`reports.texts.line_words`); the domain only places them."""

    against_all: Names
    self_nominated: Names


@dataclass(frozen=True)
class Choice:
    """One line of votes on the paper form: a party or a candidate."""

    id: str
    names: Names


class Tabulation:
    kind: BallotKind
    letter: str  # the ballot in the TALLY1 code (`b=`)
    by_district: bool  # counted per single-member district: precincts abroad have none

    def held_at(self, precinct_district: int | None) -> bool:
        """Whether a precinct (in a district, or abroad with None) counts this ballot."""
        return not self.by_district or precinct_district is not None

    def district_of(self, precinct_district: int | None) -> int | None:
        """The district a protocol of this ballot names (None for a national list)."""
        return precinct_district if self.by_district else None

    def choices(
        self, election: Election, candidates: list[tuple[str, str, str]], words: LineWords
    ) -> list[Choice]:
        """The vote lines in ballot order; `candidates` are (id, name, nomination) where the
        ballot lists candidates."""
        raise NotImplementedError


class PartyListTabulation(Tabulation):
    kind = BallotKind.PARTY_LIST
    letter = "P"
    by_district = False

    def choices(
        self, election: Election, candidates: list[tuple[str, str, str]], words: LineWords
    ) -> list[Choice]:
        return [Choice(p.code, p.names) for p in election.parties_in_ballot_order()]


class ConstituencyTabulation(Tabulation):
    kind = BallotKind.CONSTITUENCY
    letter = "C"
    by_district = True

    def choices(
        self, election: Election, candidates: list[tuple[str, str, str]], words: LineWords
    ) -> list[Choice]:
        # A candidate's name is printed as it is registered, in every language; who nominated
        # them is said in the reader's language (the party's name, or self-nomination).
        def label(name: str, nomination: str) -> Names:
            by = nominated_by(election, nomination, words.self_nominated)
            return Names(f"{name} ({by.kk})", f"{name} ({by.ru})", f"{name} ({by.en})")

        return [Choice(code, label(name, nom)) for code, name, nom in candidates]


def nominated_by(election: Election, nomination: str, self_nominated: Names) -> Names:
    """Who nominated a candidate: the party's name, or `self_nominated`."""
    if nomination == "independent":
        return self_nominated
    party = next((p for p in election.parties if p.code == nomination), None)
    return party.names if party else Names(nomination, nomination, nomination)


TABULATIONS: dict[BallotKind, Tabulation] = {
    t.kind: t for t in (PartyListTabulation(), ConstituencyTabulation())
}


def tabulation(kind: BallotKind) -> Tabulation:
    return TABULATIONS[kind]


def ballot_of_letter(letter: str) -> BallotKind | None:
    return next((t.kind for t in TABULATIONS.values() if t.letter == letter), None)


def ballots_at(election: Election, precinct_district: int | None) -> list[BallotKind]:
    """The ballots a precinct counts, in the definition's order."""
    return [b.kind for b in election.ballots if tabulation(b.kind).held_at(precinct_district)]


def other_ballots(
    election: Election, kind: BallotKind, precinct_district: int | None
) -> list[BallotKind]:
    """The precinct's other ballots, for the cross-ballot checks."""
    return [k for k in ballots_at(election, precinct_district) if k is not kind]
