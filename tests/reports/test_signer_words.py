"""The signature's box on a printed form names the signer's number as the reader's language
does: ЖСН in Kazakh, ИИН in Russian, both in a bilingual form, IIN only in English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tallyapp.domain.election import Names
from tallyapp.reports.layout import DigitalStamp, stamp_block, styles

STAMP = DigitalStamp(
    "Әлия Серікқызы",
    "IIN 900101400123",
    "chair",
    Names("№101 УСК", "УИК №101", "PEC 101"),
    datetime(2023, 3, 19, 22, 0, tzinfo=UTC),
)


def _said(lang: str) -> str:
    box = stamp_block(STAMP, "ab" * 32, lang, styles())
    return str(box._cellvalues[0][0].text)


@pytest.mark.parametrize(
    ("lang", "number"),
    [("kk", "ЖСН 900101400123"), ("ru", "ИИН 900101400123"), ("kk+ru", "ЖСН / ИИН 900101400123")],
)
def test_the_signers_number_is_in_the_readers_language(lang: str, number: str) -> None:
    assert number in _said(lang)
    assert "IIN" not in _said(lang)


def test_english_keeps_iin() -> None:
    assert "IIN 900101400123" in _said("en")
