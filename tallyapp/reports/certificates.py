"""Keys and certificates as people hold them: RSA or EC keys from the national certification
authority (NCA RK) or `keygen`, in a PKCS#12 file or on a PKCS#11 token; signing bytes as
CMS; and judging a signer's certificate by its path to a trusted root at a moment, with
revocation failing closed.

The primitive any part of the app signs bytes with is `sign_bytes` / `verify_bytes`: a
detached CMS SignedData (CAdES-BES: the signing certificate bound by a signed attribute),
which `openssl cms -verify` and the national tools read. PDF signatures (pyHanko's PAdES)
and the package signature use the same `SigningKey` and `Trust`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import cms, core
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tallyapp.domain.authority import Signer

# The NCA's extended key usage of a person's certificate; the AUTH_ keys carry it as well,
# so what tells a signing key from an authentication key is key usage: non-repudiation.
NCA_INDIVIDUAL_EKU = "1.2.398.3.3.4.1.1"
# Where a certificate limits its extended key usage, one of these must be among them:
# e-mail protection (S/MIME, as the NCA's signing certificates say), the NCA's own, or any.
SIGNING_EKUS = frozenset({"1.3.6.1.5.5.7.3.4", NCA_INDIVIDUAL_EKU, "2.5.29.37.0"})
# GOST R 34.10-2015 as the NCA issues it (key and signature), and the 2001 family it had.
GOST_OIDS = {
    "1.2.398.3.10.1.1.2.2": "GOST 34.10-2015 (NCA RK, 512-bit)",
    "1.2.398.3.10.1.1.2.3.2": "GOST 34.10-2015 with GOST 34.11-2015 (NCA RK)",
    "1.2.398.3.10.1.1.1.1": "GOST 34.310-2004 (NCA RK)",
    "1.2.643.7.1.1.1.1": "GOST R 34.10-2012 (256-bit)",
    "1.2.643.7.1.1.1.2": "GOST R 34.10-2012 (512-bit)",
    "1.2.643.2.2.19": "GOST R 34.10-2001",
}
TOLERANCE = dt.timedelta(seconds=1)


class KeyProblem(ValueError):
    """A key that cannot sign; `code` is the message catalogue's, `params` its fields."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: " + ", ".join(f"{k}={v}" for k, v in params.items()))


def signer_of(cert: x509.Certificate) -> Signer | None:
    """Who a certificate names, read from its attributes (never from the printed name):
    a person by the IIN in serialNumber, an organisation by its BIN and unit. None when it
    names neither."""

    def first(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        value = values[0].value if values else ""
        return value if isinstance(value, str) else ""

    serial = first(NameOID.SERIAL_NUMBER)
    name = first(NameOID.COMMON_NAME)
    digits = serial[3:]
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return None
    if serial.startswith("IIN"):
        return Signer(name, iin=digits)
    if serial.startswith("BIN"):
        return Signer(name, bin=digits, commission=first(NameOID.ORGANIZATIONAL_UNIT_NAME))
    return None


def for_signing(cert: x509.Certificate) -> bool:
    """A certificate whose key may sign documents: key usage non-repudiation (the NCA's
    signing keys and `keygen`'s), not an authentication key (digitalSignature alone), and
    an extended key usage, where there is one, that allows signing."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    try:
        extended = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        extended = None
    if extended is not None and not {oid.dotted_string for oid in extended} & SIGNING_EKUS:
        return False  # the extension is there and allows no signing of documents
    return bool(usage.content_commitment)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _pyca(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


# --- keys ----------------------------------------------------------------------------------


@dataclass
class SigningKey:
    """A key ready to sign: pyHanko's signer (a file's key in memory, or a token's), its
    certificate and the intermediates that lead to the root. Close a token's when done."""

    signer: Any  # pyhanko.sign.signers.Signer: SimpleSigner or PKCS11Signer
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)
    source: str = ""
    session: Any = None  # a PKCS#11 session, closed by close()

    @property
    def identity(self) -> Signer | None:
        return signer_of(self.certificate)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


def _check_can_sign(cert: x509.Certificate, source: str) -> None:
    if not for_signing(cert):
        raise KeyProblem("key.auth-only", key=source)
    if signer_of(cert) is None:
        raise KeyProblem("key.no-identity", key=source)


