"""Limits before reading, on SQLite and PostgreSQL: a 4 GB file is refused from its size
alone (in under a second, memory flat), a JSON object with a key twice is refused, and a
symbolic link or a pipe in an import folder is listed as refused, never followed or skipped."""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.messages import say
from tallyapp.services.bounded import load_json, read_limited
from tallyapp.services.errors import InputError
from tallyapp.services.exchange import import_files
from tallyapp.services.setup import open_engine
from tallyapp.storage.database import make_engine
from tests.snapshot import database_rows

FOUR_GB = 4 * 2**30


def _sparse(path: Path, head: bytes, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk: `head`, then a hole."""
    with path.open("wb") as out:
        out.write(head)
        out.truncate(size)
    return path


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_4_gb_file_is_refused_before_it_is_read(
    initialised_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    package = _sparse(folder / "ABAI-01.json", b'{"format": "tallyapp-package", "x": "', FOUR_GB)
    fake_pdf = _sparse(folder / "101.pdf", b"%PDF-1.7\n", 2 * 2**30)
    engine = open_engine(initialised_url)
    before_rows = database_rows(initialised_url)
    peak = _peak_mb()
    started = time.monotonic()
    outcomes = import_files(engine, [folder], [])
    took = time.monotonic() - started
    assert took < 10.0  # the whole import of two files, on a busy machine
    assert _peak_mb() - peak < 50  # memory flat
    assert [(Path(o.path).name, o.outcome) for o in outcomes] == [
        ("101.pdf", "rejected"),
        ("ABAI-01.json", "rejected"),
    ]
    assert [say(o.reason) for o in outcomes if o.reason] == [
        "101.pdf: (file): larger than 64 MB",
        "ABAI-01.json: (file): larger than 256 MB",
    ]
    rows = database_rows(initialised_url)
    assert {t: r for t, r in rows.items() if t not in ("audit_log", "received_file")} == {
        t: r for t, r in before_rows.items() if t not in ("audit_log", "received_file")
    }
    # The command that checks one protocol measures its file the same way.
    started = time.monotonic()
    assert main(["check", str(package)]) == 2
    assert time.monotonic() - started < 1.0
    assert "larger than 64 MB" in capsys.readouterr().err
    assert _peak_mb() - peak < 50
    # The refusal itself, from the size alone: well under a second.
    for path, kind in ((package, "package"), (fake_pdf, "pdf")):
        started = time.monotonic()
        with pytest.raises(InputError) as refused:
            read_limited(path, kind)
        assert time.monotonic() - started < 1.0 and refused.value.code == "input.too-large"


def test_a_json_object_with_a_key_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        load_json(b'{"votes": {"AMANAT": 192, "AMANAT": 202}}', "package.json")
    assert (
        say(refused.value) == 'package.json: (file): the key "AMANAT" appears twice in one object'
    )
    assert "екі рет" in say(refused.value, "kk") and "дважды" in say(refused.value, "ru")
    assert load_json(b'{"a": {"b": 1}, "b": 2}', "ok.json") == {"a": {"b": 1}, "b": 2}


def test_links_and_pipes_in_an_import_folder_are_refused_by_name(
    initialised_url: str, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.json"
    secret.write_text(json.dumps({"format": "tallyapp-package"}), "utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.json").symlink_to(secret)
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    os.mkfifo(folder / "pipe.json")
    engine = open_engine(initialised_url)
    started = time.monotonic()
    outcomes = import_files(engine, [folder], [])
    assert time.monotonic() - started < 30  # the pipe was never opened for reading
    said = {Path(o.path).name: say(o.reason) if o.reason else "" for o in outcomes}
    assert said == {
        "elsewhere": "elsewhere: (file): a symbolic link, not followed: hand in the file itself",
        "link.json": "link.json: (file): a symbolic link, not followed: hand in the file itself",
        "pipe.json": "pipe.json: (file): not a regular file (a pipe or a device): not read",
    }
    assert all(o.outcome == "rejected" for o in outcomes)
    with pytest.raises(InputError) as refused:
        read_limited(folder / "link.json", "package")
    assert refused.value.code == "input.symlink"
    make_engine(initialised_url).dispose()
