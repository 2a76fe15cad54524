"""The risk-limiting audit's record (`rla_record`): one append-only row per official step.

Revision ID: 0008_rla
Revises: 0007
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from tallyapp.storage.append_only import forbid_changes

revision = "0008_rla"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rla_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("step", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "step IN ('manifest', 'seed', 'draw', 'recount', 'decision')", name="rla_record_step"
        ),
        sa.ForeignKeyConstraint(["election_id"], ["election.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rla_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rla_record_election_id"), ["election_id"])
    forbid_changes(("rla_record",))


def downgrade() -> None:
    raise RuntimeError("0008_rla cannot be downgraded: the audit's record is history")
