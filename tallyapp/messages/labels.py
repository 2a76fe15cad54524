"""Words and numbers of the command line's printed results, in Kazakh, Russian or English."""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

LABELS: dict[str, Names] = {
    "ballot.party-list": N(
        "көк бюллетень (партиялық тізімдер)",
        "синий бюллетень (партийные списки)",
        "party-list ballot",
    ),
    "ballot.constituency": N(
        "жасыл бюллетень (бірмандатты округтер)",
        "зелёный бюллетень (одномандатные округа)",
        "constituency ballot",
    ),
    "precincts": N(
        "Учаскелер: {expected} күтілуде, {received} алынды, {accepted} қабылданды, {missing} жоқ",
        "Участки: ожидается {expected}, получено {received}, принято {accepted}, нет {missing}",
        "Precincts: {expected} expected, {received} received, {accepted} accepted, "
        "{missing} missing",
    ),
    "figures": N(
        "Тізімдегі сайлаушылар {voters}   жәшіктердегі бюллетеньдер {boxes} (келу {turnout}%)"
        "   жарамсыз {invalid}   барлығына қарсы {against}",
        "Избирателей в списке {voters}   бюллетеней в ящиках {boxes} (явка {turnout}%)"
        "   недействительных {invalid}   против всех {against}",
        "Voters on the list {voters}   ballots in the boxes {boxes} (turnout {turnout}%)"
        "   invalid {invalid}   against all {against}",
    ),
    "figures.no-against": N(
        "Тізімдегі сайлаушылар {voters}   жәшіктердегі бюллетеньдер {boxes} (келу {turnout}%)"
        "   жарамсыз {invalid}",
        "Избирателей в списке {voters}   бюллетеней в ящиках {boxes} (явка {turnout}%)"
        "   недействительных {invalid}",
        "Voters on the list {voters}   ballots in the boxes {boxes} (turnout {turnout}%)"
        "   invalid {invalid}",
    ),
    "votes": N("дауыс", "голоса", "votes"),
    "seats": N("орын", "места", "seats"),
    "seats.error": N("Орындар: {reason}", "Места: {reason}", "Seats: {reason}"),
    "commission": N("комиссия", "комиссия", "commission"),
    "expected": N("күтілуде", "ожид.", "expected"),
    "accepted": N("қабылд.", "принято", "accepted"),
    "turnout": N("келу %", "явка %", "turnout %"),
    "district.won": N(
        "{number}-округ: {name} ({party}) {votes} — екінші орын {runner} {runner_votes}, "
        "айырма {margin}",
        "Округ {number}: {name} ({party}) {votes} — второе место {runner} {runner_votes}, "
        "разрыв {margin}",
        "District {number}: {name} ({party}) {votes} — runner-up {runner} {runner_votes}, "
        "margin {margin}",
    ),
    "progress.preparing": N(
        "дерекқор дайындалуда", "подготовка базы данных", "preparing the database"
    ),
    "progress.generating": N("хаттамалар жасалуда", "создание протоколов", "generating protocols"),
    "progress.candidates": N("кандидаттар жазылуда", "запись кандидатов", "writing candidates"),
    "progress.protocols": N("хаттамалар жазылуда", "запись протоколов", "writing protocols"),
    "progress.done": N("дайын", "готово", "done"),
    "progress.files": N("файлдар тексерілуде", "проверка файлов", "checking the files"),
    "progress.schema": N("дерекқор құрылуда", "создание базы данных", "creating the database"),
    "progress.commissions": N("комиссиялар жазылуда", "запись комиссий", "writing the commissions"),
    "progress.precincts": N("учаскелер жазылуда", "запись участков", "writing the precincts"),
    "progress.rosters": N(
        "комиссия құрамдары жазылуда", "запись составов комиссий", "writing the rosters"
    ),
    "progress.members": N(
        "комиссия мүшелері жазылуда", "запись членов комиссий", "writing the members"
    ),
    "progress.finishing": N("аяқталуда", "завершение", "finishing"),
    "district.open": N(
        "{number}-округ: {outcome}", "Округ {number}: {outcome}", "District {number}: {outcome}"
    ),
}


def label(key: str, lang: str, **params: object) -> str:
    return LABELS[key].get(lang).format(**params)


def number(value: int, lang: str) -> str:
    """Thousands grouped as the language writes them: 1,234,567 or 1 234 567."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def decimal(value: float, lang: str, places: int = 2) -> str:
    """A decimal as the language writes it: 8.59 in English, 8,59 in Kazakh and Russian."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def progress_text(text: str, lang: str) -> str:
    """A step of long work in the reader's language (file names and codes are shown as
    they are)."""
    return LABELS[text].get(lang) if text in LABELS else text
