"""The public recount schedule (PDF) in Kazakh, Russian, English, or Kazakh and Russian side
by side: every precinct the audit drew, which of its ballots are recounted, where and when
(where the commission has said), with the seed, stream and round that drew it, so that
observers can attend each recount and check the draw."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tallyapp.domain.election import Names
from tallyapp.reports.fonts import BOLD, REGULAR, register_fonts
from tallyapp.reports.texts import languages, text

# The schedule's words: resources/i18n/forms-<lang>.po, context "recount-schedule".
CONTEXT = "recount-schedule"
BOTH = "kk+ru"  # Kazakh and Russian side by side


@dataclass(frozen=True)
class ScheduledRecount:
    """One drawn precinct's recount: its ballots (`party-list`, `constituency`), the draws
    that picked it, where its bags are kept, and when and where it is counted if said."""

    round: int  # the round that first drew it
    precinct: str
    tec: Names  # the territorial commission keeping its bags
    ballots: tuple[str, ...]
    draws: tuple[int, ...]
    when: str = ""
    place: str = ""
    recounted: tuple[str, ...] = ()  # its ballots already recounted


@dataclass(frozen=True)
class RecountSchedule:
    election: Names
    seed: str
    stream: str
    rounds: tuple[int, ...]
    manifest_sha256: str
    total_weight: int
    recounts: tuple[ScheduledRecount, ...]


def render_recount_schedule(schedule: RecountSchedule, lang: str = "kk+ru") -> bytes:
    """The schedule as an A4 landscape PDF; `lang` a language of the forms' files or kk+ru."""
    if lang != BOTH and lang not in languages():
        raise ValueError(f"unknown language {lang!r}")
    register_fonts()

    def w(key: str) -> str:
        return text(key, lang, CONTEXT)

    def kept_at(tec: Names) -> str:
        """Where the bags are kept, the commission named in each language printed."""
        each = [
            text("bags_at", x, CONTEXT).format(tec=tec.get(x))
            for x in (("kk", "ru") if lang == BOTH else (lang,))
        ]
        return each[0] if len(set(each)) == 1 else " / ".join(each)

    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", parent=small, fontName=BOLD)
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    def table(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
        cells = [[p(c, head) for c in rows[0]]] + [[p(c, small) for c in r] for r in rows[1:]]
        t = Table(cells, colWidths=widths, repeatRows=1)
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

    story: list[object] = [
        p(w("title"), h1),
        p(schedule.election.get(lang)),
        Spacer(1, 3 * mm),
        p(w("intro")),
        Spacer(1, 2 * mm),
        p(f"{w('seed')}: {schedule.seed or '—'}    {w('stream')}: {schedule.stream or '—'}"),
        p(f"{w('rounds')}: {', '.join(map(str, schedule.rounds)) or '—'}"),
        p(f"{w('manifest')}: {schedule.manifest_sha256}"),
        p(f"{w('total_weight')}: {schedule.total_weight}"),
        Spacer(1, 3 * mm),
    ]
    if not schedule.recounts:
        story.append(p(w("none")))
    else:
        rows = [
            [w("round"), w("precinct"), w("ballots"), w("draws"), w("where"), w("when"), w("done")]
        ]
        for r in schedule.recounts:
            where = kept_at(r.tec)
            rows.append(
                [
                    str(r.round),
                    r.precinct,
                    "; ".join(w(b) for b in r.ballots),
                    ", ".join(map(str, r.draws)),
                    f"{r.place} ({where})" if r.place else where,
                    r.when or w("to_announce"),
                    "; ".join(w(b) for b in r.recounted) or "—",
                ]
            )
        widths = [17 * mm, 18 * mm, 48 * mm, 26 * mm, 80 * mm, 38 * mm, 40 * mm]
        story.append(table(rows, widths))
        story.append(Spacer(1, 2 * mm))
        story.append(p(w("count").format(precincts=len(schedule.recounts))))
    story.append(Spacer(1, 3 * mm))
    story.append(p(w("verify"), small))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=w("title"),
        invariant=1,
    )
    doc.build(story)
    return out.getvalue()
