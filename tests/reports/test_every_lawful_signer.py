"""Forms that verify in both elections and for every signer the law allows: a 2021 protocol
(its ballot has no "against all" line) signed by its chair, and a 2023 one signed by the
deputy because the chair was absent when the commission finalised it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.keys import make_keys, personal_key_path
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tests.conftest import GOOD_FIELDS
from tests.databases import initialised_sqlite
from tests.sessions import member_of

PASS = b"test-passphrase"


def _sign_and_verify(
    url: str, number: str, key: Path, keys: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    out = keys.parent / f"{number}.pdf"
    passphrase = keys / "passphrase.txt"
    passphrase.write_bytes(PASS)
    export = ["export-pdf", "--db", url, "--commission", number, "--out", str(out)]
    code = main([*export, "--sign", str(key), "--passphrase-file", str(passphrase)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    code = main(["verify", str(out), "--trust", str(keys / "ca.pem"), "--db", url])
    report = capsys.readouterr().out
    assert code == 0, report
    return report


def _signing(engine: object, number: str, chair_present: bool = True) -> Signing:
    roster = roster_of(engine, f"PEC-{number}")  # type: ignore[arg-type]
    members = [
        Member(m.name, m.role.value, chair_present or m.role.value != "chair", m.iin)
        for m in roster.members
    ]
    chair = next(m.name for m in members if m.role == "chair")
    secretary = next(m.name for m in members if m.role == "secretary")
    return Signing(members, chair, secretary)


def test_a_2021_protocol_signed_by_its_chair_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = initialised_sqlite(tmp_path / "2021.sqlite3", "init-2021")
    engine = open_engine(url)
    number = precincts_under(engine, "CEC", BallotKind.PARTY_LIST)[0]
    chair = EntryService(engine, member_of(engine, f"PEC-{number}"))
    votes = {"NUR_OTAN": 500, "AKZHOL": 150, "QHP": 100, "AUYL": 80, "ADAL": 60}
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "voters_on_list": 1000,
        **{f"vote:{k}": v for k, v in votes.items()},
    }
    sheet = chair.open(number, BallotKind.PARTY_LIST)
    assert "against_all" not in sheet.values  # not on the 2021 ballot
    chair.finalise(sheet, values, _signing(engine, number))
    keys = make_keys(engine, tmp_path / "keys", PASS, only=[f"PEC-{number}"]).folder
    holder = roster_of(engine, f"PEC-{number}").chair
    assert holder is not None
    key = personal_key_path(keys, f"PEC-{number}", holder.iin)
    report = _sign_and_verify(url, number, key, keys, capsys)
    assert "VERIFIED" in report and holder.iin in report


def test_a_protocol_signed_by_the_deputy_with_the_chair_absent_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = initialised_sqlite(tmp_path / "2023.sqlite3")
    engine = open_engine(url)
    deputy = EntryService(engine, member_of(engine, "PEC-101", "deputy"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "voters_on_list": 1000,
        "against_all": 20,
        **{
            f"vote:{k}": v
            for k, v in {
                "AMANAT": 500,
                "AUYL": 100,
                "RESPUBLICA": 80,
                "QHP": 60,
                "BAYTAQ": 20,
                "AQJOL": 70,
                "JSDP": 40,
            }.items()
        },
    }
    sheet = deputy.open("101", BallotKind.PARTY_LIST)
    deputy.finalise(sheet, values, _signing(engine, "101", chair_present=False))
    keys = make_keys(engine, tmp_path / "keys", PASS, only=["PEC-101"]).folder
    member = next(m for m in roster_of(engine, "PEC-101").members if m.role.value == "deputy")
    key = personal_key_path(keys, "PEC-101", member.iin)
    report = _sign_and_verify(url, "101", key, keys, capsys)
    assert "VERIFIED" in report and member.iin in report
    # The chair, absent at finalising, signs nothing for it.
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    chair_key = personal_key_path(keys, "PEC-101", chair.iin)
    out = tmp_path / "by-chair.pdf"
    code = main(
        [
            "export-pdf",
            "--db",
            url,
            "--commission",
            "101",
            "--out",
            str(out),
            "--sign",
            str(chair_key),
            "--passphrase-file",
            str(keys / "passphrase.txt"),
        ]
    )
    assert code == 2 and not out.exists()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_verify_reports_in_the_language_asked_for(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    url = initialised_sqlite(tmp_path / "v.sqlite3", "init-2021")
    engine = open_engine(url)
    number = precincts_under(engine, "CEC", BallotKind.PARTY_LIST)[0]
    chair = EntryService(engine, member_of(engine, f"PEC-{number}"))
    votes = {"NUR_OTAN": 500, "AKZHOL": 150, "QHP": 100, "AUYL": 80, "ADAL": 60}
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "voters_on_list": 1000,
        **{f"vote:{k}": v for k, v in votes.items()},
    }
    chair.finalise(chair.open(number, BallotKind.PARTY_LIST), values, _signing(engine, number))
    keys = make_keys(engine, tmp_path / "keys", PASS, only=[f"PEC-{number}"]).folder
    holder = roster_of(engine, f"PEC-{number}").chair
    assert holder is not None
    _sign_and_verify(
        url, number, personal_key_path(keys, f"PEC-{number}", holder.iin), keys, capsys
    )
    pdf = keys.parent / f"{number}.pdf"
    verify = ["verify", str(pdf), "--trust", str(keys / "ca.pem"), "--db", url, "--lang", lang]
    assert main(verify) == 0
    report = capsys.readouterr().out.replace(str(pdf), "FILE")
    english = [
        line
        for line in report.splitlines()
        if re.search(r"\b[a-z]{2,}\b[ ,:;]+\b[a-z]{2,}\b", line)
    ]
    assert english == [] and report.strip().endswith({"kk": "ТЕКСЕРІЛДІ", "ru": "ПРОВЕРЕНО"}[lang])
