"""Rehearsals: an election may be marked as a rehearsal on the certification authority's test
infrastructure, where rosters carry the test IINs whose check digit fails and every document
says REHEARSAL.

Revision ID: 0008_keys
Revises: 0008_rla
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_keys"
down_revision = "0008_trust"  # chained after the seals, merged first
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Once only, even on a database whose version was set back by hand past this column.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("election")}
    if "rehearsal" in columns:
        return
    # A plain ADD COLUMN (a batch would copy the table, which other tables refer to).
    op.add_column(
        "election",
        sa.Column("rehearsal", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("election", "rehearsal")
