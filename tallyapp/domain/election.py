"""Election definitions as data: parties, ballots, protocol fields, checks, regions, districts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import cached_property

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class Names:
    """A name in Kazakh, Russian and English; falls back to English, then to any given."""

    kk: str
    ru: str
    en: str

    def get(self, lang: str) -> str:
        if lang == "kk+ru":
            return self.kk if self.kk == self.ru else f"{self.kk} / {self.ru}"
        value = getattr(self, lang, "") if lang in LANGUAGES else ""
        return value or self.en or self.ru or self.kk


class BallotKind(StrEnum):
    PARTY_LIST = "party-list"  # the blue ballot
    CONSTITUENCY = "constituency"  # the green ballot

    @property
    def colour(self) -> str:
        return "blue" if self is BallotKind.PARTY_LIST else "green"


class Severity(StrEnum):
    HARD = "hard"  # a protocol failing it cannot be finalised; the commission recounts
    SOFT = "soft"  # a warning that needs a written explanation


class ThresholdBase(StrEnum):
    """What the threshold percentage is taken of."""

    VALID_WITH_AGAINST_ALL = "valid_with_against_all"  # party votes + against all (CEC 2023)
    PARTY_VOTES = "party_votes"  # party votes only
    BALLOTS_IN_BOXES = "ballots_in_boxes"  # every ballot found, invalid ones included


@dataclass(frozen=True)
class Party:
    code: str
    names: Names
    ballot_number: int
    registration_order: int
    colour: str | None = None  # "#rrggbb" in charts, from the definition


# Colours for parties whose definition names none, in ballot order, each distinct from the
# others and from those the definition names.
SPARE_COLOURS = (
    "#1f5fa8",
    "#c0392b",
    "#3a9b3a",
    "#8e44ad",
    "#e67e22",
    "#16a085",
    "#f1c40f",
    "#7f8c8d",
    "#d35400",
    "#2c3e50",
    "#e84393",
    "#6d4c41",
)


@dataclass(frozen=True)
class ProtocolField:
    """A named figure in the header of a protocol, in paper order."""

    key: str
    names: Names


@dataclass(frozen=True)
class ControlRelation:
    """`left op right`, both sides sums of named figures; hard relations have no tolerance."""

    id: str
    left: str
    op: str
    right: str
    severity: Severity
    names: Names


@dataclass(frozen=True)
class PlausibilityCheck:
    """`numerator / denominator` expected within [min_percent, max_percent]."""

    id: str
    numerator: str
    denominator: str
    min_percent: Fraction | None
    max_percent: Fraction | None
    names: Names


@dataclass(frozen=True)
class CrossBallotRule:
    """Blue and green protocols of one precinct: voters must agree, green issued may be lower."""

    voters_must_match: bool = True
    issued_tolerance_percent: Fraction = Fraction(3)
    issued_tolerance_ballots: int = 5  # small precincts: a few ballots are not a percentage

    def allowed_shortfall(self, blue_issued: int) -> Fraction:
        return max(
            blue_issued * self.issued_tolerance_percent / 100,
            Fraction(self.issued_tolerance_ballots),
        )


@dataclass(frozen=True)
class BallotType:
    kind: BallotKind
    names: Names
    fields: tuple[ProtocolField, ...]
    relations: tuple[ControlRelation, ...]
    plausibility: tuple[PlausibilityCheck, ...]

    @cached_property
    def field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True)
class Threshold:
    percent: Fraction
    base: ThresholdBase


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    nomination: str  # party code or "independent"


@dataclass(frozen=True)
class District:
    number: int
    region: str
    names: Names
    candidates: tuple[Candidate, ...] = ()
    # False where the sources list only some candidates (2023: winner and runner-up).
    candidates_complete: bool = False


@dataclass(frozen=True)
class Region:
    code: str
    names: Names
    registered_voters: int
    districts: tuple[int, ...]
    # Overseas polling stations are counted inside this region (2023: Astana).
    holds_overseas: bool = False


@dataclass(frozen=True)
class AuthorityRules:
    """Who may key and sign what: settings of an election, not of the code.

    `higher_keys_precincts`: a territorial commission may key (and its chair sign) a precinct
    protocol delivered to it on paper; such a protocol is marked as keyed by it.
    `organisation_levels`: the commission levels whose organisation keys (a BIN certificate)
    may sign that commission's own documents; precinct commissions are never organisations.
    """

    higher_keys_precincts: bool = True
    organisation_levels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Election:
    id: str
    format_version: int
    names: Names
    date: str
    seats_party_list: int
    threshold: Threshold
    two_party_minimum: int  # seats the runner-up gets if only one party passes (0: no rule)
    parties: tuple[Party, ...]
    ballots: tuple[BallotType, ...]
    regions: tuple[Region, ...]
    districts: tuple[District, ...] = ()
    has_against_all: bool = True
    cross_ballot: CrossBallotRule = field(default_factory=CrossBallotRule)
    authority: AuthorityRules = field(default_factory=AuthorityRules)
    notes: tuple[str, ...] = ()

    def ballot(self, kind: BallotKind) -> BallotType:
        for ballot in self.ballots:
            if ballot.kind is kind:
                return ballot
        raise KeyError(f"election {self.id} has no {kind.value} ballot")

    def has_ballot(self, kind: BallotKind) -> bool:
        return any(b.kind is kind for b in self.ballots)

    def party(self, code: str) -> Party:
        for party in self.parties:
            if party.code == code:
                return party
        raise KeyError(code)

    def parties_in_ballot_order(self) -> tuple[Party, ...]:
        return tuple(sorted(self.parties, key=lambda p: p.ballot_number))

    def party_colours(self) -> dict[str, str]:
        """Each party's colour in charts: the definition's, else a spare one no other party
        has (so no two parties ever share a colour while spares last)."""
        taken = {p.colour.lower() for p in self.parties if p.colour}
        spare = iter(c for c in SPARE_COLOURS if c not in taken)
        return {p.code: p.colour or next(spare, "#7f8c8d") for p in self.parties_in_ballot_order()}

    def district(self, number: int) -> District:
        for district in self.districts:
            if district.number == number:
                return district
        raise KeyError(number)

    def region(self, code: str) -> Region:
        for region in self.regions:
            if region.code == code:
                return region
        raise KeyError(code)
