"""Exchanging protocols between commissions: signed packages out; packages, signed PDFs and
photographed QR codes in, each verified and stored as one transaction.

Outcomes per file: accepted (something new stored), duplicate (nothing new), conflict (a
different protocol for a precinct that has one: kept in the inbox, never overwriting), or
rejected with the reason (nothing written).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import fastjsonschema
from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.checks import check_protocol, passes_quietly
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol, canonical_data, fingerprint
from tallyapp.reports.detached import CertificateBook, RecordSigner, SignatureProblem
from tallyapp.resources import resource_path
from tallyapp.services.files import write_atomically
from tallyapp.services.setup import election_of
from tallyapp.storage.protocols import (
    AGAINST_ALL,
    VOTE_PREFIX,
    insert_lines,
    insert_rows,
    lines_of,
    protocol_from_lines,
)
from tallyapp.storage.tables import (
    AuditRow,
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
    ReceivedFileRow,
    SigningRow,
    utcnow,
)

PACKAGE_FORMAT = "tallyapp-package"
PHOTO_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
EXCHANGED_STATES = ("finalised", "transmitted", "accepted")
Progress = Callable[[str, int], None]


class Rejected(ValueError):
    """The file cannot be accepted; the message names where and why."""


def _no_progress(_text: str, _percent: int) -> None:
    pass


def package_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resource_path("schemas", "tallyapp-package-1.schema.json").read_text("utf-8")
    )
    return schema


_VALIDATOR: Callable[[Any], Any] | None = None


def _validate(package: Any) -> None:
    """Raise Rejected naming the path of the first thing the schema refuses.

    fastjsonschema turns the schema into Python code once; interpreting it for every one of
    20,000 records was most of an import's time."""
    global _VALIDATOR
    if _VALIDATOR is None:
        _VALIDATOR = fastjsonschema.compile(package_schema())
    try:
        _VALIDATOR(package)
    except fastjsonschema.JsonSchemaException as exc:
        where = "/".join(str(p) for p in (exc.path or [])[1:]) or "(top)"
        message = exc.message.replace("data.", "", 1) if exc.message else "invalid"
        raise Rejected(f"{where}: {message}") from None


# --- what the database knows ------------------------------------------------------------------


@dataclass
class Register:
    """The precincts, commissions and current protocols of the importing database."""

    election: Election
    precincts: dict[str, tuple[int, str, int | None]]  # number -> (id, TEC code, district)
    parents: dict[str, str | None]  # commission code -> parent code
    candidates: dict[int, set[str]]  # district -> candidate codes
    heads: dict[tuple[int, str], tuple[int, int, int, str, str]] = field(default_factory=dict)
    # (precinct id, ballot) -> (protocol id, lock, version number, fingerprint, state)
    _under: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @staticmethod
    def load(conn: Connection, with_heads: bool = True) -> Register:
        from sqlalchemy.orm import Session

        with Session(bind=conn) as s:
            election = election_of(s)
        rows = conn.execute(
            select(CommissionRow.id, CommissionRow.code, CommissionRow.parent_id).where(
                CommissionRow.election_id == election.id
            )
        ).all()
        code_of = {cid: code for cid, code, _ in rows}
        parents = {code: code_of.get(parent) for _, code, parent in rows}
        precincts = {
            number: (pid, code_of[tec], district)
            for pid, number, tec, district in conn.execute(
                select(
                    PrecinctRow.id,
                    PrecinctRow.number,
                    PrecinctRow.tec_id,
                    PrecinctRow.district_number,
                ).where(PrecinctRow.election_id == election.id)
            )
        }
        candidates: dict[int, set[str]] = {}
        for district, code in conn.execute(
            select(CandidateRow.district_number, CandidateRow.code).where(
                CandidateRow.election_id == election.id
            )
        ):
            candidates.setdefault(district, set()).add(code)
        register = Register(election, precincts, parents, candidates)
        if not with_heads:
            return register
        for pid, precinct, ballot, lock, state, number, digest in conn.execute(
            select(
                ProtocolRow.id,
                ProtocolRow.precinct_id,
                ProtocolRow.ballot,
                ProtocolRow.lock_version,
                ProtocolRow.state,
                ProtocolVersionRow.number,
                ProtocolVersionRow.fingerprint,
            )
            .join(ProtocolVersionRow, ProtocolVersionRow.id == ProtocolRow.current_version_id)
            .where(ProtocolRow.election_id == election.id)
        ):
            register.heads[(precinct, ballot)] = (pid, lock, number, digest, state)
        return register

    @cached_property
    def precincts_by_tec(self) -> dict[str, list[int]]:
        by_tec: dict[str, list[int]] = {}
        for pid, tec, _district in self.precincts.values():
            by_tec.setdefault(tec, []).append(pid)
        return by_tec

    def precinct_ids_under(self, code: str) -> list[int]:
        """Ids of every precinct under a commission (cached: the tree does not change)."""
        if code not in self._under:
            self._under[code] = [
                pid
                for tec, ids in self.precincts_by_tec.items()
                if self.is_under(tec, code)
                for pid in ids
            ]
        return self._under[code]

    def is_under(self, code: str, ancestor: str) -> bool:
        seen: str | None = code
        while seen is not None:
            if seen == ancestor:
                return True
            seen = self.parents.get(seen)
        return False

    def top(self) -> str:
        return next(code for code, parent in self.parents.items() if parent is None)


