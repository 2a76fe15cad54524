"""Creating an election database: schema, the election, its commissions, precincts, candidates."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import CEC_CODE, Roster, precinct_commission
from tallyapp.domain.definition import parse_election
from tallyapp.domain.election import Election, Names
from tallyapp.domain.errors import TallyError
from tallyapp.reports.texts import named
from tallyapp.reports.texts import names as form_names
from tallyapp.resources import resource_path
from tallyapp.services import notices
from tallyapp.services.definitions import DEFAULT_ELECTION, load_election
from tallyapp.storage.database import (
    is_initialised,
    is_read_only,
    make_engine,
    resolve_url,
    sqlite_file,
    upgrade,
)
from tallyapp.storage.durability import (
    StorageRefused,
    hold_database,
    journal_without_database,
    release_database,
)
from tallyapp.storage.rosters import add_rosters
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    ElectionRow,
    PrecinctRow,
)

if TYPE_CHECKING:
    from tallyapp.domain.register import Structure
    from tallyapp.services.signed_setup import SignedSetup


class SetupError(TallyError):
    code = "setup.refused"


@dataclass(frozen=True)
class InitSummary:
    election: str
    url: str
    commissions: int
    precincts: int
    created: bool  # False: the election was already there and nothing changed


def dec_code(number: int) -> str:
    return f"DEC-{number:02d}"


def _definition_text(election_name: str) -> str:
    shipped = resource_path("elections", f"{election_name}.json")
    path = shipped if shipped.exists() else Path(election_name)
    return path.read_text(encoding="utf-8")


def election_of(session: Session, election_id: str | None = None) -> Election:
    """The election stored in the database (the only one, unless an id is given)."""
    query = select(ElectionRow)
    if election_id:
        query = query.where(col(ElectionRow.id) == election_id)
    rows = list(session.scalars(query))
    if not rows:
        raise SetupError("setup.no-election")
    if len(rows) > 1:
        raise SetupError("setup.several-elections", elections=", ".join(r.id for r in rows))
    return _parsed(rows[0].definition, f"database election {rows[0].id}")


@lru_cache(maxsize=8)
def _parsed(definition: str, source: str) -> Election:
    """An election's stored definition, parsed once per text: every use case reads it, and
    the parsed election is immutable (frozen, its collections tuples)."""
    return parse_election(json.loads(definition), source)


def read_register_file(path: Path | str, election: Election) -> Structure:
    """The polling stations of a register file (CSV or XLSX), checked against the election:
    every problem with its line and column."""
    from tallyapp.domain.register import read_register
    from tallyapp.services.table_files import read_table

    table = read_table(path)
    return read_register(election, table.header, table.rows, table.source)


def init_database(
    url: str | None,
    election_name: str = DEFAULT_ELECTION,
    seed: int = 2023,
    register: Path | str | None = None,
    scale: int = 1,
    progress: Callable[[str, int], None] | None = None,
    rehearsal: bool = False,
    signed: SignedSetup | None = None,
) -> InitSummary:
    """Create the schema and the election with its whole commission tree, in one transaction.

    With a `register` file (the CEC's polling stations), the database holds exactly its
    commissions and precincts, and nothing synthetic; without one, the synthetic register
    of the demo is laid out, with synthetic rosters. A register with a problem creates
    nothing, not even the database file. `progress(step, percent)` is told of each step, and
    may raise to stop: the transaction is then rolled back.

    With a `signed` setup (verified by `signed_setup.open_setup`), the database holds its
    register, candidates and rosters, its bytes are kept, and the setup is recorded as signed
    by the CEC's member who signed it.
    """
    step = progress or (lambda _text, _percent: None)
    structure: Structure | None = None
    if signed is not None:
        election, structure = signed.election, signed.structure
    else:
        election = load_election(election_name)  # validates, and names the problem if bad
        structure = read_register_file(register, election) if register is not None else None
    step("progress.schema", 2)
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        if session.get(ElectionRow, election.id) is not None:
            if structure is not None:
                raise SetupError(
                    "setup.register-too-late", election=election.id, url=str(engine.url)
                )
            commissions = session.query(CommissionRow).filter_by(election_id=election.id).count()
            precincts = session.query(PrecinctRow).filter_by(election_id=election.id).count()
            return InitSummary(election.id, str(engine.url), commissions, precincts, False)
    with engine.begin() as conn:
        if signed is not None:
            from tallyapp.services.signed_setup import write_setup

            write_setup(conn, signed)
        else:
            _write_election(
                conn, election, _definition_text(election_name), seed, structure, scale, step
            )
        if rehearsal:  # a rehearsal on the NCA's test keys: see services/rehearsal.py
            conn.execute(
                update(ElectionRow).where(col(ElectionRow.id) == election.id).values(rehearsal=True)
            )
    if signed is not None:  # the CEC's signed setup, kept and recorded as signed
        from tallyapp.services.signed_setup import record_signed_setup

        record_signed_setup(engine, signed)
    elif structure is None:  # practice data: enrolled and signed by a practice CEC key
        from tallyapp.services.enrolment import enrol_practice_workstation

        enrol_practice_workstation(engine)
    else:  # the first setup by the administrator, recorded as such
        from tallyapp.domain.actor import Actor
        from tallyapp.services.sessions import workstation_name
        from tallyapp.services.setup_seal import record_setup
        from tallyapp.services.transaction import use_case

        with use_case(engine) as s:
            record_setup(s, Actor("administrator", workstation_name()), election.id)
    with Session(engine) as session:
        commissions = session.query(CommissionRow).filter_by(election_id=election.id).count()
        precincts = session.query(PrecinctRow).filter_by(election_id=election.id).count()
    engine.dispose()
    return InitSummary(election.id, str(engine.url), commissions, precincts, True)


def _write_election(
    conn: Connection,
    election: Election,
    definition: str,
    seed: int,
    register: Structure | None,
    scale: int = 1,
    step: Callable[[str, int], None] = lambda _text, _percent: None,
) -> None:
    from tallyapp.services.demo_rosters import demo_roster
    from tallyapp.services.structure import official_figures, plan_structure

    eid = election.id
    step("progress.commissions", 5)
    conn.execute(insert(ElectionRow), [{"id": eid, "definition": definition}])
    structure = register or plan_structure(election, seed, scale)

    def add_commission(
        code: str,
        level: str,
        names: Names,
        parent: int | None,
        region: str | None = None,
        district: int | None = None,
        position: int = 0,
    ) -> int:
        result = conn.execute(
            insert(CommissionRow).returning(col(CommissionRow.id)),
            [
                {
                    "election_id": eid,
                    "code": code,
                    "level": level,
                    "name_kk": names.kk,
                    "name_ru": names.ru,
                    "name_en": names.en,
                    "parent_id": parent,
                    "region_code": region,
                    "district_number": district,
                    "position": position,
                }
            ],
        )
        new_id: int | None = result.scalar_one()
        assert new_id is not None
        return new_id

    cec = add_commission(
        CEC_CODE,
        "cec",
        form_names("cec_name"),
        None,
    )
    region_ids: dict[str, int] = {}
    for i, region in enumerate(election.regions):
        region_ids[region.code] = add_commission(
            region.code,
            "region",
            named("region_commission", region=region.names),
            cec,
            region.code,
            position=i,
        )
    for district in election.districts:
        add_commission(
            dec_code(district.number),
            "dec",
            named("district_commission", number=district.number),
            cec,
            district.region,
            district.number,
            position=district.number,
        )
    tec_ids: dict[str, int] = {}
    for i, tec in enumerate(structure.tecs):
        tec_ids[tec.code] = add_commission(
            tec.code, "tec", tec.names, region_ids[tec.region], tec.region, tec.district, position=i
        )
    step("progress.precincts", 10)
    conn.execute(
        insert(PrecinctRow),
        [
            {
                "election_id": eid,
                "number": p.number,
                "name": p.name,
                "tec_id": tec_ids[p.tec],
                "region_code": p.region,
                "district_number": p.district,
                "abroad": p.abroad,
                "name_ru": p.name_ru,
                "address_kk": p.address_kk,
                "address_ru": p.address_ru,
                "registered_voters": p.voters,
            }
            for p in structure.precincts
        ],
    )
    if register is None:
        # The register is synthetic, and so are its rosters; a real register's members come
        # from the CEC's file (`tallyapp register members`).
        step("progress.rosters", 15)
        codes = [CEC_CODE, *(r.code for r in election.regions)]
        codes += [dec_code(d.number) for d in election.districts] + [t.code for t in structure.tecs]
        rosters = [Roster(c, tuple(demo_roster(c, precinct=False, seed=seed))) for c in codes]
        rosters += [
            Roster(code, tuple(demo_roster(code, precinct=True, seed=seed)))
            for code in (precinct_commission(p.number) for p in structure.precincts)
        ]
        add_rosters(conn, eid, rosters, {})
    candidates = [
        {
            "election_id": eid,
            "district_number": d.number,
            "code": c.id,
            "name": c.name,
            "nomination": c.nomination,
            "ballot_position": i,
        }
        for d in election.districts
        for i, c in enumerate(d.candidates, start=1)
    ]
    step("progress.candidates", 25)
    official = official_figures(election.id) if register is None else None
    if official is not None and election.districts:
        # The sources name only each district's winner and runner-up; every commission's
        # database registers the same full (seeded, synthetic) list, so that protocols
        # exchanged between them name the same candidates.
        from tallyapp.services.demo_figures import generate

        known = {c["code"] for c in candidates}
        candidates += [
            {
                "election_id": eid,
                "district_number": c.district,
                "code": c.code,
                "name": c.name,
                "nomination": c.nomination,
                "ballot_position": c.position,
            }
            for c in generate(election, structure, official).candidates
            if c.code not in known
        ]
    if candidates:
        conn.execute(insert(CandidateRow), candidates)


def open_engine(url: str | None) -> Engine:
    """An engine on an existing, migrated database; a clear error if it was never created
    (and then nothing is created: no empty file, no folder)."""
    url = resolve_url(url)
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        if journal_without_database(path) is not None:
            make_engine(url, create=False)  # refuses, saying what was found
        raise SetupError("setup.no-database", url=str(path))
    engine = make_engine(url, create=False)
    if not is_initialised(engine):
        raise SetupError("setup.no-database", url=str(engine.url))
    if is_read_only(engine):
        notices.tell(StorageRefused("storage.read-only-note", path=str(path)))
    upgrade(engine)
    return engine


def read_only_reason(engine: Engine) -> TallyError | None:
    """Why nothing can be written to this database (on read-only media or a protected file,
    opened for reading), or None. Asks the engine's address, never the database: safe on
    the GUI thread."""
    if not is_read_only(engine):
        return None
    return StorageRefused(
        "storage.opened-for-reading", path=(engine.url.database or "").removeprefix("file:")
    )


@dataclass(frozen=True)
class AppDatabase:
    """The desktop app's database: where it is and whether it holds an election yet."""

    url: str
    engine: Engine
    initialised: bool
    read_only: bool = False  # read-only media: results can be read, nothing saved


def app_database(url: str | None) -> AppDatabase:
    """The database the desktop app opens (created empty if it does not exist yet), held by
    this app until its engine is disposed: a second app, or a command that writes, is
    refused with a sentence naming this workstation and process (`storage.durability`).
    A journal left without its database is never covered by a new file: refused, saying so."""
    url = resolve_url(url)
    engine = make_engine(url)  # refuses over a journal without its database
    hold_for_the_app(url, engine)
    return AppDatabase(url, engine, is_initialised(engine), is_read_only(engine))


def hold_for_the_app(url: str, engine: Engine) -> None:
    """The desktop app holds its SQLite database until the engine is disposed: a second app,
    or a command that writes, is refused naming this workstation and process."""
    path = sqlite_file(url)
    if path is None or is_read_only(engine):
        return
    held = path.resolve()
    try:
        hold_database(held)
    except StorageRefused:
        engine.dispose()
        raise
    event.listen(engine, "engine_disposed", lambda _engine: release_database(held))


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest version."""
    upgrade(engine)
