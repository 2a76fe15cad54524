"""The commission tree of an election: who is under whom, from the CEC down to the precincts.

One object answers every question about the tree: a commission's parent and children, the
territorial commission of a precinct, whether one commission is under another, the chain up
to the root, and which territorial commissions a district commission counts. It is built
once from storage (`storage.commissions.read_commission_tree`) and passed to authority,
admission, import and export, sessions, results and navigation.

Precinct commissions are not organisations and have no row in the tree: `PEC-<number>` names
a precinct's commission, and its parent is the precinct's territorial commission, asked of
`tec_of_precinct` (a country has 100,000 precincts: a caller may read them all at once or
each when first asked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

PRECINCT_PREFIX = "PEC-"
CEC_CODE = "CEC"  # the Central Election Commission, at the top of every commission tree
PRECINCT_LEVEL = "precinct"


def precinct_commission(number: str) -> str:
    """The code of a precinct's own commission (precinct commissions are not organisations and
    have no row in the commission tree)."""
    return f"{PRECINCT_PREFIX}{number}"


def precinct_of(commission: str) -> str | None:
    """The precinct number a `PEC-<number>` code names; None for any other commission."""
    return commission[len(PRECINCT_PREFIX) :] if commission.startswith(PRECINCT_PREFIX) else None


def _no_precincts(_number: str) -> str | None:
    return None


@dataclass(frozen=True)
class CommissionTree:
    """Who is under whom.

    `parents`: each commission's code and its parent's (None at the root), in the order of
    the tree (siblings by position); `levels`: each commission's level (cec, region, dec,
    tec); `tec_of_precinct`: a precinct number's territorial commission, None for a precinct
    the register does not hold; `districts`: the district number of a district commission
    and of a territorial commission whose precincts vote in one (the district commission
    counts their green ballots, though they lie under a region)."""

    parents: Mapping[str, str | None]
    levels: Mapping[str, str]
    tec_of_precinct: Callable[[str], str | None] = _no_precincts
    districts: Mapping[str, int | None] = field(default_factory=dict)

    def __contains__(self, commission: object) -> bool:
        """Whether `commission` is a commission of the tree (precinct commissions are not)."""
        return commission in self.parents

    def __iter__(self) -> Iterator[str]:
        return iter(self.parents)

    def with_precincts(self, tec_of_precinct: Callable[[str], str | None]) -> CommissionTree:
        """The same tree, its precincts answered by `tec_of_precinct`."""
        return replace(self, tec_of_precinct=tec_of_precinct)

    @cached_property
    def root(self) -> str:
        """The commission at the top (the CEC): the one with no parent."""
        tops = [code for code, parent in self.parents.items() if parent is None]
        if not tops:
            raise ValueError("a commission tree has a root")
        return min(tops)  # one in every register; the lowest code, should a file hold two

    def level(self, commission: str) -> str | None:
        if precinct_of(commission) is not None:
            return PRECINCT_LEVEL
        return self.levels.get(commission)

    def parent(self, commission: str) -> str | None:
        number = precinct_of(commission)
        if number is not None:
            return self.tec_of_precinct(number)
        return self.parents.get(commission)

    def commission_of_precinct(self, number: str) -> str | None:
        """The territorial commission a precinct's protocols go to."""
        return self.tec_of_precinct(number)

    @cached_property
    def _children(self) -> Mapping[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for code, parent in self.parents.items():
            if parent is not None:
                found.setdefault(parent, []).append(code)
        return {code: tuple(kids) for code, kids in found.items()}

    def children(self, commission: str, level: str | None = None) -> tuple[str, ...]:
        """The commissions right under `commission` in the tree's order (of one level, if
        given); precincts are not listed (see `tec_of_precinct`)."""
        kids = self._children.get(commission, ())
        return kids if level is None else tuple(k for k in kids if self.levels.get(k) == level)

    def chain(self, commission: str) -> tuple[str, ...]:
        """`commission`, its parent, theirs, ... up to the root: empty for one the tree does
        not hold (a precinct the register does not know, an unknown code)."""
        if commission not in self.parents and precinct_of(commission) is None:
            return ()
        found: list[str] = []
        seen: str | None = commission
        while seen is not None and seen not in found:  # a loop in a damaged file ends here
            found.append(seen)
            seen = self.parent(seen)
        if precinct_of(commission) is not None and len(found) == 1:
            return ()  # an unknown precinct
        return tuple(found)

    def is_under(self, commission: str, ancestor: str) -> bool:
        """Whether `commission` is `ancestor` or lies under it."""
        return ancestor in self.chain(commission)

    def is_above(self, upper: str, commission: str) -> bool:
        """Whether `upper` lies strictly above `commission`."""
        return upper != commission and self.is_under(commission, upper)

    def is_top(self, commission: str) -> bool:
        """Whether `commission` heads the tree (the CEC): no commission above it."""
        return commission in self.levels and self.parents.get(commission) is None

    def under(self, commission: str, level: str | None = None) -> list[str]:
        """Every commission under `commission`, itself included, in the tree's order (of one
        level, if given)."""
        found: list[str] = []
        stack = [commission] if commission in self.parents else []
        while stack:
            code = stack.pop()
            found.append(code)
            stack.extend(reversed(self._children.get(code, ())))
        return [c for c in found if level is None or self.levels.get(c) == level]

    def district_tecs(self, district_commission: str) -> list[str]:
        """The territorial commissions whose green ballots a district commission counts: those
        of its district, wherever they lie in the tree."""
        number = self.districts.get(district_commission)
        if number is None or self.levels.get(district_commission) != "dec":
            return []
        return [
            code
            for code, level in self.levels.items()
            if level == "tec" and self.districts.get(code) == number
        ]

    def tecs_counted_by(self, commission: str) -> list[str]:
        """The territorial commissions whose protocols `commission` sums: a district
        commission's by district, any other's by the tree (itself, if it is one)."""
        if self.levels.get(commission) == "dec":
            return self.district_tecs(commission)
        return self.under(commission, "tec")
