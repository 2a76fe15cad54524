"""Running totals per territorial commission: kept by the write path through every move of a
protocol (saved, finalised, accepted, rejected, corrected, imported), equal to a fresh count
of the protocols at every step, filled in for a database made before they were kept, and a
total changed by hand is found by the audit."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine, text

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.results import compute_results
from tallyapp.services.review import accept, reject
from tallyapp.services.setup import open_engine
from tallyapp.storage.database import make_engine
from tallyapp.storage.tallies import (
    ACCEPTED,
    RECEIVED,
    read_tallies,
    recount,
    totals_of,
    verify_tallies,
)
from tests.services.test_entry import SIGNING, _good_values
from tests.sessions import member_of

BLUE = BallotKind.PARTY_LIST


def _fresh(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        return list(verify_tallies(conn, "kz-majilis-2023"))


def _tec_totals(engine: Engine, tec: str) -> dict[str, Any]:
    node = compute_results(engine, tec, BLUE).tree
    return {
        "ballots_in_boxes": node.totals.fields["ballots_in_boxes"],
        "AMANAT": node.totals.votes["AMANAT"],
        "accepted": node.completeness.accepted,
        "received": node.completeness.received,
        "expected": node.completeness.expected,
        "missing": len(node.completeness.missing),
    }


def _figures(shift: int) -> dict[str, int | None]:
    values = _good_values()
    values["vote:AMANAT"] = 500 + shift  # invalid and the others stay; "valid" follows
    values["ballots_issued"] = 900 + shift
    values["ballots_in_boxes"] = 900 + shift
    values["ballots_cancelled"] = 600 - shift
    return values


def test_running_totals_follow_every_move_of_a_protocol(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    precinct = EntryService(engine, member_of(engine, "PEC-1")).precinct("1")
    tec = precinct.tec_code
    entry = EntryService(engine, member_of(engine, tec))
    territorial = member_of(engine, tec, "deputy")  # four eyes: not the chair who keyed them
    expected = compute_results(engine, tec, BLUE).tree.completeness.expected
    numbers = ["1", "2", "3"]
    assert all(entry.precinct(n).tec_code == tec for n in numbers)

    def step(accepted: int, received: int, boxes: int, amanat: int) -> None:
        assert _fresh(engine) == []  # the running totals equal a fresh count, at every step
        assert _tec_totals(engine, tec) == {
            "ballots_in_boxes": boxes,
            "AMANAT": amanat,
            "accepted": accepted,
            "received": received,
            "expected": expected,
            "missing": expected - received,
        }

    entry.save(entry.open("1", BLUE), _figures(0))  # a draft counts for nothing
    step(0, 0, 0, 0)
    for number, shift in zip(numbers, (0, 10, 20), strict=True):
        entry.finalise(entry.open(number, BLUE), _figures(shift), SIGNING)
    step(0, 3, 0, 0)  # received, none accepted yet
    accept(engine, territorial, "1", BLUE)
    accept(engine, territorial, "2", BLUE)
    step(2, 3, 900 + 910, 500 + 510)
    reject(engine, territorial, "3", BLUE, "the figures do not match the copy")
    step(2, 3, 1810, 1010)  # rejected: held above, not counted
    # A repeated protocol for an accepted one: its figures leave the totals while it is
    # keyed, the precinct stays received; once accepted again its new figures count.
    entry.correct(entry.open("1", BLUE), _figures(40), "recount by the commission")
    step(1, 3, 910, 510)
    entry.finalise(entry.open("1", BLUE), _figures(40), SIGNING)
    accept(engine, territorial, "1", BLUE)
    step(2, 3, 910 + 940, 510 + 540)
    # The rejected one answered with a repeated protocol, accepted.
    entry.correct(entry.open("3", BLUE), _figures(30), "after the rejection")
    entry.finalise(entry.open("3", BLUE), _figures(30), SIGNING)
    accept(engine, territorial, "3", BLUE)
    step(3, 3, 910 + 940 + 930, 510 + 540 + 530)
    # The national figures are the sum of the same totals.
    national = compute_results(engine, None, BLUE).tree
    assert national.totals.fields["ballots_in_boxes"] == 910 + 940 + 930
    assert national.completeness.accepted == 3
    engine.dispose()


def test_the_demo_totals_equal_a_fresh_count(demo_url: str) -> None:
    """The demo writes through the bulk path (as an import does): its totals hold."""
    engine = make_engine(demo_url)
    with engine.connect() as conn:
        assert verify_tallies(conn, "kz-majilis-2023") == []
        direct = conn.execute(
            text(
                "SELECT SUM(l.value) FROM protocol p "
                "JOIN protocol_line l ON l.version_id = p.current_version_id "
                "WHERE p.state = 'accepted' AND p.ballot = 'party-list' "
                "AND l.key = 'vote:AMANAT'"
            )
        ).scalar()
        tallied = read_tallies(conn, "kz-majilis-2023", "party-list")
    national = compute_results(engine, None, BLUE).tree
    assert national.totals.votes["AMANAT"] == direct > 0
    assert national.completeness.accepted == sum(t.get(ACCEPTED, 0) for t in tallied.values())
    assert national.completeness.received == sum(t.get(RECEIVED, 0) for t in tallied.values())
    engine.dispose()


def test_the_totals_of_some_commissions_equal_their_accepted_lines(demo_url: str) -> None:
    """What a received summary is compared with: the totals of the territorial commissions
    asked for, and theirs alone, equal to their accepted lines summed directly."""
    engine = make_engine(demo_url)
    with engine.connect() as conn:
        tecs = [
            str(code)
            for (code,) in conn.execute(
                text("SELECT code FROM commission WHERE level = 'tec' ORDER BY code LIMIT 3")
            )
        ]
        summed = totals_of(conn, "kz-majilis-2023", tecs[:2])
        direct: dict[str, dict[str, int]] = {}
        for ballot, key, value in conn.execute(
            text(
                "SELECT p.ballot, l.key, SUM(l.value) FROM protocol p "
                "JOIN protocol_line l ON l.version_id = p.current_version_id "
                "JOIN precinct s ON s.id = p.precinct_id "
                "JOIN commission c ON c.id = s.tec_id "
                f"WHERE p.state = 'accepted' AND c.code IN ('{tecs[0]}', '{tecs[1]}') "
                "GROUP BY p.ballot, l.key"
            )
        ):
            direct.setdefault(ballot, {})[key] = int(value)
        third = totals_of(conn, "kz-majilis-2023", tecs[2:])
    assert summed == direct
    assert set(summed) == {"party-list", "constituency"}
    assert not any(key.startswith("#") for lines in summed.values() for key in lines)
    assert third["party-list"] != summed["party-list"]  # another commission, other totals
    engine.dispose()


def _audit(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["audit", "--db", url, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "attack",
    [
        "UPDATE tally SET value = value + 1000 WHERE key = 'vote:AMANAT'",
        "DELETE FROM tally WHERE key = '#accepted'",
        "INSERT INTO tally (election_id, tec_id, ballot, key, value) "
        "SELECT election_id, tec_id, 'constituency', 'invalid', 5000 FROM tally "
        "WHERE key = '#accepted'",
    ],
    ids=["inflated", "deleted", "invented"],
)
def test_a_running_total_changed_by_hand_is_found(
    initialised_url: str, attack: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(initialised_url)
    tec = EntryService(engine, member_of(engine, "PEC-1")).precinct("1").tec_code
    entry = EntryService(engine, member_of(engine, tec))
    for number in ("1", "2"):
        entry.finalise(entry.open(number, BLUE), _good_values(), SIGNING)
        accept(engine, member_of(engine, tec, "deputy"), number, BLUE)
    before = compute_results(engine, None, BLUE).tree.totals
    with engine.begin() as conn:
        conn.execute(text(attack))
    engine.dispose()
    code, report = _audit(initialised_url, capsys)
    assert code == 1 and not report["intact"]
    found = [b for b in report["broken"] if b["code"] == "audit.tally-differs"]
    assert found and all(b["params"]["commission"] == tec for b in found)
    assert "changed outside the app" in found[0]["message"]
    # The results would have shown the change: that is why the audit recounts them.
    engine = make_engine(initialised_url)
    after = [compute_results(engine, None, b).tree.totals for b in BallotKind]
    assert after[0] != before or after[1].fields["invalid"] == 5000
    engine.dispose()


def test_a_database_made_before_running_totals_gets_them(initialised_url: str) -> None:
    """Opening a database of the previous schema (no totals table) fills the totals from the
    protocols it holds: migration 0007."""
    engine = make_engine(initialised_url)
    tec = EntryService(engine, member_of(engine, "PEC-1")).precinct("1").tec_code
    entry = EntryService(engine, member_of(engine, tec))
    for number in ("1", "2", "3"):
        entry.finalise(entry.open(number, BLUE), _figures(int(number)), SIGNING)
    for number in ("1", "2"):
        accept(engine, member_of(engine, tec, "deputy"), number, BLUE)
    entry.correct(entry.open("2", BLUE), _figures(7), "recount")
    with engine.connect() as conn:
        kept = recount(conn, "kz-majilis-2023")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE tally"))
        # the tables of later migrations go too, as in a database of 0006
        conn.execute(text("DROP TABLE IF EXISTS rla_record"))
        if conn.dialect.name == "postgresql":
            conn.execute(text("DROP FUNCTION IF EXISTS rla_record_append_only()"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    engine.dispose()
    engine = open_engine(initialised_url)  # upgrades to the newest schema
    with engine.connect() as conn:
        assert verify_tallies(conn, "kz-majilis-2023") == []
        assert recount(conn, "kz-majilis-2023") == kept
    assert _tec_totals(engine, tec)["accepted"] == 1  # "2" is being corrected
    assert _tec_totals(engine, tec)["received"] == 3
    engine.dispose()
