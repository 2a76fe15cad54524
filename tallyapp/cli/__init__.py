"""The `tallyapp` command: the same services as the desktop app, headless.

Exit codes: 0 success; 1 the figures fail a hard check (or a file was refused); 2 unreadable
or invalid input; 70 an internal error (one line here, the traceback in the log file).
Each command group lives in its own module and is imported only when it runs.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from tallyapp.cli.output import EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, CliError, language

__all__ = ["main"]


def _command(name: str) -> Callable[[Any], int]:
    module, function = name.split(":")
    found: Callable[[Any], int] = getattr(
        importlib.import_module(f"tallyapp.cli.{module}"), function
    )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    from tallyapp.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    name: str | None = getattr(args, "func", None)
    if name is None:  # no command: the desktop app
        args = parser.parse_args(["gui"])
        name = args.func
    assert name is not None
    _say_notes(args)
    try:
        return _command(name)(args)
    except CliError as exc:
        print(
            f"tallyapp {args.command}: {_error(args)}: {exc.words(language(args))}", file=sys.stderr
        )
        return exc.code
    except BrokenPipeError:
        # The reader stopped reading (`tallyapp results | head -2`): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # typed errors and database errors: words at the edge
        try:
            return _refusal(args, exc)
        except Exception as unexpected:
            from tallyapp.cli.crash import report_crash

            return report_crash(str(args.command), unexpected)


def _say_notes(args: Any) -> None:
    """Notes a service tells on the way (a database opened read-only), on standard error."""
    from tallyapp.domain.errors import TallyError
    from tallyapp.services import notices

    def say_note(note: TallyError) -> None:
        from tallyapp.messages import say
        from tallyapp.messages.labels import label

        note_word = label("note", language(args))
        print(f"tallyapp {args.command}: {note_word}: {say(note, language(args))}", file=sys.stderr)

    notices.listen(say_note)


def _refusal(args: Any, exc: Exception) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from tallyapp.domain.definition import DefinitionError
    from tallyapp.domain.errors import Problems, TallyError
    from tallyapp.messages import say

    if isinstance(exc, TallyError) and exc.code.startswith("publication."):
        # Nothing published from a broken record: the broken links, one a line; exit 1.
        links = exc.params.get("links")
        lines = [say(exc, language(args))]
        lines += [say(b, language(args)) for b in links] if isinstance(links, list) else []
        print(f"tallyapp {args.command}: {_error(args)}: " + "\n  ".join(lines), file=sys.stderr)
        return EXIT_FAILED_CHECK
    if isinstance(exc, Problems) and len(exc.problems) > 1:  # one problem per line
        message = "\n  ".join(["", *(say(p, language(args)) for p in exc.problems)])
    elif isinstance(exc, DefinitionError):  # the file, then where in it and what is wrong
        message = f"{exc.source}: {say(exc, language(args))}"
    elif isinstance(exc, TallyError):
        message = say(exc, language(args))
    elif isinstance(exc, SQLAlchemyError):
        from tallyapp.messages.labels import label

        detail = str(exc).splitlines()[0]
        kind = exc.__class__.__name__
        message = label("cli.database-error", language(args), kind=kind, detail=detail)
    else:
        raise exc
    print(f"tallyapp {args.command}: {_error(args)}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _error(args: Any) -> str:
    """The word before a refusal on standard error ("error" in English)."""
    from tallyapp.messages.labels import label

    return label("error", language(args))
