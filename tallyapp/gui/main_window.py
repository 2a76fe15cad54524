"""The main window: commission tree and search, the blue and green protocols, checks, status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QImage, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

if TYPE_CHECKING:  # imported when first used: signatures and PDFs cost a second at start
    from tallyapp.gui.import_dialog import ImportDialog
    from tallyapp.gui.pdf_preview import PdfPreview
    from tallyapp.gui.results_view import ResultsView
    from tallyapp.services.audit import AuditResult

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import Completeness
from tallyapp.domain.authority import CEC_CODE
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.domain.precinct_status import PrecinctStatus
from tallyapp.gui.checks_panel import ChecksPanel
from tallyapp.gui.database import Database
from tallyapp.gui.i18n import (
    SETTING,
    available_languages,
    chosen_language,
    install_language,
    remember_language,
    settings,
)
from tallyapp.gui.protocol_editor import ProtocolEditor
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tasks import run_task
from tallyapp.gui.tree_model import CommissionTreeModel, CommissionTreeView, PrecinctsRead
from tallyapp.gui.words import error_text
from tallyapp.messages import role_title
from tallyapp.services.changes import Changes
from tallyapp.services.entry import EntryService, PrecinctInfo, Sheet
from tallyapp.services.navigation import (
    NavigationTree,
    Progress,
    not_accepted,
    precinct_statuses,
    progress_of,
)
from tallyapp.services.setup import read_only_reason

# Windows opened in place of another (a new interface language): kept until they close.
OPEN_WINDOWS: list[MainWindow] = []


# After the first paint: long enough for the window to be drawn, short enough to go unnoticed.
START_DELAY_MS = 150


class MainWindow(QMainWindow):
    def __init__(
        self, engine: Engine, actor: Actor, lang: str = "en", tree: NavigationTree | None = None
    ) -> None:
        """`tree`: the commission tree as read while the PIN was typed (else read here)."""
        super().__init__()
        self.engine = engine
        self.lang = lang
        # Every read and write of the protocols runs on this window's database thread.
        self.database = Database(self)

        def read() -> tuple[EntryService, NavigationTree]:
            service = EntryService(engine, actor)  # its election and commission tree, read once
            return service, tree or NavigationTree(engine, lang, service.election, service.tree)

        self.service: EntryService
        self.service, tree = self.database.wait_for(read)
        election = self.service.election
        self.setWindowTitle(self.tr("tallyapp — {0}").format(election.names.get(lang)))
        self.precinct: str | None = None
        self._matches: list[str] = []
        self._match_at = 0

        # Left: search and the commission tree.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a precinct by number or name (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a precinct"))
        self.search.returnPressed.connect(self.find_next)
        self.tree_model = CommissionTreeModel(tree, self.database)
        # The name column (a precinct's number, a commission's short name) takes what the
        # state columns leave; on a 1024-pixel screen their icons give way, never their words.
        self.tree_view = CommissionTreeView(self.tree_model)
        self.tree_view.setAccessibleName(self.tr("Commissions and precincts"))
        # Squeezed by the protocol opened beside it (its buttons' room): the docks are shared
        # again, once for each width it is squeezed to.
        self._squeezed_at = 0
        self.tree_view.squeezed.connect(self._tree_squeezed)
        self.tree_view.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree_view.activated.connect(self._tree_activated)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree_view)
        # The tree shows a commission's short name; its full name, wrapped, under the tree:
        # a tooltip is out of reach of the keyboard and of a screen reader.
        self.full_name = QLabel()
        self.full_name.setWordWrap(True)
        self.full_name.setAccessibleName(self.tr("Full name of the commission"))
        self.tree_view.selectionModel().currentChanged.connect(self._show_full_name)
        left_layout.addWidget(self.full_name)
        tree_dock = QDockWidget(self.tr("Commissions"), self)
        tree_dock.setObjectName("commissions")
        tree_dock.setWidget(left)
        tree_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, tree_dock)

        # Right: the checks of the protocol on screen.
        self.checks = ChecksPanel(lang=lang)
        checks_dock = QDockWidget(self.tr("Checks"), self)
        checks_dock.setObjectName("checks")
        checks_dock.setWidget(self.checks)
        checks_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, checks_dock)

        # Centre: the blue and the green protocol.
        self.heading = QLabel(self.tr("Choose a precinct in the tree, or find it with Ctrl+F."))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Precinct"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Protocols"))
        self.editors = {
            kind: ProtocolEditor(self.service, kind, self.checks, self.database, lang=lang)
            for kind in (BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY)
        }
        for editor in self.editors.values():
            editor.statusChanged.connect(self._status_changed)
            editor.changed.connect(self._changed)
            editor.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
            editor.reportChanged.connect(self._show_checks)
        self.tabs.currentChanged.connect(lambda _i: self._show_checks())
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)  # the docks beside have their own edges
        # On read-only media: said above everything, in words (not only greyed-out actions).
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAccessibleName(self.tr("Opened for reading"))
        self.read_only_note.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 6px;"
            " font-weight: bold"
        )
        self.read_only_note.setVisible(False)
        centre_layout.addWidget(self.read_only_note)
        centre_layout.addWidget(self.heading)
        centre_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(centre)

        self.completeness = QLabel(self.tr("Counting completeness…"))
        self.completeness.setAccessibleName(self.tr("Completeness"))
        self.statusBar().addPermanentWidget(self.completeness)
        self.record_warning = QLabel()
        self.record_warning.setAccessibleName(self.tr("The record's audit"))
        self.record_warning.setStyleSheet("color: #b00020; font-weight: bold")
        self.record_warning.setVisible(False)
        # Before the completeness figures: on a laptop screen it must not be the one cut off.
        self.statusBar().insertPermanentWidget(0, self.record_warning)
        self.audit: AuditResult | None = None
        self.closed = False  # set once the person closes the window
        self.who = QLabel(self._who_text(actor))
        self.who.setAccessibleName(self.tr("Who is working"))
        # Permanent: a notice in the status bar never hides who is signed in.
        self.statusBar().addPermanentWidget(self.who)
        # A message ("Участок 102 (1 из 11 совпадений)") takes the completeness counts' place
        # while it is shown, so a 1024-pixel status bar reads it whole; who is signed in and
        # the record's audit stay beside it. The counts come back with the message gone.
        self.statusBar().messageChanged.connect(lambda text: self.completeness.setVisible(not text))
        # None of them wider than its words: the room left is the message's.
        for permanent in (self.record_warning, self.completeness, self.who):
            permanent.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._make_actions()
        self.read_only = read_only_reason(engine)
        if self.read_only is not None:
            self._opened_for_reading(self.read_only)
        # Never larger than the screen: on a 1366×768 laptop the status bar stays in view.
        fit_to_screen(self, 1500, 900)
        self.tree_dock, self.checks_dock = tree_dock, checks_dock
        self._fit_docks()
        # The counts and the audit read the whole record: they start once the window has been
        # drawn, so they do not hold up its first paint.
        QTimer.singleShot(START_DELAY_MS, self, self._after_first_paint)  # not if closed first

    def _after_first_paint(self) -> None:
        if self.database.waiting:  # a precinct being opened: it comes first, then these
            QTimer.singleShot(START_DELAY_MS, self, self._after_first_paint)
            return
        self.refresh_statuses()
        self.check_record()

    # --- actions ----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        menu = self.menuBar().addMenu(self.tr("&Protocol"))
        menu.addAction(action(self.tr("&Find precinct"), "Ctrl+F", self.focus_search))
        menu.addAction(
            action(
                self.tr("&Blue protocol (party list)"),
                "Ctrl+1",
                lambda: self.show_ballot(BallotKind.PARTY_LIST),
            )
        )
        menu.addAction(
            action(
                self.tr("&Green protocol (district)"),
                "Ctrl+2",
                lambda: self.show_ballot(BallotKind.CONSTITUENCY),
            )
        )
        menu.addSeparator()
        writing: list[QAction] = []  # disabled, with the reason, on read-only media
        self.writing_actions = writing
        writing.append(action(self.tr("&Save"), "Ctrl+S", lambda: self.editor().save()))
        writing.append(
            action(self.tr("Fi&nalise…"), "Ctrl+Return", lambda: self.editor().finalise())
        )
        # Ctrl+E, Ctrl+H and Ctrl+D edit text in line edits on Linux: not used here.
        writing.append(
            action(
                self.tr("&Correct (repeated protocol)…"),
                "Ctrl+R",
                lambda: self.editor().start_correction(),
            )
        )
        menu.addActions(writing)
        menu.addAction(
            action(self.tr("&History"), "Ctrl+Shift+H", lambda: self.editor().show_history())
        )
        menu.addAction(
            action(
                self.tr("&Print / PDF of the protocol…"), "Ctrl+P", lambda: self.editor().preview()
            )
        )
        menu.addSeparator()
        deciding = [
            action(
                self.tr("&Accept the protocol (commission above)"),
                "Ctrl+Shift+A",
                lambda: self.editor().decide(accept=True),
            ),
            action(
                self.tr("Re&ject the protocol, with a reason…"),
                "Ctrl+Shift+J",
                lambda: self.editor().decide(accept=False),
            ),
        ]
        menu.addActions(deciding)
        writing += deciding
        menu.addSeparator()
        menu.addAction(
            action(
                self.tr("Summary protocol of the selected c&ommission…"),
                "Ctrl+Shift+P",
                self.preview_summary,
            )
        )
        importing = action(
            self.tr("&Import protocols from lower commissions…"), "Ctrl+I", self.open_import
        )
        menu.addAction(importing)
        writing.append(importing)
        menu.addAction(
            action(
                self.tr("Resul&ts of the selected commission…"), "Ctrl+Shift+R", self.open_results
            )
        )
        menu.addAction(
            action(
                self.tr("What is still &missing for my commission…"),
                "Ctrl+Shift+M",
                self.open_missing,
            )
        )
        # The risk-limiting audit is the CEC's: its members (not observers) open its screens.
        work = self.service.actor.session
        self.audit_action = action(
            self.tr("Risk-limiting a&udit of the seats and district winners…"),
            "",
            self.open_audit,
        )
        self.audit_action.setEnabled(
            work is not None and work.commission == "CEC" and not work.observer
        )
        menu.addAction(self.audit_action)
        menu.addSeparator()
        self.double_action = action(
            self.tr("&Double entry (blind)"), "Ctrl+Shift+D", self._toggle_double_entry
        )
        self.double_action.setCheckable(True)
        menu.addAction(self.double_action)
        writing.append(self.double_action)
        menu.addAction(action(self.tr("&Refresh statuses"), "F5", self.refresh_statuses))
        menu.addSeparator()
        menu.addAction(action(self.tr("&Quit"), "Ctrl+Q", self.close))
        language = self.menuBar().addMenu(self.tr("&Settings"))
        roster = QAction(self.tr("&Members and PINs of my commission…"), self)
        roster.triggered.connect(self.open_roster)
        roster.setEnabled(
            self.service.actor.session is not None and not self.service.actor.session.observer
        )
        language.addAction(roster)
        setup = action(self.tr("&Election setup…"), "", self.open_setup)
        language.addAction(setup)
        writing += [roster, setup]
        choose = language.addMenu(self.tr("Interface &language"))
        group = QActionGroup(self)
        current = settings().value(SETTING, "")
        for code, name in [("", self.tr("As the system")), *available_languages().items()]:
            act = QAction(name, self, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
            group.addAction(act)
            choose.addAction(act)
        # F10 opens the menus whatever the keyboard layout: Alt with a Cyrillic mnemonic
        # cannot be typed on a Latin layout. Arrows and Enter do the rest.
        action(self.tr("Menus"), "F10", self.open_menus)

    def _opened_for_reading(self, reason: TallyError) -> None:
        """A database on read-only media: the note above the protocols says so, and every
        action that would write is disabled, its tool tip saying why."""
        why = error_text(reason, self.lang)
        self.read_only_note.setText(
            self.tr(
                "The database {0}: {1}. Results, checks, history and printing work; "
                "nothing can be saved."
            ).format(reason.params.get("path", ""), why)
        )
        self.read_only_note.setVisible(True)
        for act in self.writing_actions:
            act.setEnabled(False)
            act.setToolTip(why)
            act.setStatusTip(why)
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
        for editor in self.editors.values():
            editor.storage_refusal = reason

    def open_menus(self) -> None:
        bar = self.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        if first is not None:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(first)  # opens its menu, as Alt+mnemonic would

    def _fit_docks(self) -> None:
        """The tree and the checks take shares of the window's width, not fixed pixels, so
        the protocol keeps its room on a laptop screen."""
        width = max(self.width(), 800)
        # The two share what the protocol in the middle leaves (its buttons need their room),
        # 30 to 26; on a 1024-pixel screen the tree takes at least what its state words need
        # beside a precinct's number (Kazakh words are long), the checks give it up.
        central = self.centralWidget()
        room = width - (central.minimumSizeHint().width() + 12 if central else 0)
        room = min(room, int(width * 0.56))
        tree = max(room * 30 // 56, self.tree_view.least_width() + 4)
        checks = max(room - tree, self.checks_dock.minimumSizeHint().width())
        self.resizeDocks(
            [self.tree_dock, self.checks_dock],
            [tree, checks],
            Qt.Orientation.Horizontal,
        )  # the tree's columns follow its width (CommissionTreeView.fit_columns)

    def _tree_squeezed(self, width: int) -> None:
        if width != self._squeezed_at:
            self._squeezed_at = width
            QTimer.singleShot(0, self, self._fit_docks)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_completeness()
        if event.oldSize().width() <= 0 or abs(event.size().width() - event.oldSize().width()) > 50:
            self._fit_docks()

    def _who_text(self, actor: Actor) -> str:
        work = actor.session
        if work is None:
            return self.tr("Nobody signed in: reading only")
        role = role_title(work.member.role.value, self.lang)
        return self.tr("{0} ({1}), {2}").format(
            work.member.name, role, self.tree_model.short_name(work.commission)
        )

    def open_missing(self) -> QDialog:
        from tallyapp.gui.missing_dialog import MissingDialog

        work = self.service.actor.session
        commission = work.commission if work is not None else self.selected_commission()
        tree = self.tree_model.tree
        unaccepted = self.database.wait_for(lambda: not_accepted(tree, commission))
        dialog = MissingDialog(self.tree_model, commission, unaccepted, self.open_precinct, self)
        dialog.open()
        return dialog

    def open_setup(self) -> QDialog:
        from tallyapp.gui.setup_dialog import ElectionSetupDialog

        dialog = ElectionSetupDialog(
            str(self.engine.url), self.engine, self.service.actor.session, self, self.lang
        )
        dialog.open()
        return dialog

    def open_roster(self) -> object:
        from tallyapp.gui.roster_dialog import RosterDialog

        work = self.service.actor.session
        if work is None:
            return None
        dialog = RosterDialog(self.engine, work, self, self.lang)
        dialog.open()
        return dialog

    def _set_language(self, code: str) -> MainWindow | None:
        """Switch the interface language now: the window is built again in the new language,
        on the same precinct; nothing typed is lost (every figure is in the working copy)."""
        remember_language(code)
        app = QApplication.instance()
        if app is None:
            return None
        lang = install_language(app, code or chosen_language())
        self.database.flush()  # the last figures typed written before the new window reads
        self.database.wait_idle()
        window = MainWindow(self.engine, self.service.actor, lang)
        window.setGeometry(self.geometry())
        OPEN_WINDOWS.append(window)
        window.destroyed.connect(lambda *_: OPEN_WINDOWS.remove(window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        if self.precinct is not None:
            window.open_precinct(self.precinct)
        self.close()
        return window

    def editor(self) -> ProtocolEditor:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, ProtocolEditor)
        return widget

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_ballot(self, ballot: BallotKind) -> None:
        editor = self.editors[ballot]
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            editor.focus_figures()

    def _toggle_double_entry(self) -> None:
        on = self.double_action.isChecked()
        started = [e for e in self.editors.values() if e.second_entry_started()]
        if not on and started:  # a second keying under way keeps double entry on
            started[0].set_double_entry(False)  # says why, and changes nothing
            self.double_action.setChecked(True)
            return
        for editor in self.editors.values():
            editor.set_double_entry(on)

    # --- precincts --------------------------------------------------------------------------

    def find_next(self) -> None:
        """Enter in the search box: the first match; Enter again: the next one."""
        text = self.search.text()
        if not self._matches or self._matches_for != text:
            tree = self.tree_model.tree
            self._matches = self.database.wait_for(lambda: tree.find(text))
            self._matches_for = text
            self._match_at = 0
        if not self._matches:
            self.statusBar().showMessage(self.tr("No precinct matches “{0}”").format(text), 5000)
            return
        number = self._matches[self._match_at % len(self._matches)]
        self._match_at += 1
        self.open_precinct(number)
        self.statusBar().showMessage(
            self.tr("Precinct {0} ({1} of %n match(es))", "", len(self._matches)).format(
                number, (self._match_at - 1) % len(self._matches) + 1
            ),
            5000,
        )

    _matches_for = ""

    def _select_in_tree(self, number: str) -> None:
        index = self.tree_model.index_of_precinct(number)
        if index.isValid():
            self.tree_view.expand(index.parent().parent())
            self.tree_view.expand(index.parent())
            self.tree_view.setCurrentIndex(index)
            self.tree_view.scrollTo(index)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if number and number != self.precinct:
            self.open_precinct(number, select=False)

    def _show_full_name(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The full name of the commission chosen in the tree, or of a precinct's commission."""
        index = current.siblingAtColumn(0)
        if index.data(Qt.ItemDataRole.UserRole):  # a precinct: its commission
            index = index.parent()
        self.full_name.setText(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))

    def _tree_activated(self, index: QModelIndex) -> None:
        if index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole):
            self.editor().focus_figures()

    def open_precinct(self, number: str, select: bool = True) -> None:
        service, tree_model = self.service, self.tree_model

        def read() -> tuple[PrecinctInfo, dict[BallotKind, Sheet], PrecinctsRead | None]:
            info, sheets = service.open_precinct(number)
            # Its place in the tree in the same round trip (each waits on the painting GUI).
            around = tree_model.read_around(number, info.tec_code) if select else None
            return info, sheets, around

        info, sheets, around = self.database.wait_for(read)
        self.precinct = number
        current_ballot = self.editor().ballot if self.tabs.count() else BallotKind.PARTY_LIST
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for ballot, sheet in sheets.items():
            editor = self.editors[ballot]
            editor.show_sheet(sheet)
            label = (
                self.tr("Blue — party list")
                if ballot is BallotKind.PARTY_LIST
                else self.tr("Green — district No. {0}").format(info.district)
            )
            self.tabs.addTab(editor, label)
        for ballot, editor in self.editors.items():
            if ballot not in self.service.ballots_of(info):
                editor.clear()
        self.tabs.blockSignals(False)
        if current_ballot in self.service.ballots_of(info):
            self.tabs.setCurrentWidget(self.editors[current_ballot])
        where = (
            self.tr("abroad — blue ballot only")
            if info.abroad
            else self.tr("district No. {0}").format(info.district)
        )
        tec = info.tec_names.get(self.lang) if info.tec_names else info.tec_name
        parts = [self.tr("Precinct No. {0}").format(info.number)]
        parts += [info.name] if info.name else []
        self.heading.setText(" · ".join([*parts, tec, where]))
        if select:
            self.tree_model.place(info.tec_code, around)
            self._select_in_tree(number)
        self._show_checks()

    def _show_checks(self) -> None:
        if not self.tabs.count():
            self.checks.show_report(None)
            return
        editor = self.editor()
        mismatches = len(editor.model.mismatches()) if editor.model else 0
        if editor.model is not None and editor.model.blind:  # the second keying, on its own
            empty = sum(v is None for v in editor.model.second.values())
            self.checks.show_report(editor.second_report, 0, empty, blind=True)
            return
        self.checks.show_report(editor.report, mismatches, editor.empty_lines())

    def _status_changed(self, precinct: str, ballot: str, status: PrecinctStatus) -> None:
        self.tree_model.set_status(precinct, ballot, status)

    def _changed(self, changes: Changes) -> None:
        """A save, finalisation or decision: the tree's counts it names; the cross-ballot
        checks of an editor whose precinct's other protocol it changed; completeness, only
        when a count of received or accepted protocols moved (a draft saved moves none)."""
        self.tree_model.apply(changes)
        for kind, editor in self.editors.items():
            sheet = editor.sheet
            if sheet is not None and any(
                c.ballot is not kind for c in changes.of(sheet.precinct.number)
            ):
                editor.other_saved()
        if changes.completeness:
            self.refresh_completeness()

    # --- background refreshes ----------------------------------------------------------------

    def refresh_statuses(self) -> None:
        engine, election = self.engine, self.service.election
        shown = self.tree_model.shown_commissions()

        def read(
            _progress: object,
        ) -> tuple[dict[str, dict[str, PrecinctStatus]], dict[tuple[str, str], Progress]]:
            return precinct_statuses(engine, shown, election), progress_of(engine)

        def done(
            found: tuple[dict[str, dict[str, PrecinctStatus]], dict[tuple[str, str], Progress]],
        ) -> None:
            self.tree_model.replace_statuses(*found)

        run_task(
            self,
            self.tr("Reading protocol states"),
            read,
            done,
            self._background_failed,
            show_progress=False,
        )
        self.refresh_completeness()

    _completeness_texts: tuple[str, str] | None = None

    def _fit_completeness(self) -> None:
        """The completeness sentence, or its short form where the status bar has no room for
        it beside who is signed in and the record's warning: read whole, never cut."""
        if self._completeness_texts is None:
            return
        sentence, short = self._completeness_texts
        others = sum(
            w.sizeHint().width() + 12 for w in (self.who, self.record_warning) if w.isVisible()
        )
        room = self.statusBar().width() - others - 24
        fits = self.completeness.fontMetrics().horizontalAdvance(sentence) <= room
        self.completeness.setText(sentence if fits else short)

    def refresh_completeness(self) -> None:
        engine = self.engine
        ballots = [
            b
            for b in (BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY)
            if self.service.election.has_ballot(b)
        ]

        def work(_progress: object) -> list[tuple[BallotKind, Completeness]]:
            from tallyapp.services.results import compute_results

            return [(b, compute_results(engine, ballot=b).tree.completeness) for b in ballots]

        def show(found: list[tuple[BallotKind, Completeness]]) -> None:
            locale = QLocale()
            parts, short, full = [], [], []
            for ballot, c in found:
                word = self.tr("Blue") if ballot is BallotKind.PARTY_LIST else self.tr("Green")
                parts.append(
                    self.tr("{0}: {1} of %Ln expected accepted", "", c.expected).format(
                        word, locale.toString(c.accepted)
                    )
                )
                # Where the sentence does not fit beside who is signed in (Russian at 1024 px).
                short.append(
                    self.tr("{0}: {1}/{2} accepted").format(
                        word, locale.toString(c.accepted), locale.toString(c.expected)
                    )
                )
                full.append(
                    self.tr("{0}: {1} expected · {2} received · {3} accepted · {4} missing").format(
                        word,
                        locale.toString(c.expected),
                        locale.toString(c.received),
                        locale.toString(c.accepted),
                        locale.toString(len(c.missing)),
                    )
                )
            self._completeness_texts = (" · ".join(parts), " · ".join(short))
            self.completeness.setToolTip("\n".join(full))
            self._fit_completeness()

        run_task(
            self,
            self.tr("Counting completeness"),
            work,
            show,
            self._background_failed,
            show_progress=False,
        )

    def check_record(self) -> None:
        """The audit at start: every hash chain, state and figure recomputed, in the background;
        a warning that stays on screen if anything was tampered with."""
        engine = self.engine

        def audit(_progress: object) -> AuditResult:
            from tallyapp.services.audit import audit_database

            return audit_database(engine)

        run_task(
            self,
            self.tr("Auditing the record"),
            audit,
            self._record_checked,
            self._background_failed,
            show_progress=False,
        )

    def _record_checked(self, result: AuditResult) -> None:
        self.audit = result
        if result.intact:
            return
        self.record_warning.setText(
            self.tr("⚠ The record was tampered with: %n broken link(s)", "", len(result.broken))
        )
        self.record_warning.setVisible(True)
        self._fit_completeness()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The record was tampered with"),
            self.tr(
                "The audit found %n broken link(s) in the record of protocols. Figures whose "
                "record is broken are not signed or exported. Run `tallyapp audit` for the "
                "full list.",
                "",
                len(result.broken),
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        # The first links in the box itself (Qt's own "Show Details" button is not translated).
        box.setInformativeText("\n".join(error_text(b, self.lang) for b in result.broken[:5]))
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let the autosave and background reads finish: they hold database sessions.
        self.closed = True
        self.database.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        super().closeEvent(event)

    def selected_commission(self) -> str:
        """The region or territorial commission selected in the tree; the top otherwise."""
        index = self.tree_view.currentIndex()
        node = index.siblingAtColumn(0).internalPointer() if index.isValid() else None
        if node is not None and getattr(node, "kind", "") in ("region", "dec", "tec"):
            return str(node.code)
        if node is not None and getattr(node, "kind", "") == "precinct" and node.parent:
            return str(node.parent.code)
        return CEC_CODE

    def selected_for_results(self) -> str:
        """What the results window shows: the selected commission, or the selected precinct
        itself (results drill down to a single precinct)."""
        index = self.tree_view.currentIndex()
        node = index.siblingAtColumn(0).internalPointer() if index.isValid() else None
        if node is not None and getattr(node, "kind", "") == "precinct":
            return str(node.code)
        return self.selected_commission()

    def open_results(self) -> ResultsView:
        from tallyapp.gui.results_view import ResultsView

        view = ResultsView(self.engine, self.selected_for_results(), self.lang)
        view.setWindowFlag(Qt.WindowType.Window)
        view.openPrecinct.connect(self._open_from_results)
        self._results_views = [*getattr(self, "_results_views", []), view]
        view.show()
        return view

    def open_audit(self) -> QWidget | None:
        """The audit's screens in their own window; the report and bundle go to the home folder."""
        if not self.audit_action.isEnabled():
            return None
        from tallyapp.gui.rla_window import RlaWindow

        window = RlaWindow(self.engine, self.service.actor, Path.home())
        window.setWindowFlag(Qt.WindowType.Window)
        window.resize(1366, 768)
        self._audit_windows = [*getattr(self, "_audit_windows", []), window]
        window.show()
        return window

    def _open_from_results(self, number: str) -> None:
        self.open_precinct(number)
        self.activateWindow()
        self.raise_()

    def open_import(self) -> ImportDialog:
        from tallyapp.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.engine, self, self.service.actor, self.tree_model.short_name)
        dialog.imported.connect(self.refresh_statuses)
        dialog.open()
        return dialog

    def preview_summary(self) -> PdfPreview | None:
        """The summary protocol of the region or territorial commission selected in the tree
        (the CEC's when nothing is selected), recomputed from the accepted protocols."""
        from tallyapp.gui.pdf_preview import PdfPreview, page_images
        from tallyapp.services.pdf_export import export_summary
        from tallyapp.services.signed_documents import signed_summary

        code = self.selected_commission()
        ballot = self.editor().ballot if self.tabs.count() else BallotKind.PARTY_LIST
        engine = self.engine

        def render() -> tuple[bytes, list[QImage]]:
            pdf = export_summary(engine, code, ballot, "kk+ru")
            return pdf, page_images(pdf, scale=1.3)

        pdf, pages = self.database.wait_for(render)
        # The ballot is said in the title: the summary is of the ballot whose tab is open.
        ballot_words = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        dialog = PdfPreview(
            self.tr("summary protocol of {0}").format(self.tree_model.short_name(code))
            + (f" — {ballot_words.replace('&', '')}" if ballot_words else ""),
            pdf,
            f"summary-{code}-{ballot.value}.pdf",
            self,
            pages,
            lambda key, passphrase, opened: signed_summary(
                engine, code, ballot, "kk+ru", key, passphrase, opened=opened
            ),
        )
        dialog.open()
        return dialog

    def _background_failed(self, message: str) -> None:
        # A read still running when the window closed (the audit at start on a slow machine)
        # may fail once its database is gone: the window is closed, there is no one to tell.
        if self.closed:
            return
        QMessageBox.critical(self, self.tr("Something went wrong"), message)
