"""Summary protocols as documents: their figures attached and fingerprinted, signed by their
commission's chair, verified row by row, and imported by the commission above, which compares
them line by line with its own sum."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say
from tallyapp.reports.detached import load_roots
from tallyapp.reports.pdf_file import attach_json, read_attachments
from tallyapp.reports.signing import sign_pdf, verify_pdf
from tallyapp.services.exchange import import_files
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_summary
from tallyapp.services.setup import open_engine
from tests.sessions import chair_key

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


def test_a_signed_summary_verifies_imports_and_is_compared(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(demo_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03", "PEC-101"])
    summary = export_summary(engine, "ABAI-03", BallotKind.PARTY_LIST, "ru")
    data = json.loads(read_attachments(summary)["summary.json"])
    assert data["commission"] == "ABAI-03" and data["precincts"] > 0
    assert verify_pdf(summary, [], require_signature=False).problems == []
    signed = tmp_path / "ABAI-03-summary.pdf"
    signed.write_bytes(sign_pdf(summary, chair_key(engine, keys.folder, "ABAI-03"), b"pw"))
    trust = ["--trust", str(keys.authority), "--db", demo_url]
    assert main(["verify", str(signed), *trust]) == 0
    assert "for:         ABAI-03, with the authority to sign" in capsys.readouterr().out
    # The region imports it: kept, compared with its own sum, no line differs.
    [outcome] = import_files(engine, [signed], load_roots([keys.authority]), importer="ABAI")
    assert outcome.outcome == "summary", outcome.reason
    assert outcome.differences == []
    # Signed by a precinct commission's chair: not theirs to sign.
    other = tmp_path / "by-pec.pdf"
    other.write_bytes(sign_pdf(summary, chair_key(engine, keys.folder, "PEC-101"), b"pw"))
    [refused] = import_files(engine, [other], load_roots([keys.authority]), importer="ABAI")
    assert refused.outcome == "rejected" and refused.reason is not None
    assert "not a member of commission ABAI-03" in say(refused.reason)
    assert main(["verify", str(other), *trust]) == 1
    capsys.readouterr()
    # Figures attached that the page does not print: refused row by row.
    data["votes"]["AMANAT"] += 50
    data["votes"]["AUYL"] -= 50
    for line in data["lines"]:
        if line["key"] in ("vote:AMANAT", "vote:AUYL"):
            line["value"] = data["votes"][line["key"][5:]]
    from tallyapp.domain.protocol import summary_fingerprint

    data["fingerprint"] = summary_fingerprint(data)
    lying = attach_json(summary, data, "summary.json")
    problems = verify_pdf(lying, [], require_signature=False).problems
    assert "the printed fingerprint differs from the attached data" in problems
    assert any(p.startswith("line 8: the printed row does not read") for p in problems)


def test_the_final_results_carry_their_figures(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tallyapp.services.pdf_export import export_results

    engine = open_engine(demo_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["CEC", "ABAI"])
    results = export_results(engine, "kk")
    data = json.loads(read_attachments(results)["results.json"])
    assert [p["seats"] for p in data["parties"]] == [40, 8, 6, 5, 0, 6, 4]
    assert verify_pdf(results, [], require_signature=False).problems == []
    signed = tmp_path / "results.pdf"
    signed.write_bytes(sign_pdf(results, chair_key(engine, keys.folder, "CEC"), b"pw"))
    trust = ["--trust", str(keys.authority), "--db", demo_url]
    assert main(["verify", str(signed), *trust]) == 0
    by_region = tmp_path / "by-region.pdf"
    by_region.write_bytes(sign_pdf(results, chair_key(engine, keys.folder, "ABAI"), b"pw"))
    assert main(["verify", str(by_region), *trust]) == 1  # not the CEC's chair
    assert "not a member of commission CEC" in capsys.readouterr().out
    # Seats attached that the page does not print: refused.
    data["parties"][1]["seats"], data["party_rows"][1]["seats"] = 9, 9
    data["parties"][0]["seats"], data["party_rows"][0]["seats"] = 39, 39
    from tallyapp.domain.protocol import results_fingerprint

    data["fingerprint"] = results_fingerprint(data)
    problems = verify_pdf(attach_json(results, data, "results.json"), [], require_signature=False)
    assert any("printed row of" in p for p in problems.problems), problems.problems
