"""Election definitions: the shipped ones are complete, and bad files name file, path, problem."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tallyapp.domain.definition import DefinitionError, parse_election
from tallyapp.domain.election import BallotKind, Election, ThresholdBase
from tallyapp.messages import say
from tallyapp.resources import resource_path
from tallyapp.services.definitions import load_election, load_election_file


def test_2023_definition(election_2023: Election) -> None:
    e = election_2023
    assert [p.code for p in e.parties_in_ballot_order()] == [
        "AMANAT",
        "AUYL",
        "RESPUBLICA",
        "QHP",
        "BAYTAQ",
        "AQJOL",
        "JSDP",
    ]
    assert e.seats_party_list == 69
    assert e.threshold.percent == 5 and e.threshold.base is ThresholdBase.VALID_WITH_AGAINST_ALL
    assert len(e.regions) == 20
    assert sum(r.registered_voters for r in e.regions) == 12_035_578
    assert len(e.districts) == 29
    assert sorted(n for r in e.regions for n in r.districts) == list(range(1, 30))
    assert e.region("TURKISTAN").districts == (25, 26, 27)
    assert e.district(14).region == "WEST_KAZAKHSTAN"
    assert e.region("ASTANA").holds_overseas
    assert e.has_ballot(BallotKind.CONSTITUENCY) and e.has_against_all
    for p in e.parties:  # Kazakh letters are present in the Kazakh names
        assert p.names.kk and p.names.ru and p.names.en
    assert "Қазақстан" in e.party("QHP").names.kk


def test_2021_definition(election_2021: Election) -> None:
    e = election_2021
    assert len(e.parties) == 5 and e.seats_party_list == 98 and e.threshold.percent == 7
    assert not e.has_ballot(BallotKind.CONSTITUENCY)
    assert not e.has_against_all


def _data() -> dict[str, Any]:
    return json.loads(resource_path("elections", "kz-majilis-2023.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (lambda d: d.pop("parties"), "", "missing field 'parties'"),
        (lambda d: d.__setitem__("format_version", 9), "format_version", "not supported"),
        (
            lambda d: d["parties"][2].__setitem__("ballot_number", "three"),
            "parties[2].ballot_number",
            "expected a whole number, found 'three'",
        ),
        (
            lambda d: d["parties"][1].__setitem__("code", "AMANAT"),
            "parties[1].code",
            "two parties share code 'AMANAT'",
        ),
        (
            lambda d: d["party_list"]["threshold"].__setitem__("percent", 120),
            "party_list.threshold",
            "percent must be within 0–100",
        ),
        (
            lambda d: d["protocol"]["relations"][1].__setitem__("right", "ballots_issued + nope"),
            "protocol.relations[1].right",
            "unknown figure 'nope'",
        ),
        (
            lambda d: d["protocol"]["relations"][0].__setitem__("op", "=>"),
            "protocol.relations[0]",
            "op must be one of",
        ),
        (
            lambda d: d["regions"][0]["districts"].append(99),
            "regions[0]",
            "district 99 is not defined",
        ),
        (
            lambda d: d["districts"][3].__setitem__("region", "MARS"),
            "districts[3].region",
            "unknown region 'MARS'",
        ),
    ],
)
def test_definition_errors_name_the_file_path_and_problem(
    mutate: Any, path: str, problem: str
) -> None:
    data = copy.deepcopy(_data())
    mutate(data)
    with pytest.raises(DefinitionError) as info:
        parse_election(data, "my-election.json")
    assert info.value.source == "my-election.json"
    assert info.value.path == path
    said = _said(info.value)
    assert said.startswith(f"my-election.json: {path or '(top)'}: ") and problem in said


def test_unreadable_definition_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tallyapp-election",\n "id": }', encoding="utf-8")
    with pytest.raises(DefinitionError) as refused:
        load_election_file(bad)
    assert _said(refused.value).startswith(f"{bad}: line 2, column 8: not valid JSON: ")
    with pytest.raises(DefinitionError) as refused:
        load_election("kz-majilis-1999")
    assert _said(refused.value) == (
        "kz-majilis-1999: (top): no such election; shipped ones are: "
        "kz-majilis-2021, kz-majilis-2023"
    )


def test_a_definition_file_by_path(tmp_path: Path) -> None:
    data = _data()
    data["id"] = "my-test-election"
    data["party_list"]["seats"] = 10
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_election(str(path)).seats_party_list == 10


def test_every_party_has_its_own_colour_from_the_definition(
    election_2023: Election, election_2021: Election
) -> None:
    assert election_2023.party_colours() == {
        "AMANAT": "#1f5fa8",
        "AUYL": "#3a9b3a",
        "RESPUBLICA": "#c0392b",
        "QHP": "#8e44ad",
        "BAYTAQ": "#27ae60",
        "AQJOL": "#2c7fb8",
        "JSDP": "#e67e22",
    }
    # 2021: Nur Otan and Ak Zhol no longer share a grey, nor three parties one blue.
    colours = election_2021.party_colours()
    assert list(colours) == ["QHP", "NUR_OTAN", "AUYL", "AKZHOL", "ADAL"]  # ballot order
    assert colours == {p.code: p.colour for p in election_2021.parties}
    assert len(set(colours.values())) == len(colours)


def test_parties_without_colours_get_distinct_ones() -> None:
    data = _shipped()
    for party in data["parties"]:
        del party["colour"]
    data["parties"][1]["colour"] = "#1F5FA8"  # the first spare colour, taken by the second
    colours = parse_election(data, "test").party_colours()
    assert colours["AUYL"] == "#1f5fa8"
    assert len(set(colours.values())) == len(colours) == 7


@pytest.mark.parametrize(
    ("colour", "problem"),
    [("blue", 'expected a colour as "#rrggbb"'), ("#12345", 'expected a colour as "#rrggbb"')],
)
def test_a_bad_colour_names_its_party(colour: str, problem: str) -> None:
    data = _shipped()
    data["parties"][2]["colour"] = colour
    with pytest.raises(DefinitionError) as refused:
        parse_election(data, "test")
    assert "parties[2].colour" in _said(refused.value) and problem in _said(refused.value)


def test_two_parties_of_one_colour_are_refused() -> None:
    data = _shipped()
    data["parties"][3]["colour"] = data["parties"][0]["colour"]
    with pytest.raises(DefinitionError) as refused:
        parse_election(data, "test")
    assert "two parties share colour" in _said(refused.value)
    assert "parties[3].colour" in _said(refused.value)


def _said(error: DefinitionError, lang: str = "en") -> str:
    """The refusal as the command line prints it: the file, where in it, and what is wrong."""
    return f"{error.source}: {say(error, lang)}"


def _shipped() -> dict[str, Any]:
    path = resource_path("elections", "kz-majilis-2023.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


@pytest.mark.parametrize(
    ("mutate", "kk", "ru"),
    [
        (
            lambda d: d["parties"][2].__setitem__("ballot_number", "three"),
            "parties[2].ballot_number: бүтін сан керек, берілгені: 'three'",
            "parties[2].ballot_number: нужно целое число, найдено: 'three'",
        ),
        (
            lambda d: d["parties"][1].__setitem__("code", "AMANAT"),
            "parties[1].code: екі партияның code мәні бірдей: 'AMANAT'",
            "parties[1].code: у двух партий одинаковое значение code: 'AMANAT'",
        ),
        (
            lambda d: d.pop("regions"),
            "(top): «regions» өрісі жоқ",
            "(top): нет поля «regions»",
        ),
        (
            lambda d: d["protocol"]["relations"][1].__setitem__("right", "ballots_issued + nope"),
            "protocol.relations[1].right: 'ballots_issued + nope' ішінде белгісіз көрсеткіш 'nope'",
            "protocol.relations[1].right: неизвестный показатель 'nope' в 'ballots_issued + nope'",
        ),
        (
            lambda d: d["districts"][3].__setitem__("region", "MARS"),
            "districts[3].region: белгісіз өңір 'MARS'",
            "districts[3].region: неизвестный регион 'MARS'",
        ),
        (
            lambda d: d.__setitem__("format_version", 7),
            "format_version: format_version 7 қолдау көрсетілмейді (қолдау бар нұсқалар: (1,))",
            "format_version: format_version 7 не поддерживается (поддерживаются: (1,))",
        ),
    ],
)
def test_a_definitions_problems_are_said_in_kazakh_and_russian(
    mutate: Any, kk: str, ru: str
) -> None:
    data = copy.deepcopy(_data())
    mutate(data)
    with pytest.raises(DefinitionError) as info:
        parse_election(data, "my-election.json")
    assert info.value.code.startswith("definition.")
    assert _said(info.value, "kk") == f"my-election.json: {kk}"
    assert _said(info.value, "ru") == f"my-election.json: {ru}"


def test_an_unreadable_definition_is_said_in_kazakh_and_russian(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tallyapp-election",\n "id": }', encoding="utf-8")
    with pytest.raises(DefinitionError) as refused:
        load_election_file(bad)
    assert _said(refused.value, "ru").startswith(f"{bad}: строка 2, столбец 8: неверный JSON: ")
    assert _said(refused.value, "kk").startswith(f"{bad}: 2-жол, 8 бағаны: жарамсыз JSON: ")
    with pytest.raises(DefinitionError) as refused:
        load_election("kz-majilis-1999")
    assert _said(refused.value, "ru") == (
        "kz-majilis-1999: (top): таких выборов нет; в поставке есть: "
        "kz-majilis-2021, kz-majilis-2023"
    )
