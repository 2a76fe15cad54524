"""The audit report (PDF) in Kazakh, Russian or English: what was audited, under which rules,
the manifest, the seed and every draw, the recounts with their discrepancies, the risk per
contest and the decision, the full hand counts of escalated contests, and how to verify it
all from the bundle."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tallyapp.domain.election import Names
from tallyapp.reports.fonts import BOLD, REGULAR, register_fonts
from tallyapp.reports.texts import has, text

# The report's words: resources/i18n/forms-<lang>.po, context "audit-report".
CONTEXT = "audit-report"


@dataclass(frozen=True)
class AssertionLine:
    id: str
    kind: str
    margin_votes: str
    flips: str
    u: str
    error_bound: str


@dataclass(frozen=True)
class ContestLine:
    contest: str
    outcome: str
    assertions: tuple[AssertionLine, ...]
    p_value: str
    status: str
    reason: str


@dataclass(frozen=True)
class RecountLine:
    precinct: str
    contest: str
    reported: str
    counted: str
    missing: bool
    discrepancies: tuple[tuple[str, str, str], ...]  # (assertion, ω, taint)


@dataclass(frozen=True)
class FullCountLine:
    contest: str
    precincts: int
    counted: int
    ballots: int
    figures: str


@dataclass(frozen=True)
class AuditReport:
    election: Names
    risk_limit: str
    test: str
    understatements: str
    software: str
    rules: tuple[tuple[str, str], ...]  # (rule, value) as the plan records them
    manifest_sha256: str
    precincts: int
    total_weight: int
    error_bound: str
    unauditable: tuple[tuple[str, str], ...]
    seed: str
    ceremony: str
    stream: str
    draws: tuple[tuple[int, str, int, str, int], ...]  # k, sha256, r, precinct, round
    contests: tuple[ContestLine, ...]
    recounts: tuple[RecountLine, ...] = field(default=())
    full_counts: tuple[FullCountLine, ...] = field(default=())


def render_audit_report(report: AuditReport, lang: str = "en") -> bytes:
    register_fonts()

    def w(key: str) -> str:
        return text(key, lang, CONTEXT)

    def said(code: str, prefix: str = "") -> str:
        """A code's words (a contest's status, a rule), or the code as it is."""
        return w(prefix + code) if has(prefix + code, CONTEXT) else code

    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5)
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18)
    h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=15, spaceBefore=6)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    def table(rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None) -> Table:
        t = Table([[p(str(c), small) for c in row] for row in rows], colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    story: list[object] = [p(w("title"), h1), p(report.election.get(lang)), Spacer(1, 4 * mm)]
    story.append(p(w("contests"), h2))
    story.append(
        table(
            [[w("contest"), w("outcome"), w("p_value"), w("status")]]
            + [[c.contest, c.outcome, c.p_value, said(c.status)] for c in report.contests],
            [22 * mm, 95 * mm, 25 * mm, 35 * mm],
        )
    )
    story.append(p(w("rules"), h2))
    for line in (
        f"{w('risk_limit')}: {report.risk_limit}",
        f"{w('test')}: {report.test}",
        w("bound"),
        w("design"),
        f"{w('understatements')}: {report.understatements}",
        f"{w('software')}: {report.software}",
        *(f"{said(k, 'rule.')}: {v}" for k, v in report.rules),
    ):
        story.append(p(line))
    story.append(p(w("assertions"), h2))
    rows = [["id", w("kind"), w("margin_votes"), w("flips"), "u", "U"]]
    for c in report.contests:
        rows += [[a.id, a.kind, a.margin_votes, a.flips, a.u, a.error_bound] for a in c.assertions]
    story.append(table(rows, [62 * mm, 30 * mm, 25 * mm, 20 * mm, 18 * mm, 20 * mm]))
    story.append(p(w("manifest"), h2))
    story.append(p(f"SHA-256 {report.manifest_sha256}"))
    story.append(
        p(
            f"{w('precincts')}: {report.precincts}; {w('total_weight')}: {report.total_weight}; "
            f"U = {report.error_bound}"
        )
    )
    story.append(
        p(
            f"{w('unauditable')}: "
            + (", ".join(f"{c} ({r})" for c, r in report.unauditable) or w("none"))
        )
    )
    story.append(p(w("seed"), h2))
    story.append(p(f"{report.seed} — {report.ceremony}"))
    story.append(p(f"{report.stream}: {w('prng')}"))
    story.append(p(w("recounts"), h2))
    rows = [[w("precinct"), w("contest"), w("reported"), w("counted"), w("discrepancies")]]
    for r in report.recounts:
        found = "; ".join(f"{a}: ω {o}, t {t}" for a, o, t in r.discrepancies) or "—"
        rows.append(
            [r.precinct, r.contest, r.reported, w("missing") if r.missing else r.counted, found]
        )
    story.append(table(rows, [16 * mm, 16 * mm, 50 * mm, 50 * mm, 45 * mm]))
    story.append(p(w("risk"), h2))
    alpha = report.risk_limit
    for c in report.contests:
        if c.status == "confirmed":
            confidence = _confidence(alpha)
            story.append(
                p(w("statement").format(contest=c.contest, alpha=alpha, confidence=confidence))
            )
        else:
            story.append(
                p(f"{c.contest}: {said(c.status)}" + (f" ({c.reason})" if c.reason else ""))
            )
    if report.full_counts:
        story.append(p(w("full_counts"), h2))
        rows = [[w("contest"), w("precincts_counted"), w("ballots"), w("figures")]]
        rows += [
            [f.contest, f"{f.counted} / {f.precincts}", str(f.ballots), f.figures]
            for f in report.full_counts
        ]
        story.append(table(rows, [22 * mm, 28 * mm, 22 * mm, 105 * mm]))
    story.append(p(w("verify"), h2))
    story.append(p(w("verify_text")))
    story.append(p(w("draws"), h2))
    rows = [["k", "SHA-256", "r", w("precinct"), w("round")]]
    rows += [[str(k), h, str(r), pr, str(rd)] for k, h, r, pr, rd in report.draws]
    story.append(table(rows, [12 * mm, 100 * mm, 30 * mm, 18 * mm, 12 * mm]))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=w("title"),
        invariant=1,
    )
    doc.build(story)
    return out.getvalue()


def _confidence(alpha: str) -> str:
    text = alpha.strip().removesuffix("%")
    try:
        value = float(text)
    except ValueError:
        return "1 − α"
    return f"{100 - value:g}%"
