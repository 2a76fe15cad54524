"""Enrolling a workstation: its public key, signed by the chair of the commission it works
for with their personal key, recorded in the election's chain. The audit accepts the seals
of enrolled workstations only (see services.seals).

A practice database (the synthetic register and its rosters) is enrolled at its setup by a
practice CEC key made then, as `keygen` makes test keys: a practice certification authority
and the CEC chair's personal key in the user data folder (`practice-keys`), never in the
database. Its `ca.pem` is among the authorities `audit` trusts by default.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.authority import Role
from tallyapp.domain.errors import TallyError
from tallyapp.reports.detached import RecordSigner, signer_of
from tallyapp.reports.signing import (
    authority_key_pem,
    authority_pem,
    load_authority,
    make_authority,
    personal_key,
)
from tallyapp.services.keys import CRL_DAYS, publish_revocations
from tallyapp.services.seals import ENROL, this_workstation
from tallyapp.services.sessions import roster_of, top_commission
from tallyapp.services.setup import election_of
from tallyapp.services.setup_seal import record_setup
from tallyapp.services.transaction import use_case
from tallyapp.storage.protocols import audit

PRACTICE_PASSPHRASE = b"practice"  # a test key of practice data: its passphrase is no secret


class EnrolmentError(TallyError):
    code = "enrolment.refused"


def enrol_workstation(engine: Engine, commission: str, signer: RecordSigner) -> str:
    """Record this workstation's public key, signed by `commission`'s chair. Returns the
    key's id. Refuses a signer who is not the commission's chair by its roster."""
    holder = signer_of(signer.certificate)
    roster = roster_of(engine, commission)
    member = roster.member(holder.iin) if holder is not None and holder.iin else None
    if holder is None or member is None or member.role is not Role.CHAIR:
        label = holder.label if holder is not None else signer.code
        raise EnrolmentError("enrolment.not-chair", signer=label, commission=commission)
    key = this_workstation()
    host = socket.gethostname()
    with use_case(engine) as s:
        election = election_of(s)
        record = {
            "election": election.id,
            "commission": commission,
            "key_id": key.id,
            "public_key": key.public,
            "workstation": host,
        }
        audit(
            s,
            Actor(member.label, host),
            ENROL,
            election.id,
            record=signer.sign(record),
            certificate=signer.certificate_b64(),
        )
    return key.id


def practice_keys_dir() -> Path:
    return Path(user_data_dir("tallyapp", appauthor=False)) / "practice-keys"


def practice_authority_path() -> Path:
    return practice_keys_dir() / "ca.pem"


def current_practice_authority() -> Path | None:
    """The practice CA, with a revocation list current now beside it (revocation fails
    closed: without one nothing it signed would count). The practice CA's key is on this
    machine, so its list is issued again here whenever it is missing or half spent."""
    import datetime as dt

    from cryptography import x509

    folder = practice_keys_dir()
    if not (folder / "ca.pem").exists():
        return None
    crl = folder / "ca.crl"
    fresh_until = dt.datetime.now(dt.UTC) + dt.timedelta(days=CRL_DAYS / 2)
    try:
        next_update = x509.load_pem_x509_crl(crl.read_bytes()).next_update_utc
        stale = next_update is None or next_update < fresh_until
    except (OSError, ValueError):
        stale = True
    if stale:
        authority = load_authority(folder, PRACTICE_PASSPHRASE)
        if authority is not None:
            publish_revocations(folder, authority)
    return folder / "ca.pem"


def _practice_folder() -> Path:
    """The practice CA, made once: built aside and moved into place whole, so that two
    processes setting up at once keep one authority."""
    folder = practice_keys_dir()
    if not (folder / "ca.pem").exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        aside = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".practice-"))
        authority = make_authority(years=10)
        (aside / "ca-key.pem").write_bytes(authority_key_pem(authority, PRACTICE_PASSPHRASE))
        (aside / "ca.pem").write_bytes(authority_pem(authority))
        publish_revocations(aside, authority)  # current from the start: revocation fails closed
        try:
            os.rename(aside, folder)
        except OSError:  # another process made it first
            shutil.rmtree(aside, ignore_errors=True)
    return folder


def enrol_practice_workstation(engine: Engine) -> str:
    """Enrol this workstation in a practice database with the practice CEC chair's key."""
    folder = _practice_folder()
    authority = load_authority(folder, PRACTICE_PASSPHRASE)
    assert authority is not None
    top = top_commission(engine)
    chair = roster_of(engine, top).chair
    if chair is None or not chair.iin:
        raise EnrolmentError("enrolment.no-chair", commission=top)
    path = folder / f"{top}-IIN{chair.iin}.p12"
    if not path.exists():
        surname, _, given = chair.name.partition(" ")
        data = personal_key(authority, chair.iin, surname, given or surname, PRACTICE_PASSPHRASE)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except FileExistsError:
            pass
    cec = RecordSigner.from_pkcs12(path, PRACTICE_PASSPHRASE)
    kid = enrol_workstation(engine, top, cec)
    with use_case(engine) as s:  # the setup, signed by the practice CEC key
        election = election_of(s)
        record_setup(s, Actor(chair.label, socket.gethostname()), election.id, cec)
    return kid
