"""Bounded input: JSON that people and other programs hand to tallyapp, read within limits.

Every file a commission receives may be hostile. JSON is read with a depth limit, no NaN or
Infinity, numbers of sensible length, and strings of valid Unicode; figures are whole numbers
within what a protocol can hold. Each refusal is an `InputError` naming the source, the place
and what was expected.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tallyapp.services.errors import InputError

MAX_DEPTH = 64  # a definition nests about 8 deep; a package about 5
MAX_BYTES = 256 * 1024 * 1024  # a national package is about 40 MB
MAX_DIGITS = 30  # longer number literals are refused before Python parses them
MAX_FIGURE = 10**9  # no protocol line can hold more
MAX_TEXT = 1_000_000  # characters in one string
# The largest file of each kind read at all: checked from the file system before a byte is
# read, so a 4 GB file costs nothing. A national package is about 40 MB, a signed protocol
# under 1 MB, a national register or roster table a few MB.
FILE_LIMITS = {
    "package": MAX_BYTES,
    "pdf": 64 * 1024 * 1024,
    "photo": 32 * 1024 * 1024,
    "table": 64 * 1024 * 1024,
    "definition": 8 * 1024 * 1024,
    "json": 64 * 1024 * 1024,
}
# What the JSON parser found wrong, as a code whose words are the catalogue's (context
# "json-problem"): its own message is English whatever the reader's language.
JSON_PROBLEMS = {
    "Unterminated string starting at": "unterminated-string",
    "Expecting value": "expecting-value",
    "Expecting ',' delimiter": "expecting-comma",
    "Expecting ':' delimiter": "expecting-colon",
    "Expecting property name enclosed in double quotes": "expecting-name",
    "Extra data": "extra-data",
    "Invalid control character at": "control-character",
    "Invalid \\escape": "invalid-escape",
    "Invalid \\uXXXX escape": "invalid-escape",
    # Newer Pythons say where a comma is one too many.
    "Illegal trailing comma before end of object": "trailing-comma",
    "Illegal trailing comma before end of array": "trailing-comma",
}
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # the escape of half a UTF-16 pair


def read_limited(path: Path, kind: str, source: str | None = None) -> bytes:
    """A file's bytes, if it is a regular file (never a symbolic link, which may lead out of
    the folder handed in, nor a pipe or device, which may never end) within the limit of its
    kind. The size is known before anything is read, and no more than the limit is read even
    if the file grows meanwhile. OSError when it cannot be opened."""
    limit = FILE_LIMITS[kind]
    where = source if source is not None else str(path)
    found = os.lstat(path)
    if stat.S_ISLNK(found.st_mode):
        raise InputError("(file)", "symlink", where)
    if not stat.S_ISREG(found.st_mode):
        raise InputError("(file)", "special-file", where)
    if found.st_size > limit:
        raise InputError("(file)", "too-large", where, limit=limit // 2**20)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # swapped since it was looked at
            raise InputError("(file)", "special-file", where)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise InputError("(file)", "too-large", where, limit=limit // 2**20)
    return data


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: with a key twice, two readers of the same
    file could each take a different value."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _DuplicateKey(twice)
    return found


class _DuplicateKey(ValueError):
    pass


def _number_too_long(text: str) -> None:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError("number")


def _int(text: str) -> int:
    _number_too_long(text)
    return int(text)


def _float(text: str) -> float:
    _number_too_long(text.split("e")[0].split("E")[0])
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number")
    return value


def _constant(name: str) -> Any:
    raise ValueError(f"constant {name}")


def load_json(data: bytes | str, source: str) -> Any:
    """Parse JSON within the limits above; InputError names what is wrong and where."""
    if len(data) > MAX_BYTES:
        raise InputError("(file)", "too-large", source, limit=MAX_BYTES // 2**20)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("(file)", "not-utf8", source, byte=exc.start) from None
    else:
        text = data
    try:
        value = json.loads(
            text,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
            object_pairs_hook=_unique_keys,
        )
    except _DuplicateKey as exc:
        raise InputError("(file)", "duplicate-key", source, key=str(exc)[:40]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        problem = JSON_PROBLEMS.get(exc.msg, "other")
        raise InputError(where, "not-json", source, json_problem=problem) from None
    except RecursionError:
        raise InputError("(file)", "too-deep", source, limit=MAX_DEPTH) from None
    except ValueError as exc:
        rule = "nan" if "constant" in str(exc) else "number-too-long"
        raise InputError("(file)", rule, source, digits=MAX_DIGITS) from None
    # A lone surrogate can only come from a \u escape (the text was valid UTF-8), and a
    # string longer than the limit only from a longer file: strings are checked one by one
    # only when one of them might be bad.
    strings = isinstance(data, str) or len(text) > MAX_TEXT or _SURROGATE.search(text) is not None
    _check_shape(value, source, strings)
    return value


def _check_shape(value: Any, source: str, strings: bool = True) -> None:
    """Depth, and strings when asked, without recursion: a hostile file cannot exhaust the
    stack here. Only containers are walked; the place is worked out for a refusal alone."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError(_place(value, item), "too-deep", source, limit=MAX_DEPTH)
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
            if strings:
                for key in item:
                    _check_text(key, value, key, source)
        elif isinstance(item, list):
            children = item
        else:
            if strings and isinstance(item, str):
                _check_text(item, value, item, source)
            continue
        stack.extend(
            (child, depth + 1)
            for child in children
            if isinstance(child, (dict, list)) or (strings and isinstance(child, str))
        )


def _place(root: Any, target: Any) -> str:
    """Where `target` (an object inside `root`, or a key of one of its objects) is, as
    /key[index] (refusals only)."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        item, path = stack.pop()
        if item is target:
            return path or "(top)"
        if isinstance(item, dict):
            for key, child in item.items():
                if key is target:
                    return f"{path}/{key[:40]}"
                stack.append((child, f"{path}/{str(key)[:40]}"))
        elif isinstance(item, list):
            stack.extend((child, f"{path}[{i}]") for i, child in enumerate(item))
    return "(top)"


def _check_text(text: str, root: Any, where: Any, source: str) -> None:
    if len(text) > MAX_TEXT:
        raise InputError(_place(root, where), "text-too-long", source, limit=MAX_TEXT)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(_place(root, where), "not-unicode", source) from None


def whole(value: Any, field: str, source: str = "", minimum: int = -MAX_FIGURE) -> int:
    """A whole number within what a protocol can hold; 4.0, true and "4" are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, "not-whole", source, found=shown(value))
    if not minimum <= value <= MAX_FIGURE:
        raise InputError(
            field, "out-of-range", source, minimum=minimum, maximum=MAX_FIGURE, found=value
        )
    return value


def shown(value: Any) -> str:
    """A value as found in the input, shortened for a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
