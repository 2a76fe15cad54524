"""A precinct's displayed status for one ballot: one rule for the tree, the list of what is
missing and the protocol editor."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum


class PrecinctStatus(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    FAILING = "failing"  # a draft or checked protocol whose hard relations do not hold
    CHECKED = "checked"
    FINALISED = "finalised"
    TRANSMITTED = "transmitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NONE = "none"  # no such ballot here (green abroad)


OPEN_STATES = ("draft", "checked")  # a stored protocol whose figures may still change


def precinct_status(
    state: str | None,
    figures: Mapping[str, int | None],
    relations_hold: Callable[[], bool],
) -> PrecinctStatus:
    """The status shown for a precinct's protocol of one ballot.

    `state`: the stored protocol's state (None: nothing stored yet); `figures`: the figures as
    they stand (those being typed, else the stored protocol's lines); `relations_hold`: whether
    the hard control relations hold on them, asked only when it matters.

    - Nothing stored and no figure typed: missing.
    - Nothing stored, figures typed: a draft; failing once every line is filled and a hard
      relation does not hold (a half-typed protocol is not yet wrong).
    - A stored draft or checked protocol whose hard relations do not hold: failing.
    - Otherwise the stored state (finalised, transmitted, accepted, rejected...).
    """
    if state is None:
        if not any(v is not None for v in figures.values()):
            return PrecinctStatus.MISSING
        complete = all(v is not None for v in figures.values())
        return PrecinctStatus.FAILING if complete and not relations_hold() else PrecinctStatus.DRAFT
    if state in OPEN_STATES and not relations_hold():
        return PrecinctStatus.FAILING
    return PrecinctStatus(state)
