"""The CEC's audit screens, one tab per step and every step by keyboard: the plan and the
freeze (Ctrl+M), the seed keyed twice (Ctrl+Return), the draw (Ctrl+D) and its public recount
schedule (Ctrl+P), the recount keyed
twice with the protocol's figures hidden until both keyings agree (Ctrl+S), and the risk with
the report and bundle (Ctrl+R). The same services as `tallyapp rla`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from tallyapp.domain.actor import Actor
from tallyapp.domain.rla.assertions import AGAINST_ALL, INVALID, AssertionKind
from tallyapp.domain.rla.risk import Recount, Status, p_value, rounded_up, zero_error_draws
from tallyapp.gui.tasks import run_task
from tallyapp.gui.words import error_text
from tallyapp.services.files import write_atomically
from tallyapp.services.rla.bundle import write_bundle
from tallyapp.services.rla.figures import contest_of
from tallyapp.services.rla.full_count import enter_full_count
from tallyapp.services.rla.report import report_pdf
from tallyapp.services.rla.schedule import schedule_pdf
from tallyapp.services.rla.workflow import (
    AuditState,
    ContestStatus,
    PlanView,
    draw_round,
    enter_recount,
    freeze_manifest,
    load,
    plan,
    record_seed,
    statuses,
)

BALLOTS = ("party-list", "constituency")

# The words for the codes the audit's domain returns: what an assertion asserts and where a
# contest stands; a code without words is shown as it is.
KINDS: dict[str, object] = {
    AssertionKind.THRESHOLD_PASS: QT_TRANSLATE_NOOP("RlaWindow", "passes the threshold"),
    AssertionKind.THRESHOLD_FAIL: QT_TRANSLATE_NOOP("RlaWindow", "fails the threshold"),
    AssertionKind.HAMILTON_PAIR: QT_TRANSLATE_NOOP("RlaWindow", "last seat beats the next seat"),
    AssertionKind.TWO_PARTY_RUNNER_UP: QT_TRANSLATE_NOOP("RlaWindow", "runner-up beats"),
    AssertionKind.PLURALITY_PAIR: QT_TRANSLATE_NOOP("RlaWindow", "has more votes than"),
}
STATUSES: dict[str, object] = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("RlaWindow", "confirmed"),
    Status.CONTINUE: QT_TRANSLATE_NOOP("RlaWindow", "awaiting recounts"),
    Status.NEXT_ROUND: QT_TRANSLATE_NOOP("RlaWindow", "next round"),
    Status.FULL_COUNT: QT_TRANSLATE_NOOP("RlaWindow", "full hand count"),
}


def _said(words: dict[str, object], code: str) -> str:
    return QCoreApplication.translate("RlaWindow", str(words[code])) if code in words else code


@dataclass(frozen=True)
class Shown:
    """What the screens show, read and computed on the pool: the audit's state, the plan
    before the freeze, and each contest's status after it."""

    state: AuditState
    view: PlanView | None
    statuses: list[ContestStatus]


