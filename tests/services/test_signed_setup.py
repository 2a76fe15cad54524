"""The election's setup as data the CEC signed: `register sign` makes it, `init --setup`
verifies it (refusing a stranger's key, a non-CEC signer and one changed byte) and keeps it,
and `audit` verifies the kept bytes again and holds the tables to them, part by part. A roster
change signed by the member who makes it is kept and verified again too."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tallyapp.cli import main
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.keys import publish_revocations
from tests.services.test_real_elections import CANDIDATES, GOOD_ROWS, HEADER, _iin, _write
from tests.services.test_trust_seals import audit_json
from tests.storage.test_tamper import _sql, _without_triggers

PASSPHRASE = b"setup-test"


@dataclass(frozen=True)
class Keys:
    ca: Path
    passphrase: Path
    chair: Path  # the CEC's chair by the members file
    secretary_iin: str
    member: Path  # a member of a precinct commission, not of the CEC
    stranger: Path  # the CEC's chair's IIN, but under an authority nobody trusts
    secretary: Path


def _authority(folder: Path) -> Any:
    folder.mkdir(parents=True, exist_ok=True)
    authority = make_authority()
    (folder / "ca.pem").write_bytes(authority_pem(authority))
    publish_revocations(folder, authority)
    return authority


def _key(folder: Path, authority: Any, iin: str, name: str, algorithm: str = "ec") -> Path:
    path = folder / f"{iin}-{algorithm}.p12"
    path.write_bytes(personal_key(authority, iin, name, name, PASSPHRASE, algorithm=algorithm))
    return path


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    trusted = _authority(tmp_path / "ca")
    other = _authority(tmp_path / "other-ca")
    (tmp_path / "passphrase.txt").write_bytes(PASSPHRASE)
    return Keys(
        ca=tmp_path / "ca" / "ca.pem",
        passphrase=tmp_path / "passphrase.txt",
        chair=_key(tmp_path / "ca", trusted, _iin(101), "Төреғалиев"),
        secretary_iin=_iin(107),
        secretary=_key(tmp_path / "ca", trusted, _iin(107), "Хатшыбаева"),
        member=_key(tmp_path / "ca", trusted, _iin(1), "Омарова"),
        stranger=_key(tmp_path / "other-ca", other, _iin(101), "Төреғалиев"),
    )


def _members(folder: Path) -> Path:
    return _write(
        folder / "members.csv",
        [
            "commission,name,iin,role",
            f"CEC,Нұрлан Төреғалиев,{_iin(101)},chair",
            f"CEC,Айжан Хатшыбаева,{_iin(107)},secretary",
            f"PEC-401,Айгүл Омарова,{_iin(1)},chair",
            f"PEC-401,Ерлан Бекұлы,{_iin(7)},secretary",
            f"SEMEY-1,Дана Есенова,{_iin(13)},chair",
        ],
    )


def _sign(folder: Path, keys: Keys, key: Path, out: str = "setup.json") -> Path:
    register = _write(folder / "register.csv", [HEADER, *GOOD_ROWS])
    candidates = _write(folder / "candidates.csv", CANDIDATES)
    path = folder / out
    args = ["register", "sign", "--register", str(register), "--members", str(_members(folder))]
    args += ["--candidates", str(candidates), "--sign", str(key)]
    args += ["--passphrase-file", str(keys.passphrase), "--out", str(path)]
    assert main(args) == 0
    return path


@pytest.fixture
def signed_db(db_url: str, tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]) -> str:
    """A database set up from a setup the CEC's chair signed."""
    setup = _sign(tmp_path, keys, keys.chair)
    assert main(["init", "--db", db_url, "--setup", str(setup), "--trust", str(keys.ca)]) == 0
    out = capsys.readouterr().out
    assert "3 precincts" in out and "verified and kept" in out
    return db_url


