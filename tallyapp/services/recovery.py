"""Figures the database refused to take are never only on screen: they are also written to a
recovery file beside the database (`<database>.recovery.jsonl`, one JSON line each), and the
refusal says where. The window keeps them too, so the person can save again once the cause is
gone (see storage/durability.py for the causes). At the next start the app reads the file
back (`recovery_of`) and offers to restore what it keeps (services/restoring.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tallyapp.domain.election import BallotKind
from tallyapp.storage.database import sqlite_file
from tallyapp.storage.durability import StorageRefused
from tallyapp.storage.recovery_file import keep_for_recovery, read_kept, recovery_file_of

# Set while kept figures are being restored: a refusal then leaves their line as it is
# instead of keeping the same figures a second time.
restoring: ContextVar[bool] = ContextVar("restoring", default=False)


@contextmanager
def kept_if_refused(
    engine: Engine,
    action: str,
    precinct: str,
    ballot: str,
    values: dict[str, int | None],
    base: int | None = None,
    reason: str = "",
) -> Iterator[None]:
    """`base`: the lock version of the stored protocol the figures were keyed over (None for
    a first protocol), so that a restore never puts them over a later version."""
    try:
        yield
    except StorageRefused as refusal:
        path = sqlite_file(str(engine.url))
        if restoring.get():
            raise
        record: dict[str, Any] = {
            "action": action,
            "precinct": precinct,
            "ballot": ballot,
            "values": values,
            "base": base,
            **({"reason": reason} if reason else {}),
        }
        kept = keep_for_recovery(path, {**record, "refused": refusal.code}) if path else None
        if kept is None:
            raise
        raise StorageRefused("storage.kept", reason=refusal, file=str(kept)) from None


@dataclass(frozen=True)
class KeptFigures:
    """One protocol's figures as the recovery file keeps them."""

    line: str  # the file's line, as written: dropped from the file once stored
    at: str  # when they were refused (UTC, ISO 8601)
    action: str  # autosave, original, repeated or finalise
    precinct: str
    ballot: BallotKind
    values: dict[str, int | None]
    based: bool  # the line names the version they were keyed over (older lines do not)
    base: int | None  # that version's lock version; None: the first protocol
    reason: str  # a repeated protocol's reason


@dataclass(frozen=True)
class Recovery:
    """The recovery file of a database: the figures it keeps, oldest first, and the numbers
    of its lines that hold none (cut short, or edited by hand)."""

    file: Path
    kept: tuple[KeptFigures, ...]
    unreadable: tuple[int, ...] = ()
    unreadable_lines: tuple[str, ...] = ()


def recovery_of(url: str) -> Recovery | None:
    """The recovery file beside an embedded database, read; None when there is none. Reads
    a file: not for the GUI thread."""
    path = sqlite_file(url)
    if path is None:
        return None
    lines = read_kept(path)
    if lines is None:
        return None
    kept, unreadable, texts = [], [], []
    for line in lines:
        figures = _figures(line.text, line.record)
        if figures is None:
            unreadable.append(line.number)
            texts.append(line.text)
        else:
            kept.append(figures)
    return Recovery(recovery_file_of(path), tuple(kept), tuple(unreadable), tuple(texts))


def _figures(text: str, record: dict[str, Any] | None) -> KeptFigures | None:
    if record is None:
        return None
    values, base = record.get("values"), record.get("base")
    strings = [record.get(key, "") for key in ("at", "action", "precinct", "ballot", "reason")]
    if not all(isinstance(s, str) for s in strings) or not isinstance(values, dict):
        return None
    if not all(
        isinstance(k, str) and (v is None or (isinstance(v, int) and not isinstance(v, bool)))
        for k, v in values.items()
    ):
        return None
    if base is not None and (not isinstance(base, int) or isinstance(base, bool)):
        return None
    at, action, precinct, ballot, reason = strings
    try:
        kind = BallotKind(ballot)
    except ValueError:
        return None
    if not precinct or action not in {"autosave", "original", "repeated", "finalise"}:
        return None
    return KeptFigures(text, at, action, precinct, kind, values, "base" in record, base, reason)
