"""Election setup: the election, the CEC's register of polling stations, its commission members
and district candidates, from files (CSV or XLSX). Shown at first start to create the database,
and from Settings to load members and candidates later. A file with a problem is refused
whole, its problems listed here by line; the dialog stays open so that it can be fixed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.authority import WorkSession
from tallyapp.domain.errors import TallyError
from tallyapp.gui.tasks import ProgressCallback, Task, run_task
from tallyapp.gui.words import error_lines
from tallyapp.services.definitions import DEFAULT_ELECTION, load_election, shipped_elections

if TYPE_CHECKING:  # the database layer is imported on the task pool, after the first paint
    from sqlalchemy import Engine

    from tallyapp.services.first_start import FirstDatabase

TABLES = "CSV, XLSX (*.csv *.xlsx)"


class ElectionSetupDialog(QDialog):
    """`engine` None: a new database at `url` (first start); else the database in use."""

    def __init__(
        self,
        url: str,
        engine: Engine | None = None,
        work: WorkSession | None = None,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.engine = engine
        self.work = work
        self.lang = lang
        self.created: FirstDatabase | None = None  # what the first start made
        self.loaded: list[str] = []  # what was stored from the files (later, from Settings)
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Election setup"))
        form = QFormLayout()
        self.election = QComboBox()
        self.election.setAccessibleName(self.tr("Election"))
        for name in shipped_elections():
            self.election.addItem(load_election(name).names.get(lang), name)
        self.election.setCurrentIndex(self.election.findData(DEFAULT_ELECTION))
        self.register = self._file_row(
            form,
            self.tr("&Register of polling stations:"),
            self.tr("Signed setup, CSV, XLSX (*.json *.csv *.xlsx)"),
        )
        self.members = self._file_row(form, self.tr("Commission &members:"))
        self.candidates = self._file_row(form, self.tr("District &candidates:"))
        self.demo = QCheckBox(self.tr("Load the national &demo data (fake figures, marked DEMO)"))
        self.demo.setChecked(False)  # never by default: demo data in a real database misleads
        # A rehearsal on the certification authority's test keys: every document it makes
        # says REHEARSAL, and a production database refuses them (services/rehearsal.py).
        self.rehearsal = QCheckBox(
            self.tr("Re&hearsal on the NCA's test keys (every document marked REHEARSAL)")
        )
        self.rehearsal.setChecked(False)
        new = engine is None
        # A setup the CEC signed (a .json in the register's row) is verified against this
        # authority (services/signed_setup.py); none named: the one keygen made.
        self.trust = self._file_row(
            form, self.tr("&Trusted authority:"), self.tr("Certificates (*.pem *.crt *.cer)")
        )
        self.trust.setPlaceholderText(self.tr("for a signed setup; none: the test authority"))
        trust_row = form.rowCount() - 1
        if new:
            caption = QLabel(self.tr("&Election:"))
            caption.setBuddy(self.election)
            form.insertRow(0, caption, self.election)
            self.register.textChanged.connect(lambda text: self.demo.setEnabled(not text.strip()))
        else:
            self.register.setEnabled(False)
            self.register.setPlaceholderText(self.tr("set up when the database was created"))
            form.setRowVisible(trust_row, False)
        intro = QLabel(
            self.tr(
                "A new database at {0}.\nWith a register file it holds exactly the register's "
                "commissions and precincts; without one, a synthetic register for practice."
            ).format(_place(url))
            if new
            else self.tr("Load the commission members and the district candidates from files.")
        )
        intro.setWordWrap(True)
        # A register can have many problems: a list that scrolls, each on its own line.
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setStyleSheet("color: #842029")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create the data&base") if new else self.tr("&Load the files"))
        self.focused_before: QWidget | None = None  # where the keyboard was when work began
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if new:
            layout.addWidget(self.demo)
            layout.addWidget(self.rehearsal)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        # The default once its button box is the dialog's own: set before, the dialog never
        # knew it as its default, and the first button that took the focus and lost it (Tab,
        # or the rows disabled while the files are read) left Enter doing nothing.
        self.ok.setDefault(True)
        self.resize(760, 0)  # as tall as its rows: no gap above them

    def _file_row(self, form: QFormLayout, label: str, kinds: str = TABLES) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(self.tr("none"))
        line.setAccessibleName(label.replace("&", "").rstrip(":"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in the dialog creates; it never opens a file chooser
        browse.clicked.connect(lambda: self._choose(line, kinds))
        row = QHBoxLayout()
        row.addWidget(line, 1)
        row.addWidget(browse)
        caption = QLabel(label)
        caption.setBuddy(line)  # the mnemonic moves to the file's name
        form.addRow(caption, row)
        return line

    def _choose(self, line: QLineEdit, kinds: str = TABLES) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", kinds)
        if path:
            line.setText(path)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(True)
        self.resize(self.width(), max(self.height(), 520))

    def wants_demo(self) -> bool:
        return self.engine is None and self.demo.isEnabled() and self.demo.isChecked()

    def _busy(self, busy: bool) -> None:
        """While the files are stored, nothing here changes (Cancel is on the progress).

        Each row disabled in turn passes the keyboard's focus on to the next and off the last:
        afterwards the focus goes back where the person was typing."""
        if busy:
            self.focused_before = self.focusWidget()
        for widget in self.findChildren(QWidget):
            if widget is not self.problems and not isinstance(widget, QLabel):
                widget.setEnabled(not busy)
        if busy:
            return
        if self.engine is not None:
            self.election.setEnabled(False)
            self.register.setEnabled(False)
        if self.engine is None and self.register.text().strip():
            self.demo.setEnabled(False)
        focused, self.focused_before = self.focused_before, None
        if focused is not None and focused.isEnabled():
            focused.setFocus()

    def apply(self) -> None:
        """Create the database (first start) or load the files given, on the task pool with
        progress; a problem is listed and the dialog stays open."""
        if self.task is not None:
            return
        self.problems.setVisible(False)
        members = self.members.text().strip() or None
        candidates = self.candidates.text().strip() or None
        if self.engine is None:
            url, election = self.url, str(self.election.currentData())
            register = self.register.text().strip() or None
            demo = self.wants_demo()
            rehearsal = self.rehearsal.isChecked()
            trust = [Path(t)] if (t := self.trust.text().strip()) else None

            def create(progress: ProgressCallback) -> object:
                from tallyapp.services.first_start import create_first_database

                try:
                    return create_first_database(
                        url,
                        election,
                        register,
                        members,
                        candidates,
                        demo,
                        progress,
                        rehearsal,
                        trust,
                    )
                except (TallyError, ValueError) as exc:  # said in words, here
                    return exc

            title = (
                self.tr("Creating the database and the national demo")
                if demo
                else self.tr("Creating the database")
            )
            self._busy(True)
            self.task = run_task(
                self, title, create, self._done, self._failed, on_cancel=self._cancelled
            )
            return
        engine, work = self.engine, self.work

        def load(_progress: ProgressCallback) -> object:
            try:
                return _load_files(engine, work, members, candidates)
            except TallyError as exc:
                return exc

        self._busy(True)
        self.task = run_task(self, self.tr("Loading the files"), load, self._done, self._failed)

    def _done(self, result: object) -> None:
        from tallyapp.services.first_start import FirstDatabase

        self.task = None
        self._busy(False)
        if isinstance(result, BaseException):
            lines = (
                error_lines(result, self.lang) if isinstance(result, TallyError) else [str(result)]
            )
            self.show_problems(lines)
            return
        if isinstance(result, FirstDatabase):
            self.created = result
        else:
            assert isinstance(result, tuple)
            members, candidates = result
            lines = []
            if members is not None:
                people, commissions = members
                lines.append(
                    self.tr("%n member(s) {0} stored.", "", people).format(
                        self.tr("of %n commission(s)", "", commissions)
                    )
                )
                self.members.clear()
            if candidates is not None:
                running, districts = candidates
                lines.append(
                    self.tr("%n candidate(s) {0} stored.", "", running).format(
                        self.tr("in %n district(s)", "", districts)
                    )
                )
                self.candidates.clear()
            self.loaded = lines
        self.accept()

    def _failed(self, message: str) -> None:
        self.task = None
        self._busy(False)
        self.show_problems([message])

    def _cancelled(self) -> None:
        self.task = None
        self._busy(False)
        self.show_problems([self.tr("Cancelled: nothing was created.")])


def _place(url: str) -> str:
    """Where the database is, as a person reads it: a SQLite database's file."""
    return url.split("///", 1)[1] if url.startswith("sqlite:///") else url


def _load_files(
    engine: Engine, work: WorkSession | None, members: str | None, candidates: str | None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Members and candidates into the database in use (on the task pool). The first members
    of an election set up from a register are loaded by whoever sets it up; after that, only
    the CEC's chair or secretary changes them."""
    from tallyapp.services.register import load_candidates, load_members, needs_first_roster

    if work is None and not needs_first_roster(engine):
        raise TallyError("setup.sign-in-first")
    who = work if work is not None and not needs_first_roster(engine) else None
    stored_candidates = None  # first: once members are stored, the first setup is over
    if candidates:
        stored = load_candidates(engine, who, Path(candidates))
        stored_candidates = (stored.candidates, stored.districts)
    stored_members = None
    if members:
        rosters = load_members(engine, who, Path(members))
        stored_members = (sum(len(r.members) for r in rosters), len(rosters))
    return stored_members, stored_candidates
