"""`tallyapp init` and `tallyapp demo` on both backends: idempotent, refusing to overwrite."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say
from tallyapp.services.definitions import load_election
from tallyapp.services.demo import build_demo
from tallyapp.services.results import compute_results, results_to_json
from tallyapp.services.setup import SetupError
from tallyapp.services.structure import plan_structure
from tallyapp.services.transaction import use_case
from tallyapp.storage.database import make_engine
from tallyapp.storage.protocols import Actor, change_state, save_version
from tallyapp.storage.tables import CommissionRow, PrecinctRow
from tests.conftest import blue_protocol


def test_init_creates_the_tree_once(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--db", db_url]) == 0
    assert "253 commissions, 10223 precincts" in capsys.readouterr().out
    assert main(["init", "--db", db_url]) == 0
    assert "nothing changed" in capsys.readouterr().out
    with Session(make_engine(db_url)) as s:
        levels = dict(
            s.execute(select(CommissionRow.level, func.count()).group_by(CommissionRow.level)).all()
        )
        assert levels == {"cec": 1, "region": 20, "dec": 29, "tec": 203}
        abroad = s.scalar(select(func.count()).where(PrecinctRow.abroad))
        assert abroad == 77
        assert (
            s.scalar(
                select(func.count()).where(
                    PrecinctRow.abroad, PrecinctRow.district_number.is_not(None)
                )
            )
            == 0
        )


def test_init_2021(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--db", db_url, "--election", "kz-majilis-2021"]) == 0
    assert "Created election kz-majilis-2021" in capsys.readouterr().out
    assert main(["results", "--db", db_url, "--ballot", "constituency"]) == 2
    assert "has no green ballot (single-member district)" in capsys.readouterr().err


def test_demo_refuses_a_database_with_protocols(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with use_case(engine) as s:
        save_version(s, blue_protocol(), Actor("secretary", "pc"), None)
    with pytest.raises(SetupError) as refused:
        build_demo(initialised_url)
    assert refused.value.code == "demo.not-fresh"
    assert "already holds 1 protocols" in say(refused.value)


@pytest.mark.slow  # generates every protocol of the national demo three times
def test_the_same_seed_gives_the_same_data() -> None:
    from tallyapp.services.demo_figures import generate
    from tallyapp.services.structure import official_figures

    election = load_election()
    official = official_figures(election.id)
    assert official is not None
    structure = plan_structure(election)
    assert structure == plan_structure(election)
    first = generate(election, structure, official, seed=7)
    assert first == generate(election, structure, official, seed=7)
    assert first != generate(election, structure, official, seed=8)


def test_completeness_counts_only_accepted(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    actor = Actor("secretary", "pc")
    with use_case(engine) as s:
        stored = save_version(s, blue_protocol(), actor, None)  # precinct 101: draft
        import dataclasses

        other = save_version(s, dataclasses.replace(blue_protocol(), precinct="102"), actor, None)
        lock = other.lock_version
        for state in (State.CHECKED, State.FINALISED, State.ACCEPTED):
            lock = change_state(
                s, "kz-majilis-2023", "102", BallotKind.PARTY_LIST, state, actor, lock
            ).lock_version
    data = results_to_json(compute_results(engine))
    assert data["precincts"]["expected"] == 10_223
    assert data["precincts"]["received"] == 1 and data["precincts"]["accepted"] == 1
    assert data["votes"]["AMANAT"] == 500  # only the accepted protocol counts
    assert "101" in data["missing_precincts"] and "102" not in data["missing_precincts"]
    assert stored.state is State.DRAFT
