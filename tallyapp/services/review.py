"""The commission above accepts or rejects a protocol, with a reason when rejecting.

A protocol from below (received signed) or keyed here and finalised is accepted by a member
with a signing role of a commission above the precinct; results count accepted protocols.
Both decisions land in the protocol's history (its audit chain).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import Action, keyed_and_decided_alone, precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import NotFoundError, TallyError
from tallyapp.domain.lifecycle import path_to
from tallyapp.domain.sheet import StoredProtocol
from tallyapp.services.changes import Changes, ProtocolChange, changes_of
from tallyapp.services.sessions import require
from tallyapp.services.setup import election_of
from tallyapp.services.transaction import use_case
from tallyapp.storage.protocols import change_state, load_current


class ReviewError(TallyError):
    code = "review.refused"


@dataclass(frozen=True)
class Decided:
    """The protocol as the decision left it, and what the decision changed."""

    stored: StoredProtocol
    changes: Changes


def _decide(
    engine: Engine,
    actor: Actor,
    number: str,
    ballot: BallotKind,
    target: State,
    action: Action,
    note: str,
    expected_lock: int | None,
) -> Decided:
    with use_case(engine) as s:
        election = election_of(s)
        require(s, election, actor.session, action, precinct_commission(number))
        stored = load_current(s, election.id, number, ballot)
        if stored is None:
            raise NotFoundError("protocol.none", precinct=number, ballot=ballot.value)
        if stored.state not in (State.FINALISED, State.TRANSMITTED):
            raise ReviewError(
                "review.not-finalised",
                precinct=number,
                ballot=ballot.value,
                state=stored.state.value,
            )
        refusal = keyed_and_decided_alone(stored.provenance, stored.saved_by, actor.who, number)
        if target is State.ACCEPTED and refusal is not None:
            raise refusal
        before = stored.state
        lock = stored.lock_version if expected_lock is None else expected_lock
        for step in path_to(stored.state, target):
            stored = change_state(s, election.id, number, ballot, step, actor, lock, note=note)
            lock = stored.lock_version
        change = ProtocolChange(number, ballot, before, stored.state)
        return Decided(stored, changes_of(s, election.id, change))


def accept(
    engine: Engine,
    actor: Actor,
    number: str,
    ballot: BallotKind,
    expected_lock: int | None = None,
) -> Decided:
    """Accept a finalised or transmitted protocol: from now on the totals count it."""
    return _decide(
        engine, actor, number, ballot, State.ACCEPTED, Action.ACCEPT, "accepted", expected_lock
    )


def reject(
    engine: Engine,
    actor: Actor,
    number: str,
    ballot: BallotKind,
    reason: str,
    expected_lock: int | None = None,
) -> Decided:
    """Reject it, with the reason the commission below reads: it answers with a repeated
    protocol."""
    if not reason.strip():
        raise ReviewError("review.needs-reason", precinct=number, ballot=ballot.value)
    return _decide(
        engine, actor, number, ballot, State.REJECTED, Action.REJECT, reason.strip(), expected_lock
    )
