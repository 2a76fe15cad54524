"""The commission tree as the database holds it: read once, into `domain.commission_tree`."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.commission_tree import CommissionTree
from tallyapp.storage.tables import CommissionRow, PrecinctRow

Reader = Callable[[], AbstractContextManager[Connection | Session]]


class PrecinctLookup:
    """A precinct's territorial commission, read when first asked and remembered: a country
    has 100,000 precincts, and a use case asks about one or two."""

    def __init__(self, reader: Reader, election_id: str) -> None:
        self.reader = reader
        self.election_id = election_id
        self.known: dict[str, str | None] = {}

    def __call__(self, number: str) -> str | None:
        if number not in self.known:
            with self.reader() as conn:
                self.known[number] = conn.execute(
                    select(col(CommissionRow.code))
                    .join(PrecinctRow, col(PrecinctRow.tec_id) == col(CommissionRow.id))
                    .where(
                        col(PrecinctRow.election_id) == self.election_id,
                        col(PrecinctRow.number) == number,
                    )
                ).scalar()
        return self.known[number]

    def knows(self, number: str) -> bool:
        """Whether `number` is answered without reading the database."""
        return number in self.known

    def remember(self, number: str, tec: str) -> None:
        """A precinct's commission learnt by the caller's own read."""
        self.known[number] = tec


def read_commission_tree(
    conn: Connection | Session, election_id: str, reader: Reader | None = None
) -> CommissionTree:
    """The election's commission tree, in the order of its positions. Precincts are read each
    when first asked, through `reader` (a connection of their own, for a tree kept between
    use cases), or through `conn` while it is open."""
    parents: dict[str, str | None] = {}
    levels: dict[str, str] = {}
    districts: dict[str, int | None] = {}
    rows = conn.execute(
        select(
            col(CommissionRow.id),
            col(CommissionRow.code),
            col(CommissionRow.parent_id),
            col(CommissionRow.level),
            col(CommissionRow.district_number),
        )
        .where(col(CommissionRow.election_id) == election_id)
        .order_by(col(CommissionRow.position), col(CommissionRow.id))
    ).all()
    code_of = {cid: code for cid, code, _, _, _ in rows}
    for _, code, parent, level, district in rows:
        parents[code] = code_of.get(parent) if parent is not None else None
        levels[code] = level
        districts[code] = district
    lookup = PrecinctLookup(reader or (lambda: nullcontext(conn)), election_id)
    return CommissionTree(parents, levels, lookup, districts)
