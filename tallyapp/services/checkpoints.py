"""Chain heads anchored outside the database: signed checkpoints, and the record's root.

Whoever controls the database can cut the newest transactions off whole (entries, seals and
rows): what is left is a consistent, older record. Only something kept elsewhere shows it.
A checkpoint is that thing: every chain of the record with how many entries it had and the
hash of its newest, signed by a commission's chair (`tallyapp checkpoint --out FILE`), to be
published or handed up. `tallyapp audit --against FILE` verifies the checkpoint's signature
and its signer's authority, and then that every chain still holds, at that position, the
entry the checkpoint saw: fewer entries is a cut, another hash a rewritten history.

The record's root (one hash over every chain's head) is what exported packages and printed
documents carry, so that each names the state of the record it was made from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.errors import TallyError
from tallyapp.reports.detached import CertificateBook, RecordSigner, SignatureProblem, TrustRoots
from tallyapp.services.bounded import load_json
from tallyapp.services.transaction import reading
from tallyapp.storage.tables import AuditRow, PrecinctRow, ProtocolRow, assigned

FORMAT = "tallyapp-checkpoint"
MAX_CHECKPOINT_BYTES = 200_000_000  # ten times the country's chains, with room


class CheckpointError(TallyError):
    code = "checkpoint.refused"


def chain_heads(session: Session) -> dict[str, tuple[int, str]]:
    """Every chain of the record: its number of entries and its newest hash."""
    heads: dict[str, tuple[int, str]] = {}
    for chain, digest in session.execute(
        select(col(AuditRow.chain), col(AuditRow.entry_hash)).order_by(col(AuditRow.id))
    ).yield_per(10_000):
        count = heads.get(str(chain), (0, ""))[0]
        heads[str(chain)] = (count + 1, str(digest or ""))
    return heads


def record_root(heads: dict[str, tuple[int, str]]) -> str:
    h = hashlib.sha256()
    for chain in sorted(heads):
        entries, digest = heads[chain]
        h.update(f"{chain} {entries} {digest}\n".encode())
    return h.hexdigest()


def current_root(engine: Engine) -> str:
    """The root of the record as it stands: what a document made now was made from."""
    with reading(engine) as s:
        return record_root(chain_heads(s))


def make_checkpoint(engine: Engine, commission: str, signer: RecordSigner) -> dict[str, Any]:
    with reading(engine) as s:
        from tallyapp.services.setup import election_of

        election = election_of(s)
        heads = chain_heads(s)
    body = {
        "format": FORMAT,
        "format_version": 1,
        "election": election.id,
        "commission": commission,
        "made_at": datetime.now(UTC).isoformat(),
        "root": record_root(heads),
        "chains": {chain: [n, digest] for chain, (n, digest) in sorted(heads.items())},
        "certificates": {signer.code: signer.certificate_b64()},
    }
    return signer.sign(body)


def write_checkpoint(engine: Engine, commission: str, signer: RecordSigner, out: Path) -> str:
    checkpoint = make_checkpoint(engine, commission, signer)
    out.write_text(json.dumps(checkpoint, ensure_ascii=False), encoding="utf-8")
    return str(checkpoint["root"])


def check_against(
    session: Session, path: Path, roots: TrustRoots | None, register: Any
) -> list[TallyError]:
    """The record against a published checkpoint: its signature, its signer's authority over
    the commission it names, and every chain it saw still there, unchanged."""
    try:
        size = path.stat().st_size
        if size > MAX_CHECKPOINT_BYTES:
            raise CheckpointError(
                "checkpoint.too-large", file=path.name, limit=MAX_CHECKPOINT_BYTES
            )
        checkpoint = load_json(path.read_bytes(), path.name)
    except OSError as exc:
        raise CheckpointError(
            "checkpoint.unreadable", file=path.name, detail=exc.strerror
        ) from None
    try:
        if checkpoint.get("format") != FORMAT:
            raise ValueError
        dict(checkpoint["signature"])  # present, and an object
        chains = dict(checkpoint["chains"])
        certificates = dict(checkpoint["certificates"])
    except (AttributeError, KeyError, TypeError, ValueError):
        raise CheckpointError("checkpoint.format", file=path.name) from None
    if not roots:
        return [
            TallyError(
                "audit.checkpoint-unverified",
                file=path.name,
                reason=TallyError("enrolment.no-trust"),
            )
        ]
    try:
        book = CertificateBook(roots, certificates)
        holder = book.identities[book.verify(checkpoint)]
        register.authorise(str(checkpoint.get("commission")), holder, None)
    except SignatureProblem as exc:
        reason = TallyError("enrolment.signature", detail=str(exc))
        return [TallyError("audit.checkpoint-unverified", file=path.name, reason=reason)]
    except TallyError as exc:
        return [TallyError("audit.checkpoint-unverified", file=path.name, reason=exc)]
    if checkpoint.get("election") != register.election.id:
        return [TallyError("audit.checkpoint-other-election", file=path.name)]
    return list(_compare(session, chains))


def _compare(session: Session, chains: dict[str, Any]) -> Iterable[TallyError]:
    seen: dict[str, int] = {}
    rewritten: set[str] = set()
    for chain, digest in session.execute(
        select(col(AuditRow.chain), col(AuditRow.entry_hash)).order_by(col(AuditRow.id))
    ).yield_per(10_000):
        name = str(chain)
        position = seen[name] = seen.get(name, 0) + 1
        expected = chains.get(name)
        if not (isinstance(expected, list) and len(expected) == 2):
            continue  # a chain begun since the checkpoint
        if position == expected[0] and digest != expected[1]:
            rewritten.add(name)
    where = _places(session, chains)
    for chain, expected in sorted(chains.items()):
        try:
            entries = int(expected[0])
        except (TypeError, ValueError, IndexError, KeyError):
            entries = 0
        place = where.get(chain, {"chain": chain})
        if seen.get(chain, 0) < entries:
            yield TallyError(
                "audit.checkpoint-cut", **place, entries=entries, now=seen.get(chain, 0)
            )
        elif chain in rewritten:
            yield TallyError("audit.checkpoint-rewritten", **place, entries=entries)


def _places(session: Session, chains: dict[str, Any]) -> dict[str, dict[str, object]]:
    """Each protocol chain named by its precinct and ballot; the election's by its name."""
    ids = sorted(
        int(c.split(":", 1)[1])
        for c in chains
        if c.startswith("protocol:") and c.split(":", 1)[1].isdigit()
    )
    places: dict[str, dict[str, object]] = {}
    for i in range(0, len(ids), 900):
        for pid, number, ballot in session.execute(
            select(col(ProtocolRow.id), col(PrecinctRow.number), col(ProtocolRow.ballot))
            .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
            .where(col(ProtocolRow.id).in_(ids[i : i + 900]))
        ):
            places[f"protocol:{assigned(pid)}"] = {"chain": f"precinct {number} ({ballot})"}
    return places
