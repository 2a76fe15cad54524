"""Workstation seals (`entry_seal`): each transaction's audit entry hashes, signed with the
key of the workstation that wrote them (kept outside the database). Append-only. Records
written before this revision carry no seal, and the audit says so.

Revision ID: 0008_trust
Revises: 0008_rla
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from tallyapp.storage.append_only import allow_changes, forbid_changes

revision = "0008_trust"
down_revision = "0008_rla"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_seal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("covers", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
    )
    op.create_index("ix_entry_seal_key_id", "entry_seal", ["key_id"])
    forbid_changes(("entry_seal",))


def downgrade() -> None:
    allow_changes(("entry_seal",))
    op.drop_index("ix_entry_seal_key_id", table_name="entry_seal")
    op.drop_table("entry_seal")
