"""Notes for the person at the edge that are not refusals (a database opened read-only):
services tell them here, and the command line or the desktop app says them in words."""

from __future__ import annotations

from collections.abc import Callable

from tallyapp.domain.errors import TallyError

_listener: list[Callable[[TallyError], None]] = []


def listen(listener: Callable[[TallyError], None]) -> None:
    """The one listener of this process (the edge that started it); a new one replaces it."""
    _listener[:] = [listener]


def tell(note: TallyError) -> None:
    for listener in _listener:
        listener(note)
