"""The results view on the national demo: tables, charts, export, findings to precincts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from tallyapp.gui.charts import SeatsChart
from tallyapp.gui.results_view import ResultsView
from tallyapp.services.definitions import load_election
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


def test_national_results_view(qtbot: QtBot, demo_url: str, tmp_path: Path) -> None:
    view = ResultsView(open_engine(demo_url), "CEC")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show()
    assert "turnout 54.21%" in view.heading.text()
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs[:4] == ["Party list", "Districts", "Commissions below", "Completeness"]
    assert tabs[4] == "Anomalies"  # computed when opened
    with qtbot.waitSignal(view.anomaliesLoaded, timeout=30_000):
        view.tabs.setCurrentIndex(4)
    assert view.tabs.tabText(4).startswith("Anomalies (")
    first = [view.party_table.item(0, c).text() for c in range(4)]
    assert first == ["Amanat", "3,431,510", "53.90", "40"]
    seats = sum(
        int(view.party_table.item(r, 3).text() or 0) for r in range(view.party_table.rowCount())
    )
    assert seats == 69
    assert view.district_table.rowCount() == 29
    assert view.district_table.item(0, 1).text() == "Däulet Turlyhanov"
    assert view.children_table.rowCount() == 20
    assert set(view.charts) == {"shares", "seats", "turnout", "progress"}
    # Each party in its own colour, as the election definition gives it.
    election = load_election("kz-majilis-2023")
    colours = election.party_colours()
    code_of = {p.names.en: p.code for p in election.parties}
    seat_chart = view.charts["seats"].chart
    assert isinstance(seat_chart, SeatsChart)
    for group in seat_chart.groups:
        assert group.colour == colours[code_of[group.label.rsplit(": ", 1)[0]]], group
    assert len({g.colour for g in seat_chart.groups}) == len(seat_chart.groups) == 6
    for name, chart in view.charts.items():
        chart.export(tmp_path / f"{name}.png")
        chart.export(tmp_path / f"{name}.svg")
        assert (tmp_path / f"{name}.png").stat().st_size > 1000
        assert b"<svg" in (tmp_path / f"{name}.svg").read_bytes()[:2000]
    # A finding lists its precincts; choosing one asks the main window to open it.
    checks = [view.findings.item(i, 0).text() for i in range(view.findings.rowCount())]
    assert "Exactly round percentages" in checks
    row = checks.index("Exactly round percentages")
    assert (
        "percentages whose decimals past place 1 are all zero" in view.findings.item(row, 1).text()
    )


def test_every_table_shows_the_typed_results(qtbot: QtBot, demo_url: str) -> None:
    """Each cell of the party, district and commissions-below tables against the results
    computed apart, figured here from their raw totals: a column reading the wrong field (the
    runner-up for the winner, expected for accepted, a share of the wrong whole) fails."""
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.results import compute_results

    engine = open_engine(demo_url)
    view = ResultsView(engine, "CEC")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show()
    blue = compute_results(engine, "CEC", BallotKind.PARTY_LIST)
    green = compute_results(engine, "CEC", BallotKind.CONSTITUENCY)

    def cells(table: QTableWidget) -> list[list[str]]:
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:.2f}"

    t = blue.tree.totals
    valid = sum(t.votes.values()) + t.against_all
    names = {p.code: p.names.en for p in blue.election.parties}
    assert blue.seats is not None
    seats = {p.code: p.seats for p in blue.seats.parties}
    ranked = sorted(t.votes.items(), key=lambda kv: -kv[1])
    assert cells(view.party_table) == [
        *([names[c], f"{v:,}", share(v, valid), str(seats[c])] for c, v in ranked),
        ["Against all", f"{t.against_all:,}", share(t.against_all, valid), ""],
    ]
    outcome = {"elected": "elected", "tie-needs-lot": "tie: the commission draws lots"}
    districts = []
    for d in green.districts:
        w, r = d.ranking[0], d.ranking[1]  # the demo's districts each elect one, no tie
        winner, runner_up = green.candidates[w.candidate_id], green.candidates[r.candidate_id]
        # A party by its code as the definition spells it; self-nomination in words.
        party = "self-nominated" if winner.nomination == "independent" else winner.nomination
        districts.append(
            [
                str(d.number),
                winner.name,
                party,
                f"{w.votes:,}",
                share(w.votes, d.valid),
                runner_up.name,
                f"{r.votes:,}",
                f"{w.votes - r.votes:,}",
                outcome[d.outcome.value],
            ]
        )
    assert len(districts) == 29
    assert cells(view.district_table) == districts
    assert cells(view.children_table) == [
        [
            c.name,
            f"{c.completeness.expected:,}",
            f"{c.completeness.accepted:,}",
            share(c.totals.fields["ballots_in_boxes"], c.totals.fields["voters_on_list"]),
            f"{c.totals.against_all:,}",
            f"{c.totals.fields['invalid']:,}",
        ]
        for c in blue.tree.children
    ]
    missing = len(blue.tree.completeness.missing)
    assert view.heading.text().endswith(
        f"protocols: {blue.tree.completeness.accepted:,} of "
        f"{blue.tree.completeness.expected:,} accepted, {missing} missing"
    )


def test_a_finding_opens_its_precinct(qtbot: QtBot, demo_url: str) -> None:
    from tallyapp.domain.anomalies import Finding
    from tallyapp.services.anomalies import AnomalyReport

    view = ResultsView(open_engine(demo_url), "ABAI-03")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show()
    assert view.missing.count() == 0  # every demo protocol is accepted
    finding = Finding(
        "high-turnout",
        "t",
        "d",
        ("101", "102"),
        params={"count": 2, "above": 95, "listing": "101 (99 / 100, 99.0%)"},
    )
    report = AnomalyReport("ABAI-03", 1, (finding,))
    view.tabs.addTab(view._anomaly_tab(report), "test")
    view.findings.setCurrentCell(0, 1)
    assert [view.finding_precincts.item(i).text() for i in range(2)] == ["101", "102"]
    assert view.findings.item(0, 1).text() == "2 precincts with turnout above 95%"
    assert view.finding_detail.text().startswith("precinct (ballots / voters, turnout): 101")
    # Keyboard: Enter on a precinct of the finding opens it.
    view.finding_precincts.setCurrentRow(1)
    view.finding_precincts.setFocus()
    with qtbot.waitSignal(view.openPrecinct, timeout=20_000) as opened:
        qtbot.keyClick(view.finding_precincts, Qt.Key.Key_Return)
    assert opened.args == ["102"]


def test_results_from_the_main_window_open_precincts(qtbot: QtBot, demo_url: str) -> None:
    from tallyapp.domain.actor import Actor
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.sessions import observer_session

    window = MainWindow(
        open_engine(demo_url), Actor("cec member", "cec", observer_session("CEC", "x"))
    )
    qtbot.addWidget(window)
    window.show()
    window.open_precinct("4312")  # selects it in the tree: its TEC is the commission
    assert window.selected_commission() == "KARAGANDA-03"
    view = window.open_results()  # the results of the selected precinct itself
    qtbot.addWidget(view)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    assert view.data is not None and view.data.blue.tree.code == "4312"
    assert view.data.blue.tree.completeness.expected == 1
    view.openPrecinct.emit("101")
    assert window.precinct == "101"
    # Home in the tree: the CEC's row, above the regions; national results again.
    window.tree_view.setFocus()
    qtbot.keyClick(window.tree_view, Qt.Key.Key_Home)
    assert window.selected_for_results() == "CEC"
    top = window.tree_model.index(0, 1)
    # Every protocol of the country, accepted (its share on a narrow screen, the counts in
    # the tooltip).
    tip = top.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("10223 of 10223 protocols accepted (100.0%)"), tip
    assert top.data() == ("100%" if window.tree_model.compact else "10223/10223")
    national = window.open_results()
    qtbot.addWidget(national)
    qtbot.waitSignal(national.loaded, timeout=30_000).wait()
    assert national.data is not None and national.data.blue.tree.level == "cec"
    # The district commissions follow the regions, with green progress only.
    model = window.tree_model
    kinds = [model.index(r, 0).internalPointer().kind for r in range(model.rowCount())]
    assert kinds.count("cec") == 1 and kinds.count("region") == 20 and kinds.count("dec") == 29
    first_dec = kinds.index("dec")
    dec = model.index(first_dec, 0)
    assert model.index(first_dec, 1).data() is None  # no blue ballot at a district
    green = model.index(first_dec, 2).data(Qt.ItemDataRole.ToolTipRole)
    accepted, expected = (int(w) for w in green.split()[:3:2])
    assert accepted == expected > 0, green
    window.tree_view.setCurrentIndex(dec)
    assert window.selected_for_results() == dec.internalPointer().code


def test_results_drill_down_by_keyboard_to_a_single_precinct(qtbot: QtBot, demo_url: str) -> None:
    view = ResultsView(open_engine(demo_url), "CEC")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show()
    path = []
    for _level in ("region", "tec", "precinct"):
        table = view.children_table
        table.setFocus()
        table.selectRow(0)
        table.setCurrentCell(0, 0)
        assert view.data is not None
        expected = view.data.blue.tree.children[0]
        qtbot.keyClick(table, Qt.Key.Key_Return)
        view = view.drilled[-1]
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda v=view: v.data is not None, timeout=30_000)
        assert view.data is not None
        assert view.data.blue.tree.code == expected.code
        assert view.data.blue.tree.totals.votes == expected.totals.votes
        path.append(view.data.blue.tree.level)
        if path[-1] == "precinct":
            break
    assert path == ["region", "tec", "precinct"]
    assert view.data is not None and view.data.blue.tree.completeness.expected == 1
    assert view.heading.text().startswith("Polling station No. ")


def test_esc_and_ctrl_w_close_a_results_window(qtbot: QtBot, demo_url: str) -> None:
    for key, modifier in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        view = ResultsView(open_engine(demo_url), "ABAI-03")
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=30_000):
            view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=20_000)
        from PySide6.QtWidgets import QApplication

        qtbot.keyClick(QApplication.focusWidget() or view, key, modifier)
        assert not view.isVisible()


@pytest.mark.parametrize(
    ("lang", "size", "commission"),
    [
        ("kk", (1366, 768), "CEC"),
        ("ru", (1024, 768), "CEC"),
        ("kk", (1024, 768), "KARAGANDA"),
        ("ru", (1366, 768), "KARAGANDA-03"),
    ],
)
def test_results_are_legible_at_every_size_and_language(
    qtbot: QtBot, demo_url: str, lang: str, size: tuple[int, int], commission: str
) -> None:
    """Every column of the party table visible with its figures whole, seats without
    scrolling; decimals with a comma; every chart label and value drawn in full; the
    threshold only where seats are allocated; completeness in per cent."""

    from tallyapp.gui.charts import BarChart

    with speaking(lang):
        view = ResultsView(open_engine(demo_url), commission, lang)
        qtbot.addWidget(view)
        view.resize(*size)
        with qtbot.waitSignal(view.loaded, timeout=30_000):
            view.show()
        qtbot.waitUntil(  # the heading wraps once the layout settles
            lambda: view.heading.heightForWidth(view.heading.width()) <= view.heading.height()
        )
        decimal = view.data.blue.tree.totals.turnout_percent if view.data else 0
        assert f"{decimal:.2f}".replace(".", ",") + "%" in view.heading.text()
        assert view.heading.heightForWidth(view.heading.width()) <= view.heading.height()
        table = view.party_table
        viewport = table.viewport().width()
        metrics = table.fontMetrics()
        for column in range(table.columnCount()):
            right = table.columnViewportPosition(column) + table.columnWidth(column)
            assert right <= viewport, (column, right, viewport)  # Seats too, without scrolling
            for row in range(table.rowCount()):
                text = table.item(row, column).text()
                assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(column), text
        percent = table.item(0, 2).text()
        assert "," in percent and "." not in percent, percent
        checked = set()
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)  # a tab is laid out when it is shown
            page = view.tabs.widget(tab)
            qtbot.waitUntil(lambda page=page: page.isVisible() and page.width() > 0)
            QApplication.processEvents()
            for name, exportable in view.charts.items():
                chart = exportable.chart
                if not isinstance(chart, BarChart) or not chart.isVisible():
                    continue
                checked.add(name)
                chart_metrics = chart.fontMetrics()
                labels = max(chart_metrics.horizontalAdvance(r.label) for r in chart.data.rows)
                values = max(chart_metrics.horizontalAdvance(r.text) for r in chart.data.rows)
                # Room for every label and value in full, with the bars between them.
                assert chart.width() >= labels + values + 40, (name, chart.width())
                assert all("," in r.text for r in chart.data.rows), name
        assert checked == {"shares", "turnout", "progress"}
        shares = view.charts["shares"].chart
        assert isinstance(shares, BarChart)
        assert (shares.data.marker is not None) == (commission == "CEC")
        progress = view.charts["progress"].chart
        assert isinstance(progress, BarChart)
        assert progress.data.maximum == 100.0
        assert all(r.text.count("100,00") == 1 for r in progress.data.rows)


@pytest.mark.parametrize(("lang", "word"), [("kk", "өзін-өзі ұсынған"), ("ru", "самовыдвижение")])
def test_self_nominated_winners_are_named_in_the_readers_words(
    qtbot: QtBot, demo_url: str, lang: str, word: str
) -> None:
    from tests.gui.languages import speaking

    with speaking(lang):
        view = ResultsView(open_engine(demo_url), "CEC", lang)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=30_000):
            view.show()
        table = view.district_table
        parties = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert word in parties
    assert "independent" not in parties
