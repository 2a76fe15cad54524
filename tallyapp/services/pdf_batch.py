"""Every precinct protocol under a commission as a PDF, signed or not: what a territorial
commission prints and sends on election night. Reports progress and can be cancelled."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tallyapp.domain.authority import precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.reports.child_process import start_context
from tallyapp.reports.layout import DigitalStamp
from tallyapp.services.files import write_atomically
from tallyapp.services.pdf_export import (
    ExportError,
    export_protocol,
    precincts_under,
    present_at_finalising_of,
)
from tallyapp.services.publication import Publication, RecordBroken, guard_publication
from tallyapp.services.signatures import open_key, sign_document, stamps_by_document

Progress = Callable[[int, int, str], None]  # done, total, precinct number


def _never() -> bool:
    return False


def _silent(_done: int, _total: int, _text: str) -> None:
    pass


@dataclass
class BatchOutcome:
    folder: Path
    written: list[str] = field(default_factory=list)
    without_protocol: list[str] = field(default_factory=list)  # no protocol of this ballot yet
    # Not signed, with the reason: the key's holder may not sign these (another commission's
    # protocol; the chair was present for a deputy's key; ...). Nothing written for them.
    refused: dict[str, TallyError] = field(default_factory=dict)
    cancelled: bool = False


def export_protocols_under(
    engine: Engine,
    under: str,
    ballot: BallotKind,
    lang: str,
    folder: Path,
    key: Path | None = None,
    passphrase: bytes = b"",
    progress: Progress = _silent,
    cancelled: Callable[[], bool] = _never,
    workers: int | None = None,
    despite_audit_failure: bool = False,
) -> BatchOutcome:
    """One PDF per precinct under `under` into `folder` (`<number>-<ballot>.pdf`), each
    written atomically, signed with `key` when one is given: those its holder may not sign
    are left out, each with its reason (`BatchOutcome.refused`). Laying out and signing take the
    time: a batch runs in a pool of processes, one per core (`workers`), each with its own
    database connection; a few protocols are done here, where starting the pool would cost
    more than it saves."""
    publication = guard_publication(engine, despite_audit_failure)  # once for the batch
    if publication.stamp and key is not None:
        raise RecordBroken("publication.no-signing-despite", count=publication.broken)
    numbers = precincts_under(engine, under, ballot)
    stamps: dict[str, DigitalStamp] = {}
    refused: dict[str, TallyError] = {}
    if key is not None:  # who may sign what, decided before a single file is written
        stamps, refused = _authority(engine, key, passphrase, numbers, ballot)
        numbers = [n for n in numbers if n not in refused]
    url = engine.url.render_as_string(hide_password=False)
    job = _Job(url, ballot, lang, folder, key, passphrase, stamps, publication)
    outcome = BatchOutcome(folder, refused=refused)
    if not numbers:
        return outcome
    workers = min(workers or os.cpu_count() or 1, len(numbers))
    if workers <= 1 or len(numbers) < POOL_FROM:
        _start(job, engine)
        try:
            results = (_export_one(number) for number in numbers)
            _collect(numbers, results, outcome, progress, cancelled)
        finally:
            _worker.clear()  # the opened key does not outlive the batch in this process
        return outcome
    with ProcessPoolExecutor(workers, start_context(), initializer=_start, initargs=(job,)) as pool:
        futures = [pool.submit(_export_one, number) for number in numbers]
        try:
            _collect(
                numbers, (f.result() for f in as_completed(futures)), outcome, progress, cancelled
            )
        finally:
            if outcome.cancelled:
                pool.shutdown(cancel_futures=True)
    return outcome


POOL_FROM = 8  # protocols: below this a batch is done in this process


def _authority(
    engine: Engine, key: Path, passphrase: bytes, numbers: list[str], ballot: BallotKind
) -> tuple[dict[str, DigitalStamp], dict[str, TallyError]]:
    """By precinct: the stamp of the key's holder where they may sign its protocol, else the
    reason they may not. As for one protocol (`signed_documents.signed_protocol`), whoever
    presided when it was finalised signs it: the chair, or in the chair's absence the deputy,
    or the secretary when both were absent. A key that may sign none of them is refused at
    once, with the reason that concerns its own commission if there is one."""
    documents = {n: precinct_commission(n) for n in numbers}
    present = {
        documents[n]: iins for n, iins in present_at_finalising_of(engine, numbers, ballot).items()
    }
    stamps, refusals = stamps_by_document(
        engine, key, passphrase, list(documents.values()), present
    )
    if numbers and not stamps:  # the reason about the holder's own commission says most
        ordered = [refusals[documents[n]] for n in numbers]
        raise next((r for r in ordered if r.code != "authority.not-member"), ordered[0])
    by_number = {n: stamps[d] for n, d in documents.items() if d in stamps}
    refused: dict[str, TallyError] = {n: refusals[d] for n, d in documents.items() if d in refusals}
    return by_number, refused


@dataclass
class _Job:
    """What every worker needs, sent once when it starts."""

    url: str
    ballot: BallotKind
    lang: str
    folder: Path
    key: Path | None
    passphrase: bytes
    stamps: dict[str, DigitalStamp] = field(default_factory=dict)  # by precinct, when signing
    publication: Publication | None = None


_worker: dict[str, Any] = {}  # per process: the job, its engine and its reader


def _start(job: _Job, engine: Engine | None = None) -> None:
    """A worker's own engine (never one inherited across a fork) and reader."""
    from tallyapp.domain.actor import Actor
    from tallyapp.services.entry import EntryService
    from tallyapp.services.setup import open_engine

    own = engine or open_engine(job.url)
    # The key opened once per worker: opening it costs as much as signing.
    key = open_key(job.key, job.passphrase) if job.key is not None else None
    _worker.update(
        job=job, engine=own, service=EntryService(own, Actor("export", "export")), key=key
    )


def _export_one(number: str) -> tuple[str, str, str, dict[str, str]]:
    """(number, "written" | "missing" | "refused", error code, its params) for one precinct."""
    job: _Job = _worker["job"]
    try:
        exported = export_protocol(
            _worker["engine"],
            number,
            job.ballot,
            job.lang,
            stamp=job.stamps.get(number),
            service=_worker["service"],
            publication=job.publication,
        )
        pdf = exported.data
        if job.key is not None:
            reason = f"protocol of precinct {number}"
            pdf = sign_document(pdf, job.key, job.passphrase, reason, opened=_worker["key"])
        write_atomically(job.folder / f"{number}-{job.ballot.value}.pdf", pdf)
    except ExportError:
        return number, "missing", "", {}
    except TallyError as exc:  # refused (a broken record, a key that cannot sign): said
        return number, "refused", exc.code, {k: str(v) for k, v in exc.params.items()}
    return number, "written", "", {}


def _collect(
    numbers: list[str],
    results: Iterable[tuple[str, str, str, dict[str, str]]],
    outcome: BatchOutcome,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> None:
    done: dict[str, str] = {}
    for number, status, code, params in results:
        if status == "refused":
            outcome.cancelled = True
            raise TallyError(code, **params)
        done[number] = status
        progress(len(done), len(numbers), number)
        if cancelled():
            outcome.cancelled = True
            break
    outcome.written = [n for n in numbers if done.get(n) == "written"]
    outcome.without_protocol = [n for n in numbers if done.get(n) == "missing"]
