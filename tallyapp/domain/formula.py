"""Linear formulas over named protocol figures, such as `ballots_issued + ballots_cancelled`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tallyapp.domain.errors import TallyError

_TOKEN = re.compile(r"\s*(?:(?P<sign>[+-])|(?P<name>[a-z_][a-z0-9_]*)|(?P<number>\d+))")

# Figures every protocol has besides its header fields, derived from its vote lines.
DERIVED_NAMES = ("choices", "against_all", "valid", "max_choice")

COMPARISONS = ("==", "<=", ">=", "<", ">")


class FormulaError(TallyError, ValueError):
    """A formula that cannot be read (codes formula.*: the formula and what is wrong in it)."""


@dataclass(frozen=True)
class Term:
    sign: int
    name: str | None  # None for a constant
    constant: int = 0

    def text(self) -> str:
        return self.name if self.name is not None else str(self.constant)


@dataclass(frozen=True)
class Formula:
    source: str
    terms: tuple[Term, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.terms if t.name is not None)

    def evaluate(self, figures: Mapping[str, int]) -> int:
        total = 0
        for term in self.terms:
            value = figures[term.name] if term.name is not None else term.constant
            total += term.sign * value
        return total

    def with_values(self, figures: Mapping[str, int]) -> str:
        """`1000 + 20` for `ballots_issued + ballots_cancelled`, as a protocol reader checks it."""
        parts: list[str] = []
        for i, term in enumerate(self.terms):
            value = figures[term.name] if term.name is not None else term.constant
            if i == 0:
                parts.append(f"-{value}" if term.sign < 0 else str(value))
            else:
                parts.append(f"{'-' if term.sign < 0 else '+'} {value}")
        return " ".join(parts)


def parse_formula(source: str, known: set[str] | frozenset[str]) -> Formula:
    """Parse a sum of names and whole numbers; every name must be a known figure."""
    terms: list[Term] = []
    pos = 0
    sign = 1
    expect_operand = True
    text = source.strip()
    if not text:
        raise FormulaError("formula.empty")
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise FormulaError(
                "formula.unexpected", found=repr(text[pos:]), position=pos, formula=repr(source)
            )
        pos = match.end()
        if match.group("sign"):
            if not expect_operand and terms:
                sign = 1 if match.group("sign") == "+" else -1
                expect_operand = True
            elif expect_operand and not terms:
                sign = 1 if match.group("sign") == "+" else -1
            else:
                raise FormulaError("formula.two-signs", formula=repr(source))
            continue
        if not expect_operand:
            raise FormulaError(
                "formula.missing-sign", found=repr(match.group(0).strip()), formula=repr(source)
            )
        name = match.group("name")
        if name is not None:
            if name not in known:
                raise FormulaError("formula.unknown-figure", name=repr(name), formula=repr(source))
            terms.append(Term(sign, name))
        else:
            terms.append(Term(sign, None, int(match.group("number"))))
        sign = 1
        expect_operand = False
    if expect_operand:
        raise FormulaError("formula.ends-with-sign", formula=repr(source))
    return Formula(source.strip(), tuple(terms))


def compare(left: int, op: str, right: int) -> bool:
    if op == "==":
        return left == right
    if op == "<=":
        return left <= right
    if op == ">=":
        return left >= right
    if op == "<":
        return left < right
    if op == ">":
        return left > right
    raise FormulaError("formula.unknown-comparison", op=repr(op))
