"""What a consumer of NIST SP 1500-100 v2 results does: rebuild every published figure from
the report alone, knowing nothing of tallyapp (only the documented mapping)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figures:
    """Votes by unit and choice, and everything else the report publishes."""

    votes: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)  # contest, unit
    seats: dict[str, int] = field(default_factory=dict)  # party code -> seats
    winners: dict[str, str] = field(default_factory=dict)  # contest id -> candidate id
    cast: dict[tuple[str, str], int] = field(default_factory=dict)  # (unit, ballot)
    invalid: dict[tuple[str, str], int] = field(default_factory=dict)
    registered: dict[str, int] = field(default_factory=dict)
    units: dict[str, dict[str, Any]] = field(default_factory=dict)


def read(report: dict[str, Any]) -> Figures:
    out = Figures()
    out.units = {u["@id"]: u for u in report["GpUnit"]}
    out.registered = {
        k: u["VotersRegistered"] for k, u in out.units.items() if "VotersRegistered" in u
    }
    parties = {p["@id"]: p["Abbreviation"]["Text"][0]["Content"] for p in report.get("Party", [])}
    (election,) = report["Election"]
    for count in election.get("BallotCounts", []):
        key = (count["GpUnitId"], count["OtherType"])
        out.cast[key] = count["BallotsCast"]
        out.invalid[key] = count["BallotsRejected"]
    status = {c["@id"]: c.get("PostElectionStatus") for c in election.get("Candidate", [])}
    for contest in election["Contest"]:
        by_unit: dict[str, dict[str, int]] = defaultdict(dict)
        for selection in contest["ContestSelection"]:
            if selection["@type"].endswith("PartySelection"):
                choice = parties[selection["PartyIds"][0]]
            elif selection["@type"].endswith("CandidateSelection"):
                choice = selection["CandidateIds"][0].removeprefix("cand-")
                if status.get(selection["CandidateIds"][0]) == "winner":
                    out.winners[contest["@id"]] = choice
            else:
                choice = "against all"
            for vc in selection.get("VoteCounts", []):
                if vc["Type"] == "seats":
                    out.seats[choice] = vc["Count"]
                elif vc["Type"] == "total":
                    by_unit[vc["GpUnitId"]][choice] = vc["Count"]
        out.votes[contest["@id"]] = dict(by_unit)
    return out


def leaves(units: dict[str, dict[str, Any]], unit: str) -> set[str]:
    """The precincts a unit is made of, following ComposingGpUnitIds down."""
    parts = units[unit].get("ComposingGpUnitIds", [])
    if units[unit]["Type"] == "precinct":
        return {unit}
    found: set[str] = set()
    for part in parts:
        found |= leaves(units, part)
    return found