# --- outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    precinct: str
    ballot: str
    current_version: int
    current_fingerprint: str
    incoming_version: int
    incoming_fingerprint: str
    differences: tuple[tuple[str, int | None, int | None], ...]  # line, current, incoming


@dataclass
class FileOutcome:
    path: str
    kind: str = ""
    outcome: str = "rejected"  # accepted, duplicate, conflict, rejected
    reason: str = ""
    accepted: int = 0
    duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # summary protocol vs recomputed sum

    def line(self) -> str:
        text = f"{self.outcome.upper():<9} {self.path}"
        if self.outcome == "rejected":
            return f"{text}: {self.reason}"
        parts = [f"{self.accepted} new", f"{self.duplicates} duplicate"]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} in conflict")
        if self.differences:
            parts.append(
                f"summary differs from the recomputed sum in {len(self.differences)} line(s)"
            )
        return f"{text} ({', '.join(parts)})"


# --- export -----------------------------------------------------------------------------------


def _current_protocols(
    conn: Connection, election: Election, precinct_ids: list[int]
) -> list[dict[str, Any]]:
    """The exchangeable current protocols (finalised or later) of the given precincts."""
    if not precinct_ids:
        return []
    rows = []
    for i in range(0, len(precinct_ids), 900):
        chunk = precinct_ids[i : i + 900]
        rows += conn.execute(
            select(
                PrecinctRow.number,
                PrecinctRow.district_number,
                CommissionRow.code,
                ProtocolRow.ballot,
                ProtocolRow.state,
                ProtocolVersionRow.id,
                ProtocolVersionRow.number,
                ProtocolVersionRow.kind,
                ProtocolVersionRow.reason,
                ProtocolVersionRow.fingerprint,
            )
            .join(ProtocolRow, ProtocolRow.precinct_id == PrecinctRow.id)
            .join(ProtocolVersionRow, ProtocolVersionRow.id == ProtocolRow.current_version_id)
            .join(CommissionRow, CommissionRow.id == PrecinctRow.tec_id)
            .where(
                PrecinctRow.id.in_(chunk),  # type: ignore[attr-defined]
                ProtocolRow.state.in_(EXCHANGED_STATES),
            )  # type: ignore[attr-defined]
            .order_by(PrecinctRow.id, ProtocolRow.ballot)
        ).all()
    version_ids = [r[5] for r in rows]
    lines: dict[int, dict[str, int]] = {}
    signings: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(version_ids), 900):
        chunk = version_ids[i : i + 900]
        for vid, key, value in conn.execute(
            select(ProtocolLineRow.version_id, ProtocolLineRow.key, ProtocolLineRow.value).where(
                ProtocolLineRow.version_id.in_(chunk)
            )  # type: ignore[attr-defined]
        ):
            lines.setdefault(vid, {})[key] = value
        for vid, members in conn.execute(
            select(SigningRow.version_id, SigningRow.members).where(
                SigningRow.version_id.in_(chunk)
            )  # type: ignore[attr-defined]
        ):
            signings[vid] = json.loads(members)
    records = []
    for number, district, tec, ballot, state, vid, version, kind, reason, digest in rows:
        kind_ballot = BallotKind(ballot)
        protocol = protocol_from_lines(
            election.id,
            kind_ballot,
            number,
            district if kind_ballot is BallotKind.CONSTITUENCY else None,
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
    engine: Engine, commission: str, signer: RecordSigner, register: Register | None = None
) -> tuple[dict[str, Any], int]:
    """A commission's finalised protocols and its summary protocols, each record signed.

    The summary protocol is the sum of the accepted protocols it sends, so the commission
    above can recompute it from them."""
    with engine.connect() as conn:
        register = register or Register.load(conn, with_heads=False)
        if commission not in register.parents:
            raise Rejected(f"no commission with code {commission!r}")
        ids = register.precinct_ids_under(commission)
        records = _current_protocols(conn, register.election, ids)
        all_protocols = 0
        for i in range(0, len(ids), 900):
            all_protocols += (
                conn.scalar(
                    select(func.count())
                    .select_from(ProtocolRow)
                    .where(ProtocolRow.precinct_id.in_(ids[i : i + 900]))  # type: ignore[attr-defined]
                )
                or 0
            )
    summaries = []
    for ballot in (b.kind for b in register.election.ballots):
        accepted = [r for r in records if r["ballot"] == ballot.value and r["state"] == "accepted"]
        fields: dict[str, int] = dict.fromkeys(register.election.ballot(ballot).field_keys, 0)
        votes: dict[str, int] = {}
        against = 0
        for r in accepted:
            for k, v in r["fields"].items():
                fields[k] = fields.get(k, 0) + v
            for k, v in r["votes"].items():
                votes[k] = votes.get(k, 0) + v
            against += r["against_all"]
        summaries.append(
            signer.sign(
                {
                    "election": register.election.id,
                    "commission": commission,
                    "ballot": ballot.value,
                    "fields": fields,
                    "votes": votes,
                    "against_all": against,
                    "precincts": len(accepted),
                }
            )
        )
    package = {
        "format": PACKAGE_FORMAT,
        "format_version": 1,
        "election": register.election.id,
        "commission": commission,
        "created_at": datetime.now(UTC).isoformat(),
        "certificates": {signer.code: signer.certificate_b64()},
        "protocols": [signer.sign(r) for r in records],
        "summaries": summaries,
    }
    return package, all_protocols - len(records)


