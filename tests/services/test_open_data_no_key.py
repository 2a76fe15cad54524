"""Open data, the CDF and results are not signed: a newcomer with no keys exports them. A
package is signed, and without a key the app says how to get one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tests.sessions import without_keygen_keys


@pytest.fixture
def no_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    without_keygen_keys(monkeypatch, tmp_path / "empty-data")
    return tmp_path


def test_csv_and_cdf_need_no_key(
    demo_url: str, no_keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = no_keys / "open"
    out.mkdir()
    assert (
        main(
            [
                "export",
                "--db",
                demo_url,
                "--commission",
                "ABAI",
                "--format",
                "csv",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert (out / "party-list.csv").read_text("utf-8").count("\n") > 100
    cdf = no_keys / "abai.json"
    assert (
        main(
            [
                "export",
                "--db",
                demo_url,
                "--commission",
                "ABAI",
                "--format",
                "cdf",
                "--out",
                str(cdf),
            ]
        )
        == 0
    )
    assert json.loads(cdf.read_text("utf-8"))["@type"] == "ElectionResults.ElectionReport"
    assert "passphrase" not in capsys.readouterr().err


def test_a_package_without_a_key_says_to_run_keygen(
    demo_url: str, no_keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "export",
            "--db",
            demo_url,
            "--commission",
            "ABAI-03",
            "--format",
            "package",
            "--out",
            str(no_keys / "p.json"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "keygen" in err and "--key" in err and "passphrase" not in err
