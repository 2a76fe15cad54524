"""Results of a commission: totals and seats, districts, the commissions below, completeness,
and the anomaly report; charts exportable as PNG or SVG; findings lead to their precincts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.election import BallotKind
from tallyapp.gui.tasks import run_task
from tallyapp.services.anomalies import AnomalyReport, anomaly_report
from tallyapp.services.results import Results, compute_results, results_to_json

PARTY_COLOURS = {
    "AMANAT": "#1f5fa8",
    "AUYL": "#3a9b3a",
    "RESPUBLICA": "#c0392b",
    "QHP": "#8e44ad",
    "BAYTAQ": "#27ae60",
    "AQJOL": "#2c7fb8",
    "JSDP": "#e67e22",
}


@dataclass
class ResultsData:
    blue: dict[str, Any]
    green: dict[str, Any] | None
    anomalies: AnomalyReport
    threshold: float
    party_names: dict[str, str]


def load_results(engine: Engine, commission: str | None, lang: str = "en") -> ResultsData:
    """All the view shows, computed off the GUI thread."""
    blue: Results = compute_results(engine, commission, BallotKind.PARTY_LIST, lang)
    green = None
    if blue.election.has_ballot(BallotKind.CONSTITUENCY):
        green = results_to_json(compute_results(engine, commission, BallotKind.CONSTITUENCY, lang))
    return ResultsData(
        results_to_json(blue),
        green,
        anomaly_report(engine, commission),
        float(blue.election.threshold.percent),
        {p.code: p.names.get(lang) for p in blue.election.parties},
    )


class ExportableChart(QWidget):
    """A chart with a button to save it as PNG or SVG."""

    def __init__(self, chart: QChart, name: str) -> None:
        super().__init__()
        self.name = name
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(QSize(360, 260))
        self.view.setAccessibleName(chart.title())
        button = QPushButton(self.tr("Export chart…"))
        button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            f"{self.name}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            size = self.view.size()
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.view.chart().title())
            painter = QPainter(generator)
            self.view.render(painter)
            painter.end()
        else:
            self.view.grab().save(str(path))


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = QLocale().toString(value) if isinstance(value, int) else str(value)
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ResultsView(QWidget):
    """The results of one commission, recomputed from the accepted protocols below it."""

    openPrecinct = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        engine: Engine,
        commission: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.commission = commission
        self.lang = lang
        self.data: ResultsData | None = None
        self.charts: dict[str, ExportableChart] = {}
        self.setWindowTitle(self.tr("Results"))
        self.heading = QLabel(self.tr("Counting…"))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        # A results window is its own top-level window: Esc and Ctrl+W close it.
        self.closers = []
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.close)
            self.closers.append(shortcut)
        self.resize(1300, 850)
        run_task(
            self,
            self.tr("Counting the results"),
            lambda _p: load_results(engine, commission, lang),
            self._show,
            self._failed,
            show_progress=False,
        )

    def _failed(self, message: str) -> None:
        self.heading.setText(self.tr("The results could not be computed: {0}").format(message))

    # --- building the tabs ----------------------------------------------------------------------

    def _show(self, data: ResultsData) -> None:
        self.data = data
        blue = data.blue
        p = blue["precincts"]
        self.heading.setText(
            self.tr(
                "{0} — turnout {1:.2f}% · against all {2:,} · invalid {3:,} · protocols: "
                "{4} of {5} accepted, {6} missing"
            )
            .format(
                blue["name"],
                blue["turnout_percent"],
                blue["against_all"],
                blue["invalid"],
                p["accepted"],
                p["expected"],
                p["missing"],
            )
            .replace(",", "\u202f")
        )
        self.tabs.addTab(self._party_tab(data), self.tr("Party list"))
        if data.green is not None:
            self.tabs.addTab(self._district_tab(data.green), self.tr("Districts"))
        if blue["children"]:
            below = (
                self.tr("Precincts")
                if blue["children"][0]["commission"]["level"] == "precinct"
                else self.tr("Commissions below")
            )
            self.tabs.addTab(self._children_tab(blue), below)
        self.tabs.addTab(self._completeness_tab(blue), self.tr("Completeness"))
        self.tabs.addTab(
            self._anomaly_tab(data.anomalies),
            self.tr("Anomalies ({0})").format(len(data.anomalies.findings)),
        )
        self.loaded.emit()

    def _party_tab(self, data: ResultsData) -> QWidget:
        blue = data.blue
        seats = blue.get("seats", {})
        codes = sorted(blue["votes"], key=lambda c: -blue["votes"][c])
        rows = [
            [
                data.party_names.get(c, c),
                blue["votes"][c],
                f"{blue['percent'][c]:.2f}",
                seats.get(c, "") if seats else "",
            ]
            for c in codes
        ]
        rows.append(
            [
                self.tr("Against all"),
                blue["against_all"],
                f"{100 * blue['against_all'] / blue['valid']:.2f}" if blue["valid"] else "",
                "",
            ]
        )
        self.party_table = _table(
            [self.tr("Party"), self.tr("Votes"), self.tr("%"), self.tr("Seats")], rows, {1, 2, 3}
        )
        self.party_table.setAccessibleName(self.tr("Party-list results"))
        shares = QChart()
        shares.setTitle(
            self.tr("Party shares, % (line: the {0:g}% threshold)").format(data.threshold)
        )
        bars = QBarSet(self.tr("Share"))
        for c in codes:
            bars.append(blue["percent"][c])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        shares.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(codes)
        axis_y = QValueAxis()
        axis_y.setRange(0, max([*blue["percent"].values(), data.threshold, 1]) * 1.1)
        shares.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        shares.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        line = QLineSeries()
        line.setName(self.tr("threshold"))
        line.append(-0.5, data.threshold)
        line.append(len(codes) - 0.5, data.threshold)
        line.setPen(QPen(QColor("#c0392b"), 2, Qt.PenStyle.DashLine))
        shares.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        shares.legend().setVisible(False)
        self.charts["shares"] = ExportableChart(shares, "party-shares")
        widgets: list[QWidget] = [self.party_table, self.charts["shares"]]
        if seats:
            hemicycle = QChart()
            hemicycle.setTitle(self.tr("Seats ({0})").format(sum(seats.values())))
            pie = QPieSeries()
            pie.setPieStartAngle(-90)
            pie.setPieEndAngle(90)
            pie.setHoleSize(0.45)
            for c in codes:
                if seats.get(c):
                    slice_ = pie.append(f"{c} {seats[c]}", seats[c])
                    slice_.setColor(QColor(PARTY_COLOURS.get(c, "#7f8c8d")))
                    slice_.setLabelVisible(True)
            hemicycle.addSeries(pie)
            hemicycle.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            hemicycle.setMargins(QMargins(0, 0, 0, 0))
            self.charts["seats"] = ExportableChart(hemicycle, "seats")
            widgets.append(self.charts["seats"])
        splitter = QSplitter()
        for w in widgets:
            splitter.addWidget(w)
        splitter.setSizes([460, 440, 440][: len(widgets)])
        return splitter

    def _district_tab(self, green: dict[str, Any]) -> QWidget:
        rows = []
        for d in green.get("districts", []):
            w, r = d["winner"], d["runner_up"]
            rows.append(
                [
                    d["number"],
                    w["name"] if w else d["outcome"],
                    w["party"] if w else "",
                    w["votes"] if w else "",
                    f"{w['percent']:.2f}" if w else "",
                    r["name"] if r else "",
                    r["votes"] if r else "",
                    d["margin"] or "",
                    d["outcome"],
                ]
            )
        self.district_table = _table(
            [
                self.tr("No."),
                self.tr("Elected"),
                self.tr("Party"),
                self.tr("Votes"),
                self.tr("%"),
                self.tr("Runner-up"),
                self.tr("Votes"),
                self.tr("Margin"),
                self.tr("Outcome"),
            ],
            rows,
            {0, 3, 4, 6, 7},
        )
        self.district_table.setAccessibleName(self.tr("District winners"))
        return self.district_table

    def _children_tab(self, blue: dict[str, Any]) -> QWidget:
        children = blue["children"]
        rows = [
            [
                c["name"],
                c["precincts"]["expected"],
                c["precincts"]["accepted"],
                f"{c['turnout_percent']:.2f}",
                c["against_all"],
                c["invalid"],
            ]
            for c in children
        ]
        precincts = children[0]["commission"]["level"] == "precinct"
        self.children_table = _table(
            [
                self.tr("Polling station") if precincts else self.tr("Commission"),
                self.tr("Precincts"),
                self.tr("Accepted"),
                self.tr("Turnout %"),
                self.tr("Against all"),
                self.tr("Invalid"),
            ],
            rows,
            {1, 2, 3, 4, 5},
        )
        self.children_table.setAccessibleName(self.tr("Commissions below"))
        self.children_table.setToolTip(self.tr("Enter opens the results of the selected row"))
        # Drilling down: Enter (or a double click) opens the row's own results, down to a
        # single precinct.
        self.children_table.activated.connect(lambda index: self.drill_down(index.row()))
        chart = QChart()
        chart.setTitle(self.tr("Turnout by commission, %"))
        bars = QBarSet(self.tr("Turnout"))
        names = [c["name"][:28] for c in children]
        for c in children:
            bars.append(c["turnout_percent"])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(names)
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        self.charts["turnout"] = ExportableChart(chart, "turnout")
        splitter = QSplitter()
        splitter.addWidget(self.children_table)
        splitter.addWidget(self.charts["turnout"])
        return splitter

    def drill_down(self, row: int) -> ResultsView | None:
        """The results of a commission (or precinct) listed below this one, in a window."""
        if self.data is None or not 0 <= row < len(self.data.blue["children"]):
            return None
        code = self.data.blue["children"][row]["commission"]["code"]
        view = ResultsView(self.engine, code, self.lang)
        view.setWindowFlag(Qt.WindowType.Window)
        view.openPrecinct.connect(self.openPrecinct)
        self.drilled = [*getattr(self, "drilled", []), view]
        view.show()
        return view

    def _completeness_tab(self, blue: dict[str, Any]) -> QWidget:
        children = blue["children"] or [blue]
        chart = QChart()
        chart.setTitle(self.tr("Reporting progress: accepted, received, missing"))
        accepted, received, missing = (
            QBarSet(self.tr("accepted")),
            QBarSet(self.tr("received, not accepted")),
            QBarSet(self.tr("missing")),
        )
        accepted.setColor(QColor("#2e7d32"))
        received.setColor(QColor("#f9a825"))
        missing.setColor(QColor("#c62828"))
        for c in children:
            p = c["precincts"]
            accepted.append(p["accepted"])
            received.append(p["received"] - p["accepted"])
            missing.append(p["missing"])
        series = QHorizontalStackedBarSeries()
        for s in (accepted, received, missing):
            series.append(s)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([c["name"][:28] for c in children])
        axis_x = QValueAxis()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self.charts["progress"] = ExportableChart(chart, "reporting-progress")
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("Missing precincts"))
        for number in blue.get("missing_precincts", []):
            self.missing.addItem(number)
        self.missing.itemActivated.connect(lambda item: self.openPrecinct.emit(item.text()))
        self.missing.itemDoubleClicked.connect(lambda item: self.openPrecinct.emit(item.text()))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(
            QLabel(
                self.tr("Missing precincts ({0}) — Enter opens one").format(
                    len(blue.get("missing_precincts", []))
                )
            )
        )
        side_layout.addWidget(self.missing)
        splitter = QSplitter()
        splitter.addWidget(self.charts["progress"])
        splitter.addWidget(side)
        return splitter

    def _anomaly_tab(self, report: AnomalyReport) -> QWidget:
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        for finding in report.findings:
            item = QListWidgetItem(f"[{finding.check}] {finding.title}\n{finding.detail}")
            item.setData(Qt.ItemDataRole.UserRole, list(finding.precincts))
            self.findings.addItem(item)
        if not report.findings:
            self.findings.addItem(self.tr("No findings."))
        self.finding_precincts = QListWidget()
        self.finding_precincts.setAccessibleName(self.tr("Precincts behind the finding"))
        self.findings.currentItemChanged.connect(self._finding_chosen)
        self.finding_precincts.itemActivated.connect(
            lambda item: self.openPrecinct.emit(item.text())
        )
        self.finding_precincts.itemDoubleClicked.connect(
            lambda item: self.openPrecinct.emit(item.text())
        )
        note = QLabel(
            self.tr(
                "Informational: a finding never changes a result. It points at "
                "the precincts to look at; Enter on a precinct opens it."
            )
        )
        note.setWordWrap(True)
        box = QWidget()
        layout = QHBoxLayout(box)
        left = QVBoxLayout()
        left.addWidget(note)
        left.addWidget(self.findings, 1)
        layout.addLayout(left, 3)
        layout.addWidget(self.finding_precincts, 1)
        return box

    def _finding_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.finding_precincts.clear()
        if item is not None:
            for number in item.data(Qt.ItemDataRole.UserRole) or []:
                self.finding_precincts.addItem(number)