def _make_signer(key: Any, cert: x509.Certificate, chain: list[x509.Certificate]) -> Any:
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return signers.SimpleSigner(
        signing_cert=_asn1(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [_asn1(c) for c in chain]
        ),
    )


def open_key_file(
    path: Path, passphrase: bytes, intermediates: list[x509.Certificate] | None = None
) -> SigningKey:
    """The key in a PKCS#12 file: RSA or EC, legacy encryption (RC2/3DES, as the NCA's older
    files) included. A GOST key, an authentication-only key or a file that names nobody is
    refused with its own code, before anything is signed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyProblem("key.unreadable", key=str(path), detail=str(exc.strerror)) from None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        algorithm = pkcs12_key_algorithm(data, passphrase)
        if algorithm in GOST_OIDS:
            raise KeyProblem("key.gost", key=str(path), algorithm=GOST_OIDS[algorithm]) from None
        raise KeyProblem(
            "key.unreadable", key=str(path), detail="wrong passphrase or not a PKCS#12 file"
        ) from None
    if cert is None or key is None:
        raise KeyProblem("key.unreadable", key=str(path), detail="no key with its certificate")
    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise KeyProblem("key.unreadable", key=str(path), detail=type(key).__name__)
    _check_can_sign(cert, str(path))
    full = list(chain) + [c for c in intermediates or [] if c not in chain]
    return SigningKey(_make_signer(key, cert, full), cert, full, str(path))


def open_token_key(
    module: str,
    pin: str,
    token_label: str | None = None,
    key_label: str | None = None,
    intermediates: list[x509.Certificate] | None = None,
) -> SigningKey:
    """A key on a PKCS#11 token (Kaztoken, eToken, JaCarta; SoftHSM2 in tests): the private
    key never leaves the token; its certificate is read from the token by the same label."""
    import pkcs11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11 as hanko_pkcs11

    source = f"{module}:{token_label or 'first token'}:{key_label or 'first key'}"
    try:
        if token_label is None:  # the first token in use: a reader may show empty slots first
            token_label = _first_initialised_token(module)
        criteria = TokenCriteria(label=token_label) if token_label else None
        session = hanko_pkcs11.open_pkcs11_session(module, token_criteria=criteria, user_pin=pin)
    except (pkcs11.PKCS11Error, OSError, RuntimeError) as exc:
        raise KeyProblem("key.token", key=source, detail=type(exc).__name__) from None
    try:
        if key_label is None:
            found = list(
                session.get_objects({pkcs11.Attribute.CLASS: pkcs11.ObjectClass.CERTIFICATE})
            )
            if not found:
                raise KeyProblem("key.token", key=source, detail="no certificate on the token")
            key_label = str(found[0][pkcs11.Attribute.LABEL])
        full = list(intermediates or [])
        signer = hanko_pkcs11.PKCS11Signer(
            session,
            cert_label=key_label,
            key_label=key_label,
            ca_chain=[_asn1(c) for c in full],
            bulk_fetch=False,
        )
        cert = _pyca(signer.signing_cert)
        _check_can_sign(cert, source)
        if isinstance(cert.public_key(), ec.EllipticCurvePublicKey):
            # Many tokens (SoftHSM2 among them) do ECDSA only on a digest made outside.
            signer.use_raw_mechanism = True
        return SigningKey(signer, cert, full, source, session)
    except KeyProblem:
        session.close()
        raise
    except Exception as exc:  # a token answers with many kinds of errors
        session.close()
        raise KeyProblem("key.token", key=source, detail=type(exc).__name__) from None


def _first_initialised_token(module: str) -> str | None:
    import pkcs11

    for token in pkcs11.lib(module).get_tokens():
        if token.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED:
            return str(token.label)
    return None


# PKCS#12 read far enough to name the key's algorithm when OpenSSL cannot load the key.
_PBE_3DES = "1.2.840.113549.1.12.1.3"  # pbeWithSHAAnd3-KeyTripleDES-CBC


def _pkcs12_kdf(password: bytes, salt: bytes, iterations: int, purpose: int, size: int) -> bytes:
    """RFC 7292 appendix B.2 with SHA-1: the key derivation of the legacy PBE schemes."""
    v = 64  # SHA-1's block
    pw = (password.decode("utf-8").encode("utf-16-be") + b"\0\0") if password else b""
    d = bytes([purpose]) * v

    def fill(data: bytes) -> bytes:
        if not data:
            return b""
        length = v * ((len(data) + v - 1) // v)
        return (data * (length // len(data) + 1))[:length]

    i = bytearray(fill(salt) + fill(pw))
    out = b""
    while len(out) < size:
        a = hashlib.sha1(d + bytes(i)).digest()
        for _ in range(iterations - 1):
            a = hashlib.sha1(a).digest()
        out += a
        b = int.from_bytes(fill(a)[:v], "big")
        for j in range(0, len(i), v):
            block = int.from_bytes(i[j : j + v], "big")
            i[j : j + v] = ((block + b + 1) % (1 << (v * 8))).to_bytes(v, "big")
    return out[:size]


def pkcs12_key_algorithm(data: bytes, passphrase: bytes) -> str | None:
    """The dotted OID of the private key's algorithm in a PKCS#12 file whose key OpenSSL
    cannot load (a GOST key): the shrouded key bag decrypted with the legacy 3DES scheme the
    NCA's files use. None when the file is not that, or the passphrase is wrong."""
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
    from cryptography.hazmat.primitives.ciphers import Cipher, modes

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        for info in pfx.authenticated_safe:
            if info["content_type"].native != "data":
                continue
            for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
                if bag["bag_id"].native != "pkcs8_shrouded_key_bag":
                    continue
                shrouded = bag["bag_value"]
                scheme = shrouded["encryption_algorithm"]
                if scheme["algorithm"].dotted != _PBE_3DES:
                    return None
                params = scheme["parameters"]
                salt, rounds = params["salt"].native, params["iterations"].native
                key = _pkcs12_kdf(passphrase, salt, rounds, 1, 24)
                iv = _pkcs12_kdf(passphrase, salt, rounds, 2, 8)
                decryptor = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
                plain = decryptor.update(shrouded["encrypted_data"].native) + decryptor.finalize()
                pad = plain[-1]
                if not 1 <= pad <= 8 or plain[-pad:] != bytes([pad]) * pad:
                    return None
                # Read generically: asn1crypto's PrivateKeyInfo refuses an unknown algorithm.
                algorithm = core.Sequence.load(core.Sequence.load(plain[:-pad])[1].dump())
                return str(core.ObjectIdentifier.load(algorithm[0].dump()).dotted)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return None


