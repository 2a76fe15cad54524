"""Rosters per commission (name, IIN, role, PIN hash) and the provenance of every version.

The old per-precinct `member` lists move to the roster of the precinct's commission
(`PEC-<number>`), without IINs: such members can be named on a form but cannot sign or log in
until their IIN is entered. Versions record how they reached the database, on whose behalf
they were keyed or signed, and by whom; old imported versions are marked received-signed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 10:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tallyapp.storage.append_only import allow_changes, forbid_changes

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.String(), nullable=False),
        sa.Column("commission", sa.String(), nullable=False),
        sa.Column("iin", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pin_hash", sa.String(), nullable=True),
        sa.CheckConstraint(
            "role IN ('chair', 'deputy', 'secretary', 'member', 'observer')",
            name="roster_member_role",
        ),
        sa.ForeignKeyConstraint(["election_id"], ["election.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("election_id", "commission", "iin"),
    )
    op.create_index("roster_commission", "roster_member", ["election_id", "commission"])
    op.execute(
        "INSERT INTO roster_member (election_id, commission, iin, name, role, position) "
        "SELECT p.election_id, 'PEC-' || p.number, NULL, m.name, m.role, m.position "
        "FROM member m JOIN precinct p ON p.id = m.precinct_id"
    )
    op.drop_table("member")

    for name in ("provenance", "commission", "signer"):
        default = "keyed" if name == "provenance" else ""
        op.add_column(
            "protocol_version",
            sa.Column(name, sa.String(), nullable=False, server_default=default),
        )
    allow_changes(("protocol_version",))
    op.execute(
        "UPDATE protocol_version SET provenance = 'received-signed', signer = created_by "
        "WHERE workstation LIKE 'import:%'"
    )
    forbid_changes(("protocol_version",))


def downgrade() -> None:
    raise RuntimeError("0005 cannot be downgraded: it would drop rosters and provenance")
