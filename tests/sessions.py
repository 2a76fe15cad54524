"""Members' sessions for tests: a member of the synthetic roster every database is set up
with, by role (the PIN path itself is tested in tests/services/test_authority_services.py)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import WorkSession
from tallyapp.services.sessions import actor_of, observer_session, roster_of


def member_of(
    engine: Engine, commission: str, role: str = "chair", workstation: str = "laptop"
) -> Actor:
    """The actor of a session of the commission's first member with `role`."""
    roster = roster_of(engine, commission)
    member = next(m for m in roster.members if m.role.value == role)
    return actor_of(WorkSession(commission, member, workstation))


def observer(commission: str = "CEC") -> Actor:
    return actor_of(observer_session(commission, "Observer"))


def chair_key(engine: Engine, keys_folder: Path, commission: str) -> Path:
    """The chair's personal key `keygen` issued into `keys_folder`."""
    from tallyapp.services.keys import personal_key_path

    chair = roster_of(engine, commission).chair
    assert chair is not None
    return personal_key_path(keys_folder, commission, chair.iin)


def chair_iin(engine: Engine, commission: str) -> str:
    chair = roster_of(engine, commission).chair
    assert chair is not None
    return chair.iin


def without_keygen_keys(monkeypatch: object, folder: Path) -> Path:
    """A user data folder with none of keygen's keys (a newcomer's), keeping only the
    practice authority the practice database's seals chain to: the audit proves the record
    with it, as it would on the machine that set the database up."""
    import shutil

    import pytest

    from tallyapp.services.enrolment import practice_keys_dir

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    practice = practice_keys_dir()
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    if practice.exists():
        shutil.copytree(practice, practice_keys_dir())
    return folder


def trust_with_practice(ca: Path) -> list[Path]:
    """What an audit trusts where imports were signed under `ca` and the workstations sealed
    under the practice authority (their seals chain to it)."""
    from tallyapp.services.enrolment import current_practice_authority

    practice = current_practice_authority()
    assert practice is not None, "no practice authority on this machine"
    return [ca, practice]
