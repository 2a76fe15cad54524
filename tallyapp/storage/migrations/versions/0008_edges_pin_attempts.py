"""Wrong PINs: each roster member's count of wrong PINs in a row and, after five, until when
their sign-in is locked (seconds since 1970, UTC).

Revision ID: 0008_edges
Revises: 0008_trust
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_edges"
down_revision = "0008_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Once only, even on a database whose version was set back by hand past these columns.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("roster_member")}
    if "pin_failures" in columns:
        return
    with op.batch_alter_table("roster_member") as batch:
        batch.add_column(
            sa.Column("pin_failures", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("pin_locked_until", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("roster_member") as batch:
        batch.drop_column("pin_locked_until")
        batch.drop_column("pin_failures")
