"""The migrations make exactly the schema the models declare: Alembic's autogenerate, compared
with a migrated database, finds nothing to add, drop or change, on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import tallyapp.storage
from tallyapp.storage.database import is_current, make_engine, upgrade
from tests.conftest import BACKENDS, _database

# Every module of storage, so every table it declares is on the metadata (not only tables.py's).
for _module in pkgutil.iter_modules(tallyapp.storage.__path__, "tallyapp.storage."):
    if not _module.name.endswith(".migrations"):
        importlib.import_module(_module.name)


@pytest.fixture(params=BACKENDS)
def migrated_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database brought to the newest migration (no election in it)."""
    with _database(request.param, tmp_path) as url:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url


def _differences(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def test_the_migrated_schema_is_the_declared_one(migrated_url: str) -> None:
    assert _differences(migrated_url) == []
    engine = make_engine(migrated_url)
    assert is_current(engine)  # the newest migration is the one applied: no upgrade at start
    engine.dispose()


def test_a_drift_is_found(migrated_url: str) -> None:
    """The comparison sees a missing index: the test above would fail on one."""
    engine = make_engine(migrated_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_protocol_precinct_id")
    engine.dispose()
    found = _differences(migrated_url)
    assert [d[0] for d in found if isinstance(d, tuple)] == ["add_index"], found