def test_a_signed_setup_is_laid_out_kept_and_audits_intact(
    signed_db: str, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["roster", "show", "--db", signed_db, "--commission", "PEC-401", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(m["name"], m["role"]) for m in shown] == [
        ("Айгүл Омарова", "chair"),
        ("Ерлан Бекұлы", "secretary"),
    ]
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert (code, [b["message"] for b in report["broken"]]) == (0, [])
    assert report["setup_signed_by"] == f"IIN{_iin(101)}"
    assert main(["audit", "--db", signed_db, "--trust", str(keys.ca)]) == 0
    assert f"setup: signed for the CEC by IIN{_iin(101)}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("edit", "part"),
    [
        ("UPDATE precinct SET registered_voters = 99999 WHERE number = '401'", "register"),
        ("UPDATE candidate SET nomination = 'AMANAT' WHERE code = 'D08-B'", "candidates"),
        (
            "UPDATE roster_member SET role = 'chair' WHERE commission = 'PEC-401' "
            "AND role = 'secretary'",
            "rosters",
        ),
    ],
    ids=["a register row", "a candidate", "a roster role"],
)
def test_the_setup_changed_by_plain_sql_is_reported_against_the_signed_setup(
    signed_db: str, keys: Keys, capsys: pytest.CaptureFixture[str], edit: str, part: str
) -> None:
    _sql(signed_db, edit)
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert code == 1
    found = {(b["code"], b["params"].get("part")) for b in report["broken"]}
    assert ("audit.setup-altered", part) in found


@pytest.mark.parametrize("part", ["register", "candidates"])
def test_the_record_rewritten_to_match_the_edit_is_still_caught_by_the_signed_bytes(
    signed_db: str, keys: Keys, capsys: pytest.CaptureFixture[str], part: str
) -> None:
    """Whoever holds the database changes a row and writes the matching digest into the
    setup's record: the chain's hashes are theirs to recompute, the CEC's signature is not."""
    from sqlalchemy import text

    from tallyapp.services.setup import open_engine
    from tallyapp.services.setup_seal import setup_digests

    edit = {
        "register": "UPDATE precinct SET registered_voters = 99999 WHERE number = '401'",
        "candidates": "UPDATE candidate SET name = 'Болат Ахметов' WHERE code = 'D08-A'",
    }[part]
    _sql(signed_db, edit)
    engine = open_engine(signed_db)
    with engine.connect() as conn:
        now = setup_digests(conn, "kz-majilis-2023")
        entry_id, detail = conn.execute(
            text("SELECT id, detail FROM audit_log WHERE action = 'setup-state' ORDER BY id")
        ).first()  # type: ignore[misc]
    engine.dispose()
    rewritten = json.loads(detail)
    rewritten["record"]["setup"] = now
    _without_triggers(
        signed_db,
        "audit_log",
        f"UPDATE audit_log SET detail = '{json.dumps(rewritten, ensure_ascii=False)}' "
        f"WHERE id = {entry_id}",
    )
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert code == 1
    differs = [b for b in report["broken"] if b["code"] == "audit.signed-setup-differs"]
    assert [b["params"]["part"] for b in differs] == [part]
    assert "differs from the setup" in differs[0]["message"]


