"""What must hold before a protocol is finalised, and the record of who signed it.

The rules of the paper form: every line filled in, every hard control relation holding, every
warning explained in writing, and the chair, the secretary and the members present named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tallyapp.domain.checks import CheckReport
from tallyapp.domain.errors import TallyError
from tallyapp.domain.sheet import Sheet


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    present: bool = True
    iin: str = ""  # empty for a member named on paper whose IIN is not known here


@dataclass
class Signing:
    members: list[Member]
    chair: str
    secretary: str
    explanations: dict[str, str] = field(default_factory=dict)
    dissent: list[tuple[str, str]] = field(default_factory=list)


PRESIDING_ORDER = ("chair", "deputy", "secretary")  # the law: the deputy or the secretary
# signs in the chair's stead when the chair is absent


def presiding(members: list[Member]) -> Member | None:
    """Who signs as the one presiding: the chair if present; otherwise the deputy, otherwise
    the secretary, whoever of them is present. None when none of them is."""
    for role in PRESIDING_ORDER:
        found = next((m for m in members if m.role == role and m.present), None)
        if found is not None:
            return found
    return None


def signing_of(
    members: list[Member],
    explanations: dict[str, str] | None = None,
    dissent: list[tuple[str, str]] | None = None,
) -> Signing:
    """The signing record of the members as marked: the one presiding (chair, or deputy or
    secretary in the chair's absence) and the secretary present."""
    head = presiding(members)
    secretary = next((m.name for m in members if m.role == "secretary" and m.present), "")
    return Signing(members, head.name if head else "", secretary, explanations or {}, dissent or [])


def empty_line_problems(sheet: Sheet, values: dict[str, int | None]) -> list[TallyError]:
    return [
        TallyError("line.empty", line=line.number, name=line.names)
        for line in sheet.empty_lines(values)
    ]


def finalise_problems(
    sheet: Sheet, values: dict[str, int | None], report: CheckReport, signing: Signing
) -> list[TallyError]:
    """Every reason the protocol cannot be finalised yet; empty when it can."""
    if sheet.sealed:
        return [TallyError("finalise.sealed")]
    problems = empty_line_problems(sheet, values)
    problems += [
        # The verdict itself: the edge reads it out in the reader's language.
        TallyError("check.fails", check=v.check_id, explanation=v)
        for v in report.hard_failures
    ]
    problems += [
        TallyError("check.needs-explanation", check=v.check_id, name=v.name)
        for v in report.warnings
        if not signing.explanations.get(v.check_id, "").strip()
    ]
    if not signing.chair.strip():  # signing_of names the deputy or secretary in its absence
        problems.append(TallyError("signing.no-chair"))
    if not signing.secretary.strip():
        problems.append(TallyError("signing.no-secretary"))
    if not any(m.present for m in signing.members):
        problems.append(TallyError("signing.nobody-present"))
    return problems


def kept_explanations(signing: Signing, report: CheckReport) -> dict[str, str]:
    """The written explanations of the warnings that this protocol actually raises."""
    warned = {w.check_id for w in report.warnings}
    return {k: v for k, v in signing.explanations.items() if k in warned}
