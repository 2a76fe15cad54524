"""Checking one protocol given as JSON: validation of its shape, then every check with numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tallyapp.domain.checks import CheckReport, Verdict, check_protocol
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol
from tallyapp.services.bounded import shown, whole
from tallyapp.services.definitions import load_election, shipped_elections
from tallyapp.services.errors import InputError


@dataclass(frozen=True)
class CheckedProtocol:
    election: Election
    protocol: Protocol
    report: CheckReport
    register_checked: bool = False  # precinct, district and candidates checked against one


@dataclass(frozen=True)
class CheckRegister:
    """What a database's register says about precincts and candidates, for `check --db`."""

    election: Election
    precincts: dict[str, int | None]  # number -> district (None: abroad, no green ballot)
    candidates: dict[int, list[str]]  # district -> codes in ballot order


def load_check_register(url: str) -> CheckRegister:
    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from sqlmodel import col

    from tallyapp.services.setup import election_of, open_engine
    from tallyapp.storage.tables import CandidateRow, PrecinctRow

    engine = open_engine(url)
    try:
        with Session(engine) as s:
            election = election_of(s)
            precincts = {
                number: district
                for number, district in s.execute(
                    select(col(PrecinctRow.number), col(PrecinctRow.district_number)).where(
                        col(PrecinctRow.election_id) == election.id
                    )
                )
            }
            candidates: dict[int, list[str]] = {}
            for district, code in s.execute(
                select(col(CandidateRow.district_number), col(CandidateRow.code))
                .where(col(CandidateRow.election_id) == election.id)
                .order_by(col(CandidateRow.ballot_position), col(CandidateRow.id))
            ):
                candidates.setdefault(district, []).append(code)
    finally:
        engine.dispose()
    return CheckRegister(election, precincts, candidates)


def _figure(value: Any, field: str, source: str) -> int:
    # Negative whole numbers pass here so that control relation C5 can explain them.
    return whole(value, field, source)


def choice_ids(election: Election, ballot: BallotKind, district: int | None) -> tuple[str, ...]:
    """The vote lines a protocol must have, in ballot order; empty if the list is open."""
    if ballot is BallotKind.PARTY_LIST:
        return tuple(p.code for p in election.parties_in_ballot_order())
    assert district is not None
    found = election.district(district)
    return tuple(c.id for c in found.candidates) if found.candidates_complete else ()


def protocol_from_json(data: Any, source: str = "", election: Election | None = None) -> Protocol:
    """Validate a protocol object; every problem names the field, expected and found."""
    if not isinstance(data, dict):
        raise InputError("(top)", "not-object", source, found=type(data).__name__)
    for required in ("election", "ballot", "precinct", "fields", "votes"):
        if required not in data:
            raise InputError(required, "missing", source)
    if election is None:
        # "election" names a shipped election; a definition file is given separately
        # (`check --definition FILE`), so a protocol can never make tallyapp read a file.
        name = data["election"]
        if not isinstance(name, str) or name not in shipped_elections():
            known = ", ".join(shipped_elections())
            raise InputError("election", "unknown-election", source, known=known, found=shown(name))
        election = load_election(name)
    elif data["election"] != election.id:
        raise InputError(
            "election",
            "other-election",
            source,
            expected=election.id,
            found=shown(data["election"]),
        )
    try:
        ballot = BallotKind(data["ballot"])
    except ValueError:
        raise InputError("ballot", "unknown-ballot", source, found=shown(data["ballot"])) from None
    if not election.has_ballot(ballot):
        raise InputError(
            "ballot", "no-such-ballot", source, election=election.id, ballot=ballot.value
        )
    ballot_type = election.ballot(ballot)
    precinct = data["precinct"]
    if (
        not isinstance(precinct, str | int)
        or isinstance(precinct, bool)
        or not 0 < len(str(precinct)) <= 20
    ):
        raise InputError("precinct", "bad-precinct", source, found=shown(precinct))

    district: int | None = None
    if ballot is BallotKind.CONSTITUENCY:
        if "district" not in data:
            raise InputError("district", "missing-district", source)
        district = data["district"]
        numbers = [d.number for d in election.districts]
        if isinstance(district, bool) or not isinstance(district, int) or district not in numbers:
            raise InputError(
                "district", "bad-district", source, maximum=max(numbers), found=shown(district)
            )

    fields = data["fields"]
    if not isinstance(fields, dict):
        raise InputError("fields", "not-object", source, found=shown(fields))
    expected = ballot_type.field_keys
    unknown = sorted(set(fields) - set(expected))
    if unknown:
        raise InputError(
            f"fields.{unknown[0]}", "unknown-field", source, expected=", ".join(expected)
        )
    missing = [k for k in expected if k not in fields]
    if missing:
        raise InputError(f"fields.{missing[0]}", "missing", source)
    figures = {k: _figure(fields[k], f"fields.{k}", source) for k in expected}

    votes = data["votes"]
    if not isinstance(votes, dict):
        raise InputError("votes", "not-object", source, found=shown(votes))
    lines = choice_ids(election, ballot, district)
    if district is not None and not lines:
        # The definition lists only some candidates: a code it places in another district
        # is still known not to stand here.
        elsewhere = {
            c.id: d.number for d in election.districts for c in d.candidates if d.number != district
        }
        other = next((k for k in votes if k in elsewhere), None)
        if other is not None:
            raise InputError(
                f"votes.{other}",
                "other-district-candidate",
                source,
                district=district,
                other=elsewhere[other],
            )
    if lines:
        unknown = [k for k in votes if k not in lines]
        if unknown:
            raise InputError(
                f"votes.{unknown[0]}", "unknown-choice", source, expected=", ".join(lines)
            )
        missing = [k for k in lines if k not in votes]
        if missing:
            raise InputError(f"votes.{missing[0]}", "missing-vote", source)
        ordered = {k: _figure(votes[k], f"votes.{k}", source) for k in lines}
    else:
        if not votes:
            raise InputError("votes", "no-candidates", source)
        ordered = {str(k): _figure(v, f"votes.{k}", source) for k, v in votes.items()}

    against_all = 0
    if election.has_against_all:
        if "against_all" not in data:
            raise InputError("against_all", "missing", source)
        against_all = _figure(data["against_all"], "against_all", source)
    elif data.get("against_all", 0):
        raise InputError("against_all", "no-against-all", source, election=election.id)

    return Protocol(
        election=election.id,
        ballot=ballot,
        precinct=str(precinct),
        fields=figures,
        votes=ordered,
        against_all=against_all,
        district=district,
    )


