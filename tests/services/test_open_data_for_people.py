"""Open data a journalist can open: a CSV per ballot with fixed columns and integers, names
in Kazakh and Russian, a variant for Excel on a Kazakh or Russian Windows, an XLSX, and no
cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.services.open_data import export_csv, export_xlsx, neutralised
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow, CommissionRow
from tests.databases import initialised_sqlite
from tests.sessions import without_keygen_keys


def _rows(text: str, delimiter: str = ",") -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    head = next(reader)
    rows = list(reader)
    assert all(len(r) == len(head) for r in rows)  # every row exactly as wide as the header
    return head, [dict(zip(head, r, strict=True)) for r in rows]


def test_each_ballot_has_fixed_columns_integers_and_names(demo_url: str) -> None:
    engine = open_engine(demo_url)
    _, blue = _rows(export_csv(engine, "CEC", BallotKind.PARTY_LIST))
    assert len(blue) == 10_223
    assert sum(int(r["AMANAT"]) for r in blue) == 3_431_510
    assert all(r["precinct_name_kk"] and r["precinct_name_ru"] for r in blue)
    assert all(r["tec_name_kk"] and r["region_name_ru"] for r in blue)
    assert sum(r["abroad"] == "1" for r in blue) == 77
    # No float districts: the district is a code (empty abroad), never a number with blanks.
    assert {r["district_code"][:4] for r in blue} == {"DEC-", ""}
    head, green = _rows(export_csv(engine, "CEC", BallotKind.CONSTITUENCY))
    assert len(green) == 10_146
    assert all(r["district"].isdigit() for r in green)  # every green row has its district
    assert all(r["version"].isdigit() for r in blue + green)
    first = green[0]
    assert first["candidate_1"] and first["candidate_1_name_kk"] and first["candidate_1_name_ru"]
    assert head[-5:] == [f"candidate_{len(head[26:]) // 5}", *head[-4:]]
    engine.dispose()


def test_a_csv_for_excel_on_kazakh_and_russian_windows(
    demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_keygen_keys(monkeypatch, tmp_path / "no-keys")
    out = tmp_path / "abai.csv"
    args = ["export", "--db", demo_url, "--commission", "ABAI", "--format", "csv"]
    assert main([*args, "--ballot", "party-list", "--excel", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    head, rows = _rows(data.decode("utf-8-sig"), ";")
    plain = export_csv(open_engine(demo_url), "ABAI", BallotKind.PARTY_LIST)
    assert (head, rows) == _rows(plain)


def test_the_workbook_reads_back_with_numbers_as_numbers(demo_url: str, tmp_path: Path) -> None:
    engine = open_engine(demo_url)
    path = tmp_path / "abai.xlsx"
    path.write_bytes(export_xlsx(engine, "ABAI"))
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["party-list", "constituency", "choices"]
    sheet = list(book["party-list"].iter_rows(values_only=True))
    head, rows = list(sheet[0]), sheet[1:]
    _, csv_rows = _rows(export_csv(engine, "ABAI", BallotKind.PARTY_LIST))
    assert len(rows) == len(csv_rows)
    amanat = head.index("AMANAT")
    assert all(isinstance(r[amanat], int) for r in rows)
    assert sum(r[amanat] for r in rows) == sum(int(r["AMANAT"]) for r in csv_rows)
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office:  # LibreOffice opens it and writes back the same figures
        subprocess.run(
            [office, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(path)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        _, converted = _rows((tmp_path / "abai.csv").read_text("utf-8"))
        assert [r["AMANAT"] for r in converted] == [r["AMANAT"] for r in csv_rows]
    engine.dispose()


@pytest.mark.parametrize("text", ["=1+2", "+7", "-3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_looking_text_is_neutralised(text: str) -> None:
    assert neutralised(text) == "'" + text
    assert neutralised(-3) == -3 and neutralised("Abai") == "Abai"


def test_a_formula_in_a_name_reaches_no_spreadsheet(tmp_path: Path) -> None:
    url = initialised_sqlite(tmp_path / "names.sqlite3")
    engine = open_engine(url)
    with Session(engine) as s:
        s.execute(update(CommissionRow).where(CommissionRow.code == "ABAI-03").values(name_kk="-1"))
        s.execute(
            update(CandidateRow)
            .where(CandidateRow.code == "D08-1")
            .values(name='=HYPERLINK("http://x","y")', name_ru="@cmd")
        )
        s.commit()
    _, rows = _rows(export_csv(engine, "ABAI-03", BallotKind.CONSTITUENCY))
    assert {r["tec_name_kk"] for r in rows} == {"'-1"}
    column = next(k for k, v in rows[0].items() if v == "D08-1")
    assert {r[column + "_name_kk"] for r in rows} == {'\'=HYPERLINK("http://x","y")'}
    assert {r[column + "_name_ru"] for r in rows} == {"'@cmd"}
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    path = tmp_path / "names.xlsx"
    path.write_bytes(export_xlsx(engine, "ABAI-03"))
    book = openpyxl.load_workbook(path)
    for name in book.sheetnames:
        for cells in book[name].iter_rows():
            for cell in cells:
                assert cell.data_type != "f", cell.value  # no formula anywhere
    assert "'@cmd" in [c.value for c in next(book["constituency"].iter_rows(min_row=2))]
    engine.dispose()


def test_formula_looking_names_are_refused_in_registers_and_rosters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a register, a candidates file or a roster, a name starting with = + - @ can only be
    a mistake (or an attack on whoever opens the published data): refused, naming the cell."""
    from tests.services.test_real_elections import GOOD_ROWS, HEADER, _iin

    def write(name: str, lines: list[str]) -> str:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    bad_row = GOOD_ROWS[1].replace("№402 учаске", '"=HYPERLINK(""http://x"")"')
    register = write("register.csv", [HEADER, GOOD_ROWS[0], bad_row])
    database = tmp_path / "never.sqlite3"
    assert main(["init", "--db", str(database), "--register", register]) == 2
    err = capsys.readouterr().err
    assert "line 3, column precinct_name_kk: “=HYPERLINK" in err and "formula" in err
    assert not database.exists()
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    good = write("good.csv", [HEADER, *GOOD_ROWS])
    assert main(["init", "--db", url, "--register", good]) == 0
    candidates = write(
        "candidates.csv",
        [
            "district,id,name_kk,name_ru,nomination,ballot_position",
            "8,D08-A,+7 777,Алия Сеитова,AMANAT,1",
        ],
    )
    assert main(["register", "candidates", "--db", url, candidates]) == 2
    assert "line 2, column name_kk: “+7 777” would be read as a spreadsheet formula" in (
        capsys.readouterr().err
    )
    members = write(
        "members.csv", ["commission,name,iin,role", f"PEC-401,@SUM(A1),{_iin(1)},chair"]
    )
    assert main(["register", "members", "--db", url, members]) == 2
    assert "line 2, column name: “@SUM(A1)” would be read" in capsys.readouterr().err
