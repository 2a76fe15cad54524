"""The exchange format: what a package is, which files are read as what, and the schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from typing import Any

import fastjsonschema

from tallyapp.domain.errors import TallyError
from tallyapp.resources import resource_path

PACKAGE_FORMAT = "tallyapp-package"
PHOTO_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
EXCHANGED_STATES = ("finalised", "transmitted", "accepted")
Progress = Callable[[str, int], None]


class FileKind(StrEnum):
    """What a received file was read as."""

    PACKAGE = "package"
    SIGNED_PDF = "signed PDF"
    PHOTO = "photo (QR code)"
    UNREADABLE = ""


class Rejected(TallyError):
    """The file cannot be accepted; the code and parameters name where and why."""

    code = "import.rejected"


def no_progress(_text: str, _percent: int) -> None:
    pass


def package_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resource_path("schemas", "tallyapp-package-1.schema.json").read_text("utf-8")
    )
    return schema


_VALIDATOR: Callable[[Any], Any] | None = None


def validate_package(package: Any) -> None:
    """Raise Rejected naming the path of the first thing the schema refuses.

    fastjsonschema turns the schema into Python code once; interpreting it for every one of
    20,000 records was most of an import's time."""
    global _VALIDATOR
    if _VALIDATOR is None:
        _VALIDATOR = fastjsonschema.compile(package_schema())
    try:
        _VALIDATOR(package)
    except fastjsonschema.JsonSchemaException as exc:
        path: list[object] = getattr(exc, "path", None) or []
        text: str = getattr(exc, "message", "") or ""
        where = "/".join(str(p) for p in path[1:]) or "(top)"
        message = text.replace("data.", "", 1) if text else "invalid"
        raise Rejected("package.schema", path=where, detail=message) from None
