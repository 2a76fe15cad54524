"""The election's setup as data signed by the CEC: the register of polling stations, the
commission members, the district candidates and the definition's digest, in one file with one
detached CMS signature (as a version-2 package: the NCA's keys and keygen's both sign it).

The CEC's chair or secretary makes it (`tallyapp register sign`); `tallyapp init --setup FILE
--trust CA.pem` verifies it (the signature, a certificate leading to a trusted authority, and
the signer the chair or secretary of the CEC by the members file inside the signed file
itself), lays the setup out from it, keeps its bytes (`received_file`, kind "setup") and records
the setup's digest in the election's chain as signed by that person. The audit reads the kept
bytes again, verifies them as init did, lays the setup out anew in a scratch database with the
same code, and compares it part by part with the record and with the tables
(`audit.signed-setup-differs`): a register row, a candidate or a role changed by plain SQL
shows, whatever chain hashes were recomputed around it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import (
    CEC_CODE,
    Role,
    Roster,
    Signer,
    roster_problems,
    signing_roles_twice,
)
from tallyapp.domain.definition import parse_election
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.domain.register import Structure, read_register
from tallyapp.reports.detached import (
    RecordSigner,
    SignatureProblem,
    TrustRoots,
    package_signature,
    signer_of,
)
from tallyapp.services.bounded import load_json, read_limited
from tallyapp.services.errors import InputError
from tallyapp.services.table_files import table_from_bytes
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.database import scratch_engine
from tallyapp.storage.rosters import add_rosters
from tallyapp.storage.tables import CandidateRow

FORMAT = "tallyapp-setup"
KIND = "setup"  # the kind of the kept file in `received_file`
FILES = ("register", "members", "candidates")  # candidates: where the election has districts


class SignedSetupError(TallyError):
    code = "setup.file-refused"


@dataclass(frozen=True)
class SignedSetup:
    """A verified signed setup, read whole: what init lays out and the audit lays out again."""

    data: bytes  # the file's bytes, as signed
    source: str
    definition_name: str
    definition: str  # the definition's text, whose digest the CEC signed
    election: Election
    structure: Structure
    rosters: list[Roster]
    candidates: list[Any]  # services.register.CandidateEntry
    signer: Signer
    signer_code: str
    digests: dict[str, str] = field(default_factory=dict)  # each part's, laid out from it

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _definition_text(name: str) -> str:
    from tallyapp.services.setup import _definition_text as text_of

    return text_of(name)


def make_setup(
    signer: RecordSigner,
    register: Path,
    members: Path,
    candidates: Path | None = None,
    election_name: str = "kz-majilis-2023",
) -> dict[str, Any]:
    """The signed setup file's content: each file read (within its limit) and checked as init
    will check it, so that the CEC never signs what init would refuse."""
    from tallyapp.services.definitions import load_election

    election = load_election(election_name)
    definition = _definition_text(election_name)
    files: dict[str, Any] = {}
    for part, path in (("register", register), ("members", members), ("candidates", candidates)):
        if path is None:
            continue
        data = read_limited(Path(path), "table", str(path))
        files[part] = {"name": Path(path).name, "content": base64.b64encode(data).decode()}
    body = {
        "format": FORMAT,
        "format_version": 1,
        "election": election.id,
        "definition": {
            "name": election_name,
            "sha256": hashlib.sha256(definition.encode()).hexdigest(),
        },
        "made_at": datetime.now(UTC).isoformat(),
        "files": files,
    }
    # Refused here as init would refuse it: a file, a roster, or a signer not the CEC's.
    rosters = _read_parts(body, "(setup)", election, definition, signer.code)[1]
    _require_cec(rosters, signer_of(signer.certificate), "(setup)")
    return signer.sign_package(body)


def write_setup_file(setup: dict[str, Any], out: Path) -> None:
    out.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")


def read_setup_file(path: Path) -> bytes:
    try:
        return read_limited(path, "json", str(path))
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise InputError("(file)", "unreadable", str(path), detail=detail) from None


def open_setup(
    data: bytes, source: str, trust: TrustRoots | None, definition: str | None = None
) -> SignedSetup:
    """The signed setup in `data`, verified: its signature and certificate against `trust`,
    the definition's digest (`definition`: the text to hold to it; by default the definition
    the file names), every file read as init reads it, and the signer the CEC's chair or
    secretary by the members file the signature covers. SignedSetupError says why not."""
    bundle = load_json(data, source)
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise SignedSetupError("setup.file-format", file=source)
    if not trust:
        raise SignedSetupError("setup.file-no-trust", file=source)
    try:
        code, holder, _judgement = package_signature(bundle, trust)
    except SignatureProblem as exc:
        raise SignedSetupError("setup.file-signature", file=source, detail=str(exc)) from None
    try:
        name = str(bundle["definition"]["name"])
        signed_digest = str(bundle["definition"]["sha256"])
    except (KeyError, TypeError):
        raise SignedSetupError("setup.file-format", file=source) from None
    try:
        text = definition if definition is not None else _definition_text(name)
    except OSError:
        raise SignedSetupError("setup.file-no-definition", file=source, election=name) from None
    if hashlib.sha256(text.encode()).hexdigest() != signed_digest:
        raise SignedSetupError("setup.definition-differs", file=source, election=name)
    election = parse_election(load_json(text, name), name)
    structure, rosters, candidates, digests = _read_parts(bundle, source, election, text, code)
    _require_cec(rosters, holder, source)
    return SignedSetup(
        data, source, name, text, election, structure, rosters, candidates, holder, code, digests
    )


def _require_cec(rosters: list[Roster], holder: Signer | None, source: str) -> None:
    """The signer must be the CEC's chair or secretary by the members file being signed."""
    cec = next((r for r in rosters if r.commission == CEC_CODE), Roster(CEC_CODE))
    member = cec.member(holder.iin) if holder is not None and holder.iin else None
    if holder is None or member is None or member.role not in (Role.CHAIR, Role.SECRETARY):
        label = holder.label if holder is not None else "?"
        raise SignedSetupError("setup.not-cec", file=source, signer=label)


