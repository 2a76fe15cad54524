"""The desktop app's first start: a new database made whole, or not at all.

Every branch ends in a database someone can sign in to: with the national demo (its
precinct chair signed in), from the CEC's register with or without its members and
candidates, or on the practice register. Whoever creates the database is its administrator
for the setup (the audit log says so) and sets the first PINs.

A SQLite database is built in a file beside the one asked for and renamed into place only
when everything is stored: a cancelled or failed start, or a power cut, leaves no half-made
database, only a `.creating` file that the next start removes. A PostgreSQL schema created
here is dropped again if the start does not finish.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, MetaData, select, text
from sqlalchemy.exc import DatabaseError
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import Role, WorkSession, precinct_commission
from tallyapp.services.definitions import DEFAULT_ELECTION, load_election
from tallyapp.services.recovery import Recovery, recovery_of
from tallyapp.services.register import read_candidates, set_candidates
from tallyapp.services.sessions import (
    read_roster_file,
    roster_of,
    set_rosters,
    start_session,
    workstation_name,
)
from tallyapp.services.setup import SetupError, hold_for_the_app, init_database, open_engine
from tallyapp.services.table_files import read_table
from tallyapp.services.transaction import reading, use_case
from tallyapp.storage.database import (
    is_initialised,
    is_read_only,
    make_engine,
    resolve_url,
    sqlite_file,
)
from tallyapp.storage.durability import journal_without_database
from tallyapp.storage.protocols import audit
from tallyapp.storage.tables import PrecinctRow

Progress = Callable[[str, int], None]
ADMINISTRATOR = "administrator"  # who the record names for the setup, before any member signs in


def _no_progress(_text: str, _percent: int) -> None:
    pass


@dataclass(frozen=True)
class FoundDatabase:
    """The database the desktop app opens: where it is, and an engine on it once it holds
    an election (None before the first start's setup)."""

    url: str
    engine: Engine | None
    demo: bool = False  # it holds the national demo (fake figures, every PIN the demo's)
    first_pins: str | None = None  # nobody has a PIN yet: where the administrator sets one
    read_only: bool = False  # on read-only media: opened for reading, nothing can be saved
    recovery: Recovery | None = None  # figures a refused save kept beside it, to restore


def find_database(url: str | None) -> FoundDatabase:
    """Open the app's database if it was set up; nothing is created on disk when it was not
    (the setup builds it whole). A `.creating` file left by an interrupted setup is removed."""
    from tallyapp.services.demo import holds_demo

    url = resolve_url(url)
    path = sqlite_file(url)
    if path is not None:
        _remove_sqlite(_creating(path))
        if journal_without_database(path) is not None:
            make_engine(url, create=False)  # refuses, saying what it found: no setup over it
        if not path.is_file() or path.stat().st_size == 0:
            return FoundDatabase(url, None)
    probe = make_engine(url, create=False)
    try:
        initialised = is_initialised(probe)
    except DatabaseError:
        if path is None:
            raise
        raise SetupError("setup.file-in-the-way", path=str(path)) from None  # not SQLite's
    finally:
        probe.dispose()
    if not initialised:
        return FoundDatabase(url, None)
    engine = open_engine(url)
    hold_for_the_app(url, engine)  # one app per database (storage/durability.py)
    return FoundDatabase(
        url,
        engine,
        holds_demo(engine),
        None if has_pins(engine) else first_commission(engine),
        is_read_only(engine),
        recovery_of(url),
    )


def has_pins(engine: Engine) -> bool:
    """Whether any member can sign in (a database set up by an older version may have none)."""
    from tallyapp.storage.tables import RosterMemberRow

    with reading(engine) as s:
        return (
            s.scalar(
                select(col(RosterMemberRow.id))
                .where(col(RosterMemberRow.pin_hash).is_not(None))
                .limit(1)
            )
            is not None
        )


@dataclass(frozen=True)
class FirstDatabase:
    """What the first start made, to be said to the person who made it."""

    url: str
    election: str
    commissions: int
    precincts: int
    practice: bool  # the synthetic register, no register file
    members: int  # stored from the members file
    candidates: int  # stored from the candidates file
    protocols: int  # of the demo; 0 without it
    session: WorkSession | None  # the demo: its precinct chair, signed in
    pin: str | None  # the demo: that chair's PIN
    rehearsal: bool = False  # on the NCA's test keys: every document says REHEARSAL


def _creating(path: Path) -> Path:
    return path.with_name(path.name + ".creating")


def _remove_sqlite(path: Path) -> None:
    from tallyapp.storage.durability import forget_guard

    forget_guard(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        leftover = Path(f"{path}{suffix}")
        if leftover.exists():  # asked first: on read-only media even a missing file refuses
            leftover.unlink()


def _functions(url: str) -> set[str]:
    """The PostgreSQL functions of the schema in use (the append-only triggers call some)."""
    engine = make_engine(url, create=False)
    try:
        with engine.connect() as conn:
            return set(
                conn.scalars(
                    text(
                        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
                        "ON n.oid = p.pronamespace WHERE n.nspname = current_schema()"
                    )
                )
            )
    finally:
        engine.dispose()


def _drop_schema(url: str, functions_before: set[str]) -> None:
    """A PostgreSQL schema this start created, dropped whole: its tables with their triggers,
    the functions it added (none that were there before), and Alembic's version table."""
    added = _functions(url) - functions_before
    engine = make_engine(url, create=False)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            for function in sorted(added):
                conn.execute(text(f"DROP FUNCTION IF EXISTS {function}"))
    finally:
        engine.dispose()


def create_first_database(
    url: str | None,
    election_name: str = DEFAULT_ELECTION,
    register: Path | str | None = None,
    members: Path | str | None = None,
    candidates: Path | str | None = None,
    demo: bool = False,
    progress: Progress = _no_progress,
    rehearsal: bool = False,
    trust: list[Path] | None = None,
) -> FirstDatabase:
    """Create the app's database from the files given (each read and checked before anything
    is written) and, on request, the national demo. `rehearsal`: a rehearsal on the NCA's
    test keys (services/rehearsal.py): the members' file may carry test IINs. `progress` may
    raise to cancel: then nothing is left behind. A `register` ending in .json is a setup the
    CEC signed (services/signed_setup.py), verified against `trust` (by default keygen's
    authority): it holds the members and candidates too."""
    from tallyapp.services.demo import DEMO_PIN, build_demo

    url = resolve_url(url)
    if demo and register is not None:
        raise SetupError("demo.other-register")
    progress("progress.files", 0)
    signed = None
    if register is not None and str(register).lower().endswith(".json"):
        from tallyapp.services.signatures import default_trust, package_roots
        from tallyapp.services.signed_setup import open_setup, read_setup_file

        if members is not None or candidates is not None:
            raise SetupError("setup.file-holds-all")
        roots = package_roots(default_trust([str(t) for t in trust or []]))
        signed = open_setup(read_setup_file(Path(register)), Path(register).name, roots)
        election_name = signed.definition_name
    election = signed.election if signed is not None else load_election(election_name)
    rosters = read_roster_file(read_table(members), rehearsal) if members is not None else []
    entries = read_candidates(read_table(candidates), election) if candidates is not None else []
    path = sqlite_file(url)
    if path is not None:
        wal = Path(f"{path}-wal")
        if (path.is_file() and path.stat().st_size) or (wal.is_file() and wal.stat().st_size):
            raise SetupError("setup.file-in-the-way", path=str(path))
        work_path = _creating(path)
        _remove_sqlite(work_path)
        work_url = f"sqlite:///{work_path}"
    else:
        probe = make_engine(url, create=False)
        try:
            if is_initialised(probe):
                raise SetupError("setup.register-too-late", election=election.id, url=url)
        finally:
            probe.dispose()
        work_url = url
        functions = _functions(url)
    share = 30 if demo else 80  # of the bar: the demo's protocols take the rest

    def scaled(start: int, width: int) -> Progress:
        return lambda step, percent: progress(step, start + width * percent // 100)

    try:
        summary = init_database(
            work_url,
            election_name,
            register=register if signed is None else None,
            progress=scaled(0, share),
            rehearsal=rehearsal,
            signed=signed,
        )
        engine = open_engine(work_url)
        try:
            with use_case(engine) as s:
                audit(
                    s,
                    Actor(ADMINISTRATOR, workstation_name()),
                    "setup",
                    election.id,
                    administrator=workstation_name(),
                    register=str(register) if register is not None else "practice",
                    demo=demo,
                )
            # Candidates first: once members with IINs are stored, the first setup is over
            # and only a signed-in CEC chair or secretary loads either.
            stored = set_candidates(engine, None, entries) if entries else None
            if rosters:
                progress("progress.members", share + 2)
                set_rosters(engine, None, rosters)
        finally:
            engine.dispose()
        protocols = 0
        session = None
        if demo:
            protocols = build_demo(work_url, progress=scaled(share, 95 - share)).protocols
            engine = open_engine(work_url)
            try:
                session = _demo_chair(engine, DEMO_PIN)
            finally:
                engine.dispose()
        progress("progress.finishing", 98)
    except BaseException:
        if path is not None:
            _remove_sqlite(_creating(path))
        else:
            _drop_schema(url, functions)
        raise
    if path is not None:
        _remove_sqlite(path)  # an empty file, or nothing
        os.replace(_creating(path), path)
    progress("progress.done", 100)
    return FirstDatabase(
        url,
        election.id,
        summary.commissions,
        summary.precincts,
        register is None,
        sum(len(r.members) for r in (signed.rosters if signed is not None else rosters)),
        len(signed.candidates) if signed is not None else stored.candidates if stored else 0,
        protocols,
        session,
        DEMO_PIN if session is not None else None,
        rehearsal,
    )


def _demo_chair(engine: Engine, pin: str) -> WorkSession | None:
    """The chair of the demo's first precinct with one, signed in with the demo's PIN."""
    with reading(engine) as s:
        numbers = list(s.scalars(select(col(PrecinctRow.number)).order_by(col(PrecinctRow.id))))
    for number in numbers[:50]:
        code = precinct_commission(number)
        chair = roster_of(engine, code).chair
        if chair is not None and chair.iin:
            return start_session(engine, code, chair.iin, pin)
    return None


def first_commission(engine: Engine) -> str:
    """Where the administrator sets the first PINs: the first commission with a member who
    has an IIN, else the CEC."""
    from tallyapp.storage.tables import RosterMemberRow

    with reading(engine) as s:
        found = s.scalar(
            select(col(RosterMemberRow.commission))
            .where(col(RosterMemberRow.iin) != "", col(RosterMemberRow.role) != Role.OBSERVER.value)
            .order_by(col(RosterMemberRow.id))
            .limit(1)
        )
    return str(found) if found else "CEC"
