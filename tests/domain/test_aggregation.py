"""Aggregation over a commission tree: totals from accepted protocols, completeness everywhere."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.aggregation import (
    CommissionNode,
    Completeness,
    ProtocolStatus,
    Totals,
    aggregate,
    percent,
    sum_protocols,
)
from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import Protocol

FIELDS = ("voters_on_list", "invalid")
CHOICES = ("A", "B")


def _protocol(precinct: str, voters: int, a: int, b: int) -> Protocol:
    return Protocol(
        "e",
        BallotKind.PARTY_LIST,
        precinct,
        {"voters_on_list": voters, "invalid": 1},
        {"A": a, "B": b},
        against_all=2,
    )


TREE = CommissionNode(
    "CEC",
    "Central",
    "cec",
    children=(
        CommissionNode(
            "R1",
            "Region 1",
            "region",
            children=(
                CommissionNode("T1", "TEC 1", "tec", precincts=("p1", "p2")),
                CommissionNode("T2", "TEC 2", "tec", precincts=("p3",)),
            ),
        ),
        CommissionNode(
            "R2",
            "Region 2",
            "region",
            children=(CommissionNode("T3", "TEC 3", "tec", precincts=("p4", "p5")),),
        ),
    ),
)
PROTOCOLS = {
    "p1": _protocol("p1", 100, 10, 20),
    "p2": _protocol("p2", 200, 30, 40),
    "p3": _protocol("p3", 300, 50, 60),
    "p4": _protocol("p4", 400, 70, 80),
}
STATUS = {
    "p1": ProtocolStatus.ACCEPTED,
    "p2": ProtocolStatus.ACCEPTED,
    "p3": ProtocolStatus.TRANSMITTED,  # received, not yet accepted
    "p4": ProtocolStatus.ACCEPTED,
    # p5: nothing received
}


def test_totals_and_completeness_at_every_level() -> None:
    top = aggregate(TREE, PROTOCOLS.get, STATUS.get, FIELDS, CHOICES)
    assert top.totals == Totals(
        {"voters_on_list": 700, "invalid": 3}, {"A": 110, "B": 140}, against_all=6, protocols=3
    )
    assert top.completeness == Completeness(expected=5, received=4, accepted=3, missing=("p5",))
    region1, region2 = top.children
    assert region1.totals.votes == {"A": 40, "B": 60}
    assert region1.completeness == Completeness(3, 3, 2, ())
    tec2 = region1.children[1]
    assert tec2.totals == Totals.empty(FIELDS, CHOICES)  # every line present, zero
    assert tec2.completeness == Completeness(1, 1, 0, ())
    assert region2.completeness.missing == ("p5",)


def test_drafts_are_neither_received_nor_counted() -> None:
    status = {"p1": ProtocolStatus.DRAFT}
    top = aggregate(TREE, PROTOCOLS.get, status.get, FIELDS, CHOICES)
    assert top.completeness.received == 0 and top.totals.protocols == 0


@given(
    st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 10**5), st.integers(0, 10**5)), max_size=40
    )
)
def test_the_sum_of_parts_is_the_sum_of_the_whole(rows: list[tuple[int, int, int]]) -> None:
    protocols = [_protocol(f"p{i}", v, a, b) for i, (v, a, b) in enumerate(rows)]
    half = len(protocols) // 2
    whole = sum_protocols(protocols, FIELDS, CHOICES)
    parts = sum_protocols(protocols[:half], FIELDS, CHOICES).add(
        sum_protocols(protocols[half:], FIELDS, CHOICES)
    )
    assert whole == parts
    assert whole.votes["A"] == sum(a for _, a, _ in rows)


def test_shares_as_results_publish_them() -> None:
    """Turnout of the voters on the list, each choice of the valid votes (against all
    included), to 2 places; nothing counted is 0%, not a division by zero."""
    t = Totals(
        {"voters_on_list": 1200, "ballots_in_boxes": 647, "invalid": 7},
        {"A": 400, "B": 201},
        39,
        1,
    )
    assert t.valid == 640 and t.invalid == 7
    assert t.turnout_percent == 53.92  # 647 / 1200 = 53.9166...
    assert t.vote_percent == {"A": 62.5, "B": 31.41}  # 201 / 640 = 31.40625
    assert list(t.vote_percent) == ["A", "B"]
    empty = Totals.empty(("voters_on_list", "ballots_in_boxes"), CHOICES)
    assert empty.turnout_percent == 0.0 and empty.vote_percent == {"A": 0.0, "B": 0.0}
    assert empty.invalid == 0
    assert percent(1, 3) == 33.33 and percent(2, 3) == 66.67 and percent(5, 0) == 0.0
