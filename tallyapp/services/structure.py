"""The commission tree and precinct register of an election, laid out from its definition.

The definition holds regions and districts; the territorial commissions and precincts below
them are not in the sources, so they are laid out here: deterministic for a seed, with the
official number of polling stations (2023: 10,146 in the country, 77 abroad) and plausible
precinct sizes. Their names say they are numbered, not real place names.
"""

from __future__ import annotations

import json
import math
import random
from fractions import Fraction
from typing import Any

from tallyapp.domain.election import Election
from tallyapp.domain.register import PrecinctPlan, Structure, TecPlan
from tallyapp.reports.texts import named
from tallyapp.reports.texts import names as form_names
from tallyapp.resources import resource_path

PRECINCTS_PER_TEC = 50
VOTERS_PER_PRECINCT = 1185  # 2023: 12,023,562 voters in 10,146 domestic stations
CITY_PRECINCT_SIZE = 1.8  # city stations are larger than rural ones


def official_figures(election_id: str) -> dict[str, Any] | None:
    path = resource_path("demo", f"{election_id}-official.json")
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def apportion(total: int, weights: list[float] | list[Fraction] | list[int]) -> list[int]:
    """Split `total` in proportion to `weights` by largest remainder; the parts sum to `total`."""
    weight_sum = sum(weights)
    if total == 0 or weight_sum == 0:
        return [0] * len(weights)
    exact = [total * w / weight_sum for w in weights]
    parts = [math.floor(x) for x in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def district_weights(
    election: Election, region: str, official: dict[str, Any] | None, region_ballots: int
) -> dict[int, float]:
    """Near-equal shares of a region's voters per district (2023 law: within 20%), enlarged
    where the official winner and runner-up need more ballots than an equal share holds."""
    numbers = election.region(region).districts
    if not numbers:
        return {}
    equal = region_ballots / len(numbers)
    weights = {n: equal for n in numbers}
    if official and "constituency" in official:
        needs = {
            d["number"]: d["winner"]["votes"] + d["runner_up"]["votes"]
            for d in official["constituency"]["districts"]
        }
        green_ratio = 0.975  # green ballots are about 2.2% fewer than blue nationally
        for n in numbers:
            weights[n] = max(equal, needs.get(n, 0) * 1.08 / green_ratio)
    return weights


def plan_structure(election: Election, seed: int = 2023, scale: int = 1) -> Structure:
    """The synthetic register. `scale`: that many times the precincts (and territorial
    commissions, of the same size) over the same voters: 10 gives a country of 100,000
    precincts, the size of Russia's, to measure how the app grows."""
    rng = random.Random(seed)
    official = official_figures(election.id)
    counts = (official or {}).get("precincts", {})
    overseas_voters = 0
    overseas_count = 0
    overseas = (official or {}).get("party_list", {}).get("overseas")
    if overseas:
        overseas_voters, overseas_count = overseas["registered_voters"], overseas["precincts"]
    cities = {"ASTANA", "NUR_SULTAN", "ALMATY", "SHYMKENT"}  # Astana was Nur-Sultan in 2021

    domestic_voters = {
        r.code: r.registered_voters - (overseas_voters if r.holds_overseas else 0)
        for r in election.regions
    }
    total_voters = sum(domestic_voters.values())
    domestic_count = scale * (
        counts.get("domestic") or max(1, round(total_voters / VOTERS_PER_PRECINCT))
    )
    region_counts = apportion(
        domestic_count,
        [
            domestic_voters[r.code] / (CITY_PRECINCT_SIZE if r.code in cities else 1.0)
            for r in election.regions
        ],
    )
    blue_ballots = (
        {r["region"]: r["total"] for r in official["party_list"]["regions"]} if official else {}
    )

    tecs: list[TecPlan] = []
    precincts: list[PrecinctPlan] = []
    next_number = 1
    for region, n_precincts in zip(election.regions, region_counts, strict=True):
        weights = district_weights(
            election,
            region.code,
            official,
            blue_ballots.get(region.code, domestic_voters[region.code]),
        )
        groups: list[int | None] = list(weights) or [None]
        shares = list(weights.values()) or [1.0]
        group_counts = apportion(n_precincts, shares)
        group_voters = apportion(domestic_voters[region.code], shares)
        tec_number = 0
        for district, g_count, g_voters in zip(groups, group_counts, group_voters, strict=True):
            n_tecs = max(1, round(g_count / PRECINCTS_PER_TEC))
            per_tec = apportion(g_count, [1] * n_tecs)
            sizes = [min(2.5, max(0.2, rng.lognormvariate(0, 0.45))) for _ in range(g_count)]
            voters = apportion(g_voters, sizes)
            k = 0
            for t_count in per_tec:
                tec_number += 1
                code = f"{region.code}-{tec_number:02d}"
                tecs.append(
                    TecPlan(
                        code,
                        region.code,
                        district,
                        tec_number,
                        named("territorial_commission", region=region.names, number=tec_number),
                    )
                )
                for _ in range(t_count):
                    number = str(next_number)
                    precincts.append(
                        PrecinctPlan(
                            number,
                            "",  # the register's name; the synthetic one has none
                            code,
                            region.code,
                            district,
                            False,
                            voters[k],
                        )
                    )
                    next_number += 1
                    k += 1
        if region.holds_overseas and overseas_count:
            code = f"{region.code}-ABROAD"
            tecs.append(
                TecPlan(
                    code,
                    region.code,
                    None,
                    0,
                    form_names("stations_abroad"),
                    abroad=True,
                )
            )
            sizes = [max(0.1, rng.lognormvariate(0, 0.6)) for _ in range(overseas_count)]
            for i, v in enumerate(apportion(overseas_voters, sizes), start=1):
                number = f"A{i:03d}"
                precincts.append(PrecinctPlan(number, "", code, region.code, None, True, v))
    return Structure(tuple(tecs), tuple(precincts))
