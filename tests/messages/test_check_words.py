"""A check's verdict read out at the edge: the words from the messages files, the numbers from
the verdict, in Kazakh, Russian and English."""

from __future__ import annotations

import pickle
from fractions import Fraction

import pytest

from tallyapp.domain.checks import check_cross_ballot, check_protocol
from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.errors import TallyError
from tallyapp.domain.protocol import Protocol
from tallyapp.messages import say
from tallyapp.messages.checks import check_name, explain, status
from tests.conftest import blue_protocol


def _green(voters: int, issued: int) -> Protocol:
    fields = {"voters_on_list": voters, "ballots_issued": issued}
    return Protocol("kz-majilis-2023", BallotKind.CONSTITUENCY, "101", fields, {}, 0, district=1)


def test_the_built_in_checks_are_named_in_every_language(election_2023: Election) -> None:
    report = check_cross_ballot(blue_protocol(), _green(1490, 901), election_2023.cross_ballot)
    x1, x2 = report.verdict("X1"), report.verdict("X2")
    assert check_name(x1, "kk") == "Көк және жасыл хаттамалардағы сайлаушылар саны бірдей"
    assert check_name(x2, "ru") == "Зелёных бюллетеней выдано не больше синих, в пределах допуска"
    assert explain(x2, "en") == (
        "[WARNING] X2 Green ballots issued are at most the blue ones, and not far below: "
        "blue issued 900, green issued 901, difference -1, allowed 0 to 27"
    )
    assert explain(x2, "kk").startswith("[ЕСКЕРТУ] X2 Жасыл бюллетеньдер")
    assert check_name(x1, "kk+ru") == (
        "Көк және жасыл хаттамалардағы сайлаушылар саны бірдей / "
        "Число избирателей в синем и зелёном протоколах совпадает"
    )


@pytest.mark.parametrize(
    ("lang", "negative", "whole"),
    [
        ("en", "negative: votes[JSDP] = -1", "all 15 figures are ≥ 0"),
        ("kk", "теріс: votes[JSDP] = -1", "барлық 15 сан ≥ 0"),
        ("ru", "отрицательные: votes[JSDP] = -1", "все 15 чисел ≥ 0"),
    ],
)
def test_the_non_negative_check_in_each_language(
    election_2023: Election, lang: str, negative: str, whole: str
) -> None:
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    failing = check_protocol(blue_protocol(votes_JSDP=-1, votes_AMANAT=541), ballot)
    holding = check_protocol(blue_protocol(), ballot)
    assert explain(failing.verdict("C5"), lang).endswith(negative)
    assert explain(holding.verdict("C5"), lang).endswith(whole)
    assert status(holding.verdict("C5"), lang) == {"en": "OK", "kk": "ДҰРЫС", "ru": "ВЕРНО"}[lang]


def test_two_bounds_are_joined_in_the_readers_language(election_2023: Election) -> None:
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    tolerances = {"P2": (Fraction(1), Fraction(99))}
    p2 = check_protocol(blue_protocol(), ballot, tolerances).verdict("P2")
    assert explain(p2, "en").endswith("(allowed ≥ 1% and ≤ 99%)")
    assert explain(p2, "kk").endswith("(рұқсат ≥ 1% және ≤ 99%)")
    assert explain(p2, "ru").endswith("(допустимо ≥ 1% и ≤ 99%)")


def test_an_error_carrying_a_verdict_says_it_after_crossing_processes(
    election_2023: Election,
) -> None:
    ballot = election_2023.ballot(BallotKind.PARTY_LIST)
    c2 = check_protocol(blue_protocol(ballots_received=1510), ballot).verdict("C2")
    error = pickle.loads(pickle.dumps(TallyError("check.fails", check="C2", explanation=c2)))
    assert say(error, "ru") == f"C2 не выполняется: {explain(c2, 'ru')}"
    assert explain(c2, "ru").endswith(
        "строка 2 = строка 3 + строка 5 — 1510 ≠ (900 + 600 = 1500), расхождение 10"
    )
    warning = check_cross_ballot(blue_protocol(), _green(1490, 900), election_2023.cross_ballot)
    x1 = warning.verdict("X1")
    asked = TallyError("check.needs-explanation", check="X1", name=x1.name)
    assert say(asked, "en") == (
        "X1 needs a written explanation: "
        "Voters on the list agree between the blue and green protocols"
    )


@pytest.mark.parametrize(
    ("lang", "candidates", "districts", "said"),
    [
        ("en", 2, 1, "2 candidates in 1 district stored from c.csv."),
        ("en", 1, 2, "1 candidate in 2 districts stored from c.csv."),
        ("ru", 21, 1, "21 кандидат в 1 округе сохранено из c.csv."),
        ("ru", 3, 5, "3 кандидата в 5 округах сохранено из c.csv."),
        ("ru", 11, 22, "11 кандидатов в 22 округах сохранено из c.csv."),
        ("kk", 5, 2, "2 округте 5 кандидат c.csv файлынан сақталды."),
    ],
)
def test_stored_candidates_are_counted_in_each_languages_plural_forms(
    lang: str, candidates: int, districts: int, said: str
) -> None:
    from tallyapp.messages.labels import label

    assert (
        label(
            "register.candidates-stored",
            lang,
            candidates=label("count.candidates", lang, count=candidates),
            districts=label("count.in-districts", lang, count=districts),
            file="c.csv",
        )
        == said
    )
