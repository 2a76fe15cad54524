"""The database tables: elections, the commission tree, precincts, protocols and their versions.

Protocol versions and their lines are append-only (triggers refuse UPDATE and DELETE); the
`protocol` row is the head that points at the current version and carries the state, guarded
by `lock_version` so two workstations cannot overwrite each other silently.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from tallyapp.domain.election import BallotKind

LEVELS = ("cec", "region", "tec", "dec")
STATES = ("draft", "checked", "finalised", "transmitted", "accepted", "rejected")
BALLOTS = tuple(k.value for k in BallotKind)  # the CHECK of `protocol.ballot`


def utcnow() -> datetime:
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ElectionRow(SQLModel, table=True):
    __tablename__ = "election"

    id: str = Field(primary_key=True)
    definition: str = Field(sa_column=Column(Text, nullable=False))  # the definition file, JSON
    created_at: datetime = Field(default_factory=utcnow)
    # A rehearsal on the certification authority's test infrastructure (`init --rehearsal`).
    rehearsal: bool = Field(default=False)


class CommissionRow(SQLModel, table=True):
    __tablename__ = "commission"
    __table_args__ = (
        UniqueConstraint("election_id", "code"),
        CheckConstraint(_in("level", LEVELS), name="commission_level"),
    )

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id", index=True)
    code: str
    level: str
    name_kk: str
    name_ru: str
    name_en: str
    parent_id: int | None = Field(default=None, foreign_key="commission.id", index=True)
    region_code: str | None = None
    district_number: int | None = None
    position: int = 0  # order among siblings


class PrecinctRow(SQLModel, table=True):
    __tablename__ = "precinct"
    __table_args__ = (UniqueConstraint("election_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id", index=True)
    number: str
    name: str  # as first given: Kazakh in a register file, empty in the synthetic register
    tec_id: int = Field(foreign_key="commission.id", index=True)
    region_code: str
    district_number: int | None = None  # None abroad: no green ballot there
    abroad: bool = False
    name_ru: str = ""
    address_kk: str = ""
    address_ru: str = ""
    registered_voters: int | None = None  # None where the register did not say


class CandidateRow(SQLModel, table=True):
    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("election_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id", index=True)
    district_number: int
    code: str
    name: str  # as first given: Kazakh in a candidates file
    nomination: str
    ballot_position: int
    name_ru: str = ""


class ProtocolRow(SQLModel, table=True):
    __tablename__ = "protocol"
    __table_args__ = (
        UniqueConstraint("election_id", "precinct_id", "ballot"),
        CheckConstraint(_in("ballot", BALLOTS), name="protocol_ballot"),
        CheckConstraint(_in("state", STATES), name="protocol_state"),
        CheckConstraint("lock_version >= 1", name="protocol_lock_version"),
    )

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id")
    precinct_id: int = Field(foreign_key="precinct.id", index=True)
    ballot: str
    state: str
    current_version_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("protocol_version.id", use_alter=True), nullable=True, index=True
        ),
    )
    lock_version: int = 1
    updated_at: datetime = Field(default_factory=utcnow)
    record_hash: str | None = None  # the newest hash of this protocol's audit chain


class ProtocolVersionRow(SQLModel, table=True):
    __tablename__ = "protocol_version"
    __table_args__ = (
        UniqueConstraint("protocol_id", "number"),
        CheckConstraint("number >= 1", name="protocol_version_number"),
        CheckConstraint(_in("kind", ("original", "repeated")), name="protocol_version_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    protocol_id: int = Field(foreign_key="protocol.id", index=True)
    number: int
    kind: str = "original"  # "repeated": a correction after finalising
    reason: str = ""
    fingerprint: str
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = ""
    workstation: str = ""
    provenance: str = "keyed"  # domain.authority.Provenance: only keyed or received-signed
    commission: str = ""  # on whose behalf it was keyed or signed (PEC-<n> or a code)
    signer: str = ""  # who keyed or signed it: name and IIN


class ProtocolLineRow(SQLModel, table=True):
    """One figure of a version: a header field, `vote:<choice>` or `against_all`."""

    __tablename__ = "protocol_line"
    __table_args__ = (CheckConstraint("value >= 0", name="protocol_line_non_negative"),)

    version_id: int = Field(foreign_key="protocol_version.id", primary_key=True)
    key: str = Field(primary_key=True)
    value: int = Field(sa_column=Column(BigInteger, nullable=False))


class TallyRow(SQLModel, table=True):
    """A running total of one territorial commission and ballot: the sum of one line over
    its accepted protocols, or a count of its protocols (`#accepted`, `#received`). Kept by
    the write path in the transaction that moves a head; checked by the audit (see
    storage.tallies)."""

    __tablename__ = "tally"

    tec_id: int = Field(foreign_key="commission.id", primary_key=True)
    ballot: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    election_id: str = Field(foreign_key="election.id", index=True)
    value: int = Field(sa_column=Column(BigInteger, nullable=False))


class AuditRow(SQLModel, table=True):
    """Everything that happened, append-only and chained by hash (see storage.audit_chain)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("audit_protocol", "protocol_id"), Index("audit_chain", "chain", "id"))

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    who: str
    workstation: str
    action: str
    election_id: str | None = None
    protocol_id: int | None = None
    version_number: int | None = None
    detail: str = ""
    chain: str | None = None  # "protocol:<id>" or "election:<id>"
    previous_hash: str | None = None  # the entry before it in its chain ("" for the first)
    entry_hash: str | None = None  # sha256 of the previous hash and this entry's content


