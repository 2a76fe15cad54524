"""Signatures on exchange packages: version 2 carries one detached CMS signature over the
canonical JSON of the whole package; version 1 (still read) an ECDSA envelope on each record.
The signer's certificate is judged by `certificates`: its path, usage, validity, revocation."""

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

from tallyapp.domain.authority import Signer
from tallyapp.reports.certificates import (
    Judgement,
    KeyProblem,
    SigningKey,
    Trust,
    TrustProblem,
    check_certificate,
    load_trust,
    open_key_file,
    sign_bytes,
    signer_of,
    verify_bytes,
)

ALGORITHM = "ecdsa-sha256"


class SignatureProblem(ValueError):
    """Why a signature does not hold; `key` the key's own problem when it is one."""

    def __init__(self, text: str, key: KeyProblem | None = None) -> None:
        super().__init__(text)
        self.key = key


def canonical(record: dict[str, Any]) -> bytes:
    """The bytes a signature covers: the record (or package) without 'signature', keys
    sorted, no spaces, UTF-8."""
    body = {k: v for k, v in record.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class RecordSigner:
    """A commission's key for exchange packages: any key `open_key_file` or `open_token_key`
    opens (RSA or EC). A package is signed once as CMS (`sign_package`); `sign` makes the
    version-1 envelope of one record (EC key files only), kept so that what earlier versions
    exported can still be made and read."""

    code: str
    key: SigningKey

    @property
    def certificate(self) -> x509.Certificate:
        return self.key.certificate

    @staticmethod
    def from_pkcs12(
        path: Path, passphrase: bytes, intermediates: list[x509.Certificate] | None = None
    ) -> RecordSigner:
        """The key of a person (or an organisation); `code` is its holder's identity as the
        certificate states it: "IIN" or "BIN" and twelve digits."""
        try:
            return RecordSigner.of(open_key_file(path, passphrase, intermediates))
        except KeyProblem as exc:
            raise SignatureProblem(f"{path}: {exc}", exc) from None

    @staticmethod
    def of(key: SigningKey) -> RecordSigner:
        holder = key.identity
        if holder is None:
            raise SignatureProblem(f"{key.source}: the certificate names no IIN or BIN")
        return RecordSigner(identity_code(holder), key)

    def certificate_b64(self) -> str:
        return base64.b64encode(self.certificate.public_bytes(serialization.Encoding.DER)).decode()

    def sign(self, record: dict[str, Any]) -> dict[str, Any]:
        """The version-1 envelope: ECDSA over the record's canonical JSON."""
        private = getattr(self.key.signer, "signing_key", None)
        if private is None:
            raise SignatureProblem("a version-1 record signature needs a key file")
        key = serialization.load_der_private_key(private.dump(), None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise SignatureProblem("a version-1 record signature needs an EC key")
        value = key.sign(canonical(record), ec.ECDSA(hashes.SHA256()))
        return {
            **record,
            "signature": {
                "signer": self.code,
                "algorithm": ALGORITHM,
                "value": base64.b64encode(value).decode(),
            },
        }

    def sign_package(self, package: dict[str, Any], tsa_url: str | None = None) -> dict[str, Any]:
        """The package with its one signature: a detached CMS (CAdES-BES) over the canonical
        JSON of the whole package without 'signature'."""
        cms = sign_bytes(canonical(package), self.key, tsa_url)
        return {
            **package,
            "signature": {
                "form": CMS_FORM,
                "signer": self.code,
                "cms": base64.b64encode(cms).decode(),
            },
        }


CMS_FORM = "cms-detached"


def identity_code(holder: Signer) -> str:
    return f"IIN{holder.iin}" if holder.iin else f"BIN{holder.bin}"


def package_signature(package: dict[str, Any], trust: Trust) -> tuple[str, Signer, Judgement]:
    """A version-2 package's signer (code and identity) if its CMS signature holds over the
    package and the signer's certificate is trusted; SignatureProblem naming why not."""
    signature = package.get("signature") or {}
    try:
        cms = base64.b64decode(str(signature.get("cms", "")), validate=True)
    except ValueError:
        raise SignatureProblem("the package signature is not base64") from None
    judgement = verify_bytes(canonical(package), cms, trust, "the package signature")
    if not judgement.ok:
        raise SignatureProblem("; ".join(judgement.problems))
    holder = judgement.identity
    code = str(signature.get("signer", ""))
    if holder is None or identity_code(holder) != code:
        found = identity_code(holder) if holder else "?"
        raise SignatureProblem(f"the package signature of {code!r} is by {found}")
    return code, holder, judgement


def signature_parts(package: dict[str, Any]) -> tuple[bytes, bytes]:
    """What `openssl cms -verify` needs of a version-2 package: the signed content (the
    canonical JSON) and the CMS signature (DER)."""
    signature = package.get("signature") or {}
    return canonical(package), base64.b64decode(str(signature.get("cms", "")))


class CertificateBook:
    """A version-1 package's certificates, each judged once against the trust: its path to a
    trusted root, key usage, validity and revocation (fail closed)."""

    def __init__(self, roots: list[x509.Certificate], certificates: dict[str, str]) -> None:
        self.trust = roots if isinstance(roots, Trust) else Trust(roots)
        self.raw = certificates
        self._checked: dict[str, ec.EllipticCurvePublicKey] = {}
        self.identities: dict[str, Signer] = {}
        self.warnings: list[str] = []

    def key_of(self, signer: str) -> ec.EllipticCurvePublicKey:
        if signer in self._checked:
            return self._checked[signer]
        if signer not in self.raw:
            raise SignatureProblem(f"no certificate for signer {signer!r} in the package")
        try:
            cert = x509.load_der_x509_certificate(base64.b64decode(self.raw[signer], validate=True))
            holder = signer_of(cert)
            key = cert.public_key()
        except Exception:  # a hostile certificate may fail anywhere inside the parser
            raise SignatureProblem(f"the certificate of {signer!r} is not readable") from None
        if holder is None or identity_code(holder) != signer:
            found = identity_code(holder) if holder else "?"
            raise SignatureProblem(f"the certificate of {signer!r} belongs to {found}")
        judgement = check_certificate(cert, self.trust, where=f"the certificate of {signer!r}")
        if not judgement.ok:
            raise SignatureProblem("; ".join(judgement.problems))
        self.warnings += judgement.warnings
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


TrustRoots = Trust  # the name the exchange code knew


def load_roots(
    paths: list[Path],
    intermediates: list[Path] | None = None,
    at: dt.datetime | None = None,
    no_revocation: bool = False,
) -> Trust:
    """The trusted authorities with their revocation lists (`ca.crl` beside `ca.pem`)."""
    try:
        return load_trust(paths, intermediates, at, no_revocation)
    except TrustProblem as exc:
        raise SignatureProblem(str(exc)) from None


__all__ = ["CertificateBook", "RecordSigner", "SignatureProblem", "TrustRoots", "signer_of"]
