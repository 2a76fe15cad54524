"""Opening the database from a URL: SQLite by default, PostgreSQL for shared workstations."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from tallyapp.storage.durability import (
    WAL_HEADER,
    StorageRefused,
    check_not_held_elsewhere,
    guard_of,
    is_writable,
    journal_without_database,
    shm_of,
    wal_of,
)

# Where the database is, read without the database layer (the desktop app asks before its
# first window, and SQLAlchemy's import is a third of its start).
from tallyapp.storage.location import ENV_VAR as ENV_VAR
from tallyapp.storage.location import default_url as default_url
from tallyapp.storage.location import resolve_url as resolve_url
from tallyapp.storage.location import sqlite_file as sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions begin in `_sqlite_begin`
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # WAL + FULL: a power cut loses nothing that was committed (each commit is synced to the
    # journal before it is acknowledged), and readers never block writers.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA busy_timeout = 10000")


def _sqlite_begin(conn: Any) -> None:
    # The driver left to itself begins a transaction only before a write, and a SAVEPOINT
    # outside one commits on release: every transaction begins explicitly instead, so a use
    # case is stored whole or not at all.
    conn.exec_driver_sql("BEGIN")
    # Rows changed so far by this connection: a commit that changed none wrote nothing.
    conn.info["changes_at_begin"] = conn.connection.dbapi_connection.total_changes


def _failed_write(context: Any) -> None:
    """A write the disk refused (full, read-only, an I/O error): in the app's words, with
    nothing written, instead of a database error."""
    text = str(context.original_exception).lower()
    for words, code in (
        ("readonly database", "storage.read-only"),
        ("read-only", "storage.read-only"),
        ("database or disk is full", "storage.disk-full"),
        ("disk i/o error", "storage.write-failed"),
    ):
        if words in text:
            path = sqlite_file(str(context.engine.url)) if context.engine else None
            raise StorageRefused(code, path=str(path or ""), detail=text.splitlines()[0])


def _unchanging(path: Path) -> str:
    """`&immutable=1` for a database whose folder nobody can write (read-only media) and
    whose journal holds nothing: SQLite could not create the shared-memory file a WAL
    database is read with, and nothing can change the file. A journal with transactions in
    it is read through SQLite's read-only WAL instead (never ignored)."""
    if os.access(path.parent, os.W_OK) or shm_of(path).exists():
        return ""
    try:
        if wal_of(path).stat().st_size > WAL_HEADER:
            return ""
    except FileNotFoundError:
        pass
    return "&immutable=1"


def is_read_only(engine: Engine) -> bool:
    return engine.url.query.get("mode") == "ro"


def _sqlite_engine(url: str, path: Path | None, create: bool) -> Engine:
    if path is None:  # in memory
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    journal = journal_without_database(path)
    if journal is not None:
        # Never an empty database over the work of a moved one: SQLite would empty it.
        raise StorageRefused(
            "storage.journal-without-database",
            path=str(path),
            journal=str(journal),
            size=journal.stat().st_size,
        )
    if path.exists() and not is_writable(path):
        # Read-only media or permissions: opened for reading; a write is refused in words.
        engine = create_engine(
            f"sqlite:///file:{path}?mode=ro{_unchanging(path)}&uri=true",
            connect_args={"timeout": 10},
        )
        event.listen(engine, "connect", _sqlite_read_only_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "handle_error", _failed_write)
        return engine
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 10})
    guard = guard_of(path)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "connect", lambda _c, _r: guard.connected())
    event.listen(engine, "close", lambda _c, _r: guard.closed())
    event.listen(engine, "close_detached", lambda _c: guard.closed())
    event.listen(engine, "begin", _sqlite_begin)
    event.listen(engine, "handle_error", _failed_write)

    def before_commit(conn: Any) -> None:
        if conn.connection.dbapi_connection.total_changes == conn.info.get("changes_at_begin"):
            return  # it only read
        guard.check_write()
        check_not_held_elsewhere(path)

    event.listen(engine, "commit", before_commit)
    return engine


def make_engine(url: str | None = None, create: bool = True) -> Engine:
    """An engine for `url`. `create=False`: never create a SQLite file or its folder (reading
    commands must not leave empty databases behind)."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        path = sqlite_file(url)
        return _sqlite_engine(url, path.resolve() if path is not None else None, create)
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def newest_migration() -> str:
    """The revision of the newest migration: migration files are numbered `NNNN_name.py`,
    and each names its revision (`revision = "NNNN"` or `"NNNN_name"`)."""
    newest = max((MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    named = re.search(r'^revision = "([^"]+)"', newest.read_text(encoding="utf-8"), re.M)
    return named.group(1) if named else newest.name[:4]


def is_current(engine: Engine) -> bool:
    """Whether the schema is at the newest migration, read without starting Alembic (whose
    import is a tenth of the desktop app's start)."""
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:  # no schema yet
        return False
    return found == [newest_migration()]


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it in an empty database)."""
    if is_current(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("election")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def scratch_engine() -> Engine:
    """An empty database in memory, made by the same migrations as every other: where a
    signed setup is laid out again to compare with what is stored."""
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    upgrade(engine)
    return engine
