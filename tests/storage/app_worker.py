"""The desktop app's side of the database, driven by a test one line at a time (tests/storage/
test_durability.py): it opens the database as the app does (`find_database`), keys precinct 1's
blue protocol as its territorial commission, and does what it is told:

    save N      store the figures with `shift` N; prints {"saved": version} or {"refused": code}
    sniff-qt    look at the database folder's files as Qt's file dialog does (QMimeDatabase
                reads each file to choose its icon, then closes it)
    sniff-py    open and close the database file (any code in the process reading it)
    limit       the journal may not grow any more (RLIMIT_FSIZE): the disk is full
    quit        end at once, with no final checkpoint (as a power cut would)
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.services.entry import EntryService
from tallyapp.services.first_start import find_database
from tests.sessions import member_of
from tests.storage.race_worker import values

PRECINCT = "1"


def say(record: dict[str, object]) -> None:
    print(json.dumps(record), flush=True)


def main() -> None:
    url, path = sys.argv[1], Path(sys.argv[2])
    try:
        engine = find_database(url).engine
        assert engine is not None
    except TallyError as refusal:
        say({"refused": refusal.code, **{k: str(v) for k, v in refusal.params.items()}})
        return
    tec = EntryService(engine, Actor("reader", "app")).precinct(PRECINCT).tec_code
    service = EntryService(engine, member_of(engine, tec))
    say({"ready": os.getpid()})
    for line in sys.stdin:
        command, *rest = line.split()
        if command == "save":
            sheet = service.open(PRECINCT, BallotKind.PARTY_LIST)
            try:
                after = service.save(sheet, values(int(rest[0]))).sheet
            except TallyError as refusal:
                reason = refusal.params.get("reason")
                say({"refused": refusal.code, "reason": getattr(reason, "code", "")})
                continue
            assert after.stored is not None
            say({"saved": after.stored.version_number})
        elif command == "sniff-qt":
            from PySide6.QtCore import QMimeDatabase

            mimes = QMimeDatabase()
            for file in sorted(path.parent.iterdir()):
                mimes.mimeTypeForFile(str(file), QMimeDatabase.MatchMode.MatchContent)
            say({"sniffed": len(list(path.parent.iterdir()))})
        elif command == "sniff-py":
            with open(path, "rb") as file:
                file.read(100)
            say({"sniffed": 1})
        elif command == "limit":
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails
            # The journal may not grow past its size now, nor the database past its own.
            limit = Path(f"{path}-wal").stat().st_size
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            say({"limited": limit})
        elif command == "quit":
            os._exit(0)


if __name__ == "__main__":
    main()
