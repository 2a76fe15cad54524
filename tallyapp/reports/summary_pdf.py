"""Summary protocols of upper commissions, and the CEC's final results, as A4 forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from tallyapp.domain.election import Names
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.reports.layout import (
    MARGIN,
    PAGE_WIDTH,
    DigitalStamp,
    Signer,
    build,
    clock_time,
    decimal,
    esc,
    figure_table,
    fingerprint_block,
    signature_block,
    simple_table,
    stamp_block,
    styles,
)
from tallyapp.reports.protocol_pdf import ProtocolLine
from tallyapp.reports.texts import text


@dataclass(frozen=True)
class IncludedProtocol:
    code: str  # precinct number or commission code
    name: str
    expected: int
    accepted: int
    ballots_in_boxes: int
    note: str = ""  # e.g. a fingerprint, or the state of a precinct protocol


@dataclass(frozen=True)
class SummaryDocument:
    election: Names
    ballot: Names
    commission: Names
    lines: tuple[ProtocolLine, ...]
    included: tuple[IncludedProtocol, ...]
    expected: int
    received: int
    accepted: int
    missing: tuple[str, ...]
    differences: tuple[str, ...] = ()
    signers: tuple[Signer, ...] = ()
    made_at: datetime | None = None
    copy: int = 1
    fingerprint: str = ""  # of the attached figures: read out, and in the QR code
    stamp: DigitalStamp | None = None  # the digital signature about to cover this file
    rehearsal: bool = False  # every page says REHEARSAL


def _completeness(doc: SummaryDocument, lang: str) -> str:
    return (
        f"{text('completeness', lang)}: {text('expected', lang)} {doc.expected}, "
        f"{text('received', lang)} {doc.received}, {text('accepted', lang)} {doc.accepted}, "
        f"{text('missing', lang)} {len(doc.missing)}"
    )


def precinct_commission_name(number: str, lang: str) -> str:
    kk, ru, en = (f"№{number} УСК", f"УИК №{number}", f"PEC No. {number}")  # as forms abbreviate
    if lang == "kk+ru":
        return f"{kk} / {ru}"
    return {"kk": kk, "ru": ru}.get(lang, en)


def _short(names: Names, lang: str) -> str:
    """A commission's name for a page footer: whole words, the first language of kk+ru."""
    name = names.get("kk" if lang == "kk+ru" else lang)
    if len(name) <= 80:
        return name
    return name[:80].rsplit(" ", 1)[0] + " …"


def _note(note: str, lang: str) -> str:
    """A precinct's state (a word of the forms) and its fingerprint's first digits."""
    state, _, digest = note.partition(" · ")
    words = {
        "missing": "not_entered",
        "accepted": "accepted",
        "finalised": "finalised",
        "transmitted": "transmitted",
        "draft": "draft",
        "checked": "checked",
        "rejected": "rejected",
    }
    shown = text(words[state], lang) if state in words else state
    return f"{shown}\n{spoken_fingerprint(digest)}" if digest else shown


