"""Signing records: who was present and signed a finalised version. Nothing here commits."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.finalising import Signing
from tallyapp.storage.tables import SigningRow


def add_signing(
    session: Session, version_id: int, signing: Signing, explanations: dict[str, str]
) -> None:
    session.add(
        SigningRow(
            version_id=version_id,
            chair=signing.chair,
            secretary=signing.secretary,
            members=json.dumps([asdict(m) for m in signing.members], ensure_ascii=False),
            explanations=json.dumps(explanations, ensure_ascii=False),
            dissent=json.dumps(
                [{"name": n, "text": t} for n, t in signing.dissent], ensure_ascii=False
            ),
        )
    )


def signings_of(session: Session, version_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The signing record of each version that has one, by version id."""
    found: dict[int, dict[str, Any]] = {}
    for row in session.scalars(
        select(SigningRow).where(col(SigningRow.version_id).in_(version_ids))
    ):
        found[row.version_id] = {
            "signed_at": row.signed_at,
            "chair": row.chair,
            "secretary": row.secretary,
            "members": json.loads(row.members),
            "explanations": json.loads(row.explanations),
            "dissent": json.loads(row.dissent),
        }
    return found
