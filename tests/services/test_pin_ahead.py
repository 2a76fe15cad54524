"""The PIN checked while it is typed, before Enter (`check_pin_ahead`): the slow hash is done
during the person's typing, and nothing else changes. It writes nothing and tells nothing; a
PIN counts, is logged and locks only when it is entered; a verdict is used once, for the
same PIN against the same stored hash, and never opens a locked member."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tallyapp.domain.authority import RosterMember
from tallyapp.services import sessions
from tallyapp.services.sessions import (
    SessionError,
    check_pin_ahead,
    forget_pin_ahead,
    roster_of,
    set_pin,
    start_session,
)
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow
from tests.services.test_authority_services import all_rows
from tests.sessions import member_of


@pytest.fixture
def member(initialised_url: str) -> tuple[Engine, RosterMember]:
    engine = open_engine(initialised_url)
    secretary = member_of(engine, "PEC-101", "secretary").session
    member = next(m for m in roster_of(engine, "PEC-101").members if m.role.value == "member")
    set_pin(engine, secretary, "PEC-101", member.iin, "2468")
    forget_pin_ahead()
    return engine, member


class Hashes:
    """argon2's verifications counted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self.hasher = sessions._hasher()
        monkeypatch.setattr(sessions, "_hasher", lambda: self)

    def verify(self, stored: str, pin: str) -> Any:
        self.count += 1
        return self.hasher.verify(stored, pin)

    def hash(self, pin: str) -> str:
        return self.hasher.hash(pin)


def _wrong_pins(engine: Engine) -> int:
    with Session(engine) as s:
        return len(s.scalars(select(AuditRow).where(AuditRow.action == "wrong-pin")).all())


def test_a_pin_checked_ahead_writes_nothing_and_signs_in_without_hashing_again(
    member: tuple[Engine, RosterMember], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, person = member
    hashes = Hashes(monkeypatch)
    before = all_rows(engine)
    for typed in ["2", "24", "246", "2468"]:  # as typed: a PIN of fewer than 4 digits is none
        check_pin_ahead(engine, "PEC-101", person.iin, typed)
    assert all_rows(engine) == before
    assert hashes.count == 1
    session = start_session(engine, "PEC-101", person.iin, "2468", "booth-3")
    assert session.member.iin == person.iin
    assert hashes.count == 1  # the verdict of the typing, used
    start_session(engine, "PEC-101", person.iin, "2468", "booth-3")
    assert hashes.count == 2  # used once: the next sign-in hashes again


def test_a_wrong_pin_counts_only_when_entered(
    member: tuple[Engine, RosterMember], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, person = member
    hashes = Hashes(monkeypatch)
    for _ in range(10):  # checked ahead again and again: never counted, never locked
        check_pin_ahead(engine, "PEC-101", person.iin, "1111")
    assert _wrong_pins(engine) == 0
    with pytest.raises(SessionError) as refused:
        start_session(engine, "PEC-101", person.iin, "1111", "booth-3")
    assert refused.value.code == "session.wrong-pin"
    assert _wrong_pins(engine) == 1
    assert hashes.count == 10


def test_a_verdict_is_for_the_pin_and_the_hash_it_was_checked_against(
    member: tuple[Engine, RosterMember], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, person = member
    check_pin_ahead(engine, "PEC-101", person.iin, "2468")
    # The PIN changed after the check ahead (by the secretary, elsewhere): the old one fails.
    secretary = member_of(engine, "PEC-101", "secretary").session
    set_pin(engine, secretary, "PEC-101", person.iin, "9753")
    with pytest.raises(SessionError):
        start_session(engine, "PEC-101", person.iin, "2468", "booth-3")
    # Another PIN typed after the check: the entered one is hashed, not the checked one.
    check_pin_ahead(engine, "PEC-101", person.iin, "9753")
    with pytest.raises(SessionError):
        start_session(engine, "PEC-101", person.iin, "97531", "booth-3")
    assert start_session(engine, "PEC-101", person.iin, "9753", "booth-3").member == person


def test_a_right_pin_checked_ahead_does_not_open_a_locked_member(
    member: tuple[Engine, RosterMember],
) -> None:
    engine, person = member
    now = 1_800_000_000.0
    for _ in range(5):
        with pytest.raises(SessionError):
            start_session(engine, "PEC-101", person.iin, "1111", "booth-3", now=now)
    check_pin_ahead(engine, "PEC-101", person.iin, "2468")
    with pytest.raises(SessionError) as refused:
        start_session(engine, "PEC-101", person.iin, "2468", "booth-3", now=now + 1)
    assert refused.value.code == "session.locked"


def test_closing_the_sign_in_forgets_the_pin(member: tuple[Engine, RosterMember]) -> None:
    engine, person = member
    check_pin_ahead(engine, "PEC-101", person.iin, "2468")
    assert sessions._ahead
    forget_pin_ahead()
    assert not sessions._ahead
