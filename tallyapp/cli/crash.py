"""An unexpected error: one line for the person, the whole traceback in a log file.

Exit 70 (EX_SOFTWARE) tells it apart from 1 (a relation fails) and 2 (bad input).
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

EXIT_SOFTWARE = 70


def log_folder() -> Path:
    """`$TALLYAPP_LOG_DIR`, else `logs` in the user data folder."""
    if os.environ.get("TALLYAPP_LOG_DIR"):
        return Path(os.environ["TALLYAPP_LOG_DIR"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("tallyapp", appauthor=False)) / "logs"


def report_crash(command: str, error: BaseException) -> int:
    """Write the traceback to the log, print one line naming the log, return 70."""
    where = _words("cli.log-unwritten")
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "tallyapp.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"--- {datetime.now(UTC).isoformat()} tallyapp {command}\n")
            out.write("".join(traceback.format_exception(error)))
        where = _words("cli.details-in", log=log)
    except OSError:
        pass
    said = _words("cli.internal-error", kind=type(error).__name__, where=where)
    print(f"tallyapp {command}: {said}", file=sys.stderr)
    return EXIT_SOFTWARE


def _words(key: str, **params: object) -> str:
    """The crash line's words in the reader's language ($TALLYAPP_LANG); in English if even
    the messages cannot be read, for the line must be printed whatever broke."""
    try:
        from tallyapp.cli.output import language
        from tallyapp.messages.labels import label

        return label(key, language(), **params)
    except Exception:
        english = {
            "cli.log-unwritten": "the log could not be written",
            "cli.details-in": "details in {log}",
            "cli.internal-error": "internal error ({kind}); {where}",
        }
        return english[key].format(**params)
