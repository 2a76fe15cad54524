"""Keys on tokens: the national certification authority's keys also live on hardware tokens
(Kaztoken, eToken, JaCarta) reached through PKCS#11. A chair's key imported into a SoftHSM2
token signs a protocol PDF and a package that verify and import, the key never leaving the
token. CI installs softhsm2 (.ci/run); elsewhere the test is skipped when it is absent."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.keys import make_keys
from tallyapp.services.setup import init_database, open_engine
from tests.services.test_authority_services import signing_for, values
from tests.sessions import chair_key, member_of

MODULES = [
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
]
MODULE = next((m for m in MODULES if Path(m).exists()), None)
IN_CI = bool(os.environ.get("CI"))

pytestmark = pytest.mark.skipif(
    (MODULE is None or shutil.which("softhsm2-util") is None) and not IN_CI,
    reason="softhsm2 is not installed (CI installs it)",
)


@pytest.fixture(scope="module")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A territorial commission's database with precinct 101 finalised, and its chair's key
    on a token, once EC and once RSA. Every token is made before the PKCS#11 library is
    first loaded in this process: once loaded, it does not see tokens made after."""
    assert MODULE is not None, "softhsm2 must be installed in CI (.ci/run)"
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(config)
    url = f"sqlite:///{folder / 'tec.sqlite3'}"
    init_database(url)
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


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_a_key_on_a_token_signs_a_protocol_and_a_package_that_verify(
    softhsm: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str], algorithm: str
) -> None:
    url = str(softhsm["url"])
    above = f"sqlite:///{tmp_path / 'above.sqlite3'}"
    init_database(above)
    label = f"commission-{algorithm}"
    authority = softhsm["authorities"][algorithm]  # type: ignore[index]
    (tmp_path / "pin.txt").write_text("1234\n")
    token = ["--token", str(softhsm["module"]), "--token-label", label, "--key-label", "chair",
             "--pin-file", str(tmp_path / "pin.txt")]  # fmt: skip
    pdf = tmp_path / "101.pdf"
    assert main(["export-pdf", "--db", url, "--commission", "101", *token,
                 "--out", str(pdf)]) == 0  # fmt: skip
    capsys.readouterr()
    trust = ["--trust", str(authority)]
    assert main(["verify", str(pdf), *trust, "--db", url]) == 0, capsys.readouterr().out
    assert capsys.readouterr().out.rstrip().endswith("VERIFIED")
    package = tmp_path / "ABAI-03.json"
    assert main(["export", "--db", url, "--commission", "ABAI-03", "--format", "package",
                 *token, "--out", str(package)]) == 0  # fmt: skip
    assert json.loads(package.read_text("utf-8"))["format_version"] == 2
    capsys.readouterr()
    assert main(["import", str(package), "--db", above, "--as", "ABAI", *trust]) == 0
    assert "ACCEPTED" in capsys.readouterr().out
    # A wrong PIN: refused in a sentence, exit 2, nothing written.
    (tmp_path / "wrong.txt").write_text("0000\n")
    token[-1] = str(tmp_path / "wrong.txt")
    assert main(["export-pdf", "--db", url, "--commission", "101", *token,
                 "--out", str(tmp_path / "x.pdf")]) == 2  # fmt: skip
    assert "cannot be reached" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
