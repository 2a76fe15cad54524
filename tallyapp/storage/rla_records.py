"""The risk-limiting audit's record: one append-only row per official step (the frozen
manifest, the seed ceremony, each round's draws, each recount, each decision, each precinct's
full hand count), its content as canonical JSON with its SHA-256. The steps' meaning is the
services' and the domain's; this module only stores and reads them, in order.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Text, select
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel, col

from tallyapp.storage.tables import utcnow

STEPS = ("manifest", "seed", "draw", "recount", "decision", "full-count")


class RlaRecordRow(SQLModel, table=True):
    __tablename__ = "rla_record"

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id", index=True)
    step: str
    at: datetime = Field(default_factory=utcnow)
    who: str = ""
    content: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str


@dataclass(frozen=True)
class RlaRecord:
    id: int
    step: str
    at: datetime
    who: str
    content: dict[str, Any]
    sha256: str


def canonical(content: Mapping[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def append_record(
    session: Session, election_id: str, step: str, who: str, content: Mapping[str, Any]
) -> RlaRecord:
    if step not in STEPS:
        raise ValueError(f"unknown audit step {step!r}")
    text = canonical(content)
    row = RlaRecordRow(
        election_id=election_id,
        step=step,
        who=who,
        content=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return RlaRecord(row.id, step, row.at, who, dict(content), row.sha256)


def read_records(session: Session, election_id: str) -> list[RlaRecord]:
    rows = session.scalars(
        select(RlaRecordRow)
        .where(col(RlaRecordRow.election_id) == election_id)
        .order_by(col(RlaRecordRow.id))
    )
    return [RlaRecord(r.id or 0, r.step, r.at, r.who, _content(r.content), r.sha256) for r in rows]


@functools.lru_cache(maxsize=32)
def _content(text: str) -> dict[str, Any]:
    """A record's content, decoded once per text: the manifest's runs to megabytes and every
    step of the audit reads the records again. The same text gives the same object, which
    callers read and never change."""
    decoded: dict[str, Any] = json.loads(text)
    return decoded
