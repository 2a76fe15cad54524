"""`tallyapp demo`: fill a database with a national demo (2023 or 2021) whose totals are the
official results, accepted protocol by protocol."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import Provenance
from tallyapp.domain.protocol import Protocol
from tallyapp.services.definitions import DEFAULT_ELECTION
from tallyapp.services.sessions import set_demo_pins
from tallyapp.services.setup import SetupError, election_of, init_database, open_engine
from tallyapp.services.transaction import use_case
from tallyapp.storage.protocols import NewVersion, append_versions, audit
from tallyapp.storage.tables import (
    AuditRow,
    CandidateRow,
    PrecinctRow,
    ProtocolRow,
    assigned,
)

DEMO_ACTOR = "demo"
DEMO_PIN = "0000"  # every demo member's PIN: demo data is fake, and says so
Progress = Callable[[str, int], None]  # (what is happening, percent done)


@dataclass(frozen=True)
class DemoSummary:
    election: str
    protocols: int
    precincts: int
    candidates: int


def _no_progress(_text: str, _percent: int) -> None:
    pass


def build_demo(
    url: str | None,
    seed: int = 2023,
    progress: Progress = _no_progress,
    election_name: str = DEFAULT_ELECTION,
    scale: int = 1,
) -> DemoSummary:
    """Generate and store every protocol of the demo in one transaction, all accepted.

    Refuses a database that already holds protocols: the demo never overwrites real work.
    A database not yet created is set up first with `election_name`, `scale` times the
    precincts (see `structure.plan_structure`).
    """
    # Imported here: numpy (the figures' generator) is not wanted by `holds_demo`, which the
    # desktop app asks while its sign-in is on screen.
    from tallyapp.services.demo_figures import generate
    from tallyapp.services.structure import official_figures, plan_structure

    progress("progress.preparing", 0)
    try:
        engine = open_engine(url)
    except SetupError:
        init_database(url, election_name, scale=scale)
        engine = open_engine(url)
    with Session(engine) as session:
        election = election_of(session)
    official = official_figures(election.id)
    if official is None:
        raise SetupError("demo.no-figures", election=election.id)
    structure = plan_structure(election, scale=scale)
    progress("progress.generating", 10)
    with engine.connect() as conn:
        register: dict[int, list[str]] = {}
        for district, code in conn.execute(
            select(col(CandidateRow.district_number), col(CandidateRow.code))
            .where(col(CandidateRow.election_id) == election.id)
            .order_by(col(CandidateRow.district_number), col(CandidateRow.ballot_position))
        ):
            register.setdefault(district, []).append(code)
    data = generate(election, structure, official, seed, register or None)
    with use_case(engine) as session:
        conn = session.connection()
        existing = conn.scalar(select(func.count()).select_from(ProtocolRow))
        if existing:
            raise SetupError("demo.not-fresh", protocols=existing)
        precinct_ids: dict[str, int] = {
            number: assigned(pid)
            for number, pid in conn.execute(
                select(col(PrecinctRow.number), col(PrecinctRow.id)).where(
                    col(PrecinctRow.election_id) == election.id
                )
            ).all()
        }
        missing = [p.number for p in structure.precincts if p.number not in precinct_ids]
        if missing or len(precinct_ids) != len(structure.precincts):
            raise SetupError("demo.other-register")
        progress("progress.candidates", 20)
        known = set(
            conn.scalars(
                select(col(CandidateRow.code)).where(col(CandidateRow.election_id) == election.id)
            )
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
        _write_protocols(session, election.id, precinct_ids, data.protocols, progress)
        set_demo_pins(conn, election.id, DEMO_PIN)
        audit(
            session,
            Actor(DEMO_ACTOR, DEMO_ACTOR),
            "demo",
            election.id,
            seed=seed,
            protocols=len(data.protocols),
        )
    engine.dispose()
    progress("progress.done", 100)
    registered = sum(len(codes) for codes in register.values()) or len(data.candidates)
    return DemoSummary(election.id, len(data.protocols), len(structure.precincts), registered)


def _write_protocols(
    session: Session,
    election_id: str,
    precinct_ids: dict[str, int],
    protocols: tuple[Protocol, ...],
    progress: Progress,
) -> None:
    """Every demo protocol as an accepted first version, through the one write path."""
    progress("progress.protocols", 40)
    chunk = 5_000
    for i in range(0, len(protocols), chunk):
        append_versions(
            session,
            election_id,
            [
                NewVersion(
                    precinct_ids[p.precinct],
                    p,
                    "original",
                    "",
                    State.ACCEPTED,
                    DEMO_ACTOR,
                    DEMO_ACTOR,
                    None,
                    # Made here, not received: no signed file could prove it received, and the
                    # audit asks one of every version that says so. Sealed like any keying.
                    provenance=Provenance.KEYED,
                )
                for p in protocols[i : i + chunk]
            ],
        )
        done = min(i + chunk, len(protocols))  # the last chunk may be short: never over 100%
        progress("progress.protocols", 40 + int(55 * done / max(len(protocols), 1)))


def holds_demo(engine: Engine) -> bool:
    """Whether the demo was loaded into this database (its data is fake, and says so)."""
    with engine.connect() as conn:
        return (
            conn.scalar(
                select(func.count()).select_from(AuditRow).where(col(AuditRow.action) == "demo")
            )
            or 0
        ) > 0
