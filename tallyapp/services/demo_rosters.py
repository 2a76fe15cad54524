"""Synthetic rosters for the synthetic commission register: every commission of the demo, and
every precinct commission, gets a chair, a deputy, a secretary and members with valid
(made-up) IINs, the same in every database made from the same register, so that a signature
made at one commission can be checked against the roster at the commission above."""

from __future__ import annotations

import random

from tallyapp.domain.authority import Role, RosterMember, iin_check_digit

SURNAMES = (
    ("Сейітов", "Сейітова"),
    ("Жақыпов", "Жақыпова"),
    ("Омаров", "Омарова"),
    ("Ахметов", "Ахметова"),
    ("Нұрланов", "Нұрланова"),
    ("Исаев", "Исаева"),
    ("Тоқтаров", "Тоқтарова"),
    ("Бекмұхамедов", "Бекмұхамедова"),
    ("Қасымов", "Қасымова"),
    ("Смағұлов", "Смағұлова"),
    ("Ким", "Ким"),
    ("Иванов", "Иванова"),
)
GIVEN = (
    ("Ерлан", "Айгүл"),
    ("Асхат", "Гүлнар"),
    ("Бауыржан", "Динара"),
    ("Дәурен", "Жанар"),
    ("Нұржан", "Әсел"),
    ("Серік", "Сәуле"),
    ("Марат", "Ләззат"),
    ("Виктор", "Ольга"),
)
PRECINCT_ROLES = (Role.CHAIR, Role.DEPUTY, Role.SECRETARY, Role.MEMBER, Role.MEMBER)
HIGHER_ROLES = (Role.CHAIR, Role.DEPUTY, Role.SECRETARY, Role.MEMBER, Role.MEMBER, Role.MEMBER)


def made_up_iin(rng: random.Random, female: bool) -> str:
    """A 12-digit IIN with a valid check digit: birth date, century and sex, serial."""
    while True:
        year = rng.randint(1955, 2004)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        century = (3 if year < 2000 else 5) + (1 if female else 0)
        first = f"{year % 100:02d}{month:02d}{day:02d}{century}{rng.randint(0, 9999):04d}"
        check = iin_check_digit(first)
        if check is not None:
            return f"{first}{check}"


def demo_roster(commission: str, precinct: bool, seed: int = 2023) -> list[RosterMember]:
    rng = random.Random(f"{seed}:{commission}")
    members: list[RosterMember] = []
    for role in PRECINCT_ROLES if precinct else HIGHER_ROLES:
        while True:  # two members of one commission never share a name
            female = rng.random() < 0.55
            surname = rng.choice(SURNAMES)[1 if female else 0]
            given = rng.choice(GIVEN)[1 if female else 0]
            name = f"{surname} {given}"
            if all(m.name != name for m in members):
                break
        members.append(RosterMember(made_up_iin(rng, female), name, role))
    return members
