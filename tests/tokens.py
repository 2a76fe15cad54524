"""A software token for the tests of keys on tokens (tests/services/test_token_signing.py,
tests/gui/test_token_preview.py): SoftHSM2, which CI installs (.ci/run); elsewhere those
tests are skipped when it is absent.

The tokens are made once per test process, before the PKCS#11 library is first loaded in
it: once loaded, the library does not see tokens made after. Hence one session fixture
(`softhsm`, registered in tests/conftest.py) for every file that signs with a token.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.keys import make_keys
from tallyapp.services.setup import open_engine
from tests.databases import initialised_sqlite
from tests.sessions import chair_key, member_of

MODULES = [
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
]
MODULE = next((m for m in MODULES if Path(m).exists()), None)
IN_CI = bool(os.environ.get("CI"))

needs_softhsm = pytest.mark.skipif(
    (MODULE is None or shutil.which("softhsm2-util") is None) and not IN_CI,
    reason="softhsm2 is not installed (CI installs it)",
)


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A territorial commission's database with precinct 101 finalised, and its chair's key
    on a token, once EC and once RSA. Every token is made before the PKCS#11 library is
    first loaded in this process: once loaded, it does not see tokens made after."""
    from tests.services.test_authority_services import signing_for, values

    assert MODULE is not None, "softhsm2 must be installed in CI (.ci/run)"
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(config)
    url = initialised_sqlite(folder / "tec.sqlite3")
    engine = open_engine(url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    authorities = {}
    for algorithm in ("ec", "rsa"):
        keys = make_keys(engine, folder / algorithm, b"pw", only=["ABAI-03"], algorithm=algorithm)
        key = chair_key(engine, keys.folder, "ABAI-03")
        _token_with(key, b"pw", folder / algorithm, f"commission-{algorithm}")
        authorities[algorithm] = keys.authority
    engine.dispose()
    return {"module": MODULE, "url": url, "authorities": authorities}


def _token_with(key_file: Path, passphrase: bytes, folder: Path, label: str) -> None:
    """A SoftHSM2 token labelled `label`, PIN 1234, holding the key and certificate of
    `key_file` under the label "chair"."""
    assert MODULE is not None
    key, cert, _chain = pkcs12.load_key_and_certificates(key_file.read_bytes(), passphrase)
    assert key is not None and cert is not None
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (folder / "cert.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    for command in (
        ["softhsm2-util", "--init-token", "--free", "--label", label,
         "--pin", "1234", "--so-pin", "5678"],
        ["softhsm2-util", "--import", str(folder / "key.pem"), "--token", label,
         "--label", "chair", "--id", "01", "--pin", "1234"],
        ["pkcs11-tool", "--module", MODULE, "--token-label", label, "--login",
         "--pin", "1234", "--write-object", str(folder / "cert.der"), "--type", "cert",
         "--id", "01", "--label", "chair"],
    ):  # fmt: skip
        subprocess.run(command, check=True, capture_output=True)
    (folder / "key.pem").unlink()  # from here on the key exists only on the token