# --- trust ---------------------------------------------------------------------------------


class TrustProblem(ValueError):
    pass


class Trust(list[x509.Certificate]):
    """The trusted roots (a list of them, as before), with what judging a path needs: the
    intermediates given, the revocation lists found beside the roots (`ca.crl` next to
    `ca.pem`), the moment to judge at when one is stated (`--at`: assumed, not proved), and
    whether revocation was explicitly left unchecked (`--no-revocation`)."""

    intermediates: list[x509.Certificate]
    crls: list[x509.CertificateRevocationList]
    at: dt.datetime | None
    no_revocation: bool

    def __init__(self, roots: Any = ()) -> None:
        super().__init__(roots)
        self.intermediates = []
        self.crls = []
        self.at = None
        self.no_revocation = False

    def portable(self) -> dict[str, Any]:
        """Plain bytes, for a worker process."""
        der = serialization.Encoding.DER
        return {
            "roots": [c.public_bytes(der) for c in self],
            "intermediates": [c.public_bytes(der) for c in self.intermediates],
            "crls": [c.public_bytes(der) for c in self.crls],
            "at": self.at,
            "no_revocation": self.no_revocation,
        }

    @staticmethod
    def from_portable(data: dict[str, Any]) -> Trust:
        trust = Trust(x509.load_der_x509_certificate(d) for d in data["roots"])
        trust.intermediates = [x509.load_der_x509_certificate(d) for d in data["intermediates"]]
        trust.crls = [x509.load_der_x509_crl(d) for d in data["crls"]]
        trust.at, trust.no_revocation = data["at"], data["no_revocation"]
        return trust


