"""Digital signatures: a test certification authority and commission keys (PKCS#12), PAdES
signing with pyHanko, and verification of a signed protocol against the printed figures."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tallyapp.domain.authority import Signer
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.domain.lines import AGAINST_ALL, lines_of
from tallyapp.domain.number_words import in_words
from tallyapp.domain.protocol import (
    Protocol,
    fingerprint,
    results_fingerprint,
    spoken_fingerprint,
    summary_fingerprint,
)
from tallyapp.reports.certificates import (
    Judgement,
    SigningKey,
    Trust,
    TrustProblem,
    judge_certificate,
    key_usage,
    load_trust,
    moment_for,
    open_key_file,
    quiet_validators,
    token_problem,
    validation_context,
)
from tallyapp.reports.child_process import ChildFailed
from tallyapp.reports.texts import words

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

# The PDF machinery (pyHanko, reportlab, the text extraction) is imported by the functions
# that sign or read PDFs: the keys and certificates here are also wanted where no PDF is
# (the audit at the desktop app's start, enrolment), and it costs tens of megabytes.

ATTACHMENT = "protocol.json"


class SigningError(Exception):
    pass


# --- keys ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Authority:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def _new_key(algorithm: str) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    """A test key: "ec" (P-256, what `keygen` makes) or "rsa" (2048, as the NCA's)."""
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str, unit: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "tallyapp test keys (not for real use)"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_authority(years: int = 3, algorithm: str = "ec") -> Authority:
    """A self-signed test CA, standing in for the national certification authority."""
    key = _new_key(algorithm)
    name = _name("tallyapp test CA", "certification authority")
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Authority(cert, key)


def _leaf(
    authority: Authority,
    subject: x509.Name,
    passphrase: bytes,
    friendly: str,
    years: int,
    algorithm: str = "ec",
) -> bytes:
    """A PKCS#12 file (key + certificate + CA) for a signing certificate."""
    key = _new_key(algorithm)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(authority.key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        friendly.encode("utf-8"),
        key,
        cert,
        [authority.certificate],
        serialization.BestAvailableEncryption(passphrase),
    )


def personal_key(
    authority: Authority,
    iin: str,
    surname: str,
    given: str,
    passphrase: bytes,
    years: int = 2,
    algorithm: str = "ec",
) -> bytes:
    """A person's signing key, in the layout of the national certification authority's
    individual certificates: CN "SURNAME GIVEN", SURNAME, GIVEN_NAME, and the IIN in the
    subject's serialNumber as "IIN" and its 12 digits."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{surname} {given}".upper()[:64]),
            x509.NameAttribute(NameOID.SURNAME, surname.upper()[:64]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.GIVEN_NAME, given.upper()[:64]),
        ]
    )
    return _leaf(authority, subject, passphrase, f"IIN{iin}", years, algorithm)


def organisation_key(
    authority: Authority,
    code: str,
    name: str,
    bin_: str,
    passphrase: bytes,
    years: int = 2,
    algorithm: str = "ec",
) -> bytes:
    """An organisation's key: its BIN in serialNumber, the commission's code as its unit."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"BIN{bin_}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, code),
        ]
    )
    return _leaf(authority, subject, passphrase, f"BIN{bin_}", years, algorithm)


def load_authority(folder: Path, passphrase: bytes) -> Authority | None:
    """The test CA kept in `folder`, or None if there is none yet."""
    cert_file, key_file = folder / "ca.pem", folder / "ca-key.pem"
    if not cert_file.exists() or not key_file.exists():
        return None
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    key = serialization.load_pem_private_key(key_file.read_bytes(), passphrase)
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise SigningError(f"{key_file}: not the EC or RSA key of a test CA")
    return Authority(cert, key)


def authority_pem(authority: Authority) -> bytes:
    return authority.certificate.public_bytes(serialization.Encoding.PEM)


