"""Reconciling what arrives with what is stored: line differences, recomputed summaries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlmodel import col

from tallyapp.domain.election import BallotKind, Names
from tallyapp.domain.lines import AGAINST_ALL, is_vote, lines_of, protocol_from_lines, vote_key
from tallyapp.domain.protocol import Protocol
from tallyapp.domain.sheet import sheet_lines
from tallyapp.domain.tabulation import tabulation
from tallyapp.reports.texts import line_words
from tallyapp.services.exchange.outcomes import SummaryDifference
from tallyapp.services.exchange.register import Register
from tallyapp.storage.tables import CandidateRow, ProtocolLineRow, ProtocolRow
from tallyapp.storage.tallies import totals_of


def differences(
    current: Protocol, incoming: Protocol
) -> tuple[tuple[str, int | None, int | None], ...]:
    """Every line whose figure differs: (line, current, incoming)."""
    a, b = lines_of(current), lines_of(incoming)
    return tuple((k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k))


def paper_lines(
    conn: Connection, register: Register, number: str, ballot: str, keys: Iterable[str]
) -> dict[str, tuple[int, Names]]:
    """Each of `keys` as the paper form of the precinct's protocol has it: (line, name)."""
    kind = BallotKind(ballot)
    district = tabulation(kind).district_of(register.precincts[number][2])
    candidates = (
        [
            (code, name, nomination)
            for code, name, nomination in conn.execute(
                select(col(CandidateRow.code), col(CandidateRow.name), col(CandidateRow.nomination))
                .where(
                    col(CandidateRow.election_id) == register.election.id,
                    col(CandidateRow.district_number) == district,
                )
                .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
            )
        ]
        if district is not None
        else []
    )
    wanted = set(keys)
    return {
        line.key: (line.number, line.names)
        for line in sheet_lines(register.election, kind, candidates, line_words())
        if line.key in wanted
    }


def line_names(conn: Connection, register: Register, ballot: str) -> dict[str, tuple[int, Names]]:
    """Every line a summary of `ballot` may hold, as the paper form has it: (its number, its
    name). Header fields, every party or candidate in ballot order (by district, where the
    ballot has districts), against all."""
    kind = BallotKind(ballot)
    candidates = (
        [
            (code, name, nomination)
            for code, name, nomination in conn.execute(
                select(col(CandidateRow.code), col(CandidateRow.name), col(CandidateRow.nomination))
                .where(col(CandidateRow.election_id) == register.election.id)
                .order_by(
                    col(CandidateRow.district_number),
                    col(CandidateRow.ballot_position),
                    col(CandidateRow.id),
                )
            )
        ]
        if tabulation(kind).by_district
        else []
    )
    return {
        line.key: (line.number, line.names)
        for line in sheet_lines(register.election, kind, candidates, line_words())
    }


def current_protocol(conn: Connection, register: Register, number: str, ballot: str) -> Protocol:
    pid = register.precincts[number][0]
    version_id = conn.scalar(
        select(col(ProtocolRow.current_version_id)).where(
            col(ProtocolRow.precinct_id) == pid, col(ProtocolRow.ballot) == ballot
        )
    )
    lines = dict(
        conn.execute(
            select(col(ProtocolLineRow.key), col(ProtocolLineRow.value)).where(
                col(ProtocolLineRow.version_id) == version_id
            )
        ).all()
    )
    kind = BallotKind(ballot)
    return protocol_from_lines(
        register.election.id,
        kind,
        number,
        tabulation(kind).district_of(register.precincts[number][2]),
        lines,
    )


def subtree_totals(
    conn: Connection, register: Register, commission: str
) -> dict[str, dict[str, int]]:
    """The accepted lines of every precinct under a commission, by ballot: the running totals
    of its territorial commissions (kept by the write path, recounted by the audit)."""
    return totals_of(conn, register.election.id, register.tecs_under(commission))


def summary_line_numbers(form: dict[str, tuple[int, Names]], keys: set[str]) -> dict[str, int]:
    """Each line's number on a summary form: its header fields, the parties or candidates it
    holds (`keys`: a green summary lists its own district's candidates, not the country's) in
    ballot order, against all; numbered as `pdf_export` prints them."""
    shown = [k for k in form if not is_vote(k) or k in keys]
    return {key: number for number, key in enumerate(shown, 1)}


def summary_differences(
    engine: Engine, register: Register, summaries: list[dict[str, Any]]
) -> list[SummaryDifference]:
    """Each summary protocol received, line by line against the sum recomputed here."""
    found: list[SummaryDifference] = []
    sums: dict[str, dict[str, dict[str, int]]] = {}
    # By ballot: each line's number on the paper form and its name, by its key.
    paper: dict[str, dict[str, tuple[int, Names]]] = {}
    with engine.connect() as conn:
        for summary in summaries:
            ballot = summary["ballot"]
            if ballot not in paper:
                paper[ballot] = line_names(conn, register, ballot)
            form = paper[ballot]
            code = summary["commission"]
            if code not in sums:
                sums[code] = subtree_totals(conn, register, code)
            mine = sums[code].get(ballot, {})
            theirs = {
                **summary["fields"],
                **{vote_key(k): v for k, v in summary["votes"].items()},
                AGAINST_ALL: summary["against_all"],
            }
            numbers = summary_line_numbers(form, set(mine) | set(theirs))
            # In the paper form's order (line 1, 2, 3…, the parties or candidates in ballot
            # order, against all), as a commission reads the two side by side; a line the
            # form does not know, last.
            for key in sorted(set(mine) | set(theirs), key=lambda k: (numbers.get(k, 10**6), k)):
                if mine.get(key, 0) != theirs.get(key, 0):
                    number, names = numbers.get(key), form[key][1] if key in form else None
                    found.append(
                        SummaryDifference(
                            code,
                            ballot,
                            key,
                            theirs.get(key, 0),
                            mine.get(key, 0),
                            names,
                            number,
                        )
                    )
    return found
