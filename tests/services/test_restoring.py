"""Restoring what the recovery file keeps, without the desktop app: figures the database
refused (the disk full at the commit) are written by the entry service's own writer, then a
later start reads the file and restores them through the entry service as the member signed
in: a draft version, audited, never over a version stored after them; a line leaves the file
only once its figures are stored, and one that cannot be restored now stays."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tallyapp.domain.election import BallotKind
from tallyapp.services import entry
from tallyapp.services.entry import EntryService
from tallyapp.services.recovery import recovery_of
from tallyapp.services.restoring import Restored, restore_kept
from tallyapp.services.setup import open_engine
from tallyapp.storage.durability import StorageRefused
from tallyapp.storage.tables import AuditRow
from tests.databases import Templates
from tests.services.test_entry import SIGNING, _good_values
from tests.sessions import member_of

BLUE = BallotKind.PARTY_LIST


@pytest.fixture
def database(tmp_path: Path, templates: Templates) -> Iterator[tuple[str, Engine]]:
    (tmp_path / "data").mkdir()
    url = templates.sqlite_copy("init-2023", tmp_path / "data" / "tallyapp.sqlite3")
    engine = open_engine(url)
    yield url, engine
    engine.dispose()


def figures(shift: int) -> dict[str, int | None]:
    values = _good_values()
    values["against_all"] = shift  # a figure that changes nothing the checks need
    return values


@contextmanager
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every use case of the entry service refused at its commit, as a full disk refuses it."""
    real = entry.use_case

    @contextmanager
    def refusing(engine: Engine) -> Iterator[Session]:
        with real(engine) as session:
            yield session
            session.rollback()
            raise StorageRefused("storage.disk-full", path="tallyapp.sqlite3")

    with monkeypatch.context() as patched:
        patched.setattr(entry, "use_case", refusing)
        yield


def refused_save(
    service: EntryService, values: dict[str, int | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = service.open("1", BLUE)
    with disk_full(monkeypatch), pytest.raises(StorageRefused) as refusal:
        service.save(sheet, values)
    assert refusal.value.code == "storage.kept"


def test_restore_as_a_draft_then_the_file_is_gone(
    database: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, engine = database
    chair = member_of(engine, "PEC-1")
    service = EntryService(engine, chair)
    refused_save(service, figures(11), monkeypatch)
    sheet = service.open("1", BLUE)
    with disk_full(monkeypatch), pytest.raises(StorageRefused):
        service.autosave(sheet, figures(12))  # typed on after the refusal: the latest figures
    assert service.open("1", BLUE).stored is None  # nothing was stored

    recovery = recovery_of(url)  # the next start
    assert recovery is not None and recovery.unreadable == ()
    assert [(k.action, k.precinct, k.ballot, k.based, k.base) for k in recovery.kept] == [
        ("original", "1", BLUE, True, None),
        ("autosave", "1", BLUE, True, None),
    ]
    report = restore_kept(engine, member_of(engine, "PEC-1", workstation="next-start"), recovery)
    assert [(o.precinct, o.result, o.version) for o in report.outcomes] == [
        ("1", Restored.DRAFT, 1)
    ]
    assert not report.left and report.aside is None
    assert not recovery.file.exists()
    stored = service.open("1", BLUE).stored
    assert stored is not None and stored.state.value == "draft"
    assert service.open("1", BLUE).values == figures(12)
    assert stored.workstation == "next-start"
    with Session(engine) as s:  # audited as any save
        actions = s.scalars(select(AuditRow.action).where(AuditRow.workstation == "next-start"))
        assert "save-version" in list(actions)
    assert recovery_of(url) is None  # and the next start has nothing to ask


def test_never_over_a_later_version(
    database: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved again from the window once the disk had room: the kept figures are older than
    the stored version, so they are set aside, not restored."""
    url, engine = database
    service = EntryService(engine, member_of(engine, "PEC-1"))
    refused_save(service, figures(21), monkeypatch)
    service.save(service.open("1", BLUE), figures(22))
    recovery = recovery_of(url)
    assert recovery is not None
    report = restore_kept(engine, member_of(engine, "PEC-1"), recovery)
    assert [(o.result, o.version) for o in report.outcomes] == [(Restored.LATER, 1)]
    assert service.open("1", BLUE).values == figures(22)
    assert not recovery.file.exists()
    assert report.aside is not None
    assert '"against_all": 21' in Path(report.aside).read_text()


def test_a_member_who_may_not_key_it_leaves_the_file_as_it_was(
    database: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, engine = database
    service = EntryService(engine, member_of(engine, "PEC-1"))
    refused_save(service, figures(31), monkeypatch)
    recovery = recovery_of(url)
    assert recovery is not None
    with recovery.file.open("a") as file:
        file.write('{"at": "2026-12-01T21:04:00+00:00", "action": "autos\n')  # cut short
    before = recovery.file.read_text()
    recovery = recovery_of(url)
    assert recovery is not None and recovery.unreadable == (2,)
    report = restore_kept(engine, member_of(engine, "PEC-2"), recovery)
    assert [o.result for o in report.outcomes] == [Restored.REFUSED]
    refusal = report.outcomes[0].refusal
    assert refusal is not None and refusal.code.startswith("permission")
    assert report.left and service.open("1", BLUE).stored is None
    assert report.aside is not None and "autos" in Path(report.aside).read_text()
    assert recovery.file.read_text() == before.splitlines(keepends=True)[0]  # only the figures
    again = recovery_of(url)
    assert again is not None
    report = restore_kept(engine, member_of(engine, "PEC-1"), again)
    assert [o.result for o in report.outcomes] == [Restored.DRAFT]
    assert not recovery.file.exists()


def test_a_refused_correction_comes_back_as_a_repeated_protocol(
    database: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, engine = database
    service = EntryService(engine, member_of(engine, "PEC-1"))
    sheet = service.finalise(service.open("1", BLUE), _good_values(), SIGNING).sheet
    with disk_full(monkeypatch), pytest.raises(StorageRefused):
        service.correct(sheet, figures(41), "a recount of the ballots against all")
    recovery = recovery_of(url)
    assert recovery is not None and recovery.kept[0].reason.startswith("a recount")
    report = restore_kept(engine, member_of(engine, "PEC-1"), recovery)
    assert [(o.result, o.version) for o in report.outcomes] == [(Restored.REPEATED, 2)]
    stored = service.open("1", BLUE).stored
    assert stored is not None and stored.version_kind == "repeated"
    assert stored.reason == "a recount of the ballots against all"
    assert service.open("1", BLUE).values == figures(41)


def test_no_file_nothing_to_ask(database: tuple[str, Engine]) -> None:
    url, _engine = database
    assert recovery_of(url) is None
    assert recovery_of("postgresql+psycopg://nobody@localhost/none") is None
