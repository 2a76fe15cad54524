"""The anomaly report of a commission: statistics over its accepted precinct protocols, and
observers' copies compared with the official protocols. It never changes a result."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.anomalies import (
    Finding,
    PrecinctShare,
    copy_differences,
    high_turnout,
    identical_protocols,
    last_digit_finding,
    last_digit_test,
    round_percentages,
    turnout_share_outliers,
)
from tallyapp.domain.election import BallotKind
from tallyapp.domain.lines import AGAINST_ALL, VOTE_PREFIX
from tallyapp.services.results import compute_results
from tallyapp.storage.tables import ProtocolLineRow, ProtocolRow, ReceivedRow

if TYPE_CHECKING:  # the import machinery (signatures, worker processes) when anomalies are asked
    from tallyapp.services.exchange import Register


@dataclass(frozen=True)
class AnomalyReport:
    commission: str
    protocols: int
    findings: tuple[Finding, ...]


def anomaly_report(
    engine: Engine, commission: str | None = None, lang: str = "en"
) -> AnomalyReport:
    """Every finding about a commission's results; commissions named in `lang`."""
    results = compute_results(engine, commission, BallotKind.PARTY_LIST, lang)
    election = results.election
    code = results.tree.code
    findings: list[Finding] = []

    # Percentages of the commission and of each commission below it, as a CEC publishes them.
    shares = {node.name: dict(node.totals.votes) for node in (results.tree, *results.tree.children)}
    bases = {node.name: node.totals.valid for node in (results.tree, *results.tree.children)}
    findings += round_percentages(shares, bases)

    with engine.connect() as conn:
        from tallyapp.services.exchange import Register

        register = Register.load(conn, with_heads=False)
        # A single precinct's results (drilled down to) look at that precinct alone.
        ids = (
            [register.precincts[code][0]]
            if results.tree.level == "precinct"
            else register.precinct_ids_under(code)
        )
        number_of = {pid: number for number, (pid, _t, _d) in register.precincts.items()}
        lines: dict[int, dict[str, int]] = defaultdict(dict)
        for i in range(0, len(ids), 900):
            for pid, key, value in conn.execute(
                select(
                    col(ProtocolRow.precinct_id),
                    col(ProtocolLineRow.key),
                    col(ProtocolLineRow.value),
                )
                .join(
                    ProtocolLineRow,
                    col(ProtocolLineRow.version_id) == col(ProtocolRow.current_version_id),
                )
                .where(
                    col(ProtocolRow.precinct_id).in_(ids[i : i + 900]),
                    col(ProtocolRow.ballot) == BallotKind.PARTY_LIST.value,
                    col(ProtocolRow.state) == "accepted",
                )
            ):
                lines[pid][key] = value
    parties = [p.code for p in election.parties_in_ballot_order()]
    leader = max(parties, key=lambda c: results.tree.totals.votes.get(c, 0))
    rows, figures, votes = [], {}, []
    for pid, line in lines.items():
        number = number_of[pid]
        valid = sum(line.get(VOTE_PREFIX + p, 0) for p in parties) + line.get(AGAINST_ALL, 0)
        rows.append(
            PrecinctShare(
                number,
                line.get("voters_on_list", 0),
                line.get("ballots_in_boxes", 0),
                line.get(VOTE_PREFIX + leader, 0),
                valid,
            )
        )
        figures[number] = (
            line.get("ballots_in_boxes", 0),
            *(line.get(VOTE_PREFIX + p, 0) for p in parties),
            line.get(AGAINST_ALL, 0),
            line.get("invalid", 0),
        )
        votes += [line.get(VOTE_PREFIX + p, 0) for p in parties]
    findings += last_digit_finding(last_digit_test(votes), "party votes in precinct protocols")
    findings += turnout_share_outliers(rows)
    findings += high_turnout(rows)
    findings += identical_protocols(figures)
    findings += observer_differences(engine, register, set(number_of[i] for i in ids))
    return AnomalyReport(code, len(lines), tuple(findings))


def observer_differences(engine: Engine, register: Register, precincts: set[str]) -> list[Finding]:
    """Every precinct where an observer's copy differs from the official current protocol."""
    found: list[Finding] = []
    with Session(engine) as s:
        copies = s.execute(
            select(
                col(ReceivedRow.precinct),
                col(ReceivedRow.ballot),
                col(ReceivedRow.figures),
                col(ReceivedRow.fingerprint),
            ).where(col(ReceivedRow.outcome) == "observer")
        ).all()
        for precinct, ballot, text, digest in copies:
            if precinct not in precincts or text is None:
                continue
            pid = register.precincts[precinct][0]
            official = dict(
                s.execute(
                    select(col(ProtocolLineRow.key), col(ProtocolLineRow.value))
                    .join(
                        ProtocolRow,
                        col(ProtocolRow.current_version_id) == col(ProtocolLineRow.version_id),
                    )
                    .where(col(ProtocolRow.precinct_id) == pid, col(ProtocolRow.ballot) == ballot)
                ).all()
            )
            differences = copy_differences(official, json.loads(text))
            if not official:
                detail = "no official protocol yet for this precinct"
            elif not differences:
                continue
            else:
                detail = "; ".join(
                    f"{k}: official {a}, observer's copy {b}" for k, a, b in differences
                )
            found.append(
                Finding(
                    "observer",
                    f"Observer's copy differs: precinct {precinct} ({ballot})",
                    f"{detail} (copy fingerprint {digest[:16]})",
                    precincts=(precinct,),
                    score=float(len(differences)),
                    params={
                        "precinct": precinct,
                        "ballot": ballot,
                        "differences": "; ".join(f"{k}: {a} ≠ {b}" for k, a, b in differences)
                        if official
                        else "—",
                        "fingerprint": digest[:16],
                    },
                )
            )
    return found
