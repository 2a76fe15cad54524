"""Exporting for the commission above: signed packages of protocols and summary protocols."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlmodel import col

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import NotFoundError, TallyError
from tallyapp.domain.lines import protocol_from_lines
from tallyapp.domain.protocol import canonical_data
from tallyapp.domain.tabulation import tabulation
from tallyapp.reports.detached import RecordSigner, signer_of
from tallyapp.services.audit import audit_precinct_ids, refuse_if_broken
from tallyapp.services.checkpoints import current_root
from tallyapp.services.exchange.format import (
    EXCHANGED_STATES,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    Progress,
    no_progress,
)
from tallyapp.services.exchange.register import Register
from tallyapp.services.files import write_atomically
from tallyapp.services.publication import guard_publication
from tallyapp.storage.protocols import lines_of_versions
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolRow,
    ProtocolVersionRow,
    SigningRow,
)


def _current_protocols(
    conn: Connection, election: Election, precinct_ids: list[int]
) -> list[dict[str, Any]]:
    """The exchangeable current protocols (finalised or later) of the given precincts."""
    if not precinct_ids:
        return []
    rows: list[Any] = []
    for i in range(0, len(precinct_ids), 900):
        chunk = precinct_ids[i : i + 900]
        rows += conn.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.district_number),
                col(CommissionRow.code),
                col(ProtocolRow.ballot),
                col(ProtocolRow.state),
                col(ProtocolVersionRow.id),
                col(ProtocolVersionRow.number),
                col(ProtocolVersionRow.kind),
                col(ProtocolVersionRow.reason),
                col(ProtocolVersionRow.fingerprint),
                col(ProtocolRow.record_hash),
            )
            .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
            .join(
                ProtocolVersionRow,
                col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
            )
            .join(CommissionRow, col(CommissionRow.id) == col(PrecinctRow.tec_id))
            .where(
                col(PrecinctRow.id).in_(chunk),
                col(ProtocolRow.state).in_(EXCHANGED_STATES),
            )
            .order_by(col(PrecinctRow.id), col(ProtocolRow.ballot))
        ).all()
    version_ids = [r[5] for r in rows]
    lines = lines_of_versions(conn, version_ids)
    signings: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(version_ids), 900):
        chunk = version_ids[i : i + 900]
        for vid, members in conn.execute(
            select(col(SigningRow.version_id), col(SigningRow.members)).where(
                col(SigningRow.version_id).in_(chunk)
            )
        ):
            signings[vid] = json.loads(members)
    records = []
    for number, district, tec, ballot, state, vid, version, kind, reason, digest, head in rows:
        kind_ballot = BallotKind(ballot)
        protocol = protocol_from_lines(
            election.id,
            kind_ballot,
            number,
            tabulation(kind_ballot).district_of(district),
            lines.get(vid, {}),
        )
        records.append(
            {
                **canonical_data(protocol),
                "commission": tec,
                "version": version,
                "kind": kind,
                "reason": reason,
                "state": state,
                "members_present": [m for m in signings.get(vid, []) if m.get("present")],
                "fingerprint": digest,
                "record_head": head or "",  # its chain's newest hash: the record it came from
            }
        )
    return records


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    protocols: int
    summaries: int
    left_out: int  # protocols not finalised yet


def build_package(
    engine: Engine,
    commission: str,
    signer: RecordSigner,
    register: Register | None = None,
    summaries: bool = True,
) -> tuple[dict[str, Any], int]:
    """A commission's finalised protocols and its summary protocols, each record signed.

    The summary protocol is the sum of the accepted protocols it sends, so the commission
    above can recompute it from them; a ballot with none accepted has no summary (a signed
    one of zeros would be a false official document). It is the commission's to sign: a
    key whose holder has no authority over it (by the commission's roster) signs no
    summary, and the package is refused. `summaries` False: the protocols alone (a key that
    signs only protocols)."""
    with engine.connect() as conn:
        register = register or Register.load(conn, with_heads=False)
        if commission not in register.tree:
            raise NotFoundError("commission.unknown", commission=commission)
        if summaries:
            holder = signer_of(signer.certificate)
            if holder is None:
                raise TallyError("pdf.no-identity", signer=signer.code)
            register.authorise(commission, holder, None)  # AuthorityError names the holder
        ids = register.precinct_ids_under(commission)
        refuse_if_broken(audit_precinct_ids(engine, ids))  # never sign tampered figures
        records = _current_protocols(conn, register.election, ids)
        all_protocols = 0
        for i in range(0, len(ids), 900):
            all_protocols += (
                conn.scalar(
                    select(func.count())
                    .select_from(ProtocolRow)
                    .where(col(ProtocolRow.precinct_id).in_(ids[i : i + 900]))
                )
                or 0
            )
    root = current_root(engine)
    summary_records: list[dict[str, Any]] = []
    for ballot in (b.kind for b in register.election.ballots) if summaries else ():
        accepted = [r for r in records if r["ballot"] == ballot.value and r["state"] == "accepted"]
        if not accepted:
            continue  # nothing accepted: no signed summary saying every figure is zero
        fields: dict[str, int] = dict.fromkeys(register.election.ballot(ballot).field_keys, 0)
        votes: dict[str, int] = {}
        against = 0
        for r in accepted:
            for k, v in r["fields"].items():
                fields[k] = fields.get(k, 0) + v
            for k, v in r["votes"].items():
                votes[k] = votes.get(k, 0) + v
            against += r["against_all"]
        summary_records.append(
            {
                "election": register.election.id,
                "commission": commission,
                "ballot": ballot.value,
                "fields": fields,
                "votes": votes,
                "against_all": against,
                "precincts": len(accepted),
                "record_root": root,  # the sender's whole record, as a checkpoint names it
            }
        )
    package = {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_VERSION,
        "election": register.election.id,
        "commission": commission,
        "created_at": datetime.now(UTC).isoformat(),
        "protocols": records,
        "summaries": summary_records,
        **({"rehearsal": True} if register.rehearsal else {}),
    }
    # One CMS signature over the whole package (one use of the key, which on a token is
    # slow), that `openssl cms -verify` and the national tools read.
    return signer.sign_package(package), all_protocols - len(records)


def export_package(
    engine: Engine,
    commission: str,
    signer: RecordSigner,
    out: Path,
    register: Register | None = None,
    guarded: bool = False,
    summaries: bool = True,
) -> PackageSummary:
    """A signed package: never from a record that does not audit (`guarded`: the caller's
    one guard covered it)."""
    if not guarded:
        guard_publication(engine)
    package, left_out = build_package(engine, commission, signer, register, summaries)
    write_atomically(
        out, json.dumps(package, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    )
    return PackageSummary(out, len(package["protocols"]), len(package["summaries"]), left_out)


def export_each_tec(
    engine: Engine,
    under: str,
    passphrase: bytes,
    out: Path,
    progress: Progress = no_progress,
    keys: Callable[[str], Path] | None = None,
) -> list[PackageSummary]:
    """One signed package per territorial commission under `under`, each signed with its
    chair's key (`keys(code)`, by default the keys folder's): what the territorial
    commissions send up on election night."""
    from tallyapp.services.signatures import commission_key_path, package_signer

    key_of = keys or (lambda code: commission_key_path(engine, code))
    guard_publication(engine)  # once for every package
    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
    tecs = register.tree.under(under, "tec")
    written = []
    for i, code in enumerate(tecs, 1):
        progress(code, int(100 * (i - 1) / max(len(tecs), 1)))
        signer = package_signer(key_of(code), passphrase, code)  # refusals in words
        written.append(
            export_package(engine, code, signer, out / f"{code}.json", register, guarded=True)
        )
    progress("progress.done", 100)
    return written
