"""The machine-readable protocol: the QR payload (format TALLY1) and the attached JSON.

TALLY1 is one line of `key=value` pairs separated by `;`, starting with `TALLY1`:

    TALLY1;e=kz-majilis-2023;p=101;b=P;d=;n=1;k=O;s=finalised;f=1500,1500,900,20,600,900,10;
    c=AMANAT:500,AUYL:100,...;a=20;h=<64 hex digits>

e election id · p precinct · b ballot (P party list, C constituency) · d district (empty for
the party list) · n version number · k O original / R repeated · s state · f header figures in
the order of the election definition's protocol fields · c choice:votes in ballot order ·
a against all · h SHA-256 fingerprint of the canonical protocol data. Values never contain
`;`, `,`, `:` or `=`. A reader rejects any other prefix (the format is versioned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tallyapp.domain.election import Election
from tallyapp.domain.protocol import Protocol, canonical_data, fingerprint
from tallyapp.domain.tabulation import ballot_of_letter, tabulation

PREFIX = "TALLY1"
_SAFE = re.compile(r"^[^;,:=]*$")


class PayloadError(ValueError):
    pass


@dataclass(frozen=True)
class ProtocolPayload:
    protocol: Protocol
    version: int
    kind: str  # "original" or "repeated"
    state: str
    fingerprint: str

    @property
    def fingerprint_matches(self) -> bool:
        return fingerprint(self.protocol) == self.fingerprint


def _safe(value: str, what: str) -> str:
    if not _SAFE.match(value):
        raise PayloadError(f"{what} {value!r} contains a separator")
    return value


def encode(
    protocol: Protocol, field_keys: tuple[str, ...], version: int, kind: str, state: str
) -> str:
    votes = ",".join(f"{_safe(k, 'choice')}:{v}" for k, v in protocol.votes.items())
    parts = [
        PREFIX,
        f"e={_safe(protocol.election, 'election')}",
        f"p={_safe(protocol.precinct, 'precinct')}",
        f"b={tabulation(protocol.ballot).letter}",
        f"d={protocol.district if protocol.district is not None else ''}",
        f"n={version}",
        f"k={'R' if kind == 'repeated' else 'O'}",
        f"s={state}",
        "f=" + ",".join(str(protocol.fields[k]) for k in field_keys),
        f"c={votes}",
        f"a={protocol.against_all}",
        f"h={fingerprint(protocol)}",
    ]
    return ";".join(parts)


def decode(text: str, election: Election) -> ProtocolPayload:
    """Parse a TALLY1 payload; every problem is named (which key, expected, found)."""
    text = text.strip()
    items = text.split(";")
    if not items or items[0] != PREFIX:
        raise PayloadError(
            f"not a tallyapp protocol code: expected {PREFIX!r} at the start, "
            f"found {items[0][:20]!r}"
        )
    values: dict[str, str] = {}
    for item in items[1:]:
        key, sep, value = item.partition("=")
        if not sep:
            raise PayloadError(f"malformed item {item[:30]!r}: expected key=value")
        values[key] = value
    missing = [k for k in "epbdnksfcah" if k not in values]
    if missing:
        raise PayloadError(f"missing keys: {', '.join(missing)}")
    if values["e"] != election.id:
        raise PayloadError(f"election: expected {election.id!r}, found {values['e']!r}")
    ballot = ballot_of_letter(values["b"])
    if ballot is None or not election.has_ballot(ballot):
        raise PayloadError(f"ballot: expected P or C for this election, found {values['b']!r}")
    keys = election.ballot(ballot).field_keys

    def number(text: str, what: str) -> int:
        if not text.isdigit() or not text.isascii():
            raise PayloadError(f"{what}: expected a whole number ≥ 0, found {text!r}")
        return int(text)

    figures = values["f"].split(",")
    if len(figures) != len(keys):
        raise PayloadError(f"f: expected {len(keys)} figures, found {len(figures)}")
    fields = {k: number(v, f"f[{k}]") for k, v in zip(keys, figures, strict=True)}
    votes: dict[str, int] = {}
    for pair in values["c"].split(",") if values["c"] else []:
        code, sep, count = pair.partition(":")
        if not sep or not code:
            raise PayloadError(f"c: expected choice:votes, found {pair!r}")
        votes[code] = number(count, f"c[{code}]")
    district = number(values["d"], "d") if values["d"] else None
    protocol = Protocol(
        election.id, ballot, values["p"], fields, votes, number(values["a"], "a"), district
    )
    digest = values["h"].lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise PayloadError(f"h: expected 64 hex digits, found {values['h'][:70]!r}")
    return ProtocolPayload(
        protocol,
        number(values["n"], "n"),
        "repeated" if values["k"] == "R" else "original",
        values["s"],
        digest,
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
        "fingerprint": fingerprint(protocol),
        "lines": [{"number": n, "key": k, "value": v} for n, k, v in lines],
        "signing": signing,
    }
