"""A recount tally sheet from JSON, checked field by field: what the bag held, by choice.

{"votes": {"AMANAT": 412, …}, "against_all": 9, "invalid": 7, "ballots": 870,
 "missing": false, "seals": "before/after", "team": "…", "observers": "…"}
A file may hold two independent keyings as {"first": {…}, "second": {…}}.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tallyapp.domain.rla.assertions import AGAINST_ALL, INVALID
from tallyapp.domain.rla.risk import Recount
from tallyapp.services.errors import InputError

MAX_FIGURE = 10**9
DETAILS = ("seals", "team", "observers", "started", "finished", "note")


def _whole(value: Any, field: str, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, "not-whole", source, found=repr(value))
    if not 0 <= value <= MAX_FIGURE:
        raise InputError(field, "out-of-range", source, minimum=0, maximum=MAX_FIGURE, found=value)
    return value


def recount_of(data: Any, source: str) -> tuple[Recount, dict[str, str]]:
    if not isinstance(data, Mapping):
        raise InputError("(file)", "not-object", source, found=type(data).__name__)
    missing = data.get("missing", False)
    if not isinstance(missing, bool):
        raise InputError(
            "missing", "not-one-of", source, expected="true, false", found=repr(missing)
        )
    details = {k: str(data[k]) for k in DETAILS if k in data}
    if missing:
        return Recount({}, 0, True), details
    votes = data.get("votes")
    if not isinstance(votes, Mapping):
        raise InputError("votes", "missing", source)
    counts = {str(c): _whole(n, f"votes.{c}", source) for c, n in votes.items()}
    counts[AGAINST_ALL] = _whole(data.get("against_all", 0), AGAINST_ALL, source)
    counts[INVALID] = _whole(data.get("invalid", 0), INVALID, source)
    if "ballots" not in data:
        raise InputError("ballots", "missing", source)
    return Recount(counts, _whole(data["ballots"], "ballots", source)), details


def keyings(data: Any, source: str) -> tuple[Recount, Recount, dict[str, str]]:
    """Both keyings of a sheet; a file with one keying stands for both (an imported sheet)."""
    if isinstance(data, Mapping) and "first" in data:
        first, details = recount_of(data["first"], f"{source}: first")
        second, _ = recount_of(data.get("second"), f"{source}: second")
        return first, second, details
    one, details = recount_of(data, source)
    return one, one, details
