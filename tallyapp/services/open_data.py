"""Results for publication: CSV open data (one row per precinct per ballot, every figure).
The NIST SP 1500-100 report is `services.cdf`."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.services.pdf_export import precincts_under
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
