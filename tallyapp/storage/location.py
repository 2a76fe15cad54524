"""Where the database is, from a URL or a plain file path: no database layer imported, so the
desktop app can tell a first start before it loads SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "TALLYAPP_DB"
DEFAULT_NAME = "tallyapp.sqlite3"
DEFAULT_FOLDER = "database"


def default_url() -> str:
    """`TALLYAPP_DB` if set, else a SQLite file in a folder of its own in the user's data
    folder: keys, exports and signed PDFs live in the data folder, and a file dialog that
    shows the database file opens and closes it (see `storage.durability`)."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("tallyapp", appauthor=False))
    path = move_old_default(folder / DEFAULT_NAME, folder / DEFAULT_FOLDER / DEFAULT_NAME)
    return f"sqlite:///{path}"


def move_old_default(old: Path, new: Path) -> Path:
    """The database of earlier versions lay in the data folder itself: moved once into its own
    folder, and only when nothing is using it and its journal is folded in; otherwise it
    stays, and is used, where it is."""
    if new.exists() or not old.exists():
        return new
    import sqlite3

    from tallyapp.storage.durability import StorageRefused, check_not_held_elsewhere, wal_of

    try:
        check_not_held_elsewhere(old)
        conn = sqlite3.connect(old, timeout=1)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except (StorageRefused, sqlite3.Error):
        return old
    # Closed as the last connection, SQLite folds the journal in and removes it: a journal
    # still there means another process has the database open, and moving it now could
    # split the database from its work.
    if busy or wal_of(old).exists() or old.with_name(old.name + "-shm").exists():
        return old
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, new)
    except OSError:
        return old
    return new


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
    if path.startswith("file:"):  # a URI filename, as read-only databases are opened
        path = path.removeprefix("file:").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None