def render_summary(doc: SummaryDocument, lang: str = "kk+ru") -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(text("protocol", lang)), st["title"]),
        Paragraph(esc(text("summary_protocol", lang)), st["subtitle"]),
        Paragraph(f"<b>{esc(doc.commission.get(lang))}</b>", st["subtitle"]),
        Paragraph(esc(doc.election.get(lang)), st["subtitle"]),
        Paragraph(esc(doc.ballot.get(lang)), st["subtitle"]),
    ]
    if doc.made_at:
        story.append(
            Paragraph(
                f"{esc(text('made_at', lang))}: {clock_time(doc.made_at)}",
                st["body"],
            )
        )
    story += [Paragraph(esc(_completeness(doc, lang)), st["body"]), Spacer(1, 3 * mm)]
    story.append(
        figure_table(
            [(str(line.number), line.names.get(lang), line.value) for line in doc.lines], lang, st
        )
    )
    if doc.fingerprint:  # beside the figures it fingerprints, on the same page
        story += [
            Spacer(1, 2 * mm),
            KeepTogether(
                [
                    fingerprint_block(
                        f"TALLYSUM2 {spoken_fingerprint(doc.fingerprint).replace('-', '')}",
                        doc.fingerprint,
                        lang,
                        st,
                    )
                ]
            ),
        ]
    story.append(Paragraph(esc(text("differences", lang)), st["heading"]))
    for difference in doc.differences or (text("no_differences", lang),):
        story.append(Paragraph(esc(difference), st["body"]))
    if doc.missing:
        shown = ", ".join(doc.missing[:200]) + (" …" if len(doc.missing) > 200 else "")
        story.append(Paragraph(f"{esc(text('missing', lang))}: {esc(shown)}", st["small"]))
    story.append(Paragraph(esc(text("included", lang)), st["heading"]))
    width = PAGE_WIDTH - 2 * MARGIN
    story.append(
        simple_table(
            [
                text("no", lang),
                text("commission", lang),
                text("expected", lang),
                text("accepted", lang),
                text("in_boxes", lang),
                text("note", lang),
            ],
            [
                (
                    # A precinct by its number; a commission by its row, as paper forms
                    # number them (its code is an identifier in the attached data).
                    p.code if p.code.isdigit() else str(i),
                    p.name or precinct_commission_name(p.code, lang),
                    p.expected,
                    p.accepted,
                    p.ballots_in_boxes,
                    _note(p.note, lang),
                )
                for i, p in enumerate(doc.included, 1)
            ],
            st,
            # Wide enough that "ожидается", "қабылданған" and "бюллетеньдер" in bold are
            # never broken mid-word.
            widths=[14 * mm, width * 0.28, 22 * mm, 27 * mm, 30 * mm, None],
            numeric=(2, 3, 4),
        )
    )
    story.append(
        KeepTogether(
            [
                *signature_block(doc.signers, lang, st),
                Spacer(1, 3 * mm),
                stamp_block(doc.stamp, doc.fingerprint, lang, st),
            ]
        )
    )
    footer = f"{text('copy', lang)} {doc.copy} · {_short(doc.commission, lang)}"
    banner = text("rehearsal", lang) if doc.rehearsal else ""
    return build(story, text("summary_protocol", lang), footer, lang, banner=banner)


@dataclass(frozen=True)
class PartyResult:
    code: str
    names: Names
    votes: int
    percent: float
    passed: bool
    seats: int


@dataclass(frozen=True)
class DistrictWinner:
    number: int
    name: Names
    winner: str
    nomination: str
    votes: int
    percent: float
    runner_up: str
    runner_up_votes: int
    outcome: str


