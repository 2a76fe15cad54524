"""The audit report's figures, gathered from the record for `reports.rla_report`."""

from __future__ import annotations

from fractions import Fraction

from tallyapp import __version__
from tallyapp.domain.rla.assertions import AGAINST_ALL, INVALID
from tallyapp.domain.rla.risk import Status, p_value, rounded_up
from tallyapp.reports.rla_report import (
    AssertionLine,
    AuditReport,
    ContestLine,
    FullCountLine,
    RecountLine,
    render_audit_report,
)
from tallyapp.services.rla.full_count import full_count_figures
from tallyapp.services.rla.workflow import AuditState, statuses


def _n(value: Fraction | None, places: int = 2) -> str:
    return "—" if value is None else f"{float(value):,.{places}f}"


def _counts(counts: dict[str, int]) -> str:
    votes = [f"{c} {n}" for c, n in counts.items() if c not in (AGAINST_ALL, INVALID)]
    return ", ".join([*votes, f"X {counts.get(AGAINST_ALL, 0)}", f"inv {counts.get(INVALID, 0)}"])


def audit_report(state: AuditState) -> AuditReport:
    manifest = state.require_manifest()
    seed_record = next((r for r in state.records if r.step == "seed"), None)
    ceremony = seed_record.content.get("ceremony", {}) if seed_record else {}
    contests = []
    found = statuses(state)
    for s in found:
        lines = tuple(
            AssertionLine(
                f.assertion.id,
                f.assertion.kind.value,
                _n(f.margin_votes),
                str(f.flips) if f.flips is not None else "—",
                _n(f.upper, 3),
                _n(f.error_bound, 1),
            )
            for f in sorted(s.plan.assertions, key=lambda f: -float(f.error_bound or 0))
        )
        contests.append(
            ContestLine(
                s.plan.contest,
                s.plan.outcome,
                lines,
                rounded_up(p_value(s.decision.log_p)),
                s.decision.status.value,
                s.decision.reason,
            )
        )
    recounts = []
    by_precinct: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for s in found:
        for d in s.risk.discrepancies:
            by_precinct.setdefault((d.precinct, s.plan.contest), []).append(
                (d.assertion, _n(d.overstatement), _n(d.taint, 6) if d.taint is not None else "≥ 1")
            )
    for code in sorted(state.recounts, key=lambda c: c.encode()):
        entry = manifest.entry(code)
        for contest, r in sorted(state.recounts[code].items()):
            reported = entry.precinct.batches[contest]
            recounts.append(
                RecountLine(
                    code,
                    contest,
                    f"{_counts(dict(reported.counts))}; n {reported.ballots}",
                    f"{_counts(dict(r.counts))}; n {r.ballots}",
                    r.missing,
                    tuple(by_precinct.get((code, contest), [])),
                )
            )
    rules: dict[str, str] = {}
    for plan in state.plans:  # the party list's rules, then the districts' one
        rules |= {k: v for k, v in plan.rules.items() if k not in rules}
    return AuditReport(
        election=state.election.names,
        risk_limit=f"{float(state.risk_limit):.0%}"
        if state.risk_limit * 100 == int(state.risk_limit * 100)
        else str(state.risk_limit),
        test=state.method.name,
        understatements=state.method.understatements.value,
        software=f"tallyapp {__version__}",
        rules=tuple(rules.items()),
        manifest_sha256=state.manifest_sha256,
        precincts=len(manifest.entries),
        total_weight=manifest.total_weight,
        error_bound=_n(manifest.error_bound, 3),
        unauditable=tuple(
            (e.precinct.code, e.precinct.reason)
            for e in manifest.entries
            if not e.precinct.auditable
        ),
        seed=state.seed or "—",
        ceremony=", ".join(f"{k}: {v}" for k, v in sorted(ceremony.items()))
        + (f" ({seed_record.at:%Y-%m-%d %H:%M} UTC)" if seed_record else ""),
        stream=state.stream,
        draws=tuple((d.draw.k, d.draw.sha256, d.draw.r, d.precinct, d.round) for d in state.draws),
        contests=tuple(contests),
        recounts=tuple(recounts),
        full_counts=tuple(
            FullCountLine(c.contest, c.precincts, c.counted, c.ballots, _counts(c.totals))
            for c in full_count_figures(
                state, {s.plan.contest for s in found if s.decision.status is Status.FULL_COUNT}
            )
        ),
    )


def report_pdf(state: AuditState, lang: str = "en") -> bytes:
    return render_audit_report(audit_report(state), lang)
