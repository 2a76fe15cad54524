"""Test keys for the demo: a certification authority and one PKCS#12 key per commission."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.election import BallotKind
from tallyapp.reports.signing import (
    authority_key_pem,
    authority_pem,
    commission_key,
    make_authority,
)
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.setup import election_of
from tallyapp.storage.tables import CommissionRow, PrecinctRow


def default_keys_dir() -> Path:
    return Path(user_data_dir("tallyapp", appauthor=False)) / "keys"


def pec_code(number: str) -> str:
    return f"PEC-{number}"


@dataclass(frozen=True)
class KeySet:
    folder: Path
    authority: Path
    passphrase_file: Path
    keys: int


def make_keys(
    engine: Engine,
    folder: Path,
    passphrase: bytes | None = None,
    under: str | None = None,
) -> KeySet:
    """The CA certificate, its key, and a key for the CEC, every regional, territorial and
    district commission, and optionally every precinct commission under one commission."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "keys").mkdir(exist_ok=True)
    passphrase_file = folder / "passphrase.txt"
    if passphrase is None:
        passphrase = secrets.token_urlsafe(18).encode()
        passphrase_file.write_bytes(passphrase + b"\n")
        passphrase_file.chmod(0o600)
    authority = make_authority()
    (folder / "ca.pem").write_bytes(authority_pem(authority))
    key_file = folder / "ca-key.pem"
    key_file.write_bytes(authority_key_pem(authority, passphrase))
    key_file.chmod(0o600)
    with Session(engine) as s:
        election = election_of(s)
        commissions = list(
            s.scalars(select(CommissionRow).where(col(CommissionRow.election_id) == election.id))
        )
        names = dict(
            s.execute(
                select(col(PrecinctRow.number), col(PrecinctRow.name)).where(
                    col(PrecinctRow.election_id) == election.id
                )
            ).all()
        )
    precincts: list[tuple[str, str]] = []
    if under is not None:
        if under not in {c.code for c in commissions}:
            raise LookupError(f"no commission with code {under!r}")
        precincts = [(n, names[n]) for n in precincts_under(engine, under, BallotKind.PARTY_LIST)]
    count = 0
    for c in commissions:
        (folder / "keys" / f"{c.code}.p12").write_bytes(
            commission_key(authority, c.code, c.name_en, passphrase)
        )
        count += 1
    for number, name in precincts:
        code = pec_code(number)
        (folder / "keys" / f"{code}.p12").write_bytes(
            commission_key(authority, code, f"Precinct commission {number} ({name})", passphrase)
        )
        count += 1
    return KeySet(folder, folder / "ca.pem", passphrase_file, count)
