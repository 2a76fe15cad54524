"""Every sentence and label a person reads is in a translator's file, not in the code: no
`Names(...)` written with words in the package's source. Names made of the election's data
(a party's, a commission's, a line's name read from the definition or the register) are built
from variables, and pass."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tallyapp

PACKAGE = Path(tallyapp.__file__).parent
LETTER = re.compile(r"[^\W\d_]")  # a letter of any alphabet


def _worded(node: ast.AST) -> bool:
    """A string written in the code with at least one letter (an f-string's literal parts)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(LETTER.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_worded(part) for part in node.values)
    return False


def _names_with_words(path: Path) -> list[int]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
        if name not in ("Names", "N"):
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if any(_worded(a) for a in arguments):
            found.append(node.lineno)
    return found


def test_no_names_are_written_in_the_code() -> None:
    found = {
        f"{path.relative_to(PACKAGE).as_posix()}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _names_with_words(path)
    }
    assert sorted(found) == []


def test_the_check_finds_names_written_with_words(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = Names('Барлығына қарсы', 'Против всех', 'Against all')\n"
        "b = Names(kk=f'№{n} учаске', ru=f'Участок №{n}', en=f'Precinct {n}')\n"
        "c = Names(code, code, code)\n"
        "d = Names(f'{name} ({by.kk})', f'{name} ({by.ru})', f'{name} ({by.en})')\n",
        "utf-8",
    )
    assert _names_with_words(sample) == [1, 2]


# Figures spelt out ("бір мың") follow each language's grammar of numbers, written as code.
GRAMMAR = {"number_words.py"}
CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_the_domain_writes_no_kazakh_or_russian_words() -> None:
    """The domain returns verdicts and codes; its check explanations' words, like every other
    sentence, are in the messages files."""
    found = [
        f"{path.name}:{node.lineno}"
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        if path.name not in GRAMMAR
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CYRILLIC.search(node.value)
    ]
    assert found == []
