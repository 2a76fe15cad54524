"""At start, after the sign-in: the figures the recovery file keeps from a save the database
refused, listed, with the choice to restore them as drafts or keep the file for later. The
restore runs on the task pool (services/restoring.py); the dialog then says what became of
each protocol."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.election import BallotKind
from tallyapp.gui.tasks import run_task
from tallyapp.gui.words import error_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tallyapp.domain.actor import Actor
    from tallyapp.services.recovery import KeptFigures, Recovery
    from tallyapp.services.restoring import RestoreOutcome, RestoreReport


class RecoveryDialog(QDialog):
    """Enter restores; Esc (or "Keep the file for later") leaves the file as it is. Either
    way the start goes on when the dialog finishes."""

    def __init__(
        self,
        engine: Engine,
        actor: Actor,
        recovery: Recovery,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.actor, self.recovery, self.lang = engine, actor, recovery, lang
        self.report: RestoreReport | None = None
        self.setWindowTitle(self.tr("Figures kept from the last time"))
        self.intro = QLabel(
            self.tr(
                "Last time the database could not store these figures. They were kept in "
                "the file {0}:"
            ).format(recovery.file)
        )
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QPlainTextEdit()
        self.list.setReadOnly(True)
        self.list.setAccessibleName(self.tr("Figures kept"))
        self.list.setPlainText("\n".join(self._kept_lines()))
        self.choice = QLabel(
            self.tr(
                "Restore them as drafts: each protocol's latest figures are saved as a new "
                "version, checked and audited as any save, never over a version stored after "
                "them. Or keep the file for later: nothing changes, and the next start asks "
                "again."
            )
        )
        self.choice.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore as drafts"))
        self.keep_button = QPushButton(self.tr("&Keep the file for later"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.choice)
        layout.addWidget(self.buttons)
        # The default once its button box is the dialog's own (set before, the dialog never
        # knew it as its default: Tab onto Keep and off it, and Enter did nothing).
        self.restore_button.setDefault(True)
        self.resize(640, 420)
        self.restore_button.setFocus()

    def where(self, precinct: str, ballot: BallotKind) -> str:
        word = (
            self.tr("blue ballot (party list)")
            if ballot is BallotKind.PARTY_LIST
            else self.tr("green ballot (district)")
        )
        return self.tr("Precinct {0}, {1}").format(precinct, word)

    def _kept_lines(self) -> list[str]:
        latest: dict[tuple[str, BallotKind], KeptFigures] = {}
        for kept in self.recovery.kept:
            latest[(kept.precinct, kept.ballot)] = kept
        locale = QLocale()
        lines = []
        for kept in latest.values():
            at = QDateTime.fromString(kept.at, Qt.DateFormat.ISODate).toLocalTime()
            when = locale.toString(at, QLocale.FormatType.ShortFormat) if at.isValid() else kept.at
            filled = sum(1 for v in kept.values.values() if v is not None)
            lines.append(
                self.tr("{0}: %n figure(s), kept {1}", "", filled).format(
                    self.where(kept.precinct, kept.ballot), when
                )
            )
        if self.recovery.unreadable:
            lines.append(
                self.tr(
                    "%n lines of the file hold no figures (cut short, or edited): "
                    "set aside when restoring, never deleted.",
                    "",
                    len(self.recovery.unreadable),
                )
            )
        return lines

    def restore(self) -> None:
        from tallyapp.services.restoring import restore_kept

        self.restore_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        engine, actor, recovery = self.engine, self.actor, self.recovery
        run_task(
            self,
            self.tr("Restoring the kept figures"),
            lambda _progress: restore_kept(engine, actor, recovery),
            self._restored,
            self._failed,
        )

    def _restored(self, report: RestoreReport) -> None:
        self.report = report
        lines = [self._outcome(o) for o in report.outcomes]
        if report.aside:
            lines.append(
                self.tr("Set aside (kept, no longer asked about): {0}").format(report.aside)
            )
        if report.left:
            lines.append(
                self.tr("What was not restored stays in {0}; the next start asks again.").format(
                    self.recovery.file
                )
            )
        self.intro.setText(self.tr("The kept figures:"))
        self.list.setPlainText("\n".join(lines))
        self.choice.setText("")
        self.restore_button.hide()
        self.keep_button.setText(self.tr("&Continue"))
        self.keep_button.setEnabled(True)
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()

    def _outcome(self, outcome: RestoreOutcome) -> str:
        from tallyapp.services.restoring import Restored

        where = self.where(outcome.precinct, outcome.ballot)
        version = outcome.version
        if outcome.result is Restored.DRAFT:
            return self.tr("{0}: restored as draft version {1}.").format(where, version)
        if outcome.result is Restored.REPEATED:
            return self.tr(
                "{0}: restored as repeated protocol version {1}, with its reason."
            ).format(where, version)
        if outcome.result is Restored.TYPING:
            return self.tr(
                "{0}: finalised meanwhile; the figures are back in its sheet, to be saved as a "
                "repeated protocol with a reason."
            ).format(where)
        if outcome.result is Restored.SAME:
            return self.tr("{0}: version {1} already holds these figures.").format(where, version)
        if outcome.result is Restored.LATER:
            return self.tr(
                "{0}: version {1} was stored after them; not restored (set aside)."
            ).format(where, version)
        reason = error_text(outcome.refusal, self.lang) if outcome.refusal else ""
        return self.tr("{0}: not restored: {1}").format(where, reason)

    def _failed(self, message: str) -> None:
        self.intro.setText(self.tr("The kept figures could not be restored: {0}").format(message))
        self.keep_button.setText(self.tr("&Keep the file for later"))
        self.keep_button.setEnabled(True)
        self.keep_button.setFocus()
