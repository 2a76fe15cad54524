"""An observers' bundle of the risk-limiting audit changed as a forger would: one file edited
and SHA256SUMS made to match, so that only `rla verify`'s recomputation can catch it."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path


def rewritten(bundle: Path, target: Path, name: str, change: Callable[[str], str]) -> Path:
    """The bundle with file `name` changed by `change` and SHA256SUMS made to match it."""
    with zipfile.ZipFile(bundle) as z:
        files = {n: z.read(n) for n in z.namelist()}
    before = files[name]
    files[name] = change(before.decode()).encode()
    assert files[name] != before
    files["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(d).hexdigest()}  {n}\n"
        for n, d in sorted(files.items())
        if n != "SHA256SUMS"
    ).encode()
    with zipfile.ZipFile(target, "w") as z:
        for n, d in files.items():
            z.writestr(n, d)
    return target
