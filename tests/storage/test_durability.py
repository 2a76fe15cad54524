"""Nothing acknowledged is lost on one laptop: each fault of issue 32 as the real sequence, in
real processes. The app (tests/storage/app_worker.py) keys and saves; other processes open the
database beside it; the app ends without a final checkpoint, as a power cut would; a fresh
process then reads what the database holds. Every save the app was told succeeded must be
there; every other one was refused in words, with its figures in the recovery file."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.setup import init_database, open_engine
from tests.storage.race_worker import values

ENV = {**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"}


class App:
    """The app's process: one command in, one JSON line out."""

    def __init__(self, url: str, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.app_worker", url, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        self.started = self._answer()

    def _answer(self) -> dict[str, object]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the app ended without answering"
        answer: dict[str, object] = json.loads(line)
        return answer

    def do(self, command: str) -> dict[str, object]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def quit(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "tallyapp.sqlite3"
    init_database(f"sqlite:///{path}")  # disposed: the file is whole, with no journal
    return path


@pytest.fixture
def database(template: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "tallyapp.sqlite3"
    shutil.copyfile(template, path)
    yield f"sqlite:///{path}", path


def stored_shift(url: str) -> int | None:
    """The `shift` of precinct 1's stored figures, as a freshly started process reads them."""
    engine = open_engine(url)
    sheet = EntryService(engine, Actor("reader", "restart")).open("1", BallotKind.PARTY_LIST)
    engine.dispose()
    if sheet.stored is None:
        return None
    figures = dict(sheet.values)
    return next(s for s in range(1, 401) if values(s) == figures)


def tallyapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tallyapp", *args],
        capture_output=True,
        text=True,
        env={**ENV, "TALLYAPP_PIN": "2468", "TALLYAPP_NEW_PIN": "1357"},
        timeout=120,
    )


def another_connection(path: Path) -> None:
    """Any program with SQLite (the sqlite3 shell, a backup tool) reading the database."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            "c.execute('SELECT count(*) FROM protocol').fetchone(); c.close()",
            str(path),
        ],
        check=True,
    )


def recovered(path: Path) -> list[dict[str, object]]:
    file = path.with_name(path.name + ".recovery.jsonl")
    if not file.exists():
        return []
    return [json.loads(line) for line in file.read_text().splitlines()]


@pytest.mark.parametrize("sniff", ["sniff-qt", "sniff-py"])
def test_file_dialog_then_another_process(database: tuple[str, Path], sniff: str) -> None:
    """The critical loss: the app looks into the database's folder (a file dialog), another
    process opens the database and closes it as its last connection, the app saves. Before
    the fix the other process deleted the journal the app kept writing to: the save was shown
    as stored and gone after the app ended, and `audit` said INTACT."""
    url, path = database
    app = App(url, path)
    assert app.do("save 11") == {"saved": 1}
    assert "sniffed" in app.do(sniff)
    audit = tallyapp("audit", "--db", str(path))
    assert audit.returncode == 0, audit.stderr
    another_connection(path)
    journal_kept = path.with_name(path.name + "-wal").exists()
    assert app.do("save 12") == {"saved": 2}
    app.quit()
    assert stored_shift(url) == 12, "the save the app acknowledged is lost"
    assert journal_kept, "another process deleted the journal the app was writing to"


def test_database_moved_while_the_app_runs(database: tuple[str, Path]) -> None:
    """The file renamed while the app runs: the next save is refused (before the fix it said
    "saved"), its figures are kept in the recovery file; the next start creates nothing over
    the journal left behind and says what it found; with the file back, nothing is lost."""
    url, path = database
    app = App(url, path)
    assert app.do("save 21") == {"saved": 1}
    moved = path.with_name("moved.sqlite3")
    path.rename(moved)
    assert app.do("save 22") == {"refused": "storage.kept", "reason": "storage.database-gone"}
    app.quit()
    assert [r["values"] for r in recovered(path)] == [values(22)]

    again = App(url, path)
    assert again.started["refused"] == "storage.journal-without-database"
    assert not path.exists(), "an empty database was created over the journal"
    init = tallyapp("results", "--db", str(path))
    assert init.returncode == 2 and "journal" in init.stderr, init.stderr

    moved.rename(path)  # the file put back: the journal is its own again
    assert stored_shift(url) == 21


def test_database_removed_while_the_app_runs(database: tuple[str, Path]) -> None:
    url, path = database
    app = App(url, path)
    assert app.do("save 31") == {"saved": 1}
    path.unlink()
    assert app.do("save 32")["refused"] == "storage.kept"
    app.quit()
    again = App(url, path)
    assert again.started["refused"] == "storage.journal-without-database"
    assert not path.exists()


def test_two_apps_on_one_database(database: tuple[str, Path]) -> None:
    """A second app on the same file is refused, naming the first one's process."""
    url, path = database
    first = App(url, path)
    second = App(url, path)
    assert second.started["refused"] == "storage.in-use"
    assert second.started["pid"] == str(first.started["ready"])
    assert first.do("save 41") == {"saved": 1}
    first.quit()
    third = App(url, path)  # the first has ended: its lock went with it
    assert "ready" in third.started
    assert third.do("save 42") == {"saved": 2}
    third.quit()
    assert stored_shift(url) == 42


def test_a_writing_command_beside_the_app(database: tuple[str, Path]) -> None:
    """A command that writes (here: setting a PIN) while the app runs is refused with a
    sentence naming the app's process and workstation; reading commands still read; the
    app's saves are all there afterwards."""
    url, path = database
    from tallyapp.services.sessions import roster_of, set_pin

    engine = open_engine(url)
    member = roster_of(engine, "PEC-1").members[0]
    cec = roster_of(engine, "CEC").chair
    assert cec is not None
    set_pin(engine, None, "CEC", cec.iin, "2468")  # the first setup: the CEC's chair may sign in
    engine.dispose()
    app = App(url, path)
    assert app.do("save 51") == {"saved": 1}
    pin = tallyapp(
        "pin", "--db", str(path), "--commission", "PEC-1", "--iin", member.iin, "--member", cec.iin
    )
    assert pin.returncode == 2, pin.stderr
    assert f"process {app.started['ready']}" in pin.stderr and "workstation" in pin.stderr
    assert "Traceback" not in pin.stderr
    results = tallyapp("results", "--db", str(path))
    assert results.returncode == 0, results.stderr
    assert app.do("save 52") == {"saved": 2}
    app.quit()
    assert stored_shift(url) == 52


def test_disk_full_while_saving(database: tuple[str, Path]) -> None:
    """A save the disk cannot take is refused in words, its figures are in the recovery file,
    and every save acknowledged before is there after the app ends."""
    url, path = database
    app = App(url, path)
    assert app.do("save 61") == {"saved": 1}
    assert "limited" in app.do("limit")
    answer = app.do("save 62")
    assert answer["refused"] == "storage.kept"
    assert answer["reason"] in ("storage.disk-full", "storage.write-failed")
    app.quit()
    assert [r["values"] for r in recovered(path)] == [values(62)]
    assert stored_shift(url) == 61


def test_journal_never_emptied_by_a_new_database(tmp_path: Path) -> None:
    """A journal without its database: no command creates a database over it (SQLite would
    start a new journal in its place)."""
    live = tmp_path / "live.sqlite3"
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    path = tmp_path / "tallyapp.sqlite3"
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(live.with_name(live.name + "-wal").read_bytes())
    conn.close()
    kept = wal.read_bytes()
    init = tallyapp("init", "--db", str(path))
    assert init.returncode == 2 and "journal" in init.stderr, init.stderr
    assert not path.exists() and wal.read_bytes() == kept


@pytest.fixture
def read_only(database: tuple[str, Path], tmp_path: Path) -> Iterator[Path]:
    """The database with one save in it, on read-only media (a read-only bind mount when the
    tests run as an administrator, whom permissions do not stop; else permissions)."""
    url, path = database
    app = App(url, path)
    assert app.do("save 71") == {"saved": 1}
    app.quit()  # ended without a checkpoint: the save is in the journal beside the file
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        yield path
        path.parent.chmod(0o755)
        return
    media = tmp_path / "media"
    media.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(path.parent), str(media)], check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot make a read-only medium here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(media)], check=True)
        yield media / path.name
    finally:
        subprocess.run(["umount", str(media)], check=False)


