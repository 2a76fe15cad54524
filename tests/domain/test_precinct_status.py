"""One rule for a precinct's displayed status, whoever shows it (the tree, the editor)."""

from __future__ import annotations

import pytest

from tallyapp.domain.precinct_status import PrecinctStatus, precinct_status

EMPTY: dict[str, int | None] = {"ballots": None, "voters": None}
HALF: dict[str, int | None] = {"ballots": 10, "voters": None}
FULL: dict[str, int | None] = {"ballots": 10, "voters": 12}


def never_asked() -> bool:
    raise AssertionError("the checks were run where they do not matter")


@pytest.mark.parametrize(
    ("state", "figures", "holds", "expected"),
    [
        (None, {}, None, PrecinctStatus.MISSING),
        (None, EMPTY, None, PrecinctStatus.MISSING),  # a working copy with nothing typed yet
        (None, HALF, None, PrecinctStatus.DRAFT),  # half typed is not yet wrong
        (None, FULL, True, PrecinctStatus.DRAFT),
        (None, FULL, False, PrecinctStatus.FAILING),
        ("draft", FULL, True, PrecinctStatus.DRAFT),
        ("draft", FULL, False, PrecinctStatus.FAILING),
        ("draft", HALF, False, PrecinctStatus.FAILING),  # a stored draft is checked as it is
        ("checked", FULL, True, PrecinctStatus.CHECKED),
        ("checked", FULL, False, PrecinctStatus.FAILING),
        ("finalised", FULL, None, PrecinctStatus.FINALISED),
        ("transmitted", {}, None, PrecinctStatus.TRANSMITTED),
        ("accepted", {}, None, PrecinctStatus.ACCEPTED),
        ("rejected", {}, None, PrecinctStatus.REJECTED),
    ],
)
def test_one_status_rule(
    state: str | None,
    figures: dict[str, int | None],
    holds: bool | None,
    expected: PrecinctStatus,
) -> None:
    def relations_hold() -> bool:
        return never_asked() if holds is None else holds

    assert precinct_status(state, figures, relations_hold) is expected


def test_an_unknown_state_is_refused() -> None:
    with pytest.raises(ValueError):
        precinct_status("lost", FULL, lambda: True)
