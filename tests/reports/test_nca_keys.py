"""The keys people actually hold: the national certification authority's (NCA RK) public test
keys, RSA, with a three-level chain, legacy PKCS#12 encryption and test IINs whose check digit
fails; an authentication key and a GOST key refused in a sentence; CMS that openssl reads.

The NCA test keys expired long ago and their revocation lists cannot be fetched here (no
network): they are judged `--at` a moment inside their validity with `--no-revocation`, and
every report says so on each line. Revocation itself is tested with `keygen`'s own CA, whose
list we can make (tests/services/test_revocation_fails_closed.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.authority import Role, Roster, RosterMember
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.messages import say
from tallyapp.reports.certificates import (
    KeyProblem,
    load_trust,
    open_key_file,
    sign_bytes,
    verify_bytes,
)
from tallyapp.reports.detached import signature_parts
from tallyapp.services.entry import EntryService
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tests.databases import BUILDS, initialised_sqlite
from tests.services.test_authority_services import signing_for, values
from tests.sessions import member_of

NCA = Path(__file__).resolve().parents[3] / "shared" / "pki" / "nca-test"
if not NCA.exists():  # the worktree's place; CI keeps the shared folder beside the checkout
    NCA = Path("/work/shared/pki/nca-test")
TEST_IIN = "123456789011"  # the NCA's test person: the check digit fails, as the README says
IN_2019 = "2019-03-01T12:00:00+06:00"
IN_2020 = "2020-03-01T12:00:00+06:00"
IN_2021 = "2021-06-01T12:00:00+06:00"

pytestmark = pytest.mark.skipif(not NCA.exists(), reason="the NCA test keys are not here")


def _key(name: str) -> Path:
    return NCA / name


def _pass(tmp_path: Path, secret: str = "Qwerty12") -> Path:
    path = tmp_path / f"pass-{secret}.txt"
    path.write_text(secret + "\n")
    return path


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# --- the primitive: sign_bytes / verify_bytes ----------------------------------------------


@pytest.mark.parametrize(
    ("key", "root", "intermediate", "inside", "good", "bad"),
    [
        ("RSA256_individual_2018.p12", "root_rsa.pem", "nca_rsa.pem", True, IN_2019, IN_2020),
        ("RSA256_individual_2018.p12", "root_rsa.pem", "nca_rsa.pem", False, IN_2019, IN_2020),
        ("RSA256_individual_2021.p12", "nca_rsa_test.pem", None, False, IN_2021, "2022-06-01"),
    ],
)
def test_an_nca_rsa_key_signs_bytes_that_verify_through_its_chain(
    key: str,
    root: str,
    intermediate: str | None,
    inside: bool,
    good: str,
    bad: str,
    tmp_path: Path,
) -> None:
    chain = load_trust([], [_key(intermediate)] if intermediate else []).intermediates
    opened = open_key_file(_key(key), b"Qwerty12", chain if inside else None)
    assert opened.identity is not None and opened.identity.iin == TEST_IIN
    signature = sign_bytes(b"protocol 101", opened)
    given = [_key(intermediate)] if intermediate and not inside else []
    at_good = load_trust([_key(root)], given, _at(good), no_revocation=True)
    judged = verify_bytes(b"protocol 101", signature, at_good)
    assert judged.ok, judged.problems
    assert judged.basis == "assumed" and "assumed, not proved" in judged.moment_said()
    assert any("revocation not checked" in w for w in judged.warnings)
    # A year later the certificate had expired: refused, saying so.
    later = _at(bad) if "T" in bad else dt.datetime.fromisoformat(bad).replace(tzinfo=dt.UTC)
    judged = verify_bytes(b"protocol 101", signature, load_trust([_key(root)], given, later, True))
    assert not judged.ok and "expired" in " ".join(judged.problems)
    # One byte changed, or no path to the root (the intermediate neither inside nor given).
    assert not verify_bytes(b"protocol 102", signature, at_good).ok
    if intermediate and not inside:
        orphan = load_trust([_key(root)], [], _at(good), no_revocation=True)
        problems = verify_bytes(b"protocol 101", signature, orphan).problems
        assert any("not issued by a trusted authority" in p for p in problems)
    # Without --no-revocation the same signature counts for nothing: no list can be had.
    strict = load_trust([_key(root)], given, _at(good))
    problems = verify_bytes(b"protocol 101", signature, strict).problems
    assert any("revocation not checked" in p for p in problems)
    # openssl reads the same CMS: the chain to the root, as of the same moment.
    if shutil.which("openssl"):
        (tmp_path / "content").write_bytes(b"protocol 101")
        (tmp_path / "sig.der").write_bytes(signature)
        command = [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", str(tmp_path / "sig.der"), "-content", str(tmp_path / "content"),
            "-CAfile", str(_key(root)), "-out", "/dev/null",
            "-attime", str(int(_at(good).timestamp())),
        ]  # fmt: skip
        if given:
            command += ["-certfile", str(_key(intermediate or ""))]
        if root == "nca_rsa_test.pem":
            command.append("-partial_chain")  # its root is not published: trust the intermediate
        if given:  # openssl takes extra certificates for the chain only from the CAfile
            bundle = tmp_path / "bundle.pem"
            bundle.write_bytes(_key(root).read_bytes() + _key(intermediate or "").read_bytes())
            command[command.index(str(_key(root)))] = str(bundle)
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr


def test_an_authentication_key_and_a_gost_key_are_refused_in_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(KeyProblem) as auth:
        open_key_file(_key("AUTH_RSA256_individual_2018.p12"), b"Qwerty12")
    assert auth.value.code == "key.auth-only"
    with pytest.raises(KeyProblem) as gost:
        open_key_file(_key("GOSTKNCA_individual_2022.p12"), b"Aa123456")
    assert gost.value.code == "key.gost"
    sentences = {
        lang: say(TallyError(gost.value.code, **gost.value.params), lang)
        for lang in ("kk", "ru", "en")
    }
    assert "GOST algorithm" in sentences["en"] and "RSA256_" in sentences["en"]
    assert "ГОСТ" in sentences["ru"] and "ГОСТ" in sentences["kk"]
    # A wrong passphrase is not mistaken for GOST.
    with pytest.raises(KeyProblem) as wrong:
        open_key_file(_key("GOSTKNCA_individual_2022.p12"), b"wrong")
    assert wrong.value.code == "key.unreadable"


# --- end to end: a rehearsal database, a protocol PDF and a package --------------------------


def _rehearsal_database(url: str) -> None:
    """A rehearsal database whose PEC-101 and ABAI-03 chair is the NCA's test person, by an
    amended roster: the test IIN fails the check digit, which a rehearsal allows, warning."""
    from tallyapp.services.sessions import set_rosters

    assert main(["init", "--db", url, "--rehearsal"]) == 0
    engine = open_engine(url)
    amended = []
    for code in ("PEC-101", "ABAI-03"):
        roster = roster_of(engine, code)
        members = [
            RosterMember(TEST_IIN, "ТЕСТОВ ТЕСТ", Role.CHAIR) if m.role is Role.CHAIR else m
            for m in roster.members
        ]
        amended.append(Roster(code, tuple(members)))
    warnings = set_rosters(engine, member_of(engine, "CEC").session, amended)
    assert warnings and all(w.code == "iin.rehearsal" for w in warnings)
    engine.dispose()


BUILDS["rehearsal-2023"] = (None, _rehearsal_database)  # built once, copied for each test


@pytest.fixture
def rehearsal(tmp_path: Path) -> dict[str, object]:
    """Two rehearsal databases: the territorial commission's, with precinct 101's protocol
    finalised, and the regional commission's above it, which imports."""
    url = f"sqlite:///{tmp_path / 'rehearsal.sqlite3'}"
    above = f"sqlite:///{tmp_path / 'above.sqlite3'}"
    initialised_sqlite(tmp_path / "rehearsal.sqlite3", "rehearsal-2023")
    initialised_sqlite(tmp_path / "above.sqlite3", "rehearsal-2023")
    engine = open_engine(url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    return {"url": url, "engine": engine, "above": above}


@pytest.mark.parametrize(
    ("key", "trust", "intermediate", "good", "bad"),
    [
        ("RSA256_individual_2018.p12", "root_rsa.pem", "nca_rsa.pem", IN_2019, IN_2020),
        ("RSA256_individual_2021.p12", "nca_rsa_test.pem", None, IN_2021, "2022-03-01T00:00"),
    ],
)
def test_an_nca_key_signs_a_protocol_and_a_package_in_a_rehearsal(
    rehearsal: dict[str, object],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    key: str,
    trust: str,
    intermediate: str | None,
    good: str,
    bad: str,
) -> None:
    url = str(rehearsal["url"])
    secret = ["--passphrase-file", str(_pass(tmp_path))]
    pdf = tmp_path / "101.pdf"
    assert (
        main(
            ["export-pdf", "--db", url, "--commission", "101", "--sign", str(_key(key)),
             *secret, "--out", str(pdf)]
        )
        == 0
    )  # fmt: skip
    chain = ["--intermediate", str(_key(intermediate))] if intermediate else []
    verify = ["verify", str(pdf), "--db", url, "--trust", str(_key(trust)), *chain]
    capsys.readouterr()
    assert main([*verify, "--at", good, "--no-revocation"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("VERIFIED")
    assert "assumed, not proved" in out
    lines = [line for line in out.splitlines() if line.strip()]
    assert all("revocation not checked" in line for line in lines)  # on every line
    # A year later the certificate had expired.
    assert main([*verify, "--at", bad, "--no-revocation"]) == 1
    out = capsys.readouterr().out
    assert "expired" in out and "NOT VERIFIED" in out
    # Revocation not checkable, and not waived: not verified, saying why.
    assert main([*verify, "--at", good]) == 1
    assert "revocation not checked" in capsys.readouterr().out
    if intermediate:  # the intermediate carried in the file: the root alone is trusted
        carried = tmp_path / "101-chain.pdf"
        assert (
            main(
                ["export-pdf", "--db", url, "--commission", "101", "--sign", str(_key(key)),
                 *secret, *chain, "--out", str(carried)]
            )
            == 0
        )  # fmt: skip
        capsys.readouterr()
        alone = ["verify", str(carried), "--db", url, "--trust", str(_key(trust))]
        assert main([*alone, "--at", good, "--no-revocation"]) == 0, capsys.readouterr().out
        assert main([*verify[:2], "--db", url, "--trust", str(_key(trust)), "--at", good,
                     "--no-revocation"]) == 1  # fmt: skip
        assert "not issued by a trusted authority" in capsys.readouterr().out
    # The package, signed with the same key, imported by the commission above.
    package = tmp_path / "ABAI-03.json"
    assert (
        main(
            ["export", "--db", url, "--commission", "ABAI-03", "--format", "package",
             "--key", str(_key(key)), *secret, "--out", str(package), *chain]
        )
        == 0
    )  # fmt: skip
    data = json.loads(package.read_text("utf-8"))
    assert data["format_version"] == 2 and data["signature"]["signer"] == f"IIN{TEST_IIN}"
    assert data["rehearsal"] is True
    content, cms = signature_parts(data)
    (tmp_path / "content").write_bytes(content)
    (tmp_path / "package.p7s").write_bytes(cms)
    if shutil.which("openssl"):
        done = subprocess.run(
            ["openssl", "cms", "-verify", "-binary", "-inform", "DER",
             "-in", str(tmp_path / "package.p7s"), "-content", str(tmp_path / "content"),
             "-CAfile", str(_key(trust)), "-partial_chain", "-out", "/dev/null",
             "-attime", str(int(_at(good).timestamp()))],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    imported = [
        "import", str(package), "--db", str(rehearsal["above"]), "--as", "ABAI",
        "--trust", str(_key(trust)), "--at", good, *chain,
    ]  # fmt: skip
    capsys.readouterr()
    assert main([*imported, "--no-revocation"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "ACCEPTED" in out and all("revocation not checked" in x for x in out.splitlines())
    # The same package without the waiver: refused, revocation not checked.
    assert main(imported) == 1
    assert "revocation not checked" in capsys.readouterr().out


def test_the_cli_refuses_gost_and_authentication_keys(
    rehearsal: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(rehearsal["url"])
    for key, secret, words in [
        ("GOSTKNCA_individual_2022.p12", "Aa123456", "this key uses the GOST algorithm"),
        ("AUTH_RSA256_individual_2018.p12", "Qwerty12", "for authentication only"),
    ]:
        for command in (
            ["export-pdf", "--db", url, "--commission", "101", "--sign", str(_key(key)),
             "--passphrase-file", str(_pass(tmp_path, secret)), "--out", str(tmp_path / "x.pdf")],
            ["export", "--db", url, "--commission", "ABAI-03", "--format", "package",
             "--key", str(_key(key)), "--passphrase-file", str(_pass(tmp_path, secret)),
             "--out", str(tmp_path / "x.json")],
        ):  # fmt: skip
            assert main(command) == 2
            captured = capsys.readouterr()
            assert words in captured.err and "RSA256_" in captured.err
            assert "Traceback" not in captured.err
        assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.json").exists()


def test_a_production_database_refuses_test_iins_and_what_a_rehearsal_made(
    rehearsal: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pypdfium2 as pdfium

    from tallyapp.domain.errors import Problems
    from tallyapp.services.sessions import set_rosters

    url = str(rehearsal["url"])
    secret = ["--passphrase-file", str(_pass(tmp_path))]
    pdf = tmp_path / "101.pdf"
    key = str(_key("RSA256_individual_2018.p12"))
    chain = ["--intermediate", str(_key("nca_rsa.pem"))]
    assert main(["export-pdf", "--db", url, "--commission", "101", "--sign", key, *secret,
                 "--out", str(pdf)]) == 0  # fmt: skip
    document = pdfium.PdfDocument(pdf.read_bytes())
    pages = [page.get_textpage().get_text_range() for page in document]
    document.close()
    assert len(pages) >= 1 and all("REHEARSAL" in page for page in pages)
    package = tmp_path / "ABAI-03.json"
    assert main(["export", "--db", url, "--commission", "ABAI-03", "--format", "package",
                 "--key", key, *secret, "--out", str(package), *chain]) == 0  # fmt: skip
    production = initialised_sqlite(tmp_path / "production.sqlite3")
    engine = open_engine(production)
    roster = roster_of(engine, "PEC-101")
    members = tuple(
        RosterMember(TEST_IIN, m.name, m.role) if m.role is Role.CHAIR else m
        for m in roster.members
    )
    with pytest.raises(Problems):  # a test IIN: refused outside a rehearsal
        set_rosters(engine, member_of(engine, "CEC").session, [Roster("PEC-101", members)])
    capsys.readouterr()
    for made in (package, pdf):
        command = ["import", str(made), "--db", production, "--as", "ABAI",
                   "--trust", str(_key("root_rsa.pem")), *chain, "--at", IN_2019,
                   "--no-revocation"]  # fmt: skip
        assert main(command) == 1
        assert "was made in a rehearsal (REHEARSAL)" in capsys.readouterr().out
    verify = ["verify", str(pdf), "--db", production, "--trust", str(_key("root_rsa.pem")),
              *chain, "--at", IN_2019, "--no-revocation"]  # fmt: skip
    assert main(verify) == 1
    assert "a production database refuses it" in capsys.readouterr().out


def test_a_rehearsals_open_data_says_rehearsal_on_every_row_sheet_and_report(
    rehearsal: dict[str, object], initialised_url: str, tmp_path: Path
) -> None:
    """CSV, XLSX and CDF made in a rehearsal say so in their data, as its PDFs and packages
    do; a production database's carry no such mark."""
    from openpyxl import load_workbook

    def exported(url: str, name: str) -> Path:
        out = tmp_path / name
        out.mkdir()
        for form, target in (("csv", out), ("xlsx", out / "a.xlsx"), ("cdf", out / "a.json")):
            args = ["export", "--db", url, "--commission", "ABAI-03", "--format", form]
            assert main([*args, "--out", str(target)]) == 0
        return out

    marked = exported(str(rehearsal["url"]), "rehearsal")
    for table in ("party-list.csv", "constituency.csv", "choices.csv"):
        rows = [r for r in (marked / table).read_text("utf-8").splitlines() if r[:1] != "#"]
        assert rows[0].startswith("rehearsal,")
        assert len(rows) > 1 and all(r.startswith("REHEARSAL,") for r in rows[1:]), table
    book = load_workbook(marked / "a.xlsx")
    assert all(name.startswith("REHEARSAL ") for name in book.sheetnames), book.sheetnames
    assert all(sheet.cell(2, 1).value == "REHEARSAL" for sheet in book.worksheets)
    report = json.loads((marked / "a.json").read_text("utf-8"))
    assert report["IsTest"] is True and "rehearsal" in report["TestType"]
    assert "REHEARSAL" in report["Notes"]

    plain = exported(initialised_url, "production")
    assert "REHEARSAL" not in (plain / "party-list.csv").read_text("utf-8")
    assert "REHEARSAL" not in "".join(load_workbook(plain / "a.xlsx").sheetnames)
    assert "IsTest" not in json.loads((plain / "a.json").read_text("utf-8"))
