"""Keeping an embedded (SQLite) database's saves where the next start will find them.

The hazard (docs/architecture.md, "Nothing lost on one laptop"): SQLite on Unix coordinates
processes with POSIX advisory locks, and POSIX drops *every* lock a process holds on a file
as soon as *any* descriptor of that file is closed in the process, whoever opened it. A file
dialog that looks into the database's folder (Qt sniffs files to pick icons) does exactly
that; the app's connections keep believing they hold their shared lock. The next process that
opens the database then finds itself the last connection, checkpoints, and deletes the `-wal`
and `-shm` files while the app still has them open: every later save goes into a deleted
journal and is gone when the app quits, with nothing on screen to say so.

What this module does against it, for every SQLite file the app opens:

- `FileGuard` holds its own descriptor on the database and on its `-shm` with an *open file
  description* lock (Linux `F_OFD_SETLK`) on the bytes SQLite's shared lock uses. Such a lock
  belongs to that descriptor, not to the process: no close() elsewhere in the process drops
  it, and while it is held no other process can take the exclusive lock it needs to delete the
  journal. Where OFD locks do not exist, the shared lock is taken again before every write.
- Before a transaction that wrote is committed, the guard checks that the database and the
  journal on disk are still the very files the connections hold (device and inode). If not
  (the file renamed, removed, the journal deleted), the commit is refused: nothing is
  acknowledged that the next start would not find.
- `hold_database` is the desktop app's lock file beside the database, naming the workstation
  and process: a second app, or a command that writes, is refused with a sentence naming
  them. Reading commands go on reading.
- `journal_without_database` finds a journal left without its database, so that nothing
  creates an empty database over it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tallyapp.domain.errors import TallyError

try:  # Unix; on Windows a closed handle drops no other handle's lock, and nothing is needed
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# SQLite's lock bytes (os_unix.c): a shared lock is a read lock on SHARED_SIZE bytes from
# SHARED_FIRST; the byte UNIX_SHM_DMS of the -shm file is read-locked by every connection.
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
SHM_DMS = 128
WAL_HEADER = 32  # a journal no longer than its header holds no transaction

OFD_SETLK: int | None = getattr(fcntl, "F_OFD_SETLK", None) if fcntl is not None else None


class StorageRefused(TallyError):
    """The database cannot take this write safely; nothing was written."""

    code = "storage.refused"


def _flock_struct(kind: int, start: int, length: int) -> bytes:
    # struct flock: l_type, l_whence, l_start, l_len, l_pid (Linux, 64-bit offsets).
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, start, length, 0)


def _read_lock(fd: int, start: int, length: int, own_description: bool) -> bool:
    """A read lock on the byte range; False if another process holds it exclusively."""
    if fcntl is None:
        return True
    command = OFD_SETLK if own_description and OFD_SETLK is not None else fcntl.F_SETLK
    for _ in range(50):  # a closing process may hold the exclusive lock for a moment
        try:
            fcntl.fcntl(fd, command, _flock_struct(fcntl.F_RDLCK, start, length))
            return True
        except OSError:
            time.sleep(0.01)
    return False


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return (found.st_dev, found.st_ino)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_of(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


class FileGuard:
    """One SQLite file as this process holds it: the process's guard descriptors and locks,
    and the identity of the database and journal its connections write to."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connections = 0
        self.read_only = False
        self.database: tuple[int, int] | None = None
        self.journal: tuple[int, int] | None = None
        self.broken: StorageRefused | None = None
        self._fds: list[int] = []
        self._mutex = threading.Lock()

    # The pool's connections come and go; the guard holds while any is open.
    def connected(self) -> None:
        with self._mutex:
            self.connections += 1
            if self.connections == 1 and self.broken is None:
                self._release()  # the last set, from before every connection closed
                self._engage()

    def closed(self) -> None:
        with self._mutex:
            self.connections = max(0, self.connections - 1)
            if self.connections == 0 and self.broken is None:
                # Released before SQLite closes the last connection, so that it may fold the
                # journal into the database and remove it, as it should when nobody is left.
                self._release()

    def _engage(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return
        self._fds.append(fd)
        found = os.fstat(fd)
        self.database = (found.st_dev, found.st_ino)
        _read_lock(fd, SHARED_FIRST, SHARED_SIZE, own_description=True)
        self.journal = _identity(wal_of(self.path))
        if OFD_SETLK is not None and shm_of(self.path).exists():
            try:
                shm = os.open(shm_of(self.path), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            except OSError:
                return
            self._fds.append(shm)
            _read_lock(shm, SHM_DMS, 1, own_description=True)

    def _release(self) -> None:
        # Closing our own descriptors drops the process's POSIX locks on the file too: only
        # ever done when no connection of this process is open on it.
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds = []
        self.database = self.journal = None

    def check_write(self) -> None:
        """Refuse a commit that the files on disk would not keep (see the module's text)."""
        with self._mutex:
            if self.broken is not None:
                raise self.broken
            if self.database is None:
                return
            found = _identity(self.path)
            if found is None:
                self._break("storage.database-gone")
            elif found != self.database:
                self._break("storage.database-replaced")
            elif self.journal is not None and _identity(wal_of(self.path)) != self.journal:
                self._break("storage.journal-gone")
            elif (
                # No OFD locks here: take the shared lock again, in case a close() dropped it.
                OFD_SETLK is None
                and self._fds
                and not _read_lock(self._fds[0], SHARED_FIRST, SHARED_SIZE, own_description=False)
            ):
                raise StorageRefused("storage.busy", path=str(self.path))

    def _break(self, code: str) -> None:
        # From now on every write is refused, and the guard's locks are kept until the process
        # ends: they stop this process's last connection from folding its stale journal over
        # what another process has written meanwhile.
        self.broken = StorageRefused(code, path=str(self.path))
        raise self.broken


_guards: dict[Path, FileGuard] = {}
_guards_mutex = threading.Lock()


def guard_of(path: Path) -> FileGuard:
    """The process's one guard for a database file (shared by all its engines)."""
    with _guards_mutex:
        guard = _guards.get(path)
        if guard is None:
            guard = _guards[path] = FileGuard(path)
        return guard


def forget_guard(path: Path) -> None:
    """The file was removed on purpose (a cancelled first start): a new file made at the same
    place later is a new database, not this one replaced."""
    with _guards_mutex:
        guard = _guards.pop(path, None)
    if guard is not None:
        with guard._mutex:
            guard._release()


# --- the desktop app's lock file ------------------------------------------------------


def lock_file_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


_held: dict[Path, int] = {}  # database -> descriptor holding its lock file, in this process
_holders: dict[Path, int] = {}  # database -> how many engines of this process hold it


def _holder(lock: Path) -> dict[str, Any]:
    try:
        found = json.loads(lock.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        found = {}
    return found if isinstance(found, dict) else {}


def _in_use(path: Path, holder: dict[str, Any]) -> StorageRefused:
    return StorageRefused(
        "storage.in-use",
        path=str(path),
        pid=holder.get("pid", "?"),
        workstation=holder.get("workstation", "?"),
        since=holder.get("since", "?"),
    )


def hold_database(path: Path, program: str = "tallyapp") -> None:
    """Claim the database for this process (the desktop app), until `release_database` or the
    process ends. Refused, naming the holder, while another process holds it."""
    if fcntl is None:
        return
    if path in _held:  # another engine of this process holds it: one more holder
        _holders[path] += 1
        return
    lock = lock_file_of(path)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError:
        return  # a read-only folder: nobody writes here anyway
    for _ in range(100):  # a writing command holds it shared for a moment
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except OSError:
            time.sleep(0.01)
    else:
        os.close(fd)
        raise _in_use(path, _holder(lock))
    record = {
        "program": program,
        "pid": os.getpid(),
        "workstation": socket.gethostname(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
        "argv": sys.argv[:1],
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(record).encode(), 0)
    _held[path] = fd
    _holders[path] = 1


def release_database(path: Path) -> None:
    _holders[path] = _holders.get(path, 1) - 1
    if _holders[path] > 0:
        return
    del _holders[path]
    fd = _held.pop(path, None)
    if fd is not None and fcntl is not None:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def check_not_held_elsewhere(path: Path) -> None:
    """Refuse a write while a desktop app in another process holds the database."""
    if fcntl is None or path in _held:
        return
    lock = lock_file_of(path)
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return  # no app ever held it
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        raise _in_use(path, _holder(lock)) from None
    finally:
        os.close(fd)


# --- what is on disk before a database is opened ---------------------------------------


def journal_without_database(path: Path) -> Path | None:
    """A journal holding transactions whose database file is missing: the work of a
    database that was moved or removed while in use. Nothing may be created over it."""
    journal = wal_of(path)
    if path.exists():
        return None
    try:
        return journal if journal.stat().st_size > WAL_HEADER else None
    except FileNotFoundError:
        return None


def is_writable(path: Path) -> bool:
    """Whether this process may write the database and create its journal beside it. Asked
    of the system (access(2) answers EROFS on read-only media, for administrators too), never
    by opening the file: closing a descriptor of it would drop this process's locks."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
