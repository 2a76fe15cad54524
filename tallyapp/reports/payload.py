"""The machine-readable protocol: the QR payload (format TALLY3) and the attached JSON.

TALLY3 is one line of nine fields separated by single spaces, written only in the characters
of the QR code's alphanumeric mode (digits, capital letters, space, `.`, `:`, `-`), which
takes 5.5 bits a character instead of 8: the code stays at a small version with modules
large enough for a phone's photo (see docs/protocol-code.md):

    TALLY3 KZ-MAJILIS-2023 101 P 1OF 1500.1500.900.20.600.900.10 500.100.80.60.20.70.40 20
    4821093755162084

1 the format · 2 election id · 3 precinct · 4 ballot (`P` party list, or `C` and the district:
`C8`) · 5 version number, kind (`O` original, `R` repeated) and state (`D` draft, `C` checked,
`F` finalised, `T` transmitted, `A` accepted, `X` rejected) · 6 the header figures in the
order of the election definition's protocol fields · 7 the votes, in the order of the ballot
(the parties' ballot numbers, or the district's candidates in the register's ballot positions,
as the printed lines) · 8 against all · 9 the fingerprint
as read out: 15 digits of the SHA-256 fingerprint and a Damm check digit. The fingerprint
covers the version and the kind, so field 5 cannot be changed unseen. A reader rejects any
other format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tallyapp.domain.election import Election
from tallyapp.domain.protocol import (
    Protocol,
    canonical_data,
    fingerprint,
    spoken_fingerprint,
    spoken_is_well_formed,
)
from tallyapp.domain.tabulation import ballot_of_letter, tabulation

PREFIX = "TALLY3"
_SAFE = re.compile(r"^[^ .:]+$")
STATES = {
    "draft": "D",
    "checked": "C",
    "finalised": "F",
    "transmitted": "T",
    "accepted": "A",
    "rejected": "X",
}
_STATE_OF = {letter: state for state, letter in STATES.items()}
_VERSION = re.compile(r"^([0-9]{1,6})([OR])([A-Z])$")
_BALLOT = re.compile(r"^([A-Z])([0-9]{0,4})$")


class PayloadError(ValueError):
    pass


@dataclass(frozen=True)
class ProtocolPayload:
    protocol: Protocol
    version: int
    kind: str  # "original" or "repeated"
    state: str
    spoken: str  # the fingerprint as printed and read out, 16 digits

    @property
    def fingerprint(self) -> str:
        """The full fingerprint of the protocol the code describes."""
        return fingerprint(self.protocol, self.version, self.kind)

    @property
    def fingerprint_matches(self) -> bool:
        return spoken_fingerprint(self.fingerprint).replace("-", "") == self.spoken


def _safe(value: str, what: str) -> str:
    if not _SAFE.match(value):
        raise PayloadError(f"{what} {value!r} is empty or contains a space, '.' or ':'")
    return value


def ballot_order(
    election: Election,
    by_district: bool,
    district: int | None,
    candidates: Mapping[int, Iterable[str]] | None,
    codes: Iterable[str] = (),
) -> list[str]:
    """The choices in the order of the ballot: parties by ballot number; a district's
    candidates as the register lists them (a sequence), or, given only as a set, with digit
    runs read as numbers (D08-2 before D08-10), which is the register's order for its codes."""
    if not by_district:
        return [p.code for p in election.parties_in_ballot_order()]
    given = (candidates or {}).get(district or 0)
    if given is None:
        return sorted(codes, key=_natural)
    if isinstance(given, (set, frozenset)):
        return sorted(given, key=_natural)
    return list(given)


def _natural(code: str) -> list[tuple[int, int | str]]:
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", code) if p]


def encode(
    protocol: Protocol,
    election: Election,
    version: int,
    kind: str,
    state: str,
    candidates: Mapping[int, Iterable[str]] | None = None,
) -> str:
    """The code of a protocol version: its figures in the order the election defines, the
    votes in the order of the ballot (`candidates`: each district's codes in ballot order)."""
    field_keys = election.ballot(protocol.ballot).field_keys
    ballot = tabulation(protocol.ballot).letter
    by_district = tabulation(protocol.ballot).by_district
    if by_district:
        ballot += str(protocol.district or "")
    order = ballot_order(election, by_district, protocol.district, candidates, protocol.votes)
    if sorted(order) != sorted(protocol.votes):
        raise PayloadError("votes: the protocol's choices are not the ballot's")
    votes = ".".join(str(protocol.votes[code]) for code in order)
    digest = fingerprint(protocol, version, kind)
    return " ".join(
        [
            PREFIX,
            _safe(protocol.election, "election").upper(),
            _safe(protocol.precinct, "precinct"),
            ballot,
            f"{version}{'R' if kind == 'repeated' else 'O'}{STATES[state]}",
            ".".join(str(protocol.fields[k]) for k in field_keys),
            votes or "-",
            str(protocol.against_all),
            spoken_fingerprint(digest).replace("-", ""),
        ]
    )


