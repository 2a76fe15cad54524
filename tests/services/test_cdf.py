"""The NIST SP 1500-100 v2 report: valid against the official schema (draft-04, shipped in
the shared standards folder), reaching every precinct, and enough for a consumer to rebuild
every published figure, the seats and the winners from it alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from tallyapp.domain.election import BallotKind
from tallyapp.services.cdf import export_cdf
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.results import compute_results
from tallyapp.services.setup import open_engine
from tests.services.cdf_reader import leaves, read

# NIST SP 1500-100 v2's official JSON schema (draft-04), as NIST publishes it, unchanged.
SCHEMA = Path(__file__).parents[1] / "data" / "nist-sp1500-100-v2.schema.json"


def violations(report: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    Draft4Validator.check_schema(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in Draft4Validator(schema).iter_errors(report)
    ]


@pytest.fixture(scope="module")
def demo_2021(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tallyapp.services.demo import build_demo

    url = f"sqlite:///{tmp_path_factory.mktemp('cdf2021') / 'd.sqlite3'}"
    build_demo(url, election_name="kz-majilis-2021")
    yield url


@pytest.mark.parametrize("commission", ["ABAI", "ASTANA-ABROAD", "DEC-08"])
def test_2023_reports_are_valid_nist_v2(demo_url: str, commission: str) -> None:
    assert violations(export_cdf(open_engine(demo_url), commission)) == []


@pytest.mark.slow
def test_the_whole_2023_report_is_valid_nist_v2(demo_url: str) -> None:
    assert violations(export_cdf(open_engine(demo_url))) == []


def test_the_2021_report_is_valid_and_has_no_against_all(demo_2021: str) -> None:
    engine = open_engine(demo_2021)
    report = export_cdf(engine)
    assert violations(report) == []
    text = json.dumps(report, ensure_ascii=False)
    assert "against-all" not in text and "Против всех" not in text  # not on the 2021 ballot
    figures = read(report)
    blue = compute_results(engine)
    assert blue.seats is not None
    assert figures.seats == blue.seats.seats and sum(figures.seats.values()) == 98
    assert figures.votes["contest-party-list"]["gp-CEC"] == dict(blue.tree.totals.votes)
    assert [c["@id"] for c in report["Election"][0]["Contest"]] == ["contest-party-list"]
    assert report["IsTest"] is True


def test_a_consumer_rebuilds_every_figure_from_the_report(demo_url: str) -> None:
    engine = open_engine(demo_url)
    report = export_cdf(engine)
    assert report["IsTest"] is True and report["TestType"] == "demo"  # the demo says so
    figures = read(report)
    units = figures.units
    precincts = {k for k, u in units.items() if u["Type"] == "precinct"}
    assert len(precincts) == 10_223  # every precinct, the 77 abroad included
    assert leaves(units, "gp-CEC") == precincts
    assert len(units["gp-ASTANA-ABROAD"]["ComposingGpUnitIds"]) == 77
    assert {u["Type"] for u in units.values()} == {
        "country",
        "state",
        "other",
        "congressional",
        "precinct",
    }

    blue = compute_results(engine)
    party_list = figures.votes["contest-party-list"]
    for node in (blue.tree, *blue.tree.children):
        unit = f"gp-{node.code}"
        assert party_list[unit] == {**node.totals.votes, "against all": node.totals.against_all}
        assert figures.invalid[(unit, "party-list")] == node.totals.fields["invalid"]
        assert figures.cast[(unit, "party-list")] == node.totals.fields["ballots_in_boxes"]
        assert figures.registered[unit] == node.totals.fields["voters_on_list"]
    assert blue.seats is not None and figures.seats == blue.seats.seats
    # Precinct figures add up to the nation's.
    assert sum(party_list[p]["AMANAT"] for p in precincts) == blue.tree.totals.votes["AMANAT"]

    green = compute_results(engine, None, BallotKind.CONSTITUENCY)
    dec_totals = {n.code: n.totals for n in green.tree.children}
    assert len(green.districts) == 29
    for district in green.districts:
        contest = figures.votes[f"contest-district-{district.number}"]
        unit = f"gp-DEC-{district.number:02d}"
        rebuilt = dict(contest[unit])
        assert rebuilt.pop("against all") == district.against_all
        assert rebuilt == {c.candidate_id: c.votes for c in district.ranking}
        totals = dec_totals[f"DEC-{district.number:02d}"]
        assert figures.invalid[(unit, "constituency")] == totals.fields["invalid"]
        assert figures.cast[(unit, "constituency")] == totals.fields["ballots_in_boxes"]
        winner = district.winner
        assert figures.winners.get(f"contest-district-{district.number}") == (
            winner.candidate_id if winner else None
        )
        # Every precinct of the district carries its candidates' votes.
        assert leaves(units, unit) == {
            f"gp-PEC-{n}"
            for n in precincts_under(engine, f"DEC-{district.number:02d}", BallotKind.CONSTITUENCY)
        }
    engine.dispose()


def test_the_commission_asked_for_is_the_report(demo_url: str) -> None:
    engine = open_engine(demo_url)
    report = export_cdf(engine, "ABAI")
    figures = read(report)
    precincts = {k for k, u in figures.units.items() if u["Type"] == "precinct"}
    assert precincts == {
        f"gp-PEC-{n}" for n in precincts_under(engine, "ABAI", BallotKind.PARTY_LIST)
    }
    region = compute_results(engine, "ABAI")
    assert figures.votes["contest-party-list"]["gp-ABAI"] == {
        **region.tree.totals.votes,
        "against all": region.tree.totals.against_all,
    }
    assert "gp-CEC" not in figures.votes["contest-party-list"]  # no national sum of one region
    assert figures.seats == {}  # seats are the nation's, not a region's
    # ABAI is district No. 8 whole: its contest, winner and all.
    assert [c["@id"] for c in report["Election"][0]["Contest"]] == [
        "contest-party-list",
        "contest-district-8",
    ]
    assert "contest-district-8" in figures.winners
    engine.dispose()
