"""Typed errors of the services that read files people write (protocol JSON, vote files)."""

from __future__ import annotations

from tallyapp.domain.errors import TallyError


class InputError(TallyError):
    """Bad input: names the source, the field and what was expected versus found."""

    code = "input.invalid"

    def __init__(self, field: str, problem: str, source: str = "") -> None:
        super().__init__(self.code, source=source, field=field, problem=problem)
        where = f"{source}: " if source else ""
        self.args = (f"{where}{field}: {problem}",)
        self.source = source
        self.field = field
        self.problem = problem
