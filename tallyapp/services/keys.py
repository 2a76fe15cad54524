"""Test keys for the demo: a certification authority, a personal key for every member of a
commission with a signing role (chair, deputy, secretary), and organisation keys only where
the election definition allows them.

Keys belong to people, as the national certification authority issues them: each names its
holder by IIN. `keygen` never overwrites: the CA, the passphrase and every key already made
are kept, and only what is missing is issued.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import SIGNING_ROLES, precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import NotFoundError, TallyError
from tallyapp.reports.signing import (
    Authority,
    SigningError,
    authority_key_pem,
    authority_pem,
    load_authority,
    make_authority,
    organisation_key,
    personal_key,
)
from tallyapp.services.setup import election_of
from tallyapp.storage.rosters import load_rosters
from tallyapp.storage.tables import CommissionRow


def default_keys_dir() -> Path:
    return Path(user_data_dir("tallyapp", appauthor=False)) / "keys"


def personal_key_path(folder: Path, commission: str, iin: str) -> Path:
    """`<folder>/keys/<COMMISSION>/IIN<digits>.p12`: one file per person and commission."""
    return folder / "keys" / commission / f"IIN{iin}.p12"


def organisation_key_path(folder: Path, commission: str) -> Path:
    return folder / "keys" / f"{commission}.p12"


@dataclass(frozen=True)
class KeySet:
    folder: Path
    authority: Path
    passphrase_file: Path
    keys: int  # issued now
    kept: int  # already there, left as they were


class KeysError(TallyError):
    code = "keys.problem"


def _write_new(path: Path, data: bytes) -> bool:
    """Write a key only if there is none: exclusive creation, never a replacement."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("xb") as out:
            out.write(data)
    except FileExistsError:
        return False
    path.chmod(0o600)
    return True


def _made_up_bin(code: str) -> str:
    digits = str(int(hashlib.sha256(code.encode()).hexdigest(), 16))[:12]
    return digits.rjust(12, "0")


def make_keys(
    engine: Engine,
    folder: Path,
    passphrase: bytes | None = None,
    under: str | None = None,
    only: list[str] | None = None,
    algorithm: str = "ec",
) -> KeySet:
    """Issue what is missing: the CA (once), a personal key for each chair, deputy and
    secretary of the CEC, the regional, district and territorial commissions, and of every
    precinct commission under `under`; organisation keys where the definition allows.
    `algorithm`: "ec" (P-256) or "rsa" (2048, as the national authority's keys)."""
    folder.mkdir(parents=True, exist_ok=True)
    passphrase_file = folder / "passphrase.txt"
    if passphrase is None:
        if passphrase_file.exists():
            passphrase = passphrase_file.read_bytes().strip()
        else:
            passphrase = secrets.token_urlsafe(18).encode()
            _write_new(passphrase_file, passphrase + b"\n")
    try:
        authority = load_authority(folder, passphrase)
    except (ValueError, TypeError, SigningError) as exc:
        raise KeysError("keys.authority", folder=str(folder), detail=type(exc).__name__) from None
    if authority is None:
        authority = make_authority(algorithm=algorithm)
        _write_new(folder / "ca-key.pem", authority_key_pem(authority, passphrase))
        _write_new(folder / "ca.pem", authority_pem(authority))
    # A current revocation list beside the CA, issued afresh at every run: without one,
    # nothing the CA's keys sign verifies (revocation fails closed).
    publish_revocations(folder, authority)
    with Session(engine) as s:
        election = election_of(s)
        commissions = list(
            s.scalars(select(CommissionRow).where(col(CommissionRow.election_id) == election.id))
        )
        codes = [c.code for c in commissions]
        if under is not None:
            from tallyapp.services.pdf_export import precincts_under

            if under not in codes:
                raise NotFoundError("commission.unknown", commission=under)
            codes += [
                precinct_commission(n)
                for n in precincts_under(engine, under, BallotKind.PARTY_LIST)
            ]
        if only is not None:  # just these commissions' keys (PEC-<number> for a precinct)
            codes = list(only)
        rosters = load_rosters(s, election.id, codes)
    issued = kept = 0
    for code in codes:
        for member in rosters[code].members:
            if member.role not in SIGNING_ROLES or not member.iin:
                continue
            surname, _, given = member.name.partition(" ")
            path = personal_key_path(folder, code, member.iin)
            if path.exists():
                kept += 1
                continue
            data = personal_key(
                authority, member.iin, surname, given or surname, passphrase, algorithm=algorithm
            )
            issued += _write_new(path, data)
    for c in commissions:
        if only is not None and c.code not in only:
            continue
        if c.level in election.authority.organisation_levels:
            path = organisation_key_path(folder, c.code)
            if path.exists():
                kept += 1
                continue
            data = organisation_key(
                authority, c.code, c.name_en, _made_up_bin(c.code), passphrase, algorithm=algorithm
            )
            issued += _write_new(path, data)
    return KeySet(folder, folder / "ca.pem", passphrase_file, issued, kept)


