"""The command line as a test runs it: its exit code and what it printed."""

from __future__ import annotations

import pytest

from tallyapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`tallyapp ARGV...`: (exit code, standard output, standard error)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
