"""Finding and loading election definitions: the shipped ones by id, or any file by path."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from tallyapp.domain.definition import DefinitionError, parse_election
from tallyapp.domain.election import Election
from tallyapp.domain.errors import TallyError
from tallyapp.resources import resource_path
from tallyapp.services.errors import InputError

DEFAULT_ELECTION = "kz-majilis-2023"


def shipped_elections() -> list[str]:
    return sorted(p.stem for p in resource_path("elections").glob("*.json"))


def load_election_file(path: Path) -> Election:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(source, "", "unreadable", reason=exc.strerror or str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        from tallyapp.services.bounded import JSON_PROBLEMS

        where = f"line {exc.lineno}, column {exc.colno}"
        problem = JSON_PROBLEMS.get(exc.msg, "other")
        raise DefinitionError(source, where, "not-json", json_problem=problem) from None
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
    raise DefinitionError(name, "", "no-such-election", known=known)


# --- checking a definition someone wrote ---------------------------------------------------

SCHEMA_FILE = "tallyapp-election-1.schema.json"
# The schema's keywords, each said in words; anything else is "does not match the schema".
SCHEMA_RULES = {
    "required": "required",
    "type": "type",
    "enum": "enum",
    "const": "const",
    "minimum": "minimum",
    "pattern": "pattern",
    "additionalProperties": "additional",
    "minItems": "min-items",
    "maxItems": "max-items",
    "uniqueItems": "unique",
    "minLength": "empty",
    "anyOf": "any-of",
}


def json_path(parts: Iterable[str | int]) -> str:
    """`parties[2].code`, as the definition reader names places."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


def _schema_problem(error: Any) -> TallyError:
    rule = SCHEMA_RULES.get(error.validator, "schema")
    where = json_path(error.absolute_path)
    params: dict[str, object] = {"where": where}
    if rule == "required":
        missing = next((k for k in error.validator_value if k not in error.instance), "")
        params["name"] = missing
    elif rule == "additional":
        allowed = set(error.schema.get("properties", {}))
        params["name"] = ", ".join(sorted(k for k in error.instance if k not in allowed))
    elif rule in ("min-items", "max-items"):
        params["expected"] = error.validator_value
        params["found"] = len(error.instance)
    elif rule in ("type", "const", "minimum", "pattern"):
        params["expected"] = error.validator_value
        params["found"] = repr(error.instance)[:60]
    elif rule == "enum":
        params["expected"] = ", ".join(str(v) for v in error.validator_value)
        params["found"] = repr(error.instance)[:60]
    elif rule == "schema":
        params["rule"] = str(error.validator)
    return TallyError(f"definition.{rule}", **params)


def definition_problems(path: Path) -> tuple[Election | None, list[TallyError]]:
    """Every problem of a definition file: each place that breaks the schema
    (resources/schemas), then, if the shape is right, the first rule of the election it breaks
    (a district in no region, a formula naming no line, two parties with one ballot number).
    The election is returned when there is no problem."""
    import jsonschema  # only for this command

    from tallyapp.services.bounded import load_json, read_limited

    source = str(path)
    try:
        raw = read_limited(path, "definition", source)
    except OSError as exc:
        raise InputError("(file)", "unreadable", source, detail=exc.strerror or str(exc)) from None
    data = load_json(raw, source)
    schema = json.loads(resource_path("schemas", SCHEMA_FILE).read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    problems = [_schema_problem(e) for e in errors]
    if problems:
        return None, problems
    try:
        return parse_election(data, source), []
    except DefinitionError as exc:  # said after the file's name: definition.<rule> with {where}
        return None, [exc]
