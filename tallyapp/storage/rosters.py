"""A precinct commission's members (its roster). Nothing here commits."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.finalising import Member
from tallyapp.storage.tables import MemberRow


def load_members(session: Session, precinct_id: int) -> list[Member]:
    return [
        Member(m.name, m.role)
        for m in session.scalars(
            select(MemberRow)
            .where(col(MemberRow.precinct_id) == precinct_id)
            .order_by(col(MemberRow.position))
        )
    ]


def replace_members(session: Session, precinct_id: int, members: list[Member]) -> None:
    """A roster, not history: replaced as a whole (the audit log keeps each list)."""
    session.execute(delete(MemberRow).where(col(MemberRow.precinct_id) == precinct_id))
    session.add_all(
        MemberRow(precinct_id=precinct_id, name=m.name, role=m.role, position=i)
        for i, m in enumerate(members)
    )
