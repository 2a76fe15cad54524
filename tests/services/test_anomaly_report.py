"""The anomaly report over the national demo, and observers' copies compared with protocols."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import segno

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.reports import payload as qr
from tallyapp.services.anomalies import anomaly_report
from tallyapp.services.entry import EntryService
from tallyapp.services.exchange import import_files
from tallyapp.services.setup import open_engine

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


def test_round_official_percentages_are_reported(demo_url: str) -> None:
    report = anomaly_report(open_engine(demo_url))
    assert report.protocols == 10_223
    checks = {f.check: f for f in report.findings}
    assert "AMANAT 53.900%" in checks["round-percentages"].detail
    # The demo's synthetic precinct figures look honest to the other tests.
    assert "last-digits" not in checks and "identical" not in checks


def test_an_observers_copy_that_differs_is_listed(demo_url: str, tmp_path: Path) -> None:
    engine = open_engine(demo_url)
    service = EntryService(engine, Actor("observer", "laptop"))
    stored = service.open("4312", BallotKind.PARTY_LIST).stored
    assert stored is not None
    official = stored.protocol
    votes = dict(official.votes)
    votes["AMANAT"] -= 5
    votes["AUYL"] += 5  # the observer's copy moves five votes
    copy = dataclasses.replace(official, votes=votes)
    text = qr.encode(copy, service.election, 1, "original", "finalised")
    segno.make(text, error="m").save(str(tmp_path / "copy-4312.png"), scale=6)
    outcome = import_files(engine, [tmp_path / "copy-4312.png"], [], observer=True)[0]
    assert outcome.outcome == "observer copy", outcome.line()
    # It did not touch the official protocol.
    assert service.open("4312", BallotKind.PARTY_LIST).stored == stored
    report = anomaly_report(engine, "KARAGANDA")
    finding = next(f for f in report.findings if f.check == "observer")
    assert finding.precincts == ("4312",)
    assert (
        f"vote:AMANAT: official {official.votes['AMANAT']}, observer's copy "
        f"{official.votes['AMANAT'] - 5}" in finding.detail
    )
    engine.dispose()
