"""Results for publication: CSV open data (one row per precinct per ballot, every figure) and
the NIST SP 1500-100 Election Results Common Data Format (JSON)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import CEC_CODE
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.results import compute_results
from tallyapp.services.setup import election_of
from tallyapp.storage.tables import (
    CandidateRow,
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
)


def _rows(engine: Engine, commission: str, ballot: BallotKind) -> list[dict[str, Any]]:
    numbers = set(precincts_under(engine, commission, ballot))
    with Session(engine) as s:
        election = election_of(s)
        data = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.name),
                col(PrecinctRow.region_code),
                col(PrecinctRow.district_number),
                col(CommissionRow.code),
                col(ProtocolRow.state),
                col(ProtocolVersionRow.id),
                col(ProtocolVersionRow.number),
                col(ProtocolVersionRow.fingerprint),
            )
            .join(CommissionRow, col(CommissionRow.id) == col(PrecinctRow.tec_id))
            .outerjoin(
                ProtocolRow,
                (col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
                & (col(ProtocolRow.ballot) == ballot.value),
            )
            .outerjoin(
                ProtocolVersionRow,
                col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
            )
            .where(col(PrecinctRow.election_id) == election.id)
            .order_by(col(PrecinctRow.id))
        ).all()
        lines: dict[int, dict[str, int]] = {}
        for vid, key, value in s.execute(
            select(
                col(ProtocolLineRow.version_id),
                col(ProtocolLineRow.key),
                col(ProtocolLineRow.value),
            )
            .join(
                ProtocolRow, col(ProtocolRow.current_version_id) == col(ProtocolLineRow.version_id)
            )
            .where(
                col(ProtocolRow.election_id) == election.id, col(ProtocolRow.ballot) == ballot.value
            )
        ):
            lines.setdefault(vid, {})[key] = value
    rows = []
    for number, name, region, district, tec, state, version_id, version, digest in data:
        if number not in numbers:
            continue
        rows.append(
            {
                "precinct": number,
                "name": name,
                "region": region,
                "tec": tec,
                "district": district,
                "state": state or "missing",
                "version": version,
                "fingerprint": digest,
                "lines": lines.get(version_id, {}) if version_id else {},
            }
        )
    return rows


def export_csv(engine: Engine, commission: str, ballot: BallotKind) -> str:
    """One row per precinct: identity, state, fingerprint, every header figure, then votes.

    Party list: one column per party. Constituency: candidate and votes columns for each
    ballot position (districts have different candidates)."""
    with Session(engine) as s:
        election = election_of(s)
        # Candidates in the order of the green ballot, as the register numbers them.
        position = {
            code: number
            for code, number in s.execute(
                select(col(CandidateRow.code), col(CandidateRow.ballot_position)).where(
                    col(CandidateRow.election_id) == election.id
                )
            )
        }
    fields = list(election.ballot(ballot).field_keys)
    rows = _rows(engine, commission, ballot)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    head = [
        "election",
        "ballot",
        "region",
        "tec",
        "precinct",
        "precinct_name",
        "district",
        "state",
        "version",
        "fingerprint",
        *fields,
        "against_all",
    ]
    if ballot is BallotKind.PARTY_LIST:
        parties = [p.code for p in election.parties_in_ballot_order()]
        writer.writerow(head + parties)
    else:
        width = max(
            (sum(1 for k in r["lines"] if k.startswith(VOTE_PREFIX)) for r in rows), default=0
        )
        writer.writerow(
            head + [f"{w}_{i}" for i in range(1, width + 1) for w in ("candidate", "votes")]
        )
    for r in rows:
        base = [
            election.id,
            ballot.value,
            r["region"],
            r["tec"],
            r["precinct"],
            r["name"],
            r["district"] if r["district"] is not None else "",
            r["state"],
            r["version"] or "",
            r["fingerprint"] or "",
            *[r["lines"].get(f, "") for f in fields],
            r["lines"].get(AGAINST_ALL, ""),
        ]
        votes = {
            k[len(VOTE_PREFIX) :]: v for k, v in r["lines"].items() if k.startswith(VOTE_PREFIX)
        }
        if ballot is BallotKind.PARTY_LIST:
            writer.writerow(base + [votes.get(p, "") for p in parties])
        else:
            # Ballot order; codes the register does not number after them, D08-2 before D08-10.
            order = sorted(votes, key=lambda c: (position.get(c, 10**6), _natural(c)))
            pairs = [x for code in order for x in (code, votes[code])]
            writer.writerow(base + pairs)
    return out.getvalue()


def _natural(code: str) -> list[object]:
    """A sort key reading digit runs as numbers."""
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code)]


def export_cdf(engine: Engine) -> dict[str, Any]:
    """The results as a NIST SP 1500-100 ElectionReport (JSON): the party-list contest by
    region and the district contests, with vote counts by reporting unit."""
    blue = compute_results(engine, None, BallotKind.PARTY_LIST)
    election = blue.election
    with Session(engine) as s:
        candidates = list(
            s.scalars(select(CandidateRow).where(col(CandidateRow.election_id) == election.id))
        )
    units: list[dict[str, Any]] = [
        {
            "@id": "gp-KZ",
            "@type": "ElectionResults.ReportingUnit",
            "Type": "country",
            "Name": _text("Kazakhstan", "Қазақстан", "Казахстан"),
            "ComposingGpUnitIds": [f"gp-{r.code}" for r in election.regions],
        }
    ]
    for region in election.regions:
        units.append(
            {
                "@id": f"gp-{region.code}",
                "@type": "ElectionResults.ReportingUnit",
                "Type": "state",
                "Name": _text(region.names.en, region.names.kk, region.names.ru),
                "ComposingGpUnitIds": [f"gp-district-{d}" for d in region.districts],
            }
        )
    for district in election.districts:
        units.append(
            {
                "@id": f"gp-district-{district.number}",
                "@type": "ElectionResults.ReportingUnit",
                "Type": "congressional",
                "Name": _text(district.names.en, district.names.kk, district.names.ru),
            }
        )
    parties = [
        {
            "@id": f"party-{p.code}",
            "@type": "ElectionResults.Party",
            "Abbreviation": p.code,
            "Name": _text(p.names.en, p.names.kk, p.names.ru),
        }
        for p in election.parties
    ]

    def counts(totals_by_unit: list[tuple[str, int]]) -> list[dict[str, Any]]:
        return [
            {"@type": "ElectionResults.VoteCounts", "GpUnitId": unit, "Count": n, "Type": "total"}
            for unit, n in totals_by_unit
        ]

    regions = {c.code: c for c in blue.tree.children}
    selections = []
    for party in election.parties_in_ballot_order():
        selections.append(
            {
                "@id": f"sel-{party.code}",
                "@type": "ElectionResults.PartySelection",
                "PartyIds": [f"party-{party.code}"],
                "SequenceOrder": party.ballot_number,
                "VoteCounts": counts(
                    [("gp-KZ", blue.tree.totals.votes.get(party.code, 0))]
                    + [
                        (f"gp-{code}", node.totals.votes.get(party.code, 0))
                        for code, node in regions.items()
                    ]
                ),
            }
        )
    selections.append(
        {
            "@id": "sel-against-all",
            "@type": "ElectionResults.BallotMeasureSelection",
            "Selection": _text("Against all", "Барлығына қарсы", "Против всех"),
            "VoteCounts": counts([("gp-KZ", blue.tree.totals.against_all)]),
        }
    )
    contests: list[dict[str, Any]] = [
        {
            "@id": "contest-party-list",
            "@type": "ElectionResults.PartyContest",
            "Name": "Mäjilis party list",
            "ElectionDistrictId": "gp-KZ",
            "VotesAllowed": 1,
            "ContestSelection": selections,
            "OtherCounts": [
                {
                    "@type": "ElectionResults.OtherCounts",
                    "GpUnitId": "gp-KZ",
                    "Overvotes": 0,
                    "Undervotes": blue.tree.totals.fields.get("invalid", 0),
                }
            ],
        }
    ]
    candidate_records = []
    if election.has_ballot(BallotKind.CONSTITUENCY):
        green = compute_results(engine, None, BallotKind.CONSTITUENCY)
        dec_totals = {}
        for node in green.tree.children:
            dec_totals[node.code] = node.totals
        for c in candidates:
            candidate_records.append(
                {
                    "@id": f"cand-{c.code}",
                    "@type": "ElectionResults.Candidate",
                    "BallotName": _text(c.name, c.name, c.name),
                    **(
                        {"PartyId": f"party-{c.nomination}"}
                        if c.nomination != "independent"
                        else {}
                    ),
                }
            )
        for district in election.districts:
            totals = dec_totals.get(f"DEC-{district.number:02d}")
            result = next((d for d in green.districts if d.number == district.number), None)
            contest_selections = [
                {
                    "@id": f"sel-{c.code}",
                    "@type": "ElectionResults.CandidateSelection",
                    "CandidateIds": [f"cand-{c.code}"],
                    **({"IsWriteIn": False}),
                    "VoteCounts": counts(
                        [
                            (
                                f"gp-district-{district.number}",
                                totals.votes.get(c.code, 0) if totals else 0,
                            )
                        ]
                    ),
                }
                for c in candidates
                if c.district_number == district.number
            ]
            winner = result.winner.candidate_id if result and result.winner else None
            contests.append(
                {
                    "@id": f"contest-district-{district.number}",
                    "@type": "ElectionResults.CandidateContest",
                    "Name": district.names.en,
                    "ElectionDistrictId": f"gp-district-{district.number}",
                    "VotesAllowed": 1,
                    "NumberElected": 1,
                    "ContestSelection": contest_selections,
                    **({"WinnerCandidateIds": [f"cand-{winner}"]} if winner else {}),
                }
            )
    complete = blue.tree.completeness.accepted == blue.tree.completeness.expected
    return {
        "@type": "ElectionResults.ElectionReport",
        "Format": "summary-contest",
        "GeneratedDate": datetime.now(UTC).isoformat(timespec="seconds"),
        "Issuer": "Central Election Commission of Kazakhstan",
        "IssuerAbbreviation": CEC_CODE,
        "SequenceStart": 1,
        "SequenceEnd": 1,
        "Status": "unofficial-complete" if complete else "unofficial-partial",
        "VendorApplicationId": "tallyapp",
        "GpUnit": units,
        "Party": parties,
        "Election": [
            {
                "@type": "ElectionResults.Election",
                "Name": _text(election.names.en, election.names.kk, election.names.ru),
                "StartDate": election.date,
                "EndDate": election.date,
                "Type": "general",
                "ElectionScopeId": "gp-KZ",
                "Candidate": candidate_records,
                "Contest": contests,
            }
        ],
    }


def _text(en: str, kk: str, ru: str) -> dict[str, Any]:
    return {
        "@type": "ElectionResults.InternationalizedText",
        "Text": [
            {"@type": "ElectionResults.LanguageString", "Language": "en", "Content": en},
            {"@type": "ElectionResults.LanguageString", "Language": "kk", "Content": kk},
            {"@type": "ElectionResults.LanguageString", "Language": "ru", "Content": ru},
        ],
    }
