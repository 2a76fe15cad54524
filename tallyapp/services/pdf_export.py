"""Printing and exporting protocols: gather what the form shows, render it, attach the data,
and sign it with the commission's key."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlmodel import col

from tallyapp.domain.authority import precinct_of
from tallyapp.domain.checks import check_protocol
from tallyapp.domain.election import BallotKind, Names
from tallyapp.domain.errors import TallyError
from tallyapp.domain.protocol import results_fingerprint, summary_fingerprint
from tallyapp.domain.tabulation import nominated_by
from tallyapp.reports import payload as qr
from tallyapp.reports.layout import DigitalStamp, Signer, decimal, warning_on_every_page
from tallyapp.reports.pdf_file import RESULTS_ATTACHMENT, SUMMARY_ATTACHMENT, attach_json
from tallyapp.reports.protocol_pdf import ProtocolDocument, ProtocolLine, render_protocol
from tallyapp.reports.summary_pdf import (
    DistrictWinner,
    IncludedProtocol,
    PartyResult,
    ResultsDocument,
    SummaryDocument,
    render_results,
    render_summary,
)
from tallyapp.reports.texts import line_words
from tallyapp.reports.texts import names as form_names
from tallyapp.reports.texts import words as form_words
from tallyapp.services.audit import audit_precincts, refuse_if_broken
from tallyapp.services.checkpoints import current_root
from tallyapp.services.entry import EntryService, sheet_lines
from tallyapp.services.publication import Publication, guard_publication
from tallyapp.services.rehearsal import is_rehearsal
from tallyapp.services.results import Results, compute_results
from tallyapp.services.setup import election_of
from tallyapp.storage.commissions import read_commission_tree
from tallyapp.storage.protocols import Actor, load_current, precinct_row
from tallyapp.storage.rosters import load_rosters
from tallyapp.storage.tables import (
    CommissionRow,
    PrecinctRow,
    ProtocolLineRow,
    ProtocolRow,
    ProtocolVersionRow,
    SigningRow,
)


class ExportError(TallyError):
    code = "export.refused"


@dataclass(frozen=True)
class ExportedPdf:
    data: bytes
    fingerprint: str
    payload: str


def _names(row: CommissionRow) -> Names:
    return Names(row.name_kk, row.name_ru, row.name_en)


def commission_names(engine: Engine, code: str) -> Names:
    """A commission's name in the three languages: a precinct's commission by its number,
    any other from the commission tree (its code where the tree has no such row)."""
    number = precinct_of(code)
    if number is not None:
        return Names(*(w.format(number=number) for w in form_words("precinct_commission")))
    with Session(engine) as s:
        row = s.scalars(select(CommissionRow).where(col(CommissionRow.code) == code)).first()
    return _names(row) if row is not None else Names(code, code, code)


def protocol_document(
    engine: Engine,
    number: str,
    ballot: BallotKind,
    copy: int = 1,
    stamp: DigitalStamp | None = None,
    service: EntryService | None = None,
) -> tuple[ProtocolDocument, dict[str, object]]:
    """The printed form of a precinct's current protocol, and the JSON to attach to it.
    `service`: a reader made once for a whole batch (it reads the election and rosters)."""
    service = service or EntryService(engine, Actor("export", "export"))
    election = service.election
    with Session(engine) as s:
        stored = load_current(s, election.id, number, ballot)
        if stored is None:
            raise ExportError("export.no-protocol", precinct=number, ballot=ballot.value)
        precinct = precinct_row(s, election.id, number)
        tec = s.get(CommissionRow, precinct.tec_id)
        assert tec is not None
        version_id = s.scalar(
            select(col(ProtocolRow.current_version_id)).where(
                col(ProtocolRow.id) == stored.protocol_id
            )
        )
        signing_row = s.scalars(
            select(SigningRow).where(col(SigningRow.version_id) == version_id)
        ).first()
    info = service.precinct(number)
    candidates = (
        service.candidates(info.district)
        if (ballot is BallotKind.CONSTITUENCY and info.district is not None)
        else []
    )
    lines = sheet_lines(election, ballot, candidates, line_words())
    protocol = stored.protocol
    values = {
        **protocol.fields,
        "against_all": protocol.against_all,
        **{f"vote:{k}": v for k, v in protocol.votes.items()},
    }
    signing: dict[str, object] | None = None
    signers: tuple[Signer, ...] = ()
    if signing_row is not None:
        members = json.loads(signing_row.members)
        signers = tuple(Signer(m["name"], m["role"], m["present"]) for m in members)
        signing = {
            "signed_at": signing_row.signed_at.isoformat(),
            "chair": signing_row.chair,
            "secretary": signing_row.secretary,
            "members": members,
            "explanations": json.loads(signing_row.explanations),
            "dissent": json.loads(signing_row.dissent),
        }
    elif roster := service.members(number):
        signers = tuple(Signer(m.name, m.role, None) for m in roster)  # marked at signing
    district = election.district(info.district).names if info.district is not None else None
    document = ProtocolDocument(
        election=election.names,
        ballot=election.ballot(ballot).names,
        precinct=number,
        precinct_name=info.name,
        commission=_names(tec),
        district=district,
        lines=tuple(
            ProtocolLine(line.number, line.names, values.get(line.key, 0)) for line in lines
        ),
        version=stored.version_number,
        kind=stored.version_kind,
        reason=stored.reason,
        state=stored.state.value,
        signed_at=signing_row.signed_at if signing_row else None,
        signers=signers,
        fingerprint=stored.fingerprint,
        payload=qr.encode(
            protocol,
            election,
            stored.version_number,
            stored.version_kind,
            stored.state.value,
            {info.district: [code for code, _name, _by in candidates]}
            if info.district is not None and candidates
            else None,
        ),
        explanations=json.loads(signing_row.explanations) if signing_row else {},
        # The definition's checks by their names; a built-in check (C5) by its id.
        check_names={
            v.check_id: v.names
            for v in check_protocol(protocol, election.ballot(ballot)).verdicts
            if v.names is not None
        },
        dissent=tuple((d["name"], d["text"]) for d in json.loads(signing_row.dissent))
        if signing_row
        else (),
        copy=copy,
        stamp=stamp,
    )
    data = qr.attachment(
        protocol,
        stored.version_number,
        stored.version_kind,
        stored.state.value,
        stored.reason,
        tec.code,
        signing,
        [(line.number, line.key, values.get(line.key, 0)) for line in lines],
    )
    if signing_row is not None:
        # Who was present, by IIN, as the signed record of an import names them: with the
        # chair absent, the deputy's or secretary's signature is checked against this.
        data["members_present"] = [
            {"iin": iin} for iin in _present_iins(json.loads(signing_row.members))
        ]
    return document, data


def _present_iins(members: list[dict[str, object]]) -> list[str]:
    return [str(m["iin"]) for m in members if m.get("present") and m.get("iin")]


def present_at_finalising(engine: Engine, number: str, ballot: BallotKind) -> list[str] | None:
    """The IINs of the members marked present when the precinct's current protocol was
    finalised; None when it was not (or nobody present has an IIN here)."""
    with Session(engine) as s:
        election = election_of(s)
        stored = load_current(s, election.id, number, ballot)
        if stored is None:
            return None
        members = s.scalar(
            select(col(SigningRow.members))
            .join(ProtocolRow, col(ProtocolRow.current_version_id) == col(SigningRow.version_id))
            .where(col(ProtocolRow.id) == stored.protocol_id)
        )
    if not members:
        return None
    return _present_iins(json.loads(members)) or None


def present_at_finalising_of(
    engine: Engine, numbers: list[str], ballot: BallotKind
) -> dict[str, list[str]]:
    """`present_at_finalising` for many precincts in one query (a batch to sign): by precinct
    number, the IINs marked present; a precinct not finalised (or with nobody present known
    by IIN) is left out."""
    wanted = set(numbers)
    with Session(engine) as s:
        election = election_of(s)
        rows = s.execute(
            select(col(PrecinctRow.number), col(SigningRow.members))
            .join(ProtocolRow, col(ProtocolRow.current_version_id) == col(SigningRow.version_id))
            .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
            .where(
                col(ProtocolRow.election_id) == election.id,
                col(ProtocolRow.ballot) == ballot.value,
            )
        ).all()
    found = {n: _present_iins(json.loads(m)) for n, m in rows if n in wanted and m}
    return {n: iins for n, iins in found.items() if iins}


def export_protocol(
    engine: Engine,
    number: str,
    ballot: BallotKind,
    lang: str = "kk+ru",
    copy: int = 1,
    stamp: DigitalStamp | None = None,
    service: EntryService | None = None,
    despite_audit_failure: bool = False,
    publication: Publication | None = None,
) -> ExportedPdf:
    """The protocol as a PDF with the JSON attached, unsigned; with the `stamp` of the key
    about to sign it (`signatures.key_holder_may_sign`, then `sign_document`). `publication`:
    what a batch's one guard found (else this asks `guard_publication` itself)."""
    if publication is None:
        publication = guard_publication(engine, despite_audit_failure)
    document, data = protocol_document(engine, number, ballot, copy, stamp, service)
    # A printed protocol is what gets signed: never over figures whose record was altered.
    refuse_if_broken(audit_precincts(engine, str(data["election"]), [number]))
    if is_rehearsal(engine):  # on every page and in the data
        document = replace(document, rehearsal=True)
        data["rehearsal"] = True
    with warning_on_every_page(publication.stamp):
        pdf = render_protocol(document, lang)
    # What each row prints, so that `verify` can read every row back exactly as printed.
    data["lang"] = lang
    data["record_head"] = _record_head(engine, str(data["election"]), number, ballot)
    rows: list[dict[str, object]] = data["lines"]  # type: ignore[assignment]
    for row, printed in zip(rows, document.lines, strict=True):
        row["label"] = printed.names.get(lang)
    return ExportedPdf(
        attach_json(pdf, data, "protocol.json"), document.fingerprint, document.payload
    )


