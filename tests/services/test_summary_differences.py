"""A territorial commission's summary protocol checked against the protocols it sums: its
differing lines were listed in the alphabetical order of their keys ("against_all",
"ballots_cancelled", …, "vote:AMANAT", "voters_on_list"), the last line of the paper form first
and its first line last. Now in the paper form's order, each with its number on the form and
its name in Kazakh, Russian and English."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import col

from tallyapp.domain.election import BallotKind
from tallyapp.services.exchange.reconcile import summary_differences
from tallyapp.services.exchange.register import Register
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow
from tests.conftest import GOOD_FIELDS, GOOD_VOTES


def test_the_differences_of_a_blue_summary_follow_the_paper_form(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    with engine.connect() as conn:
        register = Register.load(conn)
    # Nothing accepted here yet: every line of the summary received differs from the sum.
    summary = {
        "commission": "ABAI-03",
        "ballot": "party-list",
        "fields": dict(GOOD_FIELDS),
        "votes": dict(GOOD_VOTES),
        "against_all": 20,
    }
    found = summary_differences(engine, register, [summary])
    assert [d.line for d in found] == [
        *GOOD_FIELDS,  # lines 1–7, as the form numbers them
        *(f"vote:{party}" for party in GOOD_VOTES),  # the parties in ballot order
        "against_all",
    ]
    assert [d.number for d in found] == list(range(1, 16))  # all of them
    assert [(d.received, d.recomputed) for d in found][:2] == [(1500, 0), (1500, 0)]
    first, party, last = found[0], found[7], found[-1]
    assert first.names is not None and party.names is not None and last.names is not None
    assert first.names.ru.startswith("Число избирателей, включённых в список")
    assert first.names.kk.startswith("Дауыс беру аяқталған сәтте тізімге енгізілген")
    assert first.names.en == "Voters on the list at the close of voting"
    assert "AMANAT" in party.names.ru and "AMANAT" in party.names.kk
    assert (last.names.ru, last.names.kk) == ("Против всех", "Барлығына қарсы")
    engine.dispose()


def test_a_green_summary_numbers_its_own_districts_candidates(initialised_url: str) -> None:
    """A green summary lists its district's candidates, numbered after the header lines as its
    form prints them, not at their place in the country's list."""
    engine = open_engine(initialised_url)
    with engine.connect() as conn:
        register = Register.load(conn)
        district = conn.scalar(
            select(col(CandidateRow.district_number))
            .where(col(CandidateRow.district_number).is_not(None))
            .order_by(col(CandidateRow.district_number).desc())
        )
        candidates = list(
            conn.scalars(
                select(col(CandidateRow.code))
                .where(col(CandidateRow.district_number) == district)
                .order_by(col(CandidateRow.ballot_position))
            )
        )
    assert len(candidates) >= 2
    fields = [f.key for f in register.election.ballot(BallotKind.CONSTITUENCY).fields]
    summary = {
        "commission": "ABAI-03",
        "ballot": "constituency",
        "fields": {key: 100 for key in fields},
        # Given out of ballot order: the order shown is the form's, not the file's.
        "votes": {code: 10 + i for i, code in enumerate(reversed(candidates))},
        "against_all": 5,
    }
    found = summary_differences(engine, register, [summary])
    assert [d.line for d in found] == [
        *fields,
        *(f"vote:{code}" for code in candidates),
        "against_all",
    ]
    assert [d.number for d in found] == list(range(1, len(fields) + len(candidates) + 2))
    assert all(d.names is not None for d in found)
    engine.dispose()
