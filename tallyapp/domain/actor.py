"""Who acts, from which workstation: written into every version and audit entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    who: str
    workstation: str
