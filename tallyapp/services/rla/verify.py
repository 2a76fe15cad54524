#!/usr/bin/env python3
"""Verify a tallyapp risk-limiting audit bundle, with Python's standard library only.

    python3 verify.py bundle.zip

Recomputes from the published files, independently of tallyapp: every file's SHA-256
(SHA256SUMS); each assertion's margin from the manifest's protocol figures, with the worst
case of unauditable precincts deducted; every precinct's bound uᵢ and weight
wᵢ = ⌈uᵢ·10⁹⌉; every draw (Rivest's SHA-256 sampler: H_k = SHA-256(stream + "," + k),
r_k = H_k mod Σw, the first precinct whose cumulative weight exceeds r_k); every taint from
the recount sheets; every assertion's Kaplan–Markov (or betting) P-value; and, for a contest
sent to a full hand count, that only such a contest was counted in full and its figures with
every precinct counted so far in place of the reported ones. Prints what differs; exit 0 when
everything agrees, 1 otherwise.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import itertools
import json
import math
import sys
import zipfile
from decimal import Decimal
from fractions import Fraction
from typing import Any

SCALE = 10**9
FIXED: tuple[str, ...] = ("precinct", "tec_code", "district", "contest", "auditable", "reason")
FIXED += ("protocol_sha256", "ballots", "bound_ballots")
TAIL = ("candidates", "against_all", "invalid", "bound", "weight")


class Assertion:
    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        self.contest: str = data["contest"]
        self.g = {c: Fraction(v) for c, v in data["g"].items()}
        a = min([Fraction(0), *self.g.values()])
        self.h = {c: (v - a) / (-2 * a) for c, v in self.g.items()}  # ½ for every other choice
        # Σ h is summed for every precinct and assertion (a million times for the country):
        # in integers over one common denominator, still exact, instead of Fractions.
        self.denominator = math.lcm(2, *(v.denominator for v in self.h.values()))
        self.numerators = {c: int(v * self.denominator) for c, v in self.h.items()}

    def scaled_total(self, counts: dict[str, int]) -> int:
        """Σ h over the ballots counted, times `denominator`."""
        half = self.denominator // 2
        numerators = self.numerators
        return sum(numerators.get(c, half) * n for c, n in counts.items())

    def total(self, counts: dict[str, int]) -> Fraction:
        """Σ h over the ballots counted."""
        return Fraction(self.scaled_total(counts), self.denominator)

    def scaled_worst(self, batch: dict[str, Any]) -> int:
        """The batch's worst case (Σ h, every uncounted ballot at ½), times `denominator`."""
        extra: int = (batch["bound"] - batch["ballots"]) * (self.denominator // 2)
        return self.scaled_total(batch["counts"]) + extra

    def bound(self, batch: dict[str, Any], margin: Fraction) -> tuple[int, int]:
        """The worst case over the margin, as a numerator and denominator (compared by
        cross-multiplying: no Fraction per batch)."""
        return self.scaled_worst(batch) * margin.denominator, self.denominator * margin.numerator

    def margin(self, counts: dict[str, int]) -> Fraction:
        return self.total(counts) - Fraction(sum(counts.values()), 2)


def read_manifest(text: str) -> tuple[list[str], dict[str, dict[str, Any]]]:
    rows = list(csv.reader(io.StringIO(text)))
    head = rows[0]
    parties = head[len(FIXED) : len(head) - len(TAIL)]
    precincts: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for row in rows[1:]:
        r = dict(zip(head, row, strict=True))
        code = r["precinct"]
        if code not in precincts:
            order.append(code)
            precincts[code] = {
                "auditable": r["auditable"] == "yes",
                "weight": int(r["weight"]),
                "bound": Fraction(r["bound"]),
                "batches": {},
            }
        if r["contest"] == "PL":
            counts = {p: int(r[p]) for p in parties}
        else:
            counts = {}
            for item in filter(None, r["candidates"].split(";")):
                choice, _, n = item.partition("=")
                counts[choice] = int(n)
        counts["against_all"] = int(r["against_all"])
        counts["invalid"] = int(r["invalid"])
        precincts[code]["batches"][r["contest"]] = {
            "counts": counts,
            "ballots": int(r["ballots"]),
            "bound": int(r["bound_ballots"]),
        }
    return order, precincts


def rounded_up(p: float) -> str:
    if math.isinf(p) or p >= 1:
        return "1"
    if p <= 0:
        return "0"
    exponent = math.floor(math.log10(p)) - 3
    scaled = math.ceil(p / 10**exponent - 1e-9)
    return format(Decimal(scaled).scaleb(exponent), "f")


def log_term(t: Fraction, mu: Fraction, bet: Fraction) -> float:
    if bet == 1:
        return math.log(float(mu)) - math.log(float(1 - t))
    return -math.log(float(1 + bet * (1 - t - mu) / mu))


def verify(path: str) -> list[str]:
    problems: list[str] = []
    with zipfile.ZipFile(path) as bundle:
        files = {name: bundle.read(name) for name in bundle.namelist()}
    sums = files.get("SHA256SUMS", b"").decode().splitlines()
    listed = set()
    for line in sums:
        digest, _, name = line.partition("  ")
        listed.add(name)
        if name not in files or hashlib.sha256(files[name]).hexdigest() != digest:
            problems.append(f"{name}: SHA-256 differs from SHA256SUMS")
    for name in files:
        if name != "SHA256SUMS" and name not in listed:
            problems.append(f"{name}: not listed in SHA256SUMS")
    setup = json.loads(files["assertions.json"])
    manifest_text = files["manifest.csv"].decode()
    if hashlib.sha256(manifest_text.encode()).hexdigest() != setup["manifest_sha256"]:
        problems.append("manifest.csv: not the manifest frozen (manifest_sha256)")
    order, precincts = read_manifest(manifest_text)
    if order != sorted(order, key=lambda c: c.encode()):
        problems.append("manifest.csv: not in precinct-code order")
    assertions = [Assertion(a) for plan in setup["plans"] for a in plan["assertions"]]
    contest_totals: dict[str, dict[str, int]] = {}
    for p in precincts.values():
        for contest, batch in p["batches"].items():
            totals = contest_totals.setdefault(contest, {})
            for c, n in batch["counts"].items():
                totals[c] = totals.get(c, 0) + n
    unauditable = [p for p in precincts.values() if not p["auditable"]]
    margins: dict[str, Fraction] = {}
    for a in assertions:
        deducted = Fraction(0)
        for p in unauditable:
            batch = p["batches"].get(a.contest)
            if batch is not None:
                deducted += Fraction(a.scaled_worst(batch), a.denominator)
        margins[a.id] = a.margin(contest_totals.get(a.contest, {})) - deducted
        published = setup["margins"].get(a.id)
        if published is not None and Fraction(published) != margins[a.id]:
            problems.append(f"{a.id}: margin {published} published, {margins[a.id]} recomputed")
    # uᵢ = max over the precinct's assertions with a positive margin of worst case / margin.
    measured: dict[str, list[tuple[Assertion, Fraction]]] = {}
    for a in assertions:
        if margins[a.id] > 0:
            measured.setdefault(a.contest, []).append((a, margins[a.id]))
    weights = []
    for code in order:
        p = precincts[code]
        top, bottom = 0, 1  # u as top / bottom
        if p["auditable"]:
            for contest, batch in p["batches"].items():
                for a, margin in measured.get(contest, ()):
                    n, d = a.bound(batch, margin)
                    if n * bottom > top * d:
                        top, bottom = n, d
        u = Fraction(top, bottom)
        w = math.ceil(u * SCALE)
        weights.append(w)
        if w != p["weight"] or u != p["bound"]:
            problems.append(f"precinct {code}: weight {p['weight']} published, {w} recomputed")
    total = sum(weights)
    if total != setup["total_weight"]:
        problems.append(f"total weight {setup['total_weight']} published, {total} recomputed")
    seed = json.loads(files["seed.json"])["seed"]
    stream = seed + "/ALL"
    cumulative = list(itertools.accumulate(weights))
    drawn: list[str] = []
    for row in csv.DictReader(io.StringIO(files["draws.csv"].decode())):
        k = int(row["k"])
        digest = hashlib.sha256(f"{stream},{k}".encode()).hexdigest()
        r = int(digest, 16) % total
        code = order[bisect.bisect_right(cumulative, r)]
        if (row["stream"], row["sha256"], int(row["r"]), row["precinct"]) != (
            stream,
            digest,
            r,
            code,
        ):
            problems.append(f"draw {k}: published {row['precinct']}, recomputed {code}")
        if k != len(drawn) + 1:
            problems.append(f"draw {k}: out of order")
        drawn.append(code)
    recounts: dict[tuple[str, str], dict[str, Any]] = {}
    for row in csv.DictReader(io.StringIO(files["recounts.csv"].decode())):
        counts = {}
        for item in filter(None, row["counts"].split(";")):
            choice, _, n = item.partition("=")
            counts[choice] = int(n)
        recounts[(row["precinct"], row["contest"])] = {
            "counts": counts,
            "ballots": int(row["ballots"]),
            "missing": row["missing"] == "yes",
        }
    bet = Fraction(setup["method"]["bet"])
    clip = setup["method"]["understatements"] == "clip"
    mu = 1 - Fraction(SCALE, total)
    published_risk = {
        row["assertion"]: row for row in csv.DictReader(io.StringIO(files["risk.csv"].decode()))
    }
    weight_of = dict(zip(order, weights, strict=True))
    members_of: dict[str, set[str]] = {}
    for c, p in precincts.items():
        for contest in p["batches"]:
            members_of.setdefault(contest, set()).add(c)
    for a in assertions:
        members = members_of.get(a.contest, set())
        used = 0
        for code in drawn:
            if code in members and (code, a.contest) not in recounts:
                break
            used += 1
        log_p = math.inf
        if margins[a.id] > 0:
            terms: list[float] = []
            nonzero = 0
            infinite = False
            for code in drawn[:used]:
                if code not in members:
                    continue
                rec = recounts[(code, a.contest)]
                batch = precincts[code]["batches"][a.contest]
                if rec["missing"] or rec["ballots"] > batch["bound"]:
                    infinite = True
                    break
                omega = a.total(batch["counts"]) - a.total(rec["counts"])
                omega += Fraction(max(0, rec["ballots"] - batch["ballots"]), 2)
                t = omega * SCALE / (margins[a.id] * weight_of[code])
                if clip and t < 0:
                    t = Fraction(0)
                if t >= 1:
                    infinite = True
                    break
                if t != 0:
                    nonzero += 1
                    terms.append(log_term(t, mu, bet))
            if not infinite:
                terms.append((used - nonzero) * log_term(Fraction(0), mu, bet))
                log_p = min(0.0, math.fsum(terms))
        published_row = published_risk.get(a.id)
        p_text = rounded_up(0.0 if log_p == -math.inf else (1.0 if log_p >= 0 else math.exp(log_p)))
        if published_row is None:
            problems.append(f"{a.id}: no risk published")
        elif (
            int(published_row["draws_used"]) != used
            or published_row["p_value"] != p_text
            or float(published_row["log_p"]) != log_p
        ):
            problems.append(
                f"{a.id}: P {published_row['p_value']} after "
                f"{published_row['draws_used']} draws published, "
                f"{p_text} after {used} recomputed"
            )
    problems += check_full_counts(files, precincts, published_risk)
    return problems


def parse_counts(text: str) -> dict[str, int]:
    counts = {}
    for item in filter(None, text.split(";")):
        choice, _, n = item.partition("=")
        counts[choice] = int(n)
    return counts


def check_full_counts(
    files: dict[str, bytes],
    precincts: dict[str, dict[str, Any]],
    published_risk: dict[str, dict[str, str]],
) -> list[str]:
    """Each full hand count is of a precinct of a contest the audit sent to a full count; each
    such contest's figures are the manifest's with the counted precincts' figures instead."""
    problems: list[str] = []
    status = {row["contest"]: row["contest_status"] for row in published_risk.values()}
    counted: dict[tuple[str, str], dict[str, Any]] = {}
    text = files.get("full_counts.csv", b"precinct,contest,ballot,ballots,counts\n").decode()
    for row in csv.DictReader(io.StringIO(text)):
        code, contest = row["precinct"], row["contest"]
        if contest not in precincts.get(code, {}).get("batches", {}):
            problems.append(f"full count of {code} {contest}: no such precinct in the manifest")
            continue
        if status.get(contest) != "full-count":
            problems.append(f"full count of {code}: contest {contest} was not sent to one")
        counted[(code, contest)] = {
            "counts": parse_counts(row["counts"]),
            "ballots": int(row["ballots"]),
        }
    escalated = {c for c, s in status.items() if s == "full-count"} | {c for _, c in counted}
    text = files.get("full_count_results.csv", b"contest\n").decode()
    published = {row["contest"]: row for row in csv.DictReader(io.StringIO(text))}
    for contest in sorted(escalated):
        totals: dict[str, int] = {}
        inside = done = ballots = 0
        for code, p in precincts.items():
            batch = p["batches"].get(contest)
            if batch is None:
                continue
            inside += 1
            hand = counted.get((code, contest))
            figures = hand["counts"] if hand is not None else batch["counts"]
            done += hand is not None
            ballots += hand["ballots"] if hand is not None else batch["ballots"]
            for choice in set(batch["counts"]) | set(figures):
                totals[choice] = totals.get(choice, 0) + figures.get(choice, 0)
        figures_row = published.get(contest)
        if figures_row is None:
            problems.append(f"{contest}: full count figures not published")
            continue
        mine = (inside, done, ballots, totals)
        theirs = (
            int(figures_row["precincts"]),
            int(figures_row["counted"]),
            int(figures_row["ballots"]),
            parse_counts(figures_row["counts"]),
        )
        if mine != theirs:
            problems.append(
                f"{contest}: full count published {theirs[1]} of {theirs[0]} precincts, "
                f"{theirs[2]} ballots, {figures_row['counts']}; recomputed {done} of {inside}, "
                f"{ballots} ballots, " + ";".join(f"{c}={n}" for c, n in sorted(totals.items()))
            )
    for contest in sorted(set(published) - escalated):
        problems.append(f"{contest}: full count figures published for a contest not sent to one")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python3 verify.py bundle.zip", file=sys.stderr)
        return 2
    problems = verify(argv[1])
    for problem in problems:
        print("DIFFERS  " + problem)
    print("VERIFIED" if not problems else f"NOT VERIFIED: {len(problems)} difference(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
