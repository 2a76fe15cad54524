"""Alembic environment: runs on the engine the application passes in."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import tallyapp.storage.tables  # noqa: F401  (registers the tables on the metadata)

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
