"""The register of polling stations: each precinct's name in Russian, its address in Kazakh
and Russian, and its registered voters, as the CEC's register gives them; candidates' names
in Russian beside the name as first given.

`precinct.name` keeps the name as first given (Kazakh in a register file); databases made
before this revision have no addresses and no registered voters (NULL: not known).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("precinct") as batch:
        batch.add_column(sa.Column("name_ru", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("address_kk", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("address_ru", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("registered_voters", sa.Integer(), nullable=True))
    with op.batch_alter_table("candidate") as batch:
        batch.add_column(sa.Column("name_ru", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.drop_column("name_ru")
    with op.batch_alter_table("precinct") as batch:
        batch.drop_column("registered_voters")
        batch.drop_column("address_ru")
        batch.drop_column("address_kk")
        batch.drop_column("name_ru")
