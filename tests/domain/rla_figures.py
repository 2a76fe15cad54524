"""The official 2023 figures as the audit tests read them (from the demo's source file)."""

from __future__ import annotations

import json
from typing import Any

from tallyapp.domain.seats import PartyVotes
from tallyapp.resources import resource_path

REGISTRATION = {
    "AMANAT": 1,
    "AUYL": 2,
    "AQJOL": 3,
    "QHP": 4,
    "JSDP": 5,
    "BAYTAQ": 6,
    "RESPUBLICA": 7,
}


def official_2023() -> dict[str, Any]:
    path = resource_path("demo", "kz-majilis-2023-official.json")
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def party_totals() -> tuple[list[PartyVotes], int, int]:
    regions = official_2023()["party_list"]["regions"]
    totals: dict[str, int] = {}
    for r in regions:
        for code, votes in r["votes"].items():
            totals[code] = totals.get(code, 0) + votes
    parties = [PartyVotes(c, v, REGISTRATION[c]) for c, v in totals.items()]
    return (
        parties,
        sum(r["against_all"] for r in regions),
        sum(r["invalid"] for r in regions),
    )
