"""The audit's objects as plain JSON values and CSV text, and back: what is frozen in the
record and published in the bundle. Fractions are written "p/q" (or "p"), exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from tallyapp.domain.rla.assertions import (
    AGAINST_ALL,
    INVALID,
    PARTY_LIST,
    Assertion,
    AssertionFigures,
    AssertionKind,
    ContestPlan,
)
from tallyapp.domain.rla.manifest import Batch, Manifest, ManifestEntry, Precinct
from tallyapp.domain.rla.risk import Recount


def frac(value: Fraction) -> str:
    return str(value)


def unfrac(text: str) -> Fraction:
    return Fraction(text)


def assertion_json(f: AssertionFigures) -> dict[str, Any]:
    a = f.assertion
    return {
        "id": a.id,
        "contest": a.contest,
        "kind": a.kind.value,
        "subject": a.subject,
        "other": a.other,
        "seats_subject": a.seats_subject,
        "seats_other": a.seats_other,
        "d": frac(a.d) if a.d is not None else None,
        "g": {c: frac(v) for c, v in sorted(a.g.items())},
        "h": {c: frac(a.h(c)) for c in sorted(a.g)},
        "h_other": frac(a.h_other),
        "u": frac(a.upper),
        "ballots": f.ballots,
        "margin_votes": frac(f.margin_votes),
        "margin": frac(f.margin),
        "flips": f.flips,
        "v": frac(f.diluted_margin) if f.diluted_margin is not None else None,
        "U": frac(f.error_bound) if f.error_bound is not None else None,
    }


def assertion_from_json(data: Mapping[str, Any]) -> AssertionFigures:
    d = data.get("d")
    a = Assertion(
        data["contest"],
        AssertionKind(data["kind"]),
        data["subject"],
        data.get("other"),
        {c: unfrac(v) for c, v in data["g"].items()},
        data.get("seats_subject"),
        data.get("seats_other"),
        unfrac(d) if d is not None else None,
    )
    return AssertionFigures(
        a, int(data["ballots"]), unfrac(data["margin_votes"]), unfrac(data["margin"])
    )


def plan_json(plan: ContestPlan) -> dict[str, Any]:
    return {
        "contest": plan.contest,
        "outcome": plan.outcome,
        "full_count_reason": plan.full_count_reason,
        "rules": dict(plan.rules),
        "assertions": [assertion_json(f) for f in plan.assertions],
    }


def plan_from_json(data: Mapping[str, Any]) -> ContestPlan:
    return ContestPlan(
        data["contest"],
        data["outcome"],
        tuple(assertion_from_json(a) for a in data["assertions"]),
        data.get("full_count_reason"),
        dict(data.get("rules", {})),
    )


def batch_json(b: Batch) -> dict[str, Any]:
    return {
        "counts": dict(sorted(b.counts.items())),
        "ballots": b.ballots,
        "bound": b.bound,
        "sha256": b.protocol_sha256,
    }


def batch_from_json(data: Mapping[str, Any]) -> Batch:
    return Batch(
        {c: int(n) for c, n in data["counts"].items()},
        int(data["ballots"]),
        int(data["bound"]),
        data.get("sha256", ""),
    )


def manifest_json(manifest: Manifest) -> dict[str, Any]:
    return {
        "precincts": [
            {
                "precinct": e.precinct.code,
                "tec": e.precinct.tec,
                "district": e.precinct.district,
                "auditable": e.precinct.auditable,
                "reason": e.precinct.reason,
                "batches": {c: batch_json(b) for c, b in sorted(e.precinct.batches.items())},
                "bound": frac(e.bound),
                "weight": e.weight,
            }
            for e in manifest.entries
        ],
        "margins": {k: frac(v) for k, v in sorted(manifest.margins.items())},
        "deducted": {k: frac(v) for k, v in sorted(manifest.deducted.items())},
        "total_weight": manifest.total_weight,
    }


def manifest_from_json(data: Mapping[str, Any]) -> Manifest:
    entries = tuple(
        ManifestEntry(
            Precinct(
                p["precinct"],
                p["tec"],
                p["district"],
                {c: batch_from_json(b) for c, b in p["batches"].items()},
                bool(p["auditable"]),
                p.get("reason", ""),
            ),
            unfrac(p["bound"]),
            int(p["weight"]),
        )
        for p in data["precincts"]
    )
    return Manifest(
        entries,
        {k: unfrac(v) for k, v in data["margins"].items()},
        {k: unfrac(v) for k, v in data["deducted"].items()},
    )


def recount_json(r: Recount) -> dict[str, Any]:
    return {"counts": dict(sorted(r.counts.items())), "ballots": r.ballots, "missing": r.missing}


def recount_from_json(data: Mapping[str, Any]) -> Recount:
    return Recount(
        {c: int(n) for c, n in data["counts"].items()},
        int(data["ballots"]),
        bool(data.get("missing", False)),
    )


MANIFEST_HEAD = ("precinct", "tec_code", "district", "contest", "auditable", "reason")


def manifest_csv(manifest: Manifest, parties: Sequence[str]) -> str:
    """One row per precinct and ballot, in manifest order (precinct codes as bytes): the
    Arlo-style `Batch Name` and `Number of Ballots` as `precinct` and `ballots`, the bound
    n̄ᵢ, the party columns of the blue ballot, the candidates of a green one as
    `candidates` (id=votes;…), and the precinct's bound uᵢ and weight wᵢ."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            *MANIFEST_HEAD,
            "protocol_sha256",
            "ballots",
            "bound_ballots",
            *parties,
            "candidates",
            AGAINST_ALL,
            INVALID,
            "bound",
            "weight",
        ]
    )
    for e in manifest.entries:
        p = e.precinct
        for contest, b in sorted(p.batches.items(), key=lambda cb: cb[0] != PARTY_LIST):
            is_pl = contest == PARTY_LIST
            others = sorted(c for c in b.counts if c not in (AGAINST_ALL, INVALID))
            writer.writerow(
                [
                    p.code,
                    p.tec,
                    "" if p.district is None else p.district,
                    contest,
                    "yes" if p.auditable else "no",
                    p.reason,
                    b.protocol_sha256,
                    b.ballots,
                    b.bound,
                    *(
                        (b.counts.get(code, 0) for code in parties)
                        if is_pl
                        else ("" for _ in parties)
                    ),
                    "" if is_pl else ";".join(f"{c}={b.counts[c]}" for c in others),
                    b.counts.get(AGAINST_ALL, 0),
                    b.counts.get(INVALID, 0),
                    frac(e.bound),
                    e.weight,
                ]
            )
    return out.getvalue()
