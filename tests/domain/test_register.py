"""The register of polling stations, read against an election definition (pure)."""

from __future__ import annotations

import csv

import pytest

from tallyapp.domain.election import Election
from tallyapp.domain.errors import Problems
from tallyapp.domain.register import (
    REGISTER_COLUMNS,
    RegisterProblem,
    read_register,
)


def _rows(lines: list[str]) -> list[tuple[int, dict[str, str]]]:
    return [
        (n, dict(zip(REGISTER_COLUMNS, row, strict=True)))
        for n, row in enumerate(csv.reader(lines), start=2)
    ]


def test_a_register_lays_out_its_commissions_and_precincts(election_2023: Election) -> None:
    structure = read_register(
        election_2023,
        list(REGISTER_COLUMNS),
        _rows(
            [
                "ABAI,SEMEY-1,Семей ТСК,Семей ТИК,401,Учаске,Участок,мекенжай,адрес,8,1500,0",
                "ABAI,SEMEY-1,Семей ТСК,Семей ТИК,402,Учаске 2,Участок 2,,,8,0,0",
                "ASTANA,ABROAD-1,Шетел,Зарубеж,A001,Мәскеу,Москва,,,,300,1",
            ]
        ),
        "r.csv",
    )
    assert [(t.code, t.region, t.district, t.abroad) for t in structure.tecs] == [
        ("SEMEY-1", "ABAI", 8, False),
        ("ABROAD-1", "ASTANA", None, True),
    ]
    first = structure.precincts[0]
    assert (first.number, first.name, first.name_ru, first.address_ru, first.voters) == (
        "401",
        "Учаске",
        "Участок",
        "адрес",
        1500,
    )
    assert structure.precincts[2].district is None and structure.precincts[2].abroad


def test_every_problem_is_named_with_its_line_and_column(election_2023: Election) -> None:
    with pytest.raises(Problems) as refused:
        read_register(
            election_2023,
            list(REGISTER_COLUMNS),
            _rows(
                [
                    "ABAI,SEMEY-1,a,b,401,a,b,,,8,10,0",
                    "ABAI,SEMEY-1,a,b,401,a,b,,,8,10,0",
                    "ABAI,CEC,a,b,402,a,b,,,8,10,2",
                    "ABAI,SEMEY-1,a,c,403,a,b,,,8,1.5,0",
                ]
            ),
            "r.csv",
        )
    found = [(p.code, p.line, p.column) for p in refused.value.problems]  # type: ignore[attr-defined]
    assert found == [
        ("register.duplicate-precinct", 3, "precinct"),
        ("register.tec-code", 4, "tec_code"),
        ("register.abroad", 4, "abroad"),
        ("register.voters", 5, "voters"),
        ("register.tec-names", 5, "tec_name_kk"),
    ]
    with pytest.raises(RegisterProblem) as columns:
        read_register(election_2023, ["region", "precinct"], [], "r.csv")
    assert columns.value.params["missing"].startswith("tec_code, tec_name_kk")
    with pytest.raises(Problems) as empty:
        read_register(election_2023, list(REGISTER_COLUMNS), [], "r.csv")
    assert empty.value.problems[0].code == "register.empty"
