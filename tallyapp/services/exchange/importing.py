"""Importing received files: each file read on its own, then stored as one transaction.

A signed file's protocols are classified against the database (new, duplicate, or in
conflict: kept in the inbox, never overwriting) and its new versions written through the one
write path, `storage.protocols.append_versions`, which applies the lifecycle. An unsigned
photo or scan, and an observer's copy, are never protocols: whatever version their code
claims, they are kept in the inbox and compared with the official protocol, line by line. A
file that cannot be stored leaves nothing behind, and the next file goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import Provenance
from tallyapp.domain.errors import ConflictError, NotFoundError, TallyError
from tallyapp.domain.lines import lines_of
from tallyapp.services.exchange.format import FileKind, Progress, Rejected, no_progress
from tallyapp.services.exchange.outcomes import Conflict, FileOutcome, Outcome
from tallyapp.services.exchange.readers import FileRead, Incoming, files_in
from tallyapp.services.exchange.reading_pool import read_files
from tallyapp.services.exchange.reconcile import (
    current_protocol,
    differences,
    paper_lines,
    summary_differences,
)
from tallyapp.services.exchange.register import Heads, Register
from tallyapp.services.sessions import import_refusal
from tallyapp.services.transaction import ATTEMPTS, back_off, is_transient, use_case
from tallyapp.storage.inbox import add_received, add_received_file
from tallyapp.storage.protocols import (
    HeadSnapshot,
    NewVersion,
    append_versions,
    audit,
    lock_election_chain,
)

log = logging.getLogger(__name__)


def import_files(
    engine: Engine,
    paths: list[Path],
    roots: list[Any],
    importer: str | None = None,
    progress: Progress = no_progress,
    observer: bool = False,
    actor: Actor | None = None,
) -> list[FileOutcome]:
    """Import each file in its own transaction; the outcome of every file is reported.

    `observer`: the files are observers' copies of protocols, kept to be compared with the
    official ones (see the anomaly report), never stored as protocols."""
    files = files_in(paths)
    outcomes = []
    with engine.connect() as conn:
        register = Register.load(conn)
    importer = importer or register.tree.root
    if importer not in register.tree:
        raise NotFoundError("commission.unknown", commission=importer)
    if actor is not None and actor.session is not None:  # a member's session: may they?
        refusal = import_refusal(engine, actor.session, importer)
        if refusal is not None:
            raise refusal
    # Files are read ahead in worker processes while each is stored here in turn.
    reads = read_files(engine, files, register, roots, importer)
    for n, (path, read) in enumerate(zip(files, reads, strict=True), 1):
        progress(str(path.name), int(100 * (n - 1) / max(len(files), 1)))
        outcome = FileOutcome(str(path), kind=read.kind)
        outcomes.append(outcome)
        try:
            if read.rejected is not None:
                raise read.rejected
            outcome.warnings = read.warnings
            unofficial = observer or read.kind is FileKind.PHOTO
            moved = _store(engine, register, str(path), read, outcome, unofficial, observer, actor)
            # Stored: the in-memory register follows, for the next file to be classified by.
            register.heads.update(moved)
        except TallyError as exc:
            outcome.outcome, outcome.reason = Outcome.REJECTED, exc
            outcome.accepted = outcome.duplicates = 0
            outcome.conflicts, outcome.warnings = [], []
            continue
        outcome.outcome = (
            Outcome.OBSERVER
            if observer
            else Outcome.UNSIGNED_COPY
            if unofficial
            else Outcome.CONFLICT
            if outcome.conflicts
            else Outcome.ACCEPTED
            if outcome.accepted
            else Outcome.SUMMARY
            if read.summaries and not read.items
            else Outcome.DUPLICATE
        )
        if read.summaries:
            outcome.differences = summary_differences(engine, register, read.summaries)
    progress("progress.done", 100)
    return outcomes


def _store(
    engine: Engine,
    register: Register,
    source: str,
    read: FileRead,
    outcome: FileOutcome,
    unofficial: bool,
    observer: bool,
    actor: Actor | None,
) -> Heads:
    """One file in one transaction. Another importer storing the same protocols meanwhile
    (a conflict on a protocol's row, a serialization failure, a deadlock) is not the file's
    fault: the whole transaction runs again, against the heads as they are now, a bounded
    number of times with a growing wait."""
    for attempt in range(ATTEMPTS):
        outcome.accepted = outcome.duplicates = 0
        outcome.conflicts = []
        try:
            with use_case(engine) as session:
                if attempt:  # another importer moved the heads this one had read
                    register.load_heads(session.connection())
                if unofficial:
                    store_copy(session, register, source, read, outcome, observer)
                    return {}
                return store_file(session, register, source, read, outcome, actor)
        except ConflictError:
            if attempt + 1 == ATTEMPTS:
                raise Rejected("import.stored-meanwhile") from None
        except SQLAlchemyError as exc:
            if not is_transient(exc) or attempt + 1 == ATTEMPTS:
                raise Rejected("import.database", detail=str(exc).splitlines()[0]) from None
        except (TallyError, OSError):
            raise
        except Exception as exc:  # nothing was stored; the next file goes on
            log.exception("storing %s", source)
            raise Rejected("file.unexpected", detail=type(exc).__name__) from None
        back_off(attempt + 1)
    raise AssertionError("unreachable")  # pragma: no cover


def store_copy(
    session: Session,
    register: Register,
    source: str,
    read: FileRead,
    outcome: FileOutcome,
    observer: bool,
) -> None:
    """An unofficial copy (an observer's, or an unsigned photo or scan) goes to the inbox
    only, and is compared with the official protocol; it never becomes a protocol of this
    commission, whatever version or state its code claims."""
    kind = f"observer copy ({read.kind.value})" if observer else read.kind.value
    lock_election_chain(session, register.election.id)
    file_id = add_received_file(
        session, register.election.id, Path(source).name, read.digest, read.sender, kind, read.data
    )
    add_received(
        session,
        [
            (
                file_id,
                i,
                item.signer or read.sender,
                item.protocol.precinct,
                item.protocol.ballot.value,
                item.fingerprint,
                "observer",
                json.dumps(lines_of(item.protocol)),
            )
            for i, item in enumerate(read.items)
        ],
    )
    outcome.accepted = len(read.items)
    conn = session.connection()
    for item in read.items:
        pid = register.precincts[item.protocol.precinct][0]
        ballot = item.protocol.ballot.value
        head = register.heads.get((pid, ballot))
        if head is None or head[3] == item.fingerprint:
            continue  # nothing official yet, or the same document
        official = current_protocol(conn, register, item.protocol.precinct, ballot)
        differing = differences(official, item.protocol)
        if not differing:
            continue  # another version of the same figures
        outcome.compared.append(
            Conflict(
                item.protocol.precinct,
                ballot,
                head[2],
                head[3],
                item.version,
                item.fingerprint,
                differing,
                paper_lines(
                    conn, register, item.protocol.precinct, ballot, (k for k, _, _ in differing)
                ),
            )
        )


def _arrival_state(item: Incoming) -> State:
    """A protocol sent up as transmitted stays so; anything else arrives accepted."""
    return State.TRANSMITTED if item.state == "transmitted" else State.ACCEPTED


def store_file(
    session: Session,
    register: Register,
    source: str,
    read: FileRead,
    outcome: FileOutcome,
    actor: Actor | None = None,
) -> Heads:
    """Classify each protocol against the database and write it all in the caller's
    transaction: the file itself, a row per protocol received, and the new versions.
    Returns the heads as they stand once the transaction is committed."""
    eid = register.election.id
    name = Path(source).name
    lock_election_chain(session, eid)  # one import at a time: before any protocol row
    file_id = add_received_file(
        session, eid, name, read.digest, read.sender, read.kind.value, read.data
    )
    new_versions: list[NewVersion] = []
    new_fingerprints: list[str] = []  # as received: the version keeps its number and kind
    inbox: list[tuple[object, ...]] = []
    for position, item in enumerate(read.items):
        pid = register.precincts[item.protocol.precinct][0]
        ballot = item.protocol.ballot.value
        head = register.heads.get((pid, ballot))
        record_fp = item.fingerprint
        verdict = Outcome.ACCEPTED
        snapshot = None
        if head is not None:
            head_id, lock, number, current_fp, state = head
            snapshot = HeadSnapshot(head_id, lock, number, State(state))
            if current_fp == record_fp:
                verdict = Outcome.DUPLICATE
            elif not (item.kind == "repeated" and item.version > number):
                verdict = Outcome.CONFLICT
                current = current_protocol(
                    session.connection(), register, item.protocol.precinct, ballot
                )
                differing = differences(current, item.protocol)
                outcome.conflicts.append(
                    Conflict(
                        item.protocol.precinct,
                        ballot,
                        number,
                        current_fp,
                        item.version,
                        record_fp,
                        differing,
                        paper_lines(
                            session.connection(),
                            register,
                            item.protocol.precinct,
                            ballot,
                            (k for k, _, _ in differing),
                        ),
                    )
                )
        if verdict is Outcome.ACCEPTED:
            outcome.accepted += 1
            new_fingerprints.append(record_fp)
            new_versions.append(
                NewVersion(
                    pid,
                    item.protocol,
                    item.kind,
                    item.reason,
                    _arrival_state(item),
                    item.signer or read.sender,
                    f"import:{name}",
                    snapshot,
                    item.version,  # the document keeps its number: its fingerprint holds it
                    Provenance.RECEIVED_SIGNED,
                    item.signed_for,
                    item.signer,
                )
            )
        elif verdict is Outcome.DUPLICATE:
            outcome.duplicates += 1
        inbox.append(
            (
                file_id,
                position,
                item.signer or read.sender,
                item.protocol.precinct,
                ballot,
                record_fp,
                verdict.value,
                None,
            )
        )
    for j, summary in enumerate(read.summaries):
        digest = hashlib.sha256(json.dumps(summary, sort_keys=True).encode()).hexdigest()
        inbox.append(
            (
                file_id,
                len(read.items) + j,
                read.sender,
                None,
                summary["ballot"],
                digest,
                "summary",
                None,
            )
        )
    heads_after = append_versions(session, eid, new_versions)
    add_received(session, inbox)
    audit(
        session,
        # Who imported it, at which workstation (a tool without a session: the sender).
        actor or Actor(read.sender, "import"),
        "import",
        eid,
        file=source,
        sha256=read.digest,
        accepted=outcome.accepted,
        duplicates=outcome.duplicates,
        conflicts=len(outcome.conflicts),
    )
    session.flush()
    return {
        (written.precinct_id, written.protocol.ballot.value): (
            moved.protocol_id,
            moved.lock_version,
            moved.version_number,
            digest,
            moved.state.value,
        )
        for written, moved, digest in zip(new_versions, heads_after, new_fingerprints, strict=True)
    }
