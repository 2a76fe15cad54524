"""A rightful signer cannot print one figure while the data says another: text hidden under
a white box, with another figure drawn over it, is not read back as printed."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from PIL import Image, ImageDraw, ImageFont

from tallyapp.reports.child_process import ChildFailed
from tallyapp.reports.signing import sign_pdf
from tallyapp.reports.visible_text import visible_text
from tallyapp.resources import resource_path
from tallyapp.services.setup import open_engine
from tallyapp.services.signatures import verify_document
from tests.conftest import GOOD_VOTES
from tests.observer_files import protocol_to_sign

SIGNED = str(GOOD_VOTES["AMANAT"])  # 500 in the attached data
SHOWN = "510"  # what the page shows instead


def _cover_and_draw(pdf: bytes, hidden: str, shown: str) -> bytes:
    """Every printed `hidden` under a white box, `shown` drawn on it as a picture (the text
    layer still says `hidden`)."""
    document = pdfium.PdfDocument(pdf)
    for page in document:
        textpage = page.get_textpage()
        searcher = textpage.search(hidden, match_whole_word=True)
        found = []
        while (hit := searcher.get_next()) is not None:
            found.append(hit)
        for start, count in found:
            boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
            left, bottom = min(b[0] for b in boxes) - 1, min(b[1] for b in boxes) - 1
            right, top = max(b[2] for b in boxes) + 1, max(b[3] for b in boxes) + 1
            box = raw.FPDFPageObj_CreateNewRect(left, bottom, right - left, top - bottom)
            raw.FPDFPageObj_SetFillColor(box, 255, 255, 255, 255)
            raw.FPDFPath_SetDrawMode(box, raw.FPDF_FILLMODE_WINDING, False)
            raw.FPDFPage_InsertObject(page.raw, box)
            scale = 8
            picture = Image.new(
                "L", (int((right - left) * scale), int((top - bottom) * scale)), 255
            )
            font = ImageFont.truetype(
                str(resource_path("fonts", "DejaVuSans.ttf")), int((top - bottom) * scale * 0.8)
            )
            ImageDraw.Draw(picture).text((0, 0), shown, fill=0, font=font)
            image = pdfium.PdfImage.new(document)
            image.set_bitmap(pdfium.PdfBitmap.from_pil(picture.convert("RGB")))
            image.set_matrix(
                pdfium.PdfMatrix().scale(right - left, top - bottom).translate(left, bottom)
            )
            page.insert_obj(image)
        page.gen_content()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_figure_hidden_under_a_box_is_not_read_back(tmp_path: Path) -> None:
    unsigned, key, authority = protocol_to_sign(tmp_path)
    engine = open_engine(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    honest = verify_document(sign_pdf(unsigned, key, b"pw"), [authority], engine)
    assert honest.ok, honest.problems
    forged = _cover_and_draw(unsigned, SIGNED, SHOWN)
    assert SIGNED in pdfium.PdfDocument(forged)[0].get_textpage().get_text_range()
    assert SIGNED not in visible_text(forged)
    result = verify_document(sign_pdf(forged, key, b"pw"), [authority], engine)
    assert not result.ok
    assert any("AMANAT" in p or "printed row does not read" in p for p in result.problems), (
        result.problems
    )
    engine.dispose()


def test_every_character_of_an_honest_protocol_shows(tmp_path: Path) -> None:
    unsigned, _key, _authority = protocol_to_sign(tmp_path)
    text = "\n".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(unsigned))
    assert visible_text(unsigned) == text


def _trap(pdf: bytes) -> str:
    # What pdfium does on some damaged files: a trap instruction that stops its whole process.
    os.kill(os.getpid(), signal.SIGTRAP)
    return ""


def test_a_file_that_crashes_the_page_renderer_is_refused_and_the_app_lives_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pdfium stopped a whole import run with a trap on a damaged signed PDF: the pages are
    drawn in a child process, so the file is refused with a reason and this process goes on."""
    unsigned, key, authority = protocol_to_sign(tmp_path)
    signed = sign_pdf(unsigned, key, b"pw")
    monkeypatch.setattr("tallyapp.reports.visible_text.drawn_text", _trap)
    engine = open_engine(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    result = verify_document(signed, [authority], engine)
    engine.dispose()
    assert not result.ok
    assert any("printed pages cannot be read" in p for p in result.problems), result.problems
    with pytest.raises(ChildFailed, match="stopped"):
        visible_text(unsigned)
