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
    """A refusal of the command line's own checks of its arguments: the key of its sentence
    in the messages files (context "label") and the sentence's parameters, said in the reader's
    language where it is printed; `str()` is the English sentence. A text that is no key (a
    service's own words) is said as it is."""

    def __init__(self, key: str, code: int = EXIT_BAD_INPUT, **params: object) -> None:
        self.key = key
        self.params = params
        self.code = code
        super().__init__(self.words("en"))

    def words(self, lang: str) -> str:
        from tallyapp.messages.files import text
        from tallyapp.messages.labels import label

        if text("label", self.key, "en") is None:
            return self.key
        return label(self.key, lang, **self.params)


def language(args: Any = None) -> str:
    """The language of messages: the command's --lang, else $TALLYAPP_LANG, else English.
    Any language with a messages file will do (see `tallyapp.messages.files`); a --lang that
    names no such language (a printed document's "kk+ru") leaves the messages to $TALLYAPP_LANG."""
    from tallyapp.messages.files import languages

    known = languages()
    for lang in (getattr(args, "lang", None), os.environ.get("TALLYAPP_LANG")):
        if lang in known:
            return str(lang)
    return "en"


def message_language(value: str) -> str:
    """--lang of a command whose output is messages: a language with a messages file."""
    import argparse

    from tallyapp.messages.files import languages

    if value not in languages():
        from tallyapp.messages.labels import label

        known = ", ".join(languages())
        said = label("cli.no-messages-in", language(), language=repr(value), known=known)
        raise argparse.ArgumentTypeError(said)  # in the language of $TALLYAPP_LANG
    return value


def read_json(path: str) -> Any:
    """A JSON file (or - for standard input), read within the limits of `services.bounded`."""
    from tallyapp.services.bounded import FILE_LIMITS, load_json, read_limited
    from tallyapp.services.errors import InputError

    source = standard_input(path)
    try:
        data = (
            sys.stdin.buffer.read(FILE_LIMITS["json"] + 1)
            if path == "-"
            else read_limited(Path(path), "json", _printable(source))
        )
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise InputError("(file)", "unreadable", _printable(source), detail=reason) from None
    return load_json(data, _printable(source))


def standard_input(path: str) -> str:
    """A file named on the command line, or - said as "standard input" in the reader's words."""
    from tallyapp.messages.labels import label

    return label("cli.standard-input", language()) if path == "-" else path


def _printable(text: str) -> str:
    """A name as given on the command line, safe to print (long or odd names shortened)."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 200 else text[:197] + "..."


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
        raise CliError("cli.passphrase-unreadable", path=path, reason=exc.strerror) from None
