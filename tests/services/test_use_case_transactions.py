"""One use case, one transaction: make each step of finalising and of importing a file fail
in turn, after it has written, and find the database exactly as it was before."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.services import entry as entry_module
from tallyapp.services.entry import EntryService
from tallyapp.storage import protocols as protocols_module
from tallyapp.storage.database import make_engine
from tests.services.test_entry import MEMBERS, SIGNING, _good_values
from tests.sessions import member_of
from tests.snapshot import database_rows


class Injected(RuntimeError):
    """The failure a test injects: a power cut, a full disk, a bug."""


def _failing_after(real: Callable[..., Any], calls: list[int], at: int) -> Callable[..., Any]:
    """`real`, which raises Injected right after its `at`-th call has done its work."""

    def step(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls[0] += 1
        if calls[0] == at:
            raise Injected(real.__name__)
        return result

    return step


# (module, name, which call fails): every step finalise takes, the last one being the commit.
FINALISE_STEPS = [
    (entry_module, "save_version", 1),
    (entry_module, "drop_working_copy", 1),
    (entry_module, "set_roster", 1),
    (entry_module, "change_state", 1),  # draft -> checked
    (entry_module, "change_state", 2),  # checked -> finalised
    (entry_module, "version_id_of", 1),
    (entry_module, "add_signing", 1),
    (entry_module, "audit", 1),
    (protocols_module, "audit", 1),  # the audit entry of the saved version
    (protocols_module, "_claim", 3),  # the last move of the head
]


@pytest.fixture
def service(initialised_url: str) -> Iterator[EntryService]:
    engine = make_engine(initialised_url)
    yield EntryService(engine, member_of(engine, "PEC-1"))
    engine.dispose()


@pytest.mark.parametrize(
    ("module", "name", "at"),
    FINALISE_STEPS,
    ids=[f"{m.__name__.rsplit('.', 1)[1]}.{n}#{a}" for m, n, a in FINALISE_STEPS],
)
def test_a_failing_step_of_finalise_leaves_no_trace(
    service: EntryService,
    initialised_url: str,
    monkeypatch: pytest.MonkeyPatch,
    module: Any,
    name: str,
    at: int,
) -> None:
    sheet = service.open("1", BallotKind.PARTY_LIST)
    service.autosave(sheet, _good_values())  # a working copy, which finalise would drop
    before = database_rows(initialised_url)
    calls = [0]
    monkeypatch.setattr(module, name, _failing_after(getattr(module, name), calls, at))
    with pytest.raises(Injected):
        service.finalise(sheet, _good_values(), SIGNING, keep_roster=True)
    assert calls[0] == at, f"{name} was not called {at} time(s): the step list is stale"
    assert database_rows(initialised_url) == before
    monkeypatch.undo()
    # With the fault gone, the same finalise goes through whole.
    final = service.finalise(
        service.open("1", BallotKind.PARTY_LIST), _good_values(), SIGNING
    ).sheet
    assert final.state is State.FINALISED
    assert service.history(final)[-1].signing is not None


def test_a_failing_commit_of_finalise_leaves_no_trace(
    service: EntryService, initialised_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import Session

    sheet = service.open("1", BallotKind.PARTY_LIST)
    before = database_rows(initialised_url)

    def commit(self: Session) -> None:
        self.flush()  # everything reaches the database, then the commit itself fails
        raise Injected("commit")

    monkeypatch.setattr(Session, "commit", commit)
    with pytest.raises(Injected):
        service.finalise(sheet, _good_values(), SIGNING, keep_roster=True)
    monkeypatch.undo()
    assert database_rows(initialised_url) == before


def test_a_refused_finalise_changes_no_roster(service: EntryService, initialised_url: str) -> None:
    from tallyapp.services.entry import EntryError, Signing

    service.set_members("1", MEMBERS)
    before = database_rows(initialised_url)
    values = _good_values()
    values["ballots_received"] = 1510  # C2 fails
    with pytest.raises(EntryError):
        service.finalise(
            service.open("1", BallotKind.PARTY_LIST),
            values,
            Signing(MEMBERS[:1], "Nurlan Omarov", "Aigül Seitova"),
            keep_roster=True,
        )
    assert database_rows(initialised_url) == before