def authority_key_pem(authority: Authority, passphrase: bytes) -> bytes:
    return authority.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_trust_roots(
    paths: list[Path],
    intermediates: list[Path] | None = None,
    at: dt.datetime | None = None,
    no_revocation: bool = False,
) -> Trust:
    """The trusted roots for PDFs, with their revocation lists, as `certificates.load_trust`."""
    try:
        return load_trust(paths, intermediates, at, no_revocation)
    except TrustProblem as exc:
        raise SigningError(str(exc)) from None


# --- signing -------------------------------------------------------------------------------


def timestamp_authority(authority: Authority, years: int = 2) -> tuple[bytes, bytes]:
    """A test timestamp authority's certificate and key (PEM), issued by the test CA, for
    the app's tests and a local demo; a real one is the national authority's TSA. RSA, as
    most timestamp authorities (and pyHanko's test responder) use."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("tallyapp test timestamp authority", "timestamps"))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(authority.key, hashes.SHA256())
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


OpenedKey = SigningKey  # a key opened once, for a batch
SIGNATURE_ROOM = 12 * 1024  # bytes: an RSA-4096 signature with a three-level chain fits
SIGNATURE_ROOM_WITH_TIME = 20 * 1024


def load_signer(
    key_file: Path, passphrase: bytes, intermediates: list[x509.Certificate] | None = None
) -> OpenedKey:
    """The signer's PKCS#12 key opened (RSA or EC). Opening it decrypts the file and parses
    its certificates: a batch opens it once and signs every document with it. A GOST or an
    authentication-only key raises KeyProblem, which names what to use instead."""
    return open_key_file(key_file, passphrase, intermediates)


def sign_pdf(
    pdf: bytes,
    key_file: Path,
    passphrase: bytes,
    reason: str = "",
    tsa_url: str | None = None,
    loaded: OpenedKey | None = None,
) -> bytes:
    """PAdES signature over the whole document with the signer's PKCS#12 key (`loaded`: the
    same key opened once for a batch, see `load_signer`); with
    `tsa_url`, an RFC 3161 timestamp from that authority (PAdES B-T). Commissions often work
    offline: without one, the signing time is the signer's own clock, and `verify` says so."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    from tallyapp.reports.timestamps import UrllibTimeStamper

    opened = loaded or load_signer(key_file, passphrase)
    signer = opened.signer
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    try:
        overlay = overlay_problem(PdfFileReader(io.BytesIO(pdf), strict=False))
    except Exception as exc:
        overlay = f"the pages cannot be inspected ({exc.__class__.__name__})"
    if overlay:  # the app never signs what a reader might see differently
        raise SigningError(f"not signed: {overlay}")
    meta = signers.PdfSignatureMetadata(
        field_name="CommissionSignature",
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
    )
    timestamper = UrllibTimeStamper(tsa_url) if tsa_url else None
    try:
        # Room reserved for the signature, so that pyHanko need not sign once more just to
        # measure it: a commission's CMS signature is about 2.5 KB, a timestamp adds 3 to 5.
        reserved = SIGNATURE_ROOM_WITH_TIME if timestamper else SIGNATURE_ROOM
        out = signers.sign_pdf(
            writer, meta, signer=signer, timestamper=timestamper, bytes_reserved=reserved
        )
    except OSError as exc:  # the timestamp authority cannot be reached
        if opened.session is not None:
            raise token_problem(opened, exc) from None
        raise SigningError(f"the timestamp authority {tsa_url} cannot be reached: {exc}") from None
    except Exception as exc:  # a token failing while it signs
        if opened.session is None:
            raise
        raise token_problem(opened, exc) from None
    signed: bytes = out.getvalue()
    return signed


# --- verification --------------------------------------------------------------------------


