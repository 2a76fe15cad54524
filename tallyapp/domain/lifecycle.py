"""The life of a protocol: draft → checked → finalised → transmitted → accepted or rejected."""

from __future__ import annotations

from functools import cache

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.errors import TallyError

ALLOWED: dict[State, frozenset[State]] = {
    State.DRAFT: frozenset({State.CHECKED}),
    State.CHECKED: frozenset({State.DRAFT, State.FINALISED}),
    State.FINALISED: frozenset({State.TRANSMITTED, State.ACCEPTED, State.REJECTED}),
    State.TRANSMITTED: frozenset({State.ACCEPTED, State.REJECTED}),
    State.ACCEPTED: frozenset(),
    State.REJECTED: frozenset(),
}

# Once finalised, figures change only through a new "repeated" protocol with a reason.
SEALED = frozenset({State.FINALISED, State.TRANSMITTED, State.ACCEPTED, State.REJECTED})


class TransitionError(TallyError):
    code = "lifecycle.transition"


def check_transition(current: State, new: State) -> None:
    if new not in ALLOWED[current]:
        raise TransitionError(
            "lifecycle.transition",
            current=current.value,
            new=new.value,
            allowed=", ".join(sorted(s.value for s in ALLOWED[current])) or "—",
        )


def path_to(current: State, target: State) -> list[State]:
    """The states a protocol passes through from `current` to `target`, each step allowed
    (a received protocol is finalised, then accepted); empty when `target` is `current`."""
    paths = _paths_from(current)
    if target not in paths:
        check_transition(current, target)  # raises, naming what is allowed
    return list(paths[target])


@cache  # the lifecycle is fixed: an import asks the same for every protocol it stores
def _paths_from(current: State) -> dict[State, tuple[State, ...]]:
    """The shortest allowed path from `current` to every state it can reach."""
    paths: dict[State, tuple[State, ...]] = {current: ()}
    frontier = [current]
    while frontier:
        state = frontier.pop(0)
        for nxt in sorted(ALLOWED[state], key=lambda s: s.value):
            if nxt not in paths:
                paths[nxt] = (*paths[state], nxt)
                frontier.append(nxt)
    return paths


def check_new_version(current: State | None, kind: str, reason: str) -> None:
    """A sealed protocol takes only a repeated version with a reason; a draft takes originals.
    A new protocol may also begin with a repeated count, with its reason: received from
    below when the versions before it never reached this commission."""
    if current is None and kind == "repeated":
        if not reason.strip():
            raise TransitionError("lifecycle.repeated-needs-reason")
        return
    if current is None or current not in SEALED:
        if kind != "original":
            raise TransitionError("lifecycle.repeated-not-sealed")
        return
    if kind != "repeated":
        raise TransitionError("lifecycle.sealed-needs-repeated", current=current.value)
    if not reason.strip():
        raise TransitionError("lifecycle.repeated-needs-reason")
