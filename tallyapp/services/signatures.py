"""Signatures for the command line and the desktop app: signing a PDF, verifying one, the
trusted authorities and the keys' folder conventions.

The edges reach `reports` only through here; its problems arrive as typed errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from tallyapp.domain.authority import AuthorityError
from tallyapp.domain.election import Names
from tallyapp.domain.errors import TallyError
from tallyapp.reports.certificates import KeyProblem, Trust, open_token_key, signer_of
from tallyapp.reports.detached import RecordSigner, SignatureProblem, load_roots
from tallyapp.reports.signing import (
    OpenedKey,
    SigningError,
    Verification,
    load_signer,
    sign_pdf,
)
from tallyapp.reports.signing import verify_pdf as _verify_pdf
from tallyapp.services.keys import default_keys_dir, organisation_key_path, personal_key_path
from tallyapp.services.sessions import roster_of

if TYPE_CHECKING:  # the PDF layout (reportlab) is imported when a document is signed
    from tallyapp.reports.layout import DigitalStamp

__all__ = [
    "OpenedKey",
    "RecordSigner",
    "Verification",
    "commission_key_path",
    "default_trust",
    "open_token",
    "package_roots",
    "package_signer",
    "passphrase_path",
    "sign_document",
    "verify_document",
]


class SignatureError(TallyError):
    code = "signature.problem"


def default_trust(paths: list[str]) -> list[Path]:
    """The authorities named, else the test authority `keygen` made, if there is one."""
    return [Path(t) for t in paths] or [p for p in [default_keys_dir() / "ca.pem"] if p.exists()]


def commission_key_path(engine: Engine, commission: str, key: str | None = None) -> Path:
    """The key that signs for a commission: the one named, else its organisation key where
    `keygen` made one, else its chair's personal key in the keys folder."""
    if key:
        return Path(key)
    folder = default_keys_dir()
    organisation = organisation_key_path(folder, commission)
    if organisation.exists():
        return organisation
    chair = roster_of(engine, commission).chair
    if chair is None or not chair.iin:
        raise SignatureError("signature.no-chair", commission=commission)
    return personal_key_path(folder, commission, chair.iin)


def passphrase_path(given: str | None) -> Path:
    return Path(given) if given else default_keys_dir() / "passphrase.txt"


def key_holder_may_sign(
    engine: Engine,
    key: Path,
    passphrase: bytes,
    documents: list[str],
    present: Mapping[str, list[str]] | None = None,
    opened: OpenedKey | None = None,
) -> DigitalStamp:
    """Refuse, before anything is signed, a key whose holder has no authority over one of the
    documents (`PEC-<number>` for a precinct protocol, a commission's code for its summary):
    the app does not sign what the commission above would refuse. Returns the stamp the
    documents print: the holder, their role, the commission they sign for, and the time.
    `present`: by document, the IINs of the members its signed record marks present (the
    deputy or the secretary signs when the chair was absent); a document not in it is signed
    by the chair."""
    stamps, refused = stamps_by_document(engine, key, passphrase, documents, present, opened)
    for document in documents:
        if document in refused:
            raise refused[document]
    return stamps[documents[-1]]


def stamps_by_document(
    engine: Engine,
    key: Path,
    passphrase: bytes,
    documents: list[str],
    present: Mapping[str, list[str]] | None = None,
    opened: OpenedKey | None = None,
) -> tuple[dict[str, DigitalStamp], dict[str, AuthorityError]]:
    """For a batch, document by document: the stamp it prints when the key's holder may sign
    it, else the reason they may not (the chair was present, not a member, ...). A key
    without an identity is refused for all at once."""
    from tallyapp.reports.layout import DigitalStamp
    from tallyapp.services.exchange.register import Register
    from tallyapp.services.pdf_export import commission_names

    holder = opened.certificate if opened else package_signer(key, passphrase, "").certificate
    identity = signer_of(holder)
    if identity is None:
        raise TallyError("pdf.no-identity", signer=holder.subject.rfc4514_string()[:120])
    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
    register.need_rosters(documents)  # one query for a whole batch
    now = datetime.now().astimezone()  # the signer's clock, with its offset from UTC
    stamps: dict[str, DigitalStamp] = {}
    refused: dict[str, AuthorityError] = {}
    names: dict[str, Names] = {}
    for document in documents:
        here = (present or {}).get(document)
        try:
            signed_for = register.authorise(document, identity, here)  # AuthorityError: the rule
        except AuthorityError as exc:
            refused[document] = exc
            continue
        roster = register.rosters.get(signed_for)
        member = roster.member(identity.iin) if roster is not None and identity.iin else None
        if signed_for not in names:
            names[signed_for] = commission_names(engine, signed_for)
        stamps[document] = DigitalStamp(
            identity.name,
            f"IIN {identity.iin}" if identity.iin else f"BIN {identity.bin}",
            member.role.value if member is not None else "organisation",
            names[signed_for],
            now,
        )
    return stamps, refused


def key_error(problem: KeyProblem) -> SignatureError:
    """A key that cannot sign, in the catalogue's words: a GOST key, an authentication key,
    a token that does not answer, a file that does not open."""
    return SignatureError(problem.code, **problem.params)


