"""Shared fixtures: the shipped elections and a protocol that passes every check."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol
from tallyapp.services.definitions import load_election
from tests.databases import Templates, open_templates
from tests.timing import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401
from tests.tokens import softhsm  # noqa: F401  (one set of tokens per test process)


@pytest.fixture(scope="session")
def election_2023() -> Election:
    return load_election("kz-majilis-2023")


@pytest.fixture(scope="session")
def election_2021() -> Election:
    return load_election("kz-majilis-2021")


GOOD_FIELDS = {
    "voters_on_list": 1500,
    "ballots_received": 1500,
    "ballots_issued": 900,
    "issued_outside": 20,
    "ballots_cancelled": 600,
    "ballots_in_boxes": 900,
    "invalid": 10,
}
GOOD_VOTES = {
    "AMANAT": 500,
    "AUYL": 100,
    "RESPUBLICA": 80,
    "QHP": 60,
    "BAYTAQ": 20,
    "AQJOL": 70,
    "JSDP": 40,
}


def blue_protocol(**fields: int) -> Protocol:
    figures = {**GOOD_FIELDS, **{k: v for k, v in fields.items() if k in GOOD_FIELDS}}
    votes = dict(GOOD_VOTES)
    for k, v in fields.items():
        if k.startswith("votes_"):
            votes[k.removeprefix("votes_")] = v
    return Protocol(
        "kz-majilis-2023",
        BallotKind.PARTY_LIST,
        "101",
        figures,
        votes,
        against_all=fields.get("against_all", 20),
    )


def blue_json(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "election": "kz-majilis-2023",
        "ballot": "party-list",
        "precinct": "101",
        "fields": dict(GOOD_FIELDS),
        "votes": dict(GOOD_VOTES),
        "against_all": 20,
    }
    data.update(overrides)
    return data


# --- databases: every storage and services test runs on SQLite and on PostgreSQL -----------

PG_URL = os.environ.get("TALLYAPP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_available() -> bool:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def _require_postgres() -> None:
    if not _postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}; .ci/run should start it")
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL}")


@contextlib.contextmanager
def _database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'tally.sqlite3'}"
        return
    _require_postgres()
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, on each backend."""
    with _database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """The practice country and the demo, built once per session (per xdist worker) and
    backend, on first use; the fixtures below hand out copies (tests/databases.py)."""
    built = open_templates(tmp_path_factory.mktemp("templates"), PG_URL)
    yield built
    built.close()


@contextlib.contextmanager
def copied(templates: Templates, kind: str, what: str, folder: Path) -> Iterator[str]:
    """A fresh copy of template `what` (see tests/databases.py) on backend `kind`."""
    if kind == "sqlite":
        yield templates.sqlite_copy(what, folder / "tally.sqlite3")
        return
    _require_postgres()
    with templates.postgres_copy(what) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def initialised_url(
    request: pytest.FixtureRequest, tmp_path: Path, templates: Templates
) -> Iterator[str]:
    """A database of its own holding the 2023 election and its whole commission tree (as
    `init_database` makes it), on each backend."""
    with copied(templates, request.param, "init-2023", tmp_path) as url:
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def demo_url(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    templates: Templates,
) -> Iterator[str]:
    """The full national demo, shared by the whole run on each backend. Read it, don't
    write: a test that writes takes `demo_copy_url`."""
    with copied(templates, request.param, "demo-2023", tmp_path_factory.mktemp("demo")) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def demo_copy_url(
    request: pytest.FixtureRequest, tmp_path: Path, templates: Templates
) -> Iterator[str]:
    """A copy of the national demo of the test's own, to write to."""
    with copied(templates, request.param, "demo-2023", tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def _audit_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("audit-cache") / "audited.json"


@pytest.fixture(autouse=True)
def _own_audit_cache(_audit_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run remembers its own intact audits (services/publication.py), never the user's.
    They are keyed by the database's URL and every test's database has a URL of its own, so a
    test never meets another's audit, except the shared read-only demo's, audited once."""
    monkeypatch.setenv("TALLYAPP_AUDIT_CACHE", str(_audit_cache))
