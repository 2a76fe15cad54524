"""The text a reader of a page actually sees: each character of the text layer kept only if
its ink shows when the page is drawn.

A PDF's text layer can say one thing while the page shows another: a white box drawn over
"192" with "202" drawn on it reads back as "192" and shows 202. So each page is drawn twice,
as it is and with its text alone; a character counts as printed only where most of the ink
of its glyph alone is still dark on the whole page. Covered, white or invisible text is
blanked out before the printed rows are read back (`signing.printed_rows_problems`).

The pages are drawn in a child process (`child_process`): pdfium stops its whole process on
some damaged files, and a received file must not close the app.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tallyapp.reports.child_process import run_in_child

SCALE = 2.0  # pixels per point: digits at 7 pt are about 14 pixels high
DARK = 140  # a pixel darker than this (0-255) is ink
SHOWN = 0.8  # the share of a glyph's ink that must still be dark on the whole page
TIMEOUT = 120.0  # seconds: a protocol's pages draw in well under one


def visible_text(pdf: bytes) -> str:
    """The text of every page, each character that does not show replaced by a space. Raises
    `child_process.ChildFailed` when the pages cannot be drawn (the reason in its message)."""
    return run_in_child(drawn_text, pdf, TIMEOUT)


def drawn_text(pdf: bytes) -> str:
    """`visible_text` computed in this process: only for files this app wrote."""
    import pypdfium2 as pdfium

    whole = pdfium.PdfDocument(pdf)
    alone = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for n in range(len(whole)):
            pages.append(_page(whole[n], alone[n], pdfium))
        return "\n".join(pages)
    finally:
        alone.close()
        whole.close()


def _page(page: Any, bare: Any, pdfium: Any) -> str:
    # The same page with every object but text taken away: what its glyphs look like alone.
    for obj in list(bare.get_objects(max_depth=1)):
        if obj.type != pdfium.raw.FPDF_PAGEOBJ_TEXT:
            bare.remove_obj(obj)
    bare.gen_content()
    shown = np.asarray(page.render(scale=SCALE, grayscale=True).to_pil().convert("L")) < DARK
    glyphs = np.asarray(bare.render(scale=SCALE, grayscale=True).to_pil().convert("L")) < DARK
    covered = glyphs & ~shown  # ink of a glyph that the whole page does not show
    rows, columns = shown.shape
    height = page.get_height()
    textpage = page.get_textpage()
    chars = list(textpage.get_text_range())
    for i, char in enumerate(chars):
        if char.isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        x0, x1 = max(int(left * SCALE), 0), min(int(right * SCALE) + 1, columns)
        y0, y1 = max(int((height - top) * SCALE), 0), min(int((height - bottom) * SCALE) + 1, rows)
        ink = int(glyphs[y0:y1, x0:x1].sum()) if x1 > x0 and y1 > y0 else 0
        # No ink of its own (white, invisible, clipped away), or most of it covered.
        if ink == 0 or int(covered[y0:y1, x0:x1].sum()) > (1 - SHOWN) * ink:
            chars[i] = " "
    return "".join(chars)
