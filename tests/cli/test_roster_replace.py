"""`tallyapp roster replace`: the command line's replacement of a commission member, the same
rule as the desktop app's (tests/gui/test_change_member.py): signed in, the decision named,
refusals in words with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.authority import Role, iin_check_digit
from tallyapp.services.sessions import roster_of, set_pin
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow
from tests.sessions import member_of


def test_a_member_replaced_from_the_command_line(
    initialised_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(initialised_url)
    before = roster_of(engine, "PEC-101")
    secretary = next(m for m in before.members if m.role is Role.SECRETARY)
    plain = next(m for m in before.members if m.role is Role.MEMBER)
    set_pin(engine, member_of(engine, "CEC").session, "PEC-101", secretary.iin, "2468")
    monkeypatch.setenv("TALLYAPP_PIN", "2468")
    newcomer = f"88040430045{iin_check_digit('88040430045')}"
    command = ["roster", "replace", "--db", initialised_url, "--commission", "PEC-101"]
    command += ["--leaving", plain.iin, "--iin", newcomer, "--name", "Erzhan Saparov"]
    signed_in = ["--member", secretary.iin, "--as", "PEC-101"]
    # Without a decision named: refused in words, nothing written.
    assert main([*command, "--decision", " ", *signed_in]) == 2
    assert "name the decision replacing the member" in capsys.readouterr().err
    assert roster_of(engine, "PEC-101") == before
    # The secretary does not record their own replacement.
    own = [*command[:-6], "--leaving", secretary.iin, *command[-4:], "--decision", "No. 12"]
    assert main([*own, *signed_in]) == 2
    assert "does not record their own replacement" in capsys.readouterr().err
    assert main([*command, "--decision", "maslikhat decision No. 12", *signed_in]) == 0
    assert "replaced by Erzhan Saparov (member)" in capsys.readouterr().out
    after = roster_of(engine, "PEC-101")
    assert after.member(plain.iin) is None
    assert after.member(newcomer) is not None and after.member(newcomer).role is Role.MEMBER  # type: ignore[union-attr]
    with Session(engine) as s:
        entry = s.scalars(select(AuditRow).where(AuditRow.action == "member-replaced")).one()
    assert secretary.iin in entry.who and "maslikhat decision No. 12" in entry.detail
    engine.dispose()


def test_replace_needs_a_member_signed_in(initialised_url: str, tmp_path: Path) -> None:
    engine = open_engine(initialised_url)
    plain = next(m for m in roster_of(engine, "PEC-101").members if m.role is Role.MEMBER)
    command = ["roster", "replace", "--db", initialised_url, "--commission", "PEC-101"]
    command += ["--leaving", plain.iin, "--iin", "880404300457", "--name", "X", "--decision", "1"]
    assert main(command) == 2
    assert roster_of(engine, "PEC-101").member(plain.iin) == plain
    engine.dispose()
