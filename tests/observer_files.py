"""A signed protocol PDF from another commission's database, for tests that import it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from tallyapp.domain.election import BallotKind
from tallyapp.reports.signing import sign_pdf
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_protocol
from tallyapp.services.setup import open_engine
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.databases import initialised_sqlite
from tests.sessions import chair_key, member_of


def signed_protocol_pdf(folder: Path) -> tuple[Path, Path]:
    """Precinct 101's protocol finalised elsewhere and signed by its territorial chair:
    (the PDF, the test CA that issued the key)."""
    unsigned, key, authority = protocol_to_sign(folder)
    pdf = folder / "101.pdf"
    pdf.write_bytes(sign_pdf(unsigned, key, b"pw"))
    return pdf, authority


def protocol_to_sign(folder: Path) -> tuple[bytes, Path, Path]:
    """Precinct 101's protocol finalised in a database of its own (`folder`/elsewhere.sqlite3),
    unsigned: (the PDF, its territorial chair's key (passphrase "pw"), the test CA)."""
    url = initialised_sqlite(folder / "elsewhere.sqlite3")
    engine = open_engine(url)
    finalise_101(engine)
    keys = make_keys(engine, folder / "keys", b"pw", only=["ABAI-03"])
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST)
    key = chair_key(engine, keys.folder, "ABAI-03")
    engine.dispose()
    return exported.data, key, keys.authority


def finalise_101(engine: Engine) -> None:
    """Precinct 101's blue protocol, good figures, finalised and signed by its chair alone."""
    service = EntryService(engine, member_of(engine, "PEC-101"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "against_all": 20,
        **{f"vote:{k}": v for k, v in GOOD_VOTES.items()},
    }
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST),
        values,
        Signing([Member("Nurlan Omarov", "chair")], "Nurlan Omarov", "Nurlan Omarov"),
    )
