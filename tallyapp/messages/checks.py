"""A check's verdict read out in the reader's language: its name, its status and the one-line
explanation with its numbers, the words from the messages files (contexts "check" and
"check-name"), the numbers and the paper's line numbers from the verdict."""

from __future__ import annotations

from tallyapp.domain.checks import CheckName, Reading, Verdict
from tallyapp.domain.election import Names
from tallyapp.messages.files import text

BOTH = ("kk", "ru")


def _words(key: str, lang: str, count: int | None = None) -> str:
    # "kk+ru" (a bilingual form) reads its explanations in the first of its languages.
    found = text("check", key, lang.split("+")[0], count)
    if found is None:
        raise KeyError(f"no words for the check's {key}")
    return found


def check_name(check: Verdict | CheckName, lang: str) -> str:
    """The check's name: the election definition's, or a built-in check's from the files."""
    if check.names is not None:
        return check.names.get(lang)
    if lang == "kk+ru":  # a bilingual form names it in both, as it does the definition's
        kk, ru = (text("check-name", check.check_id, each) or check.check_id for each in BOTH)
        return Names(kk, ru, check.check_id).get(lang)
    return text("check-name", check.check_id, lang) or check.check_id  # no words: its id


def status(verdict: Verdict, lang: str) -> str:
    """The status as the reader's language says it: ҚАТЕ, ОШИБКА, FAIL."""
    return _words(f"status.{verdict.status_word()}", lang)


def paper_formula(verdict: Verdict, lang: str = "en") -> str:
    """The formula in the words of the paper form: each figure by its line number."""
    if not verdict.paper_lines:
        return verdict.formula
    return " ".join(
        token if kind is None else _words(kind.value, lang).format(line=place)
        for token, kind, place in verdict.paper_places()
    )


def _percent(verdict: Verdict, lang: str) -> str:
    if verdict.percent is None:
        return _words("no-base", lang)
    shown = f"{float(verdict.percent):.2f}%"
    return shown if lang.startswith("en") else shown.replace(".", ",")  # a decimal comma


def _bounds(verdict: Verdict, lang: str) -> str:
    if len(verdict.bounds) == 2:
        low, high = verdict.bounds
        return _words("bounds", lang).format(low=low, high=high)
    return verdict.tolerance


def _relation(verdict: Verdict, lang: str) -> str:
    right = verdict.right_text
    if right != str(verdict.right):
        right = f"{right} = {verdict.right}" if verdict.holds else f"({right} = {verdict.right})"
    left = verdict.left_text
    if left != str(verdict.left):
        left = f"({left} = {verdict.left})"
    said = f"{paper_formula(verdict, lang)} — {left} {verdict.op_shown} {right}"
    if not verdict.holds and verdict.op == "==":
        said += _words("differs", lang).format(difference=abs(verdict.difference))
    return said


def explain(verdict: Verdict, lang: str = "en") -> str:
    """The verdict in one line, with its numbers, as a person checks it on paper:
    "[FAIL] C2 Ballots received …: line 2 = line 3 + line 5 — 1510 ≠ (900 + 600 = 1500), …"."""
    name = check_name(verdict, lang)
    reading = verdict.reading
    if reading is Reading.PLAUSIBILITY:
        said = _words("plausibility", lang).format(
            name=name,
            left=verdict.left,
            right=verdict.right,
            percent=_percent(verdict, lang),
            tolerance=_bounds(verdict, lang),
        )
    else:
        if reading is Reading.ISSUED:
            detail = _words("issued", lang).format(
                blue=verdict.left,
                green=verdict.right,
                difference=verdict.difference,
                allowed=verdict.inputs["allowed"],
            )
        elif reading is Reading.NEGATIVE:
            negative = ", ".join(f"{k} = {v}" for k, v in verdict.inputs.items())
            detail = _words("negative", lang).format(figures=negative)
        elif reading is Reading.NON_NEGATIVE:
            count = int(verdict.right_text)
            detail = _words("non-negative", lang, count).format(count=count)
        else:
            detail = _relation(verdict, lang)
        said = f"{name}: {detail}"
    return f"[{status(verdict, lang)}] {verdict.check_id} {said}"
