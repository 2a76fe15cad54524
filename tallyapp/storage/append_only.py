"""Triggers that refuse UPDATE and DELETE on tables whose rows are history."""

from __future__ import annotations

from alembic import op

MESSAGE = "is append-only: a correction is a new version, never an overwrite"


def forbid_changes(tables: tuple[str, ...]) -> None:
    """Add the triggers inside a migration, for SQLite and PostgreSQL."""
    dialect = op.get_bind().dialect.name
    for table in tables:
        message = f"{table} {MESSAGE}"
        if dialect == "sqlite":
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        elif dialect == "postgresql":
            op.execute(
                f"CREATE FUNCTION {table}_append_only() RETURNS trigger AS $$ BEGIN "
                f"RAISE EXCEPTION '{message}'; END $$ LANGUAGE plpgsql"
            )
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
            )


def allow_changes(tables: tuple[str, ...]) -> None:
    """Remove the triggers, inside a migration that must fill a new column of old rows; the
    same migration puts them back with `forbid_changes`."""
    dialect = op.get_bind().dialect.name
    for table in tables:
        if dialect == "sqlite":
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")