def test_read_only_database(read_only: Path) -> None:
    """A database on read-only media opens for reading, with a note that it is read-only:
    results and the audit work and see every save; a command that writes, and the app's
    save, are refused in a sentence."""
    results = tallyapp("results", "--db", str(read_only))
    assert results.returncode == 0, results.stderr
    assert "read-only" in results.stderr
    audit = tallyapp("audit", "--db", str(read_only))
    assert audit.returncode == 0, audit.stderr
    assert stored_shift(f"sqlite:///{read_only}") == 71
    engine = open_engine(f"sqlite:///{read_only}")
    from tallyapp.services.sessions import roster_of

    member = roster_of(engine, "PEC-1").members[0]
    engine.dispose()
    pin = tallyapp("pin", "--db", str(read_only), "--commission", "PEC-1", "--iin", member.iin)
    assert pin.returncode == 2 and "read-only" in pin.stderr, pin.stderr
    assert "Traceback" not in pin.stderr
    app = App(f"sqlite:///{read_only}", read_only)
    assert "ready" in app.started
    assert app.do("save 72")["refused"] == "storage.read-only"
    app.quit()


def test_old_default_database_moves_to_its_own_folder(tmp_path: Path) -> None:
    """The default database leaves the data folder (which file dialogs show) for a folder of
    its own, with its work; while another process has it open, it stays where it is."""
    from tallyapp.storage.location import move_old_default

    old, new = tmp_path / "tallyapp.sqlite3", tmp_path / "database" / "tallyapp.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "c.execute('PRAGMA journal_mode = WAL'); c.execute('CREATE TABLE t (x)');"
            "c.execute('INSERT INTO t VALUES (7)'); print('open', flush=True); sys.stdin.read()",
            str(old),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "open\n"
    assert move_old_default(old, new) == old  # in use: not moved
    assert old.exists() and not new.exists()
    holder.communicate("")  # the other process ends
    assert move_old_default(old, new) == new
    assert not old.exists()
    conn = sqlite3.connect(new)
    assert conn.execute("SELECT x FROM t").fetchall() == [(7,)]
    conn.close()


def test_an_import_beside_the_app(database: tuple[str, Path], tmp_path: Path) -> None:
    """`tallyapp import` while the app runs: every file is refused with a sentence naming the
    app's process, nothing of it is stored, the app's saves are all there; once the app has
    ended the same import goes through."""
    from tests.storage.test_race import _package

    url, path = database
    (tmp_path / "tec").mkdir()
    package, ca = _package(tmp_path / "tec")
    app = App(url, path)
    assert app.do("save 81") == {"saved": 1}
    beside = tallyapp("import", "--db", str(path), "--trust", str(ca), "--json", str(package))
    assert beside.returncode == 1, beside.stderr
    [outcome] = json.loads(beside.stdout)
    assert outcome["outcome"] == "rejected" and outcome["reason_code"] == "storage.in-use"
    assert f"process {app.started['ready']}" in outcome["reason"]
    assert app.do("save 82") == {"saved": 2}
    app.quit()
    assert stored_shift(url) == 82
    after = tallyapp("import", "--db", str(path), "--trust", str(ca), "--json", str(package))
    assert after.returncode == 0, after.stdout
    assert json.loads(after.stdout)[0]["accepted"] == 2
