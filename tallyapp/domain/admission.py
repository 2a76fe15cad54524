"""Admitting a received protocol record: does it belong here, and do its figures hold?

A record comes from a package, a signed PDF or a photographed QR code. Whatever its source,
it is admitted by the same rules: the right election, a precinct of this register under the
sender, the ballot the precinct counts, exactly the definition's lines, figures matching their
fingerprint, and every hard control relation holding.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from tallyapp.domain.checks import check_protocol, passes_quietly
from tallyapp.domain.commission_tree import CommissionTree
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import TallyError
from tallyapp.domain.protocol import Protocol, fingerprint
from tallyapp.domain.tabulation import tabulation

MAX_FIGURE = 10**9  # no protocol line can hold more


class RecordRefused(TallyError):
    """A record that cannot be admitted; `index` says which record of the file."""

    code = "record.refused"


@dataclass
class Roll:
    """What an importing commission knows: its election, precincts, commissions, candidates."""

    election: Election
    precincts: dict[str, tuple[int, str, int | None]]  # number -> (id, TEC code, district)
    tree: CommissionTree  # who is under whom
    candidates: Mapping[int, Collection[str]]  # district -> candidate codes, in ballot order


def refused(index: int, record: Mapping[str, Any], rule: str, **params: object) -> RecordRefused:
    return RecordRefused(
        rule,
        index=index,
        precinct=str(record.get("precinct")),
        ballot=str(record.get("ballot")),
        **params,
    )


def admit_record(
    roll: Roll, record: Mapping[str, Any], sender: str, index: int, warnings: list[TallyError]
) -> Protocol:
    """A record's protocol if it belongs here and its figures hold; RecordRefused if not.
    Warnings (soft checks) are appended to `warnings`."""
    election = roll.election
    if record["election"] != election.id:
        raise refused(
            index, record, "record.election", expected=election.id, found=record["election"]
        )
    number = record["precinct"]
    if number not in roll.precincts:
        raise refused(index, record, "record.unknown-precinct")
    _pid, tec, district = roll.precincts[number]
    if record["commission"] != tec:
        raise refused(index, record, "record.commission", expected=tec, found=record["commission"])
    if not roll.tree.is_under(tec, sender):
        raise refused(index, record, "record.not-under-sender", sender=sender)
    ballot = BallotKind(record["ballot"])
    tab = tabulation(ballot)
    if not election.has_ballot(ballot) or not tab.held_at(district):
        raise refused(index, record, "record.no-such-ballot")
    expected_district = tab.district_of(district)
    if record["district"] != expected_district:
        raise refused(
            index, record, "record.district", expected=expected_district, found=record["district"]
        )
    figures = [*record["fields"].items(), *record["votes"].items()]
    for line, value in [*figures, ("against_all", record["against_all"])]:
        # 4.0, true or 10**12 are not figures of a protocol, whatever a schema allows.
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FIGURE:
            raise refused(
                index, record, "record.figure", line=str(line)[:40], found=repr(value)[:40]
            )
    keys = election.ballot(ballot).field_keys
    if set(record["fields"]) != set(keys):
        extra = sorted(set(record["fields"]) - set(keys))
        missing = sorted(set(keys) - set(record["fields"]))
        raise refused(
            index, record, "record.fields", missing=", ".join(missing), unknown=", ".join(extra)
        )
    choices = (
        {p.code for p in election.parties}
        if not tab.by_district
        else set(roll.candidates.get(district or 0, ()))
    )
    unknown = sorted(set(record["votes"]) - choices)
    if unknown:
        raise refused(index, record, "record.unknown-choices", choices=", ".join(unknown))
    protocol = Protocol(
        election.id,
        ballot,
        number,
        {k: record["fields"][k] for k in keys},
        dict(record["votes"]),
        record["against_all"],
        expected_district,
    )
    version, kind = record.get("version"), record.get("kind")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refused(index, record, "record.version", found=repr(version)[:40])
    if kind not in ("original", "repeated"):
        raise refused(index, record, "record.kind", found=repr(kind)[:40])
    if fingerprint(protocol, version, kind) != record["fingerprint"]:
        raise refused(index, record, "record.fingerprint")
    if passes_quietly(protocol, election.ballot(ballot)):
        return protocol
    report = check_protocol(protocol, election.ballot(ballot))
    if not report.hard_relations_hold:
        raise refused(
            index,
            record,
            "record.relations-fail",
            explanation=report.hard_failures[0],
            count=len(report.hard_failures),
        )
    warnings.extend(
        TallyError("record.warning", precinct=number, ballot=ballot.value, explanation=v)
        for v in report.warnings
    )
    return protocol
