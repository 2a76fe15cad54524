"""Typed errors of the services that read files people write (protocol JSON, vote files)."""

from __future__ import annotations

from tallyapp.domain.errors import TallyError


class InputError(TallyError):
    """Bad input: where (the source and the field), the rule it breaks (`input.<rule>`), and
    what was expected and found as parameters; the words are the catalogue's."""

    code = "input.invalid"

    def __init__(self, field: str, rule: str, source: str = "", **params: object) -> None:
        where = f"{source}: {field}" if source else field
        super().__init__(f"input.{rule}", where=where, **params)
        self.source = source
        self.field = field
