"""The life of a protocol: draft → checked → finalised → transmitted → accepted or rejected."""

from __future__ import annotations

from tallyapp.domain.aggregation import ProtocolStatus as State

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


class TransitionError(ValueError):
    pass


def check_transition(current: State, new: State) -> None:
    if new not in ALLOWED[current]:
        allowed = ", ".join(sorted(s.value for s in ALLOWED[current])) or "none"
        raise TransitionError(
            f"a {current.value} protocol cannot become {new.value} (allowed: {allowed})"
        )


def check_new_version(current: State | None, kind: str, reason: str) -> None:
    """A sealed protocol takes only a repeated version with a reason; a draft takes originals."""
    if current is None or current not in SEALED:
        if kind != "original":
            raise TransitionError("a repeated protocol corrects a finalised one; this one is not")
        return
    if kind != "repeated":
        raise TransitionError(
            f"the protocol is {current.value}: a correction must be a repeated protocol"
        )
    if not reason.strip():
        raise TransitionError("a repeated protocol must state the reason for the correction")