@dataclass
class Verification:
    """What `tallyapp verify` found; `problems` empty means the protocol can be trusted."""

    signer: str = ""
    identity: Signer | None = None  # read from the certificate's attributes
    signed: bool = False
    intact: bool = False
    trusted: bool = False
    whole_file: bool = False
    fingerprint: str = ""
    readable: bool = True  # False: not a PDF at all (exit 2, not 1)
    problems: list[str] = field(default_factory=list)
    payload: dict[str, object] = field(default_factory=dict)
    signed_for: str = ""  # the commission the signer had the authority to sign for
    timestamp: dt.datetime | None = None  # a trusted RFC 3161 time; None: the signer's clock
    summary: bool = False  # a summary protocol (its commission's), not a precinct's
    authority: TallyError | None = None  # why the signer had no authority
    moment: dt.datetime | None = None  # when the signer's certificate was judged
    basis: str = ""  # "timestamp" (proved), "assumed" (--at) or "now"
    warnings: list[str] = field(default_factory=list)  # e.g. revocation not checked, by choice
    moment_said: str = ""
    # Each further signature (a countersignature): who the certificate names, and how.
    countersigners: list[tuple[Signer | None, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.authority is None


def protocol_from_attachment(data: dict[str, object]) -> Protocol:
    fields = data["fields"]
    votes = data["votes"]
    assert isinstance(fields, dict) and isinstance(votes, dict)
    district = data.get("district")
    return Protocol(
        str(data["election"]),
        BallotKind(str(data["ballot"])),
        str(data["precinct"]),
        {str(k): int(v) for k, v in fields.items()},
        {str(k): int(v) for k, v in votes.items()},
        int(str(data.get("against_all", 0))),
        int(str(district)) if district is not None else None,
    )


# What may follow a signature: nothing, validation data, or further signatures (which fill
# signature fields). Annotations and any other change are refused: they can show a reader
# other figures than the ones signed.
def _allowed_after_signing() -> tuple[Any, ...]:
    from pyhanko.sign.diff_analysis import ModificationLevel

    return (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )


def _check_signatures(signatures: list[Any], trust: Trust, result: Verification) -> bool:
    """Validate every signature in the file, not only the last one. The first is the
    document's own (its signer is the one authority is asked about); each must be intact and
    its certificate trusted at the moment of signing (a trusted timestamp's), or the moment
    stated, else now; nothing but signatures and validation data may follow it. False when
    the file cannot be judged at all."""
    result.intact = result.trusted = True
    allowed = _allowed_after_signing()
    for n, sig in enumerate(signatures, 1):
        where = f"signature {n} of {len(signatures)}" if len(signatures) > 1 else "the signature"
        judgement = Judgement()
        try:
            status = _validate(sig, trust, dt.datetime.now(dt.UTC))
            stamp = status.timestamp_validity
            if stamp is not None and stamp.intact and stamp.valid and stamp.trusted:
                judgement.timestamp = stamp.timestamp
            judgement.moment, judgement.basis = moment_for(trust, judgement.timestamp)
            if judgement.basis != "now":
                status = _validate(sig, trust, judgement.moment)
        except Exception as exc:
            result.problems.append(f"signature {n} cannot be validated: {exc}")
            result.intact = False
            return False
        cert = status.signing_cert
        embedded = [x509.load_der_x509_certificate(c.dump()) for c in sig.other_embedded_certs]
        judgement.certificate = x509.load_der_x509_certificate(cert.dump()) if cert else None
        if n == 1:
            result.signer = cert.subject.human_friendly if cert is not None else ""
            result.identity = judgement.identity
            result.moment, result.basis = judgement.moment, judgement.basis
            result.moment_said = judgement.moment_said()
        if n > 1:  # a countersignature: whose, for the authority check
            try:
                other = judgement.identity
            except ValueError:
                other = None
            result.countersigners.append(
                (other, cert.subject.human_friendly[:120] if cert is not None else "")
            )
        if not (status.intact and status.valid):
            result.intact = False
            result.problems.append(f"{where}: the signed data was altered, it does not match")
        else:
            judge_certificate(judgement, bool(status.trusted), trust, embedded, where)
            result.trusted = result.trusted and judgement.trusted
            result.problems += judgement.problems
            result.warnings += judgement.warnings
        stamp = status.timestamp_validity
        if n == 1 and stamp is not None:
            if stamp.intact and stamp.valid and stamp.trusted:
                result.timestamp = stamp.timestamp
            else:
                result.problems.append(f"{where}: its timestamp is not valid or not trusted")
        level = status.modification_level
        whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
        if n == len(signatures):
            result.whole_file = whole
        if not whole and (level is None or level not in allowed):
            changed = level.name.lower().replace("_", " ") if level is not None else "unknown"
            result.problems.append(
                f"{where}: the document was changed after it was signed ({changed}); only "
                "further signatures may follow a signature"
            )
    return True


def _validate(sig: Any, trust: Trust, moment: dt.datetime) -> Any:
    from pyhanko.sign.validation import validate_pdf_signature

    context = validation_context(trust, moment)
    return validate_pdf_signature(
        sig,
        signer_validation_context=context,
        ts_validation_context=validation_context(trust, moment),
        key_usage_settings=key_usage(),
    )


def overlay_problem(reader: PdfFileReader) -> str | None:
    """Anything on a page that is not the printed page and the signature fields: annotations
    (a box over "1 412" showing "9 412"), or optional content that can hide or show layers."""
    root = reader.root
    if "/OCProperties" in root:
        return "the PDF carries optional content (layers) that can change what a page shows"
    pages = [root["/Pages"]]
    seen = 0
    while pages:
        node = pages.pop()
        seen += 1
        if seen > 10_000:
            return "the PDF's page tree is too deep or cyclic"
        if "/Kids" in node:
            pages.extend(kid.get_object() for kid in node["/Kids"])
            continue
        for annot in node.get("/Annots", []) or []:
            annot = annot.get_object()
            field = annot
            depth = 0
            while "/FT" not in field and "/Parent" in field and depth < 20:
                field = field["/Parent"].get_object()
                depth += 1
            if annot.get("/Subtype") != "/Widget" or field.get("/FT") != "/Sig":
                kind = str(annot.get("/Subtype", "?")).lstrip("/")
                return f"a page carries an annotation ({kind}) over the printed protocol"
    return None


def verify_pdf(pdf: bytes, trust_roots: list[Any], require_signature: bool = True) -> Verification:
    """Every check of a PDF: its signatures (`trust_roots`: a `Trust`, or a plain list of
    roots with no revocation lists, which then fails closed), its pages and attached data."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from tallyapp.reports.pdf_file import RESULTS_ATTACHMENT, SUMMARY_ATTACHMENT, read_attachments

    quiet_validators()
    trust = trust_roots if isinstance(trust_roots, Trust) else Trust(trust_roots)
    result = Verification()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        result.problems.append(f"not a readable PDF: {exc.__class__.__name__}: {exc}")
        result.readable = False
        return result
    if not signatures:
        if require_signature:
            result.problems.append("the PDF carries no digital signature")
    else:
        result.signed = True
        if not _check_signatures(signatures, trust, result):
            return result
        try:
            overlay = overlay_problem(reader)
        except Exception as exc:  # a hostile structure: refused, never trusted
            overlay = f"the pages cannot be inspected ({exc.__class__.__name__})"
        if overlay:
            result.problems.append(overlay)
    try:
        attached = read_attachments(pdf)
    except Exception as exc:
        result.problems.append(f"cannot read the attached data: {exc}")
        return result
    attachment = attached.get(ATTACHMENT)
    if attachment is None and SUMMARY_ATTACHMENT in attached:
        result.summary = True
        return _verify_summary(pdf, attached[SUMMARY_ATTACHMENT], result)
    if attachment is None and RESULTS_ATTACHMENT in attached:
        result.summary = True  # the CEC's own document, as a summary is its commission's
        return _verify_results(pdf, attached[RESULTS_ATTACHMENT], result)
    if attachment is None:
        result.problems.append(f"the PDF has no attached {ATTACHMENT}")
        return result
    try:
        data = json.loads(attachment)
        protocol = protocol_from_attachment(data)
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        result.problems.append(f"the attached {ATTACHMENT} is not a protocol: {exc}")
        return result
    version, kind = data.get("version"), data.get("kind")
    if not isinstance(version, int) or kind not in ("original", "repeated"):
        result.problems.append(f"the attached {ATTACHMENT} does not say its version and kind")
        return result
    flat = _printed_page(pdf, data, fingerprint(protocol, version, kind), result)
    if flat is None:
        return result
    # The printed lines, in paper order, must carry the attached figures in the same order.
    lines = data.get("lines")
    figures = lines_of(protocol)
    # A ballot without "against all" (2021) prints no such line; its figure is 0.
    if (
        isinstance(lines, list)
        and not protocol.against_all
        and all(isinstance(x, dict) and x.get("key") != AGAINST_ALL for x in lines)
    ):
        figures.pop(AGAINST_ALL)
    if not isinstance(lines, list) or len(lines) != len(figures):
        result.problems.append(f"the attached {ATTACHMENT} does not list every printed line")
        return result
    result.problems += printed_rows_problems(lines, figures, flat, str(data.get("lang", "")))
    return result


def _printed_page(
    pdf: bytes, data: dict[str, Any], digest: str, result: Verification
) -> str | None:
    """What every document with attached figures checks alike: the attached fingerprint
    against the one recomputed, and the printed one against both. Returns the page text as
    one line (None when the pages cannot be read, a problem already noted)."""
    from tallyapp.reports.visible_text import visible_text

    result.payload = data
    result.fingerprint = digest
    if data.get("fingerprint") != digest:
        result.problems.append("the attached figures do not match their fingerprint")
    # Text extraction gives thin and no-break spaces back as plain ones.
    try:
        # Only what shows: text covered by a box, white or invisible is not printed.
        printed = visible_text(pdf).replace("\u202f", " ").replace("\u00a0", " ")
    except ChildFailed as exc:  # a damaged page: the file may still parse as a signed PDF
        result.problems.append(f"the printed pages cannot be read: {exc}")
        return None
    flat = " ".join(printed.split())
    if spoken_fingerprint(digest) not in flat:
        result.problems.append("the printed fingerprint differs from the attached data")
    stamp = _stamp_problem(flat, result)
    if stamp:
        result.problems.append(stamp)
    return flat


def _stamp_problem(flat: str, result: Verification) -> str | None:
    """The page's stamp must tell the truth: a page that says it is digitally signed carries
    a signature, and the stamp names the person whose certificate signed."""
    # The words that open the printed stamp of a digital signature, in each language of forms.
    if not any(opening in flat for opening in words("digitally_signed")):
        return None
    if not result.signed:
        return "the page says it is digitally signed, but the file carries no signature"
    who = result.identity
    if who is None:
        return None
    # The number as the form's language names it: ЖСН, ИИН, IIN, or both on a bilingual form.
    kind, digits = ("IIN", who.iin) if who.iin else ("BIN", who.bin)
    kk, ru, en = words(kind)
    named = any(f"{word} {digits}" in flat for word in (kk, ru, en, f"{kk} / {ru}"))
    if who.name not in flat or not named:
        return f"the printed signature stamp does not name the signer, {who.label}"
    return None


def _verify_summary(pdf: bytes, attachment: bytes, result: Verification) -> Verification:
    """A summary protocol: its attached figures, their fingerprint, the fingerprint printed,
    and every printed row read back, as a precinct protocol's."""
    from tallyapp.reports.pdf_file import SUMMARY_ATTACHMENT

    try:
        data = json.loads(attachment)
        fields, votes = data["fields"], data["votes"]
        assert isinstance(fields, dict) and isinstance(votes, dict)
        figures = {
            **{str(k): v for k, v in fields.items()},
            **{f"vote:{k}": v for k, v in votes.items()},
            "against_all": data["against_all"],
        }
        assert all(isinstance(v, int) and not isinstance(v, bool) for v in figures.values())
        assert isinstance(data["commission"], str) and isinstance(data["ballot"], str)
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        result.problems.append(f"the attached {SUMMARY_ATTACHMENT} is not a summary: {exc}")
        return result
    flat = _printed_page(pdf, data, summary_fingerprint(data), result)
    if flat is None:
        return result
    lines = data.get("lines")
    if not isinstance(lines, list) or {
        line.get("key") for line in lines if isinstance(line, dict)
    } != set(figures):
        result.problems.append(
            f"the attached {SUMMARY_ATTACHMENT} does not list every printed line"
        )
        return result
    result.problems += printed_rows_problems(lines, figures, flat, str(data.get("lang", "")))
    return result


def _verify_results(pdf: bytes, attachment: bytes, result: Verification) -> Verification:
    """The final results: their fingerprint, the printed totals read back row by row, and
    each party's row (name, votes, percent, seats) as attached."""
    from tallyapp.reports.layout import grouped
    from tallyapp.reports.pdf_file import RESULTS_ATTACHMENT

    try:
        data = json.loads(attachment)
        fields = data["fields"]
        assert isinstance(fields, dict) and isinstance(data["parties"], list)
        assert all(isinstance(v, int) and not isinstance(v, bool) for v in fields.values())
        assert isinstance(data["commission"], str)
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        result.problems.append(f"the attached {RESULTS_ATTACHMENT} is not final results: {exc}")
        return result
    flat = _printed_page(pdf, data, results_fingerprint(data), result)
    if flat is None:
        return result
    lines = data.get("lines")
    if not isinstance(lines, list):
        result.problems.append(f"the attached {RESULTS_ATTACHMENT} does not list the totals")
        return result
    result.problems += printed_rows_problems(lines, dict(fields), flat, str(data.get("lang", "")))
    votes = {p.get("code"): p for p in data["parties"] if isinstance(p, dict)}
    for row in data.get("party_rows") or []:
        if not isinstance(row, dict):
            continue
        shown = " ".join(
            f"{row.get('label')} {grouped(int(row.get('votes', 0)))} {row.get('percent')} "
            f"{row.get('seats')}".replace("\u202f", " ").split()
        )
        if _find_whole(flat, shown, 0) < 0:
            result.problems.append(f"the printed row of {row.get('label')} differs from the data")
            break
    if sorted((p.get("votes"), p.get("seats")) for p in votes.values()) != sorted(
        (r.get("votes"), r.get("seats"))
        for r in data.get("party_rows") or []
        if isinstance(r, dict)
    ):
        result.problems.append("the party rows differ from the attached figures")
    return result


def printed_rows_problems(
    lines: list[Any], figures: dict[str, int], flat: str, lang: str
) -> list[str]:
    """Each numbered row, read back whole: its number, its label, its figure in digits and in
    words, exactly as the attached data says, in paper order. Not a substring hunt: "2" does
    not match inside "562", and a row printed with another figure in digits or words fails."""
    from tallyapp.reports.layout import grouped

    problems = []
    position = 0
    for line in lines:
        if not isinstance(line, dict):
            return [f"the attached {ATTACHMENT} does not list the printed lines"]
        key, value, number = str(line.get("key")), line.get("value"), line.get("number")
        if figures.get(key) != value or not isinstance(value, int):
            problems.append(
                f"line {number}: the attached line says {value}, "
                f"the attached figures {figures.get(key)}"
            )
            break
        digits = grouped(value).replace("\u202f", " ")
        if "label" in line and lang:
            words = in_words(value, lang)
            row = " ".join(f"{number} {line['label']} {digits} {words}".split())
        else:  # a protocol printed before rows were attached: digits in their order only
            row = digits
        found = _find_whole(flat, row, position)
        if found < 0:
            problems.append(
                f"line {number}: the printed row does not read "
                f"“{number} … {digits} …” as the attached data says"
            )
            break
        position = found + len(row)
    return problems


def _find_whole(text: str, part: str, start: int) -> int:
    """The first place of `part` in `text` from `start`, standing as whole words."""
    while True:
        at = text.find(part, start)
        if at < 0:
            return -1
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(part)] if at + len(part) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        start = at + 1
