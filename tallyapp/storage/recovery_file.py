"""The recovery file beside an embedded database (`<database>.recovery.jsonl`): one JSON line
for each save the database refused, appended and synced before the refusal is said; read back
at the next start, and a line dropped only once its figures are stored for good."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def recovery_file_of(path: Path) -> Path:
    return path.with_name(path.name + ".recovery.jsonl")


def keep_for_recovery(path: Path, record: dict[str, Any]) -> Path | None:
    """Append what could not be stored to the recovery file beside the database (flushed to
    disk before returning); None if even that cannot be written."""
    target = recovery_file_of(path)
    line = json.dumps({"at": datetime.now(UTC).isoformat(timespec="seconds"), **record})
    try:
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        return None
    return target


@dataclass(frozen=True)
class KeptLine:
    """One line of the recovery file: its text as written (what identifies it when it is
    dropped) and what it says, or None when it is not a record (cut short by a power cut,
    edited by hand)."""

    number: int  # from 1, as an editor counts
    text: str
    record: dict[str, Any] | None


def read_kept(path: Path) -> list[KeptLine] | None:
    """The lines of the database's recovery file; None when there is none (or it is empty).
    A line that is not a JSON object is returned with `record` None, never skipped."""
    target = recovery_file_of(path)
    try:
        data = target.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    lines = []
    for number, text in enumerate(data.splitlines(), start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError:
            record = None
        lines.append(KeptLine(number, text, record if isinstance(record, dict) else None))
    return lines or None


def drop_kept(path: Path, texts: set[str]) -> None:
    """Remove these lines from the recovery file, once what they held is stored for good.
    The file is written anew beside it, synced and renamed over it, so a power cut leaves
    either the old file or the new one; lines appended meanwhile are kept. An empty file
    is removed."""
    target = recovery_file_of(path)
    try:
        data = target.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return
    kept = [line for line in data.splitlines() if line.strip() and line not in texts]
    if not kept:
        target.unlink()
    else:
        fresh = target.with_name(target.name + ".new")
        fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, "".join(line + "\n" for line in kept).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(fresh, target)
    with contextlib.suppress(OSError):  # the rename or removal itself kept on disk
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def set_aside(path: Path, texts: list[str]) -> Path:
    """Move lines out of the recovery file into `<database>.recovery-set-aside.jsonl` (kept,
    no longer offered at start): appended and synced there before they leave the file."""
    aside = path.with_name(path.name + ".recovery-set-aside.jsonl")
    fd = os.open(aside, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, "".join(text + "\n" for text in texts).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    drop_kept(path, set(texts))
    return aside
