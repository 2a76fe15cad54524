"""Election setup: the election, the CEC's register of polling stations, its commission members
and district candidates, from files (CSV or XLSX). Shown at first start to create the database,
and from Settings to load members and candidates later. A file with a problem is refused
whole, its problems listed here by line; the dialog stays open so that it can be fixed."""

from __future__ import annotations

from pathlib import Path

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
from sqlalchemy import Engine

from tallyapp.domain.authority import WorkSession
from tallyapp.domain.errors import TallyError
from tallyapp.gui.words import error_lines
from tallyapp.services.definitions import DEFAULT_ELECTION, load_election, shipped_elections
from tallyapp.services.register import load_candidates, load_members, needs_first_roster
from tallyapp.services.setup import InitSummary, app_database, init_database

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
        self.created: InitSummary | None = None
        self.setWindowTitle(self.tr("Election setup"))
        form = QFormLayout()
        self.election = QComboBox()
        self.election.setAccessibleName(self.tr("Election"))
        for name in shipped_elections():
            self.election.addItem(load_election(name).names.get(lang), name)
        self.election.setCurrentIndex(self.election.findData(DEFAULT_ELECTION))
        self.register = self._file_row(form, self.tr("&Register of polling stations:"))
        self.members = self._file_row(form, self.tr("Commission &members:"))
        self.candidates = self._file_row(form, self.tr("District &candidates:"))
        self.demo = QCheckBox(self.tr("Load the national &demo data (fake figures, marked DEMO)"))
        self.demo.setChecked(False)  # never by default: demo data in a real database misleads
        new = engine is None
        if new:
            caption = QLabel(self.tr("&Election:"))
            caption.setBuddy(self.election)
            form.insertRow(0, caption, self.election)
            self.register.textChanged.connect(lambda text: self.demo.setEnabled(not text.strip()))
        else:
            self.register.setEnabled(False)
            self.register.setPlaceholderText(self.tr("set up when the database was created"))
        intro = QLabel(
            self.tr(
                "A new database at {0}.\nWith a register file it holds exactly the register's "
                "commissions and precincts; without one, a synthetic register for practice."
            ).format(url)
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
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&reate the database") if new else self.tr("&Load the files"))
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if new:
            layout.addWidget(self.demo)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def _file_row(self, form: QFormLayout, label: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(self.tr("none"))
        line.setAccessibleName(label.replace("&", "").rstrip(":"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in the dialog creates; it never opens a file chooser
        browse.clicked.connect(lambda: self._choose(line))
        row = QHBoxLayout()
        row.addWidget(line, 1)
        row.addWidget(browse)
        caption = QLabel(label)
        caption.setBuddy(line)  # the mnemonic moves to the file's name
        form.addRow(caption, row)
        return line

    def _choose(self, line: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", TABLES)
        if path:
            line.setText(path)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(True)
        self.resize(self.width(), max(self.height(), 520))

    def wants_demo(self) -> bool:
        return self.engine is None and self.demo.isEnabled() and self.demo.isChecked()

    def apply(self) -> bool:
        """Create the database (first start) and load the files given; on a problem, list it
        and stay open."""
        lines: list[str] = []
        try:
            if self.engine is None:
                register = self.register.text().strip() or None
                self.created = init_database(
                    self.url, self.election.currentData(), register=register
                )
                self.engine = app_database(self.url).engine
                self.election.setEnabled(False)
                self.register.setEnabled(False)
            # The first members of a new election are loaded by whoever sets it up; after
            # that, only the CEC's chair or secretary changes them.
            first_roster = needs_first_roster(self.engine)
            if not first_roster and self.work is None:
                raise TallyError("setup.sign-in-first")
            work = None if first_roster else self.work
            # Candidates first: once members with IINs are stored, the first setup is over.
            if self.candidates.text().strip():
                stored = load_candidates(self.engine, work, Path(self.candidates.text().strip()))
                lines.append(
                    self.tr("{0} candidates in {1} districts stored.").format(
                        stored.candidates, stored.districts
                    )
                )
                self.candidates.clear()
            if self.members.text().strip():
                rosters = load_members(self.engine, work, Path(self.members.text().strip()))
                lines.append(
                    self.tr("{0} members of {1} commissions stored.").format(
                        sum(len(r.members) for r in rosters), len(rosters)
                    )
                )
                self.members.clear()
        except TallyError as exc:
            self.show_problems([*lines, *error_lines(exc, self.lang)])
            return False
        except ValueError as exc:  # an election definition that cannot be read
            self.show_problems([str(exc)])
            return False
        self.accept()
        return True
