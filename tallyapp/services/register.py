"""A real election's register from the CEC's files: polling stations, district candidates and
commission members (CSV or XLSX). Each file is read whole and checked line by line before
anything is written; a file with a problem changes nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import CEC_CODE, Action, AuthorityError, Roster
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.domain.register import looks_like_formula
from tallyapp.services.errors import InputError
from tallyapp.services.sessions import (
    WorkSession,
    actor_of,
    read_roster_file,
    require,
    set_rosters,
    workstation_name,
)
from tallyapp.services.setup import election_of
from tallyapp.services.table_files import Table, read_table
from tallyapp.services.transaction import reading, use_case
from tallyapp.storage.protocols import audit
from tallyapp.storage.rosters import first_setup
from tallyapp.storage.tables import CandidateRow, PrecinctRow, ProtocolRow

CANDIDATE_COLUMNS = ("district", "id", "name_kk", "name_ru", "nomination", "ballot_position")
CANDIDATE_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,31}")


@dataclass(frozen=True)
class CandidateEntry:
    district: int
    code: str
    name_kk: str
    name_ru: str
    nomination: str  # a party code of the election, or "independent"
    ballot_position: int


def read_candidates(table: Table, election: Election) -> list[CandidateEntry]:
    """District candidates from a table; every line's problem named, nothing kept on one."""
    table.require(CANDIDATE_COLUMNS)
    if not election.has_ballot(BallotKind.CONSTITUENCY):
        raise InputError("(file)", "no-districts", table.source, election=election.id)
    districts = {d.number for d in election.districts}
    parties = {p.code for p in election.parties}
    problems: list[TallyError] = []
    entries: list[CandidateEntry] = []
    ids: dict[str, int] = {}
    positions: dict[tuple[int, int], int] = {}

    def line_problem(rule: str, line: int, column: str, **params: object) -> None:
        problems.append(InputError(f"line {line}, column {column}", rule, table.source, **params))

    for line, row in table.rows:
        cell = {c: (row.get(c) or "").strip() for c in CANDIDATE_COLUMNS}
        if not any(cell.values()):
            continue
        district = int(cell["district"]) if cell["district"].isdigit() else 0
        if district not in districts:
            line_problem(
                "candidate-district",
                line,
                "district",
                found=cell["district"][:20],
                last=max(districts),
            )
        code = cell["id"]
        if not CANDIDATE_ID.fullmatch(code):
            line_problem("bad-code", line, "id", found=code[:40])
        elif code in ids:
            line_problem("candidate-twice", line, "id", code=code, first=ids[code])
        else:
            ids[code] = line
        for column in ("name_kk", "name_ru"):
            if not cell[column]:
                line_problem("no-name", line, column)
            elif looks_like_formula(cell[column]):
                line_problem("formula-text", line, column, found=cell[column][:40])
        nomination = cell["nomination"]
        if nomination not in parties and nomination != "independent":
            line_problem(
                "nomination",
                line,
                "nomination",
                found=nomination[:40],
                parties=", ".join(sorted(parties)),
            )
        position_text = cell["ballot_position"]
        position = int(position_text) if re.fullmatch(r"[1-9][0-9]{0,2}", position_text) else 0
        if not position:
            line_problem("ballot-position", line, "ballot_position", found=position_text[:20])
        elif (district, position) in positions:
            line_problem(
                "position-twice",
                line,
                "ballot_position",
                district=district,
                position=position,
                first=positions[(district, position)],
            )
        else:
            positions[(district, position)] = line
        entries.append(
            CandidateEntry(district, code, cell["name_kk"], cell["name_ru"], nomination, position)
        )
    if not entries and not problems:
        raise InputError("line 2", "table-empty", table.source)
    if problems:
        raise Problems(problems)
    return entries


@dataclass(frozen=True)
class CandidatesStored:
    districts: int
    candidates: int


def set_candidates(
    engine: Engine, work: WorkSession | None, entries: list[CandidateEntry]
) -> CandidatesStored:
    """Replace the candidates of every district the list names, in one transaction; refused
    for a district where a green protocol has already been keyed or received."""
    named = sorted({e.district for e in entries})
    with use_case(engine) as s:
        election = election_of(s)
        if work is not None:
            require(s, election, work, Action.SETUP, CEC_CODE)
        elif not first_setup(s, election.id):
            raise AuthorityError("permission.sign-in", action=Action.SETUP.value, document=CEC_CODE)
        counted = s.execute(
            select(col(PrecinctRow.district_number), func.count())
            .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
            .where(
                col(ProtocolRow.election_id) == election.id,
                col(ProtocolRow.ballot) == BallotKind.CONSTITUENCY.value,
                col(PrecinctRow.district_number).in_(named),
            )
            .group_by(col(PrecinctRow.district_number))
        ).all()
        if counted:
            raise TallyError(
                "register.candidates-counted",
                districts=", ".join(str(d) for d, _ in counted),
            )
        elsewhere = list(
            s.execute(
                select(col(CandidateRow.code), col(CandidateRow.district_number)).where(
                    col(CandidateRow.election_id) == election.id,
                    col(CandidateRow.code).in_([e.code for e in entries]),
                    col(CandidateRow.district_number).not_in(named),
                )
            )
        )
        if elsewhere:
            code, district = elsewhere[0]
            raise TallyError("register.candidate-elsewhere", code=code, district=district)
        s.execute(
            delete(CandidateRow).where(
                col(CandidateRow.election_id) == election.id,
                col(CandidateRow.district_number).in_(named),
            )
        )
        s.execute(
            insert(CandidateRow),
            [
                {
                    "election_id": election.id,
                    "district_number": e.district,
                    "code": e.code,
                    "name": e.name_kk,
                    "name_ru": e.name_ru,
                    "nomination": e.nomination,
                    "ballot_position": e.ballot_position,
                }
                for e in entries
            ],
        )
        actor = actor_of(work) if work else Actor("administrator", workstation_name())
        audit(
            s,
            actor,
            "candidates",
            election.id,
            **({"first_setup": True} if work is None else {}),
            districts=named,
            candidates=[(e.district, e.code, e.name_kk, e.nomination) for e in entries],
        )
    return CandidatesStored(len(named), len(entries))


def needs_first_roster(engine: Engine) -> bool:
    """Whether nobody can sign in yet: no commission member has an IIN (a database set up
    from a register, before the CEC's members file is loaded)."""
    with reading(engine) as s:
        return first_setup(s, election_of(s).id)


def load_candidates(engine: Engine, work: WorkSession | None, path: Path | str) -> CandidatesStored:
    with reading(engine) as s:
        election = election_of(s)
    return set_candidates(engine, work, read_candidates(read_table(path), election))


def load_members(engine: Engine, work: WorkSession | None, path: Path | str) -> list[Roster]:
    """Commission members from a file (commission, name, iin, role): each roster named is
    replaced whole, all or none."""
    from tallyapp.services.rehearsal import is_rehearsal

    rosters = read_roster_file(read_table(path), is_rehearsal(engine))
    set_rosters(engine, work, rosters)
    return rosters
