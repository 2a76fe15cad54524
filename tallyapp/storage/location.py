"""Where the database is, from a URL or a plain file path: no database layer imported, so the
desktop app can tell a first start before it loads SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "TALLYAPP_DB"


def default_url() -> str:
    """`TALLYAPP_DB` if set, else a SQLite file in the user's data folder."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    from platformdirs import user_data_dir

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
