"""Reading received files in a pool of processes, one per core, while this process stores.

Reading a file (its shape, its schema, every record's signature and the authority of each
signer) takes more than half of an import, and needs nothing but the file, the commission
tree, the rosters and the trusted authorities: so files are read ahead in worker processes,
each with its own database connection, and come back in their order, a few at a time, to
be stored here one transaction per file as before. A few files are read here, where starting
the pool would cost more than it saves.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tallyapp.reports.certificates import Trust
from tallyapp.reports.child_process import start_context
from tallyapp.services.exchange.format import FileKind, Rejected
from tallyapp.services.exchange.readers import FileRead, read_file
from tallyapp.services.exchange.register import Register
from tallyapp.storage.database import sqlite_file

log = logging.getLogger(__name__)

POOL_FROM = 8  # files: fewer are read in this process
AHEAD = 2  # files read ahead per worker: memory stays flat whatever the number of files


def read_safely(path: Path, register: Register, roots: Any, importer: str) -> FileRead:
    """A file read, or why it cannot be: a reader's bug or a library's crash on a hostile
    file is that file's refusal, never the import's end."""
    try:
        return read_file(path, register, roots, importer)
    except Exception as exc:
        log.exception("reading %s", path)
        read = FileRead(FileKind.UNREADABLE)
        read.rejected = Rejected("file.unexpected", detail=type(exc).__name__)
        return read
    finally:
        register.forget_precinct_rosters()  # memory stays flat over thousands of files


def read_files(
    engine: Engine,
    files: Sequence[Path],
    register: Register,
    roots: Any,
    importer: str,
    workers: int | None = None,
) -> Iterator[FileRead]:
    """Each file read, in the order given."""
    url = engine.url.render_as_string(hide_password=False)
    # One core is left to this process, which stores what the others read.
    workers = min(workers or max((os.cpu_count() or 1) - 1, 1), len(files))
    shared = not url.startswith("sqlite") or sqlite_file(url) is not None  # not in memory
    if len(files) < POOL_FROM or not shared:
        for path in files:
            yield read_safely(path, register, roots, importer)
        return
    trust = roots if isinstance(roots, Trust) else Trust(roots)
    job = _Job(url, importer, trust.portable())
    with ProcessPoolExecutor(workers, start_context(), initializer=_start, initargs=(job,)) as pool:
        waiting = iter(files)
        ahead: deque[Future[FileRead]] = deque()
        try:
            for path in waiting:
                ahead.append(pool.submit(_read, str(path)))
                if len(ahead) >= AHEAD * workers:
                    break
            while ahead:
                read = ahead.popleft().result()
                following = next(waiting, None)
                if following is not None:
                    ahead.append(pool.submit(_read, str(following)))
                yield read
        finally:  # the import ended early: nothing more is read
            pool.shutdown(cancel_futures=True)


@dataclass(frozen=True)
class _Job:
    """What every worker needs, sent once when it starts."""

    url: str
    importer: str
    trust: dict[str, Any]  # the roots, intermediates and revocation lists, as bytes


_worker: dict[str, Any] = {}  # per process: the job, its engine, register and roots


def _start(job: _Job) -> None:
    """A worker's own engine (never one inherited across a fork), register and roots."""
    from tallyapp.services.setup import open_engine

    engine = open_engine(job.url)
    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
    _worker.update(job=job, register=register, roots=Trust.from_portable(job.trust))


def _read(path: str) -> FileRead:
    job: _Job = _worker["job"]
    return read_safely(Path(path), _worker["register"], _worker["roots"], job.importer)
