"""docs/architecture.md names every module of the package, so a newcomer finds each one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_is_named_in_the_architecture() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    unnamed = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "tallyapp").rglob("*.py")
        if path.stem != "__init__"
        and "versions" not in path.parts  # migrations are named by their revision
        and not re.search(rf"(?<![\w]){re.escape(path.stem)}(?![\w])", text)
    )
    assert unnamed == []
