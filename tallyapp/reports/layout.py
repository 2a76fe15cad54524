"""Shared parts of the printed forms: styles, page footer (copy, page X of Y), figure tables,
the signature block with the seal place, and the QR code drawn as vectors."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tallyapp.domain.number_words import in_words
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.reports.fonts import BOLD, REGULAR, register_fonts
from tallyapp.reports.texts import text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle(
            "title", fontName=BOLD, fontSize=14, leading=17, alignment=1, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=REGULAR, fontSize=10, leading=12.5, alignment=1, spaceAfter=6
        ),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=9.3),
        "cell_bold": ParagraphStyle("cell_bold", fontName=BOLD, fontSize=8, leading=9.3),
        "figure": ParagraphStyle("figure", fontName=BOLD, fontSize=9.5, leading=11.5, alignment=2),
        "heading": ParagraphStyle(
            "heading", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
        ),
    }


def esc(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grouped(n: int) -> str:
    """12 035 578: thin spaces between thousands, as on Kazakh and Russian forms."""
    return f"{n:,}".replace(",", "\u202f")


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """Draws "page X of Y" and the copy number once the number of pages is known."""

    footer_left = ""
    page_text = "Page {0} of {1}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(colors.black)
            # Two lines, so long bilingual texts never run into each other.
            self.drawString(MARGIN, 10.5 * mm, self.footer_left)
            self.drawString(MARGIN, 7 * mm, self.page_text.format(self._pageNumber, total))
            super().showPage()
        super().save()


def build(story: list[Flowable], title: str, footer_left: str, lang: str) -> bytes:
    """Lay out the story on A4 pages with the footer; returns the PDF bytes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="tallyapp",
        subject=title,
        creator="tallyapp",
        # The canvas starts in the embedded DejaVu Sans, not Helvetica. (reportlab still names
        # Helvetica, unused, in its document-wide font dictionary.)
        initialFontName=REGULAR,
        initialFontSize=9,
    )

    canvas_class = type(
        "FormCanvas",
        (NumberedCanvas,),
        {"footer_left": footer_left, "page_text": text("page", lang)},
    )
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()


def decimal(value: float, lang: str, places: int = 2) -> str:
    """A decimal number as the form's language writes it: a comma in Kazakh and Russian."""
    shown = f"{value:.{places}f}"
    return shown if lang == "en" else shown.replace(".", ",")


def figure_table(
    rows: Sequence[tuple[str, str, int]], lang: str, st: dict[str, ParagraphStyle]
) -> Table:
    """Numbered lines: No. | line | figure in digits | figure in words."""
    header = [
        Paragraph(esc(text(k, lang)), st["cell_bold"]) for k in ("no", "line", "figure", "in_words")
    ]
    data: list[list[Any]] = [header]
    for number, label, value in rows:
        data.append(
            [
                Paragraph(esc(number), st["cell"]),
                Paragraph(esc(label), st["cell"]),
                Paragraph(grouped(value), st["figure"]),
                Paragraph(esc(in_words(value, lang)), st["small"]),
            ]
        )
    width = PAGE_WIDTH - 2 * MARGIN
    table = Table(data, colWidths=[9 * mm, width * 0.46, 28 * mm, None], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def simple_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    st: dict[str, ParagraphStyle],
    widths: Sequence[float | None] | None = None,
    numeric: Sequence[int] = (),
) -> Table:
    data: list[list[Any]] = [[Paragraph(esc(h), st["cell_bold"]) for h in header]]
    for row in rows:
        data.append(
            [
                Paragraph(
                    esc(grouped(v))
                    if isinstance(v, int)
                    else "<br/>".join(esc(part) for part in str(v).split("\n")),
                    st["cell"],
                )
                for v in row
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    table.setStyle(TableStyle(style))
    for col in numeric:
        for cell in data[1:]:
            cell[col].style = ParagraphStyle("num", parent=st["cell"], alignment=2)
    return table


@dataclass(frozen=True)
class Signer:
    name: str
    role: str  # chair, deputy, secretary, member
    present: bool | None  # None: not recorded, marked by hand at the signing


def signature_block(
    signers: Sequence[Signer], lang: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Every member with role, presence and a line to sign; the seal place beside the chair."""
    order = {"chair": 0, "deputy": 1, "secretary": 2, "member": 3}
    people = sorted(signers, key=lambda s: order.get(s.role, 9))
    rows = [
        [
            Paragraph(esc(text(k, lang)), st["cell_bold"])
            for k in ("role", "name", "present", "signature")
        ]
    ]
    for s in people:
        rows.append(
            [
                Paragraph(esc(text(s.role, lang)), st["cell"]),
                Paragraph(esc(s.name), st["cell"]),
                Paragraph(
                    ""
                    if s.present is None
                    else esc(text("present" if s.present else "absent", lang)),
                    st["cell"],
                ),
                Paragraph("—" if s.present is False else "", st["cell"]),
            ]
        )
    for _ in range(max(0, 3 - len(people))):  # paper forms leave room for members by hand
        rows.append(["", "", "", ""])
    table = Table(rows, colWidths=[38 * mm, 62 * mm, 30 * mm, None], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, -1), 9),
            ]
        )
    )
    seal = Table(
        [[Paragraph(f"<b>{esc(text('seal', lang))}</b>", st["body"])]],
        colWidths=[30 * mm],
        rowHeights=[18 * mm],
    )
    seal.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [Paragraph(esc(text("members", lang)), st["heading"]), table, seal]


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A QR code drawn as vector squares, so it prints sharp at any size."""

    def __init__(self, payload: str, size: float = 42 * mm) -> None:
        super().__init__()
        self.qr = segno.make(payload, error="m", micro=False)
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        matrix = self.qr.matrix
        count = len(matrix) + 8  # the quiet zone of four modules each side
        module = self.size / count
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    canvas.rect(
                        (x + 4) * module,
                        self.size - (y + 5) * module,
                        module,
                        module,
                        stroke=0,
                        fill=1,
                    )


def fingerprint_block(
    payload: str, digest: str, lang: str, st: dict[str, ParagraphStyle], size: float = 42 * mm
) -> Table:
    """The machine-readable code beside the fingerprint read out and in full: the block every
    document with attached figures prints."""
    code = Table(
        [
            [
                QrCode(payload, size=size),
                [
                    Paragraph(esc(text("machine_code", lang)), st["heading"]),
                    Paragraph(
                        f"{esc(text('fingerprint', lang))} ({esc(text('read_out', lang))}):",
                        st["body"],
                    ),
                    Paragraph(
                        f"<para leading=18><b><font size=14>{spoken_fingerprint(digest)}"
                        "</font></b></para>",
                        st["body"],
                    ),
                    Spacer(1, 2 * mm),
                    Paragraph(f"SHA-256: {digest}", st["small"]),
                ],
            ]
        ],
        colWidths=[size + 4 * mm, PAGE_WIDTH - 2 * MARGIN - size - 4 * mm],
    )
    code.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return code