def test_the_secretary_signs_with_an_rsa_key_as_the_nca_issues(
    db_url: str, tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    trusted = _authority(tmp_path / "rsa-ca")
    rsa = _key(tmp_path / "rsa-ca", trusted, keys.secretary_iin, "Хатшыбаева", "rsa")
    setup = _sign(tmp_path, keys, rsa)
    ca = tmp_path / "rsa-ca" / "ca.pem"
    assert main(["init", "--db", db_url, "--setup", str(setup), "--trust", str(ca)]) == 0
    code, report = audit_json(db_url, capsys, ca)
    assert (code, report["setup_signed_by"]) == (0, f"IIN{keys.secretary_iin}")


def test_a_setup_by_a_key_outside_the_trust_is_refused(
    db_url: str, tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = _sign(tmp_path, keys, keys.stranger)
    capsys.readouterr()
    assert main(["init", "--db", db_url, "--setup", str(setup), "--trust", str(keys.ca)]) == 2
    err = capsys.readouterr().err
    assert "setup.json: the setup's signature does not hold; nothing was created" in err
    assert main(["results", "--db", db_url]) == 2  # no election was made


def test_a_setup_signed_by_a_member_outside_the_cec_is_refused(
    db_url: str, tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    from tallyapp.reports.detached import RecordSigner

    refused = f"the setup is signed by ОМАРОВА ОМАРОВА (IIN {_iin(1)}), who is neither"
    with pytest.raises(AssertionError):
        _sign(tmp_path, keys, keys.member)  # `register sign` refuses to make it
    assert refused in capsys.readouterr().err
    # Made by other means, init refuses it.
    setup = _sign(tmp_path, keys, keys.chair)
    body = json.loads(setup.read_text("utf-8"))
    del body["signature"]
    member = RecordSigner.from_pkcs12(keys.member, PASSPHRASE)
    setup.write_text(json.dumps(member.sign_package(body), ensure_ascii=False), "utf-8")
    capsys.readouterr()
    assert main(["init", "--db", db_url, "--setup", str(setup), "--trust", str(keys.ca)]) == 2
    err = capsys.readouterr().err
    assert refused in err and "nothing was created" in err
    assert main(["results", "--db", db_url]) == 2  # no election was made


def test_a_setup_with_one_byte_changed_is_refused(
    db_url: str, tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = _sign(tmp_path, keys, keys.chair)
    data = json.loads(setup.read_text("utf-8"))
    register = bytearray(base64.b64decode(data["files"]["register"]["content"]))
    at = register.index(b"1500")
    register[at] = ord("9")  # 1500 voters become 9500
    data["files"]["register"]["content"] = base64.b64encode(bytes(register)).decode()
    setup.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    capsys.readouterr()
    assert main(["init", "--db", db_url, "--setup", str(setup), "--trust", str(keys.ca)]) == 2
    assert "the setup's signature does not hold" in capsys.readouterr().err


def test_a_kept_setup_file_altered_is_reported(
    signed_db: str, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_triggers(
        signed_db,
        "received_file",
        "UPDATE received_file SET content = "
        + ("CAST('{}' AS BLOB)" if signed_db.startswith("sqlite") else "convert_to('{}', 'UTF8')"),
    )
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert code == 1
    assert "audit.setup-unsigned" in {b["code"] for b in report["broken"]}


def _sign_in_env(monkeypatch: pytest.MonkeyPatch, db: str, commission: str, iin: str) -> None:
    monkeypatch.setenv("TALLYAPP_NEW_PIN", "4821")
    assert main(["pin", "--db", db, "--commission", commission, "--iin", iin]) == 0
    monkeypatch.delenv("TALLYAPP_NEW_PIN")
    monkeypatch.setenv("TALLYAPP_PIN", "4821")


def test_a_roster_change_signed_by_the_member_is_kept_verified_and_listed(
    signed_db: str,
    tmp_path: Path,
    keys: Keys,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The CEC's chair enrols this workstation: its seals count from now on.
    enrol = ["workstation-enrol", "--db", signed_db, "--commission", "CEC"]
    assert main([*enrol, "--key", str(keys.chair), "--passphrase-file", str(keys.passphrase)]) == 0
    _sign_in_env(monkeypatch, signed_db, "CEC", keys.secretary_iin)
    change = _write(
        tmp_path / "change.csv",
        [
            "commission,name,iin,role",
            f"PEC-401,Ерлан Бекұлы,{_iin(7)},chair",
            f"PEC-401,Айгүл Омарова,{_iin(1)},secretary",
        ],
    )
    common = ["roster", "import", "--db", signed_db, "--member", keys.secretary_iin]
    # Someone else's key is refused: each signs with their own.
    assert main([*common, str(change), "--sign", str(keys.chair), "--passphrase-file",
                 str(keys.passphrase)]) == 2  # fmt: skip
    assert "is not the signed-in member's" in capsys.readouterr().err
    signed = [str(change), "--sign", str(keys.secretary), "--passphrase-file", str(keys.passphrase)]
    assert main([*common, *signed]) == 0
    assert f"amendment signed by IIN{keys.secretary_iin}" in capsys.readouterr().out
    assert main([*common, str(change)]) == 0  # the same again, only sealed
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert (code, [b["message"] for b in report["broken"]]) == (0, [])
    changes = [(a["commission"], bool(a["signed_by"])) for a in report["amendments"]]
    assert changes[-2:] == [("PEC-401", True), ("PEC-401", False)]
    assert main(["audit", "--db", signed_db, "--trust", str(keys.ca)]) == 0
    out = capsys.readouterr().out
    assert "roster changes: 1 signed by a member, " in out
    assert f"(PEC-401, by Айжан Хатшыбаева (IIN {keys.secretary_iin})): signed by IIN" in out
    assert f"(PEC-401, by Айжан Хатшыбаева (IIN {keys.secretary_iin})): sealed by a " in out
    # The signed bytes altered where they are kept: reported.
    _without_triggers(
        signed_db,
        "received_file",
        "UPDATE received_file SET content = "
        + (
            "CAST(replace(CAST(content AS TEXT), 'secretary', 'chair') AS BLOB)"
            if signed_db.startswith("sqlite")
            else "convert_to(replace(convert_from(content, 'UTF8'), 'secretary', 'chair'), 'UTF8')"
        )
        + " WHERE kind = 'roster amendment'",
    )
    code, report = audit_json(signed_db, capsys, keys.ca)
    assert code == 1
    assert [(b["code"], b["params"]["commission"]) for b in report["broken"]] == [
        ("audit.amendment-unverified", "PEC-401")
    ]
