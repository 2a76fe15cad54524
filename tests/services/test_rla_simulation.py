"""Simulated audits on the national demo's figures (read once from the demo database): a
correct outcome is confirmed within the planned draws, a wrong one is rarely confirmed, and a
missing bag sends its contest to a full count."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from sqlalchemy.orm import Session

from tallyapp.domain.rla.assertions import PARTY_LIST
from tallyapp.domain.rla.evaluation import contest_risk
from tallyapp.domain.rla.manifest import Manifest, build_manifest
from tallyapp.domain.rla.risk import Recount, Status, decide, first_round_draws
from tallyapp.domain.rla.sampler import draw_range
from tallyapp.domain.rla.simulation import simulate
from tallyapp.services.rla.figures import AuditFigures, read_figures
from tallyapp.services.setup import election_of, open_engine

ALPHA = Fraction(5, 100)
# The figures are read once; one backend is enough (the demo is not built on PostgreSQL here).
pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="module")
def demo_audit(demo_url: str) -> tuple[AuditFigures, Manifest]:
    engine = open_engine(demo_url)
    with Session(engine) as session:
        figures = read_figures(session, election_of(session))
    engine.dispose()
    return figures, build_manifest(figures.precincts, figures.plans)


def test_plan_on_the_demo_finds_the_2023_binding_assertions(
    demo_audit: tuple[AuditFigures, Manifest],
) -> None:
    figures, _ = demo_audit
    pl = next(p for p in figures.plans if p.contest == PARTY_LIST)
    binding = pl.binding
    assert binding is not None and binding.assertion.id == "PL:HAMILTON_PAIR:AMANAT:RESPUBLICA"
    assert abs(binding.flips - 14_158) <= 1  # type: ignore[operator]
    jsdp = next(f for f in pl.assertions if f.assertion.id == "PL:THRESHOLD_PASS:JSDP")
    assert jsdp.flips == 12_736
    seventh = next(p for p in figures.plans if p.contest == "SMD-07").binding
    assert seventh is not None and seventh.margin_votes == 19_851 - 17_319


def test_recounts_equal_to_the_protocols_confirm_every_contest_in_the_first_round(
    demo_audit: tuple[AuditFigures, Manifest],
) -> None:
    figures, manifest = demo_audit
    planned = first_round_draws(manifest.error_bound, ALPHA)
    drawn = [
        manifest.entries[d.index].precinct.code
        for d in draw_range("08772473296991897540/ALL", manifest.weights(), 1, planned)
    ]
    recounts = {
        code: {
            c: Recount(b.counts, b.ballots)
            for c, b in manifest.entry(code).precinct.batches.items()
        }
        for code in set(drawn)
    }
    for plan in figures.plans:
        risk = contest_risk(manifest, plan, drawn, recounts)
        assert risk.draws_used == planned and risk.complete
        members = sum(1 for e in manifest.entries if plan.contest in e.precinct.batches)
        decision = decide(
            plan.contest,
            {a.assertion: a.log_p for a in risk.assertions},
            ALPHA,
            manifest.error_bound,
            1,
            True,
            members,
            risk.distinct,
        )
        assert decision.status is Status.CONFIRMED, (plan.contest, decision)


def test_moving_15000_ballots_to_respublica_is_rarely_confirmed(
    demo_audit: tuple[AuditFigures, Manifest],
) -> None:
    figures, manifest = demo_audit
    pl = next(p for p in figures.plans if p.contest == PARTY_LIST)
    rng = random.Random(2023)
    able = [
        e.precinct for e in manifest.entries if e.precinct.batches[PARTY_LIST].counts["AMANAT"] >= 5
    ]
    truth: dict[str, Recount] = {}
    for p in rng.sample(able, 3_000):  # 5 ballots in each of 3,000 precincts
        b = p.batches[PARTY_LIST]
        counts = dict(b.counts)
        counts["AMANAT"] -= 5
        counts["RESPUBLICA"] += 5
        truth[p.code] = Recount(counts, b.ballots)
    assert sum(b.batches[PARTY_LIST].counts["AMANAT"] for b in able) > 15_000
    audits = simulate(manifest, pl, truth, (f"{i:020d}/ALL" for i in range(200)), ALPHA)
    confirmed = sum(a.status is Status.CONFIRMED for a in audits)
    print(
        f"\n15,000 ballots moved: confirmed in {confirmed} of {len(audits)} audits "
        f"({confirmed / len(audits):.1%}); full count in the rest"
    )
    assert len(audits) == 200
    assert confirmed / len(audits) <= 0.05


def test_a_missing_bag_sends_its_contest_to_a_full_count(
    demo_audit: tuple[AuditFigures, Manifest],
) -> None:
    figures, manifest = demo_audit
    stream = "08772473296991897540/ALL"
    planned = first_round_draws(manifest.error_bound, ALPHA)
    drawn = [
        manifest.entries[d.index].precinct.code
        for d in draw_range(stream, manifest.weights(), 1, planned)
    ]
    recounts = {
        code: {
            c: Recount(b.counts, b.ballots)
            for c, b in manifest.entry(code).precinct.batches.items()
        }
        for code in set(drawn)
    }
    lost = next(c for c in drawn if manifest.entry(c).precinct.district is not None)
    district = f"SMD-{manifest.entry(lost).precinct.district:02d}"
    recounts[lost] = dict(recounts[lost]) | {district: Recount({}, 0, missing=True)}
    outcomes = {}
    for plan in figures.plans:
        risk = contest_risk(manifest, plan, drawn, recounts)
        members = sum(1 for e in manifest.entries if plan.contest in e.precinct.batches)
        outcomes[plan.contest] = decide(
            plan.contest,
            {a.assertion: a.log_p for a in risk.assertions},
            ALPHA,
            manifest.error_bound,
            1,
            True,
            members,
            risk.distinct,
        )
    assert outcomes[district].status is Status.FULL_COUNT
    assert outcomes[district].reason.startswith("infinite:")
    assert outcomes[PARTY_LIST].status is Status.CONFIRMED
    assert sum(o.status is Status.FULL_COUNT for o in outcomes.values()) == 1
