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
        figures["max_choice"] = max(self.votes.values(), default=0)
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


def fingerprint(protocol: Protocol) -> str:
    """SHA-256 of the canonical JSON, hex; its first 16 digits are read out over the phone."""
    text = json.dumps(canonical_data(protocol), sort_keys=True, separators=(",", ":"))
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
    """SHA-256 of a summary protocol's figures (canonical JSON), as a protocol's."""
    body = {k: summary.get(k) for k in SUMMARY_FIGURES}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


RESULTS_FIGURES = ("election", "commission", "fields", "parties", "against_all", "districts")


def results_fingerprint(results: Mapping[str, object]) -> str:
    """SHA-256 of the final results' figures: totals, votes and seats, district winners."""
    body = {k: results.get(k) for k in RESULTS_FIGURES}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def spoken_fingerprint(digest: str) -> str:
    """`3f2a-91c0-77de-0b14`: the first 16 hex digits in groups of four."""
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))
