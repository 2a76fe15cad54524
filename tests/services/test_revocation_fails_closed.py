"""Revocation fails closed: a signature counts only with a revocation list signed by the
signer's issuer and current at the moment judged (its nextUpdate not passed). A list that is
missing, stale, long expired or not signed by the issuer, or `--trust` naming a copy of the
CA's certificate with no list beside it: NOT VERIFIED, "revocation not checked", for a
package and a PDF alike. `--no-revocation` accepts with a warning instead. And a package
exported before (version 1, an ECDSA envelope on each record) still imports."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say
from tallyapp.reports.detached import RecordSigner, load_roots
from tallyapp.reports.signing import load_authority, sign_pdf
from tallyapp.services.exchange import import_files
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_protocol
from tallyapp.services.setup import open_engine
from tallyapp.services.signatures import verify_document
from tests.services.test_authority_services import _tec_package
from tests.sessions import chair_key

NOW = dt.datetime.now(dt.UTC)


def _list(folder: Path, made: dt.datetime, next_update: dt.datetime, foreign: bool = False) -> None:
    """`ca.crl` beside the CA, made at `made`, current until `next_update`; `foreign`:
    bearing the CA's name, signed by another key."""
    authority = load_authority(folder, b"pw")
    assert authority is not None
    key = ec.generate_private_key(ec.SECP256R1()) if foreign else authority.key
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(authority.certificate.subject)
        .last_update(made)
        .next_update(next_update)
        .sign(key, hashes.SHA256())
    )
    (folder / "ca.crl").write_bytes(crl.public_bytes(serialization.Encoding.PEM))


CASES: dict[str, Callable[[Path], Path]] = {}


def case(name: str) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def register(change: Callable[[Path], Path]) -> Callable[[Path], Path]:
        CASES[name] = change
        return change

    return register


@case("missing")
def _missing(folder: Path) -> Path:
    (folder / "ca.crl").unlink()
    return folder / "ca.pem"


@case("stale")
def _stale(folder: Path) -> Path:
    _list(folder, NOW - dt.timedelta(days=31), NOW - dt.timedelta(hours=1))
    return folder / "ca.pem"


@case("expired")
def _expired(folder: Path) -> Path:
    _list(folder, NOW - dt.timedelta(days=800), NOW - dt.timedelta(days=770))
    return folder / "ca.pem"


@case("unsigned")
def _unsigned(folder: Path) -> Path:
    _list(folder, NOW - dt.timedelta(minutes=5), NOW + dt.timedelta(days=30), foreign=True)
    return folder / "ca.pem"


@case("copy of ca.pem alone")
def _copy(folder: Path) -> Path:
    elsewhere = folder.parent / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    shutil.copy(folder / "ca.pem", elsewhere / "ca.pem")
    return elsewhere / "ca.pem"


@pytest.fixture
def signed(tmp_path: Path, initialised_url: str) -> dict[str, object]:
    """A package and a protocol PDF signed by ABAI-03's chair, with a current list."""
    engine = open_engine(initialised_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    key = chair_key(engine, keys.folder, "ABAI-03")
    package = _tec_package(tmp_path, key.read_bytes())
    tec = open_engine(f"sqlite:///{tmp_path / 'tec.sqlite3'}")
    pdf = sign_pdf(export_protocol(tec, "101", BallotKind.PARTY_LIST).data, key, b"pw")
    tec.dispose()
    (tmp_path / "101.pdf").write_bytes(pdf)
    return {"engine": engine, "keys": keys, "package": package, "pdf": tmp_path / "101.pdf"}


@pytest.mark.parametrize("name", list(CASES))
def test_without_a_current_list_signed_by_the_issuer_nothing_verifies(
    signed: dict[str, object], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = signed["engine"]
    folder = signed["keys"].folder  # type: ignore[attr-defined]
    pdf, package = Path(str(signed["pdf"])), Path(str(signed["package"]))
    # With the list keygen made (current, the CA's own), both verify.
    good = verify_document(pdf.read_bytes(), [folder / "ca.pem"], engine)  # type: ignore[arg-type]
    assert good.ok, good.problems
    trust = CASES[name](folder)
    result = verify_document(pdf.read_bytes(), [trust], engine)  # type: ignore[arg-type]
    assert not result.ok
    assert any(p.startswith("the signature: revocation not checked") for p in result.problems)
    capsys.readouterr()
    assert main(["verify", str(pdf), "--trust", str(trust), "--db", str(engine.url)]) == 1  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert "revocation not checked" in out and out.rstrip().endswith("NOT VERIFIED")
    for path in (package, pdf):
        [outcome] = import_files(engine, [path], load_roots([trust]))  # type: ignore[arg-type]
        assert outcome.outcome == "rejected", path
        assert outcome.reason is not None and "revocation not checked" in say(outcome.reason)
    # --no-revocation: accepted, and every line of the report says revocation was not checked.
    assert main(["verify", str(pdf), "--trust", str(trust), "--no-revocation",
                 "--db", str(engine.url)]) == 0  # type: ignore[attr-defined]  # fmt: skip
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert lines[-1].startswith("VERIFIED")
    assert all("revocation not checked" in line for line in lines)
    [outcome] = import_files(engine, [package], load_roots([trust], no_revocation=True))  # type: ignore[arg-type]
    assert outcome.outcome == "accepted"
    assert any("revocation not checked" in say(w) for w in outcome.warnings)


def test_a_version_1_package_still_imports(signed: dict[str, object], tmp_path: Path) -> None:
    """What earlier versions exported: an ECDSA envelope on every record, the signers'
    certificates beside them. Read as before, and judged by the same rules."""
    engine = signed["engine"]
    folder = signed["keys"].folder  # type: ignore[attr-defined]
    package = json.loads(Path(str(signed["package"])).read_text("utf-8"))
    signer = RecordSigner.from_pkcs12(tmp_path / "key.p12", b"pw")
    old = {k: v for k, v in package.items() if k not in ("signature", "rehearsal")}
    old["format_version"] = 1
    old["certificates"] = {signer.code: signer.certificate_b64()}
    old["protocols"] = [signer.sign(r) for r in old["protocols"]]
    path = tmp_path / "version-1.json"
    path.write_text(json.dumps(old), "utf-8")
    roots = load_roots([folder / "ca.pem"])
    # A byte changed in a record: refused, as before.
    tampered = json.loads(json.dumps(old))
    tampered["protocols"][0]["votes"]["AMANAT"] += 1
    (tmp_path / "tampered.json").write_text(json.dumps(tampered), "utf-8")
    [bad] = import_files(engine, [tmp_path / "tampered.json"], roots)  # type: ignore[arg-type]
    assert bad.outcome == "rejected" and "changed after signing" in say(bad.reason)  # type: ignore[arg-type]
    [outcome] = import_files(engine, [path], roots)  # type: ignore[arg-type]
    assert outcome.outcome == "accepted", outcome.reason and say(outcome.reason)
    assert outcome.accepted == 1
    # Version 1's signer is judged by the same rules: no list, no acceptance.
    (folder / "ca.crl").unlink()
    [again] = import_files(engine, [path], load_roots([folder / "ca.pem"]))  # type: ignore[arg-type]
    assert again.outcome == "rejected" and "revocation not checked" in say(again.reason)  # type: ignore[arg-type]
    assert base64.b64decode(old["certificates"][signer.code])  # the certificate travelled
