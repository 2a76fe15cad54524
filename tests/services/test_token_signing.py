"""Keys on tokens: the national certification authority's keys also live on hardware tokens
(Kaztoken, eToken, JaCarta) reached through PKCS#11. A chair's key imported into a SoftHSM2
token signs a protocol PDF and a package that verify and import, the key never leaving the
token. CI installs softhsm2 (.ci/run); elsewhere the test is skipped when it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tests.databases import initialised_sqlite
from tests.tokens import needs_softhsm

pytestmark = needs_softhsm


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_a_key_on_a_token_signs_a_protocol_and_a_package_that_verify(
    softhsm: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str], algorithm: str
) -> None:
    url = str(softhsm["url"])
    above = initialised_sqlite(tmp_path / "above.sqlite3")
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
