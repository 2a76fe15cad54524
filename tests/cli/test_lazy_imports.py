"""A command loads only what it uses: `--version` and `check` start without the database, PDF
or Qt libraries (what `benchmarks/cli_start.py` times as whole processes)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pyhanko", "PySide6", "numpy")

PROBE = """
import json, sys
from tallyapp.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:  # argparse stops after printing the version
    code = stop.code
print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules})]))
"""


@pytest.mark.parametrize(
    "argv", [["--version"], ["check", "resources/examples/protocol-blue.json"]], ids=str
)
def test_light_commands_load_no_heavy_library(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    code, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0
    assert sorted(set(HEAVY) & set(loaded)) == []
