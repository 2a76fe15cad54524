"""Shared parts of the printed forms: styles, page footer (copy, page X of Y), figure tables,
the signature block with the seal place, and the QR code drawn as vectors."""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tallyapp.domain.election import Names
from tallyapp.domain.number_words import in_words
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.reports.fonts import BOLD, REGULAR, register_fonts
from tallyapp.reports.texts import text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
BINDING = 4 * mm  # added on the left, taken from the right: the text width stays the same


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
        # A heading never ends a page: it stays with what follows it.
        "heading": ParagraphStyle(
            "heading",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
    }


def form_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain cells are set in the embedded font (reportlab would name
    Helvetica, which no form embeds)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def esc(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grouped(n: int) -> str:
    """12 035 578: thin spaces between thousands, as on Kazakh and Russian forms."""
    return f"{n:,}".replace(",", "\u202f")


# A warning printed across the top of every page drawn while it is set: a document published
# from a record that does not audit says so on each page (services/publication.py).
PAGE_WARNING: ContextVar[str] = ContextVar("page_warning", default="")


@contextmanager
def warning_on_every_page(warning: str | None) -> Iterator[None]:
    token = PAGE_WARNING.set(warning or "")
    try:
        yield
    finally:
        PAGE_WARNING.reset(token)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """Draws "page X of Y" and the copy number once the number of pages is known."""

    footer_left = ""
    footer_right = ""  # on protocols: the places for the chair's and secretary's initials
    page_text = "Page {0} of {1}"
    banner = ""  # a rehearsal's mark, at the top of every page

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        warning = PAGE_WARNING.get()
        for state in self._pages:
            self.__dict__.update(state)
            if warning:  # one language a line, in red, above everything else
                self.setFont(BOLD, 7)
                self.setFillColor(colors.red)
                for i, line in enumerate(warning.split(" / ")):
                    self.drawString(MARGIN + BINDING, PAGE_HEIGHT - (4 + 3 * i) * mm, line)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(colors.black)
            # Two lines, so long bilingual texts never run into each other.
            self.drawString(MARGIN + BINDING, 10.5 * mm, self.footer_left)
            self.drawString(
                MARGIN + BINDING, 7 * mm, self.page_text.format(self._pageNumber, total)
            )
            if self.footer_right:
                self.drawRightString(PAGE_WIDTH - MARGIN + BINDING, 7 * mm, self.footer_right)
            if self.banner:
                self.setFont(BOLD, 10)
                self.setFillColor(colors.red)
                self.drawCentredString(PAGE_WIDTH / 2 + BINDING, PAGE_HEIGHT - 8 * mm, self.banner)
            super().showPage()
        super().save()


def build(
    story: list[Flowable],
    title: str,
    footer_left: str,
    lang: str,
    footer_right: str = "",
    banner: str = "",
) -> bytes:
    """Lay out the story on A4 pages with the footer; returns the PDF bytes. The inner
    margin is wider, for binding the copies into the commission's file."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN + BINDING,
        rightMargin=MARGIN - BINDING,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="tallyapp",
        subject=title,
        creator="tallyapp",
        # The canvas starts in the embedded DejaVu Sans, and every table cell is set in it
        # (form_style): no font is named that the file does not embed.
        initialFontName=REGULAR,
        initialFontSize=9,
    )

    canvas_class = type(
        "FormCanvas",
        (NumberedCanvas,),
        {
            "footer_left": footer_left,
            "footer_right": footer_right,
            "page_text": text("page", lang),
            "banner": banner,
        },
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
        form_style(
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
    table.setStyle(form_style(style))
    for col in numeric:
        for cell in data[1:]:
            cell[col].style = ParagraphStyle("num", parent=st["cell"], alignment=2)
    return table


class FiguresWithSignatures(Flowable):  # type: ignore[misc]  # reportlab has no types
    """The figure table and what is signed under it, kept on one page where they fit. Where
    they do not, the table breaks so that its last `keep` rows move, headed again, with the
    signatures and the seal to the next page: no one signs a page that carries no figures."""

    def __init__(self, table: Table, after: Sequence[Flowable], keep: int = 3) -> None:
        super().__init__()
        self.table = table
        self.after = list(after)
        self.keep = keep
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [
            f.wrap(available_width, available_height)[1] for f in [self.table, *self.after]
        ]
        self.width, self.height = available_width, sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.keep == 0:  # the tail on a page of its own, and still too long: let it flow
            return [self.table, *self.after]
        rows = self.table._rowHeights  # known after wrap
        tail = sum(rows[-self.keep :])
        parts = self.table.split(available_width, min(available_height, self._heights[0] - tail))
        if len(parts) != 2:  # not even a row fits here: start on the next page
            return []
        # The rest goes to the next page as one block, never below the first part.
        return [parts[0], PageBreak(), FiguresWithSignatures(parts[1], self.after, keep=0)]

    def draw(self) -> None:
        y = self.height
        for flowable, height in zip([self.table, *self.after], self._heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)


@dataclass(frozen=True)
class Signer:
    name: str
    role: str  # chair, deputy, secretary, member
    present: bool | None  # None: not recorded, marked by hand at the signing


@dataclass(frozen=True)
class DigitalStamp:
    """Who signs the file with a digital signature, printed on the page the signature covers."""

    name: str
    number: str  # "IIN …" for a person, "BIN …" for an organisation key
    role: str
    commission: Names
    at: datetime


# A commission without a roster on file: its places, as many as the largest commission has.
BLANK_COMMISSION = ("chair", "deputy", "secretary", *["member"] * 8)


def signature_block(
    signers: Sequence[Signer],
    lang: str,
    st: dict[str, ParagraphStyle],
    dissenters: Collection[str] = (),
) -> list[Flowable]:
    """Every member by name and role, chair, deputy and secretary first, marked present or
    absent, with a line to sign and the dissenting opinions noted; the seal's place beside."""
    order = {"chair": 0, "deputy": 1, "secretary": 2, "member": 3}
    people = sorted(signers, key=lambda s: order.get(s.role, 9)) or [
        Signer("", role, None) for role in BLANK_COMMISSION
    ]
    rows: list[list[Any]] = [
        [
            Paragraph(esc(text(k, lang)), st["cell_bold"])
            for k in ("role", "name", "present", "signature")
        ]
    ]
    for s in people:
        name = esc(s.name)
        if s.name and s.name in dissenters:
            name += f"<br/><i>{esc(text('dissent_attached', lang))}</i>"
        rows.append(
            [
                Paragraph(esc(text(s.role, lang)), st["cell"]),
                Paragraph(name, st["cell"]),
                Paragraph(
                    ""
                    if s.present is None
                    else esc(text("present" if s.present else "absent", lang)),
                    st["cell"],
                ),
                Paragraph("—" if s.present is False else "", st["cell"]),
            ]
        )
    width = PAGE_WIDTH - 2 * MARGIN
    seal_width = 30 * mm
    table = Table(
        rows,
        colWidths=[34 * mm, 47 * mm, 33 * mm, width - seal_width - 114 * mm],
        repeatRows=1,
    )
    table.setStyle(
        form_style(
            [
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    seal = Table(
        [[Paragraph(f"<b>{esc(text('seal', lang))}</b>", st["body"])]],
        colWidths=[seal_width - 4 * mm],
        rowHeights=[24 * mm],
    )
    seal.setStyle(
        form_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    block = Table([[table, seal]], colWidths=[width - seal_width, seal_width])
    block.setStyle(
        form_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (1, 0), (1, 0), 12 * mm),
            ]
        )
    )
    return [Paragraph(esc(text("members", lang)), st["heading"]), block]


def clock_time(at: datetime) -> str:
    """`2023-03-19 21:40 UTC+05:00`: a time with its offset, so no reader guesses the zone."""
    offset = at.strftime("%z") or "+0000"
    return f"{at:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"


def signer_number(number: str, lang: str) -> str:
    """A signer's "IIN …" or "BIN …" with the abbreviation in the reader's language
    (ЖСН / ИИН, БСН / БИН)."""
    kind, _, digits = number.partition(" ")
    return f"{text(kind, lang)} {digits}" if kind in ("IIN", "BIN") and digits else number


def stamp_block(
    stamp: DigitalStamp | None, digest: str, lang: str, st: dict[str, ParagraphStyle]
) -> Table:
    """The signature's status, printed where a reader looks for it: who signs the file
    digitally, in which role, for which commission, when, and the fingerprint; or, on an
    unsigned file, that it holds only by the signatures made by hand (no time is printed)."""
    if stamp is None:
        lines = [f"<b>{esc(text('digital_unsigned', lang))}</b>"]
    else:
        lines = [
            f"<b>{esc(text('digitally_signed', lang))}</b>",
            f"{esc(stamp.name)}, {esc(signer_number(stamp.number, lang))} — "
            f"{esc(text(stamp.role, lang))}, "
            f"{esc(stamp.commission.get(lang))}",
            f"{clock_time(stamp.at)} ({esc(text('signer_clock', lang))}) · "
            f"{spoken_fingerprint(digest)}",
        ]
    box = Table([[Paragraph("<br/>".join(lines), st["body"])]], colWidths=[PAGE_WIDTH - 2 * MARGIN])
    box.setStyle(
        form_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8 if stamp else 0.4, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


# QR codes at level Q (a quarter of the code may be lost to a fold or a stain) with modules
# of 1.1 mm: a page photographed at the equivalent of 72 dpi still gives each module about
# three pixels, which a phone decodes through blur, a tilt and noise. Below 1 mm it does not.
QR_MODULE = 1.1 * mm


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A QR code drawn as vector squares, so it prints sharp at any size."""

    def __init__(self, payload: str, module: float = QR_MODULE) -> None:
        super().__init__()
        self.qr = segno.make(payload, error="q", micro=False, boost_error=False)
        self.size = (len(self.qr.matrix) + 8) * module
        self.width = self.height = self.size
        self.page: int | None = None  # the page it was drawn on, once the form is built

    def draw(self) -> None:
        """One filled path of horizontal runs: modules drawn one by one leave hairline seams
        between them when a page is rendered or photographed at low resolution."""
        self.page = self.canv.getPageNumber()
        matrix = self.qr.matrix
        count = len(matrix) + 8  # the quiet zone of four modules each side
        module = self.size / count
        path = self.canv.beginPath()
        for y, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                path.rect(
                    (start + 4) * module, self.size - (y + 5) * module, (x - start) * module, module
                )
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def fingerprint_block(
    payload: str,
    digest: str,
    lang: str,
    st: dict[str, ParagraphStyle],
    qr: QrCode | None = None,
) -> Table:
    """The machine-readable code beside the fingerprint read out and in full: the block every
    document with attached figures prints (`qr`: its code, made by the caller to learn the
    page it lands on)."""
    qr = qr or QrCode(payload)
    size = qr.size
    code = Table(
        [
            [
                qr,
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
    code.setStyle(form_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return code
