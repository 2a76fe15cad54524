"""Rehearsals: a database set up with `init --rehearsal` runs on the certification
authority's test infrastructure. Its rosters may carry the test IINs whose check digit fails
(a warning, not a refusal), and what it prints and exports says REHEARSAL; a production
database refuses such IINs and refuses documents marked REHEARSAL."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlmodel import col

from tallyapp.domain.authority import Roster, iin_problem
from tallyapp.domain.errors import TallyError
from tallyapp.storage.tables import ElectionRow

MARK = "REHEARSAL"


def is_rehearsal(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.scalar(select(col(ElectionRow.rehearsal)).limit(1)))


def test_iin_warnings(roster: Roster) -> list[TallyError]:
    """The IINs that fail only their check digit: the test infrastructure's, allowed in a
    rehearsal with a warning each."""
    return [
        TallyError("iin.rehearsal", commission=roster.commission, iin=m.iin, name=m.name)
        for m in roster.members
        if (bad := iin_problem(m.iin)) is not None and bad.code == "iin.check-digit"
    ]


def refuse_rehearsal_document(engine: Engine, marked: bool, what: str) -> None:
    """A production database takes nothing made in a rehearsal."""
    if marked and not is_rehearsal(engine):
        raise TallyError("rehearsal.document", what=what)
