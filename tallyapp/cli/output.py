"""What every command shares: exit codes, reading JSON input, printing, words for errors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A refusal already in words (the command line's own checks of its arguments)."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def language(args: Any = None) -> str:
    """The language of messages: the command's --lang, else $TALLYAPP_LANG, else English."""
    lang = getattr(args, "lang", None) or os.environ.get("TALLYAPP_LANG", "en")
    return lang if lang in ("kk", "ru", "en") else "en"


def read_json(path: str) -> Any:
    source = "standard input" if path == "-" else path
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{source}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise CliError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{source}: line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}"
        ) from None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def progress_bar(done: int, total: int, text: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    print(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {text:<20}",
        end="",
        file=sys.stderr,
        flush=True,
    )


def read_passphrase(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes().strip()
    except OSError as exc:
        raise CliError(f"{path}: cannot read the passphrase file: {exc.strerror}") from None
