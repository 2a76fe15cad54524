"""Shared fixtures: the shipped elections and a protocol that passes every check."""

from __future__ import annotations

from typing import Any

import pytest

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol
from tallyapp.services.definitions import load_election


@pytest.fixture(scope="session")
def election_2023() -> Election:
    return load_election("kz-majilis-2023")


@pytest.fixture(scope="session")
def election_2021() -> Election:
    return load_election("kz-majilis-2021")


GOOD_FIELDS = {
    "voters_on_list": 1500,
    "ballots_received": 1500,
    "ballots_issued": 900,
    "issued_outside": 20,
    "ballots_cancelled": 600,
    "ballots_in_boxes": 900,
    "invalid": 10,
}
GOOD_VOTES = {
    "AMANAT": 500,
    "AUYL": 100,
    "RESPUBLICA": 80,
    "QHP": 60,
    "BAYTAQ": 20,
    "AQJOL": 70,
    "JSDP": 40,
}


def blue_protocol(**fields: int) -> Protocol:
    figures = {**GOOD_FIELDS, **{k: v for k, v in fields.items() if k in GOOD_FIELDS}}
    votes = dict(GOOD_VOTES)
    for k, v in fields.items():
        if k.startswith("votes_"):
            votes[k.removeprefix("votes_")] = v
    return Protocol(
        "kz-majilis-2023",
        BallotKind.PARTY_LIST,
        "101",
        figures,
        votes,
        against_all=fields.get("against_all", 20),
    )


def blue_json(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "election": "kz-majilis-2023",
        "ballot": "party-list",
        "precinct": "101",
        "fields": dict(GOOD_FIELDS),
        "votes": dict(GOOD_VOTES),
        "against_all": 20,
    }
    data.update(overrides)
    return data