def check_json(
    data: Any,
    source: str = "",
    election: Election | None = None,
    register: CheckRegister | None = None,
) -> CheckedProtocol:
    """Check a protocol of a shipped election, or of `election` (a definition file's); with
    a `register`, also that its precinct exists, counts this ballot in this district, and
    that its candidates are the district's, every one of them."""
    if register is not None:
        election = register.election
        if isinstance(data, dict) and isinstance(data.get("precinct"), str | int):
            # Where the precinct votes first: a candidate "of another district" is only a
            # consequence of a protocol given the wrong district.
            district = data.get("district") if data.get("ballot") == "constituency" else None
            precinct_in_register(str(data["precinct"]), district, register, source)
    protocol = protocol_from_json(data, source, election)
    election = election or load_election(protocol.election)
    if register is not None:
        against_register(protocol, register, source)
    report = check_protocol(protocol, election.ballot(protocol.ballot))
    return CheckedProtocol(election, protocol, report, register is not None)


def precinct_in_register(
    precinct: str, district: object, register: CheckRegister, source: str
) -> None:
    if precinct not in register.precincts:
        raise InputError("precinct", "unknown-precinct", source, found=shown(precinct))
    if district is None:
        return
    home = register.precincts[precinct]
    if home is None:
        raise InputError("district", "abroad-no-district", source, precinct=precinct)
    if home != district:
        raise InputError(
            "district",
            "precinct-other-district",
            source,
            precinct=precinct,
            expected=home,
            found=shown(district),
        )


def against_register(protocol: Protocol, register: CheckRegister, source: str) -> None:
    precinct_in_register(protocol.precinct, protocol.district, register, source)
    if protocol.district is None:
        return
    lines = register.candidates.get(protocol.district, [])
    unknown = [k for k in protocol.votes if k not in lines]
    if unknown:
        raise InputError(f"votes.{unknown[0]}", "unknown-choice", source, expected=", ".join(lines))
    missing = [k for k in lines if k not in protocol.votes]
    if missing:
        raise InputError(f"votes.{missing[0]}", "missing-vote", source)


def verdict_to_json(v: Verdict, name: str, explanation: str) -> dict[str, Any]:
    """A verdict as JSON; its name and explanation in the reader's words, read at the edge."""
    return {
        "id": v.check_id,
        "kind": v.kind.value,
        "severity": v.severity.value,
        "holds": v.holds,
        "status": v.status_word(),
        "name": name,
        "formula": v.formula,
        "left": v.left,
        "right": v.right,
        "difference": v.difference,
        "tolerance": v.tolerance,
        "percent": round(float(v.percent), 4) if v.percent is not None else None,
        "inputs": dict(v.inputs),
        "explanation": explanation,
    }
