"""The public recount schedule: every drawn precinct with its ballots, the draws that picked
it and the territorial commission keeping its bags, from the audit's record; the times and
places of the recounts from the file the commission announces them in (precinct, when,
place). Drawn by `reports.rla_schedule`."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from sqlalchemy import Engine

from tallyapp.domain.election import BallotKind, Names
from tallyapp.domain.rla.assertions import PARTY_LIST
from tallyapp.reports.rla_schedule import (
    RecountSchedule,
    ScheduledRecount,
    render_recount_schedule,
)
from tallyapp.services.rla.workflow import AuditState, RlaError, load

PLACES_COLUMNS = ("precinct", "when", "place")


def read_places(text: str, source: str) -> dict[str, tuple[str, str]]:
    """A CSV of announced recounts: `precinct,when,place` (place may be empty), one line a
    precinct. By precinct: (when, place)."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    head = [c.strip().lower() for c in rows[0]] if rows else []
    if head[:2] != ["precinct", "when"] or len(head) > 3 or head[2:] not in ([], ["place"]):
        raise RlaError("rla.schedule-columns", file=source, found=", ".join(head)[:80] or "—")
    places: dict[str, tuple[str, str]] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = [c.strip() for c in row] + ["", ""]
        precinct = cells[0]
        if not precinct:
            raise RlaError("rla.schedule-line", file=source, line=number)
        if precinct in places:
            raise RlaError("rla.schedule-twice", file=source, precinct=precinct)
        places[precinct] = (cells[1], cells[2])
    return places


def _ballot(contest: str) -> str:
    return (BallotKind.PARTY_LIST if contest == PARTY_LIST else BallotKind.CONSTITUENCY).value


def recount_schedule(
    state: AuditState,
    tec_names: Mapping[str, Names],
    places: Mapping[str, tuple[str, str]] | None = None,
    round_number: int | None = None,
) -> RecountSchedule:
    """The schedule of every round drawn, or of the precincts first drawn in `round_number`.
    A precinct drawn twice is recounted once: listed under the round that first drew it."""
    manifest = state.require_manifest()
    rounds = sorted({d.round for d in state.draws})
    if round_number is not None and round_number not in rounds:
        raise RlaError(
            "rla.no-such-round", found=round_number, rounds=", ".join(map(str, rounds)) or "—"
        )
    places = places or {}
    drawn = {d.precinct for d in state.draws}
    unknown = sorted(set(places) - drawn, key=lambda c: c.encode())
    if unknown:
        raise RlaError("rla.not-drawn", precinct=", ".join(unknown[:5]))
    first: dict[str, int] = {}
    draws: dict[str, list[int]] = {}
    tec: dict[str, str] = {}
    for d in state.draws:
        first.setdefault(d.precinct, d.round)
        draws.setdefault(d.precinct, []).append(d.draw.k)
        tec[d.precinct] = d.tec
    order = sorted(first, key=lambda c: (first[c], tec[c], c.encode()))
    recounts = []
    for code in order:
        if round_number is not None and first[code] != round_number:
            continue
        contests = sorted(manifest.entry(code).precinct.batches, key=lambda c: c != PARTY_LIST)
        done = state.recounts.get(code, {})
        when, place = places.get(code, ("", ""))
        recounts.append(
            ScheduledRecount(
                first[code],
                code,
                tec_names.get(tec[code], Names(tec[code], tec[code], tec[code])),
                tuple(_ballot(c) for c in contests),
                tuple(draws[code]),
                when,
                place,
                tuple(_ballot(c) for c in contests if c in done),
            )
        )
    return RecountSchedule(
        state.election.names,
        state.seed or "",
        state.stream if state.seed else "",
        tuple(rounds if round_number is None else [round_number]),
        state.manifest_sha256,
        manifest.total_weight,
        tuple(recounts),
    )


def schedule_pdf(
    engine: Engine,
    lang: str = "kk+ru",
    places: Mapping[str, tuple[str, str]] | None = None,
    round_number: int | None = None,
) -> bytes:
    """The public recount schedule as a PDF (`lang`: kk, ru, en or kk+ru)."""
    from tallyapp.services.pdf_export import commission_names

    state = load(engine)
    names = {t: commission_names(engine, t) for t in {d.tec for d in state.draws}}
    return render_recount_schedule(recount_schedule(state, names, places, round_number), lang)
