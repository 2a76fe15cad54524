"""Running totals per territorial commission: what national results read instead of summing
every precinct's lines again.

For each territorial commission and ballot the `tally` table holds the sums of the current
lines of its accepted protocols, and how many of its protocols are accepted and received.
Only the write path (`storage.protocols`) changes it, in the same transaction that moves a
protocol's head: it takes away what the protocol added before and adds what it adds now.
It is derived, never trusted blindly: `verify_tallies` recounts it from the protocols
themselves, and the audit reports any total that differs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlmodel import col

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
    TallyRow,
    assigned,
)

# Counts kept beside the lines; '#' never begins a line's key.
ACCEPTED = "#accepted"
RECEIVED = "#received"  # held by the commission above, or being corrected there


@dataclass(frozen=True)
class Standing:
    """What a protocol's head says: its state, the kind of its current version, and that
    version's lines (needed only when it is accepted)."""

    state: State
    kind: str
    lines: Mapping[str, int]


def contribution(standing: Standing | None) -> dict[str, int]:
    """What one protocol adds to its commission's totals. A repeated protocol being keyed
    replaces one that was received: the precinct stays received while it is corrected."""
    if standing is None:
        return {}
    added: dict[str, int] = {}
    if standing.state is State.ACCEPTED:
        added.update(standing.lines)
        added[ACCEPTED] = 1
    if standing.state.received or standing.kind == "repeated":
        added[RECEIVED] = 1
    return added


@dataclass(frozen=True)
class Move:
    """One protocol's head moving from one standing to another (None: no protocol yet)."""

    tec_id: int
    ballot: str
    before: Standing | None
    after: Standing | None


def apply_moves(conn: Connection, election_id: str, moves: Iterable[Move]) -> None:
    """Add each move's difference to the totals, in one statement. Rows are written in one
    order (commission, ballot, key) so two workstations adding to the same commission wait
    for each other instead of deadlocking."""
    deltas: dict[tuple[int, str, str], int] = defaultdict(int)
    for move in moves:
        for key, value in contribution(move.after).items():
            deltas[move.tec_id, move.ballot, key] += value
        for key, value in contribution(move.before).items():
            deltas[move.tec_id, move.ballot, key] -= value
    rows = [(election_id, *where, value) for where, value in sorted(deltas.items()) if value]
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        "INSERT INTO tally (election_id, tec_id, ballot, key, value) "
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark}) "
        "ON CONFLICT (tec_id, ballot, key) DO UPDATE SET value = tally.value + excluded.value",
        rows,
    )


def tec_ids(conn: Connection, precinct_ids: Sequence[int]) -> dict[int, int]:
    """Each precinct's territorial commission, 900 precincts a query."""
    found: dict[int, int] = {}
    unique = sorted(set(precinct_ids))
    for i in range(0, len(unique), 900):
        for precinct_id, tec_id in conn.execute(
            select(col(PrecinctRow.id), col(PrecinctRow.tec_id)).where(
                col(PrecinctRow.id).in_(unique[i : i + 900])
            )
        ):
            found[assigned(precinct_id)] = tec_id
    return found


def read_tallies(
    conn: Connection, election_id: str, ballot: str, keys: Collection[str] | None = None
) -> dict[int, dict[str, int]]:
    """The running totals of one ballot, by territorial commission id; only `keys` if given
    (the counts of protocols, say, without every line's sum)."""
    found: dict[int, dict[str, int]] = defaultdict(dict)
    query = select(col(TallyRow.tec_id), col(TallyRow.key), col(TallyRow.value)).where(
        col(TallyRow.election_id) == election_id, col(TallyRow.ballot) == ballot
    )
    if keys is not None:
        query = query.where(col(TallyRow.key).in_(keys))
    for tec_id, key, value in conn.execute(query):
        found[tec_id][key] = int(value)
    return found


