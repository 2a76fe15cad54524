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


# Version 1: an ECDSA envelope on every record (read, no longer written). Version 2: one
# detached CMS signature (CAdES-BES, RSA or EC) over the canonical JSON of the package.
PACKAGE_VERSIONS = (1, 2)
PACKAGE_VERSION = 2


def package_schema(version: int = PACKAGE_VERSION) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resource_path("schemas", f"tallyapp-package-{version}.schema.json").read_text("utf-8")
    )
    return schema


_VALIDATORS: dict[int, Callable[[Any], Any]] = {}


def validate_package(package: Any) -> None:
    """Raise Rejected naming the path of the first thing the schema of the package's version
    refuses.

    fastjsonschema turns the schema into Python code once; interpreting it for every one of
    20,000 records was most of an import's time."""
    version = package.get("format_version") if isinstance(package, dict) else None
    if version not in PACKAGE_VERSIONS or isinstance(version, bool):
        raise Rejected(
            "package.schema",
            path="format_version",
            detail=f"expected one of {', '.join(map(str, PACKAGE_VERSIONS))}, found {version}",
        )
    assert isinstance(version, int)
    if version not in _VALIDATORS:
        _VALIDATORS[version] = fastjsonschema.compile(package_schema(version))
    try:
        _VALIDATORS[version](package)
    except fastjsonschema.JsonSchemaException as exc:
        path: list[object] = getattr(exc, "path", None) or []
        text: str = getattr(exc, "message", "") or ""
        where = "/".join(str(p) for p in path[1:]) or "(top)"
        message = text.replace("data.", "", 1) if text else "invalid"
        raise Rejected("package.schema", path=where, detail=message) from None
