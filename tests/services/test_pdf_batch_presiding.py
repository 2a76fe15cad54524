"""A batch signed by whoever presided: with the chair absent when a precinct commission
finalised its protocol, the deputy signs it in a batch as for one protocol; what the deputy's
key may not sign is left out, each with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.authority import precinct_commission
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.reports.signing import load_trust_roots, verify_pdf
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.keys import make_keys, personal_key_path
from tallyapp.services.pdf_batch import export_protocols_under
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tallyapp.storage.commissions import read_commission_tree
from tests.databases import initialised_sqlite
from tests.services.test_authority_services import values
from tests.sessions import member_of

PASS = b"test-passphrase"
VALUES: dict[str, int | None] = {**values(), "voters_on_list": 1000}


def _finalise(engine: object, number: str, chair_present: bool) -> None:
    roster = roster_of(engine, f"PEC-{number}")  # type: ignore[arg-type]
    members = [
        Member(m.name, m.role.value, chair_present or m.role.value != "chair", m.iin)
        for m in roster.members
    ]
    head = next(m.name for m in members if m.role == ("chair" if chair_present else "deputy"))
    secretary = next(m.name for m in members if m.role == "secretary")
    keyer = member_of(engine, f"PEC-{number}", "chair" if chair_present else "deputy")  # type: ignore[arg-type]
    service = EntryService(engine, keyer)  # type: ignore[arg-type]
    sheet = service.open(number, BallotKind.PARTY_LIST)
    service.finalise(sheet, VALUES, Signing(members, head, secretary))


def _key(engine: object, keys: Path, number: str, role: str) -> Path:
    roster = roster_of(engine, f"PEC-{number}")  # type: ignore[arg-type]
    member = next(m for m in roster.members if m.role.value == role)
    return personal_key_path(keys, f"PEC-{number}", member.iin)


@pytest.fixture
def two_protocols(tmp_path: Path) -> tuple[str, str, str, str]:
    """A database where precinct 101 finalised with its chair absent (the deputy presiding)
    and another precinct of the same territorial commission with its chair present."""
    url = initialised_sqlite(tmp_path / "batch.sqlite3")
    engine = open_engine(url)
    from sqlalchemy.orm import Session

    from tallyapp.services.setup import election_of

    with Session(engine) as s:
        tree = read_commission_tree(s, election_of(s).id)
    tec = tree.parent(precinct_commission("101"))
    assert tec is not None
    other = next(n for n in precincts_under(engine, tec, BallotKind.PARTY_LIST) if n != "101")
    _finalise(engine, "101", chair_present=False)
    _finalise(engine, other, chair_present=True)
    engine.dispose()
    return url, tec, other, str(tmp_path)


def test_the_deputy_signs_in_a_batch_what_they_presided_and_nothing_else(
    two_protocols: tuple[str, str, str, str],
) -> None:
    url, tec, other, where = two_protocols
    tmp = Path(where)
    engine = open_engine(url)
    keys = make_keys(engine, tmp / "keys", PASS, only=["PEC-101", f"PEC-{other}"])
    deputy = _key(engine, keys.folder, "101", "deputy")
    outcome = export_protocols_under(
        engine, tec, BallotKind.PARTY_LIST, "ru", tmp / "out", deputy, PASS, workers=1
    )
    assert outcome.written == ["101"]
    assert outcome.refused[other].code == "authority.not-member"
    assert "101" not in outcome.refused
    assert [p.name for p in (tmp / "out").iterdir()] == ["101-party-list.pdf"]
    result = verify_pdf(
        (tmp / "out" / "101-party-list.pdf").read_bytes(), load_trust_roots([keys.authority])
    )
    assert result.ok, result.problems
    assert result.payload["precinct"] == "101"

    # The chair of 101 was absent when it was finalised: their key signs nothing in the batch,
    # and the reason given is their absence.
    chair = _key(engine, keys.folder, "101", "chair")
    with pytest.raises(TallyError) as refused:
        export_protocols_under(
            engine, tec, BallotKind.PARTY_LIST, "ru", tmp / "by-chair", chair, PASS, workers=1
        )
    assert refused.value.code == "authority.absent"
    assert not (tmp / "by-chair").exists() or not list((tmp / "by-chair").iterdir())

    # The other precinct's chair was present: their key signs it; its deputy's is refused,
    # saying the chair was present.
    other_chair = _key(engine, keys.folder, other, "chair")
    outcome = export_protocols_under(
        engine, tec, BallotKind.PARTY_LIST, "ru", tmp / "other", other_chair, PASS, workers=1
    )
    assert outcome.written == [other] and outcome.refused["101"].code == "authority.not-member"
    other_deputy = _key(engine, keys.folder, other, "deputy")
    with pytest.raises(TallyError) as present:
        export_protocols_under(
            engine, tec, BallotKind.PARTY_LIST, "ru", tmp / "none", other_deputy, PASS, workers=1
        )
    assert present.value.code == "authority.chair-present"
    engine.dispose()


def test_the_command_says_which_protocols_were_not_signed_and_why(
    two_protocols: tuple[str, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, tec, other, where = two_protocols
    tmp = Path(where)
    engine = open_engine(url)
    keys = make_keys(engine, tmp / "keys", PASS, only=["PEC-101"]).folder
    deputy = _key(engine, keys, "101", "deputy")
    engine.dispose()
    (keys / "passphrase.txt").write_bytes(PASS)
    code = main(
        [
            "export-pdf", "--db", url, "--all-precincts-under", tec, "--out", str(tmp / "out"),
            "--sign", str(deputy), "--passphrase-file", str(keys / "passphrase.txt"),
            "--quiet", "--lang", "ru",
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "1 протокол записан в " in captured.out  # --lang ru: the document's and the words'
    assert f"  {other}: " in captured.err
    assert (tmp / "out" / "101-party-list.pdf").exists()
    assert not (tmp / "out" / f"{other}-party-list.pdf").exists()
