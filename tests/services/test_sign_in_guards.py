"""Signing in and setting up need authority, on SQLite and PostgreSQL: wrong PINs lock a
member for a growing time and are each in the audit log; rosters, candidates and PINs change
only in the session of a member who may change them (the administrator only at the first
setup of a new database); one person signs for one commission of a level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.authority import AuthorityError, Role, Roster, RosterMember
from tallyapp.domain.errors import Problems
from tallyapp.domain.pins import FIRST_LOCK, MAX_WRONG_PINS, lock_after
from tallyapp.messages import say
from tallyapp.reports.detached import load_roots
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.exchange import import_files
from tallyapp.services.sessions import (
    SessionError,
    roster_of,
    set_pin,
    set_rosters,
    start_session,
    unlock_pin,
)
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow, ProtocolVersionRow
from tests.services.test_authority_services import _tec_package, all_rows
from tests.sessions import member_of


def _pin_hash(engine: Engine, commission: str, iin: str) -> str | None:
    with engine.connect() as conn:
        found: str | None = conn.exec_driver_sql(
            "SELECT pin_hash FROM roster_member WHERE commission = ? AND iin = ?"
            if engine.dialect.name == "sqlite"
            else "SELECT pin_hash FROM roster_member WHERE commission = %s AND iin = %s",
            (commission, iin),
        ).scalar()
    return found


def test_the_lock_grows_with_each_wrong_pin_after_five() -> None:
    assert [lock_after(n) for n in range(MAX_WRONG_PINS)] == [None] * MAX_WRONG_PINS
    assert lock_after(5) == FIRST_LOCK
    assert lock_after(6) == 2 * FIRST_LOCK and lock_after(7) == 4 * FIRST_LOCK
    assert lock_after(500) is not None and lock_after(500).days == 1  # type: ignore[union-attr]


def test_six_wrong_pins_lock_the_member_until_the_chair_unlocks(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    secretary = member_of(engine, "PEC-101", "secretary").session
    member = next(m for m in roster_of(engine, "PEC-101").members if m.role.value == "member")
    set_pin(engine, secretary, "PEC-101", member.iin, "2468")
    now = 1_800_000_000.0
    codes = []
    for _ in range(6):
        with pytest.raises(SessionError) as refused:
            start_session(engine, "PEC-101", member.iin, "1111", "booth-3", now=now)
        codes.append(refused.value.code)
    assert codes == ["session.wrong-pin"] * 4 + ["session.locked"] * 2
    # Locked: even the right PIN does not open it, and the screen says why, in each language.
    with pytest.raises(SessionError) as refused:
        start_session(engine, "PEC-101", member.iin, "2468", "booth-3", now=now + 30)
    assert say(refused.value) == (
        f"PEC No. 101: too many wrong PINs for {member.label}; signing in is locked for 1 "
        "minute (the chair or the secretary of the commission can lift it)"
    )
    assert "бұғатталды" in say(refused.value, "kk") and "заблокирован" in say(refused.value, "ru")
    # Every failure is in the audit log, with the workstation.
    with Session(engine) as s:
        failures = s.scalars(select(AuditRow).where(AuditRow.action == "wrong-pin")).all()
    assert len(failures) == 7
    assert {f.workstation for f in failures} == {"booth-3"}
    assert [json.loads(f.detail).get("failures") for f in failures[:5]] == [1, 2, 3, 4, 5]
    assert all(json.loads(f.detail)["iin"] == member.iin for f in failures)
    # When the minute has passed, one more wrong PIN locks it again, for longer.
    with pytest.raises(SessionError) as refused:
        start_session(engine, "PEC-101", member.iin, "1111", "booth-3", now=now + 61)
    assert refused.value.code == "session.locked" and refused.value.params["minutes"] == 2
    # A member may not lift it; the chair may, and the member signs in again.
    plain = member_of(engine, "PEC-101", "member").session
    assert plain is not None
    with pytest.raises(AuthorityError):
        unlock_pin(engine, plain, "PEC-101", member.iin)
    chair = member_of(engine, "PEC-101", "chair").session
    assert chair is not None
    unlock_pin(engine, chair, "PEC-101", member.iin)
    work = start_session(engine, "PEC-101", member.iin, "2468", "booth-3", now=now + 62)
    assert work.member == member
    with Session(engine) as s:
        unlocked = s.scalars(select(AuditRow).where(AuditRow.action == "unlock-pin")).one()
    assert chair.member.iin in unlocked.who


def test_a_stranger_is_refused_and_recorded(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    with pytest.raises(SessionError) as refused:
        start_session(engine, "PEC-101", "900101300007", "1234", "kiosk")
    assert refused.value.code == "session.wrong-pin"
    with Session(engine) as s:
        [entry] = s.scalars(select(AuditRow).where(AuditRow.action == "wrong-pin")).all()
    assert entry.workstation == "kiosk" and "900101300007" in entry.who


def test_the_command_line_unlocks_only_for_the_chair_or_secretary(
    initialised_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(initialised_url)
    secretary = roster_of(engine, "PEC-101").members[2]
    assert secretary.role.value == "secretary"
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    cec = member_of(engine, "CEC", "chair").session
    set_pin(engine, cec, "PEC-101", secretary.iin, "1357")
    set_pin(engine, cec, "PEC-101", chair.iin, "2468")
    for _ in range(5):
        with pytest.raises(SessionError):
            start_session(engine, "PEC-101", chair.iin, "0000")
    monkeypatch.setenv("TALLYAPP_PIN", "1357")
    unlock = ["pin", "--db", initialised_url, "--commission", "PEC-101", "--iin", chair.iin]
    assert main([*unlock, "--unlock"]) == 2  # nobody signed in
    assert "--member" in capsys.readouterr().err
    assert main([*unlock, "--unlock", "--member", secretary.iin, "--as", "PEC-101"]) == 0
    assert start_session(engine, "PEC-101", chair.iin, "2468").member == chair


def test_rosters_and_pins_change_only_with_authority(
    initialised_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The attack: with no one signed in, make a member of PEC-101 its chair (and so a signer)
    and reset the chair's PIN. Both refused, nothing changed; the CEC's secretary may."""
    engine = open_engine(initialised_url)
    roster = roster_of(engine, "PEC-101")
    plain = next(m for m in roster.members if m.role.value == "member")
    promoted = [
        RosterMember(m.iin, m.name, m.role if m.iin != plain.iin else Role.CHAIR)
        for m in roster.members
        if m.role.value != "chair"
    ]
    file = tmp_path / "roster.csv"
    file.write_text(
        "commission,iin,name,role\n"
        + "".join(f"PEC-101,{m.iin},{m.name},{m.role.value}\n" for m in promoted),
        "utf-8",
    )
    cec_chair = roster_of(engine, "CEC").chair
    assert cec_chair is not None
    set_pin(engine, None, "CEC", cec_chair.iin, "1470")  # the first setup's one PIN
    before = all_rows(engine)
    assert main(["roster", "import", "--db", initialised_url, str(file)]) == 2
    assert "sign in as a member who may" in capsys.readouterr().err
    assert main(["register", "members", "--db", initialised_url, str(file)]) == 2
    capsys.readouterr()
    chair = roster.chair
    assert chair is not None
    monkeypatch.setenv("TALLYAPP_PIN", "9999")
    reset = ["pin", "--db", initialised_url, "--commission", "PEC-101", "--iin", chair.iin]
    assert main(reset) == 2
    assert all_rows(engine) == before  # nothing written, not even an audit entry
    # A member of the commission, signed in, may not either.
    set_pin(engine, member_of(engine, "PEC-101", "secretary").session, "PEC-101", plain.iin, "2222")
    monkeypatch.setenv("TALLYAPP_PIN", "2222")
    monkeypatch.setenv("TALLYAPP_NEW_PIN", "9999")
    signed_in = ["--member", plain.iin, "--as", "PEC-101"]
    assert main(["roster", "import", "--db", initialised_url, str(file), *signed_in]) == 2
    assert "may not load rosters or candidates from files" in capsys.readouterr().err
    assert main([*reset, *signed_in]) == 2
    assert "may not change the roster or PINs of PEC No. 101" in capsys.readouterr().err
    assert roster_of(engine, "PEC-101") == roster
    # The CEC's secretary signs in and may.
    cec_secretary = next(m for m in roster_of(engine, "CEC").members if m.role.value == "secretary")
    set_pin(
        engine,
        start_session(engine, "CEC", cec_chair.iin, "1470"),
        "CEC",
        cec_secretary.iin,
        "3690",
    )
    monkeypatch.setenv("TALLYAPP_PIN", "3690")
    assert (
        main(
            ["roster", "import", "--db", initialised_url, str(file), "--member", cec_secretary.iin]
        )
        == 0
    )
    assert roster_of(engine, "PEC-101").chair == RosterMember(plain.iin, plain.name, Role.CHAIR)
    with Session(engine) as s:
        entry = s.scalars(select(AuditRow).where(AuditRow.action == "roster")).all()[-1]
    assert cec_secretary.iin in entry.who


