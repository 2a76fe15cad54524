"""The what-if seat calculator: seats from a JSON description of party votes."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from tallyapp.domain.election import ThresholdBase
from tallyapp.domain.seats import PartyVotes, SeatAllocation, allocate_seats
from tallyapp.services.bounded import shown, whole
from tallyapp.services.errors import InputError


def _whole(value: Any, field: str, source: str, minimum: int = 0) -> int:
    return whole(value, field, source, minimum=minimum)


def parse_allocation_request(data: Any, source: str = "") -> dict[str, Any]:
    """Validate the calculator's input; raise `InputError` naming the field."""
    if not isinstance(data, dict):
        raise InputError("(top)", "not-object", source, found=type(data).__name__)
    for required in ("seats", "threshold_percent", "parties"):
        if required not in data:
            raise InputError(required, "missing", source)
    seats = _whole(data["seats"], "seats", source, minimum=1)
    raw_threshold = data["threshold_percent"]
    if (
        isinstance(raw_threshold, bool)
        or not isinstance(raw_threshold, int | float)
        or not math.isfinite(raw_threshold)
        or abs(raw_threshold) > 1000
    ):
        raise InputError("threshold_percent", "bad-threshold", source, found=shown(raw_threshold))
    threshold = Fraction(str(raw_threshold))
    if not 0 <= threshold <= 100:
        raise InputError("threshold_percent", "bad-threshold", source, found=shown(raw_threshold))
    against_all = _whole(data.get("against_all", 0), "against_all", source, minimum=0)
    invalid = _whole(data.get("invalid", 0), "invalid", source, minimum=0)
    base_text = data.get("threshold_base", ThresholdBase.VALID_WITH_AGAINST_ALL.value)
    try:
        base = ThresholdBase(base_text)
    except ValueError:
        allowed = ", ".join(b.value for b in ThresholdBase)
        raise InputError(
            "threshold_base", "not-one-of", source, expected=allowed, found=shown(base_text)
        ) from None
    minimum = _whole(data.get("two_party_minimum", 2), "two_party_minimum", source, minimum=0)
    raw_parties = data["parties"]
    if not isinstance(raw_parties, list) or not raw_parties:
        raise InputError("parties", "no-parties", source)
    parties: list[PartyVotes] = []
    seen: set[str] = set()
    for i, item in enumerate(raw_parties):
        where = f"parties[{i}]"
        if not isinstance(item, dict):
            raise InputError(where, "not-object", source, found=type(item).__name__)
        for required in ("code", "votes"):
            if required not in item:
                raise InputError(f"{where}.{required}", "missing", source)
        code = item["code"]
        if not isinstance(code, str) or not code.strip() or len(code) > 40:
            raise InputError(f"{where}.code", "bad-code", source, found=shown(code))
        if code in seen:
            raise InputError(f"{where}.code", "duplicate-code", source, found=shown(code))
        seen.add(code)
        votes = _whole(item["votes"], f"{where}.votes", source, minimum=0)
        order = _whole(
            item.get("registration_order", i + 1), f"{where}.registration_order", source, 1
        )
        parties.append(PartyVotes(code, votes, order))
    return {
        "parties": parties,
        "seats": seats,
        "threshold_percent": threshold,
        "against_all": against_all,
        "invalid": invalid,
        "base": base,
        "two_party_minimum": minimum,
    }


def what_if(data: Any, source: str = "") -> SeatAllocation:
    request = parse_allocation_request(data, source)
    # An AllocationError is a TallyError with its own code: the edge says it in the
    # reader's language (the file is the one the reader named).
    allocation: SeatAllocation = allocate_seats(**request)
    return allocation


def allocation_to_json(allocation: SeatAllocation) -> dict[str, Any]:
    """The stable `--json` shape: seats, passed, quota, threshold_votes, and per-party detail."""
    return {
        "seats": allocation.seats,
        "passed": list(allocation.passed),
        "quota": float(allocation.quota),
        "threshold_votes": allocation.threshold_votes,
        "threshold_percent": float(allocation.threshold_percent),
        "threshold_base": allocation.threshold_base.value,
        "base_votes": allocation.base_votes,
        "two_party_rule_applied": allocation.two_party_rule_applied,
        "parties": [
            {
                "code": p.code,
                "votes": p.votes,
                "share_percent": round(float(p.share_percent), 4),
                "passed": p.passed,
                "admitted": p.admitted,
                "exact_quota_share": round(float(p.exact_quota_share), 6),
                "full_quotas": p.full_quotas,
                "remainder": round(float(p.remainder), 6),
                "remainder_seat": p.remainder_seat,
                "minimum_top_up": p.minimum_top_up,
                "seats": p.seats,
            }
            for p in allocation.parties
        ],
    }
