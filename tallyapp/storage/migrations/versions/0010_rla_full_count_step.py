"""The audit's record takes a precinct's full hand count as a step of its own ("full-count"),
so that the observers' bundle publishes it from the record as it does the recounts.

Revision ID: 0010_rla_full
Revises: 0009_suite
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from tallyapp.storage.append_only import forbid_changes

revision = "0010_rla_full"
down_revision = "0009_suite"
branch_labels = None
depends_on = None

STEPS = "step IN ('manifest', 'seed', 'draw', 'recount', 'decision', 'full-count')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("rla_record_step", "rla_record", type_="check")
        op.create_check_constraint("rla_record_step", "rla_record", STEPS)
        return
    # SQLite cannot change a CHECK constraint: the table is copied whole into a new one with
    # the new constraint, rows and ids unchanged, and its append-only triggers made again.
    op.create_table(
        "rla_record_next",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("step", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(STEPS, name="rla_record_step"),
        sa.ForeignKeyConstraint(["election_id"], ["election.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute(
        "INSERT INTO rla_record_next (id, election_id, step, at, who, content, sha256) "
        "SELECT id, election_id, step, at, who, content, sha256 FROM rla_record"
    )
    op.drop_table("rla_record")  # its index and triggers go with it
    op.rename_table("rla_record_next", "rla_record")
    op.create_index("ix_rla_record_election_id", "rla_record", ["election_id"])
    forbid_changes(("rla_record",))


def downgrade() -> None:
    raise RuntimeError("0010_rla_full cannot be downgraded: the audit's record is history")
