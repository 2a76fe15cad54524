"""The index on a protocol's current version that the tables declare (`protocol
.current_version_id`): results and the audit join protocols to their current versions by it.
No migration had created it, so databases lacked what the models said they had.

Revision ID: 0009_suite
Revises: 0008_trust
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0009_suite"
down_revision = "0008_edges"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_protocol_current_version_id", "protocol", ["current_version_id"])


def downgrade() -> None:
    op.drop_index("ix_protocol_current_version_id", table_name="protocol")
