"""One protocol (blue or green) of one precinct: keying, live checks, saving, finalising.

The editor holds the sheet in memory and checks it there on every keystroke. Everything that
reads or writes the database runs on the window's database thread (`gui.database`): the
autosave of each figure without waiting, and the steps a person waits on (save, finalise,
history, print) with the window painting but taking no input until the answer is back."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTime, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.authority import Action, WorkSession
from tallyapp.domain.checks import CheckReport
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import ConflictError, TallyError
from tallyapp.domain.precinct_status import PrecinctStatus, precinct_status
from tallyapp.domain.protocol import Protocol
from tallyapp.gui.checks_panel import ChecksPanel
from tallyapp.gui.database import Database
from tallyapp.gui.figure_table import FigureTable
from tallyapp.gui.protocol_model import ProtocolTableModel
from tallyapp.gui.words import error_lines, error_text
from tallyapp.messages.checks import explain
from tallyapp.services.entry import EntryService, Saved, Sheet

if TYPE_CHECKING:  # imported when first used
    from tallyapp.gui.pdf_preview import PdfPreview

# Autosaves of one protocol start at least this far apart: a person keys a figure's digits a
# tenth of a second or more apart, so each is saved at once; keys pasted or typed faster are
# saved once per 0.1 s, the newest figures, not once per keystroke in the keystrokes' way
# (`Database.submit`; closing the window waits for the last).
AUTOSAVE_SPACING_MS = 100

STATE_WORDS = {  # marked for lupdate, translated when shown
    None: QT_TRANSLATE_NOOP("ProtocolEditor", "not entered yet"),
    "draft": QT_TRANSLATE_NOOP("ProtocolEditor", "draft"),
    "checked": QT_TRANSLATE_NOOP("ProtocolEditor", "checked"),
    "finalised": QT_TRANSLATE_NOOP("ProtocolEditor", "finalised (signed)"),
    "transmitted": QT_TRANSLATE_NOOP("ProtocolEditor", "transmitted"),
    "accepted": QT_TRANSLATE_NOOP("ProtocolEditor", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("ProtocolEditor", "rejected"),
}


def _local_clock(moment: datetime) -> QTime:
    """The time of day of `moment` on this computer's clock."""
    local = moment.astimezone()
    return QTime(local.hour, local.minute, local.second)