def _summary_lines(results: Results) -> tuple[tuple[str, ProtocolLine], ...]:
    """The numbered lines of a summary form, each with the line key it prints."""
    election = results.election
    totals = results.tree.totals
    lines: list[tuple[str, ProtocolLine]] = []

    def add(key: str, names: Names, value: int) -> None:
        lines.append((key, ProtocolLine(len(lines) + 1, names, value)))

    for f in election.ballot(results.ballot).fields:
        add(f.key, f.names, totals.fields.get(f.key, 0))
    if results.ballot is BallotKind.PARTY_LIST:
        for party in election.parties_in_ballot_order():
            add(f"vote:{party.code}", party.names, totals.votes.get(party.code, 0))
    else:
        # The candidates in the register's ballot positions (results.candidates is in that
        # order), whatever order the database returned the sums in.
        position = {code: i for i, code in enumerate(results.candidates)}
        ordered = sorted(totals.votes, key=lambda c: (position.get(c, len(position)), c))
        for code in ordered:
            votes = totals.votes[code]
            info = results.candidates.get(code)
            if info is None:
                names = Names(code, code, code)
            else:
                by = nominated_by(election, info.nomination, form_names("self_nominated"))
                names = Names(*(f"{info.name} ({n})" for n in (by.kk, by.ru, by.en)))
            add(f"vote:{code}", names, votes)
    if election.has_against_all:
        add(
            "against_all",
            form_names("against_all"),
            totals.against_all,
        )
    return tuple(lines)


