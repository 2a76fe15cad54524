"""Trusted time: with --tsa the signature carries an RFC 3161 timestamp from a timestamp
authority (here one served on 127.0.0.1); without it, verify says the time is the signer's
own clock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps import DummyTimeStamper

from tallyapp.cli import main
from tallyapp.reports.signing import load_authority, timestamp_authority
from tallyapp.services.keys import make_keys
from tallyapp.services.setup import open_engine
from tests.databases import initialised_sqlite
from tests.sessions import chair_key


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[tuple[str, Path, str, Path]]:
    """Keys with their CA, and a timestamp authority it certifies, listening on 127.0.0.1."""
    url = initialised_sqlite(tmp_path / "db.sqlite3")
    keys = make_keys(open_engine(url), tmp_path / "keys", b"pw", only=["PEC-101"])
    authority = load_authority(keys.folder, b"pw")
    assert authority is not None
    cert_pem, key_pem = timestamp_authority(authority)
    cert = x509.load_pem_x509_certificate(cert_pem)
    key = serialization.load_pem_private_key(key_pem, None)
    stamper = DummyTimeStamper(
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    (tmp_path / "pass.txt").write_bytes(b"pw\n")
    yield url, tmp_path, f"http://127.0.0.1:{server.server_port}/", keys.folder
    server.shutdown()


def test_a_timestamp_gives_a_trusted_time(tsa: tuple[str, Path, str, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    url, folder, tsa_url, keys = tsa
    engine = open_engine(url)
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.entry import EntryService
    from tests.services.test_authority_services import signing_for, values
    from tests.sessions import member_of

    service = EntryService(engine, member_of(engine, "PEC-101"))
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101")
    )
    key = chair_key(engine, keys, "PEC-101")
    common = ["export-pdf", "--db", url, "--commission", "101", "--sign", str(key)]
    common += ["--passphrase-file", str(folder / "pass.txt")]
    stamped, plain = folder / "stamped.pdf", folder / "plain.pdf"
    assert main([*common, "--tsa", tsa_url, "--out", str(stamped)]) == 0
    assert main([*common, "--out", str(plain)]) == 0
    capsys.readouterr()
    trust = ["--trust", str(keys / "ca.pem"), "--db", url]
    assert main(["verify", str(stamped), *trust]) == 0
    out = capsys.readouterr().out
    assert "(trusted timestamp)" in out and "VERIFIED" in out
    assert main(["verify", str(plain), *trust]) == 0
    assert "the signer's own clock (no trusted timestamp)" in capsys.readouterr().out
    # An unreachable authority: nothing is signed, and the reason is given.
    assert main([*common, "--tsa", "http://127.0.0.1:9/", "--out", str(folder / "x.pdf")]) == 2
    assert "timestamp authority" in capsys.readouterr().err
    assert not (folder / "x.pdf").exists()


def test_a_timestamped_signature_is_judged_at_the_time_it_proves(
    tsa: tuple[str, Path, str, Path],
) -> None:
    """Signed on election night with a timestamp, the key revoked the next morning: the
    signature still counts, judged at the moment the timestamp proves; the same signature
    without a timestamp is judged now, and refused. `--at` is a moment assumed, not proved."""
    import datetime as dt
    import time

    from tallyapp.reports.certificates import load_trust, open_key_file, sign_bytes, verify_bytes
    from tallyapp.services.keys import revoke_keys
    from tallyapp.services.sessions import roster_of

    url, _folder, tsa_url, keys = tsa
    engine = open_engine(url)
    key = open_key_file(chair_key(engine, keys, "PEC-101"), b"pw")
    stamped = sign_bytes(b"protocol 101", key, tsa_url)
    plain = sign_bytes(b"protocol 101", key)
    chair = roster_of(engine, "PEC-101").chair
    assert chair is not None
    time.sleep(2)  # lists say revocation times to the second
    revoke_keys(keys, chair.iin, b"pw")  # revoked after signing
    trust = load_trust([keys / "ca.pem"])
    judged = verify_bytes(b"protocol 101", stamped, trust)
    assert judged.ok, judged.problems
    assert judged.basis == "timestamp" and "proved by a trusted timestamp" in judged.moment_said()
    refused = verify_bytes(b"protocol 101", plain, trust)
    assert any("was revoked" in p for p in refused.problems)
    assert refused.basis == "now"
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    trust.at = earlier
    assumed = verify_bytes(b"protocol 101", plain, trust)
    assert assumed.ok and "assumed, not proved" in assumed.moment_said()
