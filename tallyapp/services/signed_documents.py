"""Documents signed by the commission's key: the holder's authority is checked first, the
form is drawn with the holder's stamp (name, role, commission, time, fingerprint), and the
signature then covers the stamp with everything else."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine

from tallyapp.domain.authority import CEC_CODE, precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.services.pdf_export import (
    ExportedPdf,
    export_protocol,
    export_results,
    export_summary,
    present_at_finalising,
)
from tallyapp.services.signatures import OpenedKey, key_holder_may_sign, sign_document


def signed_protocol(
    engine: Engine,
    number: str,
    ballot: BallotKind,
    lang: str,
    key: Path,
    passphrase: bytes,
    copy: int = 1,
    tsa_url: str | None = None,
    opened: OpenedKey | None = None,
) -> ExportedPdf:
    """`opened`: a key already open (a token's, or a file's with intermediates to carry)."""
    document = precinct_commission(number)
    present = present_at_finalising(engine, number, ballot)
    stamp = key_holder_may_sign(
        engine, key, passphrase, [document], {document: present} if present else None, opened
    )
    exported = export_protocol(engine, number, ballot, lang, copy, stamp)
    signed = sign_document(
        exported.data, key, passphrase, f"protocol of precinct {number}", tsa_url, opened
    )
    return replace(exported, data=signed)


def signed_summary(
    engine: Engine,
    commission: str,
    ballot: BallotKind,
    lang: str,
    key: Path,
    passphrase: bytes,
    copy: int = 1,
    tsa_url: str | None = None,
    opened: OpenedKey | None = None,
) -> bytes:
    stamp = key_holder_may_sign(engine, key, passphrase, [commission], opened=opened)
    pdf = export_summary(engine, commission, ballot, lang, copy, stamp)
    reason = f"summary protocol of {commission}"
    return sign_document(pdf, key, passphrase, reason, tsa_url, opened)


def signed_results(
    engine: Engine,
    lang: str,
    key: Path,
    passphrase: bytes,
    copy: int = 1,
    tsa_url: str | None = None,
    opened: OpenedKey | None = None,
) -> bytes:
    stamp = key_holder_may_sign(engine, key, passphrase, [CEC_CODE], opened=opened)
    pdf = export_results(engine, lang, copy, stamp)
    return sign_document(pdf, key, passphrase, "final results", tsa_url, opened)