CRL_DAYS = 30  # a list's life: after its next update, verification says it is out of date


def publish_revocations(folder: Path, authority: Authority, days: int = CRL_DAYS) -> Path:
    """The test CA's revocation list, `ca.crl` beside `ca.pem`, signed by the CA and naming
    every certificate in `revoked.json`; current for `days`. The list grows and is rewritten
    whole; the record of what was revoked is kept beside it."""
    import datetime as dt
    import json

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    from tallyapp.services.files import write_atomically

    listed_file = folder / "revoked.json"
    listed = json.loads(listed_file.read_text("utf-8")) if listed_file.exists() else []
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(authority.certificate.subject)
        .last_update(now - dt.timedelta(minutes=5))  # clocks of workstations differ
        .next_update(now + dt.timedelta(days=days))
    )
    for entry in listed:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(int(str(entry["serial"])))
            .revocation_date(dt.datetime.fromisoformat(str(entry["at"])))
            .build()
        )
    crl = builder.sign(authority.key, hashes.SHA256())
    write_atomically(folder / "ca.crl", crl.public_bytes(serialization.Encoding.PEM))
    return folder / "ca.crl"


@dataclass(frozen=True)
class Revocation:
    crl: Path
    revoked: int  # certificates newly revoked
    listed: int  # every certificate the list names now


def revoke_keys(folder: Path, iin: str, passphrase: bytes | None = None) -> Revocation:
    """Revoke every key `keygen` issued to the person with this IIN (a stolen or lost key):
    their certificates join the test CA's revocation list, `ca.crl` beside `ca.pem`, which
    `verify` and `import` read with the trust roots. The key files stay; nothing is deleted."""
    import datetime as dt
    import json

    from cryptography.hazmat.primitives.serialization import pkcs12

    if passphrase is None:
        passphrase = (folder / "passphrase.txt").read_bytes().strip()
    authority = load_authority(folder, passphrase)
    if authority is None:
        raise KeysError("keys.no-authority", folder=str(folder))
    listed_file = folder / "revoked.json"
    listed: list[dict[str, object]] = (
        json.loads(listed_file.read_text("utf-8")) if listed_file.exists() else []
    )
    known = {int(str(entry["serial"])) for entry in listed}
    now = dt.datetime.now(dt.UTC)
    found = sorted((folder / "keys").glob(f"*/IIN{iin}.p12"))
    if not found:
        raise KeysError("keys.no-such-holder", folder=str(folder), iin=iin)
    added = 0
    for path in found:
        _key, cert, _chain = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
        if cert is None or cert.serial_number in known:
            continue
        listed.append(
            {"serial": str(cert.serial_number), "iin": iin, "key": path.name, "at": now.isoformat()}
        )
        known.add(cert.serial_number)
        added += 1
    from tallyapp.services.files import write_atomically

    write_atomically(listed_file, json.dumps(listed, indent=1).encode("utf-8"))
    publish_revocations(folder, authority)
    return Revocation(folder / "ca.crl", added, len(listed))
