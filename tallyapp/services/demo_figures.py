"""Precinct figures for the national demo that add up exactly to the official 2023 results.

Blue: per region, the precincts sum to the official registered voters, votes per party,
against all, invalid and total. Green: each district has its official winner and runner-up
with their official votes; other candidates are synthetic; the national green totals are exact.
District totals are derived from the regional blue ballots (the article's district percentages
disagree with its own regional table, e.g. Shymkent), scaled to the exact national green totals.

Method: a real-valued precinct × choice matrix with noise is raked to the exact row and column
totals, then rounded so that both stay exact. Every protocol passes every control relation.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol
from tallyapp.domain.register import PrecinctPlan, Structure
from tallyapp.services.structure import apportion

OVERSEAS_TURNOUT = 0.6
FIRST_NAMES = (
    "Aigül",
    "Erlan",
    "Nurlan",
    "Samal",
    "Bauyrjan",
    "Gülnar",
    "Daniar",
    "Janar",
    "Asqar",
    "Mädina",
    "Serik",
    "Aruna",
    "Timur",
    "Dana",
    "Qairat",
    "Saltanat",
    "Marat",
    "Aijan",
    "Rüstem",
    "Laura",
    "Ğalym",
    "Äsel",
    "Baqyt",
    "Ainur",
)
FEMALE = {
    "Aigül",
    "Samal",
    "Gülnar",
    "Janar",
    "Mädina",
    "Aruna",
    "Dana",
    "Saltanat",
    "Aijan",
    "Laura",
    "Äsel",
    "Ainur",
}
SURNAMES = (
    "Ahmetov",
    "Seitov",
    "Omarov",
    "Nūrlanov",
    "Jaqsylyqov",
    "Ismailov",
    "Bekov",
    "Tölegenov",
    "Sadyqov",
    "Quanyshev",
    "Abenov",
    "Jumabaev",
    "Serikbaev",
    "Muqanov",
    "Kenjebaev",
    "Äbdirov",
    "Baimukhanov",
    "Orazov",
    "Tūrsynov",
    "Esenov",
)
NOMINATIONS = ("independent",) * 6 + ("AUYL", "AQJOL", "QHP", "RESPUBLICA", "JSDP", "BAYTAQ")
REGISTER_SEED = 2023  # the candidate register does not change with the seed of the figures
# Candidates per district where the sources say (2023: 41 and 42 in Astana, 5 in No. 25).
KNOWN_CANDIDATE_COUNTS = {1: 41, 2: 42, 25: 5}


@dataclass(frozen=True)
class DemoCandidate:
    code: str
    district: int
    name: str
    nomination: str
    position: int


@dataclass(frozen=True)
class DemoData:
    protocols: tuple[Protocol, ...]
    candidates: tuple[DemoCandidate, ...]


def rake(matrix: np.ndarray, rows: np.ndarray, cols: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Scale a positive matrix so its row and column sums approach the given totals (IPF)."""
    m = matrix.copy()
    for _ in range(rounds):
        m *= (rows / np.maximum(m.sum(axis=1), 1e-12))[:, None]
        m *= (cols / np.maximum(m.sum(axis=0), 1e-12))[None, :]
    return m


