"""Figures in words for the paper protocol."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.number_words import english, in_words, kazakh, russian


@pytest.mark.parametrize(
    ("n", "kk", "ru", "en"),
    [
        (0, "нөл", "ноль", "zero"),
        (1, "бір", "один", "one"),
        (11, "он бір", "одиннадцать", "eleven"),
        (21, "жиырма бір", "двадцать один", "twenty-one"),
        (100, "жүз", "сто", "one hundred"),
        (245, "екі жүз қырық бес", "двести сорок пять", "two hundred forty-five"),
        (1000, "бір мың", "одна тысяча", "one thousand"),
        (1510, "бір мың бес жүз он", "одна тысяча пятьсот десять", "one thousand five hundred ten"),
        (2002, "екі мың екі", "две тысячи два", "two thousand two"),
        (5000, "бес мың", "пять тысяч", "five thousand"),
        (11_000, "он бір мың", "одиннадцать тысяч", "eleven thousand"),
        (
            3_431_510,
            "үш миллион төрт жүз отыз бір мың бес жүз он",
            "три миллиона четыреста тридцать одна тысяча пятьсот десять",
            "three million four hundred thirty-one thousand five hundred ten",
        ),
        (
            12_035_578,
            "он екі миллион отыз бес мың бес жүз жетпіс сегіз",
            "двенадцать миллионов тридцать пять тысяч пятьсот семьдесят восемь",
            "twelve million thirty-five thousand five hundred seventy-eight",
        ),
    ],
)
def test_words(n: int, kk: str, ru: str, en: str) -> None:
    assert (kazakh(n), russian(n), english(n)) == (kk, ru, en)


def test_bilingual_and_range() -> None:
    assert in_words(21, "kk+ru") == "жиырма бір / двадцать один"
    with pytest.raises(ValueError, match="out of range"):
        russian(-1)


@given(st.integers(0, 10**12 - 1))
def test_every_figure_has_words(n: int) -> None:
    for words in (kazakh(n), russian(n), english(n)):
        assert words and "  " not in words and words == words.strip()


@given(st.integers(0, 10**9 - 1))
def test_kazakh_and_russian_words_agree_with_num2words(n: int) -> None:
    """num2words, written independently, spells every figure as the paper protocols do
    ("одна тысяча пятьсот", "бір мың бес жүз"); the forms' own words must agree with it."""
    from num2words import num2words

    assert in_words(n, "ru") == num2words(n, lang="ru")
    assert in_words(n, "kk") == num2words(n, lang="kz")
