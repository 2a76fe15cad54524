"""Reading received files: packages, signed PDFs and photographed QR codes, each verified.

A reader returns what to store or the reason it cannot be; it never writes. Every file is
read on its own, so one bad file never stops the others.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tallyapp.domain.admission import RecordRefused, admit_record, refused
from tallyapp.domain.authority import Signer, precinct_commission
from tallyapp.domain.errors import TallyError
from tallyapp.domain.protocol import SUMMARY_FIGURES, Protocol, canonical_data
from tallyapp.reports.certificates import Trust
from tallyapp.reports.detached import CertificateBook, SignatureProblem, package_signature
from tallyapp.services.bounded import FILE_LIMITS, load_json, read_limited
from tallyapp.services.errors import InputError
from tallyapp.services.exchange.format import (
    EXCHANGED_STATES,
    PACKAGE_FORMAT,
    PHOTO_SUFFIXES,
    FileKind,
    Rejected,
    validate_package,
)
from tallyapp.services.exchange.register import Register

MAX_PIXELS = 40_000_000  # a 40-megapixel phone photo; larger images are refused before decoding


@dataclass
class Incoming:
    """One verified protocol ready to store."""

    protocol: Protocol
    version: int
    kind: str
    reason: str
    state: str
    signer: str  # who signed it, name and IIN ("" for an unsigned copy)
    fingerprint: str  # as the record gives it, checked against its figures when admitted
    signed_for: str = ""  # the commission on whose behalf it was signed


@dataclass
class FileRead:
    """A file read and verified: what to store, or why not."""

    kind: FileKind
    digest: str = ""
    data: bytes = b""
    sender: str = ""
    items: list[Incoming] = field(default_factory=list)
    summaries: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[TallyError] = field(default_factory=list)
    rejected: TallyError | None = None


Read = tuple[str, list[Incoming], list[dict[str, Any]]]


def files_in(paths: Iterable[Path]) -> list[Path]:
    """The files named, and everything in the folders named (recursively), sorted. Symbolic
    links and special files (pipes, devices) are listed too, never followed: the reader
    refuses each by name, so nothing in the folder is silently passed over."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            inside: list[Path] = []
            for folder, folders, names in os.walk(path, followlinks=False):
                here = Path(folder)
                # A link to a folder is walked into by nobody: it is listed to be refused.
                inside += [here / d for d in folders if (here / d).is_symlink()]
                inside += [here / n for n in names if not n.endswith(".part")]
            found += sorted(inside)
        else:
            found.append(path)
    return found


def _kind_by_name(path: Path) -> str:
    """Which size limit a file's name puts it under (`bounded.FILE_LIMITS`)."""
    if path.suffix.lower() == ".pdf":
        return "pdf"
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return "photo"
    return "package"


def kind_of(path: Path, data: bytes) -> FileKind:
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF"):
        return FileKind.SIGNED_PDF
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return FileKind.PHOTO
    return FileKind.PACKAGE


