"""Where the desktop app's database is, told before the database layer is imported: the
first window is drawn meanwhile."""

from __future__ import annotations

from dataclasses import dataclass

from tallyapp.storage.location import resolve_url, sqlite_file


@dataclass(frozen=True)
class Location:
    url: str
    missing: bool  # a SQLite file not there (or empty): certainly a first start


def locate(url: str | None) -> Location:
    url = resolve_url(url)
    path = sqlite_file(url)
    missing = path is not None and (not path.is_file() or path.stat().st_size == 0)
    return Location(url, missing)
