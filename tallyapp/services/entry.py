"""Entering a protocol: the sheet in paper order, autosave, checks, finalising, correcting.

Used by the desktop app and the tests alike. Every method opens its own session, so it may run
on any one thread at a time; the GUI calls it from its database thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.checks import CheckReport, check_cross_ballot, check_protocol, merge_reports
from tallyapp.domain.election import BallotKind, Election, Names
from tallyapp.domain.lifecycle import SEALED
from tallyapp.domain.protocol import Protocol
from tallyapp.services.setup import election_of
from tallyapp.storage.protocols import (
    AGAINST_ALL,
    VOTE_PREFIX,
    Actor,
    StoredProtocol,
    audit,
    change_state,
    history,
    load_current,
    precinct_row,
    save_version,
)
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    MemberRow,
    PrecinctRow,
    ProtocolRow,
    ProtocolVersionRow,
    SigningRow,
    WorkingCopyRow,
    utcnow,
)

ROLE_NAMES = {
    "chair": Names("Төраға", "Председатель", "Chair"),
    "deputy": Names("Төрағаның орынбасары", "Заместитель председателя", "Deputy chair"),
    "secretary": Names("Хатшы", "Секретарь", "Secretary"),
    "member": Names("Комиссия мүшесі", "Член комиссии", "Member"),
}


class EntryError(ValueError):
    """Why an action on a protocol cannot be done; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class SheetLine:
    key: str  # a header field, `vote:<choice>` or `against_all`
    number: int  # line number on the paper form
    names: Names
    kind: str  # "field", "choice" or "against_all"


@dataclass(frozen=True)
class PrecinctInfo:
    number: str
    name: str
    tec_code: str
    tec_name: str
    region_code: str
    district: int | None
    abroad: bool


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    present: bool = True


@dataclass
class Sheet:
    election: Election
    precinct: PrecinctInfo
    ballot: BallotKind
    lines: tuple[SheetLine, ...]
    stored: StoredProtocol | None
    values: dict[str, int | None]
    restored_at: datetime | None = None  # a working copy newer than the stored version
    other: Protocol | None = None  # the precinct's other ballot, for the cross-ballot checks

    @property
    def state(self) -> State | None:
        return self.stored.state if self.stored else None

    @property
    def sealed(self) -> bool:
        return self.state in SEALED

    def line(self, key: str) -> SheetLine:
        return next(line for line in self.lines if line.key == key)


@dataclass(frozen=True)
class LineChange:
    key: str
    names: Names
    old: int | None
    new: int


@dataclass(frozen=True)
class VersionEntry:
    number: int
    kind: str
    reason: str
    saved_at: datetime
    saved_by: str
    workstation: str
    fingerprint: str
    changes: tuple[LineChange, ...]
    signing: dict[str, object] | None = None


@dataclass
class Signing:
    members: list[Member]
    chair: str
    secretary: str
    explanations: dict[str, str] = field(default_factory=dict)
    dissent: list[tuple[str, str]] = field(default_factory=list)


def sheet_lines(
    election: Election, ballot: BallotKind, candidates: list[tuple[str, str, str]]
) -> tuple[SheetLine, ...]:
    """The lines of the paper form: header fields, one line per choice, then against all."""
    ballot_type = election.ballot(ballot)
    lines = [SheetLine(f.key, i, f.names, "field") for i, f in enumerate(ballot_type.fields, 1)]
    if ballot is BallotKind.PARTY_LIST:
        for party in election.parties_in_ballot_order():
            lines.append(SheetLine(VOTE_PREFIX + party.code, len(lines) + 1, party.names, "choice"))
    else:
        for code, name, nomination in candidates:
            label = f"{name} ({nomination})"
            lines.append(
                SheetLine(VOTE_PREFIX + code, len(lines) + 1, Names(label, label, label), "choice")
            )
    if election.has_against_all:
        lines.append(
            SheetLine(
                AGAINST_ALL,
                len(lines) + 1,
                Names("Барлығына қарсы", "Против всех", "Against all"),
                "against_all",
            )
        )
    return tuple(lines)