def read_shown(engine: Engine) -> Shown:
    state = load(engine)
    view = plan(engine) if state.manifest is None else None
    return Shown(state, view, statuses(state) if state.manifest is not None else [])


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class RlaWindow(QWidget):
    def __init__(
        self, engine: Engine, actor: Actor, out_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.actor, self.out_folder = engine, actor, out_folder
        self.setWindowTitle(self.tr("Risk-limiting audit"))
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        self._plan_tab()
        self._seed_tab()
        self._draw_tab()
        self._recount_tab()
        self._risk_tab()
        for key, act in (
            ("Ctrl+M", self.freeze),
            ("Ctrl+Return", self.record_seed),
            ("Ctrl+D", self.draw),
            ("Ctrl+S", self.save_recount),
            ("Ctrl+Shift+S", self.save_full_count),
            ("Ctrl+R", self.write_report),
            ("Ctrl+P", self.write_schedule),
        ):
            QShortcut(QKeySequence(key), self, act)
        self.state: AuditState | None = None
        self.working = False  # a step is running on the pool
        self.refresh()

    # -- the tabs
    def _plan_tab(self) -> None:
        page = QWidget()
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_table = _table(
            [
                self.tr("Contest"),
                self.tr("Kind"),
                self.tr("Who"),
                self.tr("Against"),
                self.tr("Margin, votes"),
                self.tr("Ballots to flip"),
                "U",
                self.tr("Draws"),
            ]
        )
        self.freeze_button = QPushButton(self.tr("&Freeze the manifest (Ctrl+M)"))
        self.freeze_button.clicked.connect(self.freeze)
        layout = QVBoxLayout(page)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_table)
        layout.addWidget(self.freeze_button)
        self.tabs.addTab(page, self.tr("&1 Plan"))

    def _seed_tab(self) -> None:
        page = QWidget()
        big = QFont()
        big.setPointSize(28)
        big.setFamily("DejaVu Sans Mono")
        self.digits = QLineEdit()
        self.digits_again = QLineEdit()
        for edit in (self.digits, self.digits_again):
            edit.setInputMask("99999 99999 99999 99999;_")
            edit.setFont(big)
        self.digits_again.setEchoMode(QLineEdit.EchoMode.Password)  # keyed blind, not copied
        self.digits.returnPressed.connect(self.digits_again.setFocus)
        self.digits_again.returnPressed.connect(self.record_seed)
        self.place = QLineEdit()
        self.seed_button = QPushButton(self.tr("&Record the seed (Ctrl+Return)"))
        self.seed_button.clicked.connect(self.record_seed)
        self.seed_label = QLabel()
        form = QFormLayout(page)
        form.addRow(self.tr("20 digits"), self.digits)
        form.addRow(self.tr("The same 20 digits again"), self.digits_again)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.seed_button)
        form.addRow(self.seed_label)
        self.tabs.addTab(page, self.tr("&2 Seed"))

    def _draw_tab(self) -> None:
        page = QWidget()
        self.draw_button = QPushButton(self.tr("&Draw the next round (Ctrl+D)"))
        self.draw_button.clicked.connect(self.draw)
        self.draw_label = QLabel()
        self.draw_table = _table(
            ["k", self.tr("Precinct"), self.tr("TEC"), self.tr("Round"), "r", "SHA-256"]
        )
        # What observers need to attend the recounts: published once a round is drawn.
        self.schedule_button = QPushButton(self.tr("&Public recount schedule, PDF (Ctrl+P)"))
        self.schedule_button.clicked.connect(self.write_schedule)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.schedule_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.draw_label)
        layout.addWidget(self.draw_table)
        self.tabs.addTab(page, self.tr("&3 Draw"))

    def _recount_tab(self) -> None:
        page = QWidget()
        self.precinct = QLineEdit()
        self.ballot = QComboBox()
        self.ballot.addItem(self.tr("blue (party list)"), BALLOTS[0])
        self.ballot.addItem(self.tr("green (district)"), BALLOTS[1])
        self.precinct.returnPressed.connect(self.open_sheet)
        open_button = QPushButton(self.tr("&Open (Enter)"))
        open_button.clicked.connect(self.open_sheet)
        self.missing = QCheckBox(self.tr("Bag &missing or seal broken"))
        self.sheet = QTableWidget(0, 4)
        self.sheet.setHorizontalHeaderLabels(
            [self.tr("Choice"), self.tr("1st keying"), self.tr("2nd keying"), self.tr("Reported")]
        )
        self.sheet.itemChanged.connect(self._compare)
        self.sheet_label = QLabel()
        self.save_button = QPushButton(self.tr("&Save the recount (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_recount)
        # Only for a contest the risk tab shows as "full hand count"; the service refuses others.
        self.full_count_button = QPushButton(self.tr("Save as the full hand count (Ctrl+Shift+S)"))
        self.full_count_button.clicked.connect(self.save_full_count)
        top = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Precinct")),
            self.precinct,
            QLabel(self.tr("Ballot")),
            self.ballot,
        ):
            top.addWidget(widget)
        top.addWidget(open_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.sheet)
        layout.addWidget(self.sheet_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.full_count_button)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("&4 Recount"))
        self.sheet_reported: dict[str, int] = {}

    def _risk_tab(self) -> None:
        page = QWidget()
        self.risk_table = _table(
            [
                self.tr("Contest"),
                self.tr("Status"),
                self.tr("P"),
                self.tr("Draws used"),
                self.tr("Next round"),
            ]
        )
        self.report_button = QPushButton(self.tr("Write the &report and bundle (Ctrl+R)"))
        self.report_button.clicked.connect(self.write_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.risk_table)
        layout.addWidget(self.report_button)
        self.tabs.addTab(page, self.tr("&5 Risk"))

    # -- reading and showing
    def _busy(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run a step and read the screens afresh on the pool (the database and the risk
        take seconds on a national election), progress shown after 0.3 s; then show them
        here and call `then` with the step's result. One step at a time."""
        if self.working:
            return
        self.working = True
        engine = self.engine

        def step(_progress: Any) -> tuple[Any, Shown]:
            result = work()
            return result, read_shown(engine)

        def done(outcome: tuple[Any, Shown]) -> None:
            self.message.setText("")
            self._show(outcome[1])
            # After the progress dialog has closed: this window active again, with its focus.
            self.activateWindow()

            def finish() -> None:
                self.working = False
                then(outcome[0])

            QTimer.singleShot(0, self, finish)  # not once the window is gone

        def failed(text: str) -> None:  # every refusal reaches the user as words
            self.working = False
            self.message.setText(text)

        run_task(self, self.tr("The audit is working…"), step, done, failed)

    def _now(self, work: Callable[[], Any]) -> Any:
        """A step on what is already read (no database): its refusal shown as words."""
        try:
            return work()
        except Exception as exc:
            self.message.setText(error_text(exc))
            return None

    def refresh(self) -> None:
        self._busy(lambda: None, lambda _none: None)

    def _show(self, shown: Shown) -> None:
        self.state = state = shown.state
        risk_limit = state.risk_limit
        if shown.view is not None:
            view = shown.view
            plans = view.plans
            self.plan_label.setText(
                self.tr(
                    "The manifest is not frozen yet. Risk limit {0}; first round %n draw(s).",
                    "",
                    view.first_round,
                ).format(f"{float(view.risk_limit):.0%}")
            )
        else:
            plans = state.plans
            m = state.manifest
            assert m is not None  # frozen: the manifest is there
            self.plan_label.setText(
                self.tr("Manifest frozen: sha256 {0}; total weight {1}; U = {2}").format(
                    state.manifest_sha256, m.total_weight, f"{float(m.error_bound):.3f}"
                )
            )
        rows = []
        for p in plans:
            for f in sorted(p.assertions, key=lambda f: -float(f.error_bound or 0)):
                a = f.assertion
                rows.append(
                    [
                        p.contest,
                        _said(KINDS, a.kind.value),
                        a.subject,
                        a.other or "",
                        f"{float(f.margin_votes):,.2f}",
                        str(f.flips or "—"),
                        f"{float(f.error_bound or 0):,.1f}",
                        str(zero_error_draws(f.error_bound, risk_limit)) if f.error_bound else "—",
                    ]
                )
        _fill(self.plan_table, rows)
        self.freeze_button.setEnabled(state.manifest is None)
        self.seed_button.setEnabled(state.manifest is not None and state.seed is None)
        if state.seed:
            self.seed_label.setText(
                self.tr("Seed: {0}; stream {1}").format(state.seed, state.stream)
            )
        self.draw_button.setEnabled(state.seed is not None)
        self.schedule_button.setEnabled(bool(state.draws))
        _fill(
            self.draw_table,
            [
                [str(d.draw.k), d.precinct, d.tec, str(d.round), str(d.draw.r), d.draw.sha256]
                for d in state.draws
            ],
        )
        self.draw_label.setText(
            self.tr("draws: {0}, precincts: {1}, rounds: {2}").format(
                len(state.draws), len({d.precinct for d in state.draws}), state.rounds
            )
        )
        if state.manifest is not None:
            _fill(
                self.risk_table,
                [
                    [
                        s.plan.contest,
                        _said(STATUSES, s.decision.status.value),
                        rounded_up(p_value(s.decision.log_p)),
                        str(s.risk.draws_used),
                        str(s.decision.next_draws or ""),
                    ]
                    for s in shown.statuses
                ],
            )

    # -- the steps
    def freeze(self) -> None:
        def frozen(_state: Any) -> None:
            self.tabs.setCurrentIndex(1)
            self.digits.setFocus()

        self._busy(lambda: freeze_manifest(self.engine, self.actor), frozen)

    def record_seed(self) -> None:
        first, second = (e.text().replace(" ", "") for e in (self.digits, self.digits_again))
        ceremony = {"place": self.place.text()} if self.place.text() else {}

        def seeded(_seed: Any) -> None:
            self.tabs.setCurrentIndex(2)
            self.draw_button.setFocus()

        self._busy(lambda: record_seed(self.engine, self.actor, first, second, ceremony), seeded)

    def draw(self) -> None:
        state = self.state
        if state is None or state.seed is None:
            return
        seed = state.seed
        self._busy(lambda: draw_round(self.engine, self.actor, seed), lambda _rows: None)

    def open_sheet(self) -> None:
        state = self.state
        if state is None or state.manifest is None:
            return
        code = self.precinct.text().strip()
        ballot = str(self.ballot.currentData())
        entry = self._now(lambda: state.require_manifest().entry(code))
        if entry is None:
            return
        contest = contest_of(ballot, entry.precinct.district)
        batch = entry.precinct.batches.get(contest or "")
        if batch is None:
            self.sheet.setRowCount(0)
            return
        choices = [c for c in batch.counts if c not in (AGAINST_ALL, INVALID)]
        lines = [*choices, AGAINST_ALL, INVALID, "ballots"]
        self.sheet_reported = dict(batch.counts) | {"ballots": batch.ballots}
        self.sheet.blockSignals(True)
        self.sheet.setRowCount(len(lines))
        names = {
            "ballots": self.tr("All ballots"),
            AGAINST_ALL: self.tr("Against all"),
            INVALID: self.tr("Invalid"),
        }
        for r, line in enumerate(lines):
            label = QTableWidgetItem(names.get(line, line))
            label.setData(Qt.ItemDataRole.UserRole, line)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sheet.setItem(r, 0, label)
            for c in (1, 2):
                self.sheet.setItem(r, c, QTableWidgetItem(""))
            hidden = QTableWidgetItem("")
            hidden.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sheet.setItem(r, 3, hidden)
        self.sheet.blockSignals(False)
        self.sheet.resizeColumnToContents(0)  # every line's name whole
        self.sheet_label.setText(self.tr("The protocol's figures show once both keyings agree"))
        self.sheet.setCurrentCell(0, 1)
        self.sheet.setFocus()

    def _keyed(self, column: int) -> dict[str, int] | None:
        found: dict[str, int] = {}
        for r in range(self.sheet.rowCount()):
            line = self._line(r)
            item = self.sheet.item(r, column)
            text = item.text().strip() if item else ""
            if not text.isdigit():
                return None
            found[line] = int(text)
        return found

    def _line(self, row: int) -> str:
        label = self.sheet.item(row, 0)
        return str(label.data(Qt.ItemDataRole.UserRole)) if label else ""

    def _compare(self) -> None:
        first, second = self._keyed(1), self._keyed(2)
        agree = first is not None and first == second
        self.sheet.blockSignals(True)
        for r in range(self.sheet.rowCount()):
            item = self.sheet.item(r, 3)
            if item is not None:
                item.setText(str(self.sheet_reported.get(self._line(r), "")) if agree else "")
        self.sheet.blockSignals(False)
        self.sheet_label.setText(
            self.tr("Both keyings agree: compare with the protocol and save")
            if agree
            else self.tr("The protocol's figures show once both keyings agree")
        )

    def _sheet_keyings(self) -> tuple[Recount, Recount] | None:
        """Both keyings of the sheet, or None (and the reminder) while either is incomplete."""
        if self.missing.isChecked():
            return Recount({}, 0, True), Recount({}, 0, True)
        one, two = self._keyed(1), self._keyed(2)
        if one is None or two is None:
            self.sheet_label.setText(self.tr("The protocol's figures show once both keyings agree"))
            return None
        first, second = (
            Recount({k: v for k, v in k_.items() if k != "ballots"}, k_["ballots"])
            for k_ in (one, two)
        )
        return first, second

    def save_full_count(self) -> None:
        code = self.precinct.text().strip()
        ballot = str(self.ballot.currentData())
        keyings = self._sheet_keyings()
        if keyings is None:
            return
        first, second = keyings

        def stored(saved: Any) -> None:
            self.message.setText(
                self.tr(
                    "Precinct {0}'s full hand count accepted as version {1}; results follow it, "
                    "the protocol's version {2} stays in the history"
                ).format(code, saved.version, saved.replaced)
            )
            self.precinct.selectAll()
            self.precinct.setFocus()

        self._busy(
            lambda: enter_full_count(self.engine, self.actor, code, ballot, first, second),
            stored,
        )

    def save_recount(self) -> None:
        code = self.precinct.text().strip()
        ballot = str(self.ballot.currentData())
        keyings = self._sheet_keyings()
        if keyings is None:
            return
        first, second = keyings

        def recorded(status: Any) -> None:
            self.message.setText(
                self.tr("Precinct {0} saved: {1} — {2}, P = {3}").format(
                    code,
                    status.plan.contest,
                    _said(STATUSES, status.decision.status.value),
                    rounded_up(p_value(status.decision.log_p)),
                )
            )
            self.precinct.selectAll()
            self.precinct.setFocus()

        self._busy(
            lambda: enter_recount(self.engine, self.actor, code, ballot, first, second), recorded
        )

    def write_schedule(self) -> None:
        state = self.state
        if state is None or not state.draws:
            return
        from tallyapp.gui.i18n import current_language

        path = self.out_folder / "rla-schedule.pdf"
        lang = current_language()

        def work() -> bool:
            write_atomically(path, schedule_pdf(self.engine, lang))
            return True

        self._busy(
            work,
            lambda _ok: self.message.setText(self.tr("Recount schedule written: {0}").format(path)),
        )

    def write_report(self) -> None:
        state = self.state
        if state is None or state.manifest is None:
            return
        from tallyapp.gui.i18n import current_language

        pdf_path = self.out_folder / "rla-report.pdf"
        bundle_path = self.out_folder / "rla-bundle.zip"

        def work() -> bool:
            pdf = report_pdf(state, current_language())
            pdf_path.write_bytes(pdf)
            write_bundle(bundle_path, state, pdf)
            return True

        self._busy(
            work,
            lambda _ok: self.message.setText(
                self.tr("Written: {0}, {1}").format(pdf_path, bundle_path)
            ),
        )
