"""The entry service: sheets in paper order, autosave, finalising, correcting, history."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say, say_all
from tallyapp.services.entry import (
    EntryError,
    EntryService,
    Member,
    Signing,
    double_entry_mismatches,
)
from tallyapp.services.pdf_export import export_protocol
from tallyapp.storage.database import make_engine
from tallyapp.storage.tables import CandidateRow
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.reports.test_protocol_pdf import page_texts
from tests.sessions import member_of

SECRETARY = Actor("Aigül Seitova", "PEC-101")
MEMBERS = [
    Member("Nurlan Omarov", "chair"),
    Member("Aigül Seitova", "secretary"),
    Member("Dana Bekova", "member"),
    Member("Marat Esenov", "member", present=False),
]
SIGNING = Signing(MEMBERS, chair="Nurlan Omarov", secretary="Aigül Seitova")


def _good_values() -> dict[str, int | None]:
    values: dict[str, int | None] = dict(GOOD_FIELDS)
    values.update({f"vote:{k}": v for k, v in GOOD_VOTES.items()})
    values["against_all"] = 20
    return values


@pytest.fixture
def service(initialised_url: str) -> EntryService:
    engine = make_engine(initialised_url)
    return EntryService(engine, member_of(engine, "PEC-1"))


def test_blank_sheet_in_paper_order(service: EntryService) -> None:
    sheet = service.open("1", BallotKind.PARTY_LIST)
    assert [line.key for line in sheet.lines][:7] == [
        "voters_on_list",
        "ballots_received",
        "ballots_issued",
        "issued_outside",
        "ballots_cancelled",
        "ballots_in_boxes",
        "invalid",
    ]
    assert [line.key for line in sheet.lines][7:] == [
        "vote:AMANAT",
        "vote:AUYL",
        "vote:RESPUBLICA",
        "vote:QHP",
        "vote:BAYTAQ",
        "vote:AQJOL",
        "vote:JSDP",
        "against_all",
    ]
    assert [line.number for line in sheet.lines] == list(range(1, 16))
    assert set(sheet.values.values()) == {None} and sheet.stored is None
    green = service.open("1", BallotKind.CONSTITUENCY)  # precinct 1 is in district 8 (Abai)
    names = [line.names.en for line in green.lines if line.kind == "choice"]
    # The green ballot lists candidates in the positions the register gives them (the
    # commission's alphabetical order), never in the database's sorting of names.
    with Session(service.engine) as s:
        ballot = list(
            s.scalars(
                select(CandidateRow.code)
                .where(CandidateRow.district_number == 8)
                .order_by(CandidateRow.ballot_position)
            )
        )
    assert [line.key for line in green.lines if line.kind == "choice"] == [
        f"vote:{c}" for c in ballot
    ]
    assert {"Ashat Januzaqov (independent)", "Nurtai Sabilianov (Amanat)"} <= set(names)
    # Who nominated a candidate is said in the reader's language, never as a code.
    kazakh = {line.names.kk for line in green.lines if line.kind == "choice"}
    assert {"Ashat Januzaqov (өзін-өзі ұсынған)", "Nurtai Sabilianov («AMANAT» партиясы)"} <= kazakh
    assert len(names) >= 5


def test_abroad_has_no_green_ballot(service: EntryService) -> None:
    assert service.ballots_of(service.precinct("A001")) == [BallotKind.PARTY_LIST]
    with pytest.raises(EntryError) as refused:
        service.open("A001", BallotKind.CONSTITUENCY)
    assert say(refused.value) == (
        "precinct A001 has no green ballot (single-member district) (a station abroad)"
    )
    assert "жасыл бюллетень" in say(refused.value, "kk")


def test_autosave_restores_the_figures_being_typed(service: EntryService) -> None:
    sheet = service.open("1", BallotKind.PARTY_LIST)
    values = dict(sheet.values)
    values["voters_on_list"] = 1500
    service.autosave(sheet, values)
    reopened = service.open("1", BallotKind.PARTY_LIST)
    assert reopened.values["voters_on_list"] == 1500
    assert reopened.restored_at is not None


def test_finalise_requires_checks_explanations_and_signers(service: EntryService) -> None:
    sheet = service.open("1", BallotKind.PARTY_LIST)
    values = _good_values()
    values["ballots_received"] = 1510
    values["voters_on_list"] = 940  # turnout 95.7%: a warning
    with pytest.raises(EntryError) as info:
        service.finalise(sheet, values, Signing(MEMBERS, chair="", secretary="Aigül Seitova"))
    problems = say_all(info.value)
    assert any(p.startswith("C2 fails: [FAIL] C2") and "differs by 10" in p for p in problems)
    assert "P1 needs a written explanation: Turnout not above 95%" in problems
    assert (
        "nobody may sign: mark the chair present, or in the chair's absence the deputy chair "
        "or the secretary"
    ) in problems
    assert [p.code for p in info.value.problems][-2:] == [
        "check.needs-explanation",
        "signing.no-chair",
    ]
    values["ballots_received"] = 1500
    explained = Signing(
        MEMBERS,
        "Nurlan Omarov",
        "Aigül Seitova",
        explanations={"P1": "a military unit votes here; the list was checked"},
    )
    final = service.finalise(sheet, values, explained).sheet
    assert final.state is State.FINALISED and final.stored is not None
    assert final.stored.version_number == 1
    signing = service.history(final)[0].signing
    assert signing is not None
    assert signing["explanations"] == {"P1": "a military unit votes here; the list was checked"}
    # The printed form names the check in its own words, in each language, not by its id.
    for lang, words in (("ru", "Явка"), ("en", "Turnout not above 95%"), ("kk", "95%")):
        pdf = export_protocol(service.engine, "1", BallotKind.PARTY_LIST, lang).data
        text = " ".join(" ".join(page_texts(pdf)).split())
        said = text[text.index("a military unit") - 80 : text.index("a military unit")]
        assert words in said and "P1" not in said, (lang, said)
    assert [m["name"] for m in signing["members"] if m["present"]] == [
        "Nurlan Omarov",
        "Aigül Seitova",
        "Dana Bekova",
    ]


def test_correction_is_a_repeated_protocol_and_history_shows_differences(
    service: EntryService,
) -> None:
    sheet = service.finalise(
        service.open("1", BallotKind.PARTY_LIST), _good_values(), SIGNING
    ).sheet
    values = dict(sheet.values)
    values["invalid"], values["vote:AMANAT"] = 11, 499
    with pytest.raises(EntryError) as refused:
        service.correct(sheet, values, " ")
    assert say(refused.value) == "a repeated protocol must state the reason for the correction"
    corrected = service.correct(sheet, values, "recount of the invalid ballots").sheet
    assert corrected.state is State.DRAFT
    assert corrected.stored is not None and corrected.stored.version_kind == "repeated"
    versions = service.history(corrected)
    assert [(v.number, v.kind) for v in versions] == [(1, "original"), (2, "repeated")]
    assert versions[1].reason == "recount of the invalid ballots"
    assert [(c.key, c.old, c.new) for c in versions[1].changes] == [
        ("invalid", 10, 11),
        ("vote:AMANAT", 500, 499),
    ]
    assert len(versions[0].changes) == 15  # the first version: every line, from nothing


def test_cross_ballot_checks_use_the_other_protocol(service: EntryService) -> None:
    service.save(service.open("1", BallotKind.PARTY_LIST), _good_values())
    green = service.open("1", BallotKind.CONSTITUENCY)
    values = {k: None for k in green.values}
    values.update({"voters_on_list": 1490, "ballots_issued": 800})
    report = service.checks(green, values)
    assert not report.verdict("X1").holds  # 1500 on the blue list, 1490 on the green
    assert not report.verdict("X2").holds  # 100 fewer green ballots than blue


def test_members_roster(service: EntryService) -> None:
    service.set_members("1", MEMBERS)
    assert [m.name for m in service.members("1")] == [m.name for m in MEMBERS]


def test_double_entry_mismatches() -> None:
    first = {"a": 1, "b": 2, "c": None}
    assert double_entry_mismatches(first, {"a": 1, "b": 3, "c": 4}) == ["b", "c"]
    assert double_entry_mismatches(first, dict(first)) == []


def test_a_correction_being_keyed_keeps_the_precinct_received(service: EntryService) -> None:
    """Precinct 1's protocol was finalised (received above); a repeated protocol is being
    keyed: the precinct is still received, and not accepted, until the correction is done."""
    from tallyapp.services.results import compute_results

    sheet = service.finalise(
        service.open("1", BallotKind.PARTY_LIST), _good_values(), SIGNING
    ).sheet

    def completeness() -> tuple[int, int]:
        results = compute_results(service.engine, None, BallotKind.PARTY_LIST)
        return results.tree.completeness.received, results.tree.completeness.accepted

    assert completeness() == (1, 0)
    values = _good_values()
    values["invalid"], values["vote:AMANAT"] = 11, 499
    corrected = service.correct(sheet, values, "recount of the invalid ballots").sheet
    assert corrected.stored is not None and corrected.stored.version_kind == "repeated"
    assert corrected.state is State.DRAFT
    assert completeness() == (1, 0)  # still received while it is corrected


def test_a_precinct_opened_whole_reads_as_each_ballot_opened_alone(service: EntryService) -> None:
    """The main window opens a precinct in one read: the same sheets as `open` gives one
    ballot at a time, with a stored protocol, a working copy and the other ballot's figures."""
    service.save(service.open("1", BallotKind.PARTY_LIST), _good_values())
    green = service.open("1", BallotKind.CONSTITUENCY)
    service.autosave(green, {**green.values, "voters_on_list": 1000})
    info, sheets = service.open_precinct("1")
    assert info == service.precinct("1")
    assert list(sheets) == service.ballots_of(info) == list(BallotKind)
    for ballot, sheet in sheets.items():
        assert sheet == service.open("1", ballot)
    assert sheets[BallotKind.PARTY_LIST].stored is not None
    assert sheets[BallotKind.CONSTITUENCY].values["voters_on_list"] == 1000
    assert sheets[BallotKind.CONSTITUENCY].other == sheets[BallotKind.PARTY_LIST].stored.protocol
