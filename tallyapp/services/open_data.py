"""Results for people: open data as CSV (one file per ballot) and XLSX (one sheet per ballot
and one of the choices), one row per precinct with every figure. The columns are fixed for an
election and described in docs/open-data.md. The NIST SP 1500-100 report is `services.cdf`.

Figures are integers (a blank only where no protocol was accepted); codes and names come in
Kazakh and Russian. Text that a spreadsheet would run as a formula (a cell starting with
= + - @, a tab or a carriage return) is neutralised as OWASP advises: a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.reports.texts import precinct_title
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.rehearsal import MARK, is_rehearsal
from tallyapp.services.setup import dec_code, election_of
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int


def neutralised(value: Cell) -> Cell:
    """A text cell a spreadsheet would read as a formula, with a leading apostrophe (OWASP
    CSV injection rule); numbers and other text unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Table:
    head: list[str]
    rows: list[list[Cell]]


def _lines(engine: Engine, election: Election, ballot: BallotKind) -> dict[int, Any]:
    with Session(engine) as s:
        heads = {
            pid: (state, vid, number, digest)
            for pid, state, vid, number, digest in s.execute(
                select(
                    col(ProtocolRow.precinct_id),
                    col(ProtocolRow.state),
                    col(ProtocolVersionRow.id),
                    col(ProtocolVersionRow.number),
                    col(ProtocolVersionRow.fingerprint),
                )
                .join(
                    ProtocolVersionRow,
                    col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
                )
                .where(
                    col(ProtocolRow.election_id) == election.id,
                    col(ProtocolRow.ballot) == ballot.value,
                )
            )
        }
        lines: dict[int, dict[str, int]] = defaultdict(dict)
        for vid, key, value in s.execute(
            select(
                col(ProtocolLineRow.version_id),
                col(ProtocolLineRow.key),
                col(ProtocolLineRow.value),
            )
            .join(
                ProtocolRow, col(ProtocolRow.current_version_id) == col(ProtocolLineRow.version_id)
            )
            .where(
                col(ProtocolRow.election_id) == election.id,
                col(ProtocolRow.ballot) == ballot.value,
            )
        ):
            lines[vid][key] = int(value)
    return {pid: (*head, lines.get(head[1] or 0, {})) for pid, head in heads.items()}


def open_data_table(engine: Engine, commission: str, ballot: BallotKind) -> Table:
    """One row per precinct under `commission` that counts `ballot`: identity in both
    languages, protocol state, every figure; party-list votes one column per party, a
    district's candidates by ballot position (code, names, nomination, votes)."""
    numbers = set(precincts_under(engine, commission, ballot))
    with Session(engine) as s:
        election = election_of(s)
        commissions = {
            c.id: c
            for c in s.scalars(
                select(CommissionRow).where(col(CommissionRow.election_id) == election.id)
            )
        }
        precincts = [
            p
            for p in s.scalars(
                select(PrecinctRow)
                .where(col(PrecinctRow.election_id) == election.id)
                .order_by(col(PrecinctRow.id))
            )
            if p.number in numbers
        ]
        candidates: dict[int, list[CandidateRow]] = defaultdict(list)
        for c in s.scalars(
            select(CandidateRow)
            .where(col(CandidateRow.election_id) == election.id)
            .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
        ):
            candidates[c.district_number].append(c)
    protocols = _lines(engine, election, ballot)
    fields = list(election.ballot(ballot).field_keys)
    against = [AGAINST_ALL] if election.has_against_all else []
    head = [
        "election",
        "ballot",
        "region",
        "region_name_kk",
        "region_name_ru",
        "tec",
        "tec_name_kk",
        "tec_name_ru",
        "precinct",
        "precinct_name_kk",
        "precinct_name_ru",
        "abroad",
    ]
    parties = [p.code for p in election.parties_in_ballot_order()]
    width = 0
    if ballot is BallotKind.PARTY_LIST:
        head += ["district_code"]
    else:
        head += ["district", "district_name_kk", "district_name_ru"]
        districts = {p.district_number for p in precincts}
        width = max((len(candidates[d]) for d in districts if d is not None), default=0)
    head += ["state", "version", "fingerprint", *fields, *against]
    if ballot is BallotKind.PARTY_LIST:
        head += parties
    else:
        for i in range(1, width + 1):
            head += [
                f"candidate_{i}",
                f"candidate_{i}_name_kk",
                f"candidate_{i}_name_ru",
                f"candidate_{i}_nomination",
                f"votes_{i}",
            ]
    rows: list[list[Cell]] = []
    for p in precincts:
        tec = commissions[p.tec_id]
        region = commissions.get(tec.parent_id) if tec.parent_id is not None else None
        state, _vid, version, digest, lines = protocols.get(p.id or 0, ("missing", None, 0, "", {}))
        row: list[Cell] = [
            election.id,
            ballot.value,
            p.region_code,
            region.name_kk if region else "",
            region.name_ru if region else "",
            tec.code,
            tec.name_kk,
            tec.name_ru,
            p.number,
            precinct_title(p.number, p.name, p.name_ru, "kk"),
            precinct_title(p.number, p.name, p.name_ru, "ru"),
            int(p.abroad),
        ]
        if ballot is BallotKind.PARTY_LIST:
            row.append(dec_code(p.district_number) if p.district_number is not None else "")
        else:
            assert p.district_number is not None  # only precincts with a green ballot
            names = election.district(p.district_number).names
            row += [p.district_number, names.kk, names.ru]
        row += [state, version or 0, digest or ""]
        row += [lines.get(k, "") for k in [*fields, *against]]
        if ballot is BallotKind.PARTY_LIST:
            row += [lines.get(VOTE_PREFIX + code, "") for code in parties]
        else:
            on_ballot = candidates[p.district_number or 0]
            for c in on_ballot:
                row += [
                    c.code,
                    c.name,
                    c.name_ru or c.name,
                    c.nomination,
                    lines.get(VOTE_PREFIX + c.code, ""),
                ]
            row += [""] * (5 * (width - len(on_ballot)))  # every row as wide as the header
        rows.append(row)
    return _marked(engine, Table(head, [[neutralised(v) for v in r] for r in rows]))


