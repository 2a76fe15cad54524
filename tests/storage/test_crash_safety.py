"""A process killed with SIGKILL in the middle of writing leaves the database consistent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tallyapp.storage.database import make_engine
from tallyapp.storage.tables import AuditRow, ProtocolLineRow, ProtocolRow, ProtocolVersionRow

WRITER = textwrap.dedent("""
    import dataclasses, sys
    from sqlalchemy.orm import Session
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.transaction import use_case
    from tallyapp.storage.database import make_engine
    from tallyapp.storage.protocols import Actor, load_current, save_version
    from tests.conftest import blue_protocol

    engine = make_engine(sys.argv[1])
    actor = Actor("secretary", "crash-test")
    for i in range(100000):
        number = str(1 + i % 40)
        protocol = dataclasses.replace(blue_protocol(invalid=10 + i % 7,
                                                     votes_AMANAT=500 - i % 7),
                                       precinct=number)
        with use_case(engine) as s:  # one version, one transaction, as the services save
            current = load_current(s, "kz-majilis-2023", number, BallotKind.PARTY_LIST)
            save_version(s, protocol, actor, current.lock_version if current else None)
        print("saved", i, flush=True)
""")


def _kill_after(args: list[str], marker: str, count: int) -> None:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 120
    try:
        for line in proc.stdout:
            if marker in line:
                seen += 1
                if seen >= count:
                    break
            assert time.monotonic() < deadline, "the writer never got going"
        time.sleep(0.05)  # somewhere inside the next write
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert seen >= count, "the writer ended before it was killed"


def test_killed_while_saving_versions(initialised_url: str) -> None:
    _kill_after([sys.executable, "-c", WRITER, initialised_url], "saved", 60)
    engine = make_engine(initialised_url)
    with Session(engine) as s:
        heads = list(s.scalars(select(ProtocolRow)))
        assert heads, "nothing was written before the kill"
        versions = list(s.scalars(select(ProtocolVersionRow)))
        lines = dict(
            s.execute(
                select(ProtocolLineRow.version_id, func.count()).group_by(
                    ProtocolLineRow.version_id
                )
            ).all()
        )
        saves = s.scalar(select(func.count()).where(AuditRow.action == "save-version"))
        # Every version is whole: all 15 lines, an audit entry, and its head points at the last.
        assert all(lines.get(v.id) == 15 for v in versions)
        assert saves == len(versions)
        for head in heads:
            numbers = sorted(v.number for v in versions if v.protocol_id == head.id)
            assert numbers == list(range(1, len(numbers) + 1))
            last = max((v for v in versions if v.protocol_id == head.id), key=lambda v: v.number)
            assert head.current_version_id == last.id
            assert head.lock_version == len(numbers) + 1


@pytest.mark.slow  # builds the national demo in a process, then kills it
def test_killed_while_building_the_demo(db_url: str) -> None:
    cmd = [sys.executable, "-m", "tallyapp", "demo", "--db", db_url]
    _kill_after(cmd, "writing protocols", 2)  # after the first chunk of protocols
    engine = make_engine(db_url)
    with Session(engine) as s:
        # The demo writes in one transaction: nothing of it, or all of it.
        count = s.scalar(select(func.count()).select_from(ProtocolRow))
        assert count in (0, 20_369)
        lines = s.scalar(select(func.count()).select_from(ProtocolLineRow))
        assert (count == 0) == (lines == 0)