def read_file(path: Path, register: Register, roots: list[Any], importer: str) -> FileRead:
    try:
        data = read_limited(path, _kind_by_name(path), path.name)
        if data.startswith(b"%PDF") and len(data) > FILE_LIMITS["pdf"]:
            raise InputError("(file)", "too-large", path.name, limit=FILE_LIMITS["pdf"] // 2**20)
    except OSError as exc:
        return FileRead(
            FileKind.UNREADABLE, rejected=Rejected("file.unreadable", detail=exc.strerror)
        )
    except InputError as exc:  # a link, a pipe, or too large: refused unread
        return FileRead(FileKind.UNREADABLE, rejected=exc)
    read = FileRead(kind_of(path, data), hashlib.sha256(data).hexdigest(), data)
    try:
        if read.kind is FileKind.SIGNED_PDF:
            read.sender, read.items, read.summaries = read_pdf(
                data, register, roots, importer, read.warnings
            )
        elif read.kind is FileKind.PHOTO:
            read.sender, read.items, read.summaries = read_photo(
                data, register, importer, read.warnings
            )
        else:
            read.sender, read.items, read.summaries = read_package(
                data, register, roots, importer, read.warnings
            )
    except TallyError as exc:
        read.rejected = exc
    return read


def read_package(
    data: bytes, register: Register, roots: list[Any], importer: str, warnings: list[TallyError]
) -> Read:
    package = load_json(data, "")  # InputError: depth, numbers, Unicode, size
    if not isinstance(package, dict) or package.get("format") != PACKAGE_FORMAT:
        found = package.get("format") if isinstance(package, dict) else "?"
        raise Rejected("package.format", expected=PACKAGE_FORMAT, found=str(found))
    validate_package(package)
    if package.get("rehearsal") and not register.rehearsal:
        raise Rejected("rehearsal.document", what="the package")
    if package["election"] != register.election.id:
        raise Rejected("package.election", expected=register.election.id, found=package["election"])
    sender = package["commission"]
    if sender not in register.tree:
        raise Rejected("package.unknown-sender", sender=sender)
    if not register.tree.is_under(sender, importer) or sender == importer:
        raise Rejected("package.not-under", sender=sender, importer=importer)
    numbers = {str(r.get("precinct")) for r in package["protocols"]}
    register.need_rosters({sender} | {precinct_commission(n) for n in numbers})
    verify = _package_signatures(package, roots, warnings)
    incoming = []
    for i, record in enumerate(package["protocols"]):
        try:
            holder = verify(record)
        except SignatureProblem as exc:
            raise refused(i, record, "record.signature", detail=str(exc)) from None
        protocol = admit_record(register, record, sender, i, warnings)
        signed_for = _authorised(register, record, holder, i)
        incoming.append(
            Incoming(
                protocol,
                record["version"],
                record["kind"],
                record["reason"],
                record["state"],
                holder.label,
                str(record["fingerprint"]),
                signed_for,
            )
        )
    keys = [(p.protocol.precinct, p.protocol.ballot) for p in incoming]
    if len(set(keys)) != len(keys):
        raise Rejected("package.twice")
    summaries = []
    for i, summary in enumerate(package["summaries"]):
        try:
            holder = verify(summary)
        except SignatureProblem as exc:
            raise Rejected("summary.signature", index=i, detail=str(exc)) from None
        try:
            register.authorise(sender, holder, None)
        except TallyError as exc:
            raise Rejected("summary.authority", index=i, reason=exc) from None
        if summary["commission"] != sender or summary["election"] != register.election.id:
            raise Rejected(
                "summary.commission", index=i, commission=summary["commission"], sender=sender
            )
        summaries.append(summary)
    return sender, incoming, summaries


def _package_signatures(
    package: dict[str, Any], roots: list[Any], warnings: list[TallyError]
) -> Callable[[dict[str, Any]], Signer]:
    """Who signed each record of the package, or SignatureProblem. Version 2: the one CMS
    signature over the whole package, checked first, signs every record; version 1: each
    record's own ECDSA envelope, by the certificates the package brings."""
    trust = roots if isinstance(roots, Trust) else Trust(roots)
    if package["format_version"] == 1:
        book = CertificateBook(trust, package["certificates"])

        def by_record(record: dict[str, Any]) -> Signer:
            holder = book.identities[book.verify(record)]
            warnings.extend(TallyError("signature.unchecked", detail=w) for w in book.warnings)
            book.warnings.clear()
            return holder

        return by_record
    try:
        _code, signer, judgement = package_signature(package, trust)
    except SignatureProblem as exc:
        raise Rejected("package.signature", detail=str(exc)) from None
    warnings.extend(TallyError("signature.unchecked", detail=w) for w in judgement.warnings)
    return lambda _record: signer


def read_pdf(
    data: bytes, register: Register, roots: list[Any], importer: str, warnings: list[TallyError]
) -> Read:
    from tallyapp.reports.signing import verify_pdf

    result = verify_pdf(data, roots if isinstance(roots, Trust) else Trust(roots))
    warnings.extend(TallyError("signature.unchecked", detail=w) for w in result.warnings)
    if not result.ok:
        raise Rejected("pdf.not-verified", detail="; ".join(result.problems))
    if result.payload.get("rehearsal") and not register.rehearsal:
        raise Rejected("rehearsal.document", what="the PDF")
    if result.summary:
        return _summary_pdf(result.payload, result, register, importer)
    record = dict(result.payload)
    record.setdefault("members_present", [])
    number = str(record.get("precinct"))
    if number not in register.precincts:
        raise Rejected("pdf.unknown-precinct", precinct=number[:40])
    tec = register.precincts[number][1]
    if result.identity is None:
        raise Rejected("pdf.no-identity", signer=result.signer[:120])
    signed_for = _authorised(register, record, result.identity, None)
    try:
        register.countersigners(signed_for, result.countersigners)
    except TallyError as exc:
        raise Rejected("pdf.authority", reason=exc) from None
    sender = tec
    if not register.tree.is_under(sender, importer) or sender == importer:
        raise Rejected("pdf.not-under", signer=result.identity.label, importer=importer)
    if record.get("state") not in EXCHANGED_STATES:
        raise Rejected("pdf.not-finalised", state=str(record.get("state")))
    protocol = admit_record(register, record, sender, 0, warnings)
    return (
        sender,
        [
            Incoming(
                protocol,
                int(str(record["version"])),
                str(record["kind"]),
                str(record.get("reason", "")),
                str(record["state"]),
                result.identity.label,
                str(record["fingerprint"]),
                signed_for,
            )
        ],
        [],
    )


def _summary_pdf(data: dict[str, Any], result: Any, register: Register, importer: str) -> Read:
    """A signed summary protocol: from a commission below, signed by its chair; kept, and
    compared line by line with the sum of the protocols stored here."""
    commission = str(data.get("commission"))
    if data.get("election") != register.election.id:
        raise Rejected(
            "package.election", expected=register.election.id, found=str(data.get("election"))
        )
    if commission not in register.tree:
        raise Rejected("package.unknown-sender", sender=commission[:40])
    if not register.tree.is_under(commission, importer) or commission == importer:
        raise Rejected("pdf.not-under", signer=commission, importer=importer)
    if result.identity is None:
        raise Rejected("pdf.no-identity", signer=result.signer[:120])
    try:
        signed_for = register.authorise(commission, result.identity, None)
        register.countersigners(signed_for, result.countersigners)
    except TallyError as exc:
        raise Rejected("pdf.authority", reason=exc) from None
    summary = {k: data[k] for k in SUMMARY_FIGURES}
    return commission, [], [summary]


def _authorised(
    register: Register, record: dict[str, Any], holder: Signer, index: int | None
) -> str:
    """The commission the record's signer signed for, or the record refused naming the signer,
    the commission and the rule. The members present are the record's own, by IIN."""
    try:
        return register.authorise_protocol(record, holder)
    except TallyError as exc:
        if index is None:
            raise Rejected("pdf.authority", reason=exc) from None
        raise refused(index, record, "record.authority", reason=exc) from None


def read_photo(data: bytes, register: Register, importer: str, warnings: list[TallyError]) -> Read:
    import io

    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    from tallyapp.reports.payload import PayloadError, decode

    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
        if image.width * image.height > MAX_PIXELS:
            raise Rejected(
                "photo.too-large", width=image.width, height=image.height, limit=MAX_PIXELS
            )
        image.load()
    except Image.DecompressionBombError:
        raise Rejected("photo.bomb", limit=MAX_PIXELS) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise Rejected("photo.unreadable", detail=type(exc).__name__) from None
    codes = [r.text for r in zxingcpp.read_barcodes(image) if r.text.startswith("TALLY")]
    if not codes:
        raise Rejected("photo.no-code")
    try:
        payload = decode(codes[0], register.election, register.candidates)
    except PayloadError as exc:
        raise Rejected("photo.bad-code", detail=str(exc)) from None
    if not payload.fingerprint_matches:
        raise Rejected("photo.fingerprint")
    protocol = payload.protocol
    tec = register.precincts.get(protocol.precinct, (0, "", None))[1]
    if not tec:
        raise Rejected("photo.unknown-precinct", precinct=protocol.precinct)
    if not register.tree.is_under(tec, importer):
        raise Rejected("photo.not-under", precinct=protocol.precinct, importer=importer)
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
    checked = admit_record(register, record, tec, 0, warnings)
    # A photo is a copy, not the signed original: it counts as received, not accepted.
    return (
        tec,
        [
            Incoming(
                checked, payload.version, payload.kind, "", "transmitted", "", payload.fingerprint
            )
        ],
        [],
    )


__all__ = [
    "FileRead",
    "Incoming",
    "RecordRefused",
    "files_in",
    "read_file",
    "read_package",
    "read_pdf",
    "read_photo",
]
