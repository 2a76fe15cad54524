"""The first start's database, made whole or not at all, on SQLite and PostgreSQL: cancelled
half-way (the progress callback raises, as the desktop app's Cancel does), nothing is left that
would pass for a database; then it is made whole, and the start finds it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from tallyapp.domain.errors import TallyError
from tallyapp.services.first_start import create_first_database, find_database
from tallyapp.storage.database import make_engine, sqlite_file


class Stop(Exception):
    pass


def test_a_cancelled_start_leaves_nothing_and_a_second_one_succeeds(db_url: str) -> None:
    steps: list[str] = []

    def cancel_at_the_rosters(step: str, _percent: int) -> None:
        steps.append(step)
        if step == "progress.rosters":  # inside the transaction that writes the election
            raise Stop

    with pytest.raises(Stop):
        create_first_database(db_url, progress=cancel_at_the_rosters)
    assert steps[:2] == ["progress.files", "progress.schema"]
    path = sqlite_file(db_url)
    if path is not None:
        assert list(path.parent.iterdir()) == []  # no database, no `.creating` file
    else:
        engine = make_engine(db_url, create=False)
        assert inspect(engine).get_table_names() == []  # the schema it made, dropped
        engine.dispose()
    assert find_database(db_url).engine is None  # the next start offers the setup again

    made = create_first_database(db_url)
    assert made.practice and made.precincts == 10223 and made.session is None
    found = find_database(db_url)
    assert found.engine is not None and not found.demo
    assert found.first_pins == "CEC"  # nobody has a PIN: the administrator sets the first
    found.engine.dispose()


def test_a_file_that_is_no_database_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "tallyapp.sqlite3"
    path.write_bytes(b"someone's notes")
    with pytest.raises(TallyError) as refused:
        create_first_database(str(path))
    assert refused.value.code == "setup.file-in-the-way"
    with pytest.raises(TallyError):
        find_database(str(path))
    assert path.read_bytes() == b"someone's notes"
