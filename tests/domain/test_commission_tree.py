"""Who is under whom: one commission tree, from the CEC down to the precincts."""

from __future__ import annotations

import pytest

from tallyapp.domain.commission_tree import (
    CommissionTree,
    precinct_commission,
    precinct_of,
)

# The CEC; two regions (Abai with two territorial commissions, Almaty with one); one district
# commission under the CEC that counts the green ballots of Abai's first territorial commission
# and of Almaty's (district 1 spans the two regions here).
TREE = CommissionTree(
    {
        "CEC": None,
        "ABAI": "CEC",
        "DEC-01": "CEC",
        "ALMATY": "CEC",
        "ABAI-01": "ABAI",
        "ABAI-02": "ABAI",
        "ALMATY-01": "ALMATY",
    },
    {
        "CEC": "cec",
        "ABAI": "region",
        "DEC-01": "dec",
        "ALMATY": "region",
        "ABAI-01": "tec",
        "ABAI-02": "tec",
        "ALMATY-01": "tec",
    },
    {"101": "ABAI-01", "102": "ABAI-02", "201": "ALMATY-01"}.get,
    {"DEC-01": 1, "ABAI-01": 1, "ABAI-02": 2, "ALMATY-01": 1},
)


def test_parents_children_and_levels() -> None:
    assert TREE.root == "CEC"
    assert TREE.parent("ABAI-02") == "ABAI"
    assert TREE.parent("CEC") is None
    assert TREE.parent(precinct_commission("102")) == "ABAI-02"
    assert TREE.commission_of_precinct("201") == "ALMATY-01"
    assert TREE.commission_of_precinct("999") is None
    assert TREE.children("CEC") == ("ABAI", "DEC-01", "ALMATY")
    assert TREE.children("CEC", "region") == ("ABAI", "ALMATY")
    assert TREE.children("ABAI") == ("ABAI-01", "ABAI-02")
    assert TREE.children("ABAI-01") == ()
    assert TREE.level("DEC-01") == "dec"
    assert TREE.level("PEC-101") == "precinct"
    assert TREE.level("NOWHERE") is None
    assert "ABAI" in TREE and "PEC-101" not in TREE and "NOWHERE" not in TREE
    assert list(TREE) == ["CEC", "ABAI", "DEC-01", "ALMATY", "ABAI-01", "ABAI-02", "ALMATY-01"]


def test_chain_to_the_root() -> None:
    assert TREE.chain("PEC-101") == ("PEC-101", "ABAI-01", "ABAI", "CEC")
    assert TREE.chain("ALMATY-01") == ("ALMATY-01", "ALMATY", "CEC")
    assert TREE.chain("CEC") == ("CEC",)
    assert TREE.chain("PEC-999") == ()  # a precinct the register does not hold
    assert TREE.chain("NOWHERE") == ()


@pytest.mark.parametrize(
    ("commission", "ancestor", "under", "above"),
    [
        ("ABAI-01", "ABAI", True, True),
        ("ABAI-01", "CEC", True, True),
        ("PEC-101", "ABAI-01", True, True),
        ("PEC-101", "CEC", True, True),
        ("ABAI-01", "ABAI-01", True, False),  # under itself, not above itself
        ("PEC-101", "ABAI-02", False, False),  # another territorial commission's precinct
        ("ALMATY-01", "ABAI", False, False),
        ("ABAI-01", "DEC-01", False, False),  # a district commission counts, it is not above
        ("ABAI", "ABAI-01", False, False),  # upwards is not under
        ("NOWHERE", "NOWHERE", False, False),
        ("PEC-999", "CEC", False, False),
    ],
)
def test_under_and_above(commission: str, ancestor: str, under: bool, above: bool) -> None:
    assert TREE.is_under(commission, ancestor) is under
    assert TREE.is_above(ancestor, commission) is above


def test_top_and_what_lies_under() -> None:
    assert TREE.is_top("CEC") and not TREE.is_top("ABAI") and not TREE.is_top("NOWHERE")
    assert TREE.under("ABAI") == ["ABAI", "ABAI-01", "ABAI-02"]
    assert TREE.under("CEC", "tec") == ["ABAI-01", "ABAI-02", "ALMATY-01"]
    assert TREE.under("ALMATY-01", "tec") == ["ALMATY-01"]
    assert TREE.under("NOWHERE") == []
    # A district commission sums its district's territorial commissions, across regions.
    assert TREE.district_tecs("DEC-01") == ["ABAI-01", "ALMATY-01"]
    assert TREE.district_tecs("ABAI") == []
    assert TREE.tecs_counted_by("DEC-01") == ["ABAI-01", "ALMATY-01"]
    assert TREE.tecs_counted_by("ABAI") == ["ABAI-01", "ABAI-02"]


def test_precincts_answered_by_another_lookup() -> None:
    asked: list[str] = []

    def lookup(number: str) -> str | None:
        asked.append(number)
        return "ALMATY-01" if number == "7" else None

    tree = TREE.with_precincts(lookup)
    assert tree.chain("PEC-7") == ("PEC-7", "ALMATY-01", "ALMATY", "CEC")
    assert tree.parent("PEC-101") is None and asked == ["7", "101"]
    assert TREE.parent("PEC-101") == "ABAI-01"  # the first tree is unchanged
    assert precinct_of("PEC-7") == "7" and precinct_of("ABAI") is None


def test_a_tree_without_a_root_says_so_and_a_loop_ends() -> None:
    with pytest.raises(ValueError, match="root"):
        _ = CommissionTree({"A": "B", "B": "A"}, {"A": "tec", "B": "region"}).root
    looped = CommissionTree({"A": "B", "B": "A"}, {"A": "tec", "B": "region"})
    assert looped.chain("A") == ("A", "B")
    assert not looped.is_under("A", "C")
