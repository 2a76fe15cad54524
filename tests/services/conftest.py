"""Fixtures of the service tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.databases import Templates


@pytest.fixture
def audit_db(templates: Templates, tmp_path: Path) -> str:
    """A copy of the national demo (SQLite) of the test's own: the audit writes its record."""
    return templates.sqlite_copy("demo-2023", tmp_path / "audit.sqlite3")
