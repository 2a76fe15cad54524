"""Typed errors that services return; the CLI and GUI turn them into words for people."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: names the source, the field and what was expected versus found."""

    def __init__(self, field: str, problem: str, source: str = "") -> None:
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem
