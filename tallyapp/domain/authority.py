"""Who may make what official: provenance of a protocol, members and roles, signing authority
and the permissions of a workstation session.

The rules of section 6a of the brief, in one place, used by finalising, signing, `verify`,
import and the desktop app:

- a version is official only if it was keyed here and finalised by an authorised member, or
  received with a valid signature of an authorised signer; photos, scans and observers'
  copies are evidence to compare, never versions;
- keys belong to people, named by IIN; a document counts as signed by its commission when the
  signer is a member of that commission's roster with a signing role, present at the signing:
  the chair, or the deputy or the secretary when the chair is absent;
- keying a lower commission's paper protocol is a setting of the election (`AuthorityRules`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

# The tree's names, also read from here: a precinct's commission is an authority's word too.
from tallyapp.domain.commission_tree import CEC_CODE as CEC_CODE
from tallyapp.domain.commission_tree import PRECINCT_PREFIX as PRECINCT_PREFIX
from tallyapp.domain.commission_tree import CommissionTree
from tallyapp.domain.commission_tree import precinct_commission as precinct_commission
from tallyapp.domain.commission_tree import precinct_of as precinct_of
from tallyapp.domain.election import AuthorityRules
from tallyapp.domain.errors import Problems, TallyError


class Role(StrEnum):
    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"  # reads only; not a member of the commission


SIGNING_ROLES = frozenset({Role.CHAIR, Role.DEPUTY, Role.SECRETARY})
ROLE_ORDER = (Role.CHAIR, Role.DEPUTY, Role.SECRETARY, Role.MEMBER, Role.OBSERVER)


class AuthorityError(TallyError):
    """A person or a signature without the authority for what was asked."""

    code = "authority.refused"


# --- IIN --------------------------------------------------------------------------------------

_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))


def iin_check_digit(first_eleven: str) -> int | None:
    """The 12th digit of an IIN (individual identification number), or None when no digit
    can complete these eleven (such numbers are never issued)."""
    digits = [int(c) for c in first_eleven]
    for weights in _WEIGHTS:
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def iin_problem(iin: str) -> TallyError | None:
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        return TallyError("iin.format", iin=iin[:40])
    if iin_check_digit(iin[:11]) != int(iin[11]):
        return TallyError("iin.check-digit", iin=iin)
    return None


# --- rosters ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterMember:
    iin: str
    name: str
    role: Role

    @property
    def label(self) -> str:
        """How the record names a person: name and IIN (names repeat, IINs do not)."""
        return f"{self.name} (IIN {self.iin})"


@dataclass(frozen=True)
class Roster:
    """One commission's members: name, IIN and role. Kept once per commission."""

    commission: str
    members: tuple[RosterMember, ...] = ()

    def member(self, iin: str) -> RosterMember | None:
        return next((m for m in self.members if m.iin == iin), None)

    @property
    def chair(self) -> RosterMember | None:
        return next((m for m in self.members if m.role is Role.CHAIR), None)


def roster_problems(roster: Roster, rehearsal: bool = False) -> list[TallyError]:
    """What makes a roster unusable: bad IINs, a person twice, two chairs, deputies or
    secretaries. In a rehearsal an IIN failing only its check digit (the certification
    authority's test IINs do) is not a problem here: the caller warns of it."""
    problems: list[TallyError] = []
    seen: set[str] = set()
    for m in roster.members:
        bad = iin_problem(m.iin)
        if bad is not None and not (rehearsal and bad.code == "iin.check-digit"):
            problems.append(TallyError("roster.iin", commission=roster.commission, name=m.name))
        elif m.iin in seen:
            problems.append(TallyError("roster.twice", commission=roster.commission, iin=m.iin))
        seen.add(m.iin)
        if not m.name.strip():
            problems.append(TallyError("roster.no-name", commission=roster.commission, iin=m.iin))
    for role in (Role.CHAIR, Role.DEPUTY, Role.SECRETARY):
        if sum(m.role is role for m in roster.members) > 1:
            problems.append(
                TallyError("roster.role-twice", commission=roster.commission, role=role.value)
            )
    return problems


def signing_roles_twice(
    rosters: Mapping[str, Roster], tree: CommissionTree, changed: Iterable[str]
) -> list[TallyError]:
    """A person who holds a signing role (chair, deputy, secretary) in two commissions of one
    level, where one of them is among the `changed` rosters: one key would sign for both,
    and neither commission's signature would say whose it is."""
    changed = set(changed)
    held: dict[tuple[str, str], list[str]] = {}
    for code in sorted(rosters):
        for m in rosters[code].members:
            if m.iin and m.role in SIGNING_ROLES:
                held.setdefault((tree.level(code) or "", m.iin), []).append(code)
    return [
        TallyError("roster.signs-twice", iin=iin, commissions=", ".join(codes))
        for (_, iin), codes in sorted(held.items())
        if len(codes) > 1 and changed.intersection(codes)
    ]


def replace_member(
    roster: Roster,
    leaving: str,
    newcomer: RosterMember,
    decision: str,
    by: str | None = None,
    rehearsal: bool = False,
) -> Roster:
    """The roster after a member's powers end early and the body that formed the commission
    appoints another in their place (the election law's replacement of a commission member):
    the newcomer takes the leaving member's place in the list, with the role given. The
    decision that releases and appoints (its number and date) must be named; the member who
    leaves does not record their own replacement (`by`: the IIN of who records it).

    Raises TallyError naming what stands in the way; the roster's own rules apply after."""
    old = roster.member(leaving)
    problems: list[TallyError] = []
    if old is None:
        problems.append(TallyError("roster.no-member", commission=roster.commission, iin=leaving))
    if not decision.strip():
        problems.append(TallyError("replace.no-decision", commission=roster.commission))
    if by is not None and by == leaving:
        problems.append(TallyError("replace.self", commission=roster.commission))
    if newcomer.iin and newcomer.iin != leaving and roster.member(newcomer.iin) is not None:
        problems.append(
            TallyError("replace.on-roster", commission=roster.commission, iin=newcomer.iin)
        )
    if newcomer.iin == leaving:
        problems.append(TallyError("replace.same", commission=roster.commission, iin=leaving))
    if newcomer.role is Role.OBSERVER:
        problems.append(TallyError("replace.observer", commission=roster.commission))
    if problems:
        raise problems[0] if len(problems) == 1 else Problems(problems)
    members = tuple(newcomer if m.iin == leaving else m for m in roster.members)
    replaced = Roster(roster.commission, members)
    problems = roster_problems(replaced, rehearsal)
    if problems:
        raise problems[0] if len(problems) == 1 else Problems(problems)
    return replaced


# --- provenance -------------------------------------------------------------------------------


class Provenance(StrEnum):
    """How a version reached this database; part of the record."""

    KEYED = "keyed"  # keyed here, by a named member at a workstation
    RECEIVED_SIGNED = "received-signed"  # from a lower commission, digitally signed
    RECEIVED_UNSIGNED = "received-unsigned"  # a photo or scan, read through its QR code
    OBSERVER = "observer"  # an observer's copy
    # Counted by hand after the risk-limiting audit sent its contest to a full count: the
    # CEC's figures replace the reported ones; the reported version stays in the history.
    FULL_HAND_COUNT = "full-hand-count"

    @property
    def may_be_official(self) -> bool:
        return self in (Provenance.KEYED, Provenance.RECEIVED_SIGNED, Provenance.FULL_HAND_COUNT)


def unofficial_reason(provenance: Provenance) -> TallyError | None:
    """Why a copy of this provenance can never become the official protocol (None if it can)."""
    if provenance is Provenance.RECEIVED_UNSIGNED:
        return TallyError("official.unsigned-copy")
    if provenance is Provenance.OBSERVER:
        return TallyError("official.observer-copy")
    return None


# --- signing authority ------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """Who a certificate names, read from its attributes: a person by IIN, or an organisation
    by BIN and the commission it stands for."""

    name: str
    iin: str | None = None
    bin: str | None = None
    commission: str | None = None  # an organisation key's commission code

    @property
    def label(self) -> str:
        if self.iin:
            return f"{self.name} (IIN {self.iin})"
        return f"{self.name} (BIN {self.bin})"


def may_key_for(rules: AuthorityRules, tree: CommissionTree, keyer: str, document: str) -> bool:
    """Whether commission `keyer` may key and sign `document`'s protocol: its own, or, where
    the election allows it, a precinct's paper protocol delivered to its territorial
    commission."""
    if keyer == document:
        return True
    return (
        rules.higher_keys_precincts
        and precinct_of(document) is not None
        and tree.parent(document) == keyer
    )


def signing_refusal(
    rules: AuthorityRules,
    tree: CommissionTree,
    rosters: Mapping[str, Roster],
    document: str,
    signed_for: str,
    signer: Signer,
    present: Iterable[str] | None,
) -> AuthorityError | None:
    """None when `signer` may sign `document`'s protocol on behalf of commission `signed_for`;
    otherwise the reason, naming the signer, the commission and the rule.

    `present`: the IINs of the members the signed record names as present (None: the record
    does not say, and only the chair may sign)."""
    if not may_key_for(rules, tree, signed_for, document):
        return AuthorityError(
            "authority.not-their-document",
            signer=signer.label,
            commission=signed_for,
            document=document,
        )
    if signer.iin is None:  # an organisation key
        level = tree.levels.get(signed_for)
        if signer.commission != signed_for or level not in rules.organisation_levels:
            return AuthorityError(
                "authority.organisation", signer=signer.label, commission=signed_for
            )
        return None
    roster = rosters.get(signed_for)
    member = roster.member(signer.iin) if roster else None
    if member is None:
        return AuthorityError("authority.not-member", signer=signer.label, commission=signed_for)
    if member.role not in SIGNING_ROLES:
        return AuthorityError(
            "authority.no-signing-role",
            signer=signer.label,
            commission=signed_for,
            role=member.role.value,
        )
    here = set(present) if present is not None else None
    if here is not None and member.iin not in here:
        return AuthorityError("authority.absent", signer=signer.label, commission=signed_for)
    chair = roster.chair if roster else None
    chair_present = chair is not None and (here is None or chair.iin in here)
    if member.role is not Role.CHAIR and chair_present:
        return AuthorityError(
            "authority.chair-present",
            signer=signer.label,
            commission=signed_for,
            role=member.role.value,
        )
    return None


def authorise_signer(
    rules: AuthorityRules,
    tree: CommissionTree,
    rosters: Mapping[str, Roster],
    document: str,
    signer: Signer,
    present: Iterable[str] | None = None,
) -> str:
    """The commission on whose behalf `signer` signed `document`'s protocol: the document's
    own commission if the signer is on its roster, else the territorial commission that may
    key its paper protocol. AuthorityError when neither gives the signer the authority.

    `present` (IINs) is what the signed record says of the document's own commission."""
    candidates = [document]
    parent = tree.parent(document)
    if parent is not None and may_key_for(rules, tree, parent, document):
        candidates.append(parent)
    for commission in candidates:
        roster = rosters.get(commission)
        belongs = (
            signer.commission == commission
            if signer.iin is None
            else roster is not None and roster.member(signer.iin) is not None
        )
        if belongs:
            refusal = signing_refusal(
                rules,
                tree,
                rosters,
                document,
                commission,
                signer,
                present if commission == document else None,
            )
            if refusal is not None:
                raise refusal
            return commission
    raise AuthorityError("authority.not-member", signer=signer.label, commission=document)


def countersigner_refusal(
    rosters: Mapping[str, Roster], commission: str, signer: Signer | None, shown: str
) -> AuthorityError | None:
    """A further signature on a document (a countersignature) counts only from a member of
    the commission it was signed for; anyone else is refused and named (`shown`: how the
    certificate names them when it carries no IIN)."""
    roster = rosters.get(commission)
    member = roster.member(signer.iin) if roster is not None and signer and signer.iin else None
    if member is None or member.role is Role.OBSERVER:
        label = signer.label if signer is not None else shown
        return AuthorityError("authority.countersigner", signer=label, commission=commission)
    return None


# --- who is working, and what they may do -------------------------------------------------


class Action(StrEnum):
    KEY = "key"  # key figures and save versions
    FINALISE = "finalise"
    ACCEPT = "accept"  # the commission above accepts or rejects
    REJECT = "reject"
    MANAGE = "manage"  # a commission's roster and its members' PINs
    SETUP = "setup"  # the election's setup from files: rosters and candidates
    IMPORT = "import"  # store received files (packages, signed PDFs, photos)


@dataclass(frozen=True)
class WorkSession:
    """Who is working at this workstation, for which commission."""

    commission: str
    member: RosterMember
    workstation: str

    @property
    def observer(self) -> bool:
        return self.member.role is Role.OBSERVER


def permission_refusal(
    rules: AuthorityRules,
    tree: CommissionTree,
    session: WorkSession,
    action: Action,
    document: str,
    chair_present: bool = True,
) -> AuthorityError | None:
    """None when the session's member may do `action` on `document`'s protocol (a commission
    code, `PEC-<number>` for a precinct); otherwise the reason."""
    who = session.member
    params = {
        "member": who.label if who.iin else who.name,  # an observer has no IIN here
        "commission": session.commission,
        "document": document,
    }
    if session.observer:
        return AuthorityError("permission.observer", **params, action=action.value)
    if action is Action.MANAGE:
        # Its own roster and PINs: the chair or the secretary; any commission's: the top
        # commission's (the CEC's) chair or secretary.
        mine = session.commission == document or (
            tree.is_top(session.commission) and tree.is_above(session.commission, document)
        )
        if mine and who.role in (Role.CHAIR, Role.SECRETARY):
            return None
        return AuthorityError("permission.manage", **params, role=who.role.value)
    if action is Action.SETUP:  # rosters and candidates from files: the CEC's chair or secretary
        if tree.is_top(session.commission) and who.role in (Role.CHAIR, Role.SECRETARY):
            return None
        return AuthorityError("permission.setup", **params, role=who.role.value)
    if action is Action.IMPORT:  # any member of the commission that receives
        return None
    if action in (Action.ACCEPT, Action.REJECT):
        if not tree.is_above(session.commission, document):
            return AuthorityError("permission.not-above", **params, action=action.value)
        if who.role not in SIGNING_ROLES:
            return AuthorityError(
                "permission.role", **params, action=action.value, role=who.role.value
            )
        return None
    if not may_key_for(rules, tree, session.commission, document):
        return AuthorityError("permission.not-their-document", **params)
    if action is Action.KEY:
        return None
    # Finalising: the chair; the deputy or the secretary when the chair is absent.
    if who.role is Role.CHAIR:
        return None
    if who.role in (Role.DEPUTY, Role.SECRETARY) and not chair_present:
        return None
    if who.role in (Role.DEPUTY, Role.SECRETARY):
        return AuthorityError("permission.chair-present", **params, role=who.role.value)
    return AuthorityError("permission.role", **params, action=action.value, role=who.role.value)


def keyed_and_decided_alone(
    provenance: str, keyed_by: str, deciding: str, precinct: str
) -> AuthorityError | None:
    """Four eyes: whoever keyed a protocol here may not also accept it. A protocol keyed at the
    commission above from the precinct's paper is accepted by another of its members."""
    if provenance == Provenance.KEYED.value and keyed_by and keyed_by == deciding:
        return AuthorityError("permission.keyed-and-accepting", member=deciding, precinct=precinct)
    return None