def controlled_round(m: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Whole numbers ≥ 0 with exactly the given row and column sums, close to `m`."""
    out: np.ndarray[Any, Any] = np.floor(m).astype(np.int64)
    row_need = rows - out.sum(axis=1)
    col_need = cols - out.sum(axis=0)
    # Rows over their total after raking drift: take from their largest cells.
    for i in (int(x) for x in np.nonzero(row_need < 0)[0]):
        while row_need[i] < 0:
            j = int(np.argmax(out[i]))
            out[i, j] -= 1
            row_need[i] += 1
            col_need[j] += 1
    frac = (m - np.floor(m)).ravel()
    for flat in np.argsort(-frac, kind="stable"):
        i, j = divmod(int(flat), m.shape[1])
        if row_need[i] > 0 and col_need[j] > 0:
            out[i, j] += 1
            row_need[i] -= 1
            col_need[j] -= 1
    # What is left (or negative columns) is settled pairwise; totals match, so it ends.
    while (row_need != 0).any() or (col_need != 0).any():
        i = int(np.argmax(row_need)) if row_need.max() > 0 else int(np.argmin(row_need))
        if row_need[i] > 0:
            j = int(np.argmax(col_need))
            if col_need[j] <= 0:  # a column over its total gives to the one under
                k = int(np.argmin(col_need))
                r = int(np.argmax(out[:, k]))
                out[r, k] -= 1
                out[r, j] += 1
                col_need[k] += 1
                col_need[j] -= 1
                continue
            out[i, j] += 1
            row_need[i] -= 1
            col_need[j] -= 1
        else:
            k = int(np.argmin(col_need))
            r = int(np.argmax(out[:, k]))
            out[r, k] -= 1
            col_need[k] += 1
            row_need[r] += 1
    assert (out >= 0).all()
    return out


def _matrix(
    rng: np.random.Generator,
    row_totals: np.ndarray,
    col_totals: np.ndarray,
    groups: list[str],
    spread: np.ndarray,
) -> np.ndarray:
    """Exact integer matrix with noisy shares; precincts of a group share part of the noise."""
    shares = col_totals / max(col_totals.sum(), 1)
    group_ids = {g: i for i, g in enumerate(dict.fromkeys(groups))}
    group_noise = rng.normal(0, 0.6, size=(len(group_ids), len(col_totals))) * spread
    cell_noise = rng.normal(0, 1.0, size=(len(row_totals), len(col_totals))) * spread
    idx = np.array([group_ids[g] for g in groups])
    base = row_totals[:, None] * shares[None, :] * np.exp(group_noise[idx] + cell_noise)
    base = np.maximum(base, 1e-6)
    return controlled_round(
        rake(base, row_totals.astype(float), col_totals.astype(float)), row_totals, col_totals
    )


def _header(
    rng: np.random.Generator, voters: int, in_boxes: int, issued_floor: int
) -> dict[str, int]:
    """Header figures around the ballots found: a few ballots taken away, the rest cancelled."""
    taken = int(rng.choice([0, 0, 0, 1, 2]))
    issued = min(voters, max(in_boxes + taken, issued_floor))
    received = max(issued, math.ceil(voters / 10) * 10)
    return {
        "voters_on_list": voters,
        "ballots_received": received,
        "ballots_issued": issued,
        "issued_outside": round(issued * rng.uniform(0, 0.05)),
        "ballots_cancelled": received - issued,
        "ballots_in_boxes": in_boxes,
    }


def generate(
    election: Election,
    structure: Structure,
    official: dict[str, Any],
    seed: int = 2023,
    register: dict[int, list[str]] | None = None,
) -> DemoData:
    """Figures for every precinct. `register` gives each district's candidate codes (winner
    first, runner-up second) as the database registered them; without it the candidates are
    made here too, from a fixed seed, so every seed of figures fits the same register."""
    rng = np.random.default_rng(seed)
    register_rng = np.random.default_rng(REGISTER_SEED)
    parties = [p.code for p in election.parties_in_ballot_order()]
    by_region: dict[str, list[PrecinctPlan]] = defaultdict(list)
    for p in structure.precincts:
        by_region[p.region].append(p)
    voters = {p.number: p.voters for p in structure.precincts}

    # --- blue: per region, exact official columns -----------------------------------------
    blue_rows: dict[str, dict[str, int]] = {}
    blue_in_boxes: dict[str, int] = {}
    domestic_blue: dict[str, int] = {}
    for row in official["party_list"]["regions"]:
        region = row["region"]
        precincts = by_region[region]
        turnout = row["total"] / row["registered_voters"]
        abroad = [p for p in precincts if p.abroad]
        home = [p for p in precincts if not p.abroad]
        abroad_total = round(sum(p.voters for p in abroad) * OVERSEAS_TURNOUT)
        weights = [p.voters * min(0.9, turnout * math.exp(rng.normal(0, 0.12))) for p in home]
        totals = apportion(row["total"] - abroad_total, weights)
        totals += apportion(abroad_total, [p.voters for p in abroad])
        ordered = home + abroad
        for p, t in zip(ordered, totals, strict=True):
            if t > p.voters:
                raise AssertionError(f"precinct {p.number}: {t} ballots for {p.voters} voters")
        columns = np.array(
            [row["votes"][c] for c in parties] + [row["against_all"], row["invalid"]]
        )
        spread = np.array([0.35] * len(parties) + [0.3, 0.5])
        m = _matrix(rng, np.array(totals), columns, [p.tec for p in ordered], spread)
        for p, t, cells in zip(ordered, totals, m, strict=True):
            blue_in_boxes[p.number] = t
            blue_rows[p.number] = dict(
                zip([*parties, "against_all", "invalid"], (int(x) for x in cells), strict=True)
            )
        domestic_blue[region] = row["total"] - abroad_total

    # --- green: district totals from the regional blue ballots, exact nationally -----------
    green = official.get("constituency")  # 2021 had no green ballot
    national = green["national"] if green else {"total": 0, "invalid": 0, "against_all": 0}
    regions = list(domestic_blue)
    green_region = dict(
        zip(regions, apportion(national["total"], [domestic_blue[r] for r in regions]), strict=True)
    )
    district_precincts: dict[int, list[PrecinctPlan]] = defaultdict(list)
    for p in structure.precincts:
        if p.district is not None:
            district_precincts[p.district].append(p)
    green_district: dict[int, int] = {}
    for region in regions:
        numbers = list(election.region(region).districts)
        blue_per_district = [
            sum(blue_in_boxes[p.number] for p in district_precincts[n]) for n in numbers
        ]
        shares = apportion(green_region[region], blue_per_district)
        for n, share in zip(numbers, shares, strict=True):
            green_district[n] = share
    numbers = sorted(green_district)
    invalid_d = dict(
        zip(
            numbers,
            apportion(national["invalid"], [green_district[n] for n in numbers]),
            strict=True,
        )
    )
    against_d = dict(
        zip(
            numbers,
            apportion(national["against_all"], [green_district[n] for n in numbers]),
            strict=True,
        )
    )

    official_districts = {d["number"]: d for d in green["districts"]} if green else {}
    candidates: list[DemoCandidate] = []
    green_rows: dict[str, dict[str, int]] = {}
    green_in_boxes: dict[str, int] = {}
    for n in numbers:
        known = official_districts[n]
        winner, runner_up = known["winner"]["votes"], known["runner_up"]["votes"]
        others_total = green_district[n] - invalid_d[n] - against_d[n] - winner - runner_up
        if others_total < 0:
            raise AssertionError(f"district {n}: official winner and runner-up exceed its ballots")
        if register is not None and n in register:
            codes = register[n]
            count = len(codes)
        else:
            count = KNOWN_CANDIDATE_COUNTS.get(n, int(register_rng.integers(10, 19)))
            # Room for other seeds' figures: 10% more votes than this seed's still fit.
            count = max(count, 3 + math.ceil(others_total * 1.1 / max(runner_up - 1, 1)))
            codes = [f"D{n:02d}-{i}" for i in range(1, count + 1)]
            district_def = election.district(n)
            for position, code in enumerate(codes, start=1):
                if position <= len(district_def.candidates):
                    cand = district_def.candidates[position - 1]
                    name, nomination = cand.name, cand.nomination
                else:
                    first = str(register_rng.choice(FIRST_NAMES))
                    female = first in FEMALE
                    surname = str(register_rng.choice(SURNAMES)) + ("a" if female else "")
                    name = f"{first} {surname}"
                    nomination = str(register_rng.choice(NOMINATIONS))
                candidates.append(DemoCandidate(code, n, name, nomination, position))
        others = _split_below(others_total, count - 2, runner_up - 1, rng)
        precincts = district_precincts[n]
        row_totals = np.array(
            apportion(green_district[n], [blue_in_boxes[p.number] for p in precincts])
        )
        columns = np.array([winner, runner_up, *others, against_d[n], invalid_d[n]])
        spread = np.array([0.3] * count + [0.3, 0.5])
        m = _matrix(rng, row_totals, columns, [p.tec for p in precincts], spread)
        for p, t, cells in zip(precincts, row_totals, m, strict=True):
            green_in_boxes[p.number] = int(t)
            green_rows[p.number] = dict(
                zip([*codes, "against_all", "invalid"], (int(x) for x in cells), strict=True)
            )

    # --- protocols -------------------------------------------------------------------------
    protocols: list[Protocol] = []
    for p in structure.precincts:
        b = blue_rows[p.number]
        header = _header(rng, voters[p.number], blue_in_boxes[p.number], 0)
        protocols.append(
            Protocol(
                election.id,
                BallotKind.PARTY_LIST,
                p.number,
                {**header, "invalid": b["invalid"]},
                {c: b[c] for c in parties},
                b["against_all"],
            )
        )
        if p.district is None:
            continue
        g = green_rows[p.number]
        g_header = _header(rng, voters[p.number], green_in_boxes[p.number], 0)
        # Green ballots go to the same voters: never more issued than blue.
        g_header["ballots_issued"] = min(g_header["ballots_issued"], header["ballots_issued"])
        g_header["ballots_issued"] = max(g_header["ballots_issued"], green_in_boxes[p.number])
        g_header["ballots_received"] = header["ballots_received"]
        g_header["ballots_cancelled"] = header["ballots_received"] - g_header["ballots_issued"]
        g_header["issued_outside"] = min(g_header["issued_outside"], g_header["ballots_issued"])
        codes = [k for k in g if k not in ("against_all", "invalid")]
        protocols.append(
            Protocol(
                election.id,
                BallotKind.CONSTITUENCY,
                p.number,
                {**g_header, "invalid": g["invalid"]},
                {c: g[c] for c in codes},
                g["against_all"],
                district=p.district,
            )
        )
    return DemoData(tuple(protocols), tuple(candidates))


def _split_below(total: int, count: int, cap: int, rng: np.random.Generator) -> list[int]:
    """`count` decreasing parts summing to `total`, each at most `cap`."""
    if count <= 0:
        if total:
            raise AssertionError("votes left over with no candidate to hold them")
        return []
    weights = sorted((float(x) for x in rng.dirichlet(np.full(count, 0.9))), reverse=True)
    parts = apportion(total, weights)
    for _ in range(count * 4):
        excess = sum(max(0, x - cap) for x in parts)
        if not excess:
            break
        parts = [min(x, cap) for x in parts]
        room = [cap - x for x in parts]
        extra = apportion(excess, room)
        parts = [x + e for x, e in zip(parts, extra, strict=True)]
    if max(parts, default=0) > cap or sum(parts) != total:
        raise AssertionError("cannot keep every other candidate below the runner-up")
    return sorted(parts, reverse=True)
