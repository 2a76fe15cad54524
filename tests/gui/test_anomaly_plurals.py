"""The anomaly report counts in each language's own plural forms (1 процент, 2 процента,
5 процентов, 21 процент), never a made-up "процент(ов)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tallyapp.domain.anomalies import Finding
from tallyapp.gui.results_view import ResultsView
from tallyapp.services.anomalies import AnomalyReport
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking

# The finding's line and detail as a reader of each language expects them, by count.
EXPECTED = {
    ("ru", 1): ("1 процент, ровно круглый", "оканчиваются 1 нулём"),
    ("ru", 2): ("2 процента, ровно круглые", "оканчиваются 2 нулями"),
    ("ru", 5): ("5 процентов, ровно круглые", "оканчиваются 5 нулями"),
    ("ru", 21): ("21 процент, ровно круглый", "оканчиваются 21 нулём"),
    # Kazakh: a noun after a numeral stays in the singular.
    ("kk", 1): ("1 пайыз 1 ондық", "1 нөлмен аяқталады"),
    ("kk", 2): ("2 пайыз 1 ондық", "2 нөлмен аяқталады"),
    ("kk", 5): ("5 пайыз 1 ондық", "5 нөлмен аяқталады"),
    ("kk", 21): ("21 пайыз 1 ондық", "21 нөлмен аяқталады"),
}


def round_finding(count: int) -> Finding:
    """`count` exactly round percentages, each ending in `count` zeros (to read both plurals)."""
    return Finding(
        "round-percentages",
        "title",
        "detail",
        units=("ABAI",),
        params={
            "count": count,
            "round_to": 1,
            "total": 40,
            "decimals": 3,
            "zeros": count,
            "expected": 0.04,
            "examples": "ABAI: AMANAT 53.900%",
        },
    )


@pytest.mark.parametrize(("lang", "count"), sorted(EXPECTED))
def test_the_findings_count_in_real_plural_forms(
    qtbot: QtBot, gui_url: str, lang: str, count: int
) -> None:
    line, detail = EXPECTED[lang, count]
    with speaking(lang):
        view = ResultsView(open_engine(gui_url), "ABAI-03", lang)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=30_000):
            view.show()
        with qtbot.waitSignal(view.anomaliesLoaded, timeout=20_000):
            view._show_anomalies(AnomalyReport("ABAI-03", 1, (round_finding(count),)))
        shown = view.findings.item(0, 1).text()
        # The finding chosen by keyboard shows its detail under the table.
        view.findings.setFocus()
        qtbot.keyClick(view.findings, Qt.Key.Key_Down)
        said = view.finding_detail.text()
    assert shown.startswith(line), shown
    assert detail in said, said
    assert "(" not in shown and "(" not in said.split(".")[0], (shown, said)
