"""Nothing is published from a broken record.

Every use case that publishes figures (the `results` command, open data in CSV and CDF, the
printed protocols, summaries and results, packages for the commission above) asks
`guard_publication` first. When the record does not audit (`services/audit.py`) it refuses,
naming the broken links, unless the person publishing says `despite_audit_failure`: then
every page and file carries the stamp that says so.

The full audit of a national record takes seconds (10,000 precincts: about 5 s of CPU, where
`results` itself takes 1 s), too long before every command. An intact audit is remembered,
in the user's cache folder, with the record's fingerprint (`storage/record_state.py`) and is
trusted for `TRUSTED_FOR` seconds while the fingerprint stays the same; anything written since
(a new version, a state, an audit entry, a total, a roster) audits again in full.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tallyapp.domain.errors import TallyError
from tallyapp.services.audit import AuditResult, audit_database
from tallyapp.services.transaction import reading
from tallyapp.storage.record_state import record_fingerprint

TRUSTED_FOR = 3600.0  # seconds an intact audit is reused while the record is unchanged
NAMED = 20  # broken links named in a refusal (the audit lists them all)

# The stamp on every page and file published despite a broken record (kk / ru / en).
STAMP = (
    "АУДИТ ӨТПЕДІ: жазба бұзылған ({count}), деректер ресми емес",
    "АУДИТ НЕ ПРОЙДЕН: запись нарушена ({count}), данные не официальные",
    "AUDIT FAILED: the record is broken ({count}), these figures are not official",
)


class RecordBroken(TallyError):
    """The record does not audit: nothing is published from it."""

    code = "publication.record-broken"

    @property
    def broken(self) -> list[TallyError]:
        found = self.params.get("links", [])
        return list(found) if isinstance(found, list) else []


@dataclass(frozen=True)
class Publication:
    """What the guard found: intact, or broken and published anyway (then `stamp` is the
    sentence each page and file carries)."""

    broken: int = 0

    @property
    def stamp(self) -> str | None:
        if not self.broken:
            return None
        return " / ".join(s.format(count=self.broken) for s in STAMP)


def guard_publication(engine: Engine, despite_audit_failure: bool = False) -> Publication:
    """Raise `RecordBroken` (naming the broken links) when the record does not audit, unless
    `despite_audit_failure`; otherwise what the publication must say about it."""
    result = _audit(engine)
    if result.intact:
        return Publication()
    if not despite_audit_failure:
        raise RecordBroken(
            "publication.record-broken",
            count=len(result.broken),
            links=result.broken[:NAMED],
        )
    return Publication(len(result.broken))


def _cache_file() -> Path:
    override = os.environ.get("TALLYAPP_AUDIT_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tallyapp", appauthor=False)) / "audited.json"


def _audit(engine: Engine) -> AuditResult:
    with reading(engine) as s:
        fingerprint = record_fingerprint(s)
    url = engine.url.render_as_string(hide_password=True)
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    path = _cache_file()
    try:
        known = json.loads(path.read_text("utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    seen = known.get(key)
    now = time.time()
    if (
        isinstance(seen, dict)
        and seen.get("fingerprint") == fingerprint
        and isinstance(seen.get("at"), (int, float))
        and 0 <= now - seen["at"] < TRUSTED_FOR
    ):
        return AuditResult(int(seen.get("entries", 0)), 0, 0, [])
    result = audit_database(engine)
    if result.intact:
        known = {
            k: v
            for k, v in known.items()
            if isinstance(v, dict) and now - v.get("at", 0) < TRUSTED_FOR
        }
        known[key] = {"fingerprint": fingerprint, "at": now, "entries": result.entries}
        try:
            from tallyapp.services.files import write_atomically

            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, json.dumps(known).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs the next audit
    return result


def stamp_csv(data: bytes, publication: Publication) -> bytes:
    """Open data as CSV bytes; published despite a broken record, its first line (after a
    byte order mark) is the stamp."""
    if not publication.stamp:
        return data
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    return bom + f"# {publication.stamp}\n".encode() + data[len(bom) :]


def stamp_cdf(document: dict[str, Any], publication: Publication) -> dict[str, Any]:
    """The NIST SP 1500-100 results; published despite a broken record, their Notes and
    Status say so."""
    if publication.stamp:
        document["Notes"] = publication.stamp
        document["Status"] = "other"
        document["OtherStatus"] = "audit-failed"
    return document
