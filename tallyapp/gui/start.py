"""The way into the desktop app: the first start's setup, the sign-in, then the main window.

The first window is drawn before the database layer is imported: the sign-in (its database
opened meanwhile on the task pool), or, when there is no database yet, the setup. Every step
that reads or writes the database runs on the task pool; the dialogs are opened, never
`exec`uted, so the window keeps painting and tests can drive each step by keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from tallyapp.domain.authority import precinct_of
from tallyapp.gui.login_dialog import LoginDialog, commission_code
from tallyapp.gui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tallyapp.domain.authority import WorkSession
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.gui.recovery_dialog import RecoveryDialog
    from tallyapp.gui.roster_dialog import RosterDialog
    from tallyapp.gui.setup_dialog import ElectionSetupDialog
    from tallyapp.services.first_start import FirstDatabase, FoundDatabase
    from tallyapp.services.navigation import NavigationTree
    from tallyapp.services.recovery import Recovery


class Start(QObject):
    """One start of the app. `opened` carries the main window; `gave_up` means the person
    closed a step (the app then quits) or the database could not be opened (said first)."""

    opened = Signal(object)
    gave_up = Signal()

    def __init__(self, url: str | None, lang: str) -> None:
        super().__init__()
        self.url = url
        self.lang = lang
        self.login: LoginDialog | None = None
        self.setup: ElectionSetupDialog | None = None
        self.first_pins: RosterDialog | None = None
        self.summary: QMessageBox | None = None
        self.window: MainWindow | None = None
        self.engine: Engine | None = None
        self.found: FoundDatabase | None = None
        self.recovery: RecoveryDialog | None = None
        self.tree: NavigationTree | None = None  # read while the PIN was typed

    def begin(self) -> None:
        from tallyapp.services.locating import locate

        where = locate(self.url)
        self.url = where.url
        if where.missing:  # no database yet: the setup is the first window
            self.show_setup()
            return
        self.login = LoginDialog(None, self.lang)
        self.login.finished.connect(self._signed_in)
        self.login.show()
        url = self.url
        run_task(
            None,
            self.tr("Opening the database"),
            lambda _p: _find(url),
            self._found,
            self._failed,
            show_progress=False,
        )

    def _found(self, found: FoundDatabase) -> None:
        if found.engine is None:  # a file or schema without an election: the setup
            if self.login is not None:
                self.login.finished.disconnect(self._signed_in)
                self.login.close()
                self.login = None
            self.show_setup()
            return
        self.engine = found.engine
        self.found = found
        if found.first_pins is not None and self.login is not None:
            # Nobody can sign in yet: whoever opens it sets the first PINs, as at setup.
            self.login.finished.disconnect(self._signed_in)
            self.login.close()
            self.login = None
            self.show_first_pins(found.first_pins)
            return
        if self.login is not None:
            self.login.set_database(found.engine, found.demo)
            engine, lang = found.engine, self.lang
            precinct = precinct_of(commission_code(self.login.commission.text()))
            run_task(
                None,
                "",
                lambda _p: _prepare_main_window(engine, lang, precinct),
                self._prepared,
                self._failed,  # the main window's modules could not be imported
                False,
            )

    def _prepared(self, tree: NavigationTree | None) -> None:
        self.tree = tree

    def _signed_in(self, accepted: int) -> None:
        login = self.login
        if not accepted or login is None or login.session is None or self.engine is None:
            self.gave_up.emit()
            return
        found = self.found
        if found is not None and found.recovery is not None and not found.read_only:
            self.show_recovery(login.session, found.recovery)
            return
        self.open_window(login.session)

    def show_recovery(self, session: WorkSession, recovery: Recovery) -> None:
        """Figures a refused save kept beside the database: restored as drafts, or the file
        kept for later; the main window opens after either."""
        from tallyapp.gui.recovery_dialog import RecoveryDialog
        from tallyapp.services.sessions import actor_of

        assert self.engine is not None
        self.recovery = RecoveryDialog(self.engine, actor_of(session), recovery, self.lang)
        self.recovery.finished.connect(lambda _r: self.open_window(session))
        self.recovery.show()

    def show_setup(self) -> None:
        from tallyapp.gui.setup_dialog import ElectionSetupDialog

        assert self.url is not None
        self.setup = ElectionSetupDialog(self.url, lang=self.lang)
        self.setup.finished.connect(self._set_up)
        self.setup.show()

    def _set_up(self, accepted: int) -> None:
        setup = self.setup
        if not accepted or setup is None or setup.created is None:
            self.gave_up.emit()
            return
        created = setup.created
        url = created.url

        def open_new(_progress: object) -> tuple[FoundDatabase, str]:
            from tallyapp.services.first_start import first_commission

            found = _find(url)
            assert found.engine is not None
            return found, found.first_pins or first_commission(found.engine)

        run_task(
            None,
            self.tr("Opening the database"),
            open_new,
            lambda result: self._tell(created, *result),
            self._failed,
            show_progress=False,
        )

    def _tell(self, created: FirstDatabase, found: FoundDatabase, commission: str) -> None:
        """What the first start made, said once; then the demo's chair is signed in, or the
        administrator sets the first PINs."""
        assert found.engine is not None
        self.engine = found.engine
        self.summary = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The database is ready"),
            self.made_text(created),
            QMessageBox.StandardButton.Ok,
        )
        self.summary.button(QMessageBox.StandardButton.Ok).setText(self.tr("&Continue"))
        if created.session is not None:
            session = created.session
            self.summary.finished.connect(lambda _r: self.open_window(session))
        else:
            self.summary.finished.connect(lambda _r: self.show_first_pins(commission))
        self.summary.show()

    def show_first_pins(self, commission: str) -> None:
        from tallyapp.gui.roster_dialog import RosterDialog

        assert self.engine is not None
        self.first_pins = RosterDialog(self.engine, None, None, self.lang, commission)
        self.first_pins.finished.connect(self._pins_set)
        self.first_pins.show()

    def _pins_set(self, accepted: int) -> None:
        dialog = self.first_pins
        if not accepted or dialog is None or dialog.session is None:
            self.gave_up.emit()
            return
        self.open_window(dialog.session)

    def open_window(self, session: WorkSession) -> None:
        from tallyapp.gui.main_window import MainWindow
        from tallyapp.services.sessions import actor_of

        assert self.engine is not None
        self.window = MainWindow(self.engine, actor_of(session), self.lang, self.tree)
        number = precinct_of(session.commission)
        try:
            if number is not None:  # a precinct's member: its protocols in the first frame
                self.window.open_precinct(number)
        finally:  # shown even if the precinct could not be read (that is said as any error)
            self.window.show()
            self.opened.emit(self.window)

    def _failed(self, message: str) -> None:
        QMessageBox.critical(None, self.tr("tallyapp"), message)
        self.gave_up.emit()

    def made_text(self, made: FirstDatabase) -> str:
        """What the first start made, in the reader's language."""
        from tallyapp.gui.setup_dialog import _place
        from tallyapp.gui.tree_model import short_name
        from tallyapp.services.definitions import load_election

        election = load_election(made.election).names.get(self.lang)
        lines = [
            self.tr("The new database: {0}\nElection: {1}").format(_place(made.url), election),
            (
                self.tr(
                    "%n commission(s) and {0} of the practice register (synthetic).",
                    "",
                    made.commissions,
                )
                if made.practice
                else self.tr(
                    "%n commission(s) and {0} from the register file.", "", made.commissions
                )
            ).format(self.tr("%n precinct(s)", "", made.precincts)),
        ]
        if made.rehearsal:
            lines.append(
                self.tr(
                    "A rehearsal on the NCA's test keys: every document it makes says REHEARSAL, "
                    "and a production database refuses them."
                )
            )
        if made.members:
            lines.append(
                self.tr("%n commission member(s) from the members file.", "", made.members)
            )
        if made.candidates:
            lines.append(self.tr("%n candidate(s) from the candidates file.", "", made.candidates))
        if made.protocols:
            lines.append(
                self.tr(
                    "The national demo: %n protocol(s), all accepted (fake figures, marked DEMO).",
                    "",
                    made.protocols,
                )
            )
        if made.session is not None:
            lines.append(
                self.tr(
                    "You are signed in as {0}, the chair of commission {1}. Your PIN is {2}: "
                    "every demo member has it, for practice only."
                ).format(made.session.member.name, short_name(made.session.commission), made.pin)
            )
        else:
            lines.append(
                self.tr(
                    "You are this database's administrator for the setup (the audit log says so). "
                    "Next: give a member a PIN, then you continue as that member."
                )
            )
        return "\n\n".join(lines)


def _find(url: str) -> FoundDatabase:
    from tallyapp.services.first_start import find_database

    return find_database(url)


def _prepare_main_window(engine: Engine, lang: str, precinct: str | None) -> NavigationTree | None:
    """While the PIN is typed: the main window's modules and its first reads (see
    `services.entry.prepare_reading`), so that it opens at once after. A module that cannot be
    imported is said; a read that fails is only a head start lost: the window reads it all
    again, and says what fails then."""
    import tallyapp.gui.main_window  # noqa: F401
    from tallyapp.services.entry import prepare_reading

    try:
        return prepare_reading(engine, lang, precinct)
    except Exception:  # see above
        return None
