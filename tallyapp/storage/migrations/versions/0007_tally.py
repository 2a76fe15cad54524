"""Running totals per territorial commission (`tally`): the sums of the accepted protocols'
current lines and the counts of protocols accepted and received, kept by the write path so
that national results need not sum every precinct's lines again. Filled here from the
protocols already stored.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_HEADS = "FROM protocol p JOIN precinct pr ON pr.id = p.precinct_id "
_INSERT = "INSERT INTO tally (election_id, tec_id, ballot, key, value) "


def upgrade() -> None:
    op.create_table(
        "tally",
        sa.Column("tec_id", sa.Integer(), sa.ForeignKey("commission.id"), nullable=False),
        sa.Column("ballot", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("election_id", sa.String(), sa.ForeignKey("election.id"), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tec_id", "ballot", "key"),
    )
    op.create_index("ix_tally_election_id", "tally", ["election_id"])
    group = " GROUP BY p.election_id, pr.tec_id, p.ballot"
    op.execute(
        _INSERT
        + "SELECT p.election_id, pr.tec_id, p.ballot, l.key, SUM(l.value) "
        + _HEADS
        + "JOIN protocol_line l ON l.version_id = p.current_version_id "
        "WHERE p.state = 'accepted'" + group + ", l.key"
    )
    op.execute(
        _INSERT
        + "SELECT p.election_id, pr.tec_id, p.ballot, '#accepted', COUNT(*) "
        + _HEADS
        + "WHERE p.state = 'accepted'"
        + group
    )
    op.execute(
        _INSERT
        + "SELECT p.election_id, pr.tec_id, p.ballot, '#received', COUNT(*) "
        + _HEADS
        + "JOIN protocol_version v ON v.id = p.current_version_id "
        "WHERE p.state IN ('finalised', 'transmitted', 'accepted', 'rejected') "
        "OR v.kind = 'repeated'" + group
    )


def downgrade() -> None:
    op.drop_index("ix_tally_election_id", table_name="tally")
    op.drop_table("tally")