def _printed_rows(lines: tuple[tuple[str, ProtocolLine], ...], lang: str) -> list[dict[str, Any]]:
    """Each line as the form prints it, attached so that `verify` reads every row back."""
    return [
        {"number": line.number, "key": key, "value": line.value, "label": line.names.get(lang)}
        for key, line in lines
    ]


def _roster_signers(engine: Engine, election_id: str, commission: str) -> tuple[Signer, ...]:
    """The commission's members as its roster names them, presence marked at the signing."""
    with Session(engine) as s:
        roster = load_rosters(s, election_id, [commission]).get(commission)
    members = roster.members if roster else ()
    return tuple(Signer(m.name, m.role.value, None) for m in members if m.role.value != "observer")


def _precincts_of_tec(
    engine: Engine, tec_code: str, ballot: BallotKind
) -> tuple[IncludedProtocol, ...]:
    with Session(engine) as s:
        election = election_of(s)
        tec_id = s.scalar(
            select(col(CommissionRow.id)).where(
                col(CommissionRow.election_id) == election.id, col(CommissionRow.code) == tec_code
            )
        )
        rows = s.execute(
            select(
                col(PrecinctRow.number),
                col(PrecinctRow.name),
                col(PrecinctRow.district_number),
                col(ProtocolRow.state),
                col(ProtocolVersionRow.fingerprint),
                col(ProtocolLineRow.value),
            )
            .select_from(PrecinctRow)
            .outerjoin(
                ProtocolRow,
                (col(ProtocolRow.precinct_id) == col(PrecinctRow.id))
                & (col(ProtocolRow.ballot) == ballot.value),
            )
            .outerjoin(
                ProtocolVersionRow,
                col(ProtocolVersionRow.id) == col(ProtocolRow.current_version_id),
            )
            .outerjoin(
                ProtocolLineRow,
                (col(ProtocolLineRow.version_id) == col(ProtocolRow.current_version_id))
                & (col(ProtocolLineRow.key) == "ballots_in_boxes"),
            )
            .where(col(PrecinctRow.tec_id) == tec_id)
            .order_by(col(PrecinctRow.id))
        ).all()
    return tuple(
        IncludedProtocol(
            number,
            name,
            1,
            int(state == "accepted"),
            value or 0,
            f"{state or 'missing'}" + (f" · {digest[:16]}" if digest else ""),
        )
        for number, name, district, state, digest, value in rows
        if ballot is BallotKind.PARTY_LIST or district is not None
    )