def _read_parts(
    bundle: dict[str, Any], source: str, election: Election, definition: str, signer: str
) -> tuple[Structure, list[Roster], list[Any], dict[str, str]]:
    from tallyapp.services.register import read_candidates
    from tallyapp.services.sessions import read_roster_file

    files = bundle.get("files")
    if not isinstance(files, dict) or not {"register", "members"} <= set(files):
        raise SignedSetupError("setup.file-format", file=source)
    tables = {}
    for part in FILES:
        if part not in files:
            continue
        try:
            name = f"{source}: {files[part]['name']}"
            content = base64.b64decode(str(files[part]["content"]), validate=True)
        except (KeyError, TypeError, ValueError):
            raise SignedSetupError("setup.file-format", file=source) from None
        tables[part] = table_from_bytes(content, name)
    structure = read_register(
        election, tables["register"].header, tables["register"].rows, tables["register"].source
    )
    rehearsal = False  # a real election's setup: IINs with their check digits
    rosters = read_roster_file(tables["members"], rehearsal)
    candidates = (
        read_candidates(tables["candidates"], election)
        if "candidates" in tables and election.has_ballot(BallotKind.CONSTITUENCY)
        else []
    )
    setup = SignedSetup(
        b"", source, "", definition, election, structure, rosters, candidates, Signer(""), signer
    )
    # The rosters' commissions and roles checked on the register itself; each part's digest.
    return structure, rosters, candidates, _laid_out(setup)


def write_setup(conn: Connection, setup: SignedSetup) -> None:
    """Lay the setup out: the election and its register, the candidates, the rosters. The
    same for init and for the audit's scratch copy, so that their digests can be compared."""
    from tallyapp.services.setup import _write_election

    _write_election(conn, setup.election, setup.definition, 0, setup.structure)
    eid = setup.election.id
    named = sorted({c.district for c in setup.candidates})
    if named:
        conn.execute(
            delete(CandidateRow).where(
                col(CandidateRow.election_id) == eid, col(CandidateRow.district_number).in_(named)
            )
        )
        conn.execute(
            insert(CandidateRow),
            [
                {
                    "election_id": eid,
                    "district_number": c.district,
                    "code": c.code,
                    "name": c.name_kk,
                    "name_ru": c.name_ru,
                    "nomination": c.nomination,
                    "ballot_position": c.ballot_position,
                }
                for c in setup.candidates
            ],
        )
    add_rosters(conn, eid, setup.rosters, {})