def _certificates_in(path: Path) -> list[x509.Certificate]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TrustProblem(f"{path}: cannot read the certificate: {exc.strerror}") from None
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise TrustProblem(f"{path}: not a PEM or DER certificate") from None


def load_trust(
    roots: list[Path],
    intermediates: list[Path] | None = None,
    at: dt.datetime | None = None,
    no_revocation: bool = False,
) -> Trust:
    """The roots named (`--trust`, repeatable), the intermediates (`--intermediate`), and each
    root's revocation list where one lies beside it (`X.crl` next to `X.pem`, PEM or DER).
    A list is only read here; whether it counts (signed by its issuer, current) is judged
    for each signature at its moment."""
    trust = Trust()
    for path in roots:
        trust.extend(_certificates_in(path))
        crl_path = path.with_suffix(".crl")
        if crl_path.exists():
            try:
                raw = crl_path.read_bytes()
                crl = (
                    x509.load_pem_x509_crl(raw)
                    if b"-----BEGIN" in raw
                    else x509.load_der_x509_crl(raw)
                )
            except (OSError, ValueError):
                continue  # unreadable: as if missing, and revocation is then not checked
            trust.crls.append(crl)
    for path in intermediates or []:
        trust.intermediates.extend(_certificates_in(path))
    trust.at = at
    trust.no_revocation = no_revocation
    return trust


def _signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    key = issuer.public_key()
    if not isinstance(key, (rsa.RSAPublicKey, ec.EllipticCurvePublicKey)):
        return False
    try:
        return bool(crl.is_signature_valid(key))
    except (ValueError, TypeError, InvalidSignature):
        return False


def issuers_of(
    cert: x509.Certificate, candidates: list[x509.Certificate]
) -> list[x509.Certificate]:
    found = []
    for candidate in candidates:
        if candidate.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(candidate)
        except (ValueError, TypeError, InvalidSignature):
            continue
        found.append(candidate)
    return found


REVOKED = "the signer's certificate was revoked by its certification authority"
NOT_CHECKED = "revocation not checked"


def revocation_problem(
    cert: x509.Certificate, issuers: list[x509.Certificate], trust: Trust, moment: dt.datetime
) -> str | None:
    """Fail closed: the signer's certificate counts only with a revocation list of its
    issuer, signed by that issuer and current at `moment` (its nextUpdate not passed), that
    does not name it as revoked by then. Anything else: "revocation not checked" and why."""
    lists = [crl for crl in trust.crls if crl.issuer == cert.issuer]
    if not lists:
        issuer = cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
        name = str(issuer[0].value) if issuer else cert.issuer.rfc4514_string()
        return f"{NOT_CHECKED}: no revocation list of {name} (none beside the trusted roots)"
    reasons = []
    for crl in lists:
        if not any(_signed_by(crl, issuer) for issuer in issuers):
            reasons.append("the revocation list is not signed by its issuer")
            continue
        next_update = crl.next_update_utc
        if next_update is None or next_update + TOLERANCE < moment:
            when = f"{next_update:%Y-%m-%d %H:%M} UTC" if next_update else "never"
            reasons.append(
                f"the revocation list is out of date (its next update, {when}, passed "
                f"before {moment:%Y-%m-%d %H:%M} UTC)"
            )
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None and entry.revocation_date_utc <= moment + TOLERANCE:
            return f"{REVOKED} on {entry.revocation_date_utc:%Y-%m-%d %H:%M} UTC"
        return None
    return f"{NOT_CHECKED}: " + "; ".join(reasons)


