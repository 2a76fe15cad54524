"""Summing protocols over a commission subtree, with completeness at every level."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from tallyapp.domain.protocol import Protocol


class ProtocolStatus(StrEnum):
    """Where a precinct's current protocol stands; `None` for a precinct with none yet."""

    DRAFT = "draft"
    CHECKED = "checked"
    FINALISED = "finalised"
    TRANSMITTED = "transmitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    @property
    def received(self) -> bool:
        """The upper commission holds it (it was at least finalised and sent)."""
        return self in (
            ProtocolStatus.TRANSMITTED,
            ProtocolStatus.ACCEPTED,
            ProtocolStatus.REJECTED,
            ProtocolStatus.FINALISED,
        )


def percent(part: int, whole: int) -> float:
    """`part` in per cent of `whole`, rounded to 2 places as results are published; 0 of 0."""
    return round(100.0 * part / whole, 2) if whole else 0.0


@dataclass(frozen=True)
class Totals:
    """Summed figures; every field and choice present, zero where nothing was counted."""

    fields: Mapping[str, int]
    votes: Mapping[str, int]
    against_all: int
    protocols: int

    @staticmethod
    def empty(field_keys: Iterable[str], choice_ids: Iterable[str]) -> Totals:
        return Totals(dict.fromkeys(field_keys, 0), dict.fromkeys(choice_ids, 0), 0, 0)

    def add(self, other: Totals) -> Totals:
        fields = dict(self.fields)
        for k, v in other.fields.items():
            fields[k] = fields.get(k, 0) + v
        votes = dict(self.votes)
        for k, v in other.votes.items():
            votes[k] = votes.get(k, 0) + v
        return Totals(
            fields, votes, self.against_all + other.against_all, self.protocols + other.protocols
        )

    @property
    def valid(self) -> int:
        return sum(self.votes.values()) + self.against_all

    @property
    def invalid(self) -> int:
        return self.fields.get("invalid", 0)

    @property
    def turnout_percent(self) -> float:
        """Ballots found in the boxes, in per cent of the voters on the list."""
        return percent(self.fields.get("ballots_in_boxes", 0), self.fields.get("voters_on_list", 0))

    @property
    def vote_percent(self) -> dict[str, float]:
        """Each choice's votes in per cent of the valid votes (against all included), in the
        order of `votes`."""
        valid = self.valid
        return {k: percent(v, valid) for k, v in self.votes.items()}


def sum_protocols(
    protocols: Iterable[Protocol], field_keys: Iterable[str], choice_ids: Iterable[str]
) -> Totals:
    fields = dict.fromkeys(field_keys, 0)
    votes = dict.fromkeys(choice_ids, 0)
    against_all = 0
    count = 0
    for p in protocols:
        for k, v in p.fields.items():
            fields[k] = fields.get(k, 0) + v
        for k, v in p.votes.items():
            votes[k] = votes.get(k, 0) + v
        against_all += p.against_all
        count += 1
    return Totals(fields, votes, against_all, count)


@dataclass(frozen=True)
class Completeness:
    expected: int
    received: int
    accepted: int
    missing: tuple[str, ...]  # precinct codes with nothing received

    @property
    def percent_accepted(self) -> float:
        return 100.0 * self.accepted / self.expected if self.expected else 0.0

    def add(self, other: Completeness) -> Completeness:
        return Completeness(
            self.expected + other.expected,
            self.received + other.received,
            self.accepted + other.accepted,
            self.missing + other.missing,
        )


@dataclass(frozen=True)
class CommissionNode:
    """A commission in the tree with the precincts it holds directly (a TEC's PECs)."""

    code: str
    name: str
    level: str
    children: tuple[CommissionNode, ...] = ()
    precincts: tuple[str, ...] = ()

    def all_precincts(self) -> list[str]:
        found = list(self.precincts)
        for child in self.children:
            found.extend(child.all_precincts())
        return found


@dataclass(frozen=True)
class AggregateNode:
    code: str
    name: str
    level: str
    totals: Totals
    completeness: Completeness
    children: tuple[AggregateNode, ...] = field(default_factory=tuple)


def aggregate_leaves(
    node: CommissionNode,
    leaf: Callable[[CommissionNode], tuple[Totals, Completeness]],
) -> AggregateNode:
    """Recompute every level from its leaves (the commissions that hold precincts directly).

    `leaf` gives a leaf's totals and completeness, however they were summed (in memory from
    protocols, or by the database); every level above is the sum of its children.
    """
    children = tuple(aggregate_leaves(c, leaf) for c in node.children)
    if children:
        totals, completeness = children[0].totals, children[0].completeness
        for child in children[1:]:
            totals = totals.add(child.totals)
            completeness = completeness.add(child.completeness)
        if node.precincts:
            own_totals, own_completeness = leaf(node)
            totals, completeness = totals.add(own_totals), completeness.add(own_completeness)
    else:
        totals, completeness = leaf(node)
    return AggregateNode(node.code, node.name, node.level, totals, completeness, children)


def aggregate(
    node: CommissionNode,
    protocol_of: Callable[[str], Protocol | None],
    status_of: Callable[[str], ProtocolStatus | None],
    field_keys: tuple[str, ...],
    choice_ids: tuple[str, ...],
) -> AggregateNode:
    """Recompute a commission's totals from the accepted protocols below it; never typed in.

    `protocol_of` gives a precinct's current protocol, `status_of` its status; only
    accepted protocols count toward the totals, every precinct counts toward completeness.
    """

    def leaf(n: CommissionNode) -> tuple[Totals, Completeness]:
        accepted_protocols: list[Protocol] = []
        received = 0
        missing: list[str] = []
        for precinct in n.precincts:
            status = status_of(precinct)
            if status is None or not status.received:
                missing.append(precinct)
                continue
            received += 1
            protocol = protocol_of(precinct) if status is ProtocolStatus.ACCEPTED else None
            if protocol is not None:
                accepted_protocols.append(protocol)
        totals = sum_protocols(accepted_protocols, field_keys, choice_ids)
        return totals, Completeness(
            len(n.precincts), received, len(accepted_protocols), tuple(missing)
        )

    return aggregate_leaves(node, leaf)
