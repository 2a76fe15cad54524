"""The layers of style.md: the domain loads no Qt and no SQL; only gui/ imports PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tallyapp

PACKAGE = Path(tallyapp.__file__).parent


def _modules_loaded_by(import_line: str) -> set[str]:
    code = f"{import_line}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_domain_loads_no_qt_and_no_sql() -> None:
    domain_modules = sorted(
        "tallyapp.domain." + p.stem
        for p in (PACKAGE / "domain").glob("*.py")
        if p.stem != "__init__"
    )
    loaded = _modules_loaded_by("\n".join(f"import {m}" for m in domain_modules))
    assert not {
        m
        for m in loaded
        if m.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "reportlab")
    }


def test_only_gui_imports_pyside() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        if "PySide6" in path.read_text(encoding="utf-8"):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
    non_gui = sorted(
        "tallyapp." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        # Alembic's migration scripts run only inside Alembic.
        if not {"gui", "migrations"} & set(p.relative_to(PACKAGE).parts)
        and p.stem not in ("__init__", "__main__")
    )
    loaded = _modules_loaded_by("\n".join(f"import {m}" for m in non_gui))
    assert not {m for m in loaded if m.startswith("PySide6")}
