"""The practice country, built once per test session and backend, copied for each test.

Laying out the country (10,223 precincts, 52,633 roster members) takes seconds; copying it
takes milliseconds. SQLite: a template file, checkpointed (nothing left in its -wal) and copied
per test. PostgreSQL: a template database that no one connects to, copied per test with
`CREATE DATABASE … TEMPLATE` and dropped after the test. Under pytest-xdist each worker builds
its own templates (their names carry a random tag), so workers never share a database.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

Build = Callable[[str], object]


def _init_2023(url: str) -> object:
    from tallyapp.services.setup import init_database

    return init_database(url)


def _init_2021(url: str) -> object:
    from tallyapp.services.setup import init_database

    return init_database(url, "kz-majilis-2021")


def _demo_2023(url: str) -> object:
    from tallyapp.services.demo import build_demo

    return build_demo(url)


# What each template holds, and the template it starts from (a demo is the initialised
# country plus its protocols, so it is built on a copy of that, not from nothing).
BUILDS: dict[str, tuple[str | None, Build]] = {
    "init-2023": (None, _init_2023),
    "init-2021": (None, _init_2021),
    "demo-2023": ("init-2023", _demo_2023),
}


def database_url(server_url: str, name: str) -> str:
    """The URL of database `name` on the server of `server_url`."""
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


class Templates:
    """Template databases of one test session (or xdist worker), built on first use."""

    def __init__(self, folder: Path, server_url: str) -> None:
        self.folder = folder
        self.server_url = server_url
        self.tag = uuid.uuid4().hex[:8]
        self._files: dict[str, Path] = {}
        self._databases: dict[str, str] = {}
        self._admin = None

    # --- SQLite ---------------------------------------------------------------------------

    def _sqlite_template(self, what: str) -> Path:
        if what not in self._files:
            start, build = BUILDS[what]
            path = self.folder / f"{what}.sqlite3"
            if start is None:
                build(f"sqlite:///{path}")
            else:
                shutil.copyfile(self._sqlite_template(start), path)
                build(f"sqlite:///{path}")
            # Every engine is closed; the last connection checkpoints the WAL into the main file,
            # so the file alone is the whole database.
            with contextlib.closing(sqlite3.connect(path)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            wal = path.with_name(path.name + "-wal")
            assert not wal.exists() or wal.stat().st_size == 0, f"{wal} still holds pages"
            self._files[what] = path
        return self._files[what]

    def sqlite_copy(self, what: str, target: Path) -> str:
        """A copy of template `what` at `target`; its URL."""
        shutil.copyfile(self._sqlite_template(what), target)
        return f"sqlite:///{target}"

    # --- PostgreSQL -----------------------------------------------------------------------

    def _server(self):  # type: ignore[no-untyped-def]
        if self._admin is None:
            self._admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        return self._admin

    def _execute(self, statement: str) -> None:
        with self._server().connect() as conn:
            conn.execute(text(statement))

    def _create(self, name: str, template: str | None = None) -> str:
        if template is None:
            self._execute(f"CREATE DATABASE {name}")
        else:
            # No one may be connected to a template while it is copied; ours are only
            # connected to while they are built, and every engine of the build is closed.
            self._execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{template}' AND pid <> pg_backend_pid()"
            )
            self._execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return database_url(self.server_url, name)

    def _postgres_template(self, what: str) -> str:
        if what not in self._databases:
            start, build = BUILDS[what]
            name = f"tpl_{self.tag}_{what.replace('-', '_')}"
            origin = None if start is None else self._postgres_template(start)
            self._databases[what] = name  # dropped at the end even if the build fails
            build(self._create(name, origin))
        return self._databases[what]

    @contextlib.contextmanager
    def postgres_copy(self, what: str) -> Iterator[str]:
        """A database copied from template `what` for as long as the block runs."""
        name = f"t_{self.tag}_{uuid.uuid4().hex[:10]}"
        url = self._create(name, self._postgres_template(what))
        try:
            yield url
        finally:
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        global _current
        _current = None
        if self._admin is None:
            return
        for name in self._databases.values():
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._admin.dispose()


_current: Templates | None = None


def open_templates(folder: Path, server_url: str) -> Templates:
    """The templates of this session; `initialised_sqlite` copies from them."""
    global _current
    _current = Templates(folder, server_url)
    return _current


def initialised_sqlite(target: Path, what: str = "init-2023") -> str:
    """A SQLite database at `target` holding the 2023 election as `init_database` makes it
    (a copy of this session's template); its URL. For helpers that are not fixtures."""
    assert _current is not None, "the session fixture `templates` opens the templates"
    return _current.sqlite_copy(what, target)