def _number(text: str, what: str) -> int:
    if not text.isdigit() or not text.isascii() or len(text) > 10:
        raise PayloadError(f"{what}: expected a whole number ≥ 0, found {text[:20]!r}")
    return int(text)


def decode(
    text: str, election: Election, candidates: Mapping[int, Iterable[str]] | None = None
) -> ProtocolPayload:
    """Parse a TALLY3 code; every problem is named (which field, expected, found).
    `candidates` are the codes of each district's candidates, from the register."""
    items = text.strip().split(" ")
    if not items or items[0] != PREFIX:
        raise PayloadError(
            f"not a tallyapp protocol code: expected {PREFIX!r} at the start, "
            f"found {items[0][:20]!r}"
        )
    if len(items) != 9:
        raise PayloadError(f"expected 9 fields separated by spaces, found {len(items)}")
    _, eid, precinct, ballot_text, version_text, figures, votes_text, against, spoken = items
    if eid != election.id.upper():
        raise PayloadError(f"election: expected {election.id.upper()!r}, found {eid[:40]!r}")
    ballot_match = _BALLOT.match(ballot_text)
    ballot = ballot_of_letter(ballot_match.group(1)) if ballot_match else None
    if ballot_match is None or ballot is None or not election.has_ballot(ballot):
        raise PayloadError(f"ballot: expected P or C and a district, found {ballot_text[:20]!r}")
    district = int(ballot_match.group(2)) if ballot_match.group(2) else None
    version_match = _VERSION.match(version_text)
    if version_match is None or version_match.group(3) not in _STATE_OF:
        raise PayloadError(
            f"version: expected a number, O or R and a state letter, found {version_text[:20]!r}"
        )
    keys = election.ballot(ballot).field_keys
    numbers = figures.split(".")
    if len(numbers) != len(keys):
        raise PayloadError(f"figures: expected {len(keys)}, found {len(numbers)}")
    fields = {k: _number(v, f"figures[{k}]") for k, v in zip(keys, numbers, strict=True)}
    by_district = tabulation(ballot).by_district
    choices = ballot_order(election, by_district, district, candidates)
    what = f"candidates of district {district}" if by_district else "parties"
    counts = votes_text.split(".") if votes_text != "-" else []
    if len(counts) != len(choices):
        raise PayloadError(f"votes: expected {len(choices)} {what}, found {len(counts)}")
    votes = {c: _number(n, f"votes[{c}]") for c, n in zip(choices, counts, strict=True)}
    if not spoken_is_well_formed(spoken):
        raise PayloadError(
            f"fingerprint: expected 16 digits with their check digit, found {spoken[:20]!r}"
        )
    protocol = Protocol(
        election.id, ballot, precinct, fields, votes, _number(against, "against all"), district
    )
    return ProtocolPayload(
        protocol,
        int(version_match.group(1)),
        "repeated" if version_match.group(2) == "R" else "original",
        _STATE_OF[version_match.group(3)],
        spoken,
    )


def attachment(
    protocol: Protocol,
    version: int,
    kind: str,
    state: str,
    reason: str,
    commission: str,
    signing: dict[str, Any] | None,
    lines: list[tuple[int, str, int]],
) -> dict[str, Any]:
    """The JSON attached to the PDF: the same data as the QR code, the printed lines in paper
    order (number, key, figure), and who signed."""
    return {
        "format": "tallyapp-protocol",
        "format_version": 1,
        **canonical_data(protocol),
        "commission": commission,
        "version": version,
        "kind": kind,
        "reason": reason,
        "state": state,
        "fingerprint": fingerprint(protocol, version, kind),
        "lines": [{"number": n, "key": k, "value": v} for n, k, v in lines],
        "signing": signing,
    }
