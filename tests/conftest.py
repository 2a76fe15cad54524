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


@contextlib.contextmanager
def _database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'tally.sqlite3'}"
        return
    if not _postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_URL}; .ci/run should start it")
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL}")
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


@pytest.fixture
def initialised_url(db_url: str) -> str:
    from tallyapp.services.setup import init_database

    init_database(db_url)
    return db_url


@pytest.fixture(scope="session", params=BACKENDS)
def demo_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The full national demo, built once per backend for the whole run. Read it, don't write."""
    from tallyapp.services.demo import build_demo

    with _database(request.param, tmp_path_factory.mktemp("demo")) as url:
        build_demo(url)
        yield url


@pytest.fixture(autouse=True)
def _own_audit_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test remembers its own intact audits (services/publication.py), never the user's."""
    monkeypatch.setenv("TALLYAPP_AUDIT_CACHE", str(tmp_path / "audited.json"))