def export_summary(
    engine: Engine,
    commission: str,
    ballot: BallotKind,
    lang: str = "kk+ru",
    copy: int = 1,
    stamp: DigitalStamp | None = None,
    despite_audit_failure: bool = False,
) -> bytes:
    """The summary protocol of a TEC, DEC, regional commission or the CEC, recomputed."""
    publication = guard_publication(engine, despite_audit_failure)
    results = compute_results(engine, commission, ballot, lang)
    tree = results.tree
    with Session(engine) as s:
        row = s.scalars(
            select(CommissionRow).where(
                col(CommissionRow.election_id) == results.election.id,
                col(CommissionRow.code) == tree.code,
            )
        ).one()
    if tree.level == "tec":
        included = _precincts_of_tec(engine, tree.code, ballot)
    else:
        included = tuple(
            IncludedProtocol(
                c.code,
                c.name,
                c.completeness.expected,
                c.completeness.accepted,
                c.totals.fields.get("ballots_in_boxes", 0),
            )
            for c in tree.children
        )
    c = tree.completeness
    totals = tree.totals
    figures: dict[str, Any] = {
        "election": results.election.id,
        "commission": tree.code,
        "ballot": ballot.value,
        "fields": {k: totals.fields.get(k, 0) for k in results.election.ballot(ballot).field_keys},
        "votes": dict(totals.votes),
        "against_all": totals.against_all,
        "precincts": c.accepted,
    }
    digest = summary_fingerprint(figures)
    lines = _summary_lines(results)
    document = SummaryDocument(
        election=results.election.names,
        ballot=results.election.ballot(ballot).names,
        commission=_names(row),
        lines=tuple(line for _key, line in lines),
        included=included,
        expected=c.expected,
        received=c.received,
        accepted=c.accepted,
        missing=c.missing,
        made_at=datetime.now().astimezone(),  # the commission's clock, with its zone
        fingerprint=digest,
        signers=_roster_signers(engine, results.election.id, tree.code),
        copy=copy,
        stamp=stamp,
        rehearsal=is_rehearsal(engine),
    )
    with warning_on_every_page(publication.stamp):
        pdf = render_summary(document, lang)
    # The figures travel with the form, as a precinct protocol's do: verify reads every row
    # back, and the commission above compares them with its own sum.
    data = {
        "format": "tallyapp-summary",
        "format_version": 1,
        **figures,
        "fingerprint": digest,
        "lang": lang,
        "lines": _printed_rows(lines, lang),
        "record_root": current_root(engine),  # the record it was made from (checkpoints)
        **({"rehearsal": True} if document.rehearsal else {}),
    }
    return attach_json(pdf, data, SUMMARY_ATTACHMENT)


def _record_head(engine: Engine, election_id: str, number: str, ballot: BallotKind) -> str:
    """The newest hash of the protocol's chain: the record this document was made from."""
    with Session(engine) as s:
        found = s.scalar(
            select(col(ProtocolRow.record_hash))
            .join(PrecinctRow, col(PrecinctRow.id) == col(ProtocolRow.precinct_id))
            .where(
                col(ProtocolRow.election_id) == election_id,
                col(PrecinctRow.number) == number,
                col(ProtocolRow.ballot) == ballot.value,
            )
        )
    return str(found or "")


