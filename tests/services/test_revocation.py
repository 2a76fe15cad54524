"""A stolen key is revoked: keygen --revoke adds it to the CA's revocation list, and verify
and import then refuse what it signs, saying so."""

from __future__ import annotations

from pathlib import Path

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say
from tallyapp.reports.detached import load_roots
from tallyapp.reports.signing import sign_pdf
from tallyapp.services.exchange import import_files
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_protocol
from tallyapp.services.setup import open_engine
from tallyapp.services.signatures import verify_document
from tests.services.test_authority_services import _tec_package
from tests.sessions import chair_iin, chair_key


def test_a_revoked_key_signs_nothing_that_passes(tmp_path: Path, initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    key = chair_key(engine, keys.folder, "ABAI-03")
    package = _tec_package(tmp_path, key.read_bytes())
    pdf = sign_pdf(
        export_protocol(
            open_engine(f"sqlite:///{tmp_path / 'tec.sqlite3'}"), "101", BallotKind.PARTY_LIST
        ).data,
        key,
        b"pw",
    )
    (tmp_path / "101.pdf").write_bytes(pdf)
    first = verify_document(pdf, [keys.authority], engine)
    assert first.ok, (first.problems, first.authority)
    # The key is stolen: its holder's certificates are revoked. The key file stays.
    iin = chair_iin(engine, "ABAI-03")
    (tmp_path / "pass.txt").write_bytes(b"pw\n")
    secret = ["--passphrase-file", str(tmp_path / "pass.txt")]
    args = ["keygen", "--out", str(keys.folder), "--revoke", iin]
    assert main([*args, *secret]) == 0
    assert (keys.folder / "ca.crl").exists() and key.exists()
    result = verify_document(pdf, [keys.authority], engine)
    assert not result.ok
    revoked = "the signature: the signer's certificate was revoked by its certification authority"
    assert any(problem.startswith(revoked) for problem in result.problems)
    outcome = import_files(engine, [package], load_roots([keys.authority]))[0]
    assert outcome.outcome == "rejected" and outcome.reason is not None
    assert "was revoked by its certification authority" in say(outcome.reason)
    outcome = import_files(engine, [tmp_path / "101.pdf"], load_roots([keys.authority]))[0]
    assert outcome.outcome == "rejected"
    # A file beside the authority that is no revocation list: revocation is not checked,
    # and nothing verifies (tests/services/test_revocation_fails_closed.py: each case).
    other = make_keys(engine, tmp_path / "other", b"pw", only=[])
    (keys.folder / "ca.crl").write_bytes((other.folder / "ca.pem").read_bytes())
    result = verify_document(pdf, load_roots([keys.authority]), engine)
    assert any("revocation not checked" in problem for problem in result.problems)
    # Revoking someone who holds no key says so.
    assert main([*args[:-1], "900101300007", *secret]) == 2