def to_protocol(sheet: Sheet, values: dict[str, int | None] | None = None) -> Protocol:
    """The protocol the figures make; an empty line counts as 0 for the checks."""
    values = sheet.values if values is None else values
    fields = {line.key: values.get(line.key) or 0 for line in sheet.lines if line.kind == "field"}
    votes = {
        line.key[len(VOTE_PREFIX) :]: values.get(line.key) or 0
        for line in sheet.lines
        if line.kind == "choice"
    }
    return Protocol(
        sheet.election.id,
        sheet.ballot,
        sheet.precinct.number,
        fields,
        votes,
        values.get(AGAINST_ALL) or 0,
        sheet.precinct.district if sheet.ballot is BallotKind.CONSTITUENCY else None,
    )


def double_entry_mismatches(
    first: dict[str, int | None], second: dict[str, int | None]
) -> list[str]:
    """Lines whose two blind keyings differ (an empty line differs from any figure)."""
    return [key for key in first if first.get(key) != second.get(key)]


class EntryService:
    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor
        with Session(engine) as session:
            self.election = election_of(session)

    # --- reading ---------------------------------------------------------------------------

    def precinct(self, number: str) -> PrecinctInfo:
        with Session(self.engine) as s:
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
            )

    def ballots_of(self, precinct: PrecinctInfo) -> list[BallotKind]:
        """Blue everywhere; green only where the precinct belongs to a district."""
        return [
            b.kind
            for b in self.election.ballots
            if b.kind is BallotKind.PARTY_LIST or precinct.district is not None
        ]

    def candidates(self, district: int) -> list[tuple[str, str, str]]:
        """The district's candidates as the green ballot lists them: alphabetically."""
        with Session(self.engine) as s:
            rows = s.scalars(
                select(CandidateRow)
                .where(
                    CandidateRow.election_id == self.election.id,
                    CandidateRow.district_number == district,
                )
                .order_by(CandidateRow.name)
            )
            return [(r.code, r.name, r.nomination) for r in rows]

    def open(self, number: str, ballot: BallotKind) -> Sheet:
        precinct = self.precinct(number)
        if ballot not in self.ballots_of(precinct):
            raise EntryError([f"precinct {number} has no {ballot.value} ballot (abroad)"])
        candidates = (
            self.candidates(precinct.district)
            if (ballot is BallotKind.CONSTITUENCY and precinct.district is not None)
            else []
        )
        lines = sheet_lines(self.election, ballot, candidates)
        with Session(self.engine) as s:
            stored = load_current(s, self.election.id, number, ballot)
            row = precinct_row(s, self.election.id, number)
            copy = s.scalars(
                select(WorkingCopyRow).where(
                    WorkingCopyRow.precinct_id == row.id, WorkingCopyRow.ballot == ballot.value
                )
            ).first()
        values: dict[str, int | None] = dict.fromkeys((line.key for line in lines), None)
        if stored:
            values.update(_values_of(stored.protocol))
        restored = None
        if copy is not None and (stored is None or copy.base_lock_version == stored.lock_version):
            saved = json.loads(copy.values)
            values.update({k: v for k, v in saved.items() if k in values})
            restored = copy.updated_at
        return Sheet(
            self.election,
            precinct,
            ballot,
            lines,
            stored,
            values,
            restored,
            self._other_protocol(precinct, ballot),
        )

    def _other_protocol(self, precinct: PrecinctInfo, ballot: BallotKind) -> Protocol | None:
        other_kind = (
            BallotKind.CONSTITUENCY if ballot is BallotKind.PARTY_LIST else BallotKind.PARTY_LIST
        )
        if other_kind not in self.ballots_of(precinct):
            return None
        with Session(self.engine) as s:
            other = load_current(s, self.election.id, precinct.number, other_kind)
        return other.protocol if other else None

    def refresh_other(self, sheet: Sheet) -> None:
        """Re-read the other ballot after it was saved, for the cross-ballot checks."""
        sheet.other = self._other_protocol(sheet.precinct, sheet.ballot)

    def checks(self, sheet: Sheet, values: dict[str, int | None] | None = None) -> CheckReport:
        """Every relation and plausibility check, and the cross-ballot checks if the other
        ballot of the precinct has figures."""
        protocol = to_protocol(sheet, values)
        report = check_protocol(protocol, self.election.ballot(sheet.ballot))
        other_kind = (
            BallotKind.CONSTITUENCY
            if sheet.ballot is BallotKind.PARTY_LIST
            else BallotKind.PARTY_LIST
        )
        if other_kind not in self.ballots_of(sheet.precinct):
            return report
        with Session(self.engine) as s:
            other = load_current(s, self.election.id, sheet.precinct.number, other_kind)
        if other is None:
            return report
        blue, green = (
            (protocol, other.protocol)
            if sheet.ballot is BallotKind.PARTY_LIST
            else (other.protocol, protocol)
        )
        return merge_reports([report, check_cross_ballot(blue, green, self.election.cross_ballot)])

    # --- writing ---------------------------------------------------------------------------

    def autosave(self, sheet: Sheet, values: dict[str, int | None]) -> None:
        """Keep the figures being typed; called after every field."""
        with Session(self.engine) as s:
            row = precinct_row(s, self.election.id, sheet.precinct.number)
            copy = s.scalars(
                select(WorkingCopyRow).where(
                    WorkingCopyRow.precinct_id == row.id,
                    WorkingCopyRow.ballot == sheet.ballot.value,
                )
            ).first()
            if copy is None:
                assert row.id is not None
                copy = WorkingCopyRow(precinct_id=row.id, ballot=sheet.ballot.value, values="{}")
            copy.values = json.dumps(values)
            copy.base_lock_version = sheet.stored.lock_version if sheet.stored else None
            copy.updated_at = utcnow()
            copy.workstation = self.actor.workstation
            s.add(copy)
            s.commit()

    def _drop_working_copy(self, s: Session, sheet: Sheet) -> None:
        row = precinct_row(s, self.election.id, sheet.precinct.number)
        s.execute(
            delete(WorkingCopyRow).where(
                WorkingCopyRow.precinct_id == row.id, WorkingCopyRow.ballot == sheet.ballot.value
            )
        )

    def save(
        self, sheet: Sheet, values: dict[str, int | None], kind: str = "original", reason: str = ""
    ) -> Sheet:
        """Store the figures as a new version (nothing is stored if they did not change)."""
        protocol = to_protocol(sheet, values)
        empty = [sheet.line(k) for k, v in values.items() if v is None]
        if kind == "repeated" and empty:
            raise EntryError([f"line {line.number} ({line.names.en}) is empty" for line in empty])
        with Session(self.engine) as s:
            if sheet.stored is None or sheet.stored.protocol != protocol or kind == "repeated":
                save_version(
                    s,
                    protocol,
                    self.actor,
                    sheet.stored.lock_version if sheet.stored else None,
                    kind,
                    reason,
                )
            self._drop_working_copy(s, sheet)
            s.commit()
        return self.open(sheet.precinct.number, sheet.ballot)

    def finalise(self, sheet: Sheet, values: dict[str, int | None], signing: Signing) -> Sheet:
        """Save, check and finalise: every hard relation holds, every warning is explained,
        and the chair, the secretary and the members present are recorded."""
        if sheet.sealed:
            raise EntryError(
                ["the protocol is already finalised: correct it with a repeated protocol"]
            )
        problems = [
            f"line {sheet.line(k).number} ({sheet.line(k).names.en}) is empty"
            for k, v in values.items()
            if v is None
        ]
        report = self.checks(sheet, values)
        problems += [f"{v.check_id} fails: {v.explain()}" for v in report.hard_failures]
        problems += [
            f"{v.check_id} needs a written explanation: {v.names.en}"
            for v in report.warnings
            if not signing.explanations.get(v.check_id, "").strip()
        ]
        if not signing.chair.strip():
            problems.append("the chair is not named")
        if not signing.secretary.strip():
            problems.append("the secretary is not named")
        if not any(m.present for m in signing.members):
            problems.append("no commission member is marked present")
        if problems:
            raise EntryError(problems)
        sheet = self.save(sheet, values)
        assert sheet.stored is not None
        eid, number, ballot = self.election.id, sheet.precinct.number, sheet.ballot
        with Session(self.engine) as s:
            lock = sheet.stored.lock_version
            if sheet.stored.state is State.DRAFT:
                lock = change_state(
                    s, eid, number, ballot, State.CHECKED, self.actor, lock
                ).lock_version
            stored = change_state(
                s,
                eid,
                number,
                ballot,
                State.FINALISED,
                self.actor,
                lock,
                note="signed by the members present",
            )
            version_id = s.scalar(
                select(ProtocolRow.current_version_id).where(ProtocolRow.id == stored.protocol_id)
            )
            assert version_id is not None
            s.add(
                SigningRow(
                    version_id=version_id,
                    chair=signing.chair,
                    secretary=signing.secretary,
                    members=json.dumps([m.__dict__ for m in signing.members], ensure_ascii=False),
                    explanations=json.dumps(
                        {
                            k: v
                            for k, v in signing.explanations.items()
                            if k in {w.check_id for w in report.warnings}
                        },
                        ensure_ascii=False,
                    ),
                    dissent=json.dumps(
                        [{"name": n, "text": t} for n, t in signing.dissent], ensure_ascii=False
                    ),
                )
            )
            audit(
                s,
                self.actor,
                "sign",
                eid,
                stored.protocol_id,
                stored.version_number,
                chair=signing.chair,
                secretary=signing.secretary,
                present=[m.name for m in signing.members if m.present],
            )
            s.commit()
        return self.open(number, ballot)

    def correct(self, sheet: Sheet, values: dict[str, int | None], reason: str) -> Sheet:
        """A repeated protocol: a new version with its reason; the finalised one stays."""
        if not sheet.sealed:
            raise EntryError(["only a finalised protocol is corrected; this one can be edited"])
        if not reason.strip():
            raise EntryError(["a repeated protocol must state the reason for the correction"])
        return self.save(sheet, values, kind="repeated", reason=reason)

    # --- history and members ----------------------------------------------------------------

    def history(self, sheet: Sheet) -> list[VersionEntry]:
        """Every version, oldest first, each with what changed since the one before."""
        with Session(self.engine) as s:
            versions = history(s, self.election.id, sheet.precinct.number, sheet.ballot)
            signings = {}
            for v in versions:
                version_id = s.scalar(
                    select(ProtocolVersionRow.id).where(
                        ProtocolVersionRow.protocol_id == v.protocol_id,
                        ProtocolVersionRow.number == v.version_number,
                    )
                )
                row = s.scalars(
                    select(SigningRow).where(SigningRow.version_id == version_id)
                ).first()
                if row is not None:
                    signings[v.version_number] = {
                        "signed_at": row.signed_at,
                        "chair": row.chair,
                        "secretary": row.secretary,
                        "members": json.loads(row.members),
                        "explanations": json.loads(row.explanations),
                        "dissent": json.loads(row.dissent),
                    }
        entries = []
        previous: dict[str, int] = {}
        for v in versions:
            current = _values_of(v.protocol)
            changes = tuple(
                LineChange(line.key, line.names, previous.get(line.key), current.get(line.key, 0))
                for line in sheet.lines
                if not previous or previous.get(line.key) != current.get(line.key, 0)
            )
            entries.append(
                VersionEntry(
                    v.version_number,
                    v.version_kind,
                    v.reason,
                    v.saved_at,
                    v.saved_by,
                    v.workstation,
                    v.fingerprint,
                    changes,
                    signings.get(v.version_number),
                )
            )
            previous = current
        return entries

    def members(self, number: str) -> list[Member]:
        with Session(self.engine) as s:
            row = precinct_row(s, self.election.id, number)
            return [
                Member(m.name, m.role)
                for m in s.scalars(
                    select(MemberRow)
                    .where(MemberRow.precinct_id == row.id)
                    .order_by(MemberRow.position)
                )
            ]

    def set_members(self, number: str, members: list[Member]) -> None:
        """The commission's list of members (a roster, not history: replaced as a whole)."""
        with Session(self.engine) as s:
            row = precinct_row(s, self.election.id, number)
            assert row.id is not None
            s.execute(delete(MemberRow).where(MemberRow.precinct_id == row.id))
            s.add_all(
                MemberRow(precinct_id=row.id, name=m.name, role=m.role, position=i)
                for i, m in enumerate(members)
            )
            audit(
                s,
                self.actor,
                "members",
                self.election.id,
                None,
                None,
                precinct=number,
                members=[(m.name, m.role) for m in members],
            )
            s.commit()

    def states(self) -> dict[str, dict[str, str]]:
        """Every precinct's protocol states by ballot: {number: {ballot: state}}."""
        result: dict[str, dict[str, str]] = {}
        with Session(self.engine) as s:
            for number, ballot, state in s.execute(
                select(PrecinctRow.number, ProtocolRow.ballot, ProtocolRow.state)
                .join(ProtocolRow, ProtocolRow.precinct_id == PrecinctRow.id)
                .where(PrecinctRow.election_id == self.election.id)
            ):
                result.setdefault(number, {})[ballot] = state
        return result


def _values_of(protocol: Protocol) -> dict[str, int]:
    values: dict[str, int] = dict(protocol.fields)
    values.update({VOTE_PREFIX + k: v for k, v in protocol.votes.items()})
    values[AGAINST_ALL] = protocol.against_all
    return values
