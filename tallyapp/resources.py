"""Locates the shipped resources (election definitions, demo figures) installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache  # asked for each translated word: the folder does not move while the app runs
def resources_dir() -> Path:
    """The resources folder: inside the installed package, else the checkout's top level."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "elections").is_dir():
            return candidate
    raise FileNotFoundError(
        f"tallyapp resources not found next to {_PACKAGE_DIR}: the installation is incomplete"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
