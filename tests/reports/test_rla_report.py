"""The audit report renders in Kazakh, Russian and English, with every section's words."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from tallyapp.domain.election import Names
from tallyapp.reports.rla_report import (
    CONTEXT,
    AssertionLine,
    AuditReport,
    ContestLine,
    FullCountLine,
    RecountLine,
    render_audit_report,
)
from tallyapp.reports.texts import text as word

REPORT = AuditReport(
    election=Names("Мәжіліс 2023", "Мажилис 2023", "Mäjilis 2023"),
    risk_limit="5%",
    test="kaplan-markov",
    understatements="keep",
    software="tallyapp 0.1.0",
    rules=(("seats", "69"), ("threshold_percent", "5"), ("winner_must_beat_against_all", "true")),
    manifest_sha256="9b2488d4" + "0" * 56,
    precincts=10_223,
    total_weight=438_796_813_699,
    error_bound="438.797",
    unauditable=(("1001", "abroad"),),
    seed="08772473296991897540",
    ceremony="place: Astana",
    stream="08772473296991897540/ALL",
    draws=((1, "a34500a6" + "0" * 56, 154_296_664_008, "3751", 1),),
    contests=(
        ContestLine(
            "PL",
            "AMANAT 40, AUYL 8",
            (
                AssertionLine(
                    "PL:HAMILTON_PAIR:AMANAT:RESPUBLICA",
                    "HAMILTON_PAIR",
                    "28,316.48",
                    "14159",
                    "0.676",
                    "341.6",
                ),
            ),
            "0.04210",
            "confirmed",
            "",
        ),
        ContestLine(
            "SMD-07", "D07-1", (), "1", "full-count", "infinite:SMD-07:PLURALITY_PAIR:D07-1:D07-2"
        ),
    ),
    recounts=(
        RecountLine(
            "3751",
            "PL",
            "AMANAT 562",
            "AMANAT 559",
            False,
            (("PL:HAMILTON_PAIR:AMANAT:RESPUBLICA", "2.03", "0.007124"),),
        ),
        RecountLine("3751", "SMD-16", "D16-1 480", "", True, ()),
    ),
    full_counts=(
        FullCountLine("SMD-07", 352, 17, 218_004, "D07-1 90211, D07-2 88016, X 0, inv 12"),
    ),
)


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_report_renders_in_each_language(lang: str) -> None:
    pdf = render_audit_report(REPORT, lang)
    assert pdf.startswith(b"%PDF")
    text = " ".join(_text(pdf).split())
    for key in (
        "contests",
        "rules",
        "assertions",
        "manifest",
        "recounts",
        "risk",
        "verify",
        "draws",
    ):
        assert word(key, lang, CONTEXT) in text, key
    assert word("rule.seats", lang, CONTEXT) + ": 69" in text
    assert word("full-count", lang, CONTEXT) in text
    assert word("missing", lang, CONTEXT) in text
    statement = word("statement", lang, CONTEXT).format(contest="PL", alpha="5%", confidence="95%")
    assert " ".join(statement.split()) in text
    assert "08772473296991897540" in text and "1001 (abroad)" in text
    assert "0.007124" in text
    assert word("full_counts", lang, CONTEXT) in text and "17 / 352" in text
    assert "D07-1 90211, D07-2 88016, X 0, inv 12" in text
