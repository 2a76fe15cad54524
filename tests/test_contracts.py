"""The layer contracts (import-linter, in pyproject.toml) and the lint rules (ruff) hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True)


def test_import_contracts_are_kept() -> None:
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def test_a_broken_contract_is_caught(tmp_path: Path) -> None:
    """The contracts can fail: a GUI module that reads a table directly breaks one."""
    offender = ROOT / "tallyapp" / "gui" / "_contract_probe.py"
    offender.write_text("from tallyapp.storage import tables  # noqa: F401\n", "utf-8")
    try:
        result = _run(str(BIN / "lint-imports"), "--no-cache")
    finally:
        offender.unlink()
    assert result.returncode != 0
    assert "tallyapp.gui._contract_probe -> tallyapp.storage.tables" in result.stdout


def test_ruff_lint_and_format() -> None:
    for args in (("check",), ("format", "--check")):
        result = _run(str(BIN / "ruff"), *args, "tallyapp", "tests", "benchmarks", "docs")
        assert result.returncode == 0, result.stdout + result.stderr