def export_results(
    engine: Engine,
    lang: str = "kk+ru",
    copy: int = 1,
    stamp: DigitalStamp | None = None,
    despite_audit_failure: bool = False,
) -> bytes:
    """The CEC's final results: national totals, seats by party, district winners."""
    publication = guard_publication(engine, despite_audit_failure)
    blue = compute_results(engine, None, BallotKind.PARTY_LIST, lang)
    election = blue.election
    parties = []
    if blue.seats is not None:
        by_code = {p.code: p for p in blue.seats.parties}
        for party in election.parties_in_ballot_order():
            seat = by_code[party.code]
            parties.append(
                PartyResult(
                    party.code,
                    party.names,
                    seat.votes,
                    float(seat.share_percent),
                    seat.passed,
                    seat.seats,
                )
            )
    districts: list[DistrictWinner] = []
    if election.has_ballot(BallotKind.CONSTITUENCY):
        green = compute_results(engine, None, BallotKind.CONSTITUENCY, lang)
        for d in green.districts:
            winner, runner_up = d.winner, d.runner_up

            def who(code: str | None, results: Results = green) -> tuple[str, str]:
                info = results.candidates.get(code or "")
                if info is None:
                    return ("—", "")
                by = nominated_by(election, info.nomination, form_names("self_nominated"))
                return (info.name, by.get(lang))

            districts.append(
                DistrictWinner(
                    d.number,
                    election.district(d.number).names,
                    who(winner.candidate_id)[0] if winner else d.outcome.value,
                    who(winner.candidate_id)[1] if winner else "",
                    winner.votes if winner else 0,
                    100.0 * winner.votes / d.valid if winner and d.valid else 0.0,
                    who(runner_up.candidate_id)[0] if runner_up else "—",
                    runner_up.votes if runner_up else 0,
                    d.outcome.value,
                )
            )
    with Session(engine) as s:
        cec = s.scalars(
            select(CommissionRow).where(
                col(CommissionRow.election_id) == election.id, col(CommissionRow.level) == "cec"
            )
        ).one()
    notes: tuple[str, ...] = ()
    if blue.seats_error:
        notes = (blue.seats_error,)
    totals = _summary_lines(blue)[:7]  # the header lines: the national totals
    figures: dict[str, Any] = {
        "election": election.id,
        "commission": cec.code,
        "fields": {key: line.value for key, line in totals},
        "parties": [{"code": p.code, "votes": p.votes, "seats": p.seats} for p in parties],
        "against_all": blue.tree.totals.against_all,
        "districts": [
            {"number": d.number, "winner": d.winner, "votes": d.votes} for d in districts
        ],
    }
    digest = results_fingerprint(figures)
    document = ResultsDocument(
        election=election.names,
        commission=_names(cec),
        parties=tuple(parties),
        against_all=blue.tree.totals.against_all,
        threshold_percent=float(election.threshold.percent),
        threshold_votes=blue.seats.threshold_votes if blue.seats else 0,
        seats_total=election.seats_party_list,
        districts=tuple(districts),
        totals=tuple(line for _key, line in totals),
        notes=notes,
        made_at=datetime.now().astimezone(),  # the commission's clock, with its zone
        fingerprint=digest,
        signers=_roster_signers(engine, election.id, cec.code),
        copy=copy,
        stamp=stamp,
        rehearsal=is_rehearsal(engine),
    )
    with warning_on_every_page(publication.stamp):
        pdf = render_results(document, lang)
    data = {
        "format": "tallyapp-results",
        "format_version": 1,
        **figures,
        "fingerprint": digest,
        "lang": lang,
        "lines": _printed_rows(totals, lang),
        "party_rows": [
            {
                "label": p.names.get(lang),
                "votes": p.votes,
                "percent": decimal(p.percent, lang),
                "seats": p.seats,
            }
            for p in parties
        ],
        **({"rehearsal": True} if document.rehearsal else {}),
    }
    return attach_json(pdf, data, RESULTS_ATTACHMENT)


def is_precinct(engine: Engine, code: str) -> bool:
    with Session(engine) as s:
        election = election_of(s)
        return (
            s.scalar(
                select(col(PrecinctRow.id)).where(
                    col(PrecinctRow.election_id) == election.id, col(PrecinctRow.number) == code
                )
            )
            is not None
        )


def precincts_under(engine: Engine, code: str, ballot: BallotKind) -> list[str]:
    """Precinct numbers under a commission (a TEC, a region, a DEC or the CEC)."""
    with Session(engine) as s:
        election = election_of(s)
        commissions = list(
            s.scalars(select(CommissionRow).where(col(CommissionRow.election_id) == election.id))
        )
        root = next((c for c in commissions if c.code == code), None)
        if root is None:
            raise ExportError("commission.unknown", commission=code)
        query = (
            select(col(PrecinctRow.number), col(PrecinctRow.district_number))
            .where(col(PrecinctRow.election_id) == election.id)
            .order_by(col(PrecinctRow.id))
        )
        if root.level == "dec":
            query = query.where(col(PrecinctRow.district_number) == root.district_number)
        elif root.level != "cec":
            ids = {c.code: c.id for c in commissions}
            tecs = read_commission_tree(s, election.id).under(code, "tec")
            query = query.where(col(PrecinctRow.tec_id).in_([ids[t] for t in tecs]))
        rows = s.execute(query).all()
    return [n for n, district in rows if ballot is BallotKind.PARTY_LIST or district is not None]