class ProtocolEditor(QWidget):
    """Shows a sheet; every edit is checked at once and kept in the working copy."""

    statusChanged = Signal(str, str, object)  # precinct, ballot, PrecinctStatus
    changed = Signal(object)  # Changes: what a save, finalisation or decision changed
    reportChanged = Signal()
    notice = Signal(str)  # what was just done, for the status bar

    def __init__(
        self,
        service: EntryService,
        ballot: BallotKind,
        checks: ChecksPanel,
        database: Database,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.database = database
        self.autosave_failed: BaseException | None = None
        self.ballot = ballot
        self.checks_panel = checks
        self.lang = lang
        self.sheet: Sheet | None = None
        self.model: ProtocolTableModel | None = None
        self.report: CheckReport | None = None
        self.second_report: CheckReport | None = None  # the blind second keying's own checks
        self.read_only: TallyError | None = None  # why this member may not key it
        # Why nothing can be saved to this database at all (opened for reading), or None.
        self.storage_refusal: TallyError | None = None
        self.correction_reason: str | None = None
        self.second_keyer: WorkSession | None = None  # double entry: who keys the second entry

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Protocol state"))
        self.table = FigureTable()
        # What was typed or pasted and refused, said under the figures until the next figure.
        self.input_problem = QLabel()
        self.input_problem.setWordWrap(True)
        self.input_problem.setStyleSheet("color: #842029")
        self.input_problem.setAccessibleName(self.tr("Figure not entered"))
        self.input_problem.setVisible(False)
        self.table.figureRefused.connect(self._figure_refused)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save the figures as a new version (Ctrl+S)"))
        self.finalise_button = QPushButton(self.tr("&Finalise…"))
        self.finalise_button.setToolTip(self.tr("Check, sign and finalise (Ctrl+Return)"))
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.correct_button.setToolTip(
            self.tr("Correct a finalised protocol with a repeated protocol (Ctrl+R)")
        )
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.setToolTip(self.tr("Every version and its differences (Ctrl+Shift+H)"))
        self.print_button = QPushButton(self.tr("Print / P&DF…"))
        self.print_button.setToolTip(
            self.tr("Preview the printed protocol; save it as a (signed) PDF or print it (Ctrl+P)")
        )
        self.print_button.clicked.connect(self.preview)
        self.second_button = QPushButton(self.tr("Start s&econd entry"))
        self.second_button.setToolTip(
            self.tr(
                "Double entry: key the figures again, blind (Ctrl+Shift+D switches double entry on)"
            )
        )
        self.second_button.setVisible(False)
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(lambda: self.start_correction())
        self.history_button.clicked.connect(self.show_history)
        self.second_button.clicked.connect(self.toggle_second_entry)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.finalise_button,
            self.correct_button,
            self.history_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        # Double entry's button on a row of its own: beside the others it made the protocol,
        # with the second keying's column, so wide that the tree beside it was squeezed to a
        # letter or two at 1024 px.
        second = QHBoxLayout()
        second.addWidget(self.second_button)
        second.addStretch()
        layout = QVBoxLayout(self)
        # Inside the tab's own frame: narrow margins leave the tree beside it room for a
        # precinct's number and its state words on a 1024-pixel screen.
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.input_problem)
        layout.addLayout(second)
        layout.addLayout(buttons)
        self.double_entry = False
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def load(self, precinct: str) -> None:
        service, ballot = self.service, self.ballot
        self.show_sheet(self.database.wait_for(lambda: service.open(precinct, ballot)))

    def show_sheet(self, sheet: Sheet) -> None:
        """Show a sheet read on the database thread."""
        self.sheet = sheet
        self.correction_reason = None
        self._show_sheet()

    def _show_sheet(self) -> None:
        assert self.sheet is not None
        earlier, self.model = self.model, ProtocolTableModel(self.sheet, self.lang)
        self.read_only = (
            self.service.refusal(Action.KEY, self.sheet.precinct.number) or self.storage_refusal
        )
        if self.read_only is not None:  # an observer, another commission's, read-only media
            self.model.set_editable(False)
        self.model.valuesChanged.connect(self._values_changed)
        if self.double_entry and not self.sheet.sealed:
            same = earlier is not None and (
                earlier.sheet.precinct.number,
                earlier.sheet.ballot,
            ) == (
                self.sheet.precinct.number,
                self.sheet.ballot,
            )
            if same and earlier is not None:  # saved during double entry: both keyings stay
                self.model.keep_second_entry(earlier)
            else:
                self.model.set_double_entry(True, blind=False)
                self.second_keyer = None
        self.table.setModel(self.model)
        self._recheck()
        self._update_buttons()

    def clear(self) -> None:
        self.sheet = None
        self.model = None
        self.report = None
        self.table.setModel(None)
        self.state_label.setText("")
        self._update_buttons()

    # --- live checks ------------------------------------------------------------------------

    def _figure_refused(self, sentence: str) -> None:
        self.input_problem.setText(sentence)
        self.input_problem.setVisible(True)

    def _values_changed(self) -> None:
        assert self.sheet is not None and self.model is not None
        self.input_problem.setVisible(False)
        sheet, values, service = self.sheet, dict(self.model.values), self.service
        # Off the GUI thread; a figure typed before the last one was written replaces it.
        self.database.submit(
            lambda: service.autosave(sheet, values),
            failed=self._autosave_failed,
            key=f"autosave {sheet.precinct.number} {sheet.ballot.value}",
            spacing_ms=AUTOSAVE_SPACING_MS,
        )
        self._recheck()
        self._update_buttons()
        self.statusChanged.emit(self.sheet.precinct.number, self.ballot.value, self.status())

    def _autosave_failed(self, error: BaseException) -> None:
        self.autosave_failed = error
        self._fail(self.tr("The figures being typed were not kept"), error_lines(error, self.lang))

    def _recheck(self) -> None:
        self.second_report = None
        if self.sheet is None or self.model is None:
            self.report = None
        else:
            self.report = self.service.checks(self.sheet, self.model.values)
            if self.model.double_entry and self.model.blind:
                # The second keying is checked on its own figures; nothing of the first shows.
                self.second_report = self.service.checks(self.sheet, self.model.second)
                self.model.set_report(self.second_report)
            else:
                self.model.set_report(self.report)
        self.reportChanged.emit()
        self._update_state_label()

    def status(self) -> PrecinctStatus:
        """The precinct's status as the tree shows it, from the figures on screen."""
        stored = self.sheet.stored if self.sheet is not None else None
        figures = self.model.values if self.model is not None else {}
        report = self.report
        return precinct_status(
            stored.state.value if stored is not None else None,
            figures,
            lambda: report is None or report.hard_relations_hold,
        )

    def _has_figures(self) -> bool:
        return self.model is not None and any(v is not None for v in self.model.values.values())

    def _update_state_label(self) -> None:
        if self.sheet is None:
            self.state_label.setText("")
            return
        stored = self.sheet.stored
        state = self.tr(str(STATE_WORDS[stored.state.value if stored else None]))
        colour = self.tr("blue") if self.sheet.ballot.colour == "blue" else self.tr("green")
        text = self.tr("Precinct {0}, {1} — state: {2}").format(
            self.sheet.precinct.number, colour, state
        )
        if stored:
            text += self.tr(" · version {0}").format(stored.version_number)
            if stored.version_kind == "repeated":
                text += self.tr(" (repeated: {0})").format(stored.reason)
        if self.sheet.restored_at:
            text += self.tr(" · unsaved figures restored from {0}").format(
                QLocale().toString(
                    _local_clock(self.sheet.restored_at), QLocale.FormatType.ShortFormat
                )
            )
        if self.read_only is not None:
            text += self.tr(" · read only: {0}").format(error_text(self.read_only, self.lang))
        if self.correction_reason is not None:
            text += self.tr(
                " · CORRECTING — reason: {0}. Save to store the repeated protocol."
            ).format(self.correction_reason)
        self.state_label.setText(text)

    def _update_buttons(self) -> None:
        has = self.sheet is not None
        sealed = has and self.sheet is not None and self.sheet.sealed
        correcting = self.correction_reason is not None
        writable = has and self.read_only is None
        self.save_button.setEnabled(writable and (not sealed or correcting))
        # Finalising needs every line keyed and every control relation holding: a blank
        # protocol does not "hold" because its empty lines count as nothing.
        self.finalise_button.setEnabled(writable and not sealed and not self.blockers())
        self.correct_button.setEnabled(writable and bool(sealed) and not correcting)
        stored = has and self.sheet is not None and self.sheet.stored is not None
        self.history_button.setEnabled(stored)
        self.print_button.setEnabled(stored)
        self.second_button.setVisible(self.double_entry and has and not sealed)
        # Once compared, the entries stay side by side until finalised.
        self.second_button.setEnabled(not (self.model is not None and self.model.compared))

    # --- actions ----------------------------------------------------------------------------

    def _fail(self, title: str, problems: list[str]) -> None:
        QMessageBox.warning(self, title, "\n".join(f"• {p}" for p in problems))

    def save(self) -> bool:
        if self.sheet is None or self.model is None:
            return False
        sheet, values, service = self.sheet, dict(self.model.values), self.service
        reason = self.correction_reason
        try:
            if reason is not None:
                saved: Saved = self.database.wait_for(
                    lambda: service.correct(sheet, values, reason)
                )
            else:
                saved = self.database.wait_for(lambda: service.save(sheet, values))
        except ConflictError as exc:
            self._fail(self.tr("Saved elsewhere first"), error_lines(exc, self.lang))
            return False
        except TallyError as exc:
            self._fail(self.tr("Cannot save"), error_lines(exc, self.lang))
            return False
        self.sheet = saved.sheet
        self.correction_reason = None
        self._show_sheet()
        self.statusChanged.emit(self.sheet.precinct.number, self.ballot.value, self.status())
        self.changed.emit(saved.changes)
        return True

    def empty_lines(self) -> int:
        if self.model is None:
            return 0
        return sum(1 for v in self.model.values.values() if v is None)

    def blockers(self) -> list[str]:
        """Why the protocol cannot be finalised as it stands (empty: it can be signed)."""
        if self.sheet is None or self.model is None:
            return []
        if self.model.blind:  # nothing of the first keying may show while the second is typed
            return [self.double_entry_pending()]
        found = [self.double_entry_pending()] if self.model.awaiting_comparison else []
        found += [
            self.tr("line {0} ({1}) is empty").format(line.number, line.names.get(self.lang))
            for line in self.sheet.lines
            if self.model.values.get(line.key) is None
        ]
        if self.report is not None:
            found += [explain(v, self.lang) for v in self.report.hard_failures]
        return found

    def finalise(self) -> None:
        if self.sheet is None or self.model is None:
            return
        if self.read_only is not None:
            self._fail(self.tr("Cannot finalise"), [error_text(self.read_only, self.lang)])
            return
        blockers = self.blockers()
        if blockers:  # said before anyone types the members into the signing dialog
            self._fail(self.tr("Cannot finalise yet"), blockers)
            return
        mismatches = self.model.mismatches()
        if mismatches:
            lines = [self.sheet.line(k) for k in mismatches]
            self._fail(
                self.tr("The two entries differ"),
                [
                    self.tr("line {0} ({1}): {2} and {3}").format(
                        line.number,
                        line.names.get(self.lang),
                        self._figure_words(self.model.values.get(line.key)),
                        self._figure_words(self.model.second.get(line.key)),
                    )
                    for line in lines
                ],
            )
            return
        keyers = self._keyers()
        service, number = self.service, self.sheet.precinct.number
        members = self.database.wait_for(lambda: service.members(number))
        sheet, values = self.sheet, dict(self.model.values)
        digest = service.fingerprint_on_finalising(sheet, values)
        locale = QLocale()
        figures = [
            f"{line.number}. {line.names.get(self.lang)}: {locale.toString(values[line.key] or 0)}"
            for line in sheet.lines
        ]
        from tallyapp.gui.dialogs import SigningDialog

        dialog = SigningDialog(members, self, self.lang, figures, digest)
        dialog.finished.connect(lambda _r: self._reactivate())
        while dialog.exec():
            signing = dialog.signing(self.checks_panel.explanations())
            sheet, values = self.sheet, dict(self.model.values)
            try:
                finalised: Saved = self.database.wait_for(
                    partial(
                        service.finalise, sheet, values, signing, keep_roster=True, keyers=keyers
                    )
                )
            except TallyError as exc:
                dialog.show_problems(error_lines(exc, self.lang))
                continue
            self.sheet = finalised.sheet
            self._show_sheet()
            self.statusChanged.emit(self.sheet.precinct.number, self.ballot.value, self.status())
            self.changed.emit(finalised.changes)
            assert self.sheet.stored is not None
            self.notice.emit(
                self.tr(
                    "Precinct {0}: version {1} is finalised. Next: print it (Ctrl+P) for the "
                    "signatures of the members present, a copy for the territorial commission "
                    "and one for the precinct's file, then transmit it."
                ).format(self.sheet.precinct.number, self.sheet.stored.version_number)
            )
            return

    def decide(self, accept: bool, reason: str | None = None) -> bool:
        """The commission above accepts the protocol shown, or rejects it with a reason."""
        from tallyapp.services.review import Decided
        from tallyapp.services.review import accept as accept_protocol
        from tallyapp.services.review import reject as reject_protocol

        if self.sheet is None or self.sheet.stored is None:
            return False
        if not accept and reason is None:
            reason = self._ask_reason(
                self.tr("Reject the protocol"),
                self.tr("Why is it rejected? The commission below reads this reason:"),
                multiline=True,
            )
            if reason is None:
                return False
        service, number, ballot = self.service, self.sheet.precinct.number, self.ballot
        lock = self.sheet.stored.lock_version
        try:
            if accept:
                decided: Decided = self.database.wait_for(
                    lambda: accept_protocol(service.engine, service.actor, number, ballot, lock)
                )
            else:
                text = reason or ""
                decided = self.database.wait_for(
                    lambda: reject_protocol(
                        service.engine, service.actor, number, ballot, text, lock
                    )
                )
        except TallyError as exc:
            title = self.tr("Cannot accept") if accept else self.tr("Cannot reject")
            self._fail(title, error_lines(exc, self.lang))
            return False
        self.load(number)
        assert self.sheet is not None
        self.statusChanged.emit(number, ballot.value, self.status())
        self.changed.emit(decided.changes)
        done = self.tr("Precinct {0}: accepted.") if accept else self.tr("Precinct {0}: rejected.")
        self.notice.emit(done.format(number))
        return True

    def _ask_reason(self, title: str, prompt: str, multiline: bool = False) -> str | None:
        """A reason, asked again with the message until one is given; None if cancelled."""
        from tallyapp.gui.reason_dialog import ReasonDialog

        label = prompt
        while True:
            if multiline:
                dialog = ReasonDialog(title, label, self)
                ok = dialog.exec() == ReasonDialog.DialogCode.Accepted
                text = dialog.reason()
            else:
                text, ok = QInputDialog.getText(self, title, label)
            if not ok:
                return None
            if text.strip():
                return str(text).strip()
            label = f"{prompt}\n\n⚠ " + self.tr("The reason is required: the record keeps it.")

    def start_correction(self, reason: str | None = None) -> None:
        if self.sheet is None or not self.sheet.sealed:
            return
        if reason is None:
            reason = self._ask_reason(
                self.tr("Correct the protocol"),
                self.tr(
                    "A repeated protocol replaces this one; the finalised version is kept.\n"
                    "Reason for the correction:"
                ),
            )
            self._reactivate()
            if reason is None:
                return
        if not reason.strip():
            self._fail(self.tr("Cannot correct"), [self.tr("the reason is required")])
            return
        self.correction_reason = reason.strip()
        assert self.model is not None
        self.model.set_editable(True)
        self._update_state_label()
        self._update_buttons()
        self.table.start_at_top()

    def show_history(self) -> None:
        if self.sheet is None:
            return
        colour = self.tr("blue") if self.sheet.ballot.colour == "blue" else self.tr("green")
        title = self.tr("precinct {0}, {1}").format(self.sheet.precinct.number, colour)
        sheet, service = self.sheet, self.service
        entries = self.database.wait_for(lambda: service.history(sheet))
        copies = self.database.wait_for(lambda: service.copies(sheet))
        from tallyapp.gui.dialogs import HistoryDialog

        HistoryDialog(title, entries, self, self.lang, copies).exec()
        self._reactivate()

    def _reactivate(self) -> None:
        # Without a window manager (kiosk set-ups) nobody gives the focus back after a dialog,
        # and the keyboard shortcuts would stop working.
        self.window().activateWindow()

    def double_entry_pending(self) -> str:
        return self.tr(
            "double entry: a second member keys the paper again and the two entries are "
            "compared before the protocol is finalised"
        )

    def _figure_words(self, value: int | None) -> str:
        return self.tr("(empty)") if value is None else QLocale().toString(value)

    def _keyers(self) -> tuple[str, str] | None:
        """Both keyers of an agreed double entry, for the record; None without double entry."""
        work = self.service.actor.session
        if self.model is None or not self.model.compared or self.second_keyer is None:
            return None
        first = work.member.label if work is not None else self.service.actor.who
        return first, self.second_keyer.member.label

    def second_entry_started(self) -> bool:
        return self.model is not None and (self.model.blind or self.model.compared)

    def set_double_entry(self, on: bool) -> bool:
        """Double entry on or off for the protocols being keyed. Once a second keying has
        begun it stays on until the protocol is finalised: switching it off would finalise
        without the comparison. Returns whether the change was made."""
        if not on and self.second_entry_started():
            self.notice.emit(
                self.tr(
                    "Double entry stays on: the second entry of this protocol has begun. Compare "
                    "the entries and finalise."
                )
            )
            return False
        self.double_entry = on
        if self.model is not None and self.sheet is not None and not self.sheet.sealed:
            self.model.set_double_entry(on, blind=False)
            self.table.setModel(self.model)
            self.second_keyer = None
        self.second_button.setText(self.tr("Start s&econd entry"))
        self._recheck()
        self._update_buttons()
        return True

    def toggle_second_entry(self) -> None:
        """First press: another member signs in and keys the paper again, blind; second
        press: the two entries side by side, differences marked."""
        if self.model is None or self.sheet is None:
            return
        blind = not self.model.blind
        if blind and self.second_keyer is None and not self._ask_second_keyer():
            return  # nobody signed in to key the second entry
        self.model.set_double_entry(True, blind=blind, compared=not blind)
        self._recheck()
        self.table.setModel(self.model)
        self.second_button.setText(
            self.tr("Co&mpare entries") if blind else self.tr("Start s&econd entry")
        )
        self._update_buttons()
        if blind:
            self.table.start_at_top()
        self.reportChanged.emit()

    def _ask_second_keyer(self) -> bool:
        from tallyapp.gui.second_keying import SecondKeyerDialog

        work = self.service.actor.session
        if work is None or self.sheet is None:
            return False
        dialog = SecondKeyerDialog(
            self.database, self.service.engine, work.commission, work, self, self.lang
        )
        accepted = dialog.exec() == SecondKeyerDialog.DialogCode.Accepted
        self._reactivate()
        if accepted and dialog.session is not None:
            self.second_keyer = dialog.session
            return True
        return False

    def preview(self) -> PdfPreview | None:
        """The stored protocol as it prints (save the figures first: drafts print as saved)."""
        if self.sheet is None or self.sheet.stored is None:
            return None
        from tallyapp.gui.pdf_preview import PdfPreview, page_images
        from tallyapp.services.pdf_export import export_protocol

        engine, number, ballot = self.service.engine, self.sheet.precinct.number, self.ballot

        def render() -> tuple[bytes, list[QImage]]:
            pdf = export_protocol(engine, number, ballot, "kk+ru").data
            return pdf, page_images(pdf, scale=1.3)

        pdf, pages = self.database.wait_for(render)
        colour = self.tr("blue") if self.sheet.ballot.colour == "blue" else self.tr("green")
        title = self.tr("precinct {0}, {1}").format(self.sheet.precinct.number, colour)
        from tallyapp.services.signatures import OpenedKey
        from tallyapp.services.signed_documents import signed_protocol  # pyHanko: on first use

        def signed(key: Path, passphrase: bytes, opened: OpenedKey | None) -> bytes:
            return signed_protocol(
                engine, number, ballot, "kk+ru", key, passphrase, opened=opened
            ).data

        dialog = PdfPreview(
            title,
            pdf,
            f"protocol-{self.sheet.precinct.number}-{self.ballot.value}.pdf",
            self,
            pages,
            signed,
        )
        dialog.open()
        dialog.finished.connect(lambda _r: self._reactivate())
        return dialog

    def other_saved(self) -> None:
        """The precinct's other ballot changed: redo the cross-ballot checks."""
        if self.sheet is None:
            return
        sheet, service = self.sheet, self.service

        def show(other: Protocol | None) -> None:
            if self.sheet is sheet:  # still the same sheet on screen
                sheet.other = other
                self._recheck()

        self.database.submit(lambda: service.other_protocol(sheet), show)

    def focus_figures(self) -> None:
        if self.model is not None:
            self.table.start_at_top()