@dataclass(frozen=True)
class ResultsDocument:
    election: Names
    commission: Names
    parties: tuple[PartyResult, ...]
    against_all: int
    threshold_percent: float
    threshold_votes: int
    seats_total: int
    districts: tuple[DistrictWinner, ...]
    totals: tuple[ProtocolLine, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    made_at: datetime | None = None
    fingerprint: str = ""
    signers: tuple[Signer, ...] = ()
    copy: int = 1
    stamp: DigitalStamp | None = None
    rehearsal: bool = False  # every page says REHEARSAL


def shares_chart(doc: ResultsDocument, lang: str) -> Drawing:
    """Party shares as bars with the threshold as a dashed line, drawn as vectors."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Line, String
    from reportlab.lib import colors

    from tallyapp.reports.fonts import REGULAR

    width, height = PAGE_WIDTH - 2 * MARGIN, 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 90, height - 40  # room on the right for the label
    chart.data = [[p.percent for p in doc.parties]]
    top = max([p.percent for p in doc.parties] + [doc.threshold_percent, 1.0]) * 1.1
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.categoryNames = [p.code for p in doc.parties]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#1f5fa8")
    chart.barLabelFormat = lambda v: decimal(v, lang)
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabels.boxFillColor = colors.white  # a label stays legible over the line
    y = chart.y + chart.height * doc.threshold_percent / top
    # The threshold line under the bars and their labels, its label beside the plot: it
    # never covers a bar or a figure.
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=colors.red,
            strokeDashArray=[4, 3],
            strokeWidth=1,
        )
    )
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width + 4,
            y - 2.5,
            f"{text('threshold', lang)} {decimal(doc.threshold_percent, lang, 0)}%",
            fontName=REGULAR,
            fontSize=7,
            fillColor=colors.red,
            textAnchor="start",
        )
    )
    return drawing


def render_results(doc: ResultsDocument, lang: str = "kk+ru") -> bytes:
    st = styles()
    width = PAGE_WIDTH - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph(esc(text("final_results", lang)), st["title"]),
        Paragraph(esc(doc.election.get(lang)), st["subtitle"]),
        Paragraph(f"<b>{esc(doc.commission.get(lang))}</b>", st["subtitle"]),
    ]
    if doc.made_at:
        story.append(
            Paragraph(
                f"{esc(text('made_at', lang))}: {clock_time(doc.made_at)}",
                st["body"],
            )
        )
    if doc.totals:
        story.append(
            figure_table(
                [(str(line.number), line.names.get(lang), line.value) for line in doc.totals],
                lang,
                st,
            )
        )
    story.append(
        Paragraph(
            f"{esc(text('seats', lang))}: {doc.seats_total} · {esc(text('threshold', lang))} "
            f"{decimal(doc.threshold_percent, lang, 0)}% = "
            f"{doc.threshold_votes:,}".replace(",", "\u202f"),
            st["heading"],
        )
    )
    party_table = (
        simple_table(
            [text("party", lang), text("votes", lang), text("percent", lang), text("seats", lang)],
            [(p.names.get(lang), p.votes, decimal(p.percent, lang), p.seats) for p in doc.parties]
            + [(text("against_all", lang), doc.against_all, "", "")],
            st,
            widths=[width * 0.55, 30 * mm, 20 * mm, None],
            numeric=(1, 2, 3),
        ),
    )
    # The chart and the party table read together: never split across pages.
    story.append(KeepTogether([shares_chart(doc, lang), Spacer(1, 2 * mm), *party_table]))
    if doc.districts:
        story.append(Paragraph(esc(text("districts", lang)), st["heading"]))
        story.append(
            simple_table(
                [
                    text("no", lang),
                    text("winner", lang),
                    text("party", lang),
                    text("votes", lang),
                    text("percent", lang),
                    text("runner_up", lang),
                    text("votes", lang),
                ],
                [
                    (
                        d.number,
                        d.winner,
                        d.nomination,
                        d.votes,
                        decimal(d.percent, lang),
                        d.runner_up,
                        d.runner_up_votes,
                    )
                    for d in doc.districts
                ],
                st,
                widths=[9 * mm, 34 * mm, 32 * mm, 19 * mm, 13 * mm, 34 * mm, None],
                numeric=(3, 4, 6),
            )
        )
    for note in doc.notes:
        story.append(Paragraph(esc(note), st["small"]))
    story.append(
        KeepTogether(
            [
                *signature_block(doc.signers, lang, st),
                Spacer(1, 3 * mm),
                stamp_block(doc.stamp, doc.fingerprint, lang, st),
            ]
        )
    )
    if doc.fingerprint:
        story += [
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    fingerprint_block(
                        f"TALLYSUM2 {spoken_fingerprint(doc.fingerprint).replace('-', '')}",
                        doc.fingerprint,
                        lang,
                        st,
                    )
                ]
            ),
        ]
    footer = f"{text('copy', lang)} {doc.copy} · {_short(doc.commission, lang)}"
    if doc.fingerprint:
        footer += f" · {spoken_fingerprint(doc.fingerprint)}"
    banner = text("rehearsal", lang) if doc.rehearsal else ""
    return build(story, text("final_results", lang), footer, lang, banner=banner)
