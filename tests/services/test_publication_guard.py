"""Nothing is published from a broken record, on SQLite and PostgreSQL: with a running total
edited by plain SQL (what `results` prints), `results`, open data (CSV, CDF), the printed
results and summary, and packages refuse with exit 1 and name the broken link; with
`--despite-audit-failure` they are published, and every page and file says so."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import text

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.entry import EntryService
from tallyapp.services.publication import RecordBroken, guard_publication
from tallyapp.services.review import accept
from tallyapp.storage.database import make_engine
from tests.services.test_authority_services import signing_for
from tests.services.test_entry import _good_values
from tests.sessions import member_of

STAMP_EN = "AUDIT FAILED: the record is broken (1), these figures are not official"


@pytest.fixture
def accepted(initialised_url: str) -> str:
    engine = make_engine(initialised_url)
    # The precinct commission keys and finalises; its territorial commission accepts.
    service = EntryService(engine, member_of(engine, "PEC-1"))
    service.finalise(
        service.open("1", BallotKind.PARTY_LIST), _good_values(), signing_for(engine, "1")
    )
    accept(engine, member_of(engine, "ABAI-01"), "1", BallotKind.PARTY_LIST)
    engine.dispose()
    return initialised_url


def _add_votes(url: str) -> None:
    """Ten votes more for AMANAT in its territorial commission's running total."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE tally SET value = value + 10 WHERE key = 'vote:AMANAT'"))
    engine.dispose()


def _pages(pdf: bytes) -> list[str]:
    return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf)]


def test_a_broken_record_is_not_published(
    accepted: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", accepted]
    assert main(["results", *db]) == 0  # intact: published, and the audit remembered
    intact = capsys.readouterr().out
    assert "AUDIT" not in intact
    _add_votes(accepted)  # the remembered audit no longer holds: the record changed
    refusals = [
        (["results", *db], None),
        (["results", *db, "--json"], None),
        (["export", *db, "--commission", "CEC", "--format", "csv", "--out", "o.csv"], "o.csv"),
        (["export", *db, "--commission", "CEC", "--format", "cdf", "--out", "o.json"], "o.json"),
        (
            ["export-pdf", *db, "--commission", "CEC", "--document", "results", "--out", "r.pdf"],
            "r.pdf",
        ),
        (["export-pdf", *db, "--commission", "ABAI-01", "--out", "s.pdf"], "s.pdf"),
        (["export", *db, "--commission", "ABAI-01", "--format", "package", "--out", "p"], "p"),
    ]
    for command, out in refusals:
        if out is not None:
            command[command.index(out)] = str(tmp_path / out)
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert "the record does not audit (1 broken link)" in err, err
        assert "ABAI-01" in err.splitlines()[-1]  # the broken link: the commission's total
        assert out is None or not (tmp_path / out).exists()
    engine = make_engine(accepted)
    with pytest.raises(RecordBroken) as refused:
        guard_publication(engine)
    assert [b.code for b in refused.value.broken] == ["audit.tally-differs"]
    engine.dispose()


def test_published_despite_the_audit_every_page_and_file_says_so(
    accepted: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_votes(accepted)
    db = ["--db", accepted, "--despite-audit-failure"]
    assert main(["results", *db]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert STAMP_EN in printed[0] and STAMP_EN in printed[-1]
    assert "АУДИТ НЕ ПРОЙДЕН" in printed[0] and "АУДИТ ӨТПЕДІ" in printed[0]
    assert main(["results", *db, "--json"]) == 0
    assert STAMP_EN in json.loads(capsys.readouterr().out)["audit_failed"]
    csv = tmp_path / "open.csv"
    command = ["export", *db, "--commission", "CEC", "--format", "csv", "--ballot"]
    assert main([*command, "party-list", "--out", str(csv)]) == 0
    assert STAMP_EN in csv.read_text("utf-8").splitlines()[0]
    cdf = tmp_path / "cdf.json"
    assert main(["export", *db, "--commission", "CEC", "--format", "cdf", "--out", str(cdf)]) == 0
    document = json.loads(cdf.read_text("utf-8"))
    assert STAMP_EN in document["Notes"] and document["OtherStatus"] == "audit-failed"
    pdf = tmp_path / "results.pdf"
    assert (
        main(["export-pdf", *db, "--commission", "CEC", "--document", "results", "--out", str(pdf)])
        == 0
    )
    pages = _pages(pdf.read_bytes())
    assert pages and all("AUDIT FAILED" in p and "АУДИТ НЕ ПРОЙДЕН" in p for p in pages)
    summary = tmp_path / "summary.pdf"
    assert main(["export-pdf", *db, "--commission", "ABAI-01", "--out", str(summary)]) == 0
    assert all("AUDIT FAILED" in p for p in _pages(summary.read_bytes()))
    # Never signed, never packaged.
    capsys.readouterr()
    signed = ["--sign", "k.p12", "--passphrase-file", "x", "--out", str(tmp_path / "s.pdf")]
    assert main(["export-pdf", *db, "--commission", "CEC", "--document", "results", *signed]) == 2
    package = ["--commission", "ABAI-01", "--format", "package", "--out", str(tmp_path / "p")]
    assert main(["export", *db, *package]) == 2
    assert not (tmp_path / "s.pdf").exists() and not (tmp_path / "p").exists()
