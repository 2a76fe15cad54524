"""Restoring the figures a recovery file keeps (services/recovery.py), at the next start.

Each protocol's latest kept figures go through the entry service like any save: the member
signed in must be allowed to key it, the version is audited, and nothing is put over a
version stored after the figures were keyed (a later save from the window, another
workstation's). A line leaves the recovery file only once what it held is stored for good;
lines superseded by a later version, or holding no figures, are set aside in a file of their
own beside it (kept, and no longer asked about)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from sqlalchemy import Engine

from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.domain.sheet import Sheet, to_protocol
from tallyapp.services.entry import EntryService
from tallyapp.services.recovery import KeptFigures, Recovery, restoring
from tallyapp.storage.protocols import Actor
from tallyapp.storage.recovery_file import drop_kept, set_aside


class Restored(Enum):
    DRAFT = "draft"  # stored as a new draft version
    TYPING = "typing"  # over a finalised protocol: its working copy, to be corrected with a reason
    REPEATED = "repeated"  # a repeated protocol, with the reason it was kept with
    SAME = "same"  # the stored version already holds these figures
    LATER = "later"  # a version was stored after they were keyed: not restored, set aside
    REFUSED = "refused"  # not restored now (who is signed in, the disk): left in the file


@dataclass(frozen=True)
class RestoreOutcome:
    precinct: str
    ballot: BallotKind
    result: Restored
    version: int | None = None  # the version stored now
    refusal: TallyError | None = None


@dataclass(frozen=True)
class RestoreReport:
    outcomes: tuple[RestoreOutcome, ...]
    left: bool  # the recovery file still holds figures (refused ones)
    aside: str | None  # the file superseded and unreadable lines went to


def restore_kept(
    engine: Engine,
    actor: Actor,
    recovery: Recovery,
    progress: Callable[[int, int], None] | None = None,
) -> RestoreReport:
    """Restore each protocol's latest kept figures as the signed-in member (`actor`).
    Runs on a worker thread (it reads and writes the database and the file)."""
    path = recovery.file.with_name(recovery.file.name.removesuffix(".recovery.jsonl"))
    latest: dict[tuple[str, BallotKind], list[KeptFigures]] = {}
    for figures in recovery.kept:  # in the file's order: the last one is the latest
        latest.setdefault((figures.precinct, figures.ballot), []).append(figures)
    service = EntryService(engine, actor)
    outcomes, aside, left = [], list(recovery.unreadable_lines), False
    token = restoring.set(True)
    try:
        for done, group in enumerate(latest.values()):
            if progress is not None:
                progress(done, len(latest))
            outcome = _restore(service, group[-1])
            outcomes.append(outcome)
            lines = {figures.line for figures in group}
            if outcome.result is Restored.LATER:
                aside += sorted(lines)
            elif outcome.result is Restored.REFUSED:
                left = True
            else:  # committed (synchronous and checked by storage/durability.py): durable
                drop_kept(path, lines)
    finally:
        restoring.reset(token)
    moved = set_aside(path, aside) if aside else None
    return RestoreReport(tuple(outcomes), left, str(moved) if moved else None)


def _restore(service: EntryService, kept: KeptFigures) -> RestoreOutcome:
    where = kept.precinct, kept.ballot
    try:
        sheet = service.open(kept.precinct, kept.ballot)
        stored = sheet.stored
        if _later(sheet, kept):
            assert stored is not None
            return RestoreOutcome(*where, Restored.LATER, stored.version_number)
        values = {**sheet.values, **{k: v for k, v in kept.values.items() if k in sheet.values}}
        if stored is not None and stored.protocol == to_protocol(sheet, values):
            return RestoreOutcome(*where, Restored.SAME, stored.version_number)
        if not sheet.sealed:
            saved = service.save(sheet, values).sheet
            return RestoreOutcome(*where, Restored.DRAFT, _number(saved))
        if kept.action == "repeated" and kept.reason.strip():
            saved = service.correct(sheet, values, kept.reason).sheet
            return RestoreOutcome(*where, Restored.REPEATED, _number(saved))
        service.autosave(sheet, values)
        return RestoreOutcome(*where, Restored.TYPING, _number(sheet))
    except TallyError as refusal:
        return RestoreOutcome(*where, Restored.REFUSED, refusal=refusal)


def _later(sheet: Sheet, kept: KeptFigures) -> bool:
    """Whether a version was stored after the kept figures were keyed."""
    stored = sheet.stored
    if kept.based:
        return (stored.lock_version if stored else None) != kept.base
    if stored is None:  # an older line, without the version it was keyed over: by the time
        return False
    try:
        at = datetime.fromisoformat(kept.at)
    except ValueError:
        return True  # cannot tell: never over what is stored
    saved = stored.saved_at if stored.saved_at.tzinfo else stored.saved_at.replace(tzinfo=UTC)
    return saved >= (at if at.tzinfo else at.replace(tzinfo=UTC))


def _number(sheet: Sheet) -> int | None:
    return sheet.stored.version_number if sheet.stored else None