def open_key(key: Path, passphrase: bytes, intermediates: list[Path] | None = None) -> OpenedKey:
    """The key opened once, for signing a batch with it (`sign_document(..., opened=)`);
    `intermediates`: certificates to carry in each signature, so that a verifier trusting
    only the root finds the path."""
    try:
        return load_signer(key, passphrase, _intermediates(intermediates))
    except KeyProblem as exc:
        raise key_error(exc) from None
    except SigningError as exc:
        raise SignatureError("signature.cannot-sign", key=str(key), detail=str(exc)) from None


def open_token(
    module: str,
    pin: str,
    token_label: str | None = None,
    key_label: str | None = None,
    intermediates: list[Path] | None = None,
) -> OpenedKey:
    """A key on a PKCS#11 token (the NCA's Kaztoken, eToken, JaCarta; SoftHSM2 in tests)."""
    try:
        return open_token_key(module, pin, token_label, key_label, _intermediates(intermediates))
    except KeyProblem as exc:
        raise key_error(exc) from None


def _intermediates(paths: list[Path] | None) -> list[Any]:
    from tallyapp.reports.certificates import TrustProblem, load_trust

    try:
        return load_trust([], paths or []).intermediates
    except TrustProblem as exc:
        raise SignatureError("signature.trust", detail=str(exc)) from None


def sign_document(
    pdf: bytes,
    key: Path,
    passphrase: bytes,
    reason: str = "",
    tsa_url: str | None = None,
    opened: OpenedKey | None = None,
) -> bytes:
    try:
        return sign_pdf(pdf, key, passphrase, reason, tsa_url, opened)
    except KeyProblem as exc:
        raise key_error(exc) from None
    except SigningError as exc:
        raise SignatureError("signature.cannot-sign", key=str(key), detail=str(exc)) from None


def verify_document(
    data: bytes,
    trust: list[Path] | Trust,
    engine: Engine | None = None,
    intermediates: list[Path] | None = None,
    at: datetime | None = None,
    no_revocation: bool = False,
) -> Verification:
    """Every check of a signed PDF protocol, and whether its signer had the authority to sign
    it: an authorised member of the precinct's commission by the election's rosters in
    `engine`. Without a database the signer cannot be bound to the protocol, and the document
    is not verified. `trust`: the roots' files (their revocation lists beside them), or a
    `Trust` made by `package_roots`."""
    if not isinstance(trust, Trust):
        trust = package_roots(trust, intermediates, at, no_revocation)
    result = _verify_pdf(data, trust)
    if not result.signed or not result.payload:
        return result
    from tallyapp.services.rehearsal import is_rehearsal

    if result.identity is None:
        result.authority = TallyError("pdf.no-identity", signer=result.signer[:120])
    elif engine is not None and result.payload.get("rehearsal") and not is_rehearsal(engine):
        result.authority = TallyError("rehearsal.document", what="the PDF")
    elif engine is None:
        result.authority = TallyError("signature.no-rosters")
    else:
        result.authority, result.signed_for = _authority(engine, result)
    if result.authority is None and result.countersigners and engine is not None:
        result.authority = _countersigned(engine, result)
    return result


def _countersigned(engine: Engine, result: Verification) -> TallyError | None:
    """Only members of the commission the document was signed for may countersign it."""
    from tallyapp.services.exchange.register import Register

    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
    try:
        register.countersigners(result.signed_for, result.countersigners)
    except TallyError as exc:
        return exc
    return None


def _authority(engine: Engine, result: Verification) -> tuple[TallyError | None, str]:
    from tallyapp.services.exchange.register import Register

    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)
    if result.summary:  # the commission's own summary: its chair signs (or its deputy)
        commission = str(result.payload.get("commission"))
        if commission not in register.tree:
            return TallyError("commission.unknown", commission=commission[:40]), ""
        assert result.identity is not None
        try:
            return None, register.authorise(commission, result.identity, None)
        except TallyError as exc:
            return exc, ""
    number = str(result.payload.get("precinct"))
    if number not in register.precincts:
        return TallyError("pdf.unknown-precinct", precinct=number[:40]), ""
    assert result.identity is not None
    try:
        return None, register.authorise_protocol(result.payload, result.identity)
    except TallyError as exc:
        return exc, ""


def package_roots(
    trust: list[Path],
    intermediates: list[Path] | None = None,
    at: datetime | None = None,
    no_revocation: bool = False,
) -> Trust:
    """The trusted authorities for signed packages and PDFs: the roots (`--trust`), their
    revocation lists beside them, the intermediates (`--intermediate`), the moment stated
    (`--at`, assumed) and whether revocation is knowingly left unchecked (`--no-revocation`)."""
    try:
        return load_roots(trust, intermediates, at, no_revocation)
    except SignatureProblem as exc:
        raise SignatureError("signature.trust", detail=str(exc)) from None


def package_signer(
    key: Path, passphrase: bytes, commission: str, intermediates: list[Path] | None = None
) -> RecordSigner:
    if not key.exists():
        raise SignatureError("signature.no-key", commission=commission, key=str(key))
    try:
        return RecordSigner.from_pkcs12(key, passphrase, _intermediates(intermediates))
    except SignatureProblem as exc:
        if exc.key is not None:
            raise key_error(exc.key) from None
        raise SignatureError("signature.cannot-sign", key=str(key), detail=str(exc)) from None
