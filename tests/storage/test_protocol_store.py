"""Protocol versions on both backends: append-only, optimistic locking, lifecycle, audit."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lifecycle import TransitionError
from tallyapp.domain.protocol import Protocol, fingerprint
from tallyapp.messages import say
from tallyapp.storage.database import make_engine
from tallyapp.storage.protocols import (
    Actor,
    ConflictError,
    change_state,
    history,
    load_current,
    save_version,
)
from tallyapp.storage.tables import AuditRow, ProtocolLineRow, ProtocolVersionRow
from tests.conftest import blue_protocol

SECRETARY = Actor("Aigül Seitova (secretary)", "PEC-1-laptop")
OTHER = Actor("Erlan Omarov (member)", "PEC-1-second-laptop")


def _protocol(**changes: int) -> Protocol:
    return dataclasses.replace(blue_protocol(**changes), precinct="1")


def test_first_save_then_new_versions(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with Session(engine) as session:
        first = save_version(session, _protocol(), SECRETARY, expected_lock=None)
        assert (first.version_number, first.state, first.lock_version) == (1, State.DRAFT, 2)
        assert first.fingerprint == fingerprint(_protocol(), 1, "original")
        assert first.protocol == _protocol()
        second = save_version(
            session,
            _protocol(invalid=11, votes_AMANAT=499),
            SECRETARY,
            expected_lock=first.lock_version,
        )
        assert second.version_number == 2
        assert [
            v.version_number
            for v in history(session, "kz-majilis-2023", "1", BallotKind.PARTY_LIST)
        ] == [1, 2]
        # The first version is still there, unchanged.
        assert history(session, "kz-majilis-2023", "1", BallotKind.PARTY_LIST)[0].protocol == (
            _protocol()
        )


def test_two_workstations_saving_the_same_protocol_conflict(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with Session(engine) as a, Session(engine) as b:
        base = save_version(a, _protocol(), SECRETARY, expected_lock=None)
        a.commit()
        # Both opened version 1 (lock 2); the first save wins.
        save_version(a, _protocol(invalid=12, votes_AMANAT=498), SECRETARY, base.lock_version)
        a.commit()
        with pytest.raises(ConflictError) as conflict:
            save_version(b, _protocol(invalid=13, votes_AMANAT=497), OTHER, base.lock_version)
        assert conflict.value.code == "protocol.conflict"
        assert "changed by another workstation" in say(conflict.value)
        b.rollback()
        current = load_current(b, "kz-majilis-2023", "1", BallotKind.PARTY_LIST)
        assert current is not None and current.protocol.fields["invalid"] == 12
        assert current.saved_by == SECRETARY.who
        assert len(history(b, "kz-majilis-2023", "1", BallotKind.PARTY_LIST)) == 2


def test_a_conflict_names_the_version_the_history_shows(initialised_url: str) -> None:
    """The conflict says which version the protocol is at now, the number the window and the
    History show, never the internal counter that also moves with every change of state."""
    engine = make_engine(initialised_url)
    with Session(engine) as a, Session(engine) as b:
        base = save_version(a, _protocol(), SECRETARY, expected_lock=None)
        a.commit()
        second = save_version(a, _protocol(invalid=12), SECRETARY, base.lock_version)
        a.commit()
        change_state(
            a,
            "kz-majilis-2023",
            "1",
            BallotKind.PARTY_LIST,
            State.CHECKED,
            SECRETARY,
            second.lock_version,
        )
        a.commit()
        with pytest.raises(ConflictError) as conflict:
            save_version(b, _protocol(invalid=13), OTHER, base.lock_version)
        b.rollback()
        assert conflict.value.params["version"] == 2
        assert "it is now version 2, checked;" in say(conflict.value)
        assert "теперь это версия 2, «проверен»" in say(conflict.value, "ru")
        assert "қазір ол 2-нұсқа, «тексерілген»" in say(conflict.value, "kk")
        # The same from a change of state asked with the old counter.
        with pytest.raises(ConflictError) as moved:
            change_state(
                b,
                "kz-majilis-2023",
                "1",
                BallotKind.PARTY_LIST,
                State.DRAFT,
                OTHER,
                second.lock_version,
            )
        assert "it is now version 2, checked;" in say(moved.value)


def test_creating_the_same_protocol_twice_is_a_conflict(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with Session(engine) as a, Session(engine) as b:
        save_version(a, _protocol(), SECRETARY, expected_lock=None)
        a.commit()
        with pytest.raises(ConflictError) as conflict:
            save_version(b, _protocol(invalid=9, votes_AMANAT=501), OTHER, expected_lock=None)
        assert "already has a protocol" in say(conflict.value)


def test_lifecycle_and_repeated_protocol(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    eid, ballot = "kz-majilis-2023", BallotKind.PARTY_LIST
    with Session(engine) as s:
        v1 = save_version(s, _protocol(), SECRETARY, None)
        checked = change_state(s, eid, "1", ballot, State.CHECKED, SECRETARY, v1.lock_version)
        with pytest.raises(TransitionError) as refused:
            change_state(s, eid, "1", ballot, State.ACCEPTED, SECRETARY, checked.lock_version)
        assert "a checked protocol cannot become accepted" in say(refused.value)
        final = change_state(s, eid, "1", ballot, State.FINALISED, SECRETARY, checked.lock_version)
        assert final.state is State.FINALISED
        with pytest.raises(TransitionError) as refused:
            save_version(s, _protocol(invalid=11, votes_AMANAT=499), SECRETARY, final.lock_version)
        assert "must be a repeated protocol" in say(refused.value)
        with pytest.raises(TransitionError) as refused:
            save_version(
                s,
                _protocol(invalid=11, votes_AMANAT=499),
                SECRETARY,
                final.lock_version,
                kind="repeated",
                reason="  ",
            )
        assert refused.value.code == "lifecycle.repeated-needs-reason"
        repeated = save_version(
            s,
            _protocol(invalid=11, votes_AMANAT=499),
            SECRETARY,
            final.lock_version,
            kind="repeated",
            reason="recount: one ballot for Amanat was invalid",
        )
        assert (repeated.version_number, repeated.version_kind, repeated.state) == (
            2,
            "repeated",
            State.DRAFT,
        )
        assert repeated.reason == "recount: one ballot for Amanat was invalid"
        actions = [
            (a.action, a.who, a.workstation)
            for a in s.scalars(
                select(AuditRow)
                .where(AuditRow.protocol_id == repeated.protocol_id)
                .order_by(AuditRow.id)
            )
        ]
        assert [a[0] for a in actions] == [
            "save-version",
            "change-state",
            "change-state",
            "save-version",
        ]
        assert all(who == SECRETARY.who and ws == SECRETARY.workstation for _, who, ws in actions)


def test_versions_and_lines_cannot_be_changed_or_deleted(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with Session(engine) as s:
        stored = save_version(s, _protocol(), SECRETARY, None)
        s.commit()
    for statement in (
        "UPDATE protocol_line SET value = 1",
        "DELETE FROM protocol_line",
        "UPDATE protocol_version SET reason = 'rewritten'",
        "DELETE FROM audit_log",
    ):
        with engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
    with Session(engine) as s:
        assert s.scalar(select(ProtocolVersionRow.reason)) == ""
        assert s.get(ProtocolLineRow, (1, "invalid")) is not None
        assert load_current(s, "kz-majilis-2023", "1", BallotKind.PARTY_LIST) == stored


def test_schema_refuses_negative_figures(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    with Session(engine) as s:
        stored = save_version(s, _protocol(), SECRETARY, None)
        s.commit()
    with (
        engine.connect() as conn,
        pytest.raises(IntegrityError, match="protocol_line_non_negative"),
    ):
        conn.execute(
            text(
                "INSERT INTO protocol_version (protocol_id, number, kind, reason, "
                "fingerprint, created_at, created_by, workstation) VALUES "
                f"({stored.protocol_id}, 9, 'original', '', 'x', CURRENT_TIMESTAMP, "
                "'', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO protocol_line (version_id, key, value) VALUES (1, 'ballots_lost', -1)"
            )
        )
