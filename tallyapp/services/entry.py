"""Entering a protocol: open its sheet, keep the working copy, save, finalise, correct.

Each write is one use case in one transaction (`use_case`). Every method opens its own
session, so it may run on any one thread at a time; the desktop app calls it from its one
database thread, never from the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import (
    Action,
    AuthorityError,
    Role,
    permission_refusal,
    precinct_commission,
)
from tallyapp.domain.checks import CheckReport, check_cross_ballot, check_protocol, merge_reports
from tallyapp.domain.election import BallotKind, Names
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.domain.finalising import (
    Member,
    Signing,
    empty_line_problems,
    finalise_problems,
    kept_explanations,
)
from tallyapp.domain.lines import lines_of
from tallyapp.domain.protocol import Protocol, fingerprint
from tallyapp.domain.sheet import (
    PrecinctInfo,
    Sheet,
    SheetLine,
    StoredProtocol,
    double_entry_mismatches,
    sheet_lines,
    to_protocol,
)
from tallyapp.domain.tabulation import ballots_at, other_ballots, tabulation
from tallyapp.reports.texts import line_words
from tallyapp.services.changes import Changes, ProtocolChange, changes_of
from tallyapp.services.history import (
    CopyEntry,
    LineChange,
    VersionEntry,
    unofficial_copies,
    version_history,
)
from tallyapp.services.members import load_roster, set_roster
from tallyapp.services.navigation import NavigationTree
from tallyapp.services.recovery import kept_if_refused
from tallyapp.services.sessions import lasting_tree
from tallyapp.services.setup import election_of
from tallyapp.services.transaction import reading, use_case
from tallyapp.storage.protocols import (
    Actor,
    audit,
    change_state,
    load_current,
    precinct_row,
    save_version,
    version_id_of,
)
from tallyapp.storage.signing_records import add_signing
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolRow,
    assigned,
)
from tallyapp.storage.working_copies import (
    drop_working_copy,
    load_working_copy,
    put_working_copy,
)

__all__ = [
    "Changes",
    "EntryError",
    "EntryService",
    "LineChange",
    "Member",
    "PrecinctInfo",
    "Saved",
    "Sheet",
    "SheetLine",
    "Signing",
    "StoredProtocol",
    "VersionEntry",
    "double_entry_mismatches",
    "sheet_lines",
    "to_protocol",
]


class EntryError(Problems):
    """Why an action on a protocol cannot be done; `problems` lists every reason."""

    code = "entry.problems"


@dataclass(frozen=True)
class Saved:
    """A protocol's sheet as a write left it, and what the write changed."""

    sheet: Sheet
    changes: Changes


