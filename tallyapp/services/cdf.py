"""The results as a NIST SP 1500-100 v2 Election Results Common Data Format report (JSON).

Every reporting unit a commission answers for is a GpUnit: the CEC, the regions, the
territorial commissions, the electoral districts and every precinct, abroad included, each
with the units it is made of. Each contest carries its counts per unit, summed here from the
accepted precinct protocols (as `results` sums them): party and candidate votes, against all
as a choice only where the ballot has it, the seats won (count type "seats") and the winners
(`PostElectionStatus`). v2 has no count for invalid ballots inside a contest (its OtherCounts
know only over- and undervotes), so the ballots found in the boxes and the invalid ones are
`BallotCounts` of the election per unit, told apart by the ballot (`OtherType`); the voters
on the lists are each unit's `VotersRegistered`. docs/open-data.md describes the mapping.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.aggregation import ProtocolStatus
from tallyapp.domain.districts import DistrictOutcome
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import TallyError
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.reports.texts import precinct_title
from tallyapp.services.demo import holds_demo
from tallyapp.services.rehearsal import MARK, is_rehearsal
from tallyapp.services.results import compute_results
from tallyapp.services.setup import dec_code, election_of
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
)

T = "ElectionResults."
# The figures of a protocol that leave as ballot counts (the rest are votes).
CAST, INVALID, ON_LIST = "ballots_in_boxes", "invalid", "voters_on_list"


class CdfError(TallyError):
    code = "commission.unknown"


@dataclass
class _Unit:
    """A reporting unit and the sums of its accepted protocols, per ballot."""

    gp_id: str
    type: str
    name: dict[str, Any] | None
    number: str | None = None
    other_type: str | None = None
    parts: list[str] = field(default_factory=list)
    sums: dict[BallotKind, dict[str, int]] = field(default_factory=dict)
    districts: set[int | None] = field(default_factory=set)  # where its precincts vote

    def add(self, ballot: BallotKind, lines: dict[str, int]) -> None:
        into = self.sums.setdefault(ballot, defaultdict(int))
        for key, value in lines.items():
            into[key] += value


def gp(code: str) -> str:
    return f"gp-{code}"


def export_cdf(engine: Engine, commission: str = "CEC") -> dict[str, Any]:
    """The ElectionReport of everything under `commission` (a commission's code, default the
    CEC): its units, its contests and their counts. Seats are the national allocation and
    appear only in the CEC's report; a district's winner only where the whole district is in."""
    with Session(engine) as s:
        election = election_of(s)
        eid = election.id
        commissions = list(
            s.scalars(
                select(CommissionRow)
                .where(col(CommissionRow.election_id) == eid)
                .order_by(col(CommissionRow.position), col(CommissionRow.id))
            )
        )
        tree = read_commission_tree(s, eid)
        precincts = list(
            s.scalars(
                select(PrecinctRow)
                .where(col(PrecinctRow.election_id) == eid)
                .order_by(col(PrecinctRow.id))
            )
        )
        candidates = list(
            s.scalars(
                select(CandidateRow)
                .where(col(CandidateRow.election_id) == eid)
                .order_by(col(CandidateRow.district_number), col(CandidateRow.ballot_position))
            )
        )
        lines: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
        for pid, ballot, key, value in s.execute(
            select(
                col(ProtocolRow.precinct_id),
                col(ProtocolRow.ballot),
                col(ProtocolLineRow.key),
                col(ProtocolLineRow.value),
            )
            .join(
                ProtocolLineRow,
                col(ProtocolLineRow.version_id) == col(ProtocolRow.current_version_id),
            )
            .where(
                col(ProtocolRow.election_id) == eid,
                col(ProtocolRow.state) == ProtocolStatus.ACCEPTED.value,
            )
        ):
            lines[(pid, ballot)][key] = value
    root = next((c for c in commissions if c.code == commission), None)
    if root is None:
        raise CdfError("commission.unknown", commission=commission)
    tecs = [c for c in commissions if c.level == "tec" and tree.is_under(c.code, root.code)]
    tec_ids = {c.id for c in tecs}
    if root.level == "dec":
        # A district's report: its own precincts, whatever commissions they answer to.
        chosen = [p for p in precincts if p.district_number == root.district_number]
        tec_ids = {p.tec_id for p in chosen}
        tecs = [c for c in commissions if c.id in tec_ids]
    else:
        chosen = [p for p in precincts if p.tec_id in tec_ids]
    # A region's figures only where the whole region is in the report.
    regions = [
        c for c in commissions if c.level == "region" and (root.level == "cec" or c.id == root.id)
    ]
    districts_in = {p.district_number for p in chosen if p.district_number is not None}
    # A district's figures (and its winner) only where every precinct of it is in the report.
    everywhere = Counter(p.district_number for p in precincts)
    here = Counter(p.district_number for p in chosen)
    whole = {d for d in districts_in if here[d] == everywhere[d]}
    decs = [c for c in commissions if c.level == "dec" and c.district_number in districts_in]

    units: dict[str, _Unit] = {}
    cec = next(c for c in commissions if c.level == "cec")
    units[gp(cec.code)] = _Unit(
        gp(cec.code),
        "country",
        _names(cec),
        parts=[gp(r.code) for r in regions] if root.level == "cec" else [],
    )
    for r in regions:
        units[gp(r.code)] = _Unit(
            gp(r.code),
            "state",
            _names(r),
            parts=[gp(t.code) for t in tecs if tree.parent(t.code) == r.code],
        )
    # The districts each territorial commission's precincts vote in: a commission wholly in
    # one district composes it, and its sums are figures of that district's contest.
    districts_of_tec: dict[int | None, set[int | None]] = defaultdict(set)
    numbers_of_tec: dict[int | None, list[str]] = defaultdict(list)
    for p in chosen:
        districts_of_tec[p.tec_id].add(p.district_number)
        numbers_of_tec[p.tec_id].append(p.number)
    for d in decs:
        pure = {t.id for t in tecs if districts_of_tec[t.id] == {d.district_number}}
        parts = [gp(t.code) for t in tecs if t.id in pure] + [
            gp(f"PEC-{p.number}")
            for p in chosen
            if p.district_number == d.district_number and p.tec_id not in pure
        ]
        units[gp(d.code)] = _Unit(
            gp(d.code), "congressional", _names(d), parts=parts, districts={d.district_number}
        )
    for t in tecs:
        units[gp(t.code)] = _Unit(
            gp(t.code),
            "other",
            _names(t),
            other_type="territorial-election-commission",
            parts=[gp(f"PEC-{n}") for n in numbers_of_tec[t.id]],
            districts=districts_of_tec[t.id],
        )
    for r in regions:
        for t in tecs:
            if tree.parent(t.code) == r.code:
                units[gp(r.code)].districts |= districts_of_tec[t.id]
    tec_code = {c.id: c.code for c in tecs}
    region_of_tec = {t.id: region for t in tecs if (region := tree.parent(t.code)) is not None}
    dec_of = {d.district_number: d.code for d in decs if d.district_number in whole}
    for p in chosen:
        unit = _Unit(
            gp(f"PEC-{p.number}"),
            "precinct",
            _text(
                en=precinct_title(p.number, p.name, p.name_ru, "en"),
                kk=precinct_title(p.number, p.name, p.name_ru, "kk"),
                ru=precinct_title(p.number, p.name, p.name_ru, "ru"),
            ),
            number=p.number,
            districts={p.district_number},
        )
        units[unit.gp_id] = unit
        for ballot in BallotKind:
            figures = lines.get((p.id or 0, ballot.value))
            if not figures:
                continue
            above = [tec_code.get(p.tec_id), region_of_tec.get(p.tec_id)]
            if ballot is BallotKind.PARTY_LIST and root.level == "cec":
                above.append(cec.code)
            if ballot is BallotKind.CONSTITUENCY and p.district_number in dec_of:
                above.append(dec_of[p.district_number])
            unit.add(ballot, figures)
            for code in above:
                if code is not None and gp(code) in units:
                    units[gp(code)].add(ballot, figures)

    contests = _contests(
        engine,
        election,
        root,
        units,
        chosen,
        candidates,
        [d for d in decs if d.district_number in whole],
    )
    status_complete = all(
        (p.id or 0, b.value) in lines
        for p in chosen
        for b in BallotKind
        if election.has_ballot(b) and (b is BallotKind.PARTY_LIST or p.district_number)
    )
    in_districts = {p.district_number for p in chosen}
    report: dict[str, Any] = {
        "@type": T + "ElectionReport",
        "Format": "precinct-level",
        "GeneratedDate": datetime.now(UTC).isoformat(timespec="seconds"),
        "Issuer": _issuer(root),
        "IssuerAbbreviation": root.code,
        "SequenceStart": 1,
        "SequenceEnd": 1,
        "Status": "unofficial-complete" if status_complete else "unofficial-partial",
        "VendorApplicationId": "tallyapp",
        "GpUnit": [_unit_json(u) for u in units.values()],
        "Party": [
            {
                "@id": f"party-{p.code}",
                "@type": T + "Party",
                "Abbreviation": _text(en=p.code),
                "Name": _text(en=p.names.en, kk=p.names.kk, ru=p.names.ru),
            }
            for p in election.parties_in_ballot_order()
        ],
        "Election": [
            {
                "@type": T + "Election",
                "Name": _text(en=election.names.en, kk=election.names.kk, ru=election.names.ru),
                "StartDate": election.date,
                "EndDate": election.date,
                "Type": "general",
                "ElectionScopeId": gp(root.code),
                "BallotCounts": _ballot_counts(units),
                "Candidate": [
                    _candidate(c, contests) for c in candidates if c.district_number in in_districts
                ],
                "Contest": contests["list"],
            }
        ],
    }
    tests, notes = [], []
    if holds_demo(engine):
        tests.append("demo")
        notes.append("Demo data: generated figures, not a real count.")
    if is_rehearsal(engine):
        tests.append("rehearsal")
        notes.append(
            f"{MARK}: made on the certification authority's test infrastructure,"
            " not an official count."
        )
    if tests:
        report["IsTest"] = True
        report["TestType"] = ", ".join(tests)
        report["Notes"] = " ".join(notes)
    return report


def _issuer(root: CommissionRow) -> str:
    return root.name_en or root.code


def _names(c: CommissionRow) -> dict[str, Any]:
    return _text(en=c.name_en, kk=c.name_kk, ru=c.name_ru)


def _text(**languages: str) -> dict[str, Any]:
    strings = [
        {"@type": T + "LanguageString", "Language": lang, "Content": content}
        for lang, content in languages.items()
        if content
    ] or [{"@type": T + "LanguageString", "Language": "en", "Content": "-"}]
    return {"@type": T + "InternationalizedText", "Text": strings}


def _unit_json(u: _Unit) -> dict[str, Any]:
    data: dict[str, Any] = {"@id": u.gp_id, "@type": T + "ReportingUnit", "Type": u.type}
    if u.other_type:
        data["OtherType"] = u.other_type
    if u.name:
        data["Name"] = u.name
    if u.number:
        data["Number"] = u.number
    if u.parts:
        data["ComposingGpUnitIds"] = u.parts
    blue = u.sums.get(BallotKind.PARTY_LIST) or u.sums.get(BallotKind.CONSTITUENCY)
    if blue and ON_LIST in blue:
        data["VotersRegistered"] = blue[ON_LIST]
    return data


def _ballot_counts(units: dict[str, _Unit]) -> list[dict[str, Any]]:
    return [
        {
            "@type": T + "BallotCounts",
            "GpUnitId": u.gp_id,
            "Type": "other",
            "OtherType": ballot.value,
            "BallotsCast": sums.get(CAST, 0),
            "BallotsRejected": sums.get(INVALID, 0),
        }
        for u in units.values()
        for ballot, sums in u.sums.items()
    ]


def _counts(units: Iterable[_Unit], ballot: BallotKind, key: str) -> list[dict[str, Any]]:
    return [
        {
            "@type": T + "VoteCounts",
            "GpUnitId": u.gp_id,
            "Count": u.sums[ballot].get(key, 0),
            "Type": "total",
        }
        for u in units
        if ballot in u.sums
    ]


def _against_all(units: list[_Unit], ballot: BallotKind, suffix: str) -> dict[str, Any]:
    return {
        "@id": f"sel-against-all{suffix}",
        "@type": T + "BallotMeasureSelection",
        "Selection": _text(en="Against all", kk="Барлығына қарсы", ru="Против всех"),
        "VoteCounts": _counts(units, ballot, AGAINST_ALL),
    }


def _contests(
    engine: Engine,
    election: Election,
    root: CommissionRow,
    units: dict[str, _Unit],
    chosen: list[PrecinctRow],
    candidates: list[CandidateRow],
    decs: list[CommissionRow],
) -> dict[str, Any]:
    blue_units = [u for u in units.values() if BallotKind.PARTY_LIST in u.sums]
    out: list[dict[str, Any]] = []
    status: dict[str, str] = {}
    seats: dict[str, int] = {}
    if root.level == "cec":
        blue = compute_results(engine, None, BallotKind.PARTY_LIST)
        seats = blue.seats.seats if blue.seats is not None else {}
    if election.has_ballot(BallotKind.PARTY_LIST) and root.level != "dec":
        selections: list[dict[str, Any]] = []
        for party in election.parties_in_ballot_order():
            counts = _counts(blue_units, BallotKind.PARTY_LIST, VOTE_PREFIX + party.code)
            if seats:
                counts.append(
                    {
                        "@type": T + "VoteCounts",
                        "GpUnitId": gp(root.code),
                        "Count": seats.get(party.code, 0),
                        "Type": "seats",
                    }
                )
            selections.append(
                {
                    "@id": f"sel-{party.code}",
                    "@type": T + "PartySelection",
                    "PartyIds": [f"party-{party.code}"],
                    "SequenceOrder": party.ballot_number,
                    "VoteCounts": counts,
                }
            )
        if election.has_against_all:
            selections.append(_against_all(blue_units, BallotKind.PARTY_LIST, ""))
        out.append(
            {
                "@id": "contest-party-list",
                "@type": T + "PartyContest",
                "Name": election.ballot(BallotKind.PARTY_LIST).names.en,
                "ElectionDistrictId": gp("CEC"),
                "SequenceOrder": 1,
                "ContestSelection": selections,
            }
        )
    if election.has_ballot(BallotKind.CONSTITUENCY):
        whole = {d.district_number for d in decs}
        decided: dict[int, Any] = {}
        if whole:
            green = compute_results(engine, None, BallotKind.CONSTITUENCY)
            decided = {d.number: d for d in green.districts if d.number in whole}
        by_district: dict[int, list[CandidateRow]] = defaultdict(list)
        for c in candidates:
            by_district[c.district_number].append(c)
        for number in sorted({p.district_number for p in chosen if p.district_number}):
            district = election.district(number)
            green_units = [
                u
                for u in units.values()
                if BallotKind.CONSTITUENCY in u.sums and u.districts == {number}
            ]
            selections = [
                {
                    "@id": f"sel-{c.code}",
                    "@type": T + "CandidateSelection",
                    "CandidateIds": [f"cand-{c.code}"],
                    "SequenceOrder": c.ballot_position,
                    "VoteCounts": _counts(
                        green_units, BallotKind.CONSTITUENCY, VOTE_PREFIX + c.code
                    ),
                }
                for c in by_district[number]
            ]
            if election.has_against_all:
                selections.append(_against_all(green_units, BallotKind.CONSTITUENCY, f"-{number}"))
            result = decided.get(number)
            if result is not None and result.outcome is DistrictOutcome.ELECTED:
                won = result.winner.candidate_id if result.winner else None
                for c in by_district[number]:
                    status[c.code] = "winner" if c.code == won else "defeated"
            out.append(
                {
                    "@id": f"contest-district-{number}",
                    "@type": T + "CandidateContest",
                    "Name": district.names.en,
                    "ElectionDistrictId": gp(dec_code(number)),
                    "SequenceOrder": 1 + number,
                    "VotesAllowed": 1,
                    "NumberElected": 1,
                    "ContestSelection": selections,
                }
            )
    return {"list": out, "status": status}


def _candidate(c: CandidateRow, contests: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": f"cand-{c.code}",
        "@type": T + "Candidate",
        "BallotName": _text(kk=c.name, ru=c.name_ru),
    }
    if c.nomination != "independent":
        data["PartyId"] = f"party-{c.nomination}"
    if c.code in contests["status"]:
        data["PostElectionStatus"] = contests["status"][c.code]
    return data
