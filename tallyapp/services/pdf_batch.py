"""Every precinct protocol under a commission as a PDF, signed or not: what a territorial
commission prints and sends on election night. Reports progress and can be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from tallyapp.domain.authority import precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.services.files import write_atomically
from tallyapp.services.pdf_export import ExportError, export_protocol, precincts_under
from tallyapp.services.signatures import key_holder_may_sign, sign_document

Progress = Callable[[int, int, str], None]  # done, total, precinct number


def _never() -> bool:
    return False


def _silent(_done: int, _total: int, _text: str) -> None:
    pass


@dataclass
class BatchOutcome:
    folder: Path
    written: list[str] = field(default_factory=list)
    without_protocol: list[str] = field(default_factory=list)  # no protocol of this ballot yet
    cancelled: bool = False


def export_protocols_under(
    engine: Engine,
    under: str,
    ballot: BallotKind,
    lang: str,
    folder: Path,
    key: Path | None = None,
    passphrase: bytes = b"",
    progress: Progress = _silent,
    cancelled: Callable[[], bool] = _never,
) -> BatchOutcome:
    """One PDF per precinct under `under` into `folder` (`<number>-<ballot>.pdf`), each
    written atomically, signed with `key` when one is given."""
    numbers = precincts_under(engine, under, ballot)
    stamp = None
    if key is not None:  # one refusal before a single file is written
        documents = [precinct_commission(n) for n in numbers]
        stamp = key_holder_may_sign(engine, key, passphrase, documents)
    outcome = BatchOutcome(folder)
    for i, number in enumerate(numbers, 1):
        if cancelled():
            outcome.cancelled = True
            break
        try:
            exported = export_protocol(engine, number, ballot, lang, stamp=stamp)
        except ExportError:
            outcome.without_protocol.append(number)
            continue
        pdf = exported.data
        if key is not None:
            pdf = sign_document(pdf, key, passphrase, f"protocol of precinct {number}")
        write_atomically(folder / f"{number}-{ballot.value}.pdf", pdf)
        outcome.written.append(number)
        progress(i, len(numbers), number)
    return outcome
