"""The errors the app reports to people: a stable code and its parameters, never a sentence.

Domain, storage and services raise these; the command line and the desktop app choose the
words, in Kazakh, Russian or English, from `tallyapp.messages`. A code never changes meaning
once released: scripts and translations depend on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class TallyError(Exception):
    """Base of every error meant for a person. `code` names the rule, `params` its figures."""

    code: str = "error"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        self.code = code or type(self).code
        self.params: Mapping[str, object] = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{self.code}({detail})")

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent between processes whole, whatever the subclass's own arguments are.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(kind: type[TallyError], args: tuple[Any, ...], state: dict[str, Any]) -> TallyError:
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class Problems(TallyError):
    """Several reasons at once (a protocol that cannot be finalised lists all of them)."""

    code = "problems"

    def __init__(self, problems: Iterable[TallyError]) -> None:
        self.problems = list(problems)
        super().__init__(self.code, count=len(self.problems))
        self.args = ("; ".join(str(p) for p in self.problems),)


class ConflictError(TallyError):
    """Someone else changed the protocol since it was read; nothing was written."""

    code = "protocol.conflict"


class NotFoundError(TallyError):
    """What was asked for is not in the database (a precinct, a commission, a protocol)."""

    code = "not-found"
