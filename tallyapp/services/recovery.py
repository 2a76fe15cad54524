"""Figures the database refused to take are never only on screen: they are also written to a
recovery file beside the database (`<database>.recovery.jsonl`, one JSON line each), and the
refusal says where. The window keeps them too, so the person can save again once the cause is
gone (see storage/durability.py for the causes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from tallyapp.storage.database import sqlite_file
from tallyapp.storage.durability import StorageRefused, keep_for_recovery


@contextmanager
def kept_if_refused(
    engine: Engine, action: str, precinct: str, ballot: str, values: dict[str, int | None]
) -> Iterator[None]:
    try:
        yield
    except StorageRefused as refusal:
        path = sqlite_file(str(engine.url))
        record = {"action": action, "precinct": precinct, "ballot": ballot, "values": values}
        kept = keep_for_recovery(path, {**record, "refused": refusal.code}) if path else None
        if kept is None:
            raise
        raise StorageRefused("storage.kept", reason=refusal, file=str(kept)) from None
