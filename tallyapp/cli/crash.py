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
    where = "the log could not be written"
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "tallyapp.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"--- {datetime.now(UTC).isoformat()} tallyapp {command}\n")
            out.write("".join(traceback.format_exception(error)))
        where = f"details in {log}"
    except OSError:
        pass
    print(
        f"tallyapp {command}: internal error ({type(error).__name__}); {where}",
        file=sys.stderr,
    )
    return EXIT_SOFTWARE
