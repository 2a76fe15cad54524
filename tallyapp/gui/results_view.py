"""Results of a commission: totals and seats, districts, the commissions below, completeness,
and the anomaly report; charts exportable as PNG or SVG; findings lead to their precincts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.aggregation import AggregateNode, Completeness
from tallyapp.domain.anomalies import Finding
from tallyapp.domain.districts import DistrictOutcome
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.gui.charts import (
    BarChart,
    BarChartData,
    BarRow,
    Chart,
    SeatGroup,
    SeatsChart,
    Segment,
)
from tallyapp.gui.i18n import LOCALES
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tasks import run_task
from tallyapp.messages import say, value_word
from tallyapp.services.anomalies import AnomalyReport, anomaly_report
from tallyapp.services.results import Results, compute_results

OUTCOME_WORDS = {  # a district's outcome, marked for lupdate and translated when shown
    "elected": QT_TRANSLATE_NOOP("ResultsView", "elected"),
    "tie-needs-lot": QT_TRANSLATE_NOOP("ResultsView", "tie: the commission draws lots"),
    "against-all-leads": QT_TRANSLATE_NOOP("ResultsView", "against all leads"),
    "no-votes": QT_TRANSLATE_NOOP("ResultsView", "no votes"),
    "invalidated": QT_TRANSLATE_NOOP("ResultsView", "declared invalid: repeat voting"),
}


@dataclass
class ResultsData:
    blue: Results  # the party list
    green: Results | None  # the constituencies, where the election has them
    threshold: float
    party_names: dict[str, str]
    party_colours: dict[str, str]  # from the election definition


def load_results(engine: Engine, commission: str | None, lang: str = "en") -> ResultsData:
    """All the view shows, computed off the GUI thread."""
    blue = compute_results(engine, commission, BallotKind.PARTY_LIST, lang)
    green = None
    if blue.election.has_ballot(BallotKind.CONSTITUENCY):
        green = compute_results(engine, commission, BallotKind.CONSTITUENCY, lang)
    return ResultsData(
        blue,
        green,
        float(blue.election.threshold.percent),
        {p.code: p.names.get(lang) for p in blue.election.parties},
        blue.election.party_colours(),
    )


class ExportableChart(QWidget):
    """A chart with a button to save it as PNG or SVG; it scrolls where the window is short."""

    def __init__(self, chart: Chart, name: str) -> None:
        super().__init__()
        self.name = name
        self.chart = chart
        self.scroller = QScrollArea()
        self.scroller.setWidget(chart)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        button = QPushButton(self.tr("Export chart…"))
        button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller, 1)
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
        """The whole chart at its full size, whatever part of it the window shows."""
        size = self.chart.sizeHint().expandedTo(QSize(self.chart.width(), 0))
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.chart.title())
            painter = QPainter(generator)
            self.chart.paint(painter, size.width())
            painter.end()
        else:
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(self.chart.palette().window().color())
            painter = QPainter(image)
            self.chart.paint(painter, size.width())
            painter.end()
            image.save(str(path))


def _table(
    headers: list[str], rows: list[list[Any]], numeric: set[int], stretch: int = 0
) -> QTableWidget:
    """Whole numbers grouped in the reader's language; column `stretch` takes the spare
    width, every other column the width of its contents, so none is hidden."""
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
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return table


class ResultsView(QWidget):
    """The results of one commission, recomputed from the accepted protocols below it."""

    openPrecinct = Signal(str)
    loaded = Signal()
    anomaliesLoaded = Signal()

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
        self.numbers = QLocale(LOCALES.get(lang, "en_GB"))
        self.data: ResultsData | None = None
        self.anomaly_report: AnomalyReport | None = None
        self._finding = False  # the anomaly report is being computed
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
        fit_to_screen(self, 1300, 850)
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
        node = data.blue.tree
        t, p = node.totals, node.completeness
        parts = [
            node.name,
            self.tr("turnout {0}%").format(self._dec(t.turnout_percent)),
        ]
        if data.blue.election.has_against_all:  # 2021's ballot had no such line
            parts.append(self.tr("against all {0}").format(self._int(t.against_all)))
        parts += [
            self.tr("invalid {0}").format(self._int(t.invalid)),
            self.tr("protocols: {0} of {1} accepted, {2} missing").format(
                self._int(p.accepted), self._int(p.expected), self._int(len(p.missing))
            ),
        ]
        self.heading.setText(" · ".join(parts))
        self.tabs.addTab(self._party_tab(data), self.tr("Party list"))
        if data.green is not None:
            self.tabs.addTab(self._district_tab(data.green), self.tr("Districts"))
        if node.children:
            below = (
                self.tr("Precincts")
                if node.children[0].level == "precinct"
                else self.tr("Commissions below")
            )
            self.tabs.addTab(self._children_tab(node), below)
        self.tabs.addTab(self._completeness_tab(node), self.tr("Completeness"))
        # The anomaly report reads every precinct's figures: computed when its tab is opened.
        self.anomaly_box = QWidget()
        self.anomaly_layout = QVBoxLayout(self.anomaly_box)
        self.anomaly_wait = QLabel(self.tr("The findings are computed when this tab is opened."))
        self.anomaly_layout.addWidget(self.anomaly_wait)
        self.anomaly_index = self.tabs.addTab(self.anomaly_box, self.tr("Anomalies"))
        self.tabs.currentChanged.connect(self._tab_opened)
        self.loaded.emit()

    def _tab_opened(self, index: int) -> None:
        if index == self.anomaly_index and self.anomaly_report is None and not self._finding:
            self.load_anomalies()

    def load_anomalies(self) -> None:
        """The anomaly report, off the GUI thread; `anomaliesLoaded` when it is shown."""
        self._finding = True
        engine, commission, lang = self.engine, self.commission, self.lang
        run_task(
            self,
            self.tr("Looking for anomalies"),
            lambda _p: anomaly_report(engine, commission, lang),
            self._show_anomalies,
            self._failed,
            show_progress=False,
        )

    def _show_anomalies(self, report: AnomalyReport) -> None:
        self.anomaly_report = report
        self.anomaly_wait.hide()
        self.anomaly_layout.addWidget(self._anomaly_tab(report))
        self.tabs.setTabText(
            self.anomaly_index, self.tr("Anomalies ({0})").format(len(report.findings))
        )
        self.anomaliesLoaded.emit()

    def _int(self, value: int) -> str:
        return self.numbers.toString(value)

    def _dec(self, value: float) -> str:
        """2 decimals with the reader's decimal sign: 53,90 in Kazakh and Russian."""
        return self.numbers.toString(float(value), "f", 2)

    def _party_tab(self, data: ResultsData) -> QWidget:
        t = data.blue.tree.totals
        seats = data.blue.seats.seats if data.blue.seats is not None else {}
        votes, percents = t.votes, t.vote_percent
        codes = sorted(votes, key=lambda c: -votes[c])
        rows: list[list[Any]] = [
            [
                data.party_names.get(c, c),
                votes[c],
                self._dec(percents[c]),
                seats.get(c, "") if seats else "",
            ]
            for c in codes
        ]
        if data.blue.election.has_against_all:
            rows.append(
                [
                    self.tr("Against all"),
                    t.against_all,
                    self._dec(100 * t.against_all / t.valid) if t.valid else "",
                    "",
                ]
            )
        self.party_table = _table(
            [self.tr("Party"), self.tr("Votes"), self.tr("%"), self.tr("Seats")], rows, {1, 2, 3}
        )
        self.party_table.setAccessibleName(self.tr("Party-list results"))
        # Every row and the Seats column visible without scrolling.
        self.party_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.party_table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.party_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top = max([*percents.values(), 1.0])
        # The threshold applies where seats are allocated: the national party list.
        threshold = data.threshold if seats else None
        if threshold is not None:
            top = max(top, threshold)
        shares = BarChartData(
            self.tr("Party shares, % of the votes counted")
            + (
                " " + self.tr("(line: the {0}% threshold)").format(self._dec(threshold))
                if threshold is not None
                else ""
            ),
            [
                BarRow(
                    data.party_names.get(c, c),
                    (Segment(percents[c], data.party_colours.get(c, "#1f5fa8")),),
                    f"{self._dec(percents[c])}%",
                )
                for c in codes
            ],
            top,
            threshold,
            self.tr("threshold {0}%").format(self._dec(threshold)) if threshold else "",
        )
        self.charts["shares"] = ExportableChart(BarChart(shares), "party-shares")
        widgets: list[QWidget] = [self.charts["shares"]]
        if seats:
            groups = [
                SeatGroup(
                    f"{data.party_names.get(c, c)}: {seats[c]}",
                    seats[c],
                    data.party_colours.get(c, "#7f8c8d"),
                )
                for c in codes
                if seats.get(c)
            ]
            title = self.tr("Seats ({0})").format(sum(seats.values()))
            self.charts["seats"] = ExportableChart(SeatsChart(title, groups), "seats")
            widgets.append(self.charts["seats"])
        charts = QSplitter()
        for w in widgets:
            charts.addWidget(w)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.party_table)
        layout.addWidget(charts, 1)
        return box

    def _outcome(self, outcome: DistrictOutcome) -> str:
        return self.tr(str(OUTCOME_WORDS.get(outcome.value, outcome.value)))

    def _district_tab(self, green: Results) -> QWidget:
        rows: list[list[Any]] = []
        for d in green.districts:
            w, r = green.placed(d, d.winner), green.placed(d, d.runner_up)
            rows.append(
                [
                    d.number,
                    w.name if w else self._outcome(d.outcome),
                    (value_word("party", w.nomination, self.lang) or w.nomination) if w else "",
                    w.votes if w else "",
                    self._dec(w.percent) if w else "",
                    r.name if r else "",
                    r.votes if r else "",
                    d.margin or "",
                    self._outcome(d.outcome),
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

    def _children_tab(self, node: AggregateNode) -> QWidget:
        children = node.children
        rows: list[list[Any]] = [
            [
                c.name,
                c.completeness.expected,
                c.completeness.accepted,
                self._dec(c.totals.turnout_percent),
                c.totals.against_all,
                c.totals.invalid,
            ]
            for c in children
        ]
        precincts = children[0].level == "precinct"
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
        turnout = BarChartData(
            self.tr("Turnout by commission, %"),
            [
                BarRow(
                    c.name,
                    (Segment(c.totals.turnout_percent, "#1f5fa8"),),
                    f"{self._dec(c.totals.turnout_percent)}%",
                )
                for c in children
            ],
            100.0,
        )
        self.charts["turnout"] = ExportableChart(BarChart(turnout), "turnout")
        # Table above the chart: both the full width, so names are never cut.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.children_table)
        splitter.addWidget(self.charts["turnout"])
        return splitter

    def drill_down(self, row: int) -> ResultsView | None:
        """The results of a commission (or precinct) listed below this one, in a window."""
        if self.data is None or not 0 <= row < len(self.data.blue.tree.children):
            return None
        code = self.data.blue.tree.children[row].code
        view = ResultsView(self.engine, code, self.lang)
        view.setWindowFlag(Qt.WindowType.Window)
        view.openPrecinct.connect(self.openPrecinct)
        self.drilled = [*getattr(self, "drilled", []), view]
        view.show()
        return view

    def _completeness_tab(self, node: AggregateNode) -> QWidget:
        children = node.children or (node,)
        colours = ("#2e7d32", "#f9a825", "#c62828")

        def shares(p: Completeness) -> tuple[float, float, float]:
            whole = p.expected or 1
            waiting = p.received - p.accepted
            return (100 * p.accepted / whole, 100 * waiting / whole, 100 * len(p.missing) / whole)

        progress = BarChartData(
            self.tr("Reporting progress, % of the protocols expected"),
            [
                BarRow(
                    c.name,
                    tuple(
                        Segment(v, colour)
                        for v, colour in zip(shares(c.completeness), colours, strict=True)
                    ),
                    self.tr("{0}% accepted").format(self._dec(shares(c.completeness)[0])),
                )
                for c in children
            ],
            100.0,
            legend=(
                (colours[0], self.tr("accepted")),
                (colours[1], self.tr("received, not accepted")),
                (colours[2], self.tr("missing")),
            ),
        )
        self.charts["progress"] = ExportableChart(BarChart(progress), "reporting-progress")
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("Missing precincts"))
        missing = node.completeness.missing
        for number in missing:
            self.missing.addItem(number)
        self.missing.itemActivated.connect(lambda item: self.openPrecinct.emit(item.text()))
        self.missing.itemDoubleClicked.connect(lambda item: self.openPrecinct.emit(item.text()))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(
            QLabel(self.tr("Missing precincts ({0}) — Enter opens one").format(len(missing)))
        )
        side_layout.addWidget(self.missing)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.charts["progress"])
        splitter.addWidget(side)
        return splitter

    def _finding_words(self, finding: Finding) -> tuple[str, str, str]:
        """The check's name, the finding in a line and its detail, in the reader's language."""
        params = {
            k: (self._dec(v) if abs(v) >= 0.01 else f"{v:.1e}") if isinstance(v, float) else v
            for k, v in finding.params.items()
        }
        code = f"anomaly.{finding.check}"
        return (
            say(TallyError(f"{code}.name"), self.lang),
            say(TallyError(code, **params), self.lang),
            say(TallyError(f"{code}.detail", **params), self.lang),
        )

    def _anomaly_tab(self, report: AnomalyReport) -> QWidget:
        """The findings as a table in plain words: what was checked, what was found, how many
        precincts are behind it; the detail and those precincts beside the chosen row."""
        self.finding_list = list(report.findings)
        words = [self._finding_words(f) for f in self.finding_list]
        self.findings = _table(
            [self.tr("Check"), self.tr("Finding"), self.tr("Precincts")],
            [
                [name, line, len(f.precincts)]
                for (name, line, _), f in zip(words, self.finding_list, strict=True)
            ],
            {2},
            stretch=1,
        )
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        for row, (_name, _line, detail) in enumerate(words):
            item = self.findings.item(row, 1)
            if item is not None:
                item.setToolTip(detail)
        self.finding_detail = QLabel(
            self.tr("No findings.") if not report.findings else self.tr("Choose a finding.")
        )
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finding_precincts = QListWidget()
        self.finding_precincts.setAccessibleName(self.tr("Precincts behind the finding"))
        self.findings.currentCellChanged.connect(lambda row, *_: self._finding_chosen(row))
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
        left.addWidget(self.findings, 2)
        left.addWidget(self.finding_detail, 1)
        layout.addLayout(left, 3)
        layout.addWidget(self.finding_precincts, 1)
        return box

    def _finding_chosen(self, row: int) -> None:
        self.finding_precincts.clear()
        if 0 <= row < len(self.finding_list):
            finding = self.finding_list[row]
            self.finding_detail.setText(self._finding_words(finding)[2])
            for number in finding.precincts:
                self.finding_precincts.addItem(number)
