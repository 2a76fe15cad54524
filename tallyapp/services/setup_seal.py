"""The election's setup, held to what was signed and recorded: the definition, the register
(commissions and precincts), the candidates and the rosters (with their PIN hashes).

The setup's digest, one SHA-256 per part, is recorded in the election's chain ("setup-state"):
first at the setup itself, signed by the CEC (a practice database: by the practice CEC key made
for it; a database set up from the CEC's register by its administrator is recorded as such,
unsigned, and the audit says so), then by every use case that changes a part (a roster, a
PIN, the candidates, the demo), sealed like every entry by the workstation that made the
change. The audit recomputes the digest from the tables and compares it with the newest
record: a threshold, a candidate, a role or a PIN hash changed by plain SQL shows, part by part.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.actor import Actor
from tallyapp.domain.errors import TallyError
from tallyapp.reports.detached import CertificateBook, RecordSigner, SignatureProblem, TrustRoots
from tallyapp.storage.audit_chain import SETUP_TOUCHED
from tallyapp.storage.protocols import audit
from tallyapp.storage.tables import (
    AuditRow,
    CandidateRow,
    CommissionRow,
    ElectionRow,
    PrecinctRow,
    RosterMemberRow,
)

SETUP = "setup-state"
PARTS = ("definition", "register", "candidates", "rosters")
# The actions of the election's chain that change parts of the setup, and which.
ACTION_PARTS = {
    "roster": ("rosters",),
    "members": ("rosters",),
    "member-replaced": ("rosters",),
    "set-pin": ("rosters",),
    "candidates": ("candidates",),
    "demo": ("candidates", "rosters"),
}


def _digest(rows: Iterable[Iterable[Any]]) -> str:
    h = hashlib.sha256()
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    for row in rows:
        h.update(encode(list(row)).encode())
        h.update(b"\n")
    return h.hexdigest()


def setup_digests(
    conn: Connection, election_id: str, parts: Iterable[str] = PARTS
) -> dict[str, str]:
    """One digest per part of the setup (those asked for), from the tables as they are."""
    makers = {
        "definition": _definition,
        "register": _register,
        "candidates": _candidates,
        "rosters": _rosters,
    }
    return {part: makers[part](conn, election_id) for part in parts}


def _definition(conn: Connection, election_id: str) -> str:
    definition = conn.scalar(
        select(col(ElectionRow.definition)).where(col(ElectionRow.id) == election_id)
    )
    return hashlib.sha256((definition or "").encode()).hexdigest()


def _register(conn: Connection, election_id: str) -> str:
    code_of = dict(
        conn.execute(
            select(col(CommissionRow.id), col(CommissionRow.code)).where(
                col(CommissionRow.election_id) == election_id
            )
        ).all()
    )
    commissions = conn.execute(
        select(
            col(CommissionRow.code),
            col(CommissionRow.level),
            col(CommissionRow.name_kk),
            col(CommissionRow.name_ru),
            col(CommissionRow.name_en),
            col(CommissionRow.parent_id),
            col(CommissionRow.region_code),
            col(CommissionRow.district_number),
            col(CommissionRow.position),
        )
        .where(col(CommissionRow.election_id) == election_id)
        .order_by(col(CommissionRow.code))
    )
    precincts = conn.execute(
        select(
            col(PrecinctRow.number),
            col(PrecinctRow.name),
            col(PrecinctRow.tec_id),
            col(PrecinctRow.region_code),
            col(PrecinctRow.district_number),
            col(PrecinctRow.abroad),
            col(PrecinctRow.name_ru),
            col(PrecinctRow.address_kk),
            col(PrecinctRow.address_ru),
            col(PrecinctRow.registered_voters),
        )
        .where(col(PrecinctRow.election_id) == election_id)
        .order_by(col(PrecinctRow.number))
    )
    return _digest(
        [
            *([*row[:5], code_of.get(row[5]), *row[6:]] for row in commissions),
            *([*row[:2], code_of.get(row[2]), *row[3:]] for row in precincts),
        ]
    )


def _candidates(conn: Connection, election_id: str) -> str:
    return _digest(
        conn.execute(
            select(
                col(CandidateRow.code),
                col(CandidateRow.district_number),
                col(CandidateRow.name),
                col(CandidateRow.name_ru),
                col(CandidateRow.nomination),
                col(CandidateRow.ballot_position),
            )
            .where(col(CandidateRow.election_id) == election_id)
            .order_by(col(CandidateRow.code))
        )
    )


def _rosters(conn: Connection, election_id: str) -> str:
    return _digest(
        conn.execute(
            select(
                col(RosterMemberRow.commission),
                col(RosterMemberRow.iin),
                col(RosterMemberRow.name),
                col(RosterMemberRow.role),
                col(RosterMemberRow.position),
                col(RosterMemberRow.pin_hash),
            )
            .where(col(RosterMemberRow.election_id) == election_id)
            .order_by(
                col(RosterMemberRow.commission),
                col(RosterMemberRow.position),
                col(RosterMemberRow.iin),
            )
        )
    )


def record_setup(
    session: Session,
    actor: Actor,
    election_id: str,
    signer: RecordSigner | None = None,
    parts: Iterable[str] = PARTS,
) -> None:
    """Record the setup's digest in the election's chain; `signer`: the CEC's key, for the
    setup itself. Only `parts` are computed again, the others kept from the newest record
    (a PIN changes the rosters, never the register)."""
    digests = recorded_setup(session, election_id)[1]
    digests.update(setup_digests(session.connection(), election_id, parts))
    record: dict[str, Any] = {"election": election_id, "setup": digests}
    if signer is not None:
        audit(
            session,
            actor,
            SETUP,
            election_id,
            record=signer.sign(record),
            certificate=signer.certificate_b64(),
        )
    else:
        audit(session, actor, SETUP, election_id, record=record)


def record_setup_if_changed(session: Session) -> None:
    """Called as a use case is sealed: if it wrote an entry that changes the setup, the
    setup's new digest is recorded (and sealed with it), by whoever made the change."""
    touched: set[tuple[str, str, str, str]] = session.info.pop(SETUP_TOUCHED, set())
    changed: dict[str, tuple[Actor, set[str]]] = {}
    for election_id, action, who, workstation in sorted(touched):
        if action in ACTION_PARTS:
            actor, parts = changed.setdefault(election_id, (Actor(who, workstation), set()))
            parts.update(ACTION_PARTS[action])
    for election_id, (actor, parts) in changed.items():
        record_setup(session, actor, election_id, parts=sorted(parts))
    session.info.pop(SETUP_TOUCHED, None)  # its own entry changes nothing


