"""Figures in words, as paper protocols write them: Kazakh, Russian and English cardinals.

Kazakh and Russian wording awaits review by a native speaker (see the election notes).
"""

from __future__ import annotations

_KK_ONES = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_SCALES = ("", "мың", "миллион", "миллиард")

_RU_ONES_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_ONES_F = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TEENS = (
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_RU_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_RU_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)
# (one, few, many) forms; thousands are feminine in Russian.
_RU_SCALES = (
    ("", "", ""),
    ("тысяча", "тысячи", "тысяч"),
    ("миллион", "миллиона", "миллионов"),
    ("миллиард", "миллиарда", "миллиардов"),
)

_EN_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("", "thousand", "million", "billion")

LIMIT = 10**12


def _groups(n: int) -> list[int]:
    """999_001_020 -> [20, 1, 999]: groups of three digits, lowest first."""
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    return groups


def _check(n: int) -> None:
    if n < 0 or n >= LIMIT:
        raise ValueError(f"figure out of range for words: {n}")


def kazakh(n: int) -> str:
    """1510 -> 'бір мың бес жүз он'."""
    _check(n)
    if n == 0:
        return "нөл"
    words: list[str] = []
    for scale, group in reversed(list(enumerate(_groups(n)))):
        if group == 0:
            continue
        hundreds, rest = divmod(group, 100)
        tens, ones = divmod(rest, 10)
        if hundreds:
            words += ([_KK_ONES[hundreds]] if hundreds > 1 else []) + ["жүз"]
        if tens:
            words.append(_KK_TENS[tens])
        if ones:
            words.append(_KK_ONES[ones])
        if scale:
            words.append(_KK_SCALES[scale])
    return " ".join(words)


def _ru_form(n: int, forms: tuple[str, str, str]) -> str:
    if 11 <= n % 100 <= 19:
        return forms[2]
    last = n % 10
    return forms[0] if last == 1 else forms[1] if 2 <= last <= 4 else forms[2]


def russian(n: int) -> str:
    """1510 -> 'одна тысяча пятьсот десять'."""
    _check(n)
    if n == 0:
        return "ноль"
    words: list[str] = []
    for scale, group in reversed(list(enumerate(_groups(n)))):
        if group == 0:
            continue
        hundreds, rest = divmod(group, 100)
        tens, ones = divmod(rest, 10)
        if hundreds:
            words.append(_RU_HUNDREDS[hundreds])
        if tens == 1:
            words.append(_RU_TEENS[ones])
        else:
            if tens:
                words.append(_RU_TENS[tens])
            if ones:
                words.append((_RU_ONES_F if scale == 1 else _RU_ONES_M)[ones])
        if scale:
            words.append(_ru_form(group, _RU_SCALES[scale]))
    return " ".join(words)


def english(n: int) -> str:
    """1510 -> 'one thousand five hundred ten'."""
    _check(n)
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, group in reversed(list(enumerate(_groups(n)))):
        if group == 0:
            continue
        hundreds, rest = divmod(group, 100)
        if hundreds:
            words += [_EN_ONES[hundreds], "hundred"]
        if rest >= 20:
            words.append(_EN_TENS[rest // 10] + ("-" + _EN_ONES[rest % 10] if rest % 10 else ""))
        elif rest:
            words.append(_EN_ONES[rest])
        if scale:
            words.append(_EN_SCALES[scale])
    return " ".join(words)


def in_words(n: int, lang: str) -> str:
    """The figure in words in `lang` (kk, ru, en); kk+ru gives both, Kazakh first."""
    if lang == "kk+ru":
        return f"{kazakh(n)} / {russian(n)}"
    return {"kk": kazakh, "ru": russian}.get(lang, english)(n)
