"""The audit's record on both backends: appended in order, read back whole, never changed."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tallyapp.domain.actor import Actor
from tallyapp.services.rla.workflow import RlaError, freeze_manifest
from tallyapp.services.setup import open_engine
from tallyapp.services.transaction import use_case
from tallyapp.storage.rla_records import append_record, canonical, read_records


def test_records_are_appended_and_never_changed(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    with use_case(engine) as session:
        first = append_record(session, "kz-majilis-2023", "seed", "cec", {"seed": "0" * 20})
        append_record(
            session, "kz-majilis-2023", "draw", "cec", {"round": 1, "draws": [[1, "ab", 7, 0]]}
        )
    with use_case(engine) as session:
        found = read_records(session, "kz-majilis-2023")
    assert [r.step for r in found] == ["seed", "draw"]
    assert found[1].content == {"round": 1, "draws": [[1, "ab", 7, 0]]}
    assert found[0].sha256 == first.sha256
    assert first.sha256 == hashlib.sha256(canonical({"seed": "0" * 20}).encode()).hexdigest()
    for statement in ("UPDATE rla_record SET who = 'x'", "DELETE FROM rla_record"):
        with pytest.raises(DatabaseError), engine.begin() as conn:
            conn.execute(text(statement))
    engine.dispose()


def test_freeze_is_refused_when_no_protocol_is_accepted(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    with pytest.raises(RlaError) as refused:
        freeze_manifest(engine, Actor("cec-audit", "test"))
    assert refused.value.code == "rla.not-accepted"
    with use_case(engine) as session:
        assert read_records(session, "kz-majilis-2023") == []
    engine.dispose()
