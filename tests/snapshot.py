"""Every row of every table, to prove that a refused or failed use case changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import SQLModel

from tallyapp.storage.database import make_engine

# What a use case on protocols may write: the register (commissions, precincts, rosters) is
# set up once and is not read back for every fuzzed case.
WRITTEN = (
    "protocol",
    "protocol_version",
    "protocol_line",
    "audit_log",
    "signing",
    "working_copy",
    "received_file",
    "received",
)


def database_rows(
    url: str, tables: tuple[str, ...] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
                for table in SQLModel.metadata.sorted_tables
                if tables is None or table.name in tables
            }
    finally:
        engine.dispose()
