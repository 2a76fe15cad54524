"""Setting up a workstation's own PostgreSQL role (see storage.roles)."""

from __future__ import annotations

from sqlalchemy import Engine

from tallyapp.domain.errors import TallyError
from tallyapp.services.transaction import use_case
from tallyapp.storage.roles import RoleError, grant_workstation


def workstation_role(engine: Engine, role: str, password: str | None = None) -> None:
    """Create or narrow the role; run by the database's owner, once per workstation."""
    try:
        with use_case(engine) as s:
            grant_workstation(s.connection(), role, password)
    except RoleError as exc:
        raise TallyError("workstation.role", role=role, detail=str(exc)) from None
