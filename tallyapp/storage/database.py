"""Opening the database from a URL: SQLite by default, PostgreSQL for shared workstations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "TALLYAPP_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    """`TALLYAPP_DB` if set, else a SQLite file in the user's data folder."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    folder = Path(user_data_dir("tallyapp", appauthor=False))
    return f"sqlite:///{folder / 'tallyapp.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """A database URL; a plain file path (`--db tally.sqlite3`) is a SQLite file."""
    url = url or default_url()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory ones)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    return Path(path) if path and path != ":memory:" else None


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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it in an empty database)."""
    command.upgrade(alembic_config(engine), "head")


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("election")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
