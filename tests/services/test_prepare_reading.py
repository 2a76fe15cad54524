"""The main window's first reads, made while a member types their PIN: they change nothing in
the database and need no session (the person is not signed in yet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tallyapp.services.entry import prepare_reading
from tallyapp.services.setup import open_engine
from tallyapp.translations import _catalogue
from tests.databases import Templates


def _rows(engine: object) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return {
            table: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]
            for table in inspect(conn).get_table_names()
        }


@pytest.mark.parametrize("precinct", ["101", None, "99999"])
def test_the_reads_before_the_sign_in_write_nothing(
    tmp_path: Path, templates: Templates, precinct: str | None
) -> None:
    engine = open_engine(templates.sqlite_copy("demo-2023", tmp_path / "demo.sqlite3"))
    before = _rows(engine)
    _catalogue.cache_clear()
    tree = prepare_reading(engine, "kk", precinct)  # an unknown precinct is no error: skipped
    assert _rows(engine) == before
    assert tree.regions and tree.top is not None  # the main window starts from this tree
    assert "ABAI-03" in {t.code for r in tree.regions for t in r.tecs}
    assert _catalogue.cache_info().currsize >= 1  # the words of the checks, read
    engine.dispose()
