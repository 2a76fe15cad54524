"""The election's setup is held to what the CEC signed and the workstations recorded: plain
SQL on the definition, the candidates, the rosters, the PIN hashes or the election's chain
is reported by `tallyapp audit`, part by part."""

from __future__ import annotations

import pytest

from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tests.services.test_trust_seals import audit_json
from tests.sessions import member_of
from tests.storage.test_tamper import _sql, _without_triggers

SWAP_CANDIDATES = (
    "UPDATE candidate SET name = CASE code WHEN 'D01-1' THEN (SELECT name FROM candidate "
    "WHERE code = 'D01-2') ELSE (SELECT name FROM candidate WHERE code = 'D01-1') END, "
    "nomination = CASE code WHEN 'D01-1' THEN (SELECT nomination FROM candidate WHERE code = "
    "'D01-2') ELSE (SELECT nomination FROM candidate WHERE code = 'D01-1') END "
    "WHERE code IN ('D01-1', 'D01-2')"
)


@pytest.fixture
def set_up(initialised_url: str) -> str:
    """A practice database, set up and signed by its CEC key, one PIN set since."""
    engine = open_engine(initialised_url)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", chair.iin, "4821")
    engine.dispose()
    return initialised_url


def test_the_setup_as_signed_and_recorded_is_intact(
    set_up: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = audit_json(set_up, capsys)
    assert code == 0, report["broken"]


@pytest.mark.parametrize(
    ("edit", "part"),
    [
        (
            "UPDATE election SET definition = "
            "replace(definition, '\"percent\": 5,', '\"percent\": 9,')",
            "definition",
        ),
        (SWAP_CANDIDATES, "candidates"),
        (
            "UPDATE roster_member SET role = 'chair' WHERE commission = 'PEC-102' "
            "AND role = 'secretary'",
            "rosters",
        ),
        ("UPDATE roster_member SET pin_hash = NULL WHERE pin_hash IS NOT NULL", "rosters"),
        ("UPDATE precinct SET registered_voters = 99999 WHERE number = '101'", "register"),
    ],
    ids=["threshold 5 to 9", "two candidates swapped", "a roster role", "a PIN cleared", "voters"],
)
def test_a_setup_edited_by_plain_sql_is_reported(
    set_up: str, capsys: pytest.CaptureFixture[str], edit: str, part: str
) -> None:
    _sql(set_up, edit)
    code, report = audit_json(set_up, capsys)
    assert code == 1
    assert [(b["code"], b["params"]["part"]) for b in report["broken"]] == [
        ("audit.setup-altered", part)
    ]
    assert "changed outside the app" in report["broken"][0]["message"]


def test_the_newest_election_entry_deleted_is_reported(
    set_up: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_triggers(
        set_up,
        "audit_log",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log "
        "WHERE protocol_id IS NULL)",
    )
    code, report = audit_json(set_up, capsys)
    assert code == 1
    codes = {b["code"] for b in report["broken"]}
    assert "audit.sealed-entries-missing" in codes
