"""mypy strict holds on the domain (configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    shutil.which("mypy") is None and sys.prefix == sys.base_prefix, reason="mypy is not installed"
)
def test_domain_is_strictly_typed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "tallyapp/domain"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
