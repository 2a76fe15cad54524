"""Detached signatures on exchange records: ECDSA over the canonical JSON of each record, with
the signer's certificate checked against the trusted certification authority."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tallyapp.domain.authority import Signer

ALGORITHM = "ecdsa-sha256"


class SignatureProblem(ValueError):
    pass


def canonical(record: dict[str, Any]) -> bytes:
    """The bytes a record's signature covers: the record without 'signature', keys sorted."""
    body = {k: v for k, v in record.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class RecordSigner:
    code: str
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @staticmethod
    def from_pkcs12(path: Path, passphrase: bytes) -> RecordSigner:
        """The key of a person (or an organisation); `code` is its holder's identity as the
        certificate states it: "IIN" or "BIN" and twelve digits."""
        try:
            key, cert, _chain = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
        except (OSError, ValueError) as exc:
            raise SignatureProblem(f"{path}: cannot open the key: {exc}") from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or cert is None:
            raise SignatureProblem(f"{path}: not an EC key with its certificate")
        holder = signer_of(cert)
        if holder is None:
            raise SignatureProblem(f"{path}: the certificate names no IIN or BIN")
        return RecordSigner(identity_code(holder), key, cert)

    def certificate_b64(self) -> str:
        return base64.b64encode(self.certificate.public_bytes(serialization.Encoding.DER)).decode()

    def sign(self, record: dict[str, Any]) -> dict[str, Any]:
        value = self.key.sign(canonical(record), ec.ECDSA(hashes.SHA256()))
        return {
            **record,
            "signature": {
                "signer": self.code,
                "algorithm": ALGORITHM,
                "value": base64.b64encode(value).decode(),
            },
        }


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


def identity_code(holder: Signer) -> str:
    return f"IIN{holder.iin}" if holder.iin else f"BIN{holder.bin}"


class CertificateBook:
    """The certificates a package brings, each checked once against the trusted authorities."""

    def __init__(self, roots: list[x509.Certificate], certificates: dict[str, str]) -> None:
        self.roots = roots
        self.raw = certificates
        self._checked: dict[str, ec.EllipticCurvePublicKey] = {}
        self.identities: dict[str, Signer] = {}

    def key_of(self, signer: str) -> ec.EllipticCurvePublicKey:
        if signer in self._checked:
            return self._checked[signer]
        if signer not in self.raw:
            raise SignatureProblem(f"no certificate for signer {signer!r} in the package")
        try:
            cert = x509.load_der_x509_certificate(base64.b64decode(self.raw[signer], validate=True))
            holder = signer_of(cert)
            valid_from, valid_to = cert.not_valid_before_utc, cert.not_valid_after_utc
        except Exception:  # a hostile certificate may fail anywhere inside the parser
            raise SignatureProblem(f"the certificate of {signer!r} is not readable") from None
        if cert.serial_number in getattr(self.roots, "revoked", frozenset()):
            raise SignatureProblem(
                f"the certificate of {signer!r} was revoked by its certification authority"
            )
        if holder is None or identity_code(holder) != signer:
            found = identity_code(holder) if holder else "?"
            raise SignatureProblem(f"the certificate of {signer!r} belongs to {found}")
        now = dt.datetime.now(dt.UTC)
        if not valid_from <= now <= valid_to:
            raise SignatureProblem(f"the certificate of {signer!r} is not valid now")
        for root in self.roots:
            try:
                cert.verify_directly_issued_by(root)
                break
            except (ValueError, TypeError, InvalidSignature):
                continue
        else:
            raise SignatureProblem(
                f"the certificate of {signer!r} is not issued by a trusted authority"
            )
        key = cert.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise SignatureProblem(f"the certificate of {signer!r} has no EC key")
        self._checked[signer] = key
        self.identities[signer] = holder
        return key

    def verify(self, record: dict[str, Any]) -> str:
        """The signer's code if the record's signature holds; SignatureProblem if not."""
        signature = record.get("signature") or {}
        signer = str(signature.get("signer", ""))
        key = self.key_of(signer)
        try:
            key.verify(
                base64.b64decode(signature.get("value", ""), validate=True),
                canonical(record),
                ec.ECDSA(hashes.SHA256()),
            )
        except (InvalidSignature, ValueError):
            raise SignatureProblem(
                f"the signature of {signer!r} does not match the record: "
                "it was changed after signing"
            ) from None
        return signer


class TrustRoots(list[x509.Certificate]):
    """The trusted authorities, and the serial numbers their revocation lists name."""

    revoked: frozenset[int] = frozenset()


def load_roots(paths: list[Path]) -> TrustRoots:
    """Each authority's certificate, with its revocation list when one lies beside it
    (`ca.crl` next to `ca.pem`), checked against the authority's own signature."""
    roots = TrustRoots()
    revoked: set[int] = set()
    for path in paths:
        try:
            root = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise SignatureProblem(f"{path}: not a readable PEM certificate ({exc})") from None
        roots.append(root)
        crl_path = path.with_suffix(".crl")
        if crl_path.exists():
            try:
                crl = x509.load_pem_x509_crl(crl_path.read_bytes())
                key = root.public_key()
                genuine = isinstance(key, ec.EllipticCurvePublicKey) and crl.is_signature_valid(key)
            except (OSError, ValueError) as exc:
                raise SignatureProblem(
                    f"{crl_path}: not a readable revocation list ({exc})"
                ) from None
            if not genuine or crl.issuer != root.subject:
                raise SignatureProblem(f"{crl_path}: the revocation list is not {path.name}'s own")
            revoked.update(entry.serial_number for entry in crl)
    roots.revoked = frozenset(revoked)
    return roots
