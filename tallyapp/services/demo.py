"""`tallyapp demo`: fill a database with the national 2023 demo, accepted protocol by protocol."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, text, update
from sqlalchemy.orm import Session

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.protocol import Protocol, fingerprint
from tallyapp.services.demo_figures import generate
from tallyapp.services.setup import SetupError, election_of, init_database, open_engine
from tallyapp.services.structure import official_figures, plan_structure
from tallyapp.storage.protocols import insert_lines, lines_of
from tallyapp.storage.tables import (
    AuditRow,
    CandidateRow,
    PrecinctRow,
    ProtocolRow,
    ProtocolVersionRow,
)

DEMO_ACTOR = "demo"
Progress = Callable[[str, int], None]  # (what is happening, percent done)


@dataclass(frozen=True)
class DemoSummary:
    election: str
    protocols: int
    precincts: int
    candidates: int


def _no_progress(_text: str, _percent: int) -> None:
    pass


def build_demo(url: str | None, seed: int = 2023, progress: Progress = _no_progress) -> DemoSummary:
    """Generate and store every protocol of the demo in one transaction, all accepted.

    Refuses a database that already holds protocols: the demo never overwrites real work.
    """
    progress("preparing the database", 0)
    try:
        engine = open_engine(url)
    except SetupError:
        init_database(url)
        engine = open_engine(url)
    with Session(engine) as session:
        election = election_of(session)
    official = official_figures(election.id)
    if official is None:
        raise SetupError(f"no demo figures for election {election.id}; the demo is for 2023")
    structure = plan_structure(election)
    progress("generating protocols", 10)
    with engine.connect() as conn:
        register: dict[int, list[str]] = {}
        for district, code in conn.execute(
            select(CandidateRow.district_number, CandidateRow.code)
            .where(CandidateRow.election_id == election.id)
            .order_by(CandidateRow.district_number, CandidateRow.ballot_position)
        ):
            register.setdefault(district, []).append(code)
    data = generate(election, structure, official, seed, register or None)
    with engine.begin() as conn:
        existing = conn.scalar(select(func.count()).select_from(ProtocolRow))
        if existing:
            raise SetupError(
                f"the database already holds {existing} protocols; the demo needs a fresh "
                "database (use --db with a new file)"
            )
        precinct_ids = dict(
            conn.execute(
                select(PrecinctRow.number, PrecinctRow.id).where(
                    PrecinctRow.election_id == election.id
                )
            ).all()
        )
        missing = [p.number for p in structure.precincts if p.number not in precinct_ids]
        if missing or len(precinct_ids) != len(structure.precincts):
            raise SetupError(
                "the database's precinct register differs from the demo's; "
                "run the demo on a database made by `tallyapp init`"
            )
        progress("writing candidates", 20)
        known = set(
            conn.scalars(select(CandidateRow.code).where(CandidateRow.election_id == election.id))
        )
        new_candidates = [
            {
                "election_id": election.id,
                "district_number": c.district,
                "code": c.code,
                "name": c.name,
                "nomination": c.nomination,
                "ballot_position": c.position,
            }
            for c in data.candidates
            if c.code not in known
        ]
        if new_candidates:
            conn.execute(insert(CandidateRow), new_candidates)
        _write_protocols(conn, election.id, precinct_ids, data.protocols, progress)
        conn.execute(
            insert(AuditRow),
            [
                {
                    "who": DEMO_ACTOR,
                    "workstation": DEMO_ACTOR,
                    "action": "demo",
                    "election_id": election.id,
                    "detail": json.dumps({"seed": seed, "protocols": len(data.protocols)}),
                }
            ],
        )
    engine.dispose()
    progress("done", 100)
    registered = sum(len(codes) for codes in register.values()) or len(data.candidates)
    return DemoSummary(election.id, len(data.protocols), len(structure.precincts), registered)


def _write_protocols(
    conn: Connection,
    election_id: str,
    precinct_ids: dict[str, int],
    protocols: tuple[Protocol, ...],
    progress: Progress,
) -> None:
    start_protocol = (conn.scalar(select(func.max(ProtocolRow.id))) or 0) + 1
    start_version = (conn.scalar(select(func.max(ProtocolVersionRow.id))) or 0) + 1
    heads, versions, lines = [], [], []
    for i, p in enumerate(protocols):
        pid, vid = start_protocol + i, start_version + i
        heads.append(
            {
                "id": pid,
                "election_id": election_id,
                "precinct_id": precinct_ids[p.precinct],
                "ballot": p.ballot.value,
                "state": State.ACCEPTED.value,
                "current_version_id": None,
                "lock_version": 1,
            }
        )
        versions.append(
            {
                "id": vid,
                "protocol_id": pid,
                "number": 1,
                "kind": "original",
                "reason": "",
                "fingerprint": fingerprint(p),
                "created_by": DEMO_ACTOR,
                "workstation": DEMO_ACTOR,
            }
        )
        lines.extend((vid, k, v) for k, v in lines_of(p).items())
    progress("writing protocols", 40)
    conn.execute(insert(ProtocolRow), heads)
    conn.execute(insert(ProtocolVersionRow), versions)
    progress("writing protocol lines", 60)
    chunk = 50_000
    for i in range(0, len(lines), chunk):
        insert_lines(conn, lines[i : i + chunk])
        progress("writing protocol lines", 60 + int(35 * (i + chunk) / max(len(lines), 1)))
    offset = start_version - start_protocol
    conn.execute(
        update(ProtocolRow)
        .where(ProtocolRow.id >= start_protocol)
        .values(current_version_id=ProtocolRow.id + offset)
    )
    if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in ("protocol", "protocol_version"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
