"""Only members of the document's commission may countersign it: a further signature by a
trusted stranger is refused and named, by `verify` and by the import (SQLite and PostgreSQL
for the import)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from sqlalchemy import Engine

from tallyapp.messages import say
from tallyapp.reports.detached import load_roots
from tallyapp.reports.signing import (
    authority_pem,
    load_signer,
    make_authority,
    personal_key,
    sign_pdf,
)
from tallyapp.services.exchange import import_files
from tallyapp.services.keys import publish_revocations
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.services.signatures import verify_document
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.observer_files import protocol_to_sign
from tests.sessions import member_of
from tests.snapshot import database_rows

STRANGER = ("900101300007", "STRANGER", "Someone")


def _countersign(pdf: bytes, key: Path) -> bytes:
    meta = signers.PdfSignatureMetadata(field_name="Countersignature", md_algorithm="sha256")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    return signers.sign_pdf(writer, meta, signer=load_signer(key, b"pw").signer).getvalue()


def _keys(folder: Path, people: dict[str, tuple[str, str, str]]) -> tuple[Path, dict[str, Path]]:
    authority = make_authority()
    ca = folder / "ca.pem"
    ca.write_bytes(authority_pem(authority))
    publish_revocations(folder, authority)  # current: revocation fails closed
    keys = {}
    for name, (iin, surname, given) in people.items():
        keys[name] = folder / f"{name}.p12"
        keys[name].write_bytes(personal_key(authority, iin, surname, given, b"pw"))
    return ca, keys


def test_a_stranger_countersigning_is_refused_and_named(
    initialised_url: str, tmp_path: Path
) -> None:
    unsigned, _key, _ca = protocol_to_sign(tmp_path)
    source = open_engine(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    tec = roster_of(source, "ABAI-03")
    chair = tec.chair
    secretary = next(m for m in tec.members if m.role.value == "secretary")
    assert chair is not None
    people = {
        "chair": (chair.iin, *chair.name.split()[:2]),
        "secretary": (secretary.iin, *secretary.name.split()[:2]),
        "stranger": STRANGER,
    }
    ca, keys = _keys(tmp_path, people)  # type: ignore[arg-type]
    signed = sign_pdf(unsigned, keys["chair"], b"pw")
    by_member = _countersign(signed, keys["secretary"])
    result = verify_document(by_member, [ca], source)
    assert result.ok, (result.problems, result.authority)
    by_stranger = _countersign(signed, keys["stranger"])
    result = verify_document(by_stranger, [ca], source)
    assert not result.ok and result.authority is not None
    assert say(result.authority) == (
        "STRANGER SOMEONE (IIN 900101300007) is not a member of ABAI-03: their "
        "countersignature does not count"
    )
    source.dispose()
    # The import refuses it too, naming the stranger, and stores nothing.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "101.pdf").write_bytes(by_stranger)
    engine = open_engine(initialised_url)
    before = database_rows(initialised_url, ("protocol", "protocol_version"))
    [outcome] = import_files(engine, [tmp_path / "in"], load_roots([ca]))
    assert outcome.outcome == "rejected" and outcome.reason is not None
    assert "900101300007" in say(outcome.reason), say(outcome.reason)
    assert database_rows(initialised_url, ("protocol", "protocol_version")) == before
    engine.dispose()


def test_a_package_signs_summaries_only_with_a_key_that_has_authority_over_them(
    initialised_url: str, tmp_path: Path
) -> None:
    from tallyapp.domain.authority import AuthorityError
    from tallyapp.reports.detached import RecordSigner
    from tallyapp.services.exchange import export_package

    engine = open_engine(initialised_url)
    pec_chair = roster_of(engine, "PEC-101").chair
    tec_chair = roster_of(engine, "ABAI-03").chair
    assert pec_chair is not None and tec_chair is not None
    people = {
        "pec": (pec_chair.iin, *pec_chair.name.split()[:2]),
        "tec": (tec_chair.iin, *tec_chair.name.split()[:2]),
    }
    _ca, keys = _keys(tmp_path, people)  # type: ignore[arg-type]
    out = tmp_path / "ABAI-03.json"
    try:
        export_package(engine, "ABAI-03", RecordSigner.from_pkcs12(keys["pec"], b"pw"), out)
    except AuthorityError as refused:
        assert refused.code == "authority.not-member"
        assert pec_chair.iin in say(refused) and "ABAI-03" in say(refused)
    else:
        raise AssertionError("a precinct chair's key signed the territorial summaries")
    assert not out.exists()
    tec_key = RecordSigner.from_pkcs12(keys["tec"], b"pw")
    stored = export_package(engine, "ABAI-03", tec_key, out)
    # Nothing accepted yet: no summary signed saying every figure is zero (it was).
    assert (stored.protocols, stored.summaries) == (0, 0)
    assert json.loads(out.read_text("utf-8"))["summaries"] == []
    _accept_blue_101(engine)
    stored = export_package(engine, "ABAI-03", tec_key, out)
    assert (stored.protocols, stored.summaries) == (1, 1)  # the blue ballot's alone
    [summary] = json.loads(out.read_text("utf-8"))["summaries"]
    assert (summary["ballot"], summary["precincts"]) == ("party-list", 1)
    assert summary["fields"] == GOOD_FIELDS and summary["votes"] == GOOD_VOTES
    assert summary["against_all"] == 20
    engine.dispose()


def _accept_blue_101(engine: Engine) -> None:
    """Precinct 101's blue protocol finalised by its commission and accepted by the
    territorial commission's secretary."""
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.entry import EntryService, Member, Signing
    from tallyapp.services.review import accept

    service = EntryService(engine, member_of(engine, "PEC-101"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "against_all": 20,
        **{f"vote:{k}": v for k, v in GOOD_VOTES.items()},
    }
    members = [Member("Nurlan Omarov", "chair"), Member("Aigül Seitova", "secretary")]
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST),
        values,
        Signing(members, "Nurlan Omarov", "Aigül Seitova"),
    )
    accept(engine, member_of(engine, "ABAI-03", role="secretary"), "101", BallotKind.PARTY_LIST)
