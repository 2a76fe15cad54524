"""Finding and loading election definitions: the shipped ones by id, or any file by path."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from tallyapp.domain.definition import DefinitionError, parse_election
from tallyapp.domain.election import Election
from tallyapp.resources import resource_path

DEFAULT_ELECTION = "kz-majilis-2023"


def shipped_elections() -> list[str]:
    return sorted(p.stem for p in resource_path("elections").glob("*.json"))


def load_election_file(path: Path) -> Election:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(source, "", f"cannot read the file: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            source, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}"
        ) from None
    return parse_election(data, source)


@lru_cache(maxsize=16)
def _load_shipped(election_id: str) -> Election:
    return load_election_file(resource_path("elections", f"{election_id}.json"))


def load_election(name: str = DEFAULT_ELECTION) -> Election:
    """An election by shipped id (`kz-majilis-2023`) or by the path of a definition file."""
    if name in shipped_elections():
        return _load_shipped(name)
    path = Path(name)
    if path.suffix == ".json" or path.exists():
        return load_election_file(path)
    known = ", ".join(shipped_elections())
    raise DefinitionError(name, "", f"no such election; shipped ones are: {known}")