def choices_table(engine: Engine) -> Table:
    """Every choice of the election: the parties and the candidates, codes and names."""
    with Session(engine) as s:
        election = election_of(s)
        candidates = list(
            s.scalars(
                select(CandidateRow)
                .where(col(CandidateRow.election_id) == election.id)
                .order_by(col(CandidateRow.district_number), col(CandidateRow.ballot_position))
            )
        )
    head = ["ballot", "district", "ballot_position", "code", "name_kk", "name_ru", "nomination"]
    rows: list[list[Cell]] = [
        ["party-list", "", p.ballot_number, p.code, p.names.kk, p.names.ru, ""]
        for p in election.parties_in_ballot_order()
    ]
    rows += [
        [
            "constituency",
            c.district_number,
            c.ballot_position,
            c.code,
            c.name,
            c.name_ru or c.name,
            c.nomination,
        ]
        for c in candidates
    ]
    return _marked(engine, Table(head, [[neutralised(v) for v in r] for r in rows]))


def _marked(engine: Engine, table: Table) -> Table:
    """A rehearsal's table says so on every row, in a first column of its own: a copy that
    leaves its file still says what it is. A production table has no such column."""
    if not is_rehearsal(engine):
        return table
    return Table(["rehearsal", *table.head], [[MARK, *row] for row in table.rows])


def to_csv(table: Table, excel: bool = False) -> bytes:
    """UTF-8 with `,`; `excel`: as Excel on a Kazakh or Russian Windows opens it by a double
    click (a byte order mark, and `;` because there the decimal separator is a comma)."""
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n"
    )
    writer.writerow(table.head)
    writer.writerows(table.rows)
    return out.getvalue().encode("utf-8-sig" if excel else "utf-8")


def export_csv(engine: Engine, commission: str, ballot: BallotKind, excel: bool = False) -> str:
    """The CSV of one ballot, as text."""
    data = to_csv(open_data_table(engine, commission, ballot), excel)
    return data.decode("utf-8-sig" if excel else "utf-8")


def export_xlsx(engine: Engine, commission: str) -> bytes:
    """One workbook: a sheet per ballot of the election, and the choices."""
    from openpyxl import Workbook

    with Session(engine) as s:
        election = election_of(s)
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    tables = [
        (ballot.value, open_data_table(engine, commission, ballot))
        for ballot in BallotKind
        if election.has_ballot(ballot)
    ]
    tables.append(("choices", choices_table(engine)))
    if is_rehearsal(engine):
        book.properties.title = f"{MARK}: {election.id}"
    for title, table in tables:
        sheet = book.create_sheet(f"{MARK} {title}" if is_rehearsal(engine) else title)
        sheet.append(table.head)
        for row in table.rows:
            sheet.append(row)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text: never a formula
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
