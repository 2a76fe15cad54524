"""The protocol of one ballot in one precinct: its header figures and its vote lines."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from tallyapp.domain.election import BallotKind, BallotType


@dataclass(frozen=True)
class Protocol:
    """Figures as keyed from the paper form; `votes` is keyed by party code or candidate id."""

    election: str
    ballot: BallotKind
    precinct: str
    fields: Mapping[str, int]
    votes: Mapping[str, int]
    against_all: int = 0
    district: int | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def choices_total(self) -> int:
        return sum(self.votes.values())

    @property
    def valid(self) -> int:
        return self.choices_total + self.against_all

    def figures(self) -> dict[str, int]:
        """Every figure a control relation may name: header fields and derived vote totals."""
        figures = dict(self.fields)
        figures["choices"] = self.choices_total
        figures["against_all"] = self.against_all
        figures["valid"] = self.valid
        # "Against all" is a choice on the ballot too: 95% against all is as implausible
        # as 95% for one party (a ballot without the line has it at 0).
        figures["max_choice"] = max([*self.votes.values(), self.against_all], default=0)
        return figures

    def all_numbers(self) -> dict[str, int]:
        """Every keyed number, by name, for the whole-number check."""
        numbers = dict(self.fields)
        numbers.update({f"votes[{k}]": v for k, v in self.votes.items()})
        numbers["against_all"] = self.against_all
        return numbers


def empty_protocol(
    election: str,
    ballot: BallotType,
    precinct: str,
    choice_ids: tuple[str, ...],
    district: int | None = None,
) -> Protocol:
    """A protocol with every line present and zero, as a blank paper form."""
    return Protocol(
        election=election,
        ballot=ballot.kind,
        precinct=precinct,
        fields={key: 0 for key in ballot.field_keys},
        votes={cid: 0 for cid in choice_ids},
        against_all=0,
        district=district,
    )


def canonical_data(protocol: Protocol) -> dict[str, object]:
    """The figures and identity of a protocol in a fixed form, as hashed for its fingerprint."""
    return {
        "election": protocol.election,
        "ballot": protocol.ballot.value,
        "precinct": protocol.precinct,
        "district": protocol.district,
        "fields": dict(sorted(protocol.fields.items())),
        "votes": dict(sorted(protocol.votes.items())),
        "against_all": protocol.against_all,
    }


# The fingerprint's scheme. Scheme 2 hashes what the document is (a protocol), its version
# number and its kind (original or repeated) with the figures, so that a code claiming another
# version or a repeated count no longer matches. Scheme 1 hashed the figures alone; it is kept
# only to check versions recorded before scheme 2.
FINGERPRINT_SCHEME = 2


# Canonical JSON, the encoder made once: a country's import fingerprints 200,000 versions.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def fingerprint(protocol: Protocol, version: int, kind: str) -> str:
    """SHA-256 of the canonical JSON of a protocol version: document, scheme, version number,
    kind and figures; hex."""
    body = {
        "document": "protocol",
        "scheme": FINGERPRINT_SCHEME,
        "version": version,
        "kind": kind,
        **canonical_data(protocol),
    }
    text = _CANONICAL.encode(body)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def figures_fingerprint(protocol: Protocol) -> str:
    """Scheme 1: the figures alone. Only for versions whose audit event predates scheme 2."""
    text = _CANONICAL.encode(canonical_data(protocol))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


SUMMARY_FIGURES = (
    "election",
    "commission",
    "ballot",
    "fields",
    "votes",
    "against_all",
    "precincts",
)


def summary_fingerprint(summary: Mapping[str, object]) -> str:
    """SHA-256 of a summary protocol: document, scheme and figures (canonical JSON)."""
    body: dict[str, object] = {k: summary.get(k) for k in SUMMARY_FIGURES}
    body |= {"document": "summary", "scheme": FINGERPRINT_SCHEME}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


RESULTS_FIGURES = ("election", "commission", "fields", "parties", "against_all", "districts")


def results_fingerprint(results: Mapping[str, object]) -> str:
    """SHA-256 of the final results: document, scheme, totals, votes and seats by party and
    district winners."""
    body: dict[str, object] = {k: results.get(k) for k in RESULTS_FIGURES}
    body |= {"document": "results", "scheme": FINGERPRINT_SCHEME}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The Damm algorithm's quasigroup: one check digit catches every single wrong digit and every
# swap of two neighbours, the two mistakes people make reading digits over the phone.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
SPOKEN_DIGITS = 15  # about 50 bits of the hash, then the check digit


def damm(digits: str) -> int:
    """The Damm check digit of a string of decimal digits (0 for a string that carries one)."""
    interim = 0
    for d in digits:
        interim = _DAMM[interim][int(d)]
    return interim


def spoken_fingerprint(digest: str) -> str:
    """`4821-0937-5516-2084`: 15 decimal digits taken from the hash and a Damm check digit, in
    groups of four. Only digits, because letters such as b, d, e and c sound alike in Kazakh
    and Russian."""
    number = int(digest[:16], 16) % 10**SPOKEN_DIGITS
    digits = f"{number:0{SPOKEN_DIGITS}d}"
    digits += str(damm(digits))
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def spoken_is_well_formed(text: str) -> bool:
    """Whether a fingerprint as heard (spaces and dashes allowed) has 16 digits and a right
    check digit: a mistake in hearing or typing it is caught before comparing."""
    digits = "".join(c for c in text if c not in " -\u202f")
    return (
        len(digits) == SPOKEN_DIGITS + 1
        and digits.isascii()
        and digits.isdigit()
        and damm(digits) == 0
    )