def _laid_out(setup: SignedSetup) -> dict[str, str]:
    """The setup laid out in a scratch database: refused if a roster is unusable or names a
    commission the register lacks; otherwise the digest of each part."""
    from tallyapp.services.setup_seal import setup_digests

    engine = scratch_engine()
    try:
        with engine.begin() as conn:
            write_setup(conn, setup)
            tree = read_commission_tree(conn, setup.election.id)
            problems: list[TallyError] = []
            for roster in setup.rosters:
                problems += roster_problems(roster)
                problems += [
                    TallyError("roster.iin", commission=roster.commission, name=m.name)
                    for m in roster.members
                    if not m.iin
                ]
                if not tree.chain(roster.commission):
                    problems.append(TallyError("commission.unknown", commission=roster.commission))
            if not problems:
                every = {r.commission: r for r in setup.rosters}
                problems += signing_roles_twice(every, tree, list(every))
            if problems:
                raise Problems(problems)
            return setup_digests(conn, setup.election.id)
    finally:
        engine.dispose()


def signed_digests(setup: SignedSetup) -> dict[str, str]:
    """What each part of the setup must digest to, from the signed bytes alone."""
    return setup.digests or _laid_out(setup)


def setup_record(setup: SignedSetup, digests: dict[str, str]) -> dict[str, Any]:
    """The setup-state record of a signed setup: the digests and the kept file's hash."""
    return {
        "election": setup.election.id,
        "setup": digests,
        "signed_setup": {"sha256": setup.sha256, "signer": setup.signer_code},
    }


def record_signed_setup(engine: Engine, setup: SignedSetup) -> None:
    """Keep the signed file's bytes and record the setup as signed by its signer, in one use
    case (the tables were laid out from it just before)."""
    from tallyapp.domain.actor import Actor
    from tallyapp.services.sessions import workstation_name
    from tallyapp.services.setup_seal import SETUP, setup_digests
    from tallyapp.services.transaction import use_case
    from tallyapp.storage.inbox import add_received_file
    from tallyapp.storage.protocols import audit

    eid = setup.election.id
    with use_case(engine) as s:
        add_received_file(s, eid, Path(setup.source).name, setup.sha256, CEC_CODE, KIND, setup.data)
        record = setup_record(setup, setup_digests(s.connection(), eid))
        audit(s, Actor(setup.signer.label, workstation_name()), SETUP, eid, record=record)


def verify_signed_setup(
    session: Session, roots: TrustRoots | None, entry: int, record: dict[str, Any]
) -> list[TallyError]:
    """The setup-state entry of a signed setup against the bytes kept: verified as init
    verified them, laid out again, and compared part by part with the entry and, for the parts
    no use case changes (the definition, the register), with the tables as they are."""
    from tallyapp.services.setup_seal import PARTS, setup_digests
    from tallyapp.storage.tables import ElectionRow, ReceivedFileRow

    eid = str(record.get("election", ""))
    signed = record.get("signed_setup") or {}
    data = session.scalar(
        select(col(ReceivedFileRow.content))
        .where(
            col(ReceivedFileRow.kind) == KIND,
            col(ReceivedFileRow.sha256) == str(signed.get("sha256", "")),
        )
        .limit(1)
    )
    if data is None:
        return [TallyError("audit.signed-setup-missing", entry=entry)]
    stored = (
        session.scalar(select(col(ElectionRow.definition)).where(col(ElectionRow.id) == eid)) or ""
    )
    differing: list[str] = []
    try:
        try:
            setup = open_setup(bytes(data), "setup", roots, stored)
        except SignedSetupError as exc:
            if exc.code != "setup.definition-differs":
                raise
            differing.append("definition")  # held to the definition the file names
            setup = open_setup(bytes(data), "setup", roots)
    except TallyError as exc:
        return [TallyError("audit.setup-unsigned", entry=entry, reason=exc)]
    expected = signed_digests(setup)
    now = setup_digests(session.connection(), eid)
    recorded = record.get("setup") or {}
    for part in PARTS:
        if part in differing:
            continue
        if recorded.get(part) != expected[part] or (
            part in ("definition", "register") and now[part] != expected[part]
        ):
            differing.append(part)
    return [
        TallyError("audit.signed-setup-differs", part=part, entry=entry, signer=setup.signer.label)
        for part in PARTS
        if part in differing
    ]


def unreferenced_setup_files(session: Session, referenced: set[str]) -> list[TallyError]:
    """A signed setup kept but named by no setup record: the record was rewritten as an
    unsigned one."""
    from tallyapp.storage.tables import ReceivedFileRow

    kept = session.scalars(
        select(col(ReceivedFileRow.sha256)).where(col(ReceivedFileRow.kind) == KIND)
    ).all()
    return [
        TallyError("audit.signed-setup-unreferenced", sha256=sha[:16])
        for sha in sorted(set(kept) - referenced)
    ]
