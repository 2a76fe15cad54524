"""The inbox: every received file byte for byte, and what became of each record in it.

Append-only, like versions. Nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.storage.protocols import insert_rows
from tallyapp.storage.tables import ReceivedFileRow

RECEIVED_COLUMNS = (
    "file_id",
    "position",
    "sender",
    "precinct",
    "ballot",
    "fingerprint",
    "outcome",
    "figures",
)


def add_received_file(
    session: Session,
    election_id: str,
    source: str,
    sha256: str,
    sender: str,
    kind: str,
    content: bytes,
) -> int:
    file_id: int | None = session.execute(
        insert(ReceivedFileRow).returning(col(ReceivedFileRow.id)),
        [
            {
                "election_id": election_id,
                "source": source,
                "sha256": sha256,
                "sender": sender,
                "kind": kind,
                "content": content,
            }
        ],
    ).scalar_one()
    assert file_id is not None
    return file_id


def add_received(session: Session, rows: list[tuple[object, ...]]) -> None:
    """Rows of (file id, position, sender, precinct, ballot, fingerprint, outcome, figures)."""
    insert_rows(session.connection(), "received", RECEIVED_COLUMNS, rows)