class EntryService:
    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor
        self._precinct_ids: dict[str, int] = {}
        with reading(engine) as session:
            self.election = election_of(session)
        self.tree = lasting_tree(engine, self.election.id)

    # --- reading ---------------------------------------------------------------------------

    def precinct(self, number: str) -> PrecinctInfo:
        with reading(self.engine) as s:
            return self._precinct(s, number)

    def _precinct(self, s: Session, number: str) -> PrecinctInfo:
        row = precinct_row(s, self.election.id, number)
        tec = s.get(CommissionRow, row.tec_id)
        assert tec is not None
        return PrecinctInfo(
            row.number,
            row.name,
            tec.code,
            tec.name_en,
            row.region_code,
            row.district_number,
            row.abroad,
            Names(tec.name_kk, tec.name_ru, tec.name_en),
        )

    def ballots_of(self, precinct: PrecinctInfo) -> list[BallotKind]:
        """The ballots the precinct counts (green only where it belongs to a district)."""
        return ballots_at(self.election, precinct.district)

    def candidates(self, district: int) -> list[tuple[str, str, str]]:
        """The district's candidates as the green ballot lists them: in the register's ballot
        positions (never the database's sorting of names, which depends on its collation)."""
        with reading(self.engine) as s:
            return self._candidates(s, district)

    def _candidates(self, s: Session, district: int) -> list[tuple[str, str, str]]:
        rows = s.scalars(
            select(CandidateRow)
            .where(
                col(CandidateRow.election_id) == self.election.id,
                col(CandidateRow.district_number) == district,
            )
            .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
        )
        return [(r.code, r.name, r.nomination) for r in rows]

    def open(self, number: str, ballot: BallotKind) -> Sheet:
        """The sheet as stored, with the working copy's figures if it is still current."""
        with reading(self.engine) as s:
            precinct = self._precinct(s, number)
            if ballot not in self.ballots_of(precinct):
                raise EntryError(
                    [TallyError("entry.no-ballot", precinct=number, ballot=ballot.value)]
                )
            return self._sheets(s, precinct, [ballot])[ballot]

    def open_precinct(self, number: str) -> tuple[PrecinctInfo, dict[BallotKind, Sheet]]:
        """The precinct and the sheet of each ballot it counts, as `open` gives them, read
        in one session with each stored protocol read once (a window opening a precinct)."""
        with reading(self.engine) as s:
            precinct = self._precinct(s, number)
            return precinct, self._sheets(s, precinct, self.ballots_of(precinct))

    def _sheets(
        self, s: Session, precinct: PrecinctInfo, ballots: list[BallotKind]
    ) -> dict[BallotKind, Sheet]:
        row = precinct_row(s, self.election.id, precinct.number)
        assert row.id is not None
        counted = self.ballots_of(precinct)
        stored = {b: load_current(s, self.election.id, precinct.number, b) for b in counted}
        sheets = {}
        for ballot in ballots:
            district = tabulation(ballot).district_of(precinct.district)
            lines = sheet_lines(
                self.election,
                ballot,
                self._candidates(s, district) if district is not None else [],
                line_words(),
            )
            copy = load_working_copy(s, row.id, ballot)
            current = stored[ballot]
            values: dict[str, int | None] = dict.fromkeys((line.key for line in lines), None)
            if current:
                values.update(lines_of(current.protocol))
            restored = None
            if copy is not None and (
                current is None or copy.base_lock_version == current.lock_version
            ):
                values.update({k: v for k, v in copy.values.items() if k in values})
                restored = copy.updated_at
            others = other_ballots(self.election, ballot, precinct.district)
            other = stored.get(others[0]) if others else None
            sheets[ballot] = Sheet(
                self.election,
                precinct,
                ballot,
                lines,
                current,
                values,
                restored,
                other.protocol if other else None,
            )
        return sheets

    def _other_protocol(self, precinct: PrecinctInfo, ballot: BallotKind) -> Protocol | None:
        for other_kind in other_ballots(self.election, ballot, precinct.district):
            with reading(self.engine) as s:
                other = load_current(s, self.election.id, precinct.number, other_kind)
            return other.protocol if other else None
        return None

    def other_protocol(self, sheet: Sheet) -> Protocol | None:
        """The precinct's other ballot as stored now, for the cross-ballot checks."""
        return self._other_protocol(sheet.precinct, sheet.ballot)

    def checks(self, sheet: Sheet, values: dict[str, int | None] | None = None) -> CheckReport:
        """Every relation and plausibility check, and the cross-ballot checks if the other
        ballot of the precinct has figures. Computed from memory: the figures given and the
        other ballot as the sheet holds it; no database access."""
        return sheet_checks(sheet, values)

    # --- writing: each method is one use case, one transaction ------------------------------

    def _precinct_id(self, session: Session, number: str) -> int:
        """A precinct's row id (kept: precincts never change once the election is set up)."""
        if number not in self._precinct_ids:
            self._precinct_ids[number] = assigned(
                precinct_row(session, self.election.id, number).id
            )
        return self._precinct_ids[number]

    def refusal(
        self, action: Action, number: str, chair_present: bool = True
    ) -> AuthorityError | None:
        """Why the session's member may not do `action` to the precinct's protocol (None if
        they may). Pure: the desktop app asks it to grey out what a member cannot do."""
        document = precinct_commission(number)
        work = self.actor.session
        if work is None:
            return AuthorityError("permission.no-session", action=action.value, document=document)
        return permission_refusal(
            self.election.authority, self.tree, work, action, document, chair_present
        )

    def _require(self, s: Session, action: Action, number: str, chair_present: bool = True) -> None:
        """The session's member may do this to the precinct's protocol, or AuthorityError.
        (`s`: the use case's transaction, which the check precedes.)"""
        refusal = self.refusal(action, number, chair_present)
        if refusal is not None:
            raise refusal

    @property
    def commission(self) -> str:
        """The commission this workstation keys for ("" without a session)."""
        return self.actor.session.commission if self.actor.session else ""

    def autosave(self, sheet: Sheet, values: dict[str, int | None]) -> None:
        """Keep the figures being typed in the working copy."""
        kept = kept_if_refused(
            self.engine, "autosave", sheet.precinct.number, sheet.ballot.value, values, _base(sheet)
        )
        with kept, use_case(self.engine) as s:
            self._require(s, Action.KEY, sheet.precinct.number)
            put_working_copy(
                s,
                self._precinct_id(s, sheet.precinct.number),
                sheet.ballot,
                values,
                sheet.stored.lock_version if sheet.stored else None,
                self.actor.workstation,
            )

    def fingerprint_on_finalising(self, sheet: Sheet, values: dict[str, int | None]) -> str:
        """The fingerprint the version will carry once finalised with these figures: the
        stored version's if they did not change, else the next original version's."""
        protocol = to_protocol(sheet, values)
        stored = sheet.stored
        if stored is not None and stored.protocol == protocol:
            return stored.fingerprint
        return fingerprint(protocol, stored.version_number + 1 if stored else 1, "original")

    def _store(
        self, s: Session, sheet: Sheet, values: dict[str, int | None], kind: str, reason: str
    ) -> StoredProtocol | None:
        """Store the figures as a new version when they changed, in the session `s`, and drop
        the working copy; returns the current version."""
        protocol = to_protocol(sheet, values)
        stored = sheet.stored
        if stored is None or stored.protocol != protocol or kind == "repeated":
            stored = save_version(
                s,
                protocol,
                self.actor,
                stored.lock_version if stored else None,
                kind,
                reason,
                self.commission,
            )
        row = precinct_row(s, self.election.id, sheet.precinct.number)
        assert row.id is not None
        drop_working_copy(s, row.id, sheet.ballot)
        return stored

    def _changes(self, s: Session, sheet: Sheet, stored: StoredProtocol | None) -> Changes:
        """What storing `stored` over the sheet's version changed: nothing when no version
        was stored. The state before is the sheet's: the write checked it still stands."""
        if stored is None or stored is sheet.stored:
            return Changes()
        before = sheet.stored.state if sheet.stored else None
        change = ProtocolChange(sheet.precinct.number, sheet.ballot, before, stored.state)
        return changes_of(s, self.election.id, change)

    def save(
        self, sheet: Sheet, values: dict[str, int | None], kind: str = "original", reason: str = ""
    ) -> Saved:
        """Store the figures as a new version (nothing is stored if they did not change)."""
        if kind == "repeated":
            problems = empty_line_problems(sheet, values)
            if problems:
                raise EntryError(problems)
        where = sheet.precinct.number, sheet.ballot.value
        kept = kept_if_refused(self.engine, kind, *where, values, _base(sheet), reason)
        with kept, use_case(self.engine) as s:
            self._require(s, Action.KEY, sheet.precinct.number)
            changes = self._changes(s, sheet, self._store(s, sheet, values, kind, reason))
        return Saved(self.open(sheet.precinct.number, sheet.ballot), changes)

    def finalise(
        self,
        sheet: Sheet,
        values: dict[str, int | None],
        signing: Signing,
        keep_roster: bool = False,
        keyers: tuple[str, str] | None = None,
    ) -> Saved:
        """Save, check and finalise in one transaction: every hard relation holds, every
        warning is explained, and the chair, the secretary and the members present are
        recorded with the signed version. `keep_roster`: the members named become the
        commission's roster, in the same transaction. `keyers`: the two members whose
        keyings agreed in double entry, recorded with the signing. All of it is stored or none
        of it."""
        report = self.checks(sheet, values)
        problems = finalise_problems(sheet, values, report, signing)
        if problems:
            raise EntryError(problems)
        eid, number, ballot = self.election.id, sheet.precinct.number, sheet.ballot
        kept = kept_if_refused(self.engine, "finalise", number, ballot.value, values, _base(sheet))
        with kept, use_case(self.engine) as s:
            self._require(s, Action.FINALISE, number, self._chair_present(number, signing))
            if keep_roster:
                set_roster(s, self.actor, eid, number, signing.members)
            stored = self._store(s, sheet, values, "original", "")
            assert stored is not None
            lock = stored.lock_version
            if stored.state is State.DRAFT:
                checked = change_state(s, eid, number, ballot, State.CHECKED, self.actor, lock)
                lock = checked.lock_version
            final = change_state(
                s,
                eid,
                number,
                ballot,
                State.FINALISED,
                self.actor,
                lock,
                note="signed by the members present",
            )
            version_id = version_id_of(s, final.protocol_id, final.version_number)
            assert version_id is not None
            add_signing(s, version_id, signing, kept_explanations(signing, report))
            audit(
                s,
                self.actor,
                "sign",
                eid,
                final.protocol_id,
                final.version_number,
                chair=signing.chair,
                secretary=signing.secretary,
                present=[m.name for m in signing.members if m.present],
                **({"double_entry": list(keyers)} if keyers else {}),
            )
            changes = self._changes(s, sheet, final)
        return Saved(self.open(number, ballot), changes)

    def _chair_present(self, number: str, signing: Signing) -> bool:
        """Whether the precinct commission's chair is present, as the members present say.
        A territorial commission keying a precinct's paper protocol follows the same rule
        for that precinct's commission: while the paper says its chair was present, only the
        territorial commission's chair finalises; otherwise its deputy or secretary may."""
        return any(m.present and m.role == Role.CHAIR.value for m in signing.members)

    def correct(self, sheet: Sheet, values: dict[str, int | None], reason: str) -> Saved:
        """A repeated protocol: a new version with its reason; the finalised one stays."""
        if not sheet.sealed:
            raise EntryError([TallyError("correct.not-sealed")])
        if not reason.strip():
            raise EntryError([TallyError("lifecycle.repeated-needs-reason")])
        return self.save(sheet, values, kind="repeated", reason=reason)

    # --- history and members ----------------------------------------------------------------

    def history(self, sheet: Sheet) -> list[VersionEntry]:
        """Every version, oldest first, each with what changed since the one before."""
        return version_history(self.engine, sheet)

    def copies(self, sheet: Sheet) -> list[CopyEntry]:
        """Photos, scans and observers' copies of the protocol: kept, compared, not official."""
        return unofficial_copies(self.engine, sheet)

    def members(self, number: str) -> list[Member]:
        return load_roster(self.engine, self.election.id, number)

    def set_members(self, number: str, members: list[Member]) -> None:
        """The commission's list of members (a roster, not history: replaced as a whole)."""
        with use_case(self.engine) as s:
            self._require(s, Action.KEY, number)
            set_roster(s, self.actor, self.election.id, number, members)

    def states(self) -> dict[str, dict[str, str]]:
        """Every precinct's protocol states by ballot: {number: {ballot: state}}."""
        result: dict[str, dict[str, str]] = {}
        with reading(self.engine) as s:
            for number, ballot, state in s.execute(
                select(col(PrecinctRow.number), col(ProtocolRow.ballot), col(ProtocolRow.state))
                .join(ProtocolRow, col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
                .where(col(PrecinctRow.election_id) == self.election.id)
            ):
                result.setdefault(number, {})[ballot] = state
        return result


def _base(sheet: Sheet) -> int | None:
    """The lock version of the stored protocol the figures are keyed over."""
    return sheet.stored.lock_version if sheet.stored else None


def sheet_checks(sheet: Sheet, values: dict[str, int | None] | None = None) -> CheckReport:
    """The checks of what a sheet holds, with the cross-ballot checks against the other
    ballot as the sheet holds it. Pure: safe on the GUI thread."""
    protocol = to_protocol(sheet, values)
    report = check_protocol(protocol, sheet.election.ballot(sheet.ballot))
    if sheet.other is None:
        return report
    blue, green = (
        (protocol, sheet.other)
        if sheet.ballot is BallotKind.PARTY_LIST
        else (sheet.other, protocol)
    )
    election = sheet.election
    forms = (
        election.ballot(BallotKind.PARTY_LIST).field_keys,
        election.ballot(BallotKind.CONSTITUENCY).field_keys,
    )
    return merge_reports([report, check_cross_ballot(blue, green, election.cross_ballot, forms)])


def prepare_reading(engine: Engine, lang: str, precinct: str | None = None) -> NavigationTree:
    """While a member types their PIN (their time, not a wait): the reads the main window
    makes first, made once, so that the table mappings are configured and their statements
    compiled when it opens, and the words of the checks read in `lang`. With a precinct's
    number, its protocols are read too (its pages then in the disk's cache). Nothing is
    written; what is read belongs to no one (no session). The commission tree is returned for
    the main window to start from (it holds no figures of a protocol; its counts are read
    again once the window is drawn)."""
    from tallyapp.domain.actor import Actor
    from tallyapp.translations import catalogue

    service = EntryService(engine, Actor("", ""))  # no session: it could not write
    tree = NavigationTree(engine, lang, service.election, service.tree)
    if precinct is not None and service.tree.commission_of_precinct(precinct) is not None:
        service.open_precinct(precinct)
    catalogue("messages", lang)
    return tree
