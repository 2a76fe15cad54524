"""What the entry and review use cases say they changed: exactly the protocol written, its
states before and after, and its commission's counts as the running totals then stand."""

from __future__ import annotations

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.services.changes import Changes, ProtocolChange
from tallyapp.services.entry import EntryService
from tallyapp.services.navigation import progress_of
from tallyapp.services.review import accept, reject
from tallyapp.storage.database import make_engine
from tests.services.test_entry import SIGNING, _good_values
from tests.sessions import member_of

BLUE = BallotKind.PARTY_LIST


def test_each_write_names_what_it_changed(initialised_url: str) -> None:
    engine = make_engine(initialised_url)
    service = EntryService(engine, member_of(engine, "PEC-1"))
    tec = service.precinct("1").tec_code
    values = _good_values()
    values["invalid"] = None  # a draft, not yet complete

    # A draft: its row only; no count moves, so no commission is named.
    saved = service.save(service.open("1", BLUE), values)
    assert saved.changes == Changes((ProtocolChange("1", BLUE, None, State.DRAFT),))
    assert saved.changes.precincts == {"1"}
    assert not saved.changes.completeness and not saved.changes.tallies
    # The same figures again: nothing stored, nothing changed.
    assert service.save(saved.sheet, values).changes == Changes()

    # Finalised: received by the commission above; its commission's counts as they now stand.
    final = service.finalise(saved.sheet, _good_values(), SIGNING)
    changes = final.changes
    assert changes.protocols == (ProtocolChange("1", BLUE, State.DRAFT, State.FINALISED),)
    now = progress_of(engine)
    assert changes.commissions == {tec}
    assert dict(changes.progress) == {k: v for k, v in now.items() if k[0] == tec}
    assert changes.progress[tec, BLUE.value].received == 1
    assert changes.progress[tec, BLUE.value].accepted == 0
    assert changes.completeness and not changes.tallies

    # Accepted by the commission above: the results change.
    deputy = member_of(engine, tec, "deputy")
    decided = accept(engine, deputy, "1", BLUE)
    assert decided.stored.state is State.ACCEPTED
    assert decided.changes.protocols == (
        ProtocolChange("1", BLUE, State.FINALISED, State.ACCEPTED),
    )
    assert decided.changes.progress[tec, BLUE.value].accepted == 1
    assert decided.changes.completeness and decided.changes.tallies

    # Another precinct of the same commission, rejected after finalising: named alone.
    other = next(p for p in ("2", "3") if service.precinct(p).tec_code == tec)
    keyer = EntryService(engine, member_of(engine, f"PEC-{other}"))
    keyer.finalise(keyer.open(other, BLUE), _good_values(), SIGNING)
    rejected = reject(engine, deputy, other, BLUE, "line 6 differs from the paper")
    assert rejected.changes.precincts == {other}
    assert rejected.changes.protocols[0].before is State.FINALISED
    assert rejected.changes.protocols[0].after is State.REJECTED
    assert not rejected.changes.tallies
    assert dict(rejected.changes.progress) == {
        k: v for k, v in progress_of(engine).items() if k[0] == tec
    }
    engine.dispose()
