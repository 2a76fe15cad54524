"""Tables that commissions keep as files: CSV (UTF-8) or XLSX (the first sheet).

Registers of polling stations, candidate lists and rosters arrive this way. Every cell is
read as text, as the file shows it, with its line number, so that a problem can be named
where a person would look for it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tallyapp.domain.register import missing_columns
from tallyapp.services.bounded import FILE_LIMITS, read_limited
from tallyapp.services.errors import InputError

MAX_TABLE_BYTES = 64 * 1024 * 1024  # a national register of 10,000 precincts is about 3 MB
MAX_ROWS = 500_000
MAX_CELL = 2_000  # characters: an address, not a book


@dataclass(frozen=True)
class Table:
    source: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number, cells by column name)

    def require(self, columns: Sequence[str]) -> None:
        """InputError naming the columns this table lacks (in any order, extras ignored)."""
        missing = missing_columns(self.header, columns)
        if missing:
            raise InputError(
                "line 1",
                "columns",
                self.source,
                missing=", ".join(missing),
                expected=",".join(columns),
            )


def read_table(path: Path | str) -> Table:
    """The table in a CSV or XLSX file; InputError names the file and what is wrong."""
    path = Path(path)
    source = str(path)
    try:
        data = read_limited(path, "table", source)
    except OSError as exc:
        raise InputError("(file)", "unreadable", source, detail=exc.strerror or str(exc)) from None
    return table_from_bytes(data, source)


def table_from_bytes(data: bytes, source: str) -> Table:
    """The table in a CSV or XLSX file's bytes (a file inside a signed setup, say)."""
    if len(data) > FILE_LIMITS["table"]:
        raise InputError("(file)", "too-large", source, limit=FILE_LIMITS["table"] // 2**20)
    lines = _xlsx_lines(data, source) if data[:4] == b"PK\x03\x04" else _csv_lines(data, source)
    if not lines:
        raise InputError("line 1", "table-empty", source)
    header = [c.strip() for c in lines[0]]
    rows: list[tuple[int, dict[str, str]]] = []
    for number, cells in enumerate(lines[1:], start=2):
        if len(rows) >= MAX_ROWS:
            raise InputError("(file)", "table-too-long", source, limit=MAX_ROWS)
        for column, text in zip(header, cells, strict=False):
            if len(text) > MAX_CELL:
                raise InputError(
                    f"line {number}, column {column}", "text-too-long", source, limit=MAX_CELL
                )
        rows.append((number, dict(zip(header, cells, strict=False))))
    return Table(source, header, rows)


def _csv_lines(data: bytes, source: str) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("(file)", "not-utf8", source, byte=exc.start) from None
    if "\x00" in text:
        raise InputError("(file)", "not-table", source)
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        raise InputError("(file)", "not-table", source) from None


def _xlsx_lines(data: bytes, source: str) -> list[list[str]]:
    import openpyxl  # only for XLSX files: keeps the command line's start light

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError("(file)", "not-table", source) from None
    if unpacked > 8 * MAX_TABLE_BYTES:  # a zip bomb unpacks to far more than a register
        raise InputError("(file)", "too-large", source, limit=8 * MAX_TABLE_BYTES // 2**20)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        lines = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
    except Exception:  # openpyxl raises many kinds on a damaged workbook
        raise InputError("(file)", "not-table", source) from None
    return lines


def _cell_text(value: object) -> str:
    """A cell as the sheet shows it: 1185.0 typed as a number reads as 1185."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