def totals_of(
    conn: Connection, election_id: str, tec_codes: Sequence[str]
) -> dict[str, dict[str, int]]:
    """The accepted lines of these territorial commissions, summed from their running
    totals, by ballot (the counts beside them left out)."""
    found: dict[str, dict[str, int]] = {}
    for i in range(0, len(tec_codes), 900):
        # By commission id, so the rows are found through the totals' own key (by election,
        # every file of an import would read the whole country's totals).
        tecs = select(col(CommissionRow.id)).where(
            col(CommissionRow.election_id) == election_id,
            col(CommissionRow.code).in_(tec_codes[i : i + 900]),
        )
        for ballot, key, value in conn.execute(
            select(col(TallyRow.ballot), col(TallyRow.key), func.sum(col(TallyRow.value)))
            .where(col(TallyRow.tec_id).in_(tecs), ~col(TallyRow.key).startswith("#"))
            .group_by(col(TallyRow.ballot), col(TallyRow.key))
        ):
            by_key = found.setdefault(ballot, {})
            by_key[key] = by_key.get(key, 0) + int(value)
    return found


def recount(conn: Connection, election_id: str) -> dict[tuple[int, str, str], int]:
    """The totals as the protocols themselves give them, summed afresh by the database."""
    heads = (
        select()
        .select_from(ProtocolRow)
        .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
        .where(col(ProtocolRow.election_id) == election_id)
    )
    accepted = heads.where(col(ProtocolRow.state) == State.ACCEPTED.value)
    where = (col(PrecinctRow.tec_id), col(ProtocolRow.ballot))
    found: dict[tuple[int, str, str], int] = {}
    lines = accepted.join(
        ProtocolLineRow, col(ProtocolLineRow.version_id) == col(ProtocolRow.current_version_id)
    ).add_columns(*where, col(ProtocolLineRow.key), func.sum(col(ProtocolLineRow.value)))
    for tec_id, ballot, key, value in conn.execute(lines.group_by(*where, ProtocolLineRow.key)):
        found[tec_id, ballot, key] = int(value)
    for tec_id, ballot, count in conn.execute(
        accepted.add_columns(*where, func.count()).group_by(*where)
    ):
        found[tec_id, ballot, ACCEPTED] = int(count)
    received = [s.value for s in State if s.received]
    for tec_id, ballot, count in conn.execute(
        heads.join(
            ProtocolVersionRow,
            col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
        )
        .where(col(ProtocolRow.state).in_(received) | (col(ProtocolVersionRow.kind) == "repeated"))
        .add_columns(*where, func.count())
        .group_by(*where)
    ):
        found[tec_id, ballot, RECEIVED] = int(count)
    return found


@dataclass(frozen=True)
class TallyDifference:
    commission: str
    ballot: str
    line: str
    stored: int
    recounted: int


def verify_tallies(conn: Connection, election_id: str) -> list[TallyDifference]:
    """Every running total against a fresh count of the protocols: a total changed by hand
    (or by a fault) shows here, whatever it was changed to."""
    fresh = recount(conn, election_id)
    stored = {
        (tec_id, ballot, key): int(value)
        for tec_id, ballot, key, value in conn.execute(
            select(
                col(TallyRow.tec_id), col(TallyRow.ballot), col(TallyRow.key), col(TallyRow.value)
            ).where(col(TallyRow.election_id) == election_id)
        )
    }
    codes = {
        commission_id: code
        for commission_id, code in conn.execute(
            select(col(CommissionRow.id), col(CommissionRow.code)).where(
                col(CommissionRow.election_id) == election_id
            )
        )
    }
    return [
        TallyDifference(
            codes.get(tec, str(tec)), ballot, key, stored.get(where, 0), fresh.get(where, 0)
        )
        for where in sorted(fresh.keys() | stored.keys())
        for tec, ballot, key in [where]
        if stored.get(where, 0) != fresh.get(where, 0)
    ]