class EntrySealRow(SQLModel, table=True):
    """A workstation's seal on one transaction: the hashes of the audit entries it wrote
    (`covers`, one per line), signed with the workstation's own key, kept outside the
    database and enrolled by a commission's chair (see services.seals). Append-only."""

    __tablename__ = "entry_seal"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    key_id: str = Field(index=True)
    covers: str = Field(sa_column=Column(Text, nullable=False))
    signature: str = Field(sa_column=Column(Text, nullable=False))


ROLES = ("chair", "deputy", "secretary", "member", "observer")


class RosterMemberRow(SQLModel, table=True):
    """A member of a commission's roster: `commission` is a commission code, or `PEC-<number>`
    for a precinct commission. `iin` is None for a member listed before IINs were kept (named
    on forms, but unable to sign or log in)."""

    __tablename__ = "roster_member"
    __table_args__ = (
        UniqueConstraint("election_id", "commission", "iin"),
        CheckConstraint(_in("role", ROLES), name="roster_member_role"),
        Index("roster_commission", "election_id", "commission"),
    )

    id: int | None = Field(default=None, primary_key=True)
    election_id: str = Field(foreign_key="election.id")
    commission: str
    iin: str | None = None
    name: str
    role: str
    position: int = 0
    pin_hash: str | None = None  # argon2id; None: no PIN set, cannot log in
    pin_failures: int = 0  # wrong PINs in a row (domain.pins)
    # seconds since 1970 (UTC) until sign-in reopens: past 2038, so a 64-bit column
    pin_locked_until: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))


class WorkingCopyRow(SQLModel, table=True):
    """The figures being keyed, saved on every field so a crash loses at most one field.

    Not a protocol version: it is overwritten while typing and removed when a version is saved.
    """

    __tablename__ = "working_copy"
    __table_args__ = (UniqueConstraint("precinct_id", "ballot"),)

    id: int | None = Field(default=None, primary_key=True)
    precinct_id: int = Field(foreign_key="precinct.id")
    ballot: str
    values: str = Field(sa_column=Column(Text, nullable=False))  # JSON {line: number|null}
    base_lock_version: int | None = None  # the protocol version the copy started from
    updated_at: datetime = Field(default_factory=utcnow)
    workstation: str = ""


class SigningRow(SQLModel, table=True):
    """Who was present and signed a finalised version, with explanations and dissent."""

    __tablename__ = "signing"

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="protocol_version.id", unique=True)
    signed_at: datetime = Field(default_factory=utcnow)
    chair: str
    secretary: str
    members: str = Field(sa_column=Column(Text, nullable=False))  # JSON [{name, role, present}]
    explanations: str = Field(sa_column=Column(Text, nullable=False))  # JSON {check id: text}
    dissent: str = Field(sa_column=Column(Text, nullable=False))  # JSON [{name, text}]


class ReceivedFileRow(SQLModel, table=True):
    """Every file received from another commission, byte for byte: its signatures can be
    checked again at any time. Append-only."""

    __tablename__ = "received_file"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    election_id: str = Field(foreign_key="election.id")
    source: str  # the file's name when it was imported
    sha256: str = Field(index=True)
    sender: str  # the commission that sent (signed) it
    kind: str  # package, signed PDF, photo (QR code)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ReceivedRow(SQLModel, table=True):
    """Every protocol received, and what became of it: accepted, duplicate or in conflict
    (never overwriting). Append-only: the inbox keeps every version that ever arrived."""

    __tablename__ = "received"
    __table_args__ = (
        CheckConstraint(
            _in("outcome", ("accepted", "duplicate", "conflict", "summary", "observer")),
            name="received_outcome",
        ),
        Index("received_precinct", "precinct", "ballot"),
    )

    id: int | None = Field(default=None, primary_key=True)
    file_id: int = Field(foreign_key="received_file.id", index=True)
    position: int  # which record of the file (protocols first, then summaries)
    sender: str  # the commission that signed the record
    precinct: str | None = None  # None for a summary protocol
    ballot: str
    fingerprint: str
    outcome: str
    # An observer's copy: its lines as JSON, to compare with the official protocol.
    figures: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


def assigned(row_id: int | None) -> int:
    """An id read back from the database: always set, though the column type allows None
    (None only before a new row is flushed)."""
    assert row_id is not None
    return row_id
