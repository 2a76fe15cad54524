"""The results and the anomaly report say everything in the reader's language, with plural
forms, never "independent" or "(s)" in a Kazakh or Russian line."""

from __future__ import annotations

import pytest

from tallyapp.cli import main

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


@pytest.mark.parametrize(
    ("lang", "word"),
    [("kk", "өзін-өзі ұсынған"), ("ru", "самовыдвижение"), ("en", "self-nominated")],
)
def test_self_nominated_winners_are_named_in_the_readers_words(
    demo_url: str, lang: str, word: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", "--db", demo_url, "--ballot", "constituency", "--lang", lang]) == 0
    printed = capsys.readouterr().out
    assert f"({word})" in printed
    assert "independent" not in printed


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "14 percentages whose decimals past place 1 are all zero"),
        ("ru", "14 процентов, ровно круглые до 1-го знака"),
    ],
)
def test_the_anomaly_report_speaks_with_plural_forms(
    demo_url: str, lang: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["anomalies", "--db", demo_url, "--lang", lang]) == 0
    printed = capsys.readouterr().out
    assert line in printed, printed
    assert "(s)" not in printed and "(ов)" not in printed
