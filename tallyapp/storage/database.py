"""Opening the database from a URL: SQLite by default, PostgreSQL for shared workstations."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

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
    # WAL + FULL: a power cut loses nothing that was committed, and readers never block writers.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # The driver left to itself begins a transaction only before a write, and a SAVEPOINT
    # outside one commits on release: every transaction begins explicitly instead, so a use
    # case is stored whole or not at all.
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str | None = None, create: bool = True) -> Engine:
    """An engine for `url`. `create=False`: never create a SQLite file or its folder (reading
    commands must not leave empty databases behind)."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        path = sqlite_file(url)
        if path is not None and create:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
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