def test_a_member_made_chair_without_authority_cannot_sign_version_2(
    initialised_url: str, tmp_path: Path
) -> None:
    """The attack end to end: the roster import that would make a member chair is refused,
    so the package that member signs is refused too, and nothing is stored."""
    engine = open_engine(initialised_url)
    roster = roster_of(engine, "PEC-101")
    plain = next(m for m in roster.members if m.role.value == "member")
    made_chair = Roster(
        "PEC-101",
        tuple(
            RosterMember(m.iin, m.name, m.role if m.iin != plain.iin else Role.CHAIR)
            for m in roster.members
            if m.role.value != "chair"
        ),
    )
    with pytest.raises(AuthorityError) as refused:
        set_rosters(engine, None, [made_chair])
    assert refused.value.code == "permission.sign-in"
    authority = make_authority()
    (tmp_path / "ca.pem").write_bytes(authority_pem(authority))
    key = personal_key(authority, plain.iin, plain.name.split()[0], plain.name.split()[-1], b"pw")
    package = _tec_package(tmp_path, key)
    outcome = import_files(engine, [package], load_roots([tmp_path / "ca.pem"]))[0]
    assert outcome.outcome == "rejected"
    with Session(engine) as s:
        assert s.scalars(select(ProtocolVersionRow)).all() == []


def test_one_person_signs_for_one_commission_of_a_level(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    cec = member_of(engine, "CEC", "secretary").session
    chair_101 = roster_of(engine, "PEC-101").chair
    assert chair_101 is not None
    other = roster_of(engine, "PEC-102")
    twice = Roster(
        "PEC-102",
        tuple(
            RosterMember(chair_101.iin, chair_101.name, m.role) if m.role.value == "chair" else m
            for m in other.members
        ),
    )
    with pytest.raises(Problems) as refused:
        set_rosters(engine, cec, [twice])
    assert [say(p) for p in refused.value.problems] == [
        f"IIN {chair_101.iin} holds a signing role (chair, deputy, secretary) in more than one "
        "commission of one level: PEC-101, PEC-102"
    ]
    assert roster_of(engine, "PEC-102") == other
    # As a plain member of the other commission one may.
    member = RosterMember(chair_101.iin, chair_101.name, Role.MEMBER)
    set_rosters(engine, cec, [Roster("PEC-102", (*other.members, member))])
    assert roster_of(engine, "PEC-102").member(chair_101.iin) == member
