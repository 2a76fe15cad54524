"""The register of polling stations: territorial commissions and the precincts under them.

A register comes from the CEC as a table, one row per precinct (see `REGISTER_COLUMNS`);
`read_register` checks every row against the election definition and either returns the
whole structure or every problem found, each with its line and column. Nothing is half read.
The synthetic register of the demo (services/structure.py) builds the same `Structure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tallyapp.domain.election import Election, Names
from tallyapp.domain.errors import Problems, TallyError

REGISTER_COLUMNS = (
    "region",
    "tec_code",
    "tec_name_kk",
    "tec_name_ru",
    "precinct",
    "precinct_name_kk",
    "precinct_name_ru",
    "address_kk",
    "address_ru",
    "district",
    "voters",
    "abroad",
)
MAX_PROBLEMS = 50  # a register with more is wrong as a whole; the first ones say how
PRECINCT_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,15}")
TEC_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,39}")
RESERVED_CODES = re.compile(r"CEC|DEC-.*|PEC-.*")


# What a spreadsheet runs as a formula (OWASP): no name of a commission, precinct, candidate
# or member starts so, so in a register or roster such text can only be a mistake.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


@dataclass(frozen=True)
class TecPlan:
    code: str
    region: str
    district: int | None  # the district of its precincts at home; None if it has none
    number: int
    names: Names
    abroad: bool = False


@dataclass(frozen=True)
class PrecinctPlan:
    number: str
    name: str  # Kazakh, or as given
    tec: str
    region: str
    district: int | None
    abroad: bool
    voters: int
    name_ru: str = ""
    address_kk: str = ""
    address_ru: str = ""


@dataclass(frozen=True)
class Structure:
    tecs: tuple[TecPlan, ...]
    precincts: tuple[PrecinctPlan, ...]


class RegisterProblem(TallyError):
    """One problem of a register file, where it is: `{where}` names file, line and column."""

    code = "register.invalid"

    def __init__(self, rule: str, source: str, line: int, column: str, **params: object) -> None:
        where = f"{source}: line {line}, column {column}" if column else f"{source}: line {line}"
        super().__init__(f"register.{rule}", where=where, **params)
        self.line = line
        self.column = column


Row = Mapping[str, str]  # a register row's cells by column name, as text


def missing_columns(header: Sequence[str], wanted: Sequence[str]) -> list[str]:
    """The wanted columns a table's header lacks; any order and extra columns are fine."""
    present = set(header)
    return [c for c in wanted if c not in present]


def read_register(
    election: Election, header: list[str], rows: Iterable[tuple[int, Row]], source: str
) -> Structure:
    """The structure a register describes, or `Problems` naming each line and column.

    `header` is the file's first row; `rows` are (line number, cells) for the rows after it.
    """
    missing = missing_columns(header, REGISTER_COLUMNS)
    if missing:
        raise RegisterProblem(
            "columns",
            source,
            1,
            "",
            missing=", ".join(missing),
            expected=",".join(REGISTER_COLUMNS),
        )
    regions = {r.code: r for r in election.regions}
    districts = {d.number: d for d in election.districts}
    problems: list[RegisterProblem] = []

    def problem(rule: str, line: int, column: str, **params: object) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(RegisterProblem(rule, source, line, column, **params))

    precincts: list[PrecinctPlan] = []
    first_line: dict[str, int] = {}
    tec_seen: dict[str, tuple[int, str, Names]] = {}  # code -> first line, region, names
    tec_districts: dict[str, dict[int, int]] = {}  # code -> district -> first line
    tec_abroad: dict[str, bool] = {}
    for line, row in rows:
        cell = {c: (row.get(c) or "").strip() for c in REGISTER_COLUMNS}
        if not any(cell.values()):
            continue
        number, tec = cell["precinct"], cell["tec_code"]
        if not PRECINCT_NUMBER.fullmatch(number):
            problem("precinct-number", line, "precinct", found=number[:40])
        elif number in first_line:
            problem(
                "duplicate-precinct", line, "precinct", precinct=number, first=first_line[number]
            )
        else:
            first_line[number] = line
        region = cell["region"]
        if region not in regions:
            problem("unknown-region", line, "region", found=region[:40], known=", ".join(regions))
        if not TEC_CODE.fullmatch(tec) or RESERVED_CODES.fullmatch(tec) or tec in regions:
            problem("tec-code", line, "tec_code", found=tec[:40])
        for column in ("tec_name_kk", "tec_name_ru", "precinct_name_kk", "precinct_name_ru"):
            if not cell[column]:
                problem("no-name", line, column)
            elif looks_like_formula(cell[column]):
                problem("formula-text", line, column, found=cell[column][:40])
        abroad_text = cell["abroad"]
        if abroad_text not in ("0", "1"):
            problem("abroad", line, "abroad", found=abroad_text[:20])
        abroad = abroad_text == "1"
        district: int | None = None
        district_text = cell["district"]
        if abroad and district_text:
            problem("abroad-district", line, "district", found=district_text[:20])
        elif not abroad and districts and not district_text:
            problem("no-district", line, "district")
        elif not abroad and not districts and district_text:
            problem("no-districts", line, "district", found=district_text[:20])
        elif district_text:
            if not district_text.isdigit() or int(district_text) not in districts:
                problem(
                    "unknown-district",
                    line,
                    "district",
                    found=district_text[:20],
                    known=f"1–{max(districts)}" if districts else "",
                )
            else:
                district = int(district_text)
                home = districts[district].region
                if region in regions and home != region:
                    problem(
                        "district-region",
                        line,
                        "district",
                        district=district,
                        region=region,
                        home=home,
                    )
        voters_text = cell["voters"]
        voters = 0
        if not re.fullmatch(r"[0-9]{1,9}", voters_text):
            problem("voters", line, "voters", found=voters_text[:20])
        else:
            voters = int(voters_text)
        names = Names(kk=cell["tec_name_kk"], ru=cell["tec_name_ru"], en=cell["tec_name_ru"])
        if tec in tec_seen:
            first, first_region, first_names = tec_seen[tec]
            if first_region != region:
                problem(
                    "tec-region",
                    line,
                    "region",
                    tec=tec,
                    found=region,
                    first=first,
                    region=first_region,
                )
            if first_names != names:
                problem("tec-names", line, "tec_name_kk", tec=tec, first=first)
        else:
            tec_seen[tec] = (line, region, names)
        if district is not None:
            others = tec_districts.setdefault(tec, {})
            if others and district not in others:
                other, other_line = next(iter(others.items()))
                problem(
                    "tec-districts",
                    line,
                    "district",
                    tec=tec,
                    district=district,
                    other=other,
                    first=other_line,
                )
            others.setdefault(district, line)
        tec_abroad[tec] = tec_abroad.get(tec, True) and abroad
        precincts.append(
            PrecinctPlan(
                number,
                cell["precinct_name_kk"],
                tec,
                region,
                district,
                abroad,
                voters,
                name_ru=cell["precinct_name_ru"],
                address_kk=cell["address_kk"],
                address_ru=cell["address_ru"],
            )
        )
    if not precincts and not problems:
        problem("empty", 2, "")
    if problems:
        raise Problems(problems)
    tecs = tuple(
        TecPlan(
            code,
            region,
            next(iter(tec_districts.get(code, {})), None),
            position,
            names,
            abroad=tec_abroad[code],
        )
        for position, (code, (_line, region, names)) in enumerate(tec_seen.items(), start=1)
    )
    return Structure(tecs, tuple(precincts))
