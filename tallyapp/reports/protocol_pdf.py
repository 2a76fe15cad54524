"""The precinct protocol (blue or green) as an A4 form, with its QR code and fingerprint."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from tallyapp.domain.election import Names
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.reports.layout import (
    DigitalStamp,
    FiguresWithSignatures,
    QrCode,
    Signer,
    build,
    esc,
    figure_table,
    fingerprint_block,
    form_style,
    signature_block,
    stamp_block,
    styles,
)
from tallyapp.reports.texts import text


@dataclass(frozen=True)
class ProtocolLine:
    number: int
    names: Names
    value: int


@dataclass(frozen=True)
class ProtocolDocument:
    """Everything printed on a precinct protocol, already read from the database."""

    election: Names
    ballot: Names
    precinct: str
    precinct_name: str
    commission: Names  # the territorial commission above
    district: Names | None  # the precinct's district; None abroad
    lines: tuple[ProtocolLine, ...]
    version: int
    kind: str
    reason: str
    state: str
    signed_at: datetime | None
    signers: tuple[Signer, ...]
    fingerprint: str
    payload: str  # the QR code's text (TALLY1)
    explanations: dict[str, str] = field(default_factory=dict)  # by check id
    check_names: dict[str, Names] = field(default_factory=dict)  # what each check says
    dissent: tuple[tuple[str, str], ...] = ()
    copy: int = 1
    stamp: DigitalStamp | None = None  # the digital signature about to cover this file
    rehearsal: bool = False  # every page says REHEARSAL


# The last rows of the figures stay on the page of the signatures and the seal: when a form
# needs two pages, the second still carries figures, so no one signs a page without them.
ROWS_WITH_SIGNATURES = 3


def render_protocol(doc: ProtocolDocument, lang: str = "kk+ru") -> bytes:
    """The form; when its QR code falls on a later page, page 1 says which, for whoever
    photographs the protocol to enter it (a photo of page 1 alone has no code to read)."""
    title = text("protocol", lang)
    if doc.kind == "repeated":
        title = f"{text('repeated', lang)} {title}"
    footer = (
        f"{text('copy', lang)} {doc.copy} · {text('precinct', lang)} {doc.precinct} · "
        f"{spoken_fingerprint(doc.fingerprint)}"
    )
    # Every page carries the places for the chair's and the secretary's initials.
    initials = (
        f"{text('initials', lang)}: {text('chair', lang)} ________  "
        f"{text('secretary', lang)} ________"
    )
    banner = text("rehearsal", lang) if doc.rehearsal else ""
    code_page: int | None = None
    for _attempt in range(3):  # the sentence itself may push the code on by a page
        qr = QrCode(doc.payload)
        story = _story(doc, lang, title, qr, code_page)
        pdf = build(story, f"{title} {doc.precinct}", footer, lang, initials, banner)
        if qr.page == (code_page or 1):
            break
        code_page = qr.page
    return pdf


def _story(
    doc: ProtocolDocument, lang: str, title: str, qr: QrCode, code_page: int | None
) -> list[Flowable]:
    """The form's content; `code_page`: the page its QR code stands on, said on page 1."""
    st = styles()
    story: list[Flowable] = []
    story.append(Paragraph(esc(title), st["title"]))
    story.append(Paragraph(esc(text("precinct_protocol", lang)), st["subtitle"]))
    story.append(Paragraph(esc(doc.election.get(lang)), st["subtitle"]))
    where = doc.district.get(lang) if doc.district is not None else text("abroad", lang)
    facts = [
        (
            text("precinct", lang),
            f"{doc.precinct} — {doc.precinct_name}" if doc.precinct_name else doc.precinct,
        ),
        (text("commission", lang), doc.commission.get(lang)),
        (text("district", lang) if doc.district is not None else "", where),
        (text("ballot", lang), doc.ballot.get(lang)),
        (
            text("version", lang),
            f"{doc.version}" + (f" — {text('reason', lang)}: {doc.reason}" if doc.reason else ""),
        ),
        # The commission's signing at the count; printed only when it happened.
        (text("signed_at", lang) if doc.signed_at else "", _when(doc.signed_at)),
    ]
    rows = [
        [Paragraph(f"<b>{esc(k)}</b>", st["body"]), Paragraph(esc(v), st["body"])]
        for k, v in facts
        if k and v
    ]
    info = Table(rows, colWidths=[55 * mm, None])
    info.setStyle(
        form_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    story.append(info)
    if code_page is not None and code_page > 1:
        where = text("code_on_page", lang).format(code_page)
        story.append(Paragraph(f"<b>{esc(where)}</b>", st["body"]))
    story.append(Spacer(1, 4 * mm))
    figures = [(str(line.number), line.names.get(lang), line.value) for line in doc.lines]
    dissenters = {name for name, _opinion in doc.dissent}
    story.append(
        FiguresWithSignatures(
            figure_table(figures, lang, st),
            [
                Spacer(1, 2 * mm),
                *signature_block(doc.signers, lang, st, dissenters),
                Spacer(1, 3 * mm),
                stamp_block(doc.stamp, doc.fingerprint, lang, st),
            ],
            ROWS_WITH_SIGNATURES,
        )
    )
    # The code and the fingerprint next, so they share the page of the signatures if they fit.
    code = fingerprint_block(doc.payload, doc.fingerprint, lang, st, qr)
    story += [Spacer(1, 4 * mm), KeepTogether([code])]
    if doc.explanations:
        story.append(Paragraph(esc(text("explanations", lang)), st["heading"]))
        for check_id, explanation in doc.explanations.items():
            # The check in the words of the form, not its id: members explain a warning.
            named = doc.check_names.get(check_id)
            check = named.get(lang) if named is not None else check_id
            story.append(Paragraph(f"<b>{esc(check)}</b>: {esc(explanation)}", st["body"]))
    if doc.dissent:
        story.append(Paragraph(esc(text("dissent", lang)), st["heading"]))
        for name, opinion in doc.dissent:
            story.append(Paragraph(f"<b>{esc(name)}</b>: {esc(opinion)}", st["body"]))
    return story


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else ""
