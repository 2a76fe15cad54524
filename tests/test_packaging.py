"""The packaged app: PyInstaller builds a one-folder app that runs without Python."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pyinstaller") is None and not os.environ.get("CI"),
    reason="PyInstaller is not installed (pip install -e '.[package]')",
)
def test_the_built_app_starts_without_python(tmp_path: Path) -> None:
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "build")}
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-4000:]
    binary = tmp_path / "dist" / "tallyapp" / "tallyapp"
    assert binary.exists()
    # No Python on the path, an empty home: what a machine without Python looks like.
    bare = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    version = subprocess.run(
        [str(binary), "--version"], env=bare, capture_output=True, text=True, timeout=120
    )
    assert version.returncode == 0 and version.stdout.startswith("tallyapp ")
    smoke = subprocess.run(
        [str(binary), "gui", "--smoke-test"], env=bare, capture_output=True, text=True, timeout=300
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr[-3000:]
    assert "language kk" in smoke.stdout and "protocol checks hold" in smoke.stdout
    assert "&Хаттама" in smoke.stdout
    desktop = (ROOT / "packaging" / "tallyapp.desktop").read_text(encoding="utf-8")
    assert "Exec=tallyapp" in desktop and "Icon=tallyapp" in desktop
