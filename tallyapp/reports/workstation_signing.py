"""A workstation's own key, and the seals it puts on what it writes.

A workstation keeps an EC P-256 key in its user data folder, never in the database. Every
transaction it commits is sealed: the hashes of the audit entries it wrote, signed with that
key. A database writer without the key can add rows and recompute hash chains, but cannot
make a seal, so the audit tells its entries apart. The signing primitives live here alone, so
that a token or another algorithm can take their place.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

ALGORITHM = "ecdsa-p256-sha256"


class WorkstationKeyProblem(ValueError):
    pass


def new_key_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_key(pem: bytes) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise WorkstationKeyProblem(f"not a readable key: {exc}") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise WorkstationKeyProblem("not an EC key")
    return key


def public_pem(key: ec.EllipticCurvePrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def key_id(public: str) -> str:
    """A workstation key's short name: the start of its public key's SHA-256."""
    return hashlib.sha256(public.encode("ascii")).hexdigest()[:24]


def seal_digest(covers: str) -> bytes:
    return hashlib.sha256(covers.encode("ascii")).digest()


def sign_seal(key: ec.EllipticCurvePrivateKey, covers: str) -> str:
    value = key.sign(seal_digest(covers), ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(value).decode("ascii")


class SealVerifier:
    """Enrolled public keys, each loaded once, checking seals."""

    def __init__(self) -> None:
        self._keys: dict[str, ec.EllipticCurvePublicKey] = {}

    def add(self, public: str) -> str:
        try:
            key = serialization.load_pem_public_key(public.encode("ascii"))
        except (ValueError, TypeError, UnicodeEncodeError) as exc:
            raise WorkstationKeyProblem(f"not a readable public key: {exc}") from None
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise WorkstationKeyProblem("not an EC public key")
        kid = key_id(public)
        self._keys[kid] = key
        return kid

    def knows(self, kid: str) -> bool:
        return kid in self._keys

    def holds(self, kid: str, covers: str, signature: str) -> bool:
        try:
            self._keys[kid].verify(
                base64.b64decode(signature, validate=True),
                seal_digest(covers),
                ec.ECDSA(hashes.SHA256()),
            )
        except (InvalidSignature, ValueError, KeyError):
            return False
        return True
