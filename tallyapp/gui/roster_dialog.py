"""The commission's roster in the desktop app: names, IINs and roles, entered or corrected by
the chair or the secretary, and each member's PIN set here (never shown, stored as a hash).

On a new database the same dialog is the administrator's (whoever set it up, `work` None): any
commission can be chosen, and once a member has a PIN, Continue signs that member in. Every
read and write runs on the task pool."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.authority import (
    ROLE_ORDER,
    Role,
    Roster,
    RosterMember,
    WorkSession,
    precinct_commission,
)
from tallyapp.domain.errors import TallyError
from tallyapp.gui.pin_dialog import PinDialog
from tallyapp.gui.replace_member_dialog import ReplaceMemberDialog
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.tasks import run_task
from tallyapp.gui.tree_model import short_name
from tallyapp.gui.words import error_lines
from tallyapp.messages import role_title

if TYPE_CHECKING:
    from sqlalchemy import Engine

ROLES: list[Role] = [r for r in ROLE_ORDER if r is not Role.OBSERVER]


class _CodeField(QLineEdit):
    """A commission's code: Enter reads its roster, and never saves the one shown (the
    dialog's default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RosterDialog(QDialog):
    loaded = Signal()  # the roster was read (or read again) into the table
    answered = Signal()  # a save or a PIN came back: the words are in `error`

    def __init__(
        self,
        engine: Engine,
        work: WorkSession | None,
        parent: QWidget | None = None,
        lang: str = "en",
        commission: str = "CEC",
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.work = work
        self.lang = lang
        self.administrator = work is None  # a new database's first members and PINs
        self.commission = work.commission if work is not None else commission
        self.session: WorkSession | None = None  # administrator: the member signed in at the end
        self._pin_set: tuple[str, str, str] | None = None  # (commission, iin, pin)
        self.busy = False
        self.setWindowTitle(
            self.tr("First members and PINs")
            if self.administrator
            else self.tr("Members of {0}").format(short_name(self.commission))
        )
        self.choose = _CodeField(self.commission)
        self.choose.setAccessibleName(self.tr("Commission"))
        self.choose.setPlaceholderText(self.tr("e.g. CEC, ABAI-03, or a precinct number: 101"))
        self.choose.editingFinished.connect(self._choose_commission)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("IIN"), self.tr("Role")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The IIN's twelve digits and the longest role's name are shown whole, in every language.
        metrics = self.fontMetrics()
        self.table.setColumnWidth(1, metrics.horizontalAdvance("000000000000") + 24)
        widest = max(metrics.horizontalAdvance(role_title(r.value, lang)) for r in ROLES)
        self.table.setColumnWidth(2, widest + 48)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Commission members"))
        # Tab walks the inputs in the cells and then leaves for the buttons (it went round the
        # table's cells for ever); the row whose input has the focus is the selected one.
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(lambda: self.add_member(RosterMember("", "", Role.MEMBER)))
        remove = QPushButton(self.tr("&Remove member"))
        remove.clicked.connect(self._remove_selected)
        pin = QPushButton(self.tr("Set &PIN of the selected member…"))
        pin.clicked.connect(lambda: self.set_pin_of_selected())
        # A member leaving early and another appointed in their place, by a decision: not an
        # edit of the list, but a change the audit log names (the administrator's first
        # setup has nobody to replace yet).
        change = QPushButton(self.tr("C&hange member…"))
        change.clicked.connect(lambda: self.change_selected())
        change.setVisible(not self.administrator)
        row = QHBoxLayout()
        for button in (add, remove, pin, change):
            row.addWidget(button)
        self._row_buttons = [add, remove, pin, change]
        row.addStretch()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save the roster"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.continue_button = QPushButton(self.tr("&Continue as this member"))
        self.continue_button.setAutoDefault(False)
        self.continue_button.clicked.connect(self.continue_as_member)
        self.continue_button.setEnabled(False)
        if self.administrator:
            buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quit"))
            buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        if self.administrator:
            first = QLabel(
                self.tr(
                    "You set up this database: until a member signs in, you are its "
                    "administrator, and the audit log records what you do. Choose a "
                    "commission, check its members (add one if the list is empty and save), "
                    "give a member a PIN, then continue as that member."
                )
            )
            first.setWordWrap(True)
            first.setStyleSheet("color: #664d03; background: #fff3cd; padding: 4px")
            layout.addWidget(first)
            form = QFormLayout()
            caption = QLabel(self.tr("C&ommission:"))
            caption.setBuddy(self.choose)
            form.addRow(caption, self.choose)
            layout.addLayout(form)
        else:
            self.choose.setVisible(False)
        explain = QLabel(
            self.tr(
                "One roster per commission: the chair, the deputy and the secretary sign; "
                "every member keys. The IIN is the one on the member's signing key."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520 if self.administrator else 460)
        self.reload()

    def _choose_commission(self) -> None:
        text = self.choose.text().strip().upper()
        code = precinct_commission(text) if text.isdigit() else text
        if code and code != self.commission:
            self.commission = code
            self.reload()

    def reload(self) -> None:
        """The commission's roster, read on the task pool into the table."""
        from tallyapp.services.sessions import roster_of

        engine, code = self.engine, self.commission
        self.busy = True
        run_task(
            self,
            self.tr("Reading the roster"),
            lambda _p: roster_of(engine, code),
            self._show_roster,
            self._failed,
            show_progress=False,
        )

    def _show_roster(self, roster: Roster) -> None:
        self.busy = False
        if roster.commission != self.commission:
            return  # another commission was chosen meanwhile
        self.table.setRowCount(0)
        for member in roster.members:
            if member.role is not Role.OBSERVER:
                self.add_member(member, focus=False)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.error.setText(
            ""
            if roster.members
            else self.tr("{0}: nobody on the roster yet; add the members and save.").format(
                short_name(self.commission)
            )
        )
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.error.setText(message)
        self.answered.emit()

    def add_member(self, member: RosterMember, focus: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(member.name)
        name.setAccessibleName(self.tr("Member name"))
        iin = QLineEdit(member.iin)
        iin.setAccessibleName(self.tr("IIN"))
        iin.setInputMask("999999999999;_")
        role = QComboBox()
        role.setAccessibleName(self.tr("Member role"))
        for key in ROLES:
            role.addItem(role_title(key.value, self.lang), key.value)
        role.setCurrentIndex(ROLES.index(member.role))
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, iin)
        self.table.setCellWidget(row, 2, role)
        for cell in (name, iin, role):
            cell.installEventFilter(self)
        self._chain_tab_order()
        if focus:  # a member added by hand: type the name
            name.setFocus()

    def _remove_selected(self) -> None:
        self.table.removeRow(self.table.currentRow())
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab: each row's name, IIN and role in turn, then the buttons under the table."""
        if not hasattr(self, "_buttons"):
            return  # still building: chained once the buttons exist
        chain: list[QWidget] = [
            cell
            for row in range(self.table.rowCount())
            for column in range(3)
            if (cell := self.table.cellWidget(row, column)) is not None
        ]
        chain += [b for b in self._row_buttons if not b.isHidden()]
        chain += [b for b in self._buttons.buttons() if not b.isHidden()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The row whose input gets the focus becomes the selected row, so Remove, Set PIN
        and Change act on the member being worked on."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in range(3):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
                        self.table.scrollTo(self.table.model().index(row, column))
        return super().eventFilter(watched, event)

    def roster(self) -> Roster:
        members = []
        for row in range(self.table.rowCount()):
            name, iin, role = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(name, QLineEdit) and isinstance(iin, QLineEdit)
            assert isinstance(role, QComboBox)
            if name.text().strip() or iin.text().strip("_ "):
                members.append(
                    RosterMember(
                        iin.text().strip("_ "), name.text().strip(), Role(role.currentData())
                    )
                )
        return Roster(self.commission, tuple(members))

    def _run(self, title: str, work: object, done_text: str) -> None:
        """A write on the task pool; its refusal, or `done_text`, said in `error`."""
        assert callable(work)

        def attempt(_progress: object) -> TallyError | None:
            try:
                work()
            except TallyError as exc:
                return exc
            return None

        def done(refused: TallyError | None) -> None:
            self.busy = False
            self.error.setText(
                "\n".join(error_lines(refused, self.lang)) if refused is not None else done_text
            )
            self.answered.emit()

        self.busy = True
        run_task(self, title, attempt, done, self._failed)

    def save(self) -> None:
        from tallyapp.services.sessions import set_roster

        engine, work, roster = self.engine, self.work, self.roster()
        self._run(
            self.tr("Saving the roster"),
            lambda: set_roster(engine, work, roster),
            self.tr("Saved."),
        )

    def set_pin_of_selected(self, pin: str | None = None) -> PinDialog | None:
        """Ask for the selected member's new PIN (a dialog, typed twice), then store it on
        the task pool; with `pin` given, store it at once."""
        row = self.table.currentRow()
        if row < 0:
            self.error.setText(self.tr("Choose a member in the list first."))
            return None
        name, iin = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        assert isinstance(name, QLineEdit) and isinstance(iin, QLineEdit)
        number = iin.text().strip("_ ")
        if pin is not None:
            self._store_pin(number, pin)
            return None
        dialog = PinDialog(name.text() or number, self)
        dialog.accepted.connect(lambda: self._store_pin(number, dialog.value()))
        dialog.open()
        return dialog

    def change_selected(self) -> ReplaceMemberDialog | None:
        """Ask who replaces the selected member and by which decision; recorded on the task
        pool, then the roster read again."""
        row = self.table.currentRow()
        if row < 0 or self.work is None:
            self.error.setText(self.tr("Choose a member in the list first."))
            return None
        name, iin, role = (self.table.cellWidget(row, c) for c in range(3))
        assert isinstance(name, QLineEdit) and isinstance(iin, QLineEdit)
        assert isinstance(role, QComboBox)
        leaving = RosterMember(
            iin.text().strip("_ "), name.text().strip(), Role(role.currentData())
        )
        dialog = ReplaceMemberDialog(self.commission, leaving, self.lang, self)
        dialog.accepted.connect(
            lambda: self._replace(leaving, dialog.newcomer(), dialog.decision_text())
        )
        dialog.open()
        return dialog

    def _replace(self, leaving: RosterMember, newcomer: RosterMember, decision: str) -> None:
        from tallyapp.services.sessions import replace_member_of

        engine, work, code = self.engine, self.work, self.commission
        assert work is not None

        def attempt(_progress: object) -> TallyError | Roster:
            try:
                return replace_member_of(engine, work, code, leaving.iin, newcomer, decision)
            except TallyError as exc:
                return exc

        def done(outcome: TallyError | Roster) -> None:
            self.busy = False
            if isinstance(outcome, TallyError):
                self.error.setText("\n".join(error_lines(outcome, self.lang)))
            else:
                self._show_roster(outcome)
                at = [m.iin for m in outcome.members if m.role is not Role.OBSERVER]
                self.table.selectRow(at.index(newcomer.iin))
                self.error.setText(
                    self.tr("{0} replaced by {1}. Set the new member's PIN.").format(
                        leaving.name, newcomer.name
                    )
                )
            self.answered.emit()

        self.busy = True
        run_task(self, self.tr("Replacing the member"), attempt, done, self._failed)

    def _store_pin(self, iin: str, pin: str) -> None:
        from tallyapp.services.sessions import set_pin

        engine, work, code = self.engine, self.work, self.commission

        def store() -> None:
            set_pin(engine, work, code, iin, pin)
            self._pin_set = (code, iin, pin)  # only once it is stored

        self._run(self.tr("Setting the PIN"), store, self.tr("PIN set."))
        self.answered.connect(self._offer_continue)

    def _offer_continue(self) -> None:
        self.answered.disconnect(self._offer_continue)
        if self.administrator and self._pin_set is not None:
            self.continue_button.setEnabled(True)
            self.continue_button.setDefault(True)
            self.continue_button.setFocus()

    def continue_as_member(self) -> None:
        """The administrator's setup ends: the member given a PIN last signs in with it."""
        from tallyapp.services.sessions import start_session

        if self._pin_set is None:
            return
        engine = self.engine
        code, iin, pin = self._pin_set

        def signed_in(session: WorkSession) -> None:
            self.session = session
            self.accept()

        run_task(
            self,
            self.tr("Signing in"),
            lambda _p: start_session(engine, code, iin, pin),
            signed_in,
            self._failed,
            show_progress=False,
        )
