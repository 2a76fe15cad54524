"""Real elections: a register of polling stations, candidates and members from the CEC's files,
2021 whole, definition files checked, and results that drill down to a single precinct."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from tallyapp.cli import main
from tallyapp.domain.authority import iin_check_digit
from tallyapp.resources import resource_path
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow, CommissionRow, PrecinctRow, RosterMemberRow

HEADER = (
    "region,tec_code,tec_name_kk,tec_name_ru,precinct,precinct_name_kk,precinct_name_ru,"
    "address_kk,address_ru,district,voters,abroad"
)
GOOD_ROWS = [
    "ABAI,SEMEY-1,Семей қалалық №1 ТСК,Семейская городская ТИК №1,401,№401 учаске,Участок №401,"
    '"Семей, Абай к-сі 1","Семей, ул. Абая 1",8,1500,0',
    "ABAI,SEMEY-1,Семей қалалық №1 ТСК,Семейская городская ТИК №1,402,№402 учаске,Участок №402,"
    ",,8,900,0",
    "ASTANA,ASTANA-ABROAD,Шетелдегі учаскелер,Участки за рубежом,A001,Мәскеу,Москва,,,,300,1",
]

# Seed 000 ("Bölgelere göre"): votes for Nur Otan, Ak Zhol, People's Party, Auyl, Adal.
SEED_000 = {
    "AKMOLA": (278209, 33474, 39780, 7529, 4728),
    "AKTOBE": (206172, 40071, 52910, 5781, 13036),
    "ALMATY": (178461, 48887, 43337, 31802, 18835),
    "ALMATY_REGION": (716379, 114939, 46224, 60251, 51544),
    "ATYRAU": (143692, 25875, 32905, 11277, 9791),
    "EAST_KAZAKHSTAN": (462685, 65723, 75298, 24410, 23186),
    "JAMBYL": (399766, 40341, 32746, 14516, 15229),
    "KARAGANDA": (476504, 61345, 66411, 12023, 9606),
    "KOSTANAY": (308037, 38407, 23237, 17069, 5805),
    "KYZYLORDA": (261720, 33052, 13496, 30569, 12653),
    "MANGYSTAU": (128789, 31361, 25594, 18664, 14908),
    "NORTH_KAZAKHSTAN": (213416, 29533, 36415, 7937, 3813),
    "NUR_SULTAN": (173732, 44695, 38752, 21745, 14394),
    "PAVLODAR": (260238, 43513, 41910, 9483, 5181),
    "SHYMKENT": (223027, 27349, 21281, 42755, 15998),
    "TURKISTAN": (545806, 74889, 27501, 48181, 36979),
    "WEST_KAZAKHSTAN": (171441, 39374, 41222, 19031, 2932),
}
PARTIES_2021 = ("NUR_OTAN", "AKZHOL", "QHP", "AUYL", "ADAL")


def _iin(n: int) -> str:
    for base in range(n, n + 100):
        first = f"{800101300000 + base * 10:012d}"[:11]
        digit = iin_check_digit(first)
        if digit is not None:
            return first + str(digit)
    raise AssertionError("no IIN")


def _results(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["results", *args, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _write_xlsx(path: Path, lines: list[str]) -> Path:
    import csv

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in csv.reader(lines):
        # Numbers typed as numbers, as a spreadsheet holds them.
        sheet.append([int(c) if c.isdigit() else c for c in row])
    book.save(path)
    return path


@pytest.mark.slow  # builds the national 2021 demo
def test_2021_demo_reproduces_the_regional_table_and_the_national_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / '2021.sqlite3'}"
    args = ["demo", "--db", url, "--election", "kz-majilis-2021", "--quiet"]
    assert main(args) == 0
    assert "10060 accepted protocols" in capsys.readouterr().out
    data = _results(capsys, "--db", url)
    assert data["election"] == "kz-majilis-2021"
    assert data["precincts"]["expected"] == data["precincts"]["accepted"] == 10_060
    assert data["voters_on_list"] == 11_919_241
    assert data["ballots_in_boxes"] == 7_539_280
    assert data["invalid"] == 297_718
    assert data["valid"] == 7_241_562
    assert data["seats"] == {"NUR_OTAN": 76, "AKZHOL": 12, "QHP": 10, "AUYL": 0, "ADAL": 0}
    regions = {c["commission"]["code"]: c for c in data["children"]}
    assert len(regions) == 17
    for code, votes in SEED_000.items():
        assert regions[code]["votes"] == dict(zip(PARTIES_2021, votes, strict=True)), code
    assert regions["NUR_SULTAN"]["name"] == "Nur-Sultan election commission"
    # Where the seeds say nothing, the definition says how the figure was derived.
    notes = " ".join(
        json.loads(resource_path("elections", "kz-majilis-2021.json").read_text("utf-8"))["notes"]
    )
    assert "Derived, not in the sources" in notes and "Nur-Sultan" in notes
    assert main(["results", "--db", url, "--commission", "NUR_SULTAN"]) == 0
    assert "against all" not in capsys.readouterr().out  # no such line on the 2021 ballot


def test_results_drill_down_to_a_single_precinct(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tec = _results(capsys, "--db", demo_url, "--commission", "ABAI-01")
    children = tec["children"]
    assert children and all(c["commission"]["level"] == "precinct" for c in children)
    assert len(children) == tec["precincts"]["expected"]
    # Same shape as other children; the precincts add up to their commission.
    assert set(children[0]) == set(tec) - {"missing_precincts", "election", "against_all_on_ballot"}
    for key in ("voters_on_list", "ballots_in_boxes", "invalid", "against_all"):
        assert sum(c[key] for c in children) == tec[key]
    for party, votes in tec["votes"].items():
        assert sum(c["votes"][party] for c in children) == votes
    number = children[0]["commission"]["code"]
    assert children[0]["name"] == f"Polling station No. {number}"
    one = _results(capsys, "--db", demo_url, "--commission", number)
    same = _results(capsys, "--db", demo_url, "--commission", f"PEC-{number}")
    assert one["votes"] == same["votes"] == children[0]["votes"]
    assert one["precincts"]["expected"] == 1 and one["children"] == []
    ru = _results(capsys, "--db", demo_url, "--commission", number, "--lang", "ru")
    assert ru["name"] == f"Избирательный участок №{number}"
    # A station abroad has no green ballot: said, not a crash.
    assert main(["results", "--db", demo_url, "--commission", "A001", "--ballot", "constituency"])
    assert "has no such ballot" in capsys.readouterr().err
    assert main(["results", "--db", demo_url, "--commission", "99999"]) == 2
    assert "no commission with code 99999" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_register_sets_up_only_its_commissions_and_precincts(
    db_url: str, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [HEADER + ",comment", *(r + ",extra columns are ignored" for r in GOOD_ROWS)]
    if kind == "csv":
        register = _write(tmp_path / "register.csv", lines)
    else:
        register = _write_xlsx(tmp_path / "register.xlsx", lines)
    assert main(["init", "--db", db_url, "--register", str(register)]) == 0
    # CEC, 20 regions and 29 district commissions from the definition; 2 TECs from the file.
    assert "52 commissions, 3 precincts" in capsys.readouterr().out
    engine = open_engine(db_url)
    with engine.connect() as conn:
        tecs = conn.execute(
            select(CommissionRow.code, CommissionRow.name_kk, CommissionRow.name_ru).where(
                CommissionRow.level == "tec"
            )
        ).all()
        precincts = conn.execute(
            select(
                PrecinctRow.number,
                PrecinctRow.name,
                PrecinctRow.name_ru,
                PrecinctRow.address_ru,
                PrecinctRow.district_number,
                PrecinctRow.registered_voters,
                PrecinctRow.abroad,
            ).order_by(PrecinctRow.number)
        ).all()
        members = conn.scalar(select(func.count()).select_from(RosterMemberRow))
    assert sorted(tecs) == [
        ("ASTANA-ABROAD", "Шетелдегі учаскелер", "Участки за рубежом"),
        ("SEMEY-1", "Семей қалалық №1 ТСК", "Семейская городская ТИК №1"),
    ]
    assert [tuple(p) for p in precincts] == [
        ("401", "№401 учаске", "Участок №401", "Семей, ул. Абая 1", 8, 1500, False),
        ("402", "№402 учаске", "Участок №402", "", 8, 900, False),
        ("A001", "Мәскеу", "Москва", "", None, 300, True),
    ]
    assert members == 0  # nothing synthetic: the members come from the CEC's file
    tec = _results(capsys, "--db", db_url, "--commission", "SEMEY-1", "--lang", "ru")
    assert [c["name"] for c in tec["children"]] == [
        "Избирательный участок №401: Участок №401",
        "Избирательный участок №402: Участок №402",
    ]
    national = _results(capsys, "--db", db_url)
    assert national["precincts"]["expected"] == 3
    # A second register cannot rewrite the election under work already there.
    assert main(["init", "--db", db_url, "--register", str(register)]) == 2
    assert "sets up a new database only" in capsys.readouterr().err


BAD_ROWS = [
    "ABAI,SEMEY-1,Семей,Семей,401,a,b,,,8,1500,0",
    "ABAI,SEMEY-1,Семей,Семей,401,a,b,,,8,1500,0",
    "NOWHERE,SEMEY-2,Семей,Семей,403,a,b,,,8,-5,0",
    "ABAI,SEMEY-3,Семей,Семей,404,a,b,,,1,10,0",
    "ASTANA,ABROAD,x,y,A01,,b,,,2,10,1",
    "ABAI,SEMEY-1,Семей,Семей,405,a,b,,,99,many,0",
    "ABAI,SEMEY-1,Семей,Семей,406,a,b,,,,10,0",
]


def test_a_register_with_errors_is_refused_naming_each_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = _write(tmp_path / "bad.csv", [HEADER, *BAD_ROWS])
    database = tmp_path / "never.sqlite3"
    assert main(["init", "--db", str(database), "--register", str(register)]) == 2
    err = capsys.readouterr().err
    for expected in (
        "bad.csv: line 3, column precinct: precinct 401 is listed twice (also on line 2)",
        "bad.csv: line 4, column region: the election has no region 'NOWHERE'",
        "bad.csv: line 4, column voters: the voters must be a whole number of at least 0, "
        "found '-5'",
        "bad.csv: line 5, column district: district 1 is in region ASTANA, not ABAI",
        "bad.csv: line 6, column precinct_name_kk: the name is empty",
        "bad.csv: line 6, column district: a station abroad has no district, found 2",
        "bad.csv: line 7, column district: the election has no district '99'",
        "bad.csv: line 7, column voters: the voters must be a whole number of at least 0, "
        "found 'many'",
        "bad.csv: line 8, column district: a station at home needs its district",
    ):
        assert expected in err, expected
    assert "Traceback" not in err
    assert not database.exists()  # nothing is created on a refusal
    # Columns missing, and a file that is not a table.
    short = _write(tmp_path / "short.csv", ["region,precinct", "ABAI,1"])
    assert main(["init", "--db", str(database), "--register", str(short)]) == 2
    assert "missing columns: tec_code, tec_name_kk" in capsys.readouterr().err
    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert main(["init", "--db", str(database), "--register", str(photo)]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated zip")
    assert main(["init", "--db", str(database), "--register", str(broken)]) == 2
    assert "not a CSV (UTF-8) or XLSX table" in capsys.readouterr().err
    assert not database.exists()


CANDIDATES = [
    "district,id,name_kk,name_ru,nomination,ballot_position",
    "8,D08-A,Әлия Сейітова,Алия Сеитова,AMANAT,1",
    "8,D08-B,Болат Ахметов,Болат Ахметов,independent,2",
]


def test_candidates_and_members_from_files(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = _write(tmp_path / "register.csv", [HEADER, *GOOD_ROWS])
    assert main(["init", "--db", db_url, "--register", str(register)]) == 0
    capsys.readouterr()
    bad = _write(
        tmp_path / "bad-candidates.csv",
        [*CANDIDATES, "8,D08-A,X,Y,MARS,2", "31,D31-1,,Z,AMANAT,x"],
    )
    assert main(["register", "candidates", "--db", db_url, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 4, column id: candidate D08-A is listed twice (also on line 2)" in err
    assert "line 4, column nomination: the nomination must be a party code" in err
    assert "line 4, column ballot_position: district 8 has position 2 twice" in err
    assert "line 5, column district: expected a district number from 1 to 29, found '31'" in err
    assert "line 5, column name_kk: the name is empty" in err
    good = _write_xlsx(tmp_path / "candidates.xlsx", CANDIDATES)
    assert main(["register", "candidates", "--db", db_url, str(good)]) == 0
    assert "2 candidates in 1 district stored from" in capsys.readouterr().out
    engine = open_engine(db_url)
    with engine.connect() as conn:
        stored = conn.execute(
            select(CandidateRow.code, CandidateRow.name, CandidateRow.name_ru)
            .where(CandidateRow.district_number == 8)
            .order_by(CandidateRow.ballot_position)
        ).all()
    assert [tuple(c) for c in stored] == [
        ("D08-A", "Әлия Сейітова", "Алия Сеитова"),
        ("D08-B", "Болат Ахметов", "Болат Ахметов"),
    ]
    # Members: any column order, CSV or XLSX; each roster named is replaced whole.
    chair, secretary = _iin(1), _iin(7)
    members = _write_xlsx(
        tmp_path / "members.xlsx",
        [
            "commission,name,iin,role",
            f"PEC-401,Айгүл Омарова,{chair},chair",
            f"PEC-401,Ерлан Бекұлы,{secretary},secretary",
            f"SEMEY-1,Дана Есенова,{_iin(13)},chair",
        ],
    )
    assert main(["register", "members", "--db", db_url, str(members)]) == 0
    assert "3 members stored" in capsys.readouterr().out
    assert main(["roster", "show", "--db", db_url, "--commission", "PEC-401", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(m["name"], m["role"]) for m in shown] == [
        ("Айгүл Омарова", "chair"),
        ("Ерлан Бекұлы", "secretary"),
    ]
    wrong = _write(
        tmp_path / "wrong-members.csv", ["commission,name,iin,role", "PEC-401,,123,boss"]
    )
    assert main(["register", "members", "--db", db_url, str(wrong)]) == 2
    assert "line 2, column name: empty" in capsys.readouterr().err


def test_definition_files_are_checked_with_every_problem_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = resource_path("elections", "kz-majilis-2023.json")
    assert main(["definition", "check", str(shipped)]) == 0
    assert "kz-majilis-2023 is a valid definition" in capsys.readouterr().out
    data = json.loads(shipped.read_text("utf-8"))
    data["party_list"]["seats"] = 0
    del data["parties"][1]["names"]
    data["parties"][2]["logo"] = "blue"
    data["parties"][3]["colour"] = "blue"  # a colour is "#rrggbb"
    data["regions"][0]["registered_voters"] = "many"
    data["ballots"][0]["kind"] = "green"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), "utf-8")
    assert main(["definition", "check", str(broken), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    where = {p["where"]: p["message"] for p in report["problems"]}
    assert where["party_list.seats"] == "party_list.seats: expected at least 1, found 0"
    assert where["parties[1]"] == "parties[1]: missing field 'names'"
    assert where["parties[2]"] == "parties[2]: unknown field: logo"
    assert where["parties[3].colour"].startswith("parties[3].colour:")
    assert where["regions[0].registered_voters"].startswith("regions[0].registered_voters:")
    assert "party-list, constituency" in where["ballots[0].kind"]
    # In the reader's language, too.
    assert main(["definition", "check", str(broken), "--lang", "kk"]) == 1
    assert "«names» өрісі жоқ" in capsys.readouterr().out
    # Past the schema, the rules of an election: a district in no region.
    data = json.loads(shipped.read_text("utf-8"))
    data["districts"][0]["region"] = "MARS"
    rule = tmp_path / "rule.json"
    rule.write_text(json.dumps(data), "utf-8")
    assert main(["definition", "check", str(rule)]) == 1
    assert "districts[0].region: unknown region 'MARS'" in capsys.readouterr().out
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    assert main(["definition", "check", str(deep)]) == 2
    assert "nested more than" in capsys.readouterr().err