def export_package(
    engine: Engine,
    commission: str,
    signer: RecordSigner,
    out: Path,
    register: Register | None = None,
) -> PackageSummary:
    package, left_out = build_package(engine, commission, signer, register)
    write_atomically(
        out, json.dumps(package, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    )
    return PackageSummary(out, len(package["protocols"]), len(package["summaries"]), left_out)


# --- import -----------------------------------------------------------------------------------


@dataclass
class Incoming:
    """One verified protocol ready to store."""

    protocol: Protocol
    version: int
    kind: str
    reason: str
    state: str
    signer: str
    record: dict[str, Any]


def _record_problem(index: int, record: dict[str, Any], problem: str) -> Rejected:
    return Rejected(
        f"protocols[{index}] (precinct {record.get('precinct')}, {record.get('ballot')}): {problem}"
    )


def check_record(
    register: Register, record: dict[str, Any], sender: str, index: int, warnings: list[str]
) -> Protocol:
    """A record's protocol if it belongs here and its figures hold; Rejected if not."""
    election = register.election
    if record["election"] != election.id:
        raise _record_problem(
            index, record, f"election: expected {election.id!r}, found {record['election']!r}"
        )
    number = record["precinct"]
    if number not in register.precincts:
        raise _record_problem(index, record, "no such precinct in this election")
    _pid, tec, district = register.precincts[number]
    if record["commission"] != tec:
        raise _record_problem(
            index,
            record,
            f"commission: the precinct belongs to {tec!r}, found {record['commission']!r}",
        )
    if not register.is_under(tec, sender):
        raise _record_problem(index, record, f"the precinct is not under the sender {sender!r}")
    ballot = BallotKind(record["ballot"])
    if not election.has_ballot(ballot) or (ballot is BallotKind.CONSTITUENCY and district is None):
        raise _record_problem(index, record, "this precinct has no such ballot")
    expected_district = district if ballot is BallotKind.CONSTITUENCY else None
    if record["district"] != expected_district:
        raise _record_problem(
            index, record, f"district: expected {expected_district}, found {record['district']}"
        )
    keys = election.ballot(ballot).field_keys
    if set(record["fields"]) != set(keys):
        extra = sorted(set(record["fields"]) - set(keys))
        missing = sorted(set(keys) - set(record["fields"]))
        raise _record_problem(index, record, f"fields: missing {missing}, unknown {extra}")
    choices = (
        {p.code for p in election.parties}
        if ballot is BallotKind.PARTY_LIST
        else register.candidates.get(district or 0, set())
    )
    unknown = sorted(set(record["votes"]) - choices)
    if unknown:
        raise _record_problem(index, record, f"votes: unknown choices {unknown}")
    protocol = Protocol(
        election.id,
        ballot,
        number,
        {k: record["fields"][k] for k in keys},
        dict(record["votes"]),
        record["against_all"],
        expected_district,
    )
    if fingerprint(protocol) != record["fingerprint"]:
        raise _record_problem(index, record, "the figures do not match their fingerprint")
    if passes_quietly(protocol, election.ballot(ballot)):
        return protocol
    report = check_protocol(protocol, election.ballot(ballot))
    if not report.hard_relations_hold:
        raise _record_problem(
            index,
            record,
            "control relations fail: " + "; ".join(v.explain() for v in report.hard_failures),
        )
    warnings.extend(f"precinct {number} ({ballot.value}): {v.explain()}" for v in report.warnings)
    return protocol


def _read_package(
    data: bytes, register: Register, roots: list[Any], importer: str, warnings: list[str]
) -> tuple[str, list[Incoming], list[dict[str, Any]]]:
    try:
        package = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise Rejected(f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise Rejected(
            f"line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    if not isinstance(package, dict) or package.get("format") != PACKAGE_FORMAT:
        raise Rejected(
            f"not a {PACKAGE_FORMAT} file (format: "
            f"{package.get('format') if isinstance(package, dict) else '?'!r})"
        )
    _validate(package)
    if package["election"] != register.election.id:
        raise Rejected(
            f"election: this database holds {register.election.id!r}, the package "
            f"is for {package['election']!r}"
        )
    sender = package["commission"]
    if sender not in register.parents:
        raise Rejected(f"commission: {sender!r} is not a commission of this election")
    if not register.is_under(sender, importer) or sender == importer:
        raise Rejected(f"commission: {sender!r} is not under this commission ({importer})")
    book = CertificateBook(roots, package["certificates"])
    incoming = []
    for i, record in enumerate(package["protocols"]):
        try:
            signer = book.verify(record)
        except SignatureProblem as exc:
            raise _record_problem(i, record, str(exc)) from None
        if signer != sender and signer != f"PEC-{record['precinct']}":
            raise _record_problem(
                i, record, f"signed by {signer!r}, neither the sender nor the precinct commission"
            )
        protocol = check_record(register, record, sender, i, warnings)
        incoming.append(
            Incoming(
                protocol,
                record["version"],
                record["kind"],
                record["reason"],
                record["state"],
                signer,
                record,
            )
        )
    keys = [(p.protocol.precinct, p.protocol.ballot) for p in incoming]
    if len(set(keys)) != len(keys):
        raise Rejected("the package holds two protocols for the same precinct and ballot")
    summaries = []
    for i, summary in enumerate(package["summaries"]):
        try:
            book.verify(summary)
        except SignatureProblem as exc:
            raise Rejected(f"summaries[{i}]: {exc}") from None
        if summary["commission"] != sender or summary["election"] != register.election.id:
            raise Rejected(
                f"summaries[{i}]: a summary of {summary['commission']!r}, the sender is {sender!r}"
            )
        summaries.append(summary)
    return sender, incoming, summaries


def _read_pdf(
    data: bytes, register: Register, roots: list[Any], importer: str, warnings: list[str]
) -> tuple[str, list[Incoming], list[dict[str, Any]]]:
    import logging

    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization

    from tallyapp.reports.signing import verify_pdf

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    trust = [asn1_x509.Certificate.load(r.public_bytes(serialization.Encoding.DER)) for r in roots]
    result = verify_pdf(data, trust)
    if not result.ok:
        raise Rejected("; ".join(result.problems))
    unit = next(
        (
            part.split(":", 1)[1].strip()
            for part in result.signer.split(",")
            if part.strip().startswith("Organizational Unit:")
        ),
        "",
    )
    record = dict(result.payload)
    record.setdefault("members_present", [])
    tec = register.precincts.get(str(record.get("precinct")), (0, "", None))[1]
    sender = tec if unit == f"PEC-{record.get('precinct')}" else unit
    if sender not in register.parents:
        raise Rejected(f"signed by {unit!r}, not a commission of this election")
    if not register.is_under(sender, importer) or sender == importer:
        raise Rejected(f"signed by {unit!r}, which is not under this commission ({importer})")
    if record.get("state") not in EXCHANGED_STATES:
        raise Rejected(
            f"the protocol is {record.get('state')!r}: only finalised protocols are exchanged"
        )
    protocol = check_record(register, record, sender, 0, warnings)
    return (
        sender,
        [
            Incoming(
                protocol,
                int(record["version"]),
                str(record["kind"]),
                str(record.get("reason", "")),
                str(record["state"]),
                unit,
                record,
            )
        ],
        [],
    )


def _read_photo(
    data: bytes, register: Register, importer: str, warnings: list[str]
) -> tuple[str, list[Incoming], list[dict[str, Any]]]:
    import io

    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    from tallyapp.reports.payload import PayloadError, decode

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise Rejected(f"not a readable image: {exc}") from None
    codes = [r.text for r in zxingcpp.read_barcodes(image) if r.text.startswith("TALLY")]
    if not codes:
        raise Rejected("no tallyapp protocol code (QR) found in the image")
    try:
        payload = decode(codes[0], register.election)
    except PayloadError as exc:
        raise Rejected(f"the QR code: {exc}") from None
    if not payload.fingerprint_matches:
        raise Rejected("the QR code's figures do not match its fingerprint")
    protocol = payload.protocol
    tec = register.precincts.get(protocol.precinct, (0, "", None))[1]
    if not tec:
        raise Rejected(f"precinct {protocol.precinct}: no such precinct in this election")
    if not register.is_under(tec, importer):
        raise Rejected(f"precinct {protocol.precinct} is not under this commission ({importer})")
    record = {
        **canonical_data(protocol),
        "commission": tec,
        "version": payload.version,
        "kind": payload.kind,
        "reason": "",
        "state": "transmitted",
        "members_present": [],
        "fingerprint": payload.fingerprint,
        "source": "photo of the printed protocol: not digitally signed",
    }
    checked = check_record(register, record, tec, 0, warnings)
    # A photo is a copy, not the signed original: it counts as received, not accepted.
    return (
        tec,
        [Incoming(checked, payload.version, payload.kind, "", "transmitted", "", record)],
        [],
    )


def _differences(
    current: Protocol, incoming: Protocol
) -> tuple[tuple[str, int | None, int | None], ...]:
    a, b = lines_of(current), lines_of(incoming)
    return tuple((k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k))


def _current_protocol(conn: Connection, register: Register, number: str, ballot: str) -> Protocol:
    pid = register.precincts[number][0]
    version_id = conn.scalar(
        select(ProtocolRow.current_version_id).where(
            ProtocolRow.precinct_id == pid, ProtocolRow.ballot == ballot
        )
    )
    lines = dict(
        conn.execute(
            select(ProtocolLineRow.key, ProtocolLineRow.value).where(
                ProtocolLineRow.version_id == version_id
            )
        ).all()
    )
    kind = BallotKind(ballot)
    return protocol_from_lines(
        register.election.id,
        kind,
        number,
        register.precincts[number][2] if kind is BallotKind.CONSTITUENCY else None,
        lines,
    )


def _store_observer_copy(
    conn: Connection,
    register: Register,
    source: str,
    read: _Read,
    data: bytes,
    outcome: FileOutcome,
) -> None:
    """An observer's copy goes to the inbox only, to be compared with the official protocol;
    it never becomes a protocol of this commission."""
    file_id = conn.execute(
        insert(ReceivedFileRow).returning(ReceivedFileRow.id),
        [
            {
                "election_id": register.election.id,
                "source": Path(source).name,
                "sha256": read.digest,
                "sender": read.sender,
                "kind": f"observer copy ({read.kind})",
                "content": data,
            }
        ],
    ).scalar_one()
    insert_rows(
        conn,
        "received",
        (
            "file_id",
            "position",
            "sender",
            "precinct",
            "ballot",
            "fingerprint",
            "outcome",
            "figures",
        ),
        [
            (
                file_id,
                i,
                item.signer or read.sender,
                item.protocol.precinct,
                item.protocol.ballot.value,
                item.record["fingerprint"],
                "observer",
                json.dumps(lines_of(item.protocol)),
            )
            for i, item in enumerate(read.items)
        ],
    )
    outcome.accepted = len(read.items)


def _store(
    conn: Connection,
    register: Register,
    source: str,
    read: _Read,
    data: bytes,
    outcome: FileOutcome,
) -> None:
    """Classify each protocol against the database and write it all in the open transaction:
    the file itself, a row per protocol received, and the new versions."""
    eid = register.election.id
    file_id = conn.execute(
        insert(ReceivedFileRow).returning(ReceivedFileRow.id),
        [
            {
                "election_id": eid,
                "source": Path(source).name,
                "sha256": read.digest,
                "sender": read.sender,
                "kind": read.kind,
                "content": data,
            }
        ],
    ).scalar_one()
    new_versions: list[tuple[Incoming, int | None, int | None]] = []  # item, head, lock
    inbox: list[tuple[object, ...]] = []
    for position, item in enumerate(read.items):
        pid = register.precincts[item.protocol.precinct][0]
        ballot = item.protocol.ballot.value
        head = register.heads.get((pid, ballot))
        record_fp = item.record["fingerprint"]
        verdict = "accepted"
        if head is None:
            new_versions.append((item, None, None))
        else:
            head_id, lock, number, current_fp, _state = head
            if current_fp == record_fp:
                verdict = "duplicate"
            elif item.kind == "repeated" and item.version > number:
                new_versions.append((item, head_id, lock))
            else:
                verdict = "conflict"
                current = _current_protocol(conn, register, item.protocol.precinct, ballot)
                outcome.conflicts.append(
                    Conflict(
                        item.protocol.precinct,
                        ballot,
                        number,
                        current_fp,
                        item.version,
                        record_fp,
                        _differences(current, item.protocol),
                    )
                )
        if verdict == "duplicate":
            outcome.duplicates += 1
        elif verdict == "accepted":
            outcome.accepted += 1
        inbox.append(
            (
                file_id,
                position,
                item.signer or read.sender,
                item.protocol.precinct,
                ballot,
                record_fp,
                verdict,
            )
        )
    for j, summary in enumerate(read.summaries):
        digest = hashlib.sha256(json.dumps(summary, sort_keys=True).encode()).hexdigest()
        inbox.append(
            (file_id, len(read.items) + j, read.sender, None, summary["ballot"], digest, "summary")
        )

    start_head = (conn.scalar(select(func.max(ProtocolRow.id))) or 0) + 1
    start_version = (conn.scalar(select(func.max(ProtocolVersionRow.id))) or 0) + 1
    now = _timestamp(conn, utcnow())
    heads, versions, lines, moves = [], [], [], []
    next_head = start_head
    for i, (item, head_id, lock) in enumerate(new_versions):
        vid = start_version + i
        key = (register.precincts[item.protocol.precinct][0], item.protocol.ballot.value)
        state = State.ACCEPTED.value if item.state != "transmitted" else item.state
        if head_id is None:
            hid, number, new_lock = next_head, 1, 2
            next_head += 1
            heads.append((hid, eid, key[0], key[1], State.DRAFT.value, None, 1, now))
            moves.append((hid, 1, vid, state))  # the head points at its version once written
        else:
            assert lock is not None
            hid, number, new_lock = head_id, register.heads[key][2] + 1, lock + 1
            moves.append((hid, lock, vid, state))
        versions.append(
            (
                vid,
                hid,
                number,
                item.kind if head_id is not None else "original",
                item.reason,
                item.record["fingerprint"],
                now,
                item.signer or read.sender,
                f"import:{Path(source).name}",
            )
        )
        lines += [(vid, k, v) for k, v in lines_of(item.protocol).items()]
        # Keep the in-memory register current for the next file (reloaded on failure).
        register.heads[key] = (hid, new_lock, number, item.record["fingerprint"], state)
    insert_rows(
        conn,
        "protocol",
        (
            "id",
            "election_id",
            "precinct_id",
            "ballot",
            "state",
            "current_version_id",
            "lock_version",
            "updated_at",
        ),
        heads,
    )
    insert_rows(
        conn,
        "protocol_version",
        (
            "id",
            "protocol_id",
            "number",
            "kind",
            "reason",
            "fingerprint",
            "created_at",
            "created_by",
            "workstation",
        ),
        versions,
    )
    insert_lines(conn, lines)
    if moves:
        # Every head moves only if nobody moved it since it was read (optimistic lock).
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        result = conn.exec_driver_sql(
            f"UPDATE protocol SET current_version_id = {mark}, state = {mark}, "
            f"lock_version = {mark} WHERE id = {mark} AND lock_version = {mark}",
            [(v, st, lk + 1, h, lk) for h, lk, v, st in moves],  # type: ignore[arg-type]
        )
        if result.rowcount != len(moves):
            raise Rejected(
                "another workstation changed these protocols during the import; "
                "nothing was stored, import the file again"
            )
    if conn.dialect.name == "postgresql" and heads:
        from sqlalchemy import text

        for table in ("protocol", "protocol_version"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
    insert_rows(
        conn,
        "received",
        ("file_id", "position", "sender", "precinct", "ballot", "fingerprint", "outcome"),
        inbox,
    )
    conn.execute(
        insert(AuditRow),
        [
            {
                "who": read.sender,
                "workstation": "import",
                "action": "import",
                "election_id": eid,
                "detail": json.dumps(
                    {
                        "file": source,
                        "sha256": read.digest,
                        "accepted": outcome.accepted,
                        "duplicates": outcome.duplicates,
                        "conflicts": len(outcome.conflicts),
                    }
                ),
            }
        ],
    )


def _subtree_totals(
    conn: Connection, register: Register, commission: str
) -> dict[str, dict[str, int]]:
    """The accepted lines of every precinct under a commission, summed by the database,
    by ballot."""
    ids = register.precinct_ids_under(commission)
    totals: dict[str, dict[str, int]] = {}
    for i in range(0, len(ids), 900):
        for ballot, key, value in conn.execute(
            select(ProtocolRow.ballot, ProtocolLineRow.key, func.sum(ProtocolLineRow.value))
            .join(ProtocolRow, ProtocolRow.current_version_id == ProtocolLineRow.version_id)
            .where(
                ProtocolRow.precinct_id.in_(ids[i : i + 900]),  # type: ignore[attr-defined]
                ProtocolRow.state == State.ACCEPTED.value,
            )
            .group_by(ProtocolRow.ballot, ProtocolLineRow.key)
        ):
            by_key = totals.setdefault(ballot, {})
            by_key[key] = by_key.get(key, 0) + int(value)
    return totals


def _timestamp(conn: Connection, moment: datetime) -> object:
    """A timestamp as the tables store it: SQLite keeps text (as the ORM writes it)."""
    if conn.dialect.name == "sqlite":
        return moment.replace(tzinfo=None).isoformat(sep=" ")
    return moment


def _summary_differences(
    engine: Engine, register: Register, summaries: list[dict[str, Any]]
) -> list[str]:
    """Each summary protocol received, line by line against the sum recomputed here."""
    found: list[str] = []
    sums: dict[str, dict[str, dict[str, int]]] = {}
    with engine.connect() as conn:
        for summary in summaries:
            code = summary["commission"]
            if code not in sums:
                sums[code] = _subtree_totals(conn, register, code)
            mine = sums[code].get(summary["ballot"], {})
            theirs = {
                **summary["fields"],
                **{VOTE_PREFIX + k: v for k, v in summary["votes"].items()},
                AGAINST_ALL: summary["against_all"],
            }
            for key in sorted(set(mine) | set(theirs)):
                if mine.get(key, 0) != theirs.get(key, 0):
                    found.append(
                        f"{code} {summary['ballot']} {key}: summary "
                        f"{theirs.get(key, 0)}, recomputed {mine.get(key, 0)}"
                    )
    return found


def files_in(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every file in the folders named (recursively), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.endswith(".part")
            )
        else:
            found.append(path)
    return found


@dataclass
class _Read:
    """A file read and verified (in this process or a worker): what to store, or why not."""

    kind: str
    digest: str = ""
    data: bytes = b""
    sender: str = ""
    items: list[Incoming] = field(default_factory=list)
    summaries: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rejected: str = ""


def _read_file(path: Path, register: Register, roots: list[Any], importer: str) -> _Read:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _Read("", rejected=f"cannot read: {exc.strerror}")
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        read = _Read("signed PDF")
    elif suffix in PHOTO_SUFFIXES:
        read = _Read("photo (QR code)")
    else:
        read = _Read("package")
    read.digest = hashlib.sha256(data).hexdigest()
    read.data = data
    try:
        if read.kind == "signed PDF":
            read.sender, read.items, read.summaries = _read_pdf(
                data, register, roots, importer, read.warnings
            )
        elif read.kind == "photo (QR code)":
            read.sender, read.items, read.summaries = _read_photo(
                data, register, importer, read.warnings
            )
        else:
            read.sender, read.items, read.summaries = _read_package(
                data, register, roots, importer, read.warnings
            )
    except Rejected as exc:
        read.rejected = str(exc)
    return read


def import_files(
    engine: Engine,
    paths: list[Path],
    roots: list[Any],
    importer: str | None = None,
    progress: Progress = _no_progress,
    observer: bool = False,
) -> list[FileOutcome]:
    """Import each file in its own transaction; the outcome of every file is reported.

    `observer`: the files are observers' copies of protocols, kept to be compared with the
    official ones (see the anomaly report), never stored as protocols."""
    files = files_in(paths)
    outcomes = []
    with engine.connect() as conn:
        register = Register.load(conn)
    importer = importer or register.top()
    if importer not in register.parents:
        raise Rejected(f"no commission with code {importer!r}")
    for n, path in enumerate(files, 1):
        read = _read_file(path, register, roots, importer)
        progress(str(path.name), int(100 * (n - 1) / max(len(files), 1)))
        outcome = FileOutcome(str(path), kind=read.kind)
        outcomes.append(outcome)
        try:
            if read.rejected:
                raise Rejected(read.rejected)
            outcome.warnings = read.warnings
            try:
                with engine.begin() as conn:
                    if observer:
                        _store_observer_copy(conn, register, str(path), read, read.data, outcome)
                    else:
                        _store(conn, register, str(path), read, read.data, outcome)
            except IntegrityError:
                raise Rejected(
                    "another workstation stored some of these protocols during the "
                    "import; nothing was stored, import the file again"
                ) from None
            except SQLAlchemyError as exc:
                raise Rejected(
                    f"database error, nothing was stored: {str(exc).splitlines()[0]}"
                ) from None
        except Rejected as exc:
            outcome.outcome, outcome.reason = "rejected", str(exc)
            outcome.accepted = outcome.duplicates = 0
            outcome.conflicts, outcome.warnings = [], []
            if not read.rejected:  # the store failed half-way: forget what it noted
                with engine.connect() as conn:
                    register = Register.load(conn)
            continue
        outcome.outcome = (
            "observer copy"
            if observer
            else "conflict"
            if outcome.conflicts
            else "accepted"
            if outcome.accepted
            else "duplicate"
        )
        if read.summaries:
            outcome.differences = _summary_differences(engine, register, read.summaries)
    progress("done", 100)
    return outcomes


def export_each_tec(
    engine: Engine,
    under: str,
    keys_folder: Path,
    passphrase: bytes,
    out: Path,
    progress: Progress = _no_progress,
) -> list[PackageSummary]:
    """One signed package per territorial commission under `under`, each with its own key
    (`keys_folder/<CODE>.p12`): what the territorial commissions send up on election night."""
    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
        tecs = [
            code
            for code, level in conn.execute(
                select(CommissionRow.code, CommissionRow.level)
                .where(CommissionRow.election_id == register.election.id)
                .order_by(CommissionRow.position)
            )
            if level == "tec"
        ]
    tecs = [t for t in tecs if register.is_under(t, under)]
    written = []
    for i, code in enumerate(tecs, 1):
        progress(code, int(100 * (i - 1) / max(len(tecs), 1)))
        signer = RecordSigner.from_pkcs12(keys_folder / f"{code}.p12", passphrase, code)
        written.append(export_package(engine, code, signer, out / f"{code}.json", register))
    progress("done", 100)
    return written
