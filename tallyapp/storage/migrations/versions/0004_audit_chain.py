"""The audit log as hash chains: each entry carries the hash of its content and of the entry
before it in its chain (one chain per protocol, one per election for everything else).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("chain", sa.String(), nullable=True))
    op.add_column("audit_log", sa.Column("previous_hash", sa.String(), nullable=True))
    op.add_column("audit_log", sa.Column("entry_hash", sa.String(), nullable=True))
    op.create_index("audit_chain", "audit_log", ["chain", "id"])
    # The newest hash of each protocol's chain, on its head: cutting the tail of a chain
    # then shows as a head that points past the chain's end.
    op.add_column("protocol", sa.Column("record_hash", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("protocol") as batch:
        batch.drop_column("record_hash")
    op.drop_index("audit_chain", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("previous_hash")
        batch.drop_column("chain")
