"""PostgreSQL roles for workstations: each connects as its own role, granted only what its
work needs. No role of the app may UPDATE or DELETE versions, their lines, signing records,
the inbox or the audit log: the history is append-only for the database itself, not only for
the app's code (the triggers stand behind this, for anyone who owns the tables)."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

# Read by every workstation; appended to, never changed.
APPEND_ONLY = (
    "protocol_version",
    "protocol_line",
    "audit_log",
    "signing",
    "received_file",
    "received",
    "entry_seal",
    "rla_record",
)
# Changed in place as work goes on: protocol heads (state, current version), working copies
# (overwritten while typing), rosters (PIN hashes).
CHANGING = ("protocol", "tally", "working_copy", "roster_member")
READ_ONLY = ("election", "commission", "precinct", "candidate", "alembic_version")
ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


class RoleError(ValueError):
    pass


def grant_workstation(conn: Connection, role: str, password: str | None = None) -> None:
    """Create (or narrow) a workstation's login role with exactly the grants its work needs."""
    if conn.dialect.name != "postgresql":
        raise RoleError("workstation roles are a PostgreSQL feature")
    if not ROLE_NAME.match(role):
        raise RoleError(f"{role!r}: a role name is lower-case letters, digits and _")
    exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    if not exists:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    if password is not None:
        conn.execute(text(f"ALTER ROLE \"{role}\" PASSWORD '{password.replace(chr(39), '')}'"))
    every = (*APPEND_ONLY, *CHANGING, *READ_ONLY)
    conn.execute(text(f'REVOKE ALL ON {", ".join(every)} FROM "{role}"'))
    conn.execute(text(f'GRANT SELECT ON {", ".join(every)} TO "{role}"'))
    conn.execute(text(f'GRANT INSERT ON {", ".join(APPEND_ONLY)} TO "{role}"'))
    conn.execute(text(f'GRANT INSERT, UPDATE ON {", ".join(CHANGING)} TO "{role}"'))
    # A working copy is dropped once saved; a roster is replaced as a whole.
    conn.execute(text(f'GRANT DELETE ON working_copy, roster_member TO "{role}"'))
    schema = conn.scalar(text("SELECT current_schema()"))
    conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"'))
    conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{role}"'))