def validation_context(
    trust: Trust, moment: dt.datetime, extra: Sequence[asn1_x509.Certificate] = ()
) -> Any:
    """pyhanko-certvalidator's context for building and checking the path at `moment`;
    revocation is judged by `revocation_problem` (fail closed), never fetched."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[_asn1(c) for c in trust],
        other_certs=[_asn1(c) for c in trust.intermediates] + list(extra),
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def key_usage() -> Any:
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    # Extended key usage is judged by `for_signing` (pyHanko's would require the extension,
    # which `keygen`'s keys do not carry).
    return KeyUsageConstraints(key_usage={"non_repudiation"})


@dataclass
class Judgement:
    """What is known of one signature: who, whether the bytes match, whether the signer's
    certificate leads to a trusted root and was valid and unrevoked at `moment`, and how
    `moment` was come by ("timestamp": proved; "assumed": stated by --at; "now")."""

    certificate: x509.Certificate | None = None
    intact: bool = False
    trusted: bool = False
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    moment: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    basis: str = "now"
    timestamp: dt.datetime | None = None

    @property
    def identity(self) -> Signer | None:
        return signer_of(self.certificate) if self.certificate is not None else None

    @property
    def ok(self) -> bool:
        return not self.problems

    def moment_said(self) -> str:
        at = f"{self.moment:%Y-%m-%d %H:%M:%S} UTC"
        if self.basis == "timestamp":
            return f"{at}, the signing time proved by a trusted timestamp"
        if self.basis == "assumed":
            return f"{at}, as stated (--at): assumed, not proved"
        return f"{at}, now (no trusted timestamp: the signing time is not proved)"


def moment_for(trust: Trust, timestamp: dt.datetime | None) -> tuple[dt.datetime, str]:
    if trust.at is not None:
        return trust.at, "assumed"
    if timestamp is not None:
        return timestamp, "timestamp"
    return dt.datetime.now(dt.UTC), "now"


def judge_certificate(
    judgement: Judgement,
    trusted: bool,
    trust: Trust,
    embedded: list[x509.Certificate],
    where: str = "the signature",
) -> None:
    """The path (`trusted`: pyhanko-certvalidator found one to a trusted root at the moment),
    key usage, validity at the moment and revocation of a signer's certificate, each failure
    in words."""
    cert = judgement.certificate
    if cert is None:
        judgement.problems.append(f"{where}: no signer's certificate")
        return
    moment = judgement.moment
    judgement.trusted = trusted
    if not cert.not_valid_before_utc - TOLERANCE <= moment <= cert.not_valid_after_utc + TOLERANCE:
        judgement.trusted = False
        judgement.problems.append(
            f"{where}: the signer's certificate was not valid at {moment:%Y-%m-%d %H:%M} UTC "
            f"(valid {cert.not_valid_before_utc:%Y-%m-%d} to "
            f"{cert.not_valid_after_utc:%Y-%m-%d}): "
            + ("expired" if moment > cert.not_valid_after_utc else "not yet valid")
        )
    elif not for_signing(cert):
        judgement.trusted = False
        judgement.problems.append(
            f"{where}: the signer's certificate is not for signing (no non-repudiation key "
            "usage: an authentication key)"
        )
    elif not trusted:
        judgement.problems.append(
            f"{where}: the signer's certificate is not issued by a trusted authority "
            "(check --trust and --intermediate)"
        )
    if not judgement.trusted:
        return
    issuers = issuers_of(cert, list(trust) + trust.intermediates + embedded)
    problem = revocation_problem(cert, issuers, trust, moment)
    if problem is None:
        return
    if problem.startswith(NOT_CHECKED) and trust.no_revocation:
        judgement.warnings.append(f"{where}: {problem} (--no-revocation)")
        return
    judgement.trusted = False
    judgement.problems.append(f"{where}: {problem}")


def check_certificate(
    cert: x509.Certificate,
    trust: Trust,
    embedded: list[x509.Certificate] | None = None,
    where: str = "the signature",
) -> Judgement:
    """A certificate judged on its own (a version-1 package's signer): its path to a trusted
    root, key usage, validity and revocation at the moment stated, else now."""
    from pyhanko_certvalidator import CertificateValidator

    quiet_validators()
    judgement = Judgement(certificate=cert, intact=True)
    judgement.moment, judgement.basis = moment_for(trust, None)
    extra = [_asn1(c) for c in embedded or []]
    validator = CertificateValidator(
        _asn1(cert),
        intermediate_certs=extra,
        validation_context=validation_context(trust, judgement.moment, extra),
    )
    try:
        asyncio.run(validator.async_validate_usage({"non_repudiation"}))  # type: ignore[no-untyped-call]
        trusted = True
    except Exception:  # no path, expired, wrong usage: each told by judge_certificate
        trusted = False
    judge_certificate(judgement, trusted, trust, embedded or [], where)
    return judgement


def quiet_validators() -> None:
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


# --- signing and verifying bytes -----------------------------------------------------------


def sign_bytes(data: bytes, key: SigningKey, tsa_url: str | None = None) -> bytes:
    """A detached CMS SignedData (CAdES-BES, SHA-256) over `data`, DER: the signer's
    certificate and its intermediates inside; with `tsa_url`, an RFC 3161 signature
    timestamp (CAdES-T) that proves when it was signed."""
    from tallyapp.reports.timestamps import UrllibTimeStamper

    timestamper = UrllibTimeStamper(tsa_url) if tsa_url else None
    try:
        signed = asyncio.run(
            key.signer.async_sign_general_data(
                data, "sha256", detached=True, use_cades=True, timestamper=timestamper
            )
        )
    except Exception as exc:
        raise token_problem(key, exc) from None
    return bytes(signed.dump())


def token_problem(key: SigningKey, exc: Exception) -> Exception:
    """A token that fails while signing (removed, locked, a mechanism it lacks) is the
    key's problem in words; any other failure stays what it is."""
    if key.session is None:
        return exc
    return KeyProblem("key.token", key=key.source, detail=type(exc).__name__)


def cms_certificates(cms_der: bytes) -> list[x509.Certificate]:
    info = cms.ContentInfo.load(cms_der)
    found = []
    for choice in info["content"]["certificates"] or []:
        if choice.name == "certificate":
            found.append(_pyca(choice.chosen))
    return found


def verify_bytes(
    data: bytes, cms_der: bytes, trust: Trust, where: str = "the signature"
) -> Judgement:
    """Whether `cms_der` is a valid detached CMS signature over `data` by a certificate that
    leads to a trusted root through the intermediates in the signature or `trust`, fit for
    signing, valid and unrevoked at the moment of signing (a trusted timestamp's) or at the
    moment stated (`trust.at`), else now."""
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    quiet_validators()
    judgement = Judgement()
    try:
        info = cms.ContentInfo.load(cms_der)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed_data = info["content"]
        embedded = cms_certificates(cms_der)
        signer_infos = signed_data["signer_infos"]
        if len(signer_infos) != 1:
            raise ValueError(f"{len(signer_infos)} signers, one expected")
    except Exception as exc:  # hostile DER may fail anywhere in the parser
        judgement.problems.append(f"{where}: not a readable CMS signature ({type(exc).__name__})")
        return judgement

    def run(moment: dt.datetime) -> Any:
        context = validation_context(trust, moment, [_asn1(c) for c in embedded])
        return asyncio.run(
            async_validate_detached_cms(
                data,
                signed_data,
                signer_validation_context=context,
                ts_validation_context=validation_context(trust, moment),
                key_usage_settings=key_usage(),
            )
        )

    try:
        status = run(dt.datetime.now(dt.UTC))
        stamp = status.timestamp_validity
        if stamp is not None and stamp.intact and stamp.valid and stamp.trusted:
            judgement.timestamp = stamp.timestamp
        elif stamp is not None:
            judgement.problems.append(f"{where}: its timestamp is not valid or not trusted")
        judgement.moment, judgement.basis = moment_for(trust, judgement.timestamp)
        if judgement.basis != "now":
            status = run(judgement.moment)
    except Exception as exc:
        judgement.problems.append(f"{where}: cannot be validated ({type(exc).__name__})")
        return judgement
    judgement.certificate = _pyca(status.signing_cert) if status.signing_cert else None
    judgement.intact = bool(status.intact and status.valid)
    if not judgement.intact:
        judgement.problems.append(
            f"{where}: the signed data was altered, it does not match the signature"
        )
        return judgement
    judge_certificate(judgement, bool(status.trusted), trust, embedded, where)
    return judgement


__all__ = [
    "GOST_OIDS",
    "Judgement",
    "KeyProblem",
    "SigningKey",
    "Trust",
    "TrustProblem",
    "for_signing",
    "load_trust",
    "open_key_file",
    "open_token_key",
    "pkcs12_key_algorithm",
    "sign_bytes",
    "signer_of",
    "verify_bytes",
]
