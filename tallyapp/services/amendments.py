"""Roster changes after the setup: signed amendments, or changes only a workstation sealed.

A roster change made in a member's session is sealed by the workstation, like every use case.
When the member also gives their personal key (`tallyapp roster import --sign KEY.p12`), the
change is an amendment they sign: the rosters as changed, as JSON, with one detached CMS
signature (as a version-2 package), kept byte for byte (`received_file`, kind "roster
amendment") and named by its hash in each roster entry of the election's chain. The audit
verifies each again (signature, trusted certificate, the signer the member who signed in and
the CEC's chair or secretary, the signed rosters those the entry records) and lists every
change as signed by a person or only sealed by a workstation.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import Role, Roster, WorkSession
from tallyapp.domain.errors import TallyError
from tallyapp.reports.detached import (
    RecordSigner,
    SignatureProblem,
    TrustRoots,
    identity_code,
    package_signature,
    signer_of,
)
from tallyapp.services.bounded import load_json
from tallyapp.storage.inbox import add_received_file
from tallyapp.storage.tables import AuditRow, ReceivedFileRow

FORMAT = "tallyapp-roster-amendment"
KIND = "roster amendment"
ACTIONS = ("roster", "members")  # the election chain's roster changes


class AmendmentError(TallyError):
    code = "amendment.refused"


@dataclass(frozen=True)
class Amendment:
    """One roster change as the audit found it: `signer` the member who signed it (their
    identity code), or "" when only the workstation sealed it."""

    entry: int
    commission: str
    who: str
    signer: str


def check_signer(signer: RecordSigner, work: WorkSession | None) -> None:
    """Only the member signed in may sign the change, with their own key."""
    if work is None:
        raise AmendmentError("amendment.no-session")
    holder = signer_of(signer.certificate)
    if holder is None or holder.iin != work.member.iin:
        label = holder.label if holder is not None else signer.code
        raise AmendmentError("amendment.not-yours", signer=label, member=work.member.label)


def keep_amendment(
    session: Session,
    signer: RecordSigner,
    work: WorkSession,
    election_id: str,
    rosters: list[Roster],
) -> str:
    """Sign the change with the member's key and keep the signed bytes; returns their hash,
    which each roster entry names."""
    body = {
        "format": FORMAT,
        "format_version": 1,
        "election": election_id,
        "made_at": datetime.now(UTC).isoformat(),
        "member": work.member.label,
        "rosters": [{"commission": r.commission, "members": _members(r)} for r in rosters],
    }
    data = json.dumps(signer.sign_package(body), ensure_ascii=False).encode()
    sha = hashlib.sha256(data).hexdigest()
    add_received_file(session, election_id, "roster amendment", sha, work.commission, KIND, data)
    return sha


def _members(roster: Roster) -> list[list[str]]:
    """As the roster entry records them: name, IIN, role."""
    return [[m.name, m.iin, m.role.value] for m in roster.members]


def verify_amendments(
    session: Session, roots: TrustRoots | None, register: Any
) -> tuple[list[Amendment], list[TallyError]]:
    """Every roster change in the election's chain, each signed one verified again from its
    kept bytes."""
    found: list[Amendment] = []
    broken: list[TallyError] = []
    checked: dict[str, tuple[str, dict[str, list[list[str]]]] | TallyError] = {}
    for entry, who, detail in session.execute(
        select(col(AuditRow.id), col(AuditRow.who), col(AuditRow.detail))
        .where(
            col(AuditRow.action).in_(ACTIONS),
            col(AuditRow.election_id) == register.election.id,
        )
        .order_by(col(AuditRow.id))
    ):
        try:
            params = json.loads(detail or "{}")
        except ValueError:
            params = {}
        params = params if isinstance(params, dict) else {}
        commission = str(params.get("commission") or f"PEC-{params.get('precinct', '?')}")
        sha = params.get("amendment")
        if not sha:
            found.append(Amendment(assigned(entry), commission, str(who), ""))
            continue
        if sha not in checked:
            checked[str(sha)] = _verify(session, roots, register, str(sha))
        result = checked[str(sha)]
        where = {"entry": entry, "commission": commission}
        if isinstance(result, TallyError):
            broken.append(TallyError("audit.amendment-unverified", **where, reason=result))
            found.append(Amendment(assigned(entry), commission, str(who), ""))
            continue
        signer, rosters = result
        if f"(IIN {signer.removeprefix('IIN')})" not in str(who):
            reason = TallyError("amendment.not-yours", signer=signer, member=str(who))
            broken.append(TallyError("audit.amendment-unverified", **where, reason=reason))
        elif rosters.get(commission) != [list(m) for m in params.get("members", [])]:
            broken.append(TallyError("audit.amendment-differs", **where, signer=signer))
        found.append(Amendment(assigned(entry), commission, str(who), signer))
    return found, broken


def assigned(value: object) -> int:
    return int(str(value))


def _verify(
    session: Session, roots: TrustRoots | None, register: Any, sha: str
) -> tuple[str, dict[str, list[list[str]]]] | TallyError:
    data = session.scalar(
        select(col(ReceivedFileRow.content))
        .where(col(ReceivedFileRow.kind) == KIND, col(ReceivedFileRow.sha256) == sha)
        .limit(1)
    )
    if data is None:
        return TallyError("amendment.missing")
    if not roots:
        return TallyError("enrolment.no-trust")
    try:
        bundle = load_json(bytes(data), "roster amendment")
        if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
            return TallyError("amendment.format")
        _code, holder, _ = package_signature(bundle, roots)
        rosters = {
            str(r["commission"]): [list(map(str, m)) for m in r["members"]]
            for r in bundle["rosters"]
        }
    except SignatureProblem as exc:
        return TallyError("enrolment.signature", detail=str(exc))
    except TallyError as exc:
        return exc
    except (KeyError, TypeError, ValueError):
        return TallyError("amendment.format")
    # Rosters from files are the CEC's chair's or secretary's to change (Action.SETUP).
    root = register.tree.root
    register.need_rosters([root])
    roster = register.rosters.get(root)
    member = roster.member(holder.iin) if roster is not None and holder.iin else None
    if member is None or member.role not in (Role.CHAIR, Role.SECRETARY):
        return TallyError("amendment.not-cec", signer=holder.label)
    return identity_code(holder), rosters
