"""Who acts, from which workstation: written into every version and audit entry."""

from __future__ import annotations

from dataclasses import dataclass

from tallyapp.domain.authority import WorkSession


@dataclass(frozen=True)
class Actor:
    """`who` and `workstation` as the record shows them; `session` the member's workstation
    session, without which no protocol can be keyed, finalised, accepted or rejected (tools
    such as the import and the demo act without one)."""

    who: str
    workstation: str
    session: WorkSession | None = None