def recorded_setup(session: Session, election_id: str) -> tuple[int | None, dict[str, str]]:
    """The newest recorded setup digest (its entry, and each part's digest)."""
    newest = session.execute(
        select(col(AuditRow.id), col(AuditRow.detail))
        .where(col(AuditRow.action) == SETUP, col(AuditRow.election_id) == election_id)
        .order_by(col(AuditRow.id).desc())
        .limit(1)
    ).first()
    if newest is None:
        return None, {}
    try:
        return newest[0], dict(json.loads(newest[1])["record"]["setup"])
    except (ValueError, KeyError, TypeError):
        return newest[0], {}


def verify_setup(
    session: Session, roots: TrustRoots | None, register: Any
) -> tuple[list[TallyError], str]:
    """The first record signed by the CEC (a signed setup file, re-verified from its kept
    bytes; or the practice CEC key's envelope), and the newest equal to the tables as they
    are. Also: who signed the setup ("" when the administrator recorded it unsigned)."""
    from tallyapp.services.signed_setup import unreferenced_setup_files, verify_signed_setup

    election_id = register.election.id
    records = session.execute(
        select(col(AuditRow.id), col(AuditRow.detail))
        .where(col(AuditRow.action) == SETUP, col(AuditRow.election_id) == election_id)
        .order_by(col(AuditRow.id))
    ).all()
    if not records:
        return [TallyError("audit.setup-unrecorded", election=election_id)], ""
    broken: list[TallyError] = []
    first_id, first = records[0]
    first_record = _record_of(first)
    signed_file = first_record.get("signed_setup")
    signed_by = ""
    if isinstance(signed_file, dict):
        found = verify_signed_setup(session, roots, int(first_id or 0), first_record)
        broken += found
        signed_by = "" if any(b.code != "audit.signed-setup-differs" for b in found) else "CEC"
        referenced = {str(signed_file.get("sha256", ""))}
    else:
        referenced = set()
        problem = _cec_signature_problem(first, roots, register)
        # The first setup of a new database from the CEC's register, by its administrator,
        # is recorded unsigned by design (the one exception); the audit says so.
        if problem is not None and problem.code != "setup.not-signed":
            broken.append(TallyError("audit.setup-unsigned", entry=first_id, reason=problem))
        signed_by = "CEC" if problem is None else ""
    broken += unreferenced_setup_files(session, referenced)
    try:
        recorded = json.loads(records[-1][1])["record"]["setup"]
    except (ValueError, KeyError, TypeError):
        recorded = {}
    now = setup_digests(session.connection(), election_id)
    for part in PARTS:
        if recorded.get(part) != now[part]:
            broken.append(TallyError("audit.setup-altered", part=part, entry=records[-1][0]))
    if signed_by:
        signed_by = _signer_label(first)
    return broken, signed_by


def _record_of(detail: str) -> dict[str, Any]:
    try:
        record = json.loads(detail or "{}")["record"]
    except (ValueError, KeyError, TypeError):
        return {}
    return record if isinstance(record, dict) else {}


def _signer_label(detail: str) -> str:
    """Who signed the setup, as its entry names them (verified above)."""
    record = _record_of(detail)
    signed = record.get("signed_setup") or record.get("signature") or {}
    return str(signed.get("signer", "")) if isinstance(signed, dict) else ""


def _cec_signature_problem(
    detail: str, roots: TrustRoots | None, register: Any
) -> TallyError | None:
    try:
        data = json.loads(detail or "{}")
        record = data["record"]
        signer = str(record["signature"]["signer"])
        certificate = data["certificate"]
    except (ValueError, KeyError, TypeError):
        return TallyError("setup.not-signed")
    if not roots:
        return TallyError("enrolment.no-trust")
    try:
        book = CertificateBook(roots, {signer: certificate})
        holder = book.identities[book.verify(record)]
    except SignatureProblem as exc:
        return TallyError("enrolment.signature", detail=str(exc))
    try:
        register.authorise(register.tree.root, holder, None)
    except TallyError as exc:
        return exc
    return None


def signed_setup_entry(session: Session) -> set[str]:
    """The hash of each election's first setup entry where it names a signed setup file."""
    found: set[str] = set()
    firsts = (
        select(func.min(col(AuditRow.id)))
        .where(col(AuditRow.action) == SETUP)
        .group_by(col(AuditRow.election_id))
    )
    for entry_hash, detail in session.execute(
        select(col(AuditRow.entry_hash), col(AuditRow.detail)).where(col(AuditRow.id).in_(firsts))
    ):
        if isinstance(_record_of(detail).get("signed_setup"), dict) and entry_hash:
            found.add(str(entry_hash))
    return found
